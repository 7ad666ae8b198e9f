// A jobcentre's partnership agreements: made for a company of its register (one at a time per company), read
// as a list, a page and a section of the company page, ended early. Intake asks which one is in force when an
// order arrives (findAgreementInForce): the order keeps it, with its fast track, for its whole life.
import type { PartnershipAgreement, Prisma, PrismaClient } from "@prisma/client";
import {
  AGREEMENT_STATUS_LABELS,
  agreementInForce,
  canEnd,
  lastDayOf,
  overlapsExisting,
  statusOf,
  type AgreementPeriod,
} from "~/domain/partnership/agreement";
import { ORDER_OWNER_ROLES } from "~/domain/staff-roles";
import type { AgreementListView, NewAgreementValues } from "~/schemas/partnership";
import { localDateOf } from "~/utils/deadlines";
import { formatDate, formatDateTime } from "~/utils/format";

export const AGREEMENT_PAGE_SIZE = 50;

type Db = PrismaClient | Prisma.TransactionClient;

const isoDate = (d: Date) => d.toISOString().slice(0, 10);
const dbDate = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

/** The part of a stored agreement its rules read. */
export function periodOf(row: Pick<PartnershipAgreement, "startsOn" | "endsOn" | "endedAt">): AgreementPeriod {
  return { startsOn: isoDate(row.startsOn), endsOn: isoDate(row.endsOn), endedAt: row.endedAt, endedOn: row.endedAt ? localDateOf(row.endedAt) : null };
}

/** The agreement in force for the company at `at`, with what its fast track needs. */
export async function findAgreementInForce(db: Db, input: { jobcentreId: string; companyId: string; at: Date }) {
  const rows = await db.partnershipAgreement.findMany({
    where: { jobcentreId: input.jobcentreId, companyId: input.companyId },
    select: { id: true, startsOn: true, endsOn: true, endedAt: true, fastTrackResponseHours: true, contactUserId: true },
  });
  const today = localDateOf(input.at);
  return agreementInForce(rows.map((row) => ({ ...row, ...periodOf(row) })), input.at, today);
}

export const AGREEMENT_WRITE_MESSAGES = {
  NOT_FOUND: "Aftalen findes ikke hos jobcentret.",
  COMPANY_NOT_FOUND: "Virksomheden findes ikke i jobcentrets register.",
  UNKNOWN_CONTACT: "Vælg en aktiv konsulent eller teamleder i jobcentret som fast kontaktperson.",
  NO_POLICY: "Jobcentret har ingen svarpolitik endnu, så hurtigsporet har intet at være kortere end.",
  NOT_SHORTER: "Hurtigsporets svarfrist skal være kortere end jobcentrets egen svarfrist.",
  OVERLAP: "Virksomheden har allerede en partnerskabsaftale med jobcentret i en del af perioden. Afslut den først, eller vælg en periode efter den.",
  STALE: "En kollega har ændret aftalen, siden du åbnede siden. Se den igen, og prøv så igen.",
  ALREADY_ENDED: "Aftalen er allerede udløbet eller afsluttet.",
} as const;
export type AgreementWriteCode = keyof typeof AGREEMENT_WRITE_MESSAGES;
export type AgreementWriteResult<T = object> = ({ ok: true } & T) | { ok: false; code: AgreementWriteCode; message: string; field?: "contactUserId" | "fastTrackResponseHours" | "startsOn" };

export const AGREEMENT_STATUS_OF: Record<AgreementWriteCode, number> = {
  NOT_FOUND: 404,
  COMPANY_NOT_FOUND: 404,
  UNKNOWN_CONTACT: 400,
  NO_POLICY: 409,
  NOT_SHORTER: 400,
  OVERLAP: 409,
  STALE: 409,
  ALREADY_ENDED: 409,
};

function failure(code: AgreementWriteCode, field?: "contactUserId" | "fastTrackResponseHours" | "startsOn"): { ok: false; code: AgreementWriteCode; message: string; field?: typeof field } {
  return { ok: false, code, message: AGREEMENT_WRITE_MESSAGES[code], ...(field ? { field } : {}) };
}

function contactChoices(db: Db, jobcentreId: string) {
  return db.user.findMany({
    where: { jobcentreId, active: true, role: { in: [...ORDER_OWNER_ROLES] } },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
}

/** What the new agreement form starts from: the company, the jobcentre's terms and promise, who can be the contact. */
export async function getNewAgreementForm(prisma: PrismaClient, jobcentreId: string, cvr: string) {
  const relationship = await prisma.companyRelationship.findFirst({
    where: { jobcentreId, company: { cvr } },
    select: { keyAccountConsultantId: true, company: { select: { id: true, cvr: true, name: true } } },
  });
  if (!relationship) return null;
  const [terms, policy, contacts, current] = await Promise.all([
    prisma.partnershipTerms.findUnique({ where: { jobcentreId } }),
    prisma.responsePolicy.findFirst({ where: { jobcentreId }, orderBy: { version: "desc" }, select: { responseHours: true, countingMode: true } }),
    contactChoices(prisma, jobcentreId),
    prisma.partnershipAgreement.findMany({ where: { jobcentreId, companyId: relationship.company.id }, orderBy: { startsOn: "desc" } }),
  ]);
  const today = localDateOf(new Date());
  const open = current.find((a) => canEnd(periodOf(a), today));
  const kam = relationship.keyAccountConsultantId;
  return {
    company: relationship.company,
    policy,
    contacts,
    openAgreement: open ? { id: open.id, endsOn: formatDate(open.endsOn) } : null,
    defaults: {
      contactUserId: kam && contacts.some((c) => c.id === kam) ? kam : "",
      fastTrackResponseHours: terms?.fastTrackResponseHours ?? null,
      companyCommitments: terms?.companyCommitments ?? [],
      jobcentreCommitments: terms?.jobcentreCommitments ?? [],
    },
  };
}

/**
 * Makes the agreement. The company's relationship row is locked for the overlap check, so two leads cannot
 * give a company two agreements for the same days. The form's id makes a second send find the first's result.
 */
export async function createAgreement(
  prisma: PrismaClient,
  input: { jobcentreId: string; cvr: string; byUserId: string; values: NewAgreementValues },
): Promise<AgreementWriteResult<{ id: string }>> {
  const { values } = input;
  return prisma.$transaction(async (tx) => {
    const relationship = await tx.companyRelationship.findFirst({ where: { jobcentreId: input.jobcentreId, company: { cvr: input.cvr } }, select: { id: true, companyId: true } });
    if (!relationship) return failure("COMPANY_NOT_FOUND");
    await tx.$queryRaw`SELECT "id" FROM "CompanyRelationship" WHERE "id" = ${relationship.id} FOR UPDATE`;
    const same = await tx.partnershipAgreement.findUnique({ where: { id: values.agreementId }, select: { id: true, jobcentreId: true, companyId: true } });
    if (same) return same.jobcentreId === input.jobcentreId && same.companyId === relationship.companyId ? { ok: true as const, id: same.id } : failure("NOT_FOUND");
    const contact = await tx.user.findFirst({
      where: { id: values.contactUserId, jobcentreId: input.jobcentreId, active: true, role: { in: [...ORDER_OWNER_ROLES] } },
      select: { id: true },
    });
    if (!contact) return failure("UNKNOWN_CONTACT", "contactUserId");
    const policy = await tx.responsePolicy.findFirst({ where: { jobcentreId: input.jobcentreId }, orderBy: { version: "desc" }, select: { responseHours: true } });
    if (!policy) return failure("NO_POLICY");
    if (values.fastTrackResponseHours >= policy.responseHours) return failure("NOT_SHORTER", "fastTrackResponseHours");
    const existing = await tx.partnershipAgreement.findMany({
      where: { jobcentreId: input.jobcentreId, companyId: relationship.companyId },
      select: { startsOn: true, endsOn: true, endedAt: true },
    });
    if (existing.some((a) => overlapsExisting(values, periodOf(a)))) return failure("OVERLAP", "startsOn");
    const created = await tx.partnershipAgreement.create({
      data: {
        id: values.agreementId,
        jobcentreId: input.jobcentreId,
        companyId: relationship.companyId,
        startsOn: dbDate(values.startsOn),
        endsOn: dbDate(values.endsOn),
        contactUserId: contact.id,
        companyContactName: values.companyContactName,
        companyContactEmail: values.companyContactEmail,
        companyContactPhone: values.companyContactPhone,
        fastTrackResponseHours: values.fastTrackResponseHours,
        companyCommitments: values.companyCommitments,
        jobcentreCommitments: values.jobcentreCommitments,
        note: values.note,
        createdById: input.byUserId,
      },
      select: { id: true },
    });
    return { ok: true as const, id: created.id };
  });
}

/** Ends the agreement now: orders received from now on have no fast track; those received under it keep theirs. */
export async function endAgreement(
  prisma: PrismaClient,
  input: { jobcentreId: string; agreementId: string; byUserId: string; version: string; now?: Date },
): Promise<AgreementWriteResult> {
  const now = input.now ?? new Date();
  const agreement = await prisma.partnershipAgreement.findFirst({ where: { id: input.agreementId, jobcentreId: input.jobcentreId } });
  if (!agreement) return failure("NOT_FOUND");
  if (!canEnd(periodOf(agreement), localDateOf(now))) return failure("ALREADY_ENDED");
  const ended = await prisma.partnershipAgreement.updateMany({
    where: { id: agreement.id, endedAt: null, updatedAt: new Date(input.version) },
    data: { endedAt: now, endedById: input.byUserId },
  });
  return ended.count === 1 ? { ok: true } : failure("STALE");
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export function isAgreementId(value: string | undefined): value is string {
  return typeof value === "string" && UUID.test(value);
}

function periodText(row: Pick<PartnershipAgreement, "startsOn" | "endsOn" | "endedAt">): string {
  const period = periodOf(row);
  const last = lastDayOf(period);
  return `${formatDate(row.startsOn)} – ${formatDate(dbDate(last))}`;
}

/** The jobcentre's agreements, the soonest to end first: those still to come or in force, or all. */
export async function listAgreements(prisma: PrismaClient, jobcentreId: string, query: { view: AgreementListView; page: number }, now: Date = new Date()) {
  const today = dbDate(localDateOf(now));
  // The rule of canEnd, as a filter: not ended, and its last day not behind us.
  const where: Prisma.PartnershipAgreementWhereInput = query.view === "gaeldende" ? { jobcentreId, endedAt: null, endsOn: { gte: today } } : { jobcentreId };
  const [total, rows] = await Promise.all([
    prisma.partnershipAgreement.count({ where }),
    prisma.partnershipAgreement.findMany({
      where,
      orderBy: query.view === "gaeldende" ? [{ endsOn: "asc" }, { id: "asc" }] : [{ startsOn: "desc" }, { id: "asc" }],
      skip: (query.page - 1) * AGREEMENT_PAGE_SIZE,
      take: AGREEMENT_PAGE_SIZE,
      include: { company: { select: { cvr: true, name: true } }, contactUser: { select: { name: true } } },
    }),
  ]);
  const localToday = localDateOf(now);
  return {
    total,
    pages: Math.max(1, Math.ceil(total / AGREEMENT_PAGE_SIZE)),
    rows: rows.map((a) => ({
      id: a.id,
      company: a.company,
      contactName: a.contactUser.name,
      period: periodText(a),
      fastTrackResponseHours: a.fastTrackResponseHours,
      status: AGREEMENT_STATUS_LABELS[statusOf(periodOf(a), now, localToday)],
    })),
  };
}

/** One agreement of the jobcentre as its page shows it, with the orders received under it. */
export async function getAgreement(prisma: PrismaClient, jobcentreId: string, id: string, now: Date = new Date()) {
  const a = await prisma.partnershipAgreement.findFirst({
    where: { id, jobcentreId },
    include: {
      company: { select: { cvr: true, name: true } },
      contactUser: { select: { name: true, email: true, active: true } },
      createdBy: { select: { name: true } },
      endedBy: { select: { name: true } },
      jobcentre: { select: { policies: { orderBy: { version: "desc" }, take: 1, select: { countingMode: true } } } },
    },
  });
  if (!a) return null;
  const [orders, orderCount] = await Promise.all([
    prisma.jobOrder.findMany({
      where: { agreementId: a.id, jobcentreId },
      orderBy: { receivedAt: "desc" },
      take: 20,
      select: { number: true, title: true, receivedAt: true, answeredAt: true, answeredOnTime: true },
    }),
    prisma.jobOrder.count({ where: { agreementId: a.id, jobcentreId } }),
  ]);
  const period = periodOf(a);
  const status = statusOf(period, now, localDateOf(now));
  return {
    id: a.id,
    version: a.updatedAt.toISOString(),
    company: a.company,
    status,
    statusLabel: AGREEMENT_STATUS_LABELS[status],
    period: periodText(a),
    canEnd: canEnd(period, localDateOf(now)),
    contact: { name: a.contactUser.active ? a.contactUser.name : `${a.contactUser.name} (ikke aktiv)`, email: a.contactUser.email },
    companyContact: { name: a.companyContactName, email: a.companyContactEmail, phone: a.companyContactPhone },
    fastTrackResponseHours: a.fastTrackResponseHours,
    workingHours: a.jobcentre.policies[0]?.countingMode === "WORKING_HOURS",
    companyCommitments: a.companyCommitments,
    jobcentreCommitments: a.jobcentreCommitments,
    note: a.note,
    made: `${formatDateTime(a.createdAt)} af ${a.createdBy.name}`,
    ended: a.endedAt ? `${formatDateTime(a.endedAt)}${a.endedBy ? ` af ${a.endedBy.name}` : ""}` : null,
    orderCount,
    orders: orders.map((o) => ({
      number: o.number,
      title: o.title,
      receivedAt: formatDateTime(o.receivedAt),
      answer: o.answeredAt ? (o.answeredOnTime ? "Svaret til tiden" : "Svaret for sent") : "Ikke svaret endnu",
    })),
  };
}

/** The company page's section: the company's agreements with the jobcentre, newest first. */
export async function listCompanyAgreements(db: Db, jobcentreId: string, companyId: string, now: Date = new Date()) {
  const rows = await db.partnershipAgreement.findMany({
    where: { jobcentreId, companyId },
    orderBy: { startsOn: "desc" },
    take: 10,
    include: { contactUser: { select: { name: true } } },
  });
  const today = localDateOf(now);
  return rows.map((a) => {
    const status = statusOf(periodOf(a), now, today);
    return { id: a.id, period: periodText(a), status, statusLabel: AGREEMENT_STATUS_LABELS[status], contactName: a.contactUser.name, fastTrackResponseHours: a.fastTrackResponseHours };
  });
}
