// A partnership agreement as a team lead makes one and an employer feels it: the lead makes it from the
// company's page on Frederikssund's standard terms, the company's next order from the public form gets the fast
// track's shorter promise in its receipt (read from the SMTP sink), and it lands first, marked, in the fixed
// contact's inbox. Every page is checked with axe.
import { expect, test } from "@playwright/test";
import { createCompany, createStaffUser, jobOrderFormValues, makeCvr, uniqueSuffix } from "../factories";
import { database, expectAccessible, fillJobOrderForm, openMail, signInAsStaff, signOut } from "./support";

test("a team lead makes a partnership agreement, and the company's next order runs on its fast track to the fixed contact", async ({ page }) => {
  test.setTimeout(120_000);
  const db = database();
  const lead = await createStaffUser(db, { jobcentreId: "frederikssund", role: "TEAM_LEAD", name: `Aftaleleder ${uniqueSuffix()}` });
  const contact = await createStaffUser(db, { jobcentreId: "frederikssund", name: `Fast kontakt ${uniqueSuffix()}` });
  const cvr = makeCvr();
  const company = await createCompany(db, { cvr, name: `Partner ${uniqueSuffix()} A/S`, address: "Havnevej 3", postcode: "3600", city: "Frederikssund", source: "CVR_IMPORT" });
  await db.companyRelationship.create({ data: { jobcentreId: "frederikssund", companyId: company.id, source: "CVR_IMPORT" } });

  await signInAsStaff(page, lead.email);
  await page.goto(`/virksomheder/${cvr}`);
  await page.getByRole("link", { name: "Opret partnerskabsaftale" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Ny partnerskabsaftale med ${company.name}` })).toBeVisible();
  // The plan's commitments and the jobcentre's fast track are where the form starts.
  await expect(page.getByLabel("Virksomheden forpligter sig til")).toHaveValue(/Jobnet\.dk/);
  await expect(page.getByLabel("Jobcentret forpligter sig til")).toHaveValue(/fast track/);
  await expect(page.getByLabel(/Svarfrist på hurtigsporet/)).toHaveValue("24");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Opret aftalen" }).click();
  // Nothing chosen for the lead: the contact and the company's contact are asked for beside their fields.
  await expect(page.getByLabel("Jobcentrets faste kontaktperson")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Virksomhedens kontaktperson")).toHaveAttribute("aria-invalid", "true");
  await page.getByLabel("Jobcentrets faste kontaktperson").selectOption({ label: contact.name });
  await page.getByLabel("Virksomhedens kontaktperson").fill("Lone Holm");
  await page.getByLabel("Kontaktpersonens e-mail").fill("lone.holm@partner.example");
  await page.getByLabel(/Svarfrist på hurtigsporet/).fill("8");
  await page.getByRole("button", { name: "Opret aftalen" }).click();
  await expect(page.getByRole("status").getByText("Aftalen er oprettet")).toBeVisible();
  await expect(page.getByText(contact.name)).toBeVisible();
  await expectAccessible(page);
  const agreement = await db.partnershipAgreement.findFirstOrThrow({ where: { companyId: company.id } });
  expect(agreement).toMatchObject({ jobcentreId: "frederikssund", contactUserId: contact.id, fastTrackResponseHours: 8, createdById: lead.id });
  await page.goto("/virksomheder/aftaler");
  await expect(page.getByRole("link", { name: company.name })).toBeVisible();
  await expectAccessible(page);
  await signOut(page);

  // The employer orders from the public form as always.
  const values = jobOrderFormValues({ cvr, companyName: company.name, companyAddress: "Havnevej 3", companyPostcode: "3600", workplacePostcode: "3600", title: "Lagermedarbejder" });
  await page.goto("/jobordre/ny");
  await fillJobOrderForm(page, values);
  await page.getByRole("button", { name: "Send jobordre" }).click();
  await expect(page.getByText("hurtigsporet i jeres partnerskabsaftale")).toBeVisible();
  await expectAccessible(page);
  const order = await db.jobOrder.findFirstOrThrow({ where: { companyId: company.id }, orderBy: { receivedAt: "desc" } });
  expect(order).toMatchObject({ agreementId: agreement.id, fastTrack: true });
  const receipt = await openMail(page, values.contactEmail!, order.number);
  expect(receipt).toContain("hurtigspor");
  await expect.poll(async () => (await db.jobOrder.findUniqueOrThrow({ where: { id: order.id } })).dueAt?.getTime()).toBe(order.receivedAt.getTime() + 8 * 3_600_000);

  await signInAsStaff(page, contact.email);
  const first = page.getByRole("table").first().getByRole("row").nth(1);
  await expect(async () => {
    await page.goto("/indbakke");
    await expect(first.getByRole("link", { name: order.number })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  await expect(first.getByText("Hurtigspor")).toBeVisible();
  await expectAccessible(page);
});
