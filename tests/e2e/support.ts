import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import type { PrismaClient } from "@prisma/client";
import { createPrismaClient } from "../../app/utils/db.server";
import { DEMO_PASSWORD } from "../factories";
import { dateAhead } from "../support/dates";

let prisma: PrismaClient | undefined;

/** The portal's database, for a test that creates what it changes (playwright.config.ts sets the address). */
export function database(): PrismaClient {
  prisma ??= createPrismaClient(process.env.E2E_DATABASE_URL!);
  return prisma;
}

/** Axe on the current page: no serious or critical violations (WCAG 2.1 A/AA rules). */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const blocking = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(
    blocking.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
    `accessibility violations on ${page.url()}`,
  ).toEqual([]);
}

/**
 * Opens the newest mail to `to` whose subject contains `subject` in the portal's development mail
 * viewer (the SMTP sink), waiting for it to arrive, and returns its plain text.
 */
export async function openMail(page: Page, to: string, subject: string | RegExp): Promise<string> {
  await expect(async () => {
    await page.goto(`/dev/mails?til=${encodeURIComponent(to)}`);
    await expect(page.getByRole("link", { name: subject }).first()).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  // Followed by its address rather than clicked: in a phone-sized page the click never landed (cause not found).
  await page.goto((await page.getByRole("link", { name: subject }).first().getAttribute("href"))!);
  const text = await page.getByTestId("mail-text").innerText();
  return text;
}

export function linkIn(text: string, pathPrefix: string): string {
  const match = text.match(new RegExp(`https?://[^\\s]+${pathPrefix.replace(/[/]/g, "\\/")}[^\\s]*`));
  if (!match) throw new Error(`No link to ${pathPrefix} in:\n${text}`);
  return match[0];
}

export { DEMO_PASSWORD };

export async function fillJobOrderForm(page: Page, values: Record<string, string>) {
  await page.getByLabel("CVR-nummer").fill(values.cvr!);
  await page.getByLabel("Virksomhedens navn").fill(values.companyName!);
  await page.getByLabel("Adresse").fill(values.companyAddress!);
  await page.getByLabel("Postnummer", { exact: true }).fill(values.companyPostcode!);
  await fillContactAndJob(page, values);
}

/** The contact and job fields, which the public form and the one staff fill for a company share. */
export async function fillContactAndJob(page: Page, values: Record<string, string>) {
  await page.getByLabel("Navn", { exact: true }).fill(values.contactName!);
  await page.getByLabel("E-mail").fill(values.contactEmail!);
  await page.getByLabel("Telefon").fill(values.contactPhone!);
  await page.getByLabel("Stillingsbetegnelse").fill(values.title!);
  await page.getByLabel("Beskrivelse af jobbet").fill(values.description!);
  await page.getByLabel("Antal stillinger").fill(values.positions!);
  await page.getByLabel("Ansættelsesform").selectOption({ label: "Ordinært job" });
  await page.getByLabel("Timer om ugen").fill(values.hoursPerWeek!);
  await page.getByLabel("Startdato").fill(values.startDate!);
  await page.getByLabel("Arbejdsstedets postnummer").fill(values.workplacePostcode!);
  await page.getByLabel("Krav til kandidaterne (valgfrit)").fill(values.requirements!);
}

export async function signInAsStaff(page: Page, email: string) {
  await page.goto("/medarbejder/log-ind");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Adgangskode").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Log ind" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Indbakke" })).toBeVisible();
}

export async function signOut(page: Page) {
  await page.getByRole("button", { name: "Log ud" }).click();
  await expect(page.getByRole("link", { name: "Log ind som medarbejder" })).toBeVisible();
}

/**
 * Finds an order in the inbox as a consultant does who did not get it themself: everyone's tasks, searched by
 * the order's number (the workflow assigns it a moment after the receipt, so the search is tried again).
 */
export async function findInInbox(page: Page, orderNumber: string) {
  await expect(async () => {
    await page.goto("/indbakke");
    await page.getByRole("radio", { name: /^Alle i jobcentret/ }).check();
    await page.getByRole("searchbox", { name: "Søg" }).fill(orderNumber);
    await page.getByRole("button", { name: "Vis opgaver" }).click();
    await expect(page).toHaveURL(new RegExp(`soeg=${orderNumber}`));
    await expect(page.getByRole("link", { name: orderNumber }).first()).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 30_000 });
}

/**
 * A consultant's answer as the form asks for it: the first next step on the jobcentre's list, the owner the
 * form proposes, the day after tomorrow written by hand, and a message; the preview shows what is sent.
 */
export async function answerOrder(page: Page, message: string) {
  const step = page.getByRole("group", { name: "Næste skridt" }).getByRole("radio").first();
  await step.check();
  await page.getByLabel("Hvornår sker det næste skridt").fill(dateAhead(2).typed);
  await page.getByLabel("Besked til virksomheden (valgfri)").fill(message);
  await expect(page.getByText(/^Næste skridt: .+ – senest \p{L}+dag \d{1,2}\. \p{L}+ \d{4}\.\s+Jobordren har: .+\./u)).toBeVisible();
  await page.getByRole("button", { name: "Svar virksomheden" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Svar til virksomheden" })).toBeVisible();
}
