// Campaigns on the real PostgreSQL: the choice by branch, size and area of the jobcentre's own register, never
// a company with advertising protection; the split among consultants; one campaign from a form sent twice (also
// at once); campaign visits planned from the company and their progress; the plan's campaign goal.
import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { campaignCompanyRows, getCampaign, listCampaigns, previewSelection, startCampaign } from "../../app/models/campaign/campaigns.server";
import { getCompanyPage } from "../../app/models/company/register.server";
import { buildDashboard, dashboardScope } from "../../app/models/kpi/dashboard.server";
import { planVisit, recordVisit, getVisit } from "../../app/models/visit/visits.server";
import { newCampaignFormSchema } from "../../app/schemas/campaign";
import { danishToday } from "../../app/schemas/job-order";
import { planVisitFormSchema, recordVisitFormSchema } from "../../app/schemas/visit";
import { addCalendarDays } from "../../app/utils/local-date";
import { createJobcentre, createRegisteredCompany, createStaffUser } from "../factories";
import { prisma, useTestDatabase } from "../support/test-database";

useTestDatabase();

const typed = (iso: string) => iso.split("-").reverse().join("-");
const today = danishToday();

async function setUp() {
  const { jobcentre } = await createJobcentre(prisma);
  const { jobcentre: other } = await createJobcentre(prisma);
  const anne = await createStaffUser(prisma, { jobcentreId: jobcentre.id, name: "Anne" });
  const bo = await createStaffUser(prisma, { jobcentreId: jobcentre.id, name: "Bo" });
  const manager = await createStaffUser(prisma, { jobcentreId: jobcentre.id, role: "MANAGER" });
  const stranger = await createStaffUser(prisma, { jobcentreId: other.id });
  const { companies } = await setUpFor(jobcentre.id);
  // The other jobcentre's company in the same branch: never in this jobcentre's campaign.
  await createRegisteredCompany(prisma, other.id, { name: "Fremmed Byg ApS", postcode: "4640", industryCode: "412000", employeeBand: "E10_19" });
  return { jobcentre, other, anne, bo, manager, stranger, companies };
}

/** The jobcentre's register: four construction companies of 10–19 (one only by its production unit in 4690),
 * one advertising-protected, one too small, one shop. */
async function setUpFor(jobcentreId: string) {
  const building = (name: string, postcode: string, input: Record<string, unknown> = {}) =>
    createRegisteredCompany(prisma, jobcentreId, { name, postcode, industryCode: "412000", industryClassification: "DB25", employeeBand: "E10_19", ...input });
  const companies = {
    north: await building("Nord Byg ApS", "4640"),
    south: await building("Syd Byg ApS", "4690"),
    unit: await building("Enhed Byg ApS", "4000", { productionUnits: { create: { pNumber: String(1_000_000_000 + Math.floor(Math.random() * 8_999_999_999)), name: "Værkstedet", address: "Vej 1", postcode: "4690" } } }),
    later: await building("Østbyg ApS", "4690"),
    protectedOne: await building("Beskyttet Byg ApS", "4640", { advertisingProtected: true }),
    small: await building("Lille Byg ApS", "4640", { employeeBand: "E1" }),
    shop: await building("Butik ApS", "4640", { industryCode: "471100" }),
  };
  return { companies };
}

function campaignForm(consultantIds: string[], overrides: Record<string, unknown> = {}) {
  return newCampaignFormSchema.parse({
    intent: "startCampaign",
    campaignId: crypto.randomUUID(),
    topic: "Byggeriet mangler hænder",
    startsOn: typed(today),
    endsOn: typed(addCalendarDays(today, 60)),
    targetCompanies: "3",
    industryCodes: "41",
    employeeBands: ["E10_19", "E20_49"],
    postcodes: ["4640", "4690"],
    consultantIds,
    ...overrides,
  });
}

describe("choosing a campaign's companies", () => {
  it("chooses by branch, size and area (a production unit's too) in the jobcentre's register, and leaves out advertising protection", async () => {
    const { jobcentre, anne, bo } = await setUp();
    const values = campaignForm([anne.id, bo.id]);
    const preview = await previewSelection(prisma, jobcentre.id, values);
    if (!preview.ok) throw new Error(preview.code);
    expect({ chosen: preview.chosen, protectedLeftOut: preview.protectedLeftOut }).toEqual({ chosen: 4, protectedLeftOut: 1 });
    expect(preview.first.map((c) => c.name)).toEqual(["Enhed Byg ApS", "Nord Byg ApS", "Syd Byg ApS", "Østbyg ApS"]);

    const result = await startCampaign(prisma, { jobcentreId: jobcentre.id, byUserId: anne.id, values });
    expect(result).toEqual({ ok: true, id: values.campaignId });
    const rows = await prisma.campaignCompany.findMany({ where: { campaignId: values.campaignId }, include: { company: true } });
    const byConsultant = (id: string) => rows.filter((r) => r.consultantId === id).map((r) => r.company.name).sort();
    // Neighbours by postcode: Enhed (4000) and Nord (4640) to Anne, the two in 4690 to Bo.
    expect(byConsultant(anne.id)).toEqual(["Enhed Byg ApS", "Nord Byg ApS"]);
    expect(byConsultant(bo.id)).toEqual(["Syd Byg ApS", "Østbyg ApS"]);
  });

  it("chooses by the jobcentre's own focus branches, named on the campaign's page", async () => {
    const { jobcentre, other, anne } = await setUp();
    const branch = await prisma.focusBranch.create({ data: { jobcentreId: jobcentre.id, name: "Bygge og anlæg", industryCodes: ["41", "42", "43"], position: 0 } });
    const theirs = await prisma.focusBranch.create({ data: { jobcentreId: other.id, name: "Handel", industryCodes: ["47"], position: 0 } });
    const values = campaignForm([anne.id], { industryCodes: "", focusBranchIds: [branch.id] });
    const preview = await previewSelection(prisma, jobcentre.id, values);
    expect(preview).toMatchObject({ ok: true, chosen: 4 });
    expect(await previewSelection(prisma, jobcentre.id, { ...values, focusBranchIds: [theirs.id] })).toMatchObject({ ok: false, code: "UNKNOWN_FOCUS_BRANCH", field: "focusBranchIds" });
    expect(await startCampaign(prisma, { jobcentreId: jobcentre.id, byUserId: anne.id, values: { ...values, focusBranchIds: [branch.id, theirs.id] } })).toMatchObject({ ok: false, code: "UNKNOWN_FOCUS_BRANCH" });
    await startCampaign(prisma, { jobcentreId: jobcentre.id, byUserId: anne.id, values: { ...values, industryCodes: ["561010"] } });
    const page = (await getCampaign(prisma, { jobcentreId: jobcentre.id, campaignId: values.campaignId, userId: anne.id, view: "alle", page: 1 }))!;
    expect(page.selection.industryCodes).toBe("Bygge og anlæg (41, 42, 43), 561010");
    // The company page names the branch; a jobcentre without focus branches says nothing of them.
    const { companies } = await setUpFor(jobcentre.id);
    expect((await getCompanyPage(prisma, jobcentre.id, companies.north.cvr))?.company.focusBranch).toBe("Bygge og anlæg");
    expect((await getCompanyPage(prisma, jobcentre.id, companies.shop.cvr))?.company.focusBranch).toBe("Ingen af jobcentrets fokusbrancher");
  });

  it("makes one campaign of a form sent twice, or twice at once", async () => {
    const { jobcentre, anne } = await setUp();
    const values = campaignForm([anne.id]);
    const [a, b] = await Promise.all([0, 1].map(() => startCampaign(prisma, { jobcentreId: jobcentre.id, byUserId: anne.id, values })));
    expect([a, b]).toEqual([{ ok: true, id: values.campaignId }, { ok: true, id: values.campaignId }]);
    expect(await startCampaign(prisma, { jobcentreId: jobcentre.id, byUserId: anne.id, values })).toEqual({ ok: true, id: values.campaignId });
    expect(await prisma.campaign.count({ where: { jobcentreId: jobcentre.id } })).toBe(1);
    expect(await prisma.campaignCompany.count({ where: { campaignId: values.campaignId } })).toBe(4);
  });

  it("refuses another jobcentre's consultant, an empty choice and a target above it, and stores nothing", async () => {
    const { jobcentre, other, anne, stranger } = await setUp();
    expect(await startCampaign(prisma, { jobcentreId: jobcentre.id, byUserId: anne.id, values: campaignForm([anne.id, stranger.id]) })).toMatchObject({
      ok: false,
      code: "UNKNOWN_CONSULTANT",
      field: "consultantIds",
    });
    expect(await startCampaign(prisma, { jobcentreId: jobcentre.id, byUserId: anne.id, values: campaignForm([anne.id], { industryCodes: "99" }) })).toMatchObject({ ok: false, code: "NOTHING_CHOSEN" });
    expect(await startCampaign(prisma, { jobcentreId: jobcentre.id, byUserId: anne.id, values: campaignForm([anne.id], { targetCompanies: "5" }) })).toMatchObject({
      ok: false,
      code: "TARGET_ABOVE_CHOSEN",
      field: "targetCompanies",
    });
    const mine = campaignForm([anne.id]);
    await startCampaign(prisma, { jobcentreId: jobcentre.id, byUserId: anne.id, values: mine });
    // The same form's id from another jobcentre finds nothing of this one's.
    expect(await startCampaign(prisma, { jobcentreId: other.id, byUserId: stranger.id, values: { ...mine, consultantIds: [stranger.id] } })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await prisma.campaign.count({ where: { jobcentreId: { in: [jobcentre.id, other.id] } } })).toBe(1);
  });
});

describe("a campaign's visits", () => {
  const plan = (consultantId: string, campaignId: string | undefined, date = today) => {
    const { intent: _intent, ...visit } = planVisitFormSchema.parse({ intent: "planVisit", kind: "CAMPAIGN", date: typed(date), time: "10:00", consultantId, campaignId });
    return visit;
  };

  it("count toward the target once held; a visit that was not held does not", async () => {
    const { jobcentre, anne, bo, manager, companies } = await setUp();
    const values = campaignForm([anne.id, bo.id], { targetCompanies: "2" });
    await startCampaign(prisma, { jobcentreId: jobcentre.id, byUserId: anne.id, values });
    const held = async (cvr: string, outcome: string) => {
      const planned = await planVisit(prisma, { jobcentreId: jobcentre.id, cvr, byUserId: anne.id, visit: plan(anne.id, values.campaignId) });
      if (!planned.ok) throw new Error(planned.code);
      const visit = (await getVisit(prisma, jobcentre.id, planned.visitId))!;
      const recorded = await recordVisit(prisma, { jobcentreId: jobcentre.id, visitId: planned.visitId, byUserId: anne.id, visit: recordVisitFormSchema.parse({ intent: "recordVisit", version: visit.version, outcome }) });
      expect(recorded.ok).toBe(true);
    };
    await held(companies.north.cvr, "SCHEMES");
    await held(companies.unit.cvr, "NOT_HELD");

    const page = (await getCampaign(prisma, { jobcentreId: jobcentre.id, campaignId: values.campaignId, userId: anne.id, view: "mangler", page: 1 }))!;
    expect({ chosen: page.chosen, visited: page.visited, target: page.target, reached: page.reached }).toEqual({ chosen: 4, visited: 1, target: 2, reached: false });
    expect(page.byConsultant.map((c) => [c.name, c.chosen, c.visited])).toEqual([
      ["Anne", 2, 1],
      ["Bo", 2, 0],
    ]);
    expect(page.outcomes.find((o) => o.outcome === "SCHEMES")?.count).toBe(1);
    expect(page.companies.map((c) => c.name)).toEqual(["Enhed Byg ApS", "Syd Byg ApS", "Østbyg ApS"]);

    await held(companies.south.cvr, "JOB_ORDER");
    expect((await listCampaigns(prisma, jobcentre.id)).map((c) => [c.visited, c.reached])).toEqual([[2, true]]);

    // The plan's goal: campaigns this year that visited their number of companies.
    const year = Number(today.slice(0, 4));
    await prisma.planGoal.create({ data: { jobcentreId: jobcentre.id, year, measure: "CAMPAIGNS", comparator: "AT_LEAST", target: 1, perItemTarget: 2, label: "Kampagner", wording: "1 kampagne med 2 besøg." } });
    const dashboard = await buildDashboard(await dashboardScope(manager, "jobcentre", prisma), { type: "year", year }, new Date(), prisma);
    const goal = dashboard.goals.find((g) => g.measure === "CAMPAIGNS")!;
    expect({ value: goal.value, status: goal.status, href: goal.href }).toEqual({ value: `1 i ${year}`, status: "met", href: "/kampagner" });
    expect(dashboard.tables.campaigns?.rows.map((row) => [row[0]!.text, row[2]!.value, row[3]!.value])).toEqual([["Byggeriet mangler hænder", 2, 2]]);
  });

  it("are refused for a company the campaign did not choose, or another jobcentre's campaign", async () => {
    const { jobcentre, other, anne, stranger, companies } = await setUp();
    const values = campaignForm([anne.id]);
    await startCampaign(prisma, { jobcentreId: jobcentre.id, byUserId: anne.id, values });
    expect(await planVisit(prisma, { jobcentreId: jobcentre.id, cvr: companies.shop.cvr, byUserId: anne.id, visit: plan(anne.id, values.campaignId) })).toMatchObject({ ok: false, code: "UNKNOWN_CAMPAIGN" });
    const theirs = await createRegisteredCompany(prisma, other.id, {});
    expect(await planVisit(prisma, { jobcentreId: other.id, cvr: theirs.cvr, byUserId: stranger.id, visit: plan(stranger.id, values.campaignId) })).toMatchObject({ ok: false, code: "UNKNOWN_CAMPAIGN" });
    expect(await getCampaign(prisma, { jobcentreId: other.id, campaignId: values.campaignId, userId: stranger.id, view: "alle", page: 1 })).toBeNull();
    expect(await campaignCompanyRows(prisma, other.id, values.campaignId)).toBeNull();
    const list = await campaignCompanyRows(prisma, jobcentre.id, values.campaignId);
    expect(list?.rows.map((row) => [row[1], row[6], row[7]])).toEqual([
      ["Enhed Byg ApS", "Anne", "Intet besøg endnu"],
      ["Nord Byg ApS", "Anne", "Intet besøg endnu"],
      ["Syd Byg ApS", "Anne", "Intet besøg endnu"],
      ["Østbyg ApS", "Anne", "Intet besøg endnu"],
    ]);
    expect(await prisma.companyVisit.count({ where: { campaignId: values.campaignId } })).toBe(0);
  });
});
