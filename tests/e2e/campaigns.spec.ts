// An information campaign as the business service runs one: a team lead imports companies from a CVR extract,
// starts a campaign on the construction companies (the one with advertising protection left out), split with a
// consultant; each records their campaign visit; the campaign's progress moves, and on the dashboard the plan's
// visit goal and campaign goal move with it. A jobcentre of its own, so its register and goals are this test's
// alone. Every page is checked with axe.
import { expect, test, type Page } from "@playwright/test";
import { createJobcentre, createStaffUser, makeCvr, uniqueSuffix } from "../factories";
import { dateAhead } from "../support/dates";
import { database, expectAccessible, signInAsStaff, signOut } from "./support";

const TOPIC = "Byggeriet mangler hænder";

async function recordMyCampaignVisit(page: Page, campaignPath: string) {
  await page.goto(campaignPath);
  const companies = page.getByRole("region", { name: "Virksomhederne" });
  await expect(companies.getByRole("link", { name: "Mine virksomheder" })).toHaveAttribute("aria-current", "page");
  await companies.getByRole("link", { name: /^Planlæg kampagnebesøg hos/ }).click();
  const visits = page.getByRole("region", { name: "Besøg" });
  await expect(visits.getByLabel("Kampagnebesøg")).toBeChecked();
  await expect(visits.getByLabel("Kampagne", { exact: true })).toHaveValue(campaignPath.split("/").pop()!);
  await visits.getByLabel("Dato", { exact: true }).fill(dateAhead(0).typed);
  await visits.getByLabel("Klokkeslæt", { exact: true }).fill("09:00");
  await visits.getByRole("button", { name: "Planlæg besøget" }).click();
  await expect(page.getByText("Besøget er planlagt")).toBeVisible();
  await expectAccessible(page);

  await page.goto(campaignPath);
  await page.getByRole("region", { name: "Virksomhederne" }).getByRole("link", { name: /^Planlagt / }).click();
  await page.getByLabel(/Interesse for ordninger/).check();
  await page.getByLabel("Referat").fill("Vil gerne høre mere om voksenlærlinge.");
  await page.getByRole("button", { name: "Registrér besøget" }).click();
  await expect(page.getByText("Besøget er registreret")).toBeVisible();
}

test("a team lead imports companies, starts a campaign split with a consultant, both record visits, and the progress and the plan's goals move", async ({ page }) => {
  test.setTimeout(180_000);
  const db = database();
  const { jobcentre } = await createJobcentre(db);
  const lead = await createStaffUser(db, { jobcentreId: jobcentre.id, role: "TEAM_LEAD", name: "Anne Kampagne" });
  const consultant = await createStaffUser(db, { jobcentreId: jobcentre.id, name: "Bo Kampagne" });
  const manager = await createStaffUser(db, { jobcentreId: jobcentre.id, role: "MANAGER" });
  const year = Number(dateAhead(0).iso.slice(0, 4));
  await db.planGoal.createMany({
    data: [
      { jobcentreId: jobcentre.id, year, measure: "COMPANY_VISITS", comparator: "AT_LEAST", target: 450, label: "Virksomhedsbesøg", wording: "450 virksomhedsbesøg om året." },
      { jobcentreId: jobcentre.id, year, measure: "CAMPAIGNS", comparator: "AT_LEAST", target: 1, perItemTarget: 2, label: "Oplysningskampagner", wording: "En kampagne, der besøger 2 virksomheder." },
    ],
  });
  const suffix = uniqueSuffix();
  const [north, south, guarded, shop] = ["Nordbyg", "Sydbyg", "Skjoldbyg", "Butikken"].map((name) => ({ cvr: makeCvr(), name: `${name} ${suffix} ApS` }));

  // 1. The team lead imports the extract: three construction companies (one advertising-protected) and a shop.
  await signInAsStaff(page, lead.email);
  await page.goto("/virksomheder/import");
  const csv =
    "cvr;pnummer;navn;adresse;postnummer;by;branchekode;branchekode_version;ansatte;reklamebeskyttet\r\n" +
    `${north!.cvr};;${north!.name};Nørregade 1;4640;Faxe;412000;DB25;10-19;nej\r\n` +
    `${south!.cvr};;${south!.name};Søndergade 2;4690;Haslev;433200;DB25;20-49;nej\r\n` +
    `${guarded!.cvr};;${guarded!.name};Skjoldvej 3;4640;Faxe;412000;DB25;10-19;ja\r\n` +
    `${shop!.cvr};;${shop!.name};Torvet 4;4640;Faxe;471100;DB25;5-9;nej\r\n`;
  await page.getByLabel("CSV-fil med virksomheder").setInputFiles({ name: "kampagne.csv", mimeType: "text/csv", buffer: Buffer.from(`\uFEFF${csv}`, "utf8") });
  await page.getByRole("button", { name: "Importer" }).click();
  await expect(page.getByText("kampagne.csv er importeret")).toBeVisible();

  // 2. The campaign: construction (41 and 43), previewed first, then started with the consultant.
  await page.getByRole("link", { name: "Kampagner", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Kampagner" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Ny kampagne" }).click();
  await page.getByRole("button", { name: "Start kampagnen" }).click();
  await expect(page.getByText("Skriv kampagnens emne.").first()).toBeVisible();
  await page.getByLabel("Emne").fill(TOPIC);
  await page.getByLabel("Mål: antal virksomheder, der skal besøges").fill("2");
  await page.getByLabel("Branchekoder (valgfrit)").fill("41, 43");
  await page.getByRole("button", { name: "Vis udvalget" }).click();
  const preview = page.getByRole("region", { name: "Udvalget" });
  await expect(preview.getByText("Kampagnen vil vælge 2 virksomheder")).toBeVisible();
  await expect(preview.getByText("1 virksomhed med reklamebeskyttelse er udeladt.")).toBeVisible();
  await expect(preview.getByRole("row", { name: new RegExp(guarded!.name) })).toHaveCount(0);
  await expectAccessible(page);
  await expect(page.getByLabel("Emne")).toHaveValue(TOPIC);
  await page.getByLabel(consultant.name).check();
  await page.getByRole("button", { name: "Start kampagnen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: TOPIC })).toBeVisible();
  await expect(page.getByText("Kampagnen er startet med 2 virksomheder")).toBeVisible();
  await expect(page.getByText("0 af 2 virksomheder besøgt")).toBeVisible();
  await expectAccessible(page);
  const campaignPath = new URL(page.url()).pathname;
  const perConsultant = page.getByRole("table", { name: "Pr. konsulent" });
  await expect(perConsultant.getByRole("row", { name: /Anne Kampagne \(dig\) 1 0/ })).toBeVisible();
  await expect(perConsultant.getByRole("row", { name: /Bo Kampagne 1 0/ })).toBeVisible();

  // 3. The team lead records the visit to their company: the progress moves.
  await recordMyCampaignVisit(page, campaignPath);
  await page.goto(campaignPath);
  await expect(page.getByText("1 af 2 virksomheder besøgt")).toBeVisible();
  await expect(page.getByRole("region", { name: "Hvad besøgene førte til" }).getByText(/^Interesse for ordninger.*: 1$/)).toBeVisible();
  await signOut(page);

  // 4. The manager sees the visit in the plan's visit goal, and the campaign on its way.
  const goalRow = (name: RegExp) => page.getByRole("table", { name: /^Planens mål/ }).getByRole("row", { name });
  await signInAsStaff(page, manager.email);
  await page.goto(`/ledelse?periode=aar&aar=${year}`);
  await expect(goalRow(/Virksomhedsbesøg/)).toContainText(`1 i ${year}`);
  await expect(goalRow(/Oplysningskampagner/)).toContainText(`0 i ${year}`);
  await expect(goalRow(/Oplysningskampagner/)).toContainText("På vej");
  await expect(page.getByRole("table", { name: /^Kampagner, der begynder/ }).getByRole("row", { name: new RegExp(TOPIC) })).toContainText("1");
  await expectAccessible(page);
  await signOut(page);

  // 5. The consultant records theirs: the campaign reaches its target, and the campaign goal is met.
  await signInAsStaff(page, consultant.email);
  await recordMyCampaignVisit(page, campaignPath);
  await page.goto(campaignPath);
  await expect(page.getByText("2 af 2 virksomheder besøgt")).toBeVisible();
  await expect(page.getByText("Målet er nået.", { exact: false })).toBeVisible();
  await signOut(page);
  await signInAsStaff(page, manager.email);
  await page.goto(`/ledelse?periode=aar&aar=${year}`);
  await expect(goalRow(/Virksomhedsbesøg/)).toContainText(`2 i ${year}`);
  await expect(goalRow(/Oplysningskampagner/)).toContainText(`1 i ${year}`);
  await expect(goalRow(/Oplysningskampagner/)).toContainText("Nået");
});
