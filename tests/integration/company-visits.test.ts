// Company visits on the real PostgreSQL: planned on a company the jobcentre works with, in the consultant's
// week, recorded with an outcome and a next visit, cancelled; another jobcentre finds none of it; the
// follow-up after a hire stays its order's; the calendar feed carries a consultant's visits behind its link.
import { describe, expect, it } from "vitest";
import { planVisitFormSchema, recordVisitFormSchema } from "../../app/schemas/visit";
import { getCalendarFeedPath, renderCalendarFeed, renewCalendarFeed, stopCalendarFeed } from "../../app/models/visit/calendar-feed.server";
import { cancelVisit, getVisit, getWeek, listCompanyVisits, planVisit, recordVisit } from "../../app/models/visit/visits.server";
import { danishToday } from "../../app/schemas/job-order";
import { addCalendarDays } from "../../app/utils/local-date";
import { isoWeekOf } from "../../app/utils/iso-week";
import { createCompany, createJobcentre, createJobOrderRow, createStaffUser, makeCvr } from "../factories";
import { prisma, useTestDatabase } from "../support/test-database";

useTestDatabase();

const SECRET = "a-test-link-secret-of-enough-length-0123456789";
const inDays = (days: number) => addCalendarDays(danishToday(), days);

async function setUp() {
  const { jobcentre, policy } = await createJobcentre(prisma);
  const { jobcentre: other } = await createJobcentre(prisma);
  const consultant = await createStaffUser(prisma, { jobcentreId: jobcentre.id });
  const colleague = await createStaffUser(prisma, { jobcentreId: jobcentre.id });
  const stranger = await createStaffUser(prisma, { jobcentreId: other.id });
  const company = await createCompany(prisma, { cvr: makeCvr(), name: "Besøg ApS", address: "Havnegade 1", postcode: "4900" });
  await prisma.companyRelationship.create({ data: { jobcentreId: jobcentre.id, companyId: company.id, source: "STAFF" } });
  return { jobcentre, policy, other, consultant, colleague, stranger, company };
}

function planned(fields: Record<string, string>) {
  const { intent: _intent, ...visit } = planVisitFormSchema.parse({ intent: "planVisit", kind: "OUTREACH", time: "10:00", durationMinutes: "90", ...fields });
  return visit;
}

describe("planVisit", () => {
  it("plans a visit at the local time given, in the consultant's week", async () => {
    const { jobcentre, consultant, company } = await setUp();
    const date = inDays(3);
    const result = await planVisit(prisma, { jobcentreId: jobcentre.id, cvr: company.cvr, byUserId: consultant.id, visit: planned({ date, consultantId: consultant.id, purpose: "Præsentere servicen" }) });
    expect(result.ok).toBe(true);
    const week = await getWeek(prisma, { jobcentreId: jobcentre.id, consultantId: consultant.id, week: isoWeekOf(date) });
    const day = week.days.find((d) => d.date === date)!;
    expect(day.visits.map((v) => [v.kind, v.start, v.end, v.state, v.company.cvr, v.purpose])).toEqual([["OUTREACH", "10:00", "11:30", "PLANNED", company.cvr, "Præsentere servicen"]]);
    expect(week.planned).toBe(1);
  });

  it("refuses a company without the jobcentre's relationship, a consultant of another jobcentre and a unit of another company", async () => {
    const { jobcentre, other, consultant, stranger, company } = await setUp();
    const date = inDays(1);
    expect(await planVisit(prisma, { jobcentreId: other.id, cvr: company.cvr, byUserId: stranger.id, visit: planned({ date, consultantId: stranger.id }) })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await planVisit(prisma, { jobcentreId: jobcentre.id, cvr: company.cvr, byUserId: consultant.id, visit: planned({ date, consultantId: stranger.id }) })).toMatchObject({ ok: false, code: "UNKNOWN_CONSULTANT" });
    expect(await planVisit(prisma, { jobcentreId: jobcentre.id, cvr: company.cvr, byUserId: consultant.id, visit: planned({ date, consultantId: consultant.id, pNumber: "1234567890" }) })).toMatchObject({ ok: false, code: "UNKNOWN_UNIT" });
    expect(await prisma.companyVisit.count({ where: { companyId: company.id } })).toBe(0);
  });
});

describe("recordVisit", () => {
  async function plannedVisit() {
    const setup = await setUp();
    const result = await planVisit(prisma, { jobcentreId: setup.jobcentre.id, cvr: setup.company.cvr, byUserId: setup.consultant.id, visit: planned({ date: inDays(-1), consultantId: setup.consultant.id }) });
    if (!result.ok) throw new Error(result.code);
    const visit = (await getVisit(prisma, setup.jobcentre.id, result.visitId))!;
    return { ...setup, visit };
  }
  const record = (version: string, fields: Record<string, string> = {}) => recordVisitFormSchema.parse({ intent: "recordVisit", version, outcome: "SCHEMES", note: "Talte om praktik", nextStep: "Sende to kandidater", ...fields });

  it("records the outcome and plans the next visit as a follow-up by the same consultant", async () => {
    const { jobcentre, consultant, colleague, company, visit } = await plannedVisit();
    const nextDate = inDays(30);
    const result = await recordVisit(prisma, { jobcentreId: jobcentre.id, visitId: visit.id, byUserId: colleague.id, visit: record(visit.version, { nextVisitDate: nextDate }) });
    expect(result.ok).toBe(true);
    const done = (await getVisit(prisma, jobcentre.id, visit.id))!;
    expect(done).toMatchObject({ state: "DONE", outcome: "SCHEMES", note: "Talte om praktik", nextStep: "Sende to kandidater", doneBy: colleague.name });
    const next = (await getVisit(prisma, jobcentre.id, done.nextVisit!.id))!;
    expect(next).toMatchObject({ kind: "FOLLOW_UP", state: "PLANNED", date: nextDate, start: "10:00", purpose: "Sende to kandidater", consultant: { id: consultant.id } });
    expect(next.previousVisit?.id).toBe(visit.id);
    const visits = await listCompanyVisits(prisma, jobcentre.id, company.cvr);
    expect([visits.planned.map((v) => v.id), visits.past.map((v) => v.id)]).toEqual([[next.id], [visit.id]]);
  });

  it("refuses a form older than a colleague's change, and a visit recorded already", async () => {
    const { jobcentre, consultant, visit } = await plannedVisit();
    expect(await recordVisit(prisma, { jobcentreId: jobcentre.id, visitId: visit.id, byUserId: consultant.id, visit: record("2020-01-01T00:00:00.000Z") })).toMatchObject({ ok: false, code: "STALE" });
    expect((await recordVisit(prisma, { jobcentreId: jobcentre.id, visitId: visit.id, byUserId: consultant.id, visit: record(visit.version) })).ok).toBe(true);
    expect(await recordVisit(prisma, { jobcentreId: jobcentre.id, visitId: visit.id, byUserId: consultant.id, visit: record(visit.version) })).toMatchObject({ ok: false, code: "NOT_PLANNED" });
    expect(await cancelVisit(prisma, { jobcentreId: jobcentre.id, visitId: visit.id, version: visit.version })).toMatchObject({ ok: false, code: "NOT_PLANNED" });
  });

  it("refuses a next visit before the visit itself", async () => {
    const { jobcentre, consultant, visit } = await plannedVisit();
    const result = await recordVisit(prisma, { jobcentreId: jobcentre.id, visitId: visit.id, byUserId: consultant.id, visit: record(visit.version, { nextVisitDate: inDays(-1), nextVisitTime: "09:00" }) });
    expect(result).toMatchObject({ ok: false, code: "NEXT_BEFORE_VISIT" });
    expect((await getVisit(prisma, jobcentre.id, visit.id))!.state).toBe("PLANNED");
  });

  it("finds nothing of another jobcentre's visit", async () => {
    const { other, stranger, visit } = await plannedVisit();
    expect(await getVisit(prisma, other.id, visit.id)).toBeNull();
    expect(await recordVisit(prisma, { jobcentreId: other.id, visitId: visit.id, byUserId: stranger.id, visit: record(visit.version) })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await cancelVisit(prisma, { jobcentreId: other.id, visitId: visit.id, version: visit.version })).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });

  it("leaves the follow-up after a hire to its order's task", async () => {
    const { jobcentre, policy, consultant, company } = await setUp();
    const row = await createJobOrderRow(prisma, { jobcentreId: jobcentre.id, policyId: policy.id, companyId: company.id });
    const task = await prisma.task.create({ data: { orderId: row.id, jobcentreId: jobcentre.id, kind: "FOLLOW_UP", dueAt: new Date(), createdAt: new Date(), key: `follow-up-${row.id}-${Date.now()}` } });
    const visit = await prisma.companyVisit.create({ data: { companyId: company.id, jobcentreId: jobcentre.id, kind: "AFTER_HIRE", taskId: task.id, consultantId: consultant.id, plannedFor: new Date() } });
    expect(await recordVisit(prisma, { jobcentreId: jobcentre.id, visitId: visit.id, byUserId: consultant.id, visit: record(visit.updatedAt.toISOString()) })).toMatchObject({ ok: false, code: "RECORDED_ON_ORDER" });
    expect(await cancelVisit(prisma, { jobcentreId: jobcentre.id, visitId: visit.id, version: visit.updatedAt.toISOString() })).toMatchObject({ ok: false, code: "RECORDED_ON_ORDER" });
  });
});

describe("the calendar feed", () => {
  it("carries the consultant's visits, cancelled ones as cancelled, and ends with a new link or a stop", async () => {
    const { jobcentre, consultant, colleague, company } = await setUp();
    const mine = await planVisit(prisma, { jobcentreId: jobcentre.id, cvr: company.cvr, byUserId: consultant.id, visit: planned({ date: inDays(2), consultantId: consultant.id, purpose: "Kaffe og CV'er" }) });
    const theirs = await planVisit(prisma, { jobcentreId: jobcentre.id, cvr: company.cvr, byUserId: colleague.id, visit: planned({ date: inDays(2), consultantId: colleague.id }) });
    const cancelled = await planVisit(prisma, { jobcentreId: jobcentre.id, cvr: company.cvr, byUserId: consultant.id, visit: planned({ date: inDays(4), consultantId: consultant.id }) });
    if (!mine.ok || !theirs.ok || !cancelled.ok) throw new Error("not planned");
    const toCancel = (await getVisit(prisma, jobcentre.id, cancelled.visitId))!;
    expect((await cancelVisit(prisma, { jobcentreId: jobcentre.id, visitId: toCancel.id, version: toCancel.version })).ok).toBe(true);

    expect(await getCalendarFeedPath(prisma, SECRET, consultant.id)).toBeNull();
    await renewCalendarFeed(prisma, consultant.id);
    const path = (await getCalendarFeedPath(prisma, SECRET, consultant.id))!;
    const feed = path.split("/").pop()!;
    // Unfolded: iCalendar folds lines at 75 octets.
    const body = (await renderCalendarFeed(prisma, { secret: SECRET, feed, publicUrl: "https://portal.example" }))!.replace(/\r\n[ \t]/g, "");
    const events = body.split("BEGIN:VEVENT").slice(1);
    expect(events.map((e) => /UID:([^\r\n]+)/.exec(e)![1]).sort()).toEqual([`${mine.visitId}@besoeg`, `${cancelled.visitId}@besoeg`].sort());
    expect(events.find((e) => e.includes(cancelled.visitId))).toContain("STATUS:CANCELLED");
    expect(body).toContain(`https://portal.example/besoeg/${mine.visitId}`);
    expect(body).not.toContain(theirs.visitId);

    // Another secret, another user's id with this token, a renewed key, a stopped feed: none is a feed.
    expect(await renderCalendarFeed(prisma, { secret: `${SECRET}x`, feed, publicUrl: "https://portal.example" })).toBeNull();
    expect(await renderCalendarFeed(prisma, { secret: SECRET, feed: feed.replace(consultant.id, colleague.id), publicUrl: "https://portal.example" })).toBeNull();
    await renewCalendarFeed(prisma, consultant.id);
    expect(await renderCalendarFeed(prisma, { secret: SECRET, feed, publicUrl: "https://portal.example" })).toBeNull();
    const renewed = (await getCalendarFeedPath(prisma, SECRET, consultant.id))!.split("/").pop()!;
    expect(await renderCalendarFeed(prisma, { secret: SECRET, feed: renewed, publicUrl: "https://portal.example" })).not.toBeNull();
    await stopCalendarFeed(prisma, consultant.id);
    expect(await renderCalendarFeed(prisma, { secret: SECRET, feed: renewed, publicUrl: "https://portal.example" })).toBeNull();
  });
});

describe("visitFigures", () => {
  it("counts held visits by the date they took place, by kind and outcome, and leaves out those not held", async () => {
    const { jobcentre, consultant, colleague, company } = await setUp();
    const { visitFigures, visitsHeldInYear } = await import("../../app/models/kpi/visit-figures.server");
    const at = (iso: string) => new Date(iso);
    const base = { companyId: company.id, jobcentreId: jobcentre.id };
    await prisma.companyVisit.createMany({
      data: [
        { ...base, kind: "OUTREACH", consultantId: consultant.id, plannedFor: at("2026-03-02T09:00:00Z"), doneAt: at("2026-03-10T09:00:00Z"), outcome: "JOB_ORDER" },
        { ...base, kind: "RETENTION", consultantId: colleague.id, plannedFor: at("2026-03-03T09:00:00Z"), doneAt: at("2026-03-03T12:00:00Z"), outcome: "RETENTION_AGREED" },
        { ...base, kind: "OUTREACH", consultantId: consultant.id, plannedFor: at("2026-03-04T09:00:00Z"), doneAt: at("2026-03-04T12:00:00Z"), outcome: "NOT_HELD" },
        { ...base, kind: "CAMPAIGN", consultantId: consultant.id, plannedFor: at("2026-03-05T09:00:00Z"), cancelledAt: at("2026-03-01T09:00:00Z") },
        // Held at 23:30 on the last evening of February in Copenhagen (22:30 UTC): February's, not March's.
        { ...base, kind: "OUTREACH", consultantId: consultant.id, plannedFor: at("2026-02-28T22:30:00Z"), doneAt: at("2026-03-01T08:00:00Z"), outcome: "NO_NEED" },
      ],
    });
    const march = { from: "2026-03-01", to: "2026-03-31" };
    const figures = await visitFigures({ jobcentreIds: [jobcentre.id] }, march, at("2026-02-01T00:00:00Z"), prisma);
    expect({ held: figures.held, companies: figures.companies, cancelled: figures.cancelled }).toEqual({ held: 2, companies: 1, cancelled: 1 });
    expect(Object.fromEntries(figures.byKind)).toEqual({ OUTREACH: 1, RETENTION: 1, CAMPAIGN: 0 });
    expect(Object.fromEntries(figures.byOutcome)).toEqual({ JOB_ORDER: 1, RETENTION_AGREED: 1 });
    const mine = await visitFigures({ jobcentreIds: [jobcentre.id], assigneeId: consultant.id }, march, at("2026-02-01T00:00:00Z"), prisma);
    expect(mine.held).toBe(1);
    expect(await visitsHeldInYear({ jobcentreIds: [jobcentre.id] }, 2026, prisma)).toBe(3);
    expect(await visitsHeldInYear({ jobcentreIds: [jobcentre.id] }, 2025, prisma)).toBe(0);
  });
});

describe("the held visits behind the visit count", () => {
  it("lists the visits the count counts, in the viewer's scope, without their notes, and downloads them all", async () => {
    const { jobcentre, consultant, colleague, stranger, company } = await setUp();
    const manager = await createStaffUser(prisma, { jobcentreId: jobcentre.id, role: "MANAGER" });
    const { dashboardScope } = await import("../../app/models/kpi/dashboard.server");
    const { requireVisitDrillDown, visitListPage, visitListRows } = await import("../../app/models/kpi/visit-drill-down.server");
    const base = { companyId: company.id, jobcentreId: jobcentre.id, kind: "OUTREACH" as const };
    await prisma.companyVisit.createMany({
      data: [
        { ...base, consultantId: consultant.id, plannedFor: new Date("2026-04-01T07:00:00Z"), doneAt: new Date("2026-04-01T09:00:00Z"), outcome: "SCHEMES", note: "Fortroligt om en medarbejder", nextStep: "Sende praktikant" },
        { ...base, consultantId: colleague.id, plannedFor: new Date("2026-04-02T07:00:00Z"), doneAt: new Date("2026-04-02T09:00:00Z"), outcome: "NO_NEED" },
        { ...base, consultantId: consultant.id, plannedFor: new Date("2026-04-03T07:00:00Z"), doneAt: new Date("2026-04-03T09:00:00Z"), outcome: "NOT_HELD" },
        { ...base, consultantId: consultant.id, plannedFor: new Date("2026-04-04T07:00:00Z") },
      ],
    });
    const params = new URLSearchParams({ fra: "2026-04-01", til: "2026-04-30" });
    const leads = await dashboardScope(manager, "jobcentre", prisma);
    const filter = await requireVisitDrillDown(leads, params, prisma);
    const page = await visitListPage(leads, filter, prisma);
    expect(page.total).toBe(2);
    expect(page.rows.map((r) => r.cells)).toEqual([
      ["2026-04-01 09:00", "Besøg ApS", company.cvr, "Opsøgende besøg", consultant.name, "Interesse for ordninger (praktik, løntilskud, fleksjob, voksenlærling)", "Sende praktikant"],
      ["2026-04-02 09:00", "Besøg ApS", company.cvr, "Opsøgende besøg", colleague.name, "Intet behov nu", ""],
    ]);
    const rows: unknown[][] = [];
    for await (const row of visitListRows(leads, filter, prisma)) rows.push(row);
    expect(rows).toHaveLength(2);
    expect(JSON.stringify(rows)).not.toContain("Fortroligt");

    // A consultant sees their own; a colleague id from another jobcentre is not found.
    const own = await dashboardScope(consultant, "jobcentre", prisma);
    expect((await visitListPage(own, await requireVisitDrillDown(own, params, prisma), prisma)).total).toBe(1);
    const foreign = new URLSearchParams({ ...Object.fromEntries(params), konsulent: stranger.id });
    await expect(requireVisitDrillDown(leads, foreign, prisma)).rejects.toMatchObject({ status: 404 });
    await expect(requireVisitDrillDown(leads, new URLSearchParams({ fra: "2026-05-01", til: "2026-04-01" }), prisma)).rejects.toMatchObject({ status: 400 });
  });
});

