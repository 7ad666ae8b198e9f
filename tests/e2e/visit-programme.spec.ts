// A visit programme as a team lead and a consultant run it: the lead takes the register's companies into the
// programme (only those above its size threshold come in), records that one company said no, the consultant
// records the first visit to another, and the progress moves: visited, waiting for its follow-up. A
// jobcentre of its own, so the programme's figures are this test's alone. Every page is checked with axe.
import { expect, test, type Page } from "@playwright/test";
import { addLocalDays, localDateOf } from "../../app/utils/deadlines";
import { createJobcentre, createRegisteredCompany, createStaffUser, createVisitProgramme, uniqueSuffix } from "../factories";
import { database, expectAccessible, signInAsStaff, signOut } from "./support";

const figure = (page: Page, label: string | RegExp) => page.getByRole("table", { name: "Programmets fremdrift" }).getByRole("row", { name: label });

test("a team lead takes companies into the programme, one says no, a consultant visits another, and the progress moves", async ({ page }) => {
  test.setTimeout(120_000);
  const db = database();
  const { jobcentre } = await createJobcentre(db);
  const lead = await createStaffUser(db, { jobcentreId: jobcentre.id, role: "TEAM_LEAD" });
  const consultant = await createStaffUser(db, { jobcentreId: jobcentre.id });
  const today = localDateOf(new Date());
  await createVisitProgramme(db, jobcentre.id, {
    name: "Besøg og opfølgning",
    startsOn: new Date(`${addLocalDays(today, -30)}T00:00:00Z`),
    endsOn: new Date(`${addLocalDays(today, 60)}T00:00:00Z`),
    followUpWithinMonths: 3,
  });
  const suffix = uniqueSuffix();
  const visited = await createRegisteredCompany(db, jobcentre.id, { name: `Programfabrikken ${suffix} ApS`, employeeBand: "E10_19" }, consultant.id);
  const declining = await createRegisteredCompany(db, jobcentre.id, { name: `Nejtak ${suffix} A/S`, employeeBand: "E20_49" });
  const small = await createRegisteredCompany(db, jobcentre.id, { name: `Lillebitte ${suffix} IVS`, employeeBand: "E2_4" });

  // 1. The team lead takes the register's companies in: the two above three employees, not the small one.
  await signInAsStaff(page, lead.email);
  await page.goto("/besoeg");
  await page.getByRole("link", { name: "Besøgsprogrammer" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Besøg og opfølgning" })).toBeVisible();
  await expect(figure(page, /^Virksomheder i programmet/)).toContainText("0");
  await page.getByRole("button", { name: "Tag registrets nye virksomheder med nu" }).click();
  await expect(page.getByText("2 nye virksomheder kom med.")).toBeVisible();
  await expect(figure(page, /^Virksomheder i programmet/)).toContainText("2");
  const list = page.getByRole("table", { name: /^Venter på et besøg/ });
  await expect(list.getByRole("link", { name: visited.name })).toBeVisible();
  await expect(list.getByRole("link", { name: declining.name })).toBeVisible();
  await expect(list.getByRole("link", { name: small.name })).toHaveCount(0);
  await expectAccessible(page);

  // 2. One company says no thanks.
  await list.getByRole("button", { name: `Takkede nej (${declining.name})` }).click();
  await expect(page.getByText("Virksomhedens nej er registreret")).toBeVisible();
  await expect(figure(page, /^Takkede nej/)).toContainText("1");
  await signOut(page);

  // 3. The consultant holds the first visit to the other and records it.
  const visit = await db.companyVisit.create({
    data: { companyId: visited.id, jobcentreId: jobcentre.id, kind: "OUTREACH", consultantId: consultant.id, plannedFor: new Date(Date.now() - 3_600_000), purpose: "Programmets første besøg" },
  });
  await signInAsStaff(page, consultant.email);
  await page.goto(`/besoeg/${visit.id}`);
  await page.getByLabel(/Behov for rekruttering senere/).check();
  await page.getByRole("button", { name: "Registrér besøget" }).click();
  await expect(page.getByText("Besøget er registreret")).toBeVisible();

  // 4. The progress moves once the company's workflow has read the visit.
  await expect(async () => {
    await page.goto("/besoeg/program?vis=afventer");
    await expect(figure(page, /^Besøgt/).first()).toContainText("1");
  }).toPass({ timeout: 30_000 });
  const waiting = page.getByRole("table", { name: /^Venter på et besøg/ });
  await expect(waiting.getByRole("row", { name: new RegExp(visited.name) })).toContainText("Venter på opfølgende besøg");
  // A consultant may record a no but not run the enrolment.
  await expect(page.getByRole("button", { name: "Tag registrets nye virksomheder med nu" })).toHaveCount(0);
  await expectAccessible(page);
});
