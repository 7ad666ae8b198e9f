// The first promise end to end, as the people involved do it: an employer submits a job order (once with
// mistakes), the receipt arrives by mail, a consultant answers it from the inbox, the employer reads the
// answer through the mail's sign-in link, and the manager's compliance page counts it answered on time.
// The portal runs as `npm start` runs it: embedded PostgreSQL, Temporal dev server, SMTP sink.
import { expect, test, type Page } from "@playwright/test";
import { jobOrderFormValues } from "../factories";
import { database, DEMO_PASSWORD, expectAccessible, fillJobOrderForm, answerOrder, findInInbox, linkIn, openMail, signInAsStaff, signOut } from "./support";

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("bad input is rejected with Danish errors beside each field and nothing typed is lost", async ({ page }) => {
    const values = jobOrderFormValues({ cvr: "12345678", positions: "0", contactEmail: "mette.hansen-virksomhed.dk" });
    await page.goto("/jobordre/ny");
    await fillJobOrderForm(page, { ...values, title: "" });
    await page.getByRole("button", { name: "Send jobordre" }).click();

    // The server answered (no JavaScript): the summary and each field say what is wrong, in Danish.
    const summary = page.getByRole("alert").filter({ hasText: "CVR" });
    await expect(summary).toBeVisible();
    await expect(page.getByLabel("CVR-nummer")).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator(`#${await page.getByLabel("CVR-nummer").getAttribute("aria-describedby")}`.split(" ")[0]!)).toContainText("CVR");
    await expect(page.getByLabel("Antal stillinger")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("E-mail")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Stillingsbetegnelse")).toHaveAttribute("aria-invalid", "true");
    // What was typed is still there.
    await expect(page.getByLabel("Virksomhedens navn")).toHaveValue(values.companyName!);
    await expect(page.getByLabel("Beskrivelse af jobbet")).toHaveValue(values.description!);
    await expect(page.getByLabel("CVR-nummer")).toHaveValue("12345678");
  });
});

/** The manager's response-time totals for this month: the demo's history may already hold some of Lolland's. */
async function monthTotals(page: Page): Promise<{ received: number; onTime: number; late: number }> {
  await page.goto("/medarbejder/log-ind");
  await page.getByLabel("E-mail").fill("leder@lolland.jobcenter.example");
  await page.getByLabel("Adgangskode").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Log ind" }).click();
  await page.getByRole("link", { name: "Svartider" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Svartider" })).toBeVisible();
  const totals = page.getByRole("table").first();
  const value = async (name: RegExp) => Number((await totals.getByRole("row", { name }).first().getByRole("cell").innerText()).trim());
  const figures = { received: await value(/Modtagne jobordrer/), onTime: await value(/Besvaret inden for fristen/), late: await value(/Besvaret efter fristen/) };
  await expectAccessible(page);
  await signOut(page);
  return figures;
}

test("an employer's job order is answered on time and the employer reads the answer", async ({ page, browser }) => {
  const values = jobOrderFormValues({ workplacePostcode: "4900", companyPostcode: "4900" });
  const employerEmail = values.contactEmail!;
  const before = await monthTotals(page);

  // 1. The employer finds the service and submits the order, first with a mistake.
  await page.goto("/");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Opret jobordre" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Opret jobordre" })).toBeVisible();
  await expectAccessible(page);
  await fillJobOrderForm(page, { ...values, cvr: "12345679" });
  await page.getByRole("button", { name: "Send jobordre" }).click();
  await expect(page.getByLabel("CVR-nummer")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);
  await page.getByLabel("CVR-nummer").fill(values.cvr!);
  await page.getByRole("button", { name: "Send jobordre" }).click();

  // 2. The receipt: stored, workflow running, the deadline as a Danish date and time.
  await expect(page.getByRole("heading", { level: 1, name: "Jobordren er modtaget" })).toBeVisible();
  await expect(page.getByText(/I får svar senest/)).toContainText(/kl\. \d{2}\.\d{2}/);
  const orderNumber = (await page.getByText(/JO-\d{4}-\d{5}/).first().innerText()).match(/JO-\d{4}-\d{5}/)![0];
  await expectAccessible(page);

  // 3. The receipt mail arrives in the SMTP sink with the number, the owner and the deadline.
  const receipt = await openMail(page, employerEmail, /Vi har modtaget jeres jobordre/);
  expect(receipt).toContain(orderNumber);
  expect(receipt).toMatch(/senest \p{L}+dag \d{1,2}\. \p{L}+ \d{4} kl\. \d{2}\.\d{2}/u);
  const signInLink = linkIn(receipt, "/mine-jobordrer/log-ind/");

  // 4. A consultant of Jobcenter Lolland finds the order in the inbox, with time left, and answers.
  await signInAsStaff(page, "konsulent@lolland.jobcenter.example");
  await expectAccessible(page);
  await findInInbox(page, orderNumber);
  const firstRow = page.getByRole("table").first().getByRole("row").nth(1);
  await expect(firstRow.getByRole("rowheader")).toHaveText(orderNumber);
  await expect(firstRow).toContainText(/\d+ (døgn|t|min)/);
  await firstRow.getByRole("link", { name: orderNumber }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(orderNumber);
  await expectAccessible(page);
  const answer = "Tak for jeres jobordre. Vi har fundet tre mulige kandidater og ringer i morgen formiddag for at aftale samtaler.";
  await answerOrder(page, answer);
  await expect(page.getByText(answer)).toBeVisible();
  await signOut(page);

  // 5. The employer's answer mail arrives, and the receipt's sign-in link shows the answer.
  const answerMail = await openMail(page, employerEmail, /Svar på jeres jobordre/);
  expect(answerMail).toContain(answer);
  // The employer reads mail in their own browser: a separate context, no staff cookies.
  const employerContext = await browser.newContext();
  const employer = await employerContext.newPage();
  await employer.goto(signInLink);
  await expectAccessible(employer);
  await employer.getByRole("button", { name: "Log ind" }).click();
  await expect(employer.getByRole("heading", { level: 1, name: "Mine jobordrer" })).toBeVisible();
  await expectAccessible(employer);
  await employer.getByRole("link", { name: new RegExp(orderNumber) }).first().click();
  await expect(employer.getByText(answer)).toBeVisible();
  await expect(employer.getByText(/Besvaret/).first()).toBeVisible();
  await expectAccessible(employer);
  // The employer writes back in the thread; the consultant gets it by mail.
  const reply = "Tak. Tirsdag formiddag passer til samtaler.";
  await employer.getByLabel("Skriv til jobcentret").fill(reply);
  await employer.getByRole("button", { name: "Send besked" }).click();
  await expect(employer.getByText("Beskeden er sendt til jobcentret.")).toBeVisible();
  await expect(employer.getByRole("region", { name: "Beskeder" }).getByText(reply)).toBeVisible();
  await expectAccessible(employer);
  const order = await database().jobOrder.findUniqueOrThrow({ where: { number: orderNumber }, include: { assignee: true } });
  expect(await openMail(page, order.assignee!.email, /Besked fra/)).toContain(reply);
  // The link was single-use.
  await employerContext.clearCookies();
  await employer.goto(signInLink);
  await expect(employer.getByRole("heading", { level: 1, name: "Linket er allerede brugt" })).toBeVisible();
  await employerContext.close();

  // 6. The manager sees one more order received and answered on time this month, and none more answered late.
  expect(await monthTotals(page)).toEqual({ received: before.received + 1, onTime: before.onTime + 1, late: before.late });
});
