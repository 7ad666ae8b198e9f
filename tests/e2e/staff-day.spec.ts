// A day with one order, on a phone and on a desktop, by each of its users in their own browser: the employer
// sends it and corrects it; the consultant who got it finds it in their own tasks, reads what the employer
// changed, answers by the form and writes again; the manager finds that consultant with the waiting orders on
// the dashboard and reads the response times in hours and minutes. Frederikssund's orders, so the journeys
// that count Lolland's and Faxe's are not disturbed.
import { devices, expect, test, type Browser, type BrowserContextOptions, type Page } from "@playwright/test";
import { jobOrderFormValues } from "../factories";
import { dateAhead } from "../support/dates";
import { answerOrder, database, expectAccessible, fillJobOrderForm, linkIn, openMail, signInAsStaff } from "./support";

const PHONE: BrowserContextOptions = { viewport: devices["iPhone 13"].viewport, hasTouch: true, isMobile: true };
const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 800 } };

/** Nothing on the page runs past the screen's right edge (a wide table scrolls inside its own box). */
async function expectFitsScreen(page: Page, what: string) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
  expect(scrollWidth, `${what} is wider than the screen`).toBeLessThanOrEqual(innerWidth + 1);
}

/** A user's own browser at the size of the day's screen. */
async function userPage(browser: Browser, screen: BrowserContextOptions): Promise<Page> {
  const context = await browser.newContext(screen);
  return context.newPage();
}

async function staffDay(browser: Browser, screen: BrowserContextOptions, name: string) {
  const mailbox = await browser.newPage();
  const values = jobOrderFormValues({ companyPostcode: "3600", workplacePostcode: "3600", positions: "2" });

  // The employer sends the order and, signed in from the receipt, corrects it: one more position and a deadline.
  const employer = await userPage(browser, screen);
  await employer.goto("/jobordre/ny");
  await fillJobOrderForm(employer, values);
  await employer.getByRole("button", { name: "Send jobordre" }).click();
  await expect(employer.getByRole("heading", { level: 1, name: "Jobordren er modtaget" })).toBeVisible();
  const number = (await employer.getByText(/JO-\d{4}-\d{5}/).first().innerText()).match(/JO-\d{4}-\d{5}/)![0];
  const receipt = await openMail(mailbox, values.contactEmail!, /Vi har modtaget jeres jobordre/);
  await employer.goto(linkIn(receipt, "/mine-jobordrer/log-ind/"));
  await employer.getByRole("button", { name: "Log ind" }).click();
  await employer.getByRole("link", { name: number }).click();
  await employer.getByRole("link", { name: "Ret jobordren" }).click();
  await expect(employer.getByRole("heading", { level: 1, name: /Ret jobordren/ })).toBeVisible();
  await expect(employer.getByLabel("Antal stillinger")).toHaveValue("2");
  await expectAccessible(employer);
  await expectFitsScreen(employer, `${name}: the correction form`);
  // Nothing changed is said as such, and nothing is sent.
  await employer.getByRole("button", { name: "Gem rettelsen" }).click();
  await expect(employer.getByText(/I har ikke ændret noget/)).toBeVisible();
  const deadline = dateAhead(20);
  await employer.getByLabel("Antal stillinger").fill("3");
  await employer.getByLabel("Ansøgningsfrist (valgfri)").fill(deadline.typed);
  await employer.getByRole("button", { name: "Gem rettelsen" }).click();
  await expect(employer.getByText("Rettelsen er gemt, og jobcentret har fået besked om, hvad I har ændret.")).toBeVisible();
  await expect(employer.getByText(/I har rettet jobordren/)).toBeVisible();
  await expectAccessible(employer);
  const stored = await database().jobOrder.findUniqueOrThrow({ where: { number } });
  expect(stored.positions).toBe(3);
  expect(stored.applicationDeadline?.toISOString().slice(0, 10)).toBe(deadline.iso);

  // The consultant who got the order finds it among their own tasks, without choosing anything.
  const assigneeOf = async () => (await database().jobOrder.findUniqueOrThrow({ where: { number }, include: { assignee: true } })).assignee;
  await expect.poll(async () => (await assigneeOf())?.email ?? null, { timeout: 30_000 }).not.toBeNull();
  const owner = (await assigneeOf())!;
  const consultant = await userPage(browser, screen);
  await signInAsStaff(consultant, owner.email);
  await expect(consultant.getByRole("radio", { name: /^Mine \(\d+\)$/ })).toBeChecked();
  await expect(consultant.getByRole("link", { name: number })).toBeVisible();
  await expectAccessible(consultant);
  await expectFitsScreen(consultant, `${name}: the inbox`);

  // The mail and the order page say what the employer changed.
  const corrected = await openMail(mailbox, owner.email, /har rettet jobordre/);
  expect(corrected).toContain("Antal stillinger: 2 → 3");
  await consultant.getByRole("link", { name: number }).click();
  const changes = consultant.getByRole("list", { name: "Rettet af virksomheden" });
  await expect(changes).toContainText("Antal stillinger: 2 → 3");
  await expect(changes).toContainText(/Ansøgningsfrist: ingen frist → \d{1,2}\. \p{L}+ \d{4}/u);
  await expectAccessible(consultant);
  await expectFitsScreen(consultant, `${name}: the order page`);

  // The answer by the form, then a word more in the thread, mailed to the employer.
  await answerOrder(consultant, "Vi ringer jer op i morgen.");
  const note = "Vi har to kandidater med truckcertifikat, som vi spørger i dag.";
  await consultant.getByLabel("Skriv til virksomheden").fill(note);
  await consultant.getByRole("button", { name: "Send besked" }).click();
  await expect(consultant.getByText("Beskeden er sendt til virksomheden.")).toBeVisible();
  await expectAccessible(consultant);
  expect(await openMail(mailbox, values.contactEmail!, /Ny besked om jeres jobordre/)).toContain(note);

  // The manager finds the consultant with their waiting orders, and reads response times in hours and minutes.
  const manager = await userPage(browser, screen);
  await signInAsStaff(manager, "leder@frederikssund.jobcenter.example");
  await manager.goto("/ledelse");
  const byConsultant = manager.getByRole("table", { name: /Pr\. konsulent/ });
  await expect(byConsultant.getByRole("row", { name: new RegExp(owner.name) })).toBeVisible();
  await expectAccessible(manager);
  await expectFitsScreen(manager, `${name}: the dashboard`);
  await manager.goto("/ledelse/svartider");
  const totals = manager.getByRole("table").first();
  await expect(totals.getByRole("row", { name: /Median svartid/ })).toContainText(/\d+ (min|t)/);
  await expectAccessible(manager);
  await expectFitsScreen(manager, `${name}: the response times`);

  for (const page of [employer, consultant, manager, mailbox]) await page.context().close().catch(() => page.close());
}

test("on a phone, the employer corrects the order, the consultant answers it and writes again, the manager finds them", async ({ browser }) => {
  await staffDay(browser, PHONE, "phone");
});

test("on a desktop, the employer corrects the order, the consultant answers it and writes again, the manager finds them", async ({ browser }) => {
  await staffDay(browser, DESKTOP, "desktop");
});
