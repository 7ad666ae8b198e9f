// A first-time employer's job order as they write it, on a phone and on a desktop: the postcode with its town,
// the start date the Danish way, the error summary that takes them to what is wrong and stays while anything
// is, the receipt in one voice, the sign-in page that says why it asks for a click, and "Mine jobordrer"
// with every column readable on a small screen.
import { devices, expect, test, type Page } from "@playwright/test";
import { jobOrderFormValues } from "../factories";
import { dateAhead } from "../support/dates";
import { database, expectAccessible, fillJobOrderForm, linkIn, openMail } from "./support";

/** `mailbox` is a desktop page for the development mail viewer (a developer's tool, not the employer's). */
async function employerDay(page: Page, mailbox: Page, screen: "phone" | "desktop") {
  const start = dateAhead(50, "/");
  // Faxe's orders: the journey in job-order-journey.spec.ts counts Lolland's of this month.
  const values = jobOrderFormValues({ companyPostcode: "4640 Faxe", workplacePostcode: "4640", startDate: start.typed });

  await page.goto("/jobordre/ny");
  // Two mistakes: the title left out and a CVR number that does not exist.
  await fillJobOrderForm(page, { ...values, title: "", cvr: "12345679" });
  await expect(page.getByText("4640 Faxe", { exact: true }).first()).toBeVisible();
  await expect(page.getByText(/^Det er \p{L}+dag \d{1,2}\. \p{L}+ \d{4}\.$/u)).toBeVisible();
  await page.getByRole("button", { name: "Send jobordre" }).click();

  // The summary is where the focus went, so it is on the screen, and it lists both mistakes.
  const summary = page.getByRole("alert").filter({ has: page.getByRole("heading", { name: "Ret følgende, før jobordren kan sendes" }) });
  await expect(summary).toBeFocused();
  await expect(summary).toBeInViewport();
  await expect(summary.getByRole("link")).toHaveCount(2);
  await expectAccessible(page);

  // One mended, one left: the summary stays with the one that is left.
  await page.getByLabel("Stillingsbetegnelse").fill(values.title!);
  await page.getByLabel("Stillingsbetegnelse").blur();
  await expect(summary.getByRole("link")).toHaveCount(1);
  await page.getByLabel("CVR-nummer").fill(values.cvr!);
  await page.getByRole("button", { name: "Send jobordre" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Jobordren er modtaget" })).toBeVisible();
  await expect(page.getByText(/I får svar senest/)).toBeVisible();
  // The receipt repeats what was sent, the town named from the number.
  await expect(page.getByRole("heading", { level: 2, name: "Det har I sendt" })).toBeVisible();
  await expect(page.getByText(values.description!)).toBeVisible();
  await expect(page.getByText(`${values.companyAddress}, 4640 Faxe`)).toBeVisible();
  await expectAccessible(page);
  const number = (await page.getByText(/JO-\d{4}-\d{5}/).first().innerText()).match(/JO-\d{4}-\d{5}/)![0];
  const stored = await database().jobOrder.findUniqueOrThrow({ where: { number }, include: { company: true } });
  expect(stored.startDate.toISOString().slice(0, 10)).toBe(start.iso);
  expect(stored.workplacePostcode).toBe("4640");

  // The receipt's link opens a page that says why it asks for a click before signing in.
  const receipt = await openMail(mailbox, values.contactEmail!, /Vi har modtaget jeres jobordre/);
  await page.goto(linkIn(receipt, "/mine-jobordrer/log-ind/"));
  await expect(page.getByText(/virusscannere ofte åbner links/)).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Log ind" }).click();

  // Every column of the list can be read without scrolling sideways, on the phone too.
  // Signed in, the list opens by itself (the URL alone would match the sign-in page's too).
  await expect(page.getByRole("heading", { level: 1, name: "Mine jobordrer" })).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: number });
  await expect(row.getByRole("link", { name: number })).toBeVisible();
  const status = row.getByRole("cell").nth(4);
  const answer = row.getByRole("cell").nth(6);
  const width = page.viewportSize()!.width;
  for (const cell of [status, answer]) {
    await cell.scrollIntoViewIfNeeded();
    await expect(cell).toBeInViewport();
    const box = (await cell.boundingBox())!;
    expect(box.x + box.width, `${screen}: a column runs off the screen`).toBeLessThanOrEqual(width + 1);
  }
  await expectAccessible(page);
}

test.describe("on a phone", () => {
  test.use({ viewport: devices["iPhone 13"].viewport, hasTouch: true, isMobile: true });
  test("an employer writes the postcode with its town and the date by hand, mends the mistakes and finds the order", async ({ page, browser }) => {
    const mailbox = await browser.newPage();
    await employerDay(page, mailbox, "phone");
    await mailbox.close();
  });
});

test("on a desktop, an employer writes the postcode with its town and the date by hand, mends the mistakes and finds the order", async ({ page, browser }) => {
  const mailbox = await browser.newPage();
  await employerDay(page, mailbox, "desktop");
  await mailbox.close();
});
