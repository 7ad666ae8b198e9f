// The orders behind a number of the dashboard: the same scope and the same order-set predicate as the
// figure (figures.server.ts), as a page of 50 for the screen and as a keyset-paged stream for the exports.
import type { JobOrderKind, JobOrderOutcome, JobOrderStatus, PrismaClient, ReferralStatus } from "@prisma/client";
import { Prisma } from "@prisma/client";
import { describePeriod } from "~/domain/kpi/periods";
import { compliancePeriodSchema } from "~/schemas/compliance";
import { drillDownSchema, type KindFilter, type OrderSet } from "~/schemas/dashboard";
import { JOB_ORDER_KIND_LABELS } from "~/schemas/job-order";
import { getPrisma } from "~/utils/db.server";
import { JOB_ORDER_OUTCOME_LABELS, JOB_ORDER_STATUS_LABELS, REFERRAL_STATUS_LABELS } from "~/utils/labels";
import type { ExportValue } from "~/utils/table-export.server";
import type { DashboardScope } from "./dashboard.server";
import { NOW_SETS, orderScopeSql, orderSetSql, periodInstants, ZONE } from "./figures.server";
import { instantSql } from "~/utils/sql.server";

/** "2026-03-02 09:00" in Copenhagen, formatted by PostgreSQL: sorts as text, and spreadsheets read it as a time. */
function stampSql(column: string): Prisma.Sql {
  return Prisma.sql`coalesce(to_char(${Prisma.raw(`o."${column}"`)} AT TIME ZONE 'UTC' AT TIME ZONE ${ZONE}, 'YYYY-MM-DD HH24:MI'), '') AS ${Prisma.raw(`"${column}Text"`)}`;
}

export const DRILL_DOWN_PAGE_SIZE = 50;
const EXPORT_BATCH = 1000;

export const ORDER_SET_LABELS: Record<OrderSet, string> = {
  received: "Modtagne jobordrer",
  answered: "Besvarede jobordrer",
  answeredOnTime: "Jobordrer besvaret inden for svarfristen",
  answeredLate: "Jobordrer besvaret efter svarfristen",
  openOverdue: "Jobordrer uden svar, hvor svarfristen er overskredet",
  openWithinDeadline: "Jobordrer uden svar inden for svarfristen",
  closedUnanswered: "Jobordrer afsluttet uden svar",
  referred: "Jobordrer med henvisning",
  notReferred: "Jobordrer uden henvisning",
  hired: "Jobordrer med en ansættelse",
  referredNotHired: "Jobordrer med henvisning uden ansættelse",
  ended: "Afsluttede jobordrer (eller med ansættelse)",
  endedWithoutHire: "Afsluttede jobordrer uden ansættelse",
  awaitingAnswer: "Jobordrer, der venter på svar nu",
  overdueNow: "Jobordrer, hvor svarfristen er overskredet nu",
};

export type DrillDownFilter = { set: OrderSet; period: { from: string; to: string }; kind: KindFilter; assigneeId: string | null; page: number };

export type DrillDownParse =
  | { ok: true; filter: DrillDownFilter }
  | { ok: false; status: 400 | 404; errors: Record<string, string[] | undefined> };

/**
 * The drill-down's filters from its URL, for a viewer's scope: a consultant id must be a colleague of the
 * viewer's own jobcentre (else not found), and a consultant who sees their own figures sees only their own.
 */
export async function parseDrillDown(ds: DashboardScope, params: URLSearchParams, prisma: PrismaClient = getPrisma()): Promise<DrillDownParse> {
  const raw = Object.fromEntries([...params].filter(([k]) => ["fra", "til", "maengde", "art", "konsulent", "side"].includes(k)));
  const parsed = drillDownSchema.safeParse(raw);
  if (!parsed.success) {
    const errors = parsed.error.flatten().fieldErrors;
    // A konsulent that is not an id at all cannot be anyone's.
    return { ok: false, status: errors.konsulent ? 404 : 400, errors };
  }
  const period = compliancePeriodSchema.safeParse({ fra: parsed.data.fra, til: parsed.data.til });
  if (!period.success) return { ok: false, status: 400, errors: period.error.flatten().fieldErrors };
  if (ds.area === "region") return { ok: false, status: 404, errors: {} };
  const assigneeId = await consultantFilterOf(ds, parsed.data.konsulent ?? null, prisma);
  if (assigneeId === NOT_A_COLLEAGUE) return { ok: false, status: 404, errors: {} };
  return { ok: true, filter: { set: parsed.data.maengde, period: { from: period.data.fra, to: period.data.til }, kind: parsed.data.art, assigneeId, page: parsed.data.side } };
}

export const NOT_A_COLLEAGUE = Symbol("not a colleague");

/**
 * The consultant a list is narrowed to: one of the viewer's jobcentre (another's is not found), and for a
 * consultant who sees their own figures, always themself.
 */
export async function consultantFilterOf(ds: DashboardScope, consultantId: string | null, prisma: PrismaClient = getPrisma()): Promise<string | null | typeof NOT_A_COLLEAGUE> {
  if (ds.own) return consultantId && consultantId !== ds.scope.assigneeId ? NOT_A_COLLEAGUE : (ds.scope.assigneeId ?? null);
  if (consultantId && (await prisma.user.count({ where: { id: consultantId, jobcentreId: ds.jobcentre.id } })) === 0) return NOT_A_COLLEAGUE;
  return consultantId;
}

type OrderListRow = {
  id: string;
  jobcentreId: string;
  number: string;
  receivedAt: Date;
  receivedAtText: string;
  dueAtText: string;
  answeredAtText: string;
  referredAtText: string;
  companyName: string;
  cvr: string;
  title: string;
  kind: JobOrderKind;
  positions: number;
  assigneeName: string | null;
  status: JobOrderStatus;
  dueAt: Date | null;
  answeredAt: Date | null;
  answeredOnTime: boolean | null;
  referredAt: Date | null;
  hires: number;
  outcome: JobOrderOutcome | null;
};

function whereOf(ds: DashboardScope, filter: DrillDownFilter, now: Date): Prisma.Sql {
  const scope = { jobcentreIds: ds.scope.jobcentreIds, assigneeId: filter.assigneeId };
  const period = NOW_SETS.has(filter.set) ? null : filter.period;
  return Prisma.sql`${orderScopeSql({ scope, period, kind: filter.kind, now })} AND ${orderSetSql(filter.set, now)}`;
}

const SELECT = Prisma.sql`
  SELECT o."id", o."jobcentreId", o."number", o."receivedAt", c."name" AS "companyName", c."cvr", o."title", o."kind", o."positions",
    u."name" AS "assigneeName", o."status", o."dueAt", o."answeredAt", o."answeredOnTime", o."referredAt", o."hires", o."outcome",
    ${stampSql("receivedAt")}, ${stampSql("dueAt")}, ${stampSql("answeredAt")}, ${stampSql("referredAt")}
  FROM "JobOrder" o JOIN "Company" c ON c."id" = o."companyId" LEFT JOIN "User" u ON u."id" = o."assigneeId"`;

export const DRILL_DOWN_HEAD = ["Jobordre", "Modtaget", "Virksomhed", "CVR", "Titel", "Slags", "Stillinger", "Konsulent", "Status", "Svarfrist", "Besvaret", "Til tiden", "Henvist", "Ansatte", "Udfald"];

function exportRow(r: OrderListRow): ExportValue[] {
  return [
    r.number,
    r.receivedAtText,
    r.companyName,
    r.cvr,
    r.title,
    JOB_ORDER_KIND_LABELS[r.kind],
    r.positions,
    r.assigneeName ?? "Ikke tildelt",
    JOB_ORDER_STATUS_LABELS[r.status],
    r.dueAtText,
    r.answeredAtText,
    r.answeredAt ? (r.answeredOnTime === false ? "nej" : "ja") : "",
    r.referredAtText,
    r.hires,
    r.outcome ? JOB_ORDER_OUTCOME_LABELS[r.outcome] : "",
  ];
}

/** One page of the orders behind a number, with how many there are. */
export async function drillDownPage(ds: DashboardScope, filter: DrillDownFilter, now: Date, prisma: PrismaClient = getPrisma()) {
  const where = whereOf(ds, filter, now);
  const [rows, [count]] = await Promise.all([
    prisma.$queryRaw<OrderListRow[]>`${SELECT} WHERE ${where} ORDER BY o."receivedAt", o."id" LIMIT ${DRILL_DOWN_PAGE_SIZE} OFFSET ${(filter.page - 1) * DRILL_DOWN_PAGE_SIZE}`,
    prisma.$queryRaw<Array<{ n: number }>>`SELECT count(*)::int AS n FROM "JobOrder" o WHERE ${where}`,
  ]);
  const total = count!.n;
  const pages = Math.max(1, Math.ceil(total / DRILL_DOWN_PAGE_SIZE));
  return {
    title: ORDER_SET_LABELS[filter.set],
    periodText: NOW_SETS.has(filter.set) ? "lige nu" : `modtaget ${describePeriod({ type: "range", from: filter.period.from, to: filter.period.to })}`,
    kindText: filter.kind === "ALL" ? null : JOB_ORDER_KIND_LABELS[filter.kind],
    total,
    page: Math.min(filter.page, pages),
    pages,
    head: DRILL_DOWN_HEAD,
    rows: rows.map((r) => ({ number: r.number, cells: exportRow(r).map((v) => (v === null ? "" : typeof v === "number" ? v.toLocaleString("da-DK") : String(v))) })),
  };
}

/**
 * Every order behind a number, in batches over (jobcentre, receivedAt, id), the order of the index
 * JobOrder(jobcentreId, receivedAt, id), so each batch reads on where the last one stopped.
 */
export async function* drillDownRows(ds: DashboardScope, filter: DrillDownFilter, now: Date, prisma: PrismaClient = getPrisma()): AsyncIterable<ExportValue[]> {
  const where = whereOf(ds, filter, now);
  let after: { jobcentreId: string; receivedAt: Date; id: string } | null = null;
  for (;;) {
    const keyset: Prisma.Sql = after ? Prisma.sql`AND (o."jobcentreId", o."receivedAt", o."id") > (${after.jobcentreId}, ${instantSql(after.receivedAt)}, ${after.id})` : Prisma.empty;
    const batch: OrderListRow[] = await prisma.$queryRaw<OrderListRow[]>`${SELECT} WHERE ${where} ${keyset} ORDER BY o."jobcentreId", o."receivedAt", o."id" LIMIT ${EXPORT_BATCH}`;
    for (const row of batch) yield exportRow(row);
    if (batch.length < EXPORT_BATCH) return;
    const last = batch[batch.length - 1]!;
    after = { jobcentreId: last.jobcentreId, receivedAt: last.receivedAt, id: last.id };
  }
}

// --- the survey answers behind the satisfaction figures --------------------------------------------

export const SURVEY_SETS = ["answered", "unanswered", "sent"] as const;
export type SurveySet = (typeof SURVEY_SETS)[number];

export const SURVEY_SET_LABELS: Record<SurveySet, string> = {
  answered: "Besvarede tilfredshedsundersøgelser",
  unanswered: "Ubesvarede tilfredshedsundersøgelser, hvor svarfristen er udløbet",
  sent: "Sendte tilfredshedsundersøgelser",
};

export const SURVEY_LIST_HEAD = ["Jobordre", "Virksomhed", "Sendt", "Besvaret", "Servicen", "Kommunikationen", "Informationen", "Vil anbefale", "Kommentar"];

type SurveyListRow = {
  number: string;
  companyName: string;
  sentAtText: string;
  answeredAtText: string;
  serviceScore: number | null;
  communicationScore: number | null;
  informedScore: number | null;
  wouldRecommend: boolean | null;
  comment: string | null;
};

function surveyWhere(ds: DashboardScope, set: SurveySet, period: { from: string; to: string }, now: Date): Prisma.Sql {
  const { start, end } = periodInstants(period);
  const assignee = ds.scope.assigneeId ? Prisma.sql`AND o."assigneeId" = ${ds.scope.assigneeId}` : Prisma.empty;
  const which =
    set === "answered" ? Prisma.sql`AND s."answeredAt" IS NOT NULL` : set === "unanswered" ? Prisma.sql`AND s."answeredAt" IS NULL AND s."closesAt" <= ${instantSql(now)}` : Prisma.empty;
  return Prisma.sql`s."jobcentreId" IN (${Prisma.join(ds.scope.jobcentreIds)}) ${assignee} AND s."sentAt" >= ${instantSql(start)} AND s."sentAt" < ${instantSql(end)} ${which}`;
}

const SURVEY_SELECT = Prisma.sql`
  SELECT o."number", c."name" AS "companyName",
    to_char(s."sentAt" AT TIME ZONE 'UTC' AT TIME ZONE ${ZONE}, 'YYYY-MM-DD HH24:MI') AS "sentAtText",
    coalesce(to_char(s."answeredAt" AT TIME ZONE 'UTC' AT TIME ZONE ${ZONE}, 'YYYY-MM-DD HH24:MI'), '') AS "answeredAtText",
    s."serviceScore", s."communicationScore", s."informedScore", s."wouldRecommend", s."comment"
  FROM "SatisfactionSurvey" s JOIN "JobOrder" o ON o."id" = s."orderId" JOIN "Company" c ON c."id" = o."companyId"`;

function surveyExportRow(r: SurveyListRow): ExportValue[] {
  return [r.number, r.companyName, r.sentAtText, r.answeredAtText, r.serviceScore, r.communicationScore, r.informedScore, r.wouldRecommend === null ? "" : r.wouldRecommend ? "ja" : "nej", r.comment ?? ""];
}

/** The survey list's filters from its URL (the period and which surveys); null when they cannot be read. */
export function parseSurveyList(ds: DashboardScope, params: URLSearchParams): { set: SurveySet; period: { from: string; to: string }; page: number } | null {
  if (ds.area === "region") return null;
  const period = compliancePeriodSchema.safeParse({ fra: params.get("fra") ?? "", til: params.get("til") ?? "" });
  const set = params.get("svar") ?? "answered";
  const page = Number(params.get("side") ?? "1");
  if (!period.success || !(SURVEY_SETS as readonly string[]).includes(set) || !Number.isInteger(page) || page < 1 || page > 100_000) return null;
  return { set: set as SurveySet, period: { from: period.data.fra, to: period.data.til }, page };
}

export async function surveyListPage(ds: DashboardScope, filter: { set: SurveySet; period: { from: string; to: string }; page: number }, now: Date, prisma: PrismaClient = getPrisma()) {
  const where = surveyWhere(ds, filter.set, filter.period, now);
  const [rows, [count]] = await Promise.all([
    prisma.$queryRaw<SurveyListRow[]>`${SURVEY_SELECT} WHERE ${where} ORDER BY s."sentAt", s."orderId" LIMIT ${DRILL_DOWN_PAGE_SIZE} OFFSET ${(filter.page - 1) * DRILL_DOWN_PAGE_SIZE}`,
    prisma.$queryRaw<Array<{ n: number }>>`SELECT count(*)::int AS n FROM "SatisfactionSurvey" s JOIN "JobOrder" o ON o."id" = s."orderId" WHERE ${where}`,
  ]);
  const total = count!.n;
  const pages = Math.max(1, Math.ceil(total / DRILL_DOWN_PAGE_SIZE));
  return {
    title: SURVEY_SET_LABELS[filter.set],
    periodText: `sendt ${describePeriod({ type: "range", from: filter.period.from, to: filter.period.to })}`,
    total,
    page: Math.min(filter.page, pages),
    pages,
    head: SURVEY_LIST_HEAD,
    rows: rows.map((r) => ({ number: r.number, cells: surveyExportRow(r).map((v) => (v === null ? "–" : String(v))) })),
  };
}

/** Every survey of the list, for the downloads, in batches (a jobcentre sends some thousands a year, so offsets stay small). */
export async function* surveyListRows(ds: DashboardScope, filter: { set: SurveySet; period: { from: string; to: string } }, now: Date, prisma: PrismaClient = getPrisma()): AsyncIterable<ExportValue[]> {
  let offset = 0;
  for (;;) {
    const batch = await prisma.$queryRaw<SurveyListRow[]>`${SURVEY_SELECT} WHERE ${surveyWhere(ds, filter.set, filter.period, now)} ORDER BY s."sentAt", s."orderId" LIMIT ${EXPORT_BATCH} OFFSET ${offset}`;
    for (const row of batch) yield surveyExportRow(row);
    if (batch.length < EXPORT_BATCH) return;
    offset += EXPORT_BATCH;
  }
}

// --- the referrals behind the referral and hire figures ------------------------------------------------


/** Order sets whose orders have referrals to list (the others have none, or none that count). */
export const REFERRAL_LIST_SETS: ReadonlySet<OrderSet> = new Set(["referred", "hired", "referredNotHired"]);

/**
 * The filter of a list behind a number for a route that has no page of its own to show errors on (the
 * downloads, the referral list): not found, or a Danish 400, as a thrown Response.
 */
export async function requireDrillDown(ds: DashboardScope, params: URLSearchParams, list: "orders" | "referrals"): Promise<DrillDownFilter> {
  const parsed = await parseDrillDown(ds, params);
  if (parsed.ok && (list === "orders" || REFERRAL_LIST_SETS.has(parsed.filter.set))) return parsed.filter;
  const notFound = parsed.ok || parsed.status === 404;
  throw new Response(notFound ? "Ikke fundet" : "Listen kan ikke vises med de valgte filtre.", { status: notFound ? 404 : 400 });
}

export const REFERRAL_LIST_LABELS: Partial<Record<OrderSet, string>> = {
  referred: "Kandidater henvist til jobordrerne",
  hired: "Kandidater ansat gennem jobordrerne",
  referredNotHired: "Kandidater henvist til jobordrer uden ansættelse",
};

// The jobseeker is named by the jobcentre's own reference, not by name: the figures need no more, and a
// list that is downloaded should carry as little personal data as it can.
export const REFERRAL_LIST_HEAD = ["Jobordre", "Modtaget", "Virksomhed", "Titel", "Slags", "Konsulent", "Kandidatens reference", "Delt med virksomheden", "Status nu", "Startdato", "Henvist af"];

type ReferralListRow = {
  number: string;
  receivedAtText: string;
  companyName: string;
  title: string;
  kind: JobOrderKind;
  assigneeName: string | null;
  externalRef: string;
  sharedAtText: string;
  status: ReferralStatus;
  startDateText: string;
  createdByName: string | null;
  jobcentreId: string;
  receivedAt: Date;
  orderId: string;
  referralId: string;
};

function referralWhere(ds: DashboardScope, filter: DrillDownFilter, now: Date): Prisma.Sql {
  // A hire is counted by the referral's status now (JobOrder.hires); a referral by having been shared, even if withdrawn later.
  const which =
    filter.set === "hired"
      ? Prisma.sql`r."status" = 'HIRED'`
      : Prisma.sql`EXISTS (SELECT 1 FROM "ReferralEvent" e WHERE e."referralId" = r."id" AND e."status" = 'SHARED')`;
  return Prisma.sql`${whereOf(ds, filter, now)} AND ${which}`;
}

const REFERRAL_SELECT = Prisma.sql`
  SELECT o."number", o."jobcentreId", o."receivedAt", o."id" AS "orderId", r."id" AS "referralId",
    ${stampSql("receivedAt")}, c."name" AS "companyName", o."title", o."kind", u."name" AS "assigneeName",
    j."externalRef", coalesce(to_char((SELECT min(e."at") FROM "ReferralEvent" e WHERE e."referralId" = r."id" AND e."status" = 'SHARED') AT TIME ZONE 'UTC' AT TIME ZONE ${ZONE}, 'YYYY-MM-DD HH24:MI'), '') AS "sharedAtText",
    r."status", coalesce(to_char(r."startDate", 'YYYY-MM-DD'), '') AS "startDateText", cb."name" AS "createdByName"
  FROM "Referral" r JOIN "JobOrder" o ON o."id" = r."orderId" JOIN "Company" c ON c."id" = o."companyId"
    JOIN "Jobseeker" j ON j."id" = r."jobseekerId" LEFT JOIN "User" u ON u."id" = o."assigneeId" LEFT JOIN "User" cb ON cb."id" = r."createdById"`;

function referralExportRow(r: ReferralListRow): ExportValue[] {
  return [
    r.number,
    r.receivedAtText,
    r.companyName,
    r.title,
    JOB_ORDER_KIND_LABELS[r.kind],
    r.assigneeName ?? "Ikke tildelt",
    r.externalRef,
    r.sharedAtText,
    REFERRAL_STATUS_LABELS[r.status],
    r.startDateText,
    r.createdByName ?? "",
  ];
}

/** One page of the referrals on the orders behind a number, with how many there are. */
export async function referralListPage(ds: DashboardScope, filter: DrillDownFilter, now: Date, prisma: PrismaClient = getPrisma()) {
  const where = referralWhere(ds, filter, now);
  const [rows, [count]] = await Promise.all([
    prisma.$queryRaw<ReferralListRow[]>`${REFERRAL_SELECT} WHERE ${where} ORDER BY o."receivedAt", o."id", r."id" LIMIT ${DRILL_DOWN_PAGE_SIZE} OFFSET ${(filter.page - 1) * DRILL_DOWN_PAGE_SIZE}`,
    prisma.$queryRaw<Array<{ n: number }>>`SELECT count(*)::int AS n FROM "Referral" r JOIN "JobOrder" o ON o."id" = r."orderId" WHERE ${where}`,
  ]);
  const total = count!.n;
  const pages = Math.max(1, Math.ceil(total / DRILL_DOWN_PAGE_SIZE));
  return {
    title: REFERRAL_LIST_LABELS[filter.set] ?? ORDER_SET_LABELS[filter.set],
    periodText: `jobordrer modtaget ${describePeriod({ type: "range", from: filter.period.from, to: filter.period.to })}`,
    kindText: filter.kind === "ALL" ? null : JOB_ORDER_KIND_LABELS[filter.kind],
    total,
    page: Math.min(filter.page, pages),
    pages,
    head: REFERRAL_LIST_HEAD,
    rows: rows.map((r) => ({ number: r.number, cells: referralExportRow(r).map((v) => (v === null ? "" : String(v))) })),
  };
}

/** Every referral of the list, for the downloads, keyset-paged like the orders' (order, then referral). */
export async function* referralListRows(ds: DashboardScope, filter: DrillDownFilter, now: Date, prisma: PrismaClient = getPrisma()): AsyncIterable<ExportValue[]> {
  const where = referralWhere(ds, filter, now);
  let after: { jobcentreId: string; receivedAt: Date; orderId: string; referralId: string } | null = null;
  for (;;) {
    const keyset: Prisma.Sql = after
      ? Prisma.sql`AND (o."jobcentreId", o."receivedAt", o."id", r."id") > (${after.jobcentreId}, ${instantSql(after.receivedAt)}, ${after.orderId}, ${after.referralId})`
      : Prisma.empty;
    const batch: ReferralListRow[] = await prisma.$queryRaw<ReferralListRow[]>`${REFERRAL_SELECT} WHERE ${where} ${keyset} ORDER BY o."jobcentreId", o."receivedAt", o."id", r."id" LIMIT ${EXPORT_BATCH}`;
    for (const row of batch) yield referralExportRow(row);
    if (batch.length < EXPORT_BATCH) return;
    const last = batch[batch.length - 1]!;
    after = { jobcentreId: last.jobcentreId, receivedAt: last.receivedAt, orderId: last.orderId, referralId: last.referralId };
  }
}
