// A job order taken at a visit, as a consultant takes one: from the visit's page, for the register's
// company, it comes in as an order from the form would (the contact gets the receipt), the consultant owns
// it, and the visit lists it. Every page is checked with axe.
import { expect, test } from "@playwright/test";
import { createCompany, createStaffUser, jobOrderFormValues, makeCvr, uniqueSuffix } from "../factories";
import { database, expectAccessible, fillContactAndJob, openMail, signInAsStaff } from "./support";

test("a consultant takes a job order at a visit: the contact gets the receipt, the consultant owns it, and the visit lists it", async ({ page }) => {
  test.setTimeout(120_000);
  const db = database();
  const consultant = await createStaffUser(db, { jobcentreId: "lolland", name: `Besøgskonsulent ${uniqueSuffix()}` });
  const cvr = makeCvr();
  const company = await createCompany(db, { cvr, name: `Besøgsordre ${uniqueSuffix()} ApS`, address: "Havnegade 7", postcode: "4900", city: "Nakskov", source: "CVR_IMPORT" });
  await db.companyRelationship.create({ data: { jobcentreId: "lolland", companyId: company.id, source: "CVR_IMPORT" } });
  const visit = await db.companyVisit.create({
    data: { companyId: company.id, jobcentreId: "lolland", kind: "OUTREACH", consultantId: consultant.id, plannedFor: new Date(Date.now() - 3_600_000), purpose: "Rekrutteringsbehov" },
  });
  const values = jobOrderFormValues({ title: "Svejser" });

  await signInAsStaff(page, consultant.email);
  await page.goto(`/besoeg/${visit.id}`);
  await page.getByRole("link", { name: "Opret jobordre for virksomheden" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Opret jobordre for ${company.name}` })).toBeVisible();
  await expect(page.getByLabel("Arbejdsstedets postnummer")).toHaveValue("4900");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Opret jobordren" }).click();
  await expect(page.getByRole("heading", { name: "Ret følgende, før jobordren kan oprettes" })).toBeVisible();
  await fillContactAndJob(page, values);
  await page.getByRole("button", { name: "Opret jobordren" }).click();

  await expect(page.getByText("Jobordren er oprettet for virksomheden")).toBeVisible();
  const number = (await page.getByRole("heading", { level: 1 }).innerText()).match(/JO-\d{4}-\d+/)![0];
  await expect(page.getByText(consultant.name).first()).toBeVisible();
  await expectAccessible(page);
  const order = await db.jobOrder.findUniqueOrThrow({ where: { number } });
  expect(order).toMatchObject({ companyId: company.id, takenById: consultant.id, originVisitId: visit.id, assigneeId: consultant.id, statedCompanyName: company.name });

  const receipt = await openMail(page, values.contactEmail!, number);
  expect(receipt).toContain("Svejser");

  await page.goto(`/besoeg/${visit.id}`);
  await expect(page.getByRole("region", { name: "Jobordrer fra besøget" }).getByRole("link", { name: `${number}: Svejser` })).toBeVisible();
  await expectAccessible(page);
});
