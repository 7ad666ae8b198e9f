// The public job order form cannot be turned against others: it mails a receipt to whatever contact
// address is typed, so that address gets a limited number an hour from all connections together; and
// what is typed into a one-line field cannot start new lines in the mail.
import { describe, expect, it } from "vitest";
import { getDevMail, listDevMails } from "../../app/models/dev/mails.server";
import { jobOrderFormValues } from "../factories";
import { Browser, portal, submitOrder } from "./http";

describe("the public form", () => {
  it("takes 20 orders an hour for one contact address, from any connections, then refuses with a field error", async () => {
    const contactEmail = `modtager-${crypto.randomUUID().slice(0, 8)}@virksomhed.example`;
    for (let i = 0; i < 20; i++) await submitOrder(new Browser(), { contactEmail });
    const refused = await new Browser().postForm("/jobordre/ny", jobOrderFormValues({ contactEmail, submissionKey: crypto.randomUUID() }));
    expect(refused.status).toBe(429);
    const emailInput = /<input[^>]*name="contactEmail"[^>]*>/.exec(refused.text)?.[0] ?? "";
    expect(emailInput).toContain('aria-invalid="true"');
    // What was typed is kept.
    expect(emailInput).toContain(`value="${contactEmail}"`);
  }, 120_000);

  it("keeps line breaks typed into the title and names out of the receipt mail", async () => {
    const contactEmail = `linjer-${crypto.randomUUID().slice(0, 8)}@virksomhed.example`;
    const order = await submitOrder(new Browser(), { contactEmail, title: "Kok\r\n\r\nKlik her: https://evil.example", contactName: "Mette\nHansen" });
    await expect.poll(async () => (await listDevMails(portal.mailDir, { to: contactEmail })).length, { timeout: 20_000 }).toBeGreaterThan(0);
    const [summary] = await listDevMails(portal.mailDir, { to: contactEmail });
    const mail = await getDevMail(portal.mailDir, summary!.id);
    expect(mail!.text).toContain("Kok Klik her: https://evil.example");
    expect(mail!.text).not.toMatch(/Kok\r?\n/);
    expect(mail!.text).toContain("Mette Hansen");
    expect(order.number).toBeTruthy();
  });
});
