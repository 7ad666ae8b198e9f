// A jobcentre's information campaigns (decision 022): the companies of its register a campaign would choose
// (a preview), the campaign started with its companies split among consultants, the list and the campaign's
// page with its progress, and the campaigns a company is in (for the visit form on its page). Every figure is
// counted in PostgreSQL. Another jobcentre's campaign is not found.
import { Prisma, type EmployeeBand, type PrismaClient, type VisitOutcome } from "@prisma/client";
import { CAMPAIGN_LIMITS, CAMPAIGN_STATE_LABELS, campaignState, progressOf, splitAmong } from "~/domain/campaign/campaign";
import { employeeBandLabel } from "~/domain/company/employees";
import { formatAddress } from "~/domain/company/stated";
import { ORDER_OWNER_ROLES } from "~/domain/staff-roles";
import { VISIT_OUTCOME_LABELS, VISIT_OUTCOMES, VISIT_STATE_LABELS, visitState } from "~/domain/visit/visits";
import type { CampaignCompanyView, CampaignSelection, NewCampaignValues } from "~/schemas/campaign";
import { localDateOf } from "~/utils/deadlines";
import { formatDate, formatDateTime } from "~/utils/format";
import { HELD_VISIT_SQL, HELD_VISIT_WHERE } from "../kpi/visit-figures.server";

export const CAMPAIGN_PAGE_SIZE = 50;
const PREVIEW_ROWS = 20;

type Db = PrismaClient | Prisma.TransactionClient;

const isoDate = (d: Date) => d.toISOString().slice(0, 10);
const dbDate = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export function isCampaignId(value: string | undefined): value is string {
  return typeof value === "string" && UUID.test(value);
}

/** The register's companies the jobcentre has a relationship with, that the selection asks for. */
function askedFor(jobcentreId: string, selection: CampaignSelection): Prisma.CompanyWhereInput[] {
  const and: Prisma.CompanyWhereInput[] = [{ relationships: { some: { jobcentreId } } }];
  if (selection.industryCodes.length > 0)
    and.push({
      OR: selection.industryCodes.map((code) => ({
        industryCode: { startsWith: code },
      })),
    });
  if (selection.employeeBands.length > 0) and.push({ employeeBand: { in: selection.employeeBands } });
  // A company counts in an area where it or one of its production units is.
  if (selection.postcodes.length > 0)
    and.push({
      OR: [
        { postcode: { in: selection.postcodes } },
        {
          productionUnits: { some: { postcode: { in: selection.postcodes } } },
        },
      ],
    });
  return and;
}

// The rule of mayBeChosen, as a filter: never a company with advertising protection.
const MAY_BE_CHOSEN: Prisma.CompanyWhereInput = { advertisingProtected: false };
// Neighbours together, so that each consultant's share is a route (splitAmong keeps this order).
const CHOICE_ORDER: Prisma.CompanyOrderByWithRelationInput[] = [{ postcode: "asc" }, { name: "asc" }, { cvr: "asc" }];

/** The codes the choice asks for: those written and those of the focus branches ticked; null for a branch not the jobcentre's. */
async function industryCodesOf(db: Db, jobcentreId: string, selection: CampaignSelection): Promise<string[] | null> {
  if (selection.focusBranchIds.length === 0) return selection.industryCodes;
  const branches = await db.focusBranch.findMany({ where: { jobcentreId, id: { in: selection.focusBranchIds } }, select: { industryCodes: true } });
  if (branches.length !== selection.focusBranchIds.length) return null;
  return [...new Set([...selection.industryCodes, ...branches.flatMap((b) => b.industryCodes)])];
}

/** What the new campaign form offers: who can visit, the jobcentre's postcodes and focus branches. */
export async function getNewCampaignForm(prisma: PrismaClient, jobcentreId: string) {
  const [consultants, postcodes, focusBranches] = await Promise.all([
    prisma.user.findMany({ where: { jobcentreId, active: true, role: { in: [...ORDER_OWNER_ROLES] } }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    prisma.postcodeArea.findMany({ where: { jobcentreId }, select: { postcode: true, city: true }, orderBy: { postcode: "asc" } }),
    prisma.focusBranch.findMany({ where: { jobcentreId }, select: { id: true, name: true, industryCodes: true }, orderBy: { position: "asc" } }),
  ]);
  return { consultants, postcodes, focusBranches };
}

/** The companies the selection would choose: how many, how many advertising protection leaves out, the first few. */
export async function previewSelection(prisma: PrismaClient, jobcentreId: string, selection: CampaignSelection) {
  const industryCodes = await industryCodesOf(prisma, jobcentreId, selection);
  if (!industryCodes) return failure("UNKNOWN_FOCUS_BRANCH", "focusBranchIds");
  const and = askedFor(jobcentreId, { ...selection, industryCodes });
  const [chosen, protectedLeftOut, first] = await Promise.all([
    prisma.company.count({ where: { AND: [...and, MAY_BE_CHOSEN] } }),
    prisma.company.count({ where: { AND: [...and, { advertisingProtected: true }] } }),
    prisma.company.findMany({
      where: { AND: [...and, MAY_BE_CHOSEN] },
      orderBy: CHOICE_ORDER,
      take: PREVIEW_ROWS,
      select: { cvr: true, name: true, address: true, postcode: true, city: true, employeeBand: true },
    }),
  ]);
  return {
    ok: true as const,
    chosen,
    protectedLeftOut,
    tooMany: chosen > CAMPAIGN_LIMITS.companies,
    first: first.map((c) => ({ cvr: c.cvr, name: c.name, address: formatAddress(c), employees: c.employeeBand ? employeeBandLabel(c.employeeBand) : "Ukendt" })),
  };
}

export const CAMPAIGN_WRITE_MESSAGES = {
  NOT_FOUND: "Kampagnen findes ikke hos jobcentret.",
  UNKNOWN_CONSULTANT: "Vælg aktive konsulenter eller teamledere i jobcentret til at besøge virksomhederne.",
  UNKNOWN_FOCUS_BRANCH: "Vælg fokusbrancher blandt jobcentrets egne.",
  NOTHING_CHOSEN: "Udvalget rummer ingen virksomheder, der må få en kampagne. Vælg flere brancher, størrelser eller postnumre.",
  TOO_MANY: `Udvalget rummer flere end ${CAMPAIGN_LIMITS.companies.toLocaleString("da-DK")} virksomheder. Gør det smallere.`,
  TARGET_ABOVE_CHOSEN: "Målet er større end antallet af virksomheder i udvalget. Sæt målet ned, eller vælg flere virksomheder.",
} as const;
export type CampaignWriteCode = keyof typeof CAMPAIGN_WRITE_MESSAGES;
type Field = "consultantIds" | "targetCompanies" | "focusBranchIds";
type CampaignFailure = { ok: false; code: CampaignWriteCode; message: string; field?: Field };
export type CampaignWriteResult = { ok: true; id: string } | CampaignFailure;

export const CAMPAIGN_STATUS_OF: Record<CampaignWriteCode, number> = {
  NOT_FOUND: 404,
  UNKNOWN_CONSULTANT: 400,
  UNKNOWN_FOCUS_BRANCH: 400,
  NOTHING_CHOSEN: 409,
  TOO_MANY: 409,
  TARGET_ABOVE_CHOSEN: 400,
};

function failure(code: CampaignWriteCode, field?: Field): CampaignFailure {
  return {
    ok: false,
    code,
    message: CAMPAIGN_WRITE_MESSAGES[code],
    ...(field ? { field } : {}),
  };
}

/**
 * Starts the campaign: the selection is made once, now, and each chosen company given to one of the chosen
 * consultants. The form's id makes a second send (or two at once) find the campaign the first made.
 */
export async function startCampaign(
  prisma: PrismaClient,
  input: { jobcentreId: string; byUserId: string; values: NewCampaignValues }
): Promise<CampaignWriteResult> {
  const { values } = input;
  const existing = async (): Promise<CampaignWriteResult | null> => {
    const same = await prisma.campaign.findUnique({
      where: { id: values.campaignId },
      select: { jobcentreId: true },
    });
    if (!same) return null;
    return same.jobcentreId === input.jobcentreId ? { ok: true, id: values.campaignId } : failure("NOT_FOUND");
  };
  const before = await existing();
  if (before) return before;
  try {
    return await prisma.$transaction(async (tx) => {
      const consultants = await tx.user.findMany({
        where: {
          id: { in: values.consultantIds },
          jobcentreId: input.jobcentreId,
          active: true,
          role: { in: [...ORDER_OWNER_ROLES] },
        },
        select: { id: true },
        orderBy: { name: "asc" },
      });
      if (consultants.length !== values.consultantIds.length) return failure("UNKNOWN_CONSULTANT", "consultantIds");
      const industryCodes = await industryCodesOf(tx, input.jobcentreId, values);
      if (!industryCodes) return failure("UNKNOWN_FOCUS_BRANCH", "focusBranchIds");
      const companies = await tx.company.findMany({
        where: { AND: [...askedFor(input.jobcentreId, { ...values, industryCodes }), MAY_BE_CHOSEN] },
        orderBy: CHOICE_ORDER,
        take: CAMPAIGN_LIMITS.companies + 1,
        select: { id: true },
      });
      if (companies.length === 0) return failure("NOTHING_CHOSEN");
      if (companies.length > CAMPAIGN_LIMITS.companies) return failure("TOO_MANY");
      if (values.targetCompanies > companies.length) return failure("TARGET_ABOVE_CHOSEN", "targetCompanies");
      await tx.campaign.create({
        data: {
          id: values.campaignId,
          jobcentreId: input.jobcentreId,
          topic: values.topic,
          description: values.description,
          startsOn: dbDate(values.startsOn),
          endsOn: dbDate(values.endsOn),
          targetCompanies: values.targetCompanies,
          industryCodes,
          employeeBands: values.employeeBands,
          postcodes: values.postcodes,
          createdById: input.byUserId,
        },
      });
      await tx.campaignCompany.createMany({
        data: splitAmong(
          companies,
          consultants.map((c) => c.id)
        ).map(({ company, consultantId }) => ({
          campaignId: values.campaignId,
          companyId: company.id,
          consultantId,
        })),
      });
      return { ok: true as const, id: values.campaignId };
    });
  } catch (error) {
    // The same form sent twice at once: the other send made the campaign.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const after = await existing();
      if (after) return after;
    }
    throw error;
  }
}

type ProgressRow = {
  id: string;
  chosen: number;
  visited: number;
  planned: number;
};

/** Per campaign: companies chosen, visited (a held campaign visit) and with a visit planned. */
function progressRows(db: Db, campaignIds: string[]) {
  if (campaignIds.length === 0) return Promise.resolve([] as ProgressRow[]);
  return db.$queryRaw<ProgressRow[]>`
    SELECT c."id",
      (SELECT count(*) FROM "CampaignCompany" cc WHERE cc."campaignId" = c."id")::int AS chosen,
      (SELECT count(DISTINCT v."companyId") FROM "CompanyVisit" v WHERE v."campaignId" = c."id" AND ${HELD_VISIT_SQL})::int AS visited,
      (SELECT count(DISTINCT v."companyId") FROM "CompanyVisit" v WHERE v."campaignId" = c."id" AND v."doneAt" IS NULL AND v."cancelledAt" IS NULL)::int AS planned
    FROM "Campaign" c WHERE c."id" IN (${Prisma.join(campaignIds)})`;
}

function periodText(c: { startsOn: Date; endsOn: Date }): string {
  return `${formatDate(c.startsOn)} – ${formatDate(c.endsOn)}`;
}

/** The jobcentre's campaigns, the latest first, with their progress. */
export async function listCampaigns(prisma: PrismaClient, jobcentreId: string, now: Date = new Date()) {
  const campaigns = await prisma.campaign.findMany({
    where: { jobcentreId },
    orderBy: [{ startsOn: "desc" }, { id: "asc" }],
    take: 200,
  });
  const progress = new Map(
    (
      await progressRows(
        prisma,
        campaigns.map((c) => c.id)
      )
    ).map((r) => [r.id, r])
  );
  const today = localDateOf(now);
  return campaigns.map((c) => {
    const p = progress.get(c.id);
    return {
      id: c.id,
      topic: c.topic,
      period: periodText(c),
      state: CAMPAIGN_STATE_LABELS[campaignState({ startsOn: isoDate(c.startsOn), endsOn: isoDate(c.endsOn) }, today)],
      chosen: p?.chosen ?? 0,
      planned: p?.planned ?? 0,
      ...progressOf(p?.visited ?? 0, c.targetCompanies),
    };
  });
}

/** "Bygge og anlæg (41, 42, 43), 561010": the focus branches whose codes are all in the choice, then the rest. */
function describeIndustryCodes(codes: string[], branches: Array<{ name: string; industryCodes: string[] }>): string {
  if (codes.length === 0) return "Alle brancher";
  const whole = branches.filter((b) => b.industryCodes.length > 0 && b.industryCodes.every((c) => codes.includes(c)));
  const named = new Set(whole.flatMap((b) => b.industryCodes));
  return [...whole.map((b) => `${b.name} (${b.industryCodes.join(", ")})`), ...codes.filter((c) => !named.has(c))].join(", ");
}

const BAND_ORDER = (bands: EmployeeBand[]) => bands.map(employeeBandLabel).join(", ");

/** A chosen company as the campaign's list and its export show it: the company, its consultant, its latest campaign visit. */
function campaignCompanySelect(campaignId: string) {
  return {
    consultant: { select: { name: true } },
    company: {
      select: {
        cvr: true,
        name: true,
        address: true,
        postcode: true,
        city: true,
        employeeBand: true,
        visits: {
          where: { campaignId },
          orderBy: { plannedFor: "desc" },
          take: 1,
          select: { id: true, plannedFor: true, doneAt: true, cancelledAt: true, outcome: true },
        },
      },
    },
  } satisfies Prisma.CampaignCompanySelect;
}

/** The campaign's page: what it is, how far it has come (in all and per consultant), what came of it, its companies. */
export async function getCampaign(
  prisma: PrismaClient,
  input: {
    jobcentreId: string;
    campaignId: string;
    userId: string;
    view: CampaignCompanyView;
    page: number;
    now?: Date;
  }
) {
  const campaign = await prisma.campaign.findFirst({
    where: { id: input.campaignId, jobcentreId: input.jobcentreId },
    include: { createdBy: { select: { name: true } } },
  });
  if (!campaign) return null;
  const id = campaign.id;
  const companyWhere: Prisma.CampaignCompanyWhereInput =
    input.view === "mine"
      ? { campaignId: id, consultantId: input.userId }
      : input.view === "mangler"
      ? {
          campaignId: id,
          company: {
            visits: { none: { campaignId: id, ...HELD_VISIT_WHERE } },
          },
        }
      : { campaignId: id };
  const [[progress], byConsultant, outcomes, ordersTaken, towns, total, rows, focusBranches] = await Promise.all([
    progressRows(prisma, [id]),
    prisma.$queryRaw<Array<{ consultantId: string; name: string; chosen: number; visited: number }>>`
      SELECT cc."consultantId", u."name", count(*)::int AS chosen,
        count(*) FILTER (WHERE EXISTS (SELECT 1 FROM "CompanyVisit" v WHERE v."campaignId" = cc."campaignId" AND v."companyId" = cc."companyId" AND ${HELD_VISIT_SQL}))::int AS visited
      FROM "CampaignCompany" cc JOIN "User" u ON u."id" = cc."consultantId"
      WHERE cc."campaignId" = ${id}
      GROUP BY cc."consultantId", u."name" ORDER BY u."name"`,
    prisma.$queryRaw<Array<{ outcome: VisitOutcome; n: number }>>`
      SELECT v."outcome", count(*)::int AS n FROM "CompanyVisit" v
      WHERE v."campaignId" = ${id} AND v."doneAt" IS NOT NULL AND v."outcome" IS NOT NULL GROUP BY v."outcome"`,
    prisma.jobOrder.count({ where: { originVisit: { campaignId: id } } }),
    campaign.postcodes.length > 0 ? prisma.postcodeArea.findMany({ where: { postcode: { in: campaign.postcodes } }, select: { postcode: true, city: true } }) : Promise.resolve([]),
    prisma.campaignCompany.count({ where: companyWhere }),
    prisma.campaignCompany.findMany({
      where: companyWhere,
      orderBy: [{ company: { postcode: "asc" } }, { company: { name: "asc" } }, { companyId: "asc" }],
      skip: (input.page - 1) * CAMPAIGN_PAGE_SIZE,
      take: CAMPAIGN_PAGE_SIZE,
      select: campaignCompanySelect(id),
    }),
    prisma.focusBranch.findMany({ where: { jobcentreId: input.jobcentreId }, select: { name: true, industryCodes: true }, orderBy: { position: "asc" } }),
  ]);
  const today = localDateOf(input.now ?? new Date());
  const town = new Map(towns.map((t) => [t.postcode, t.city]));
  const byOutcome = new Map(outcomes.map((o) => [o.outcome, o.n]));
  return {
    id,
    topic: campaign.topic,
    description: campaign.description,
    period: periodText(campaign),
    state:
      CAMPAIGN_STATE_LABELS[
        campaignState(
          {
            startsOn: isoDate(campaign.startsOn),
            endsOn: isoDate(campaign.endsOn),
          },
          today
        )
      ],
    createdBy: campaign.createdBy.name,
    createdAt: formatDateTime(campaign.createdAt),
    selection: {
      industryCodes: describeIndustryCodes(campaign.industryCodes, focusBranches),
      employees: campaign.employeeBands.length > 0 ? BAND_ORDER(campaign.employeeBands) : "Alle størrelser",
      postcodes:
        campaign.postcodes.length > 0 ? campaign.postcodes.map((p) => `${p}${town.get(p) ? ` ${town.get(p)}` : ""}`).join(", ") : "Hele jobcentrets område",
    },
    chosen: progress?.chosen ?? 0,
    planned: progress?.planned ?? 0,
    ...progressOf(progress?.visited ?? 0, campaign.targetCompanies),
    byConsultant: byConsultant.map((c) => ({
      ...c,
      mine: c.consultantId === input.userId,
    })),
    outcomes: VISIT_OUTCOMES.map((o) => ({
      outcome: o,
      label: VISIT_OUTCOME_LABELS[o],
      count: byOutcome.get(o) ?? 0,
    })),
    ordersTaken,
    view: input.view,
    page: input.page,
    total,
    pages: Math.max(1, Math.ceil(total / CAMPAIGN_PAGE_SIZE)),
    companies: rows.map(({ company, consultant }) => {
      const visit = company.visits[0];
      const state = visit ? visitState(visit) : null;
      return {
        cvr: company.cvr,
        name: company.name,
        address: formatAddress(company),
        employees: company.employeeBand ? employeeBandLabel(company.employeeBand) : "Ukendt",
        consultant: consultant.name,
        visit: visit
          ? {
              id: visit.id,
              text:
                state === "DONE"
                  ? `Besøgt ${formatDate(visit.plannedFor)}${visit.outcome ? `: ${VISIT_OUTCOME_LABELS[visit.outcome].toLocaleLowerCase("da-DK")}` : ""}`
                  : state === "CANCELLED"
                  ? `Aflyst (${formatDate(visit.plannedFor)})`
                  : `Planlagt ${formatDateTime(visit.plannedFor)}`,
              held: state === "DONE" && visit.outcome !== "NOT_HELD",
            }
          : null,
      };
    }),
  };
}

/** The campaigns a company is in that have not ended: a visit planned from its page can be part of one. */
export async function listCompanyCampaigns(prisma: Db, jobcentreId: string, companyId: string, now: Date = new Date()) {
  const rows = await prisma.campaign.findMany({
    where: {
      jobcentreId,
      endsOn: { gte: dbDate(localDateOf(now)) },
      companies: { some: { companyId } },
    },
    orderBy: { startsOn: "asc" },
    select: { id: true, topic: true, startsOn: true, endsOn: true },
  });
  return rows.map((c) => ({ id: c.id, topic: c.topic, period: periodText(c) }));
}

/** Whether the company is one the jobcentre's campaign chose. */
export async function isChosenFor(db: Db, input: { jobcentreId: string; campaignId: string; companyId: string }): Promise<boolean> {
  const row = await db.campaignCompany.findFirst({
    where: {
      campaignId: input.campaignId,
      companyId: input.companyId,
      campaign: { jobcentreId: input.jobcentreId },
    },
    select: { campaignId: true },
  });
  return row !== null;
}

/** The campaign goal's figures for a year: each campaign that starts in it, with the companies it visited. */
export async function campaignsOfYear(prisma: PrismaClient, jobcentreIds: string[], year: number) {
  if (jobcentreIds.length === 0) return [];
  return prisma.$queryRaw<Array<{ id: string; topic: string; startsOn: string; endsOn: string; targetCompanies: number; visited: number }>>`
    SELECT c."id", c."topic", to_char(c."startsOn", 'YYYY-MM-DD') AS "startsOn", to_char(c."endsOn", 'YYYY-MM-DD') AS "endsOn", c."targetCompanies",
      (SELECT count(DISTINCT v."companyId") FROM "CompanyVisit" v WHERE v."campaignId" = c."id" AND ${HELD_VISIT_SQL})::int AS visited
    FROM "Campaign" c
    WHERE c."jobcentreId" IN (${Prisma.join(jobcentreIds)}) AND c."startsOn" >= ${`${year}-01-01`}::date AND c."startsOn" <= ${`${year}-12-31`}::date
    ORDER BY c."startsOn", c."topic"`;
}

export const CAMPAIGN_COMPANY_HEAD = ["CVR-nummer", "Virksomhed", "Adresse", "Postnummer", "By", "Ansatte", "Konsulent", "Besøg", "Besøgets dato", "Førte til"];

/** The campaign's companies as rows of an export (the consultants' list to take along), or null for another jobcentre's. */
export async function campaignCompanyRows(prisma: PrismaClient, jobcentreId: string, campaignId: string) {
  const campaign = await prisma.campaign.findFirst({ where: { id: campaignId, jobcentreId }, select: { id: true, topic: true } });
  if (!campaign) return null;
  const rows = await prisma.campaignCompany.findMany({
    where: { campaignId },
    orderBy: [{ consultant: { name: "asc" } }, { company: { postcode: "asc" } }, { company: { name: "asc" } }, { companyId: "asc" }],
    select: campaignCompanySelect(campaignId),
  });
  return {
    topic: campaign.topic,
    rows: rows.map(({ company, consultant }) => {
      const visit = company.visits[0];
      return [
        company.cvr,
        company.name,
        company.address,
        company.postcode,
        company.city,
        company.employeeBand ? employeeBandLabel(company.employeeBand) : "Ukendt",
        consultant.name,
        visit ? VISIT_STATE_LABELS[visitState(visit)] : "Intet besøg endnu",
        visit ? formatDateTime(visit.plannedFor) : null,
        visit?.outcome ? VISIT_OUTCOME_LABELS[visit.outcome] : null,
      ];
    }),
  };
}
