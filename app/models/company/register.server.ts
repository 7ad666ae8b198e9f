// The company register as a jobcentre's staff see it: the companies it has a relationship with, each with
// the national record (CVR, production units, industry, employees), the jobcentre's own part (key account
// consultant, note) and the whole relationship as one timeline. A company this jobcentre has no
// relationship with is not found here, whoever else works with it.
import { Prisma, type PrismaClient, type RegisterSource, type VisitKind, type VisitOutcome } from "@prisma/client";
import { VISIT_KIND_LABELS, VISIT_OUTCOME_LABELS } from "~/domain/visit/visits";
import { employeeBandLabel } from "~/domain/company/employees";
import { industryLabel } from "~/domain/company/industry";
import { formatAddress, statedDifferences, TAKE_OVER_LABELS, type TakeOverField } from "~/domain/company/stated";
import { ORDER_OWNER_ROLES } from "~/domain/staff-roles";
import { formatDateTime } from "~/utils/format";
import { JOB_ORDER_OUTCOME_LABELS } from "~/utils/labels";
import { focusBranchOf } from "~/domain/company/focus-branches";
import { listCompanyCampaigns } from "~/models/campaign/campaigns.server";
import { listCompanyAgreements } from "~/models/partnership/agreements.server";

export const COMPANY_PAGE_SIZE = 50;
const TIMELINE_LIMIT = 300;

export const REGISTER_SOURCE_LABELS: Record<RegisterSource, string> = {
  CVR_IMPORT: "import fra CVR",
  STAFF: "en medarbejder",
  JOB_ORDER: "en jobordre",
};

/** A CVR number as it may stand in a path: 8 digits (the check digit is the register's business). */
export function isCvrPath(value: string | undefined): value is string {
  return typeof value === "string" && /^\d{8}$/.test(value);
}

function searchFilter(q: string): Prisma.Sql {
  if (!q) return Prisma.empty;
  const digits = q.replace(/\s/g, "");
  const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  if (/^\d{1,10}$/.test(digits)) {
    return Prisma.sql`AND (c."cvr" LIKE ${`${digits}%`} OR EXISTS (SELECT 1 FROM "ProductionUnit" u WHERE u."companyId" = c."id" AND u."pNumber" LIKE ${`${digits}%`}))`;
  }
  return Prisma.sql`AND (c."name" ILIKE ${like} OR c."address" ILIKE ${like})`;
}

export type CompanyListRow = {
  cvr: string;
  name: string;
  address: string;
  employees: string | null;
  keyAccountName: string | null;
  orders: number;
  advertisingProtected: boolean;
};

/** One page of the jobcentre's companies by name, with how many orders each has sent it. */
export async function listCompanies(prisma: PrismaClient, jobcentreId: string, query: { q: string; page: number }) {
  const filter = searchFilter(query.q);
  const [{ total }] = await prisma.$queryRaw<[{ total: number }]>`
    SELECT count(*)::int AS total FROM "CompanyRelationship" r JOIN "Company" c ON c."id" = r."companyId"
    WHERE r."jobcentreId" = ${jobcentreId} ${filter}`;
  const pages = Math.max(1, Math.ceil(total / COMPANY_PAGE_SIZE));
  const page = Math.min(query.page, pages);
  const rows = await prisma.$queryRaw<Array<Omit<CompanyListRow, "employees" | "address"> & { address: string; postcode: string; city: string | null; employeeBand: Parameters<typeof employeeBandLabel>[0] | null }>>`
    SELECT c."cvr", c."name", c."address", c."postcode", c."city", c."employeeBand", c."advertisingProtected", u."name" AS "keyAccountName",
      (SELECT count(*)::int FROM "JobOrder" o WHERE o."companyId" = c."id" AND o."jobcentreId" = r."jobcentreId") AS "orders"
    FROM "CompanyRelationship" r JOIN "Company" c ON c."id" = r."companyId"
    LEFT JOIN "User" u ON u."id" = r."keyAccountConsultantId"
    WHERE r."jobcentreId" = ${jobcentreId} ${filter}
    ORDER BY c."name", c."cvr"
    LIMIT ${COMPANY_PAGE_SIZE} OFFSET ${(page - 1) * COMPANY_PAGE_SIZE}`;
  return {
    total,
    page,
    pages,
    first: total === 0 ? 0 : (page - 1) * COMPANY_PAGE_SIZE + 1,
    companies: rows.map(
      (r): CompanyListRow => ({
        cvr: r.cvr,
        name: r.name,
        address: formatAddress(r),
        employees: r.employeeBand ? employeeBandLabel(r.employeeBand) : null,
        keyAccountName: r.keyAccountName,
        orders: r.orders,
        advertisingProtected: r.advertisingProtected,
      }),
    ),
  };
}

type TimelineRow = { at: Date; kind: string; orderNumber: string | null; title: string | null; data: Prisma.JsonValue };

function visitKindOf(data: Record<string, unknown>): string {
  return typeof data.kind === "string" && data.kind in VISIT_KIND_LABELS ? VISIT_KIND_LABELS[data.kind as VisitKind] : "Besøg";
}

function timelineText(row: TimelineRow): string {
  const data = (row.data ?? {}) as Record<string, unknown>;
  const order = row.title ? `${row.title}` : "";
  switch (row.kind) {
    case "RECEIVED":
      return `Jobordre modtaget: ${order}`;
    case "ANSWERED":
      return "Virksomheden har fået svar på jobordren";
    case "CLOSED": {
      const outcome = typeof data.outcome === "string" ? JOB_ORDER_OUTCOME_LABELS[data.outcome as keyof typeof JOB_ORDER_OUTCOME_LABELS] : null;
      return outcome ? `Jobordren er afsluttet: ${outcome.toLocaleLowerCase("da-DK")}` : "Jobordren er afsluttet";
    }
    case "CORRECTED":
      return "Virksomheden har rettet jobordren";
    case "SHARED_WITH_REGION":
      return "Jobordren er delt med den regionale rekrutteringsservice";
    case "MEETING_BOOKED":
      return "Møde om rekrutteringen aftalt";
    case "MEETING_HELD":
      return "Møde om rekrutteringen holdt";
    case "REFERRAL_SHARED":
      return "En kandidat er henvist (CV delt med virksomheden)";
    case "REFERRAL_HIRED":
      return "Virksomheden har ansat en henvist kandidat";
    case "VISIT_PLANNED":
      return `${visitKindOf(data)} planlagt`;
    case "VISIT_CANCELLED":
      return `${visitKindOf(data)} aflyst`;
    case "VISIT_DONE": {
      const outcome = typeof data.outcome === "string" ? VISIT_OUTCOME_LABELS[data.outcome as VisitOutcome] : null;
      return `${visitKindOf(data)} holdt${outcome ? `: ${outcome.toLocaleLowerCase("da-DK")}` : ""}`;
    }
    case "SURVEY_SENT":
      return "Tilfredshedsundersøgelse sendt";
    case "SURVEY_ANSWERED":
      return typeof data.serviceScore === "number"
        ? `Tilfredshedsundersøgelse besvaret: ${data.serviceScore} af 5 for servicen`
        : "Tilfredshedsundersøgelse besvaret";
    case "AGREEMENT_MADE":
      return `Partnerskabsaftale indgået${typeof data.period === "string" ? ` for ${data.period}` : ""}`;
    case "AGREEMENT_ENDED":
      return "Partnerskabsaftalen er afsluttet før tid";
    case "MAIL":
      return `Mail til virksomheden: ${typeof data.subject === "string" ? data.subject : ""}`;
    default:
      return row.kind;
  }
}

/** The relationship as one list, newest first: orders, referrals and hires, visits, meetings, surveys, mails to the company. */
async function loadTimeline(prisma: PrismaClient, jobcentreId: string, companyId: string) {
  const rows = await prisma.$queryRaw<TimelineRow[]>`
    WITH orders AS (
      SELECT "id", "number", "title", "contactEmail" FROM "JobOrder" WHERE "jobcentreId" = ${jobcentreId} AND "companyId" = ${companyId}
    )
    SELECT * FROM (
      SELECT e."at", e."kind"::text AS kind, o."number" AS "orderNumber", o."title", e."data"
      FROM "JobOrderEvent" e JOIN orders o ON o."id" = e."orderId"
      WHERE e."kind" IN ('RECEIVED', 'ANSWERED', 'CLOSED', 'CORRECTED', 'SHARED_WITH_REGION', 'MEETING_BOOKED', 'MEETING_HELD')
      UNION ALL
      SELECT re."at", 'REFERRAL_' || re."status"::text, o."number", o."title", '{}'::jsonb
      FROM "ReferralEvent" re JOIN orders o ON o."id" = re."orderId" WHERE re."status" IN ('SHARED', 'HIRED')
      UNION ALL
      SELECT coalesce(v."doneAt", v."cancelledAt", v."plannedFor"),
        CASE WHEN v."doneAt" IS NOT NULL THEN 'VISIT_DONE' WHEN v."cancelledAt" IS NOT NULL THEN 'VISIT_CANCELLED' ELSE 'VISIT_PLANNED' END,
        o."number", o."title", jsonb_build_object('kind', v."kind", 'outcome', v."outcome")
      FROM "CompanyVisit" v LEFT JOIN orders o ON o."id" = v."orderId"
      WHERE v."companyId" = ${companyId} AND v."jobcentreId" = ${jobcentreId}
      UNION ALL
      SELECT s."sentAt", 'SURVEY_SENT', o."number", o."title", '{}'::jsonb FROM "SatisfactionSurvey" s JOIN orders o ON o."id" = s."orderId"
      UNION ALL
      SELECT s."answeredAt", 'SURVEY_ANSWERED', o."number", o."title", jsonb_build_object('serviceScore', s."serviceScore")
      FROM "SatisfactionSurvey" s JOIN orders o ON o."id" = s."orderId" WHERE s."answeredAt" IS NOT NULL
      UNION ALL
      SELECT a."createdAt", 'AGREEMENT_MADE', NULL, NULL,
        jsonb_build_object('period', to_char(a."startsOn", 'DD-MM-YYYY') || ' – ' || to_char(a."endsOn", 'DD-MM-YYYY'))
      FROM "PartnershipAgreement" a WHERE a."jobcentreId" = ${jobcentreId} AND a."companyId" = ${companyId}
      UNION ALL
      SELECT a."endedAt", 'AGREEMENT_ENDED', NULL, NULL, '{}'::jsonb
      FROM "PartnershipAgreement" a WHERE a."jobcentreId" = ${jobcentreId} AND a."companyId" = ${companyId} AND a."endedAt" IS NOT NULL
      UNION ALL
      -- Only the mails to the order's employer: those to jobseekers are theirs, not the company's.
      SELECT m."sentAt", 'MAIL', o."number", o."title", jsonb_build_object('subject', m."subject")
      FROM "SentMail" m JOIN orders o ON o."id" = m."orderId" WHERE m."sentAt" IS NOT NULL AND m."to" = o."contactEmail"
    ) t
    ORDER BY t."at" DESC, t."kind"
    LIMIT ${TIMELINE_LIMIT}`;
  return rows.map((r) => ({ at: formatDateTime(r.at), atIso: r.at.toISOString(), kind: r.kind, orderNumber: r.orderNumber, text: timelineText(r) }));
}

/** Where this jobcentre's orders wrote the company otherwise than the register: one entry per version, its latest order. */
async function loadStatedDifferences(prisma: PrismaClient, jobcentreId: string, company: { id: string; name: string; address: string; postcode: string; city: string | null }) {
  const versions = await prisma.$queryRaw<Array<{ number: string; receivedAt: Date; name: string; address: string; postcode: string; city: string | null }>>`
    SELECT DISTINCT ON (lower("statedCompanyName"), lower("statedCompanyAddress"), "statedCompanyPostcode")
      "number", "receivedAt", "statedCompanyName" AS name, "statedCompanyAddress" AS address, "statedCompanyPostcode" AS postcode, "statedCompanyCity" AS city
    FROM "JobOrder" WHERE "jobcentreId" = ${jobcentreId} AND "companyId" = ${company.id}
    ORDER BY lower("statedCompanyName"), lower("statedCompanyAddress"), "statedCompanyPostcode", "receivedAt" DESC`;
  return versions
    .map((v) => ({ version: v, fields: statedDifferences(company, v) }))
    .filter((d) => d.fields.length > 0)
    .sort((a, b) => b.version.receivedAt.getTime() - a.version.receivedAt.getTime())
    .slice(0, 10)
    .map(({ version, fields }) => ({
      orderNumber: version.number,
      receivedAt: formatDateTime(version.receivedAt),
      fields: fields.map((field) => ({
        field,
        label: TAKE_OVER_LABELS[field],
        register: field === "name" ? company.name : formatAddress(company),
        stated: field === "name" ? version.name : formatAddress(version),
      })),
    }));
}

/** The company page, or null when the jobcentre has no relationship with the company (the page answers 404). */
export async function getCompanyPage(prisma: PrismaClient, jobcentreId: string, cvr: string) {
  const relationship = await prisma.companyRelationship.findFirst({
    where: { jobcentreId, company: { cvr } },
    include: { company: { include: { productionUnits: { orderBy: { pNumber: "asc" } } } }, keyAccountConsultant: { select: { id: true, name: true } } },
  });
  if (!relationship) return null;
  const { company } = relationship;
  const [timeline, differences, consultants, figures, agreements, campaigns, focusBranches] = await Promise.all([
    loadTimeline(prisma, jobcentreId, company.id),
    loadStatedDifferences(prisma, jobcentreId, company),
    prisma.user.findMany({ where: { jobcentreId, active: true, role: { in: [...ORDER_OWNER_ROLES] } }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    prisma.$queryRaw<[{ orders: number; open: number; referred: number; hires: number }]>`
      SELECT count(*)::int AS orders, count(*) FILTER (WHERE "status" <> 'CLOSED')::int AS open,
        count("referredAt")::int AS referred, coalesce(sum("hires"), 0)::int AS hires
      FROM "JobOrder" WHERE "jobcentreId" = ${jobcentreId} AND "companyId" = ${company.id}`,
    listCompanyAgreements(prisma, jobcentreId, company.id),
    listCompanyCampaigns(prisma, jobcentreId, company.id),
    prisma.focusBranch.findMany({ where: { jobcentreId }, select: { id: true, name: true, industryCodes: true } }),
  ]);
  // A key account consultant who left stays named, so the page says who it was until someone else is chosen.
  const kam = relationship.keyAccountConsultant;
  const choices = kam && !consultants.some((c) => c.id === kam.id) ? [...consultants, { id: kam.id, name: `${kam.name} (ikke aktiv)` }] : consultants;
  return {
    company: {
      cvr: company.cvr,
      name: company.name,
      address: formatAddress(company),
      industry: industryLabel(company.industryCode, company.industryClassification),
      // Null when the jobcentre has no focus branches: the page then says nothing of them.
      focusBranch: focusBranches.length === 0 ? null : (focusBranchOf(company.industryCode, focusBranches)?.name ?? "Ingen af jobcentrets fokusbrancher"),
      employees: company.employeeBand ? employeeBandLabel(company.employeeBand) : null,
      advertisingProtected: company.advertisingProtected,
      source: REGISTER_SOURCE_LABELS[company.source],
      updatedAt: formatDateTime(company.updatedAt),
    },
    units: company.productionUnits.map((u) => ({
      pNumber: u.pNumber,
      name: u.name,
      address: formatAddress(u),
      industry: industryLabel(u.industryCode, u.industryClassification),
      employees: u.employeeBand ? employeeBandLabel(u.employeeBand) : null,
    })),
    relationship: {
      keyAccountConsultantId: kam?.id ?? null,
      keyAccountName: kam?.name ?? null,
      note: relationship.note,
      since: formatDateTime(relationship.createdAt),
      source: REGISTER_SOURCE_LABELS[relationship.source],
      version: relationship.updatedAt.toISOString(),
    },
    consultants: choices,
    figures: figures[0],
    differences,
    agreements,
    campaigns,
    timeline,
  };
}

export type CompanyWriteResult = { ok: true } | { ok: false; code: "NOT_FOUND" | "STALE" | "UNKNOWN_CONSULTANT" | "NOTHING_TO_TAKE_OVER"; message: string };

export const COMPANY_WRITE_MESSAGES = {
  NOT_FOUND: "Virksomheden findes ikke i jobcentrets register.",
  STALE: "En kollega har ændret virksomheden, siden du åbnede siden. Se de nye oplysninger, og gem igen.",
  UNKNOWN_CONSULTANT: "Vælg en aktiv konsulent eller teamleder i jobcentret som fast kontaktperson.",
  NOTHING_TO_TAKE_OVER: "Jobordren skriver ikke virksomheden anderledes end registret. Der er intet at overtage.",
} as const;

function failure(code: Exclude<CompanyWriteResult, { ok: true }>["code"]): CompanyWriteResult {
  return { ok: false, code, message: COMPANY_WRITE_MESSAGES[code] };
}

/**
 * The jobcentre's own part of the relationship. `version` is the relationship's updatedAt when the form was
 * shown: a colleague's save in between is not overwritten.
 */
export async function saveRelationship(
  prisma: PrismaClient,
  input: { jobcentreId: string; cvr: string; version: string; keyAccountConsultantId: string | null; note: string },
): Promise<CompanyWriteResult> {
  const relationship = await prisma.companyRelationship.findFirst({ where: { jobcentreId: input.jobcentreId, company: { cvr: input.cvr } }, select: { id: true, keyAccountConsultantId: true } });
  if (!relationship) return failure("NOT_FOUND");
  if (input.keyAccountConsultantId && input.keyAccountConsultantId !== relationship.keyAccountConsultantId) {
    const consultant = await prisma.user.findFirst({
      where: { id: input.keyAccountConsultantId, jobcentreId: input.jobcentreId, active: true, role: { in: [...ORDER_OWNER_ROLES] } },
      select: { id: true },
    });
    if (!consultant) return failure("UNKNOWN_CONSULTANT");
  }
  const version = new Date(input.version);
  if (Number.isNaN(version.getTime())) return failure("STALE");
  const { count } = await prisma.companyRelationship.updateMany({
    where: { id: relationship.id, updatedAt: version },
    data: { keyAccountConsultantId: input.keyAccountConsultantId, note: input.note },
  });
  return count === 1 ? { ok: true } : failure("STALE");
}

/** Staff take over into the register what one of the jobcentre's orders wrote about the company. */
export async function takeOverStated(
  prisma: PrismaClient,
  input: { jobcentreId: string; cvr: string; orderNumber: string; fields: TakeOverField[] },
): Promise<CompanyWriteResult> {
  const order = await prisma.jobOrder.findFirst({
    where: { number: input.orderNumber, jobcentreId: input.jobcentreId, company: { cvr: input.cvr } },
    select: { statedCompanyName: true, statedCompanyAddress: true, statedCompanyPostcode: true, statedCompanyCity: true, company: true },
  });
  if (!order) return failure("NOT_FOUND");
  const stated = { name: order.statedCompanyName, address: order.statedCompanyAddress, postcode: order.statedCompanyPostcode, city: order.statedCompanyCity };
  const fields = statedDifferences(order.company, stated).filter((f) => input.fields.includes(f));
  if (fields.length === 0) return failure("NOTHING_TO_TAKE_OVER");
  const data: Prisma.CompanyUpdateManyMutationInput = { source: "STAFF" };
  if (fields.includes("name")) data.name = stated.name;
  if (fields.includes("address")) Object.assign(data, { address: stated.address, postcode: stated.postcode, city: stated.city });
  // Only if the register still says what the page compared with: a change in between is not overwritten.
  const { count } = await prisma.company.updateMany({
    where: { id: order.company.id, name: order.company.name, address: order.company.address, postcode: order.company.postcode },
    data,
  });
  return count === 1 ? { ok: true } : failure("STALE");
}
