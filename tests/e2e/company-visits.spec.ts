// Company visits as a consultant makes them: plans a visit from the company page, finds it in the week's list
// and calendar, records what it came to with a next visit, subscribes to the visits in Outlook (the feed
// fetched as a calendar would), sees the visit on the company's timeline, and the plan's visit goal on the
// dashboard moves with it. A jobcentre of its own, so its goal and figures are this test's alone. Every page
// is checked with axe.
import { expect, test } from "@playwright/test";
import { createCompany, createJobcentre, createStaffUser, makeCvr, uniqueSuffix } from "../factories";
import { isoWeekOf } from "../../app/utils/iso-week";
import { dateAhead } from "../support/dates";
import { database, expectAccessible, signInAsStaff, signOut } from "./support";

test("a consultant plans a visit, finds it in the week, records it with a next visit, subscribes to the calendar, and the visit goal moves", async ({ page, request }) => {
  test.setTimeout(120_000);
  const cvr = makeCvr();
  const name = `Besøgsfabrikken ${uniqueSuffix()} ApS`;
  const company = await createCompany(database(), { cvr, name, address: "Havnegade 3", postcode: "4900", city: "Nakskov" });
  const db = database();
  const { jobcentre } = await createJobcentre(db);
  const consultant = await createStaffUser(db, { jobcentreId: jobcentre.id });
  const manager = await createStaffUser(db, { jobcentreId: jobcentre.id, role: "MANAGER" });
  await db.companyRelationship.create({ data: { jobcentreId: jobcentre.id, companyId: company.id, source: "STAFF" } });
  const day = dateAhead(8);
  const next = dateAhead(60);
  const year = Number(day.iso.slice(0, 4));
  await db.planGoal.create({ data: { jobcentreId: jobcentre.id, year, measure: "COMPANY_VISITS", comparator: "AT_LEAST", target: 450, label: "Virksomhedsbesøg", wording: "450 virksomhedsbesøg om året." } });
  const goalRow = () => page.getByRole("table", { name: /^Planens mål/ }).getByRole("row", { name: /Virksomhedsbesøg/ });

  // 0. Before any visit, the manager sees the goal at none.
  await signInAsStaff(page, manager.email);
  await page.goto(`/ledelse?periode=aar&aar=${year}`);
  await expect(goalRow()).toContainText(`0 i ${year}`);
  await signOut(page);
  await signInAsStaff(page, consultant.email);

  // 1. From the company page, the consultant plans an outreach visit for themself.
  await page.goto(`/virksomheder/${cvr}`);
  const visits = page.getByRole("region", { name: "Besøg" });
  await visits.getByRole("button", { name: "Planlæg besøget" }).click();
  await expect(visits.getByText("Skriv datoen for besøget.").first()).toBeVisible();
  await visits.getByLabel("Opsøgende besøg").check();
  await visits.getByLabel("Dato", { exact: true }).fill(day.typed);
  await visits.getByLabel("Klokkeslæt", { exact: true }).fill("13:30");
  await visits.getByLabel("Formål").fill("Præsentere jobcentrets service og høre om sæsonbehov");
  await visits.getByRole("button", { name: "Planlæg besøget" }).click();
  await expect(page.getByText("Besøget er planlagt")).toBeVisible();
  await expect(page.getByRole("table", { name: "Planlagte besøg" }).getByText("Opsøgende besøg")).toBeVisible();
  await expectAccessible(page);

  // 2. The week of the visit, as a list and as a calendar.
  await page.getByRole("link", { name: "Besøg", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Besøg: Uge/ })).toBeVisible();
  await expectAccessible(page);
  await page.goto(`/besoeg?uge=${isoWeekOf(day.iso)}`);
  await expect(page.getByRole("link", { name: name })).toBeVisible();
  await page.getByRole("link", { name: "Vis som kalender" }).click();
  const calendar = page.getByRole("table", { name: "Ugens besøg efter klokkeslæt" });
  await expect(calendar.getByRole("link", { name: `13:30–14:30 ${name}` })).toBeVisible();
  await expectAccessible(page);

  // 3. The visit is recorded: interest in schemes, a next step and a follow-up visit in two months.
  await calendar.getByRole("link", { name: `13:30–14:30 ${name}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Opsøgende besøg hos ${name}` })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Registrér besøget" }).click();
  await expect(page.getByText("Vælg, hvad besøget førte til.").first()).toBeVisible();
  await page.getByLabel(/Interesse for ordninger/).check();
  await page.getByLabel("Referat").fill("Produktionschefen vil gerne have en praktikant i foråret.");
  await page.getByLabel("Næste skridt").fill("Sende to kandidater til virksomhedspraktik");
  await page.getByLabel("Dato for næste besøg").fill(next.typed);
  await page.getByRole("button", { name: "Registrér besøget" }).click();
  await expect(page.getByText("Besøget er registreret")).toBeVisible();
  await expect(page.getByText("Sende to kandidater til virksomhedspraktik")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: /^Opfølgende besøg,/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Opfølgende besøg hos ${name}` })).toBeVisible();

  // 4. The consultant subscribes: the feed is a calendar with both visits, fetched without signing in.
  await page.goto("/besoeg/kalenderlink");
  await page.getByRole("button", { name: "Lav mit kalenderlink" }).click();
  await expect(page.getByText("Du har fået et nyt kalenderlink")).toBeVisible();
  await expectAccessible(page);
  const url = await page.getByLabel("Dit kalenderlink").inputValue();
  const feed = await request.get(new URL(url).pathname);
  expect(feed.status()).toBe(200);
  expect(feed.headers()["content-type"]).toContain("text/calendar");
  const body = (await feed.text()).replace(/\r\n[ \t]/g, "");
  expect(body.match(new RegExp(`SUMMARY:[^\\r\\n]*${name}`, "g"))).toHaveLength(2);
  expect(body).not.toContain("praktikant");

  // 5. The company's timeline has the visit held and the next one planned.
  await page.goto(`/virksomheder/${cvr}`);
  const timeline = page.getByRole("region", { name: "Tidslinje" });
  await expect(timeline.getByText(/Opsøgende besøg holdt: interesse for ordninger/)).toBeVisible();
  await expect(timeline.getByText(/Opfølgende besøg planlagt/)).toBeVisible();

  // 6. The visit held counts toward the plan's goal, and in the dashboard's table of visits.
  await signOut(page);
  await signInAsStaff(page, manager.email);
  await page.goto(`/ledelse?periode=aar&aar=${year}`);
  await expect(goalRow()).toContainText(`1 i ${year}`);
  const table = page.getByRole("table", { name: /^Virksomhedsbesøg/ });
  await expect(table.getByRole("row", { name: /^Holdte besøg/ })).toContainText("1");
  await expectAccessible(page);
});
