// A manager follows the plan's goals: the dashboard shows a goal off track, its number opens the orders
// behind it, and the list and a table download as CSV and XLSX whose contents are the page's. The
// manager's jobcentre is the test's own, with a year of history written as the workflows leave it.
import fs from "node:fs";
import { expect, test, type Download } from "@playwright/test";
import ExcelJS from "exceljs";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { GOAL_STATUS_LABELS, OFF_TRACK } from "../../app/domain/kpi/measures";
import { DRILL_DOWN_HEAD, ORDER_SET_LABELS } from "../../app/models/kpi/drill-down.server";
import { parseCsv } from "../../app/utils/csv";
import { generateOrderHistory } from "../../prisma/order-history";
import { createJobcentre, createJobseeker, createStaffUser, uniqueSuffix } from "../factories";
import { database, expectAccessible, signInAsStaff } from "./support";

async function text(download: Download): Promise<string> {
  return fs.readFileSync((await download.path())!, "utf8");
}

test("a manager sees a goal off track, opens the orders behind it and downloads them and a table as CSV and XLSX", async ({ page }) => {
  const db = database();
  const { jobcentre } = await createJobcentre(db);
  const manager = await createStaffUser(db, { jobcentreId: jobcentre.id, role: "MANAGER", name: "Lise Leder" });
  await createStaffUser(db, { jobcentreId: jobcentre.id, name: "Karl Konsulent" });
  for (let i = 0; i < 4; i += 1) await createJobseeker(db, jobcentre.id);
  const year = new Date().getUTCFullYear();
  await generateOrderHistory(db, { jobcentreId: jobcentre.id, from: new Date(Date.UTC(year, 0, 1)), to: new Date(Date.UTC(year, 0, 31)), orders: 30, seed: 3, numberPrefix: `H-E2E${uniqueSuffix()}` });
  // 30 orders in January cannot make 900 in the year: behind, or not met once the year is over.
  await db.planGoal.create({ data: { jobcentreId: jobcentre.id, year, measure: "ORDERS_RECEIVED", comparator: "AT_LEAST", target: 900, label: "Virksomhedsrettet mål", wording: "900 jobordrer i året." } });

  await signInAsStaff(page, manager.email);
  await page.getByRole("link", { name: "Mål og nøgletal" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mål og nøgletal" })).toBeVisible();
  await page.getByLabel("Slags periode").selectOption("aar");
  await page.getByLabel("År", { exact: true }).fill(String(year));
  await page.getByRole("button", { name: "Vis nøgletal" }).click();
  await expect(page).toHaveURL(/periode=aar/);
  await expectAccessible(page);

  const goals = page.getByRole("table", { name: new RegExp(`Planens mål for ${year}`) });
  const goal = goals.getByRole("row", { name: /Virksomhedsrettet mål/ });
  const offTrack = [...OFF_TRACK].map((status) => GOAL_STATUS_LABELS[status]);
  await expect(goal.getByRole("cell").nth(2)).toHaveText(new RegExp(offTrack.join("|")));
  await expect(page.getByRole("img", { name: /Modtagne jobordrer/ })).toBeVisible();

  await goal.getByRole("link", { name: `30 i ${year}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: ORDER_SET_LABELS.received })).toBeVisible();
  await expect(page.getByRole("table").getByRole("row")).toHaveCount(31);
  await expectAccessible(page);

  const [csvDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Hent listen som CSV" }).click()]);
  const csv = parseCsv((await text(csvDownload)).replace(/^\uFEFF/, ""));
  expect(csv.rows[0]!.fields).toEqual(DRILL_DOWN_HEAD);
  expect(csv.rows).toHaveLength(31);

  const [xlsxDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Hent listen som Excel (XLSX)" }).click()]);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile((await xlsxDownload.path())!);
  const sheet = workbook.worksheets[0]!;
  expect(sheet.getRow(1).values).toEqual([undefined, ...DRILL_DOWN_HEAD]);
  expect(sheet.actualRowCount).toBe(31);
  const numbers = csv.rows.slice(1).map((r) => r.fields[0]);
  expect(numbers.every((n) => n!.startsWith("H-E2E"))).toBe(true);

  await page.getByRole("link", { name: "Tilbage til mål og nøgletal" }).click();
  const [tableDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: /Hent tabellen som CSV.*Svar på jobordrer/ }).click()]);
  const answers = parseCsv((await text(tableDownload)).replace(/^\uFEFF/, ""));
  expect(answers.rows[1]!.fields).toEqual(["Modtagne jobordrer", "30"]);
});

test("a manager reads the committee report for the year and downloads it as a tagged PDF with a page per goal", async ({ page }) => {
  const db = database();
  const { jobcentre } = await createJobcentre(db);
  const manager = await createStaffUser(db, { jobcentreId: jobcentre.id, role: "MANAGER" });
  await createStaffUser(db, { jobcentreId: jobcentre.id });
  const year = new Date().getUTCFullYear();
  await generateOrderHistory(db, { jobcentreId: jobcentre.id, from: new Date(Date.UTC(year, 0, 1)), to: new Date(Date.UTC(year, 1, 1)), orders: 12, seed: 5, numberPrefix: `H-RAP${uniqueSuffix()}` });
  await db.planGoal.create({ data: { jobcentreId: jobcentre.id, year, measure: "ORDERS_RECEIVED", comparator: "AT_LEAST", target: 75, label: "Jobordrer i året", wording: "Jobcentret vil indsamle 75 jobordrer." } });
  await db.planGoal.create({ data: { jobcentreId: jobcentre.id, year, measure: "CAMPAIGNS", comparator: "AT_LEAST", target: 3, perItemTarget: 150, label: "Informationskampagner", wording: "3 kampagner, der hver besøger 150 virksomheder." } });

  await signInAsStaff(page, manager.email);
  await page.getByRole("link", { name: "Udvalgsrapport" }).click();
  await page.getByLabel("Slags periode").selectOption("aar");
  await page.getByLabel("År", { exact: true }).fill(String(year));
  await page.getByRole("button", { name: "Vis rapporten" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Jobordrer i året" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Informationskampagner" })).toBeVisible();
  await expectAccessible(page);

  const [download] = await Promise.all([page.waitForEvent("download", { timeout: 60_000 }), page.getByRole("link", { name: "Hent rapporten som PDF" }).click()]);
  const pdf = await getDocument({ data: new Uint8Array(fs.readFileSync((await download.path())!)) }).promise;
  // The overview, one page per goal, the key figures (which may run over more than one page).
  expect(pdf.numPages).toBeGreaterThanOrEqual(4);
  const pageText = async (n: number) => (await (await pdf.getPage(n)).getTextContent()).items.map((item) => ("str" in item ? item.str : "")).join(" ");
  const pages = await Promise.all(Array.from({ length: pdf.numPages }, (_, i) => pageText(i + 1)));
  expect(pages[0]).toContain(String(year));
  // Each goal starts a page of its own, in the plan's wording, with its result: no campaign has begun this year.
  expect(pages[1]).toContain("Jobcentret vil indsamle 75 jobordrer.");
  const campaigns = pages.find((text) => text.includes("3 kampagner, der hver besøger 150 virksomheder."));
  expect(campaigns).toContain(`0 i ${year}`);
  expect(campaigns).toContain(GOAL_STATUS_LABELS.behind);
  const { info } = (await pdf.getMetadata()) as { info: { Language?: string } };
  expect(info.Language).toBe("da");
  // Tagged for screen readers: the pages carry a structure tree.
  expect((await (await pdf.getPage(2)).getStructTree())?.children?.length).toBeGreaterThan(0);
});
