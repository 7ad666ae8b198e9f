// Intake: a job order from the public form (or taken by staff on a company's behalf) stored in one transaction (idempotent per submit token), the
// jobcentre it goes to, and the receipt. After intake only the order's workflow changes an order.
import { ORDER_OWNER_ROLES } from "~/domain/staff-roles";
import crypto from "node:crypto";
import { Prisma, type PrismaClient } from "@prisma/client";
import type { JobOrderInput } from "~/schemas/job-order";
import { getPrisma } from "~/utils/db.server";
import { isDatabaseUnavailable } from "~/utils/database-errors.server";
import { getEnv } from "~/utils/env.server";
import { getTemporalClient, startJobOrderWorkflow } from "~/utils/temporal.server";
import { computeDeadlines } from "~/utils/deadlines";
import { toOrderDeadlinePolicy } from "../policy/policy.server";
import { findAgreementInForce } from "../partnership/agreements.server";
import { jobOrderWorkflowId } from "../../../workflows/job-order/definitions";
import { listTowns, townOf, townsOf } from "~/models/reference/postcodes.server";
import { JOB_ORDER_KIND_LABELS } from "~/schemas/job-order";
import { formatDate } from "~/utils/format";

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export type JobcentreChoice = { id: string; name: string };

export function findJobcentreForPostcode(postcode: string, prisma: PrismaClient = getPrisma()) {
  return prisma.postcodeArea.findUnique({
    where: { postcode },
    select: { postcode: true, city: true, jobcentre: { select: { id: true, name: true } } },
  });
}

export function listJobcentres(prisma: PrismaClient = getPrisma()): Promise<JobcentreChoice[]> {
  return prisma.jobcentre.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } });
}

export type OrderFormLists = { jobcentres: JobcentreChoice[]; towns: Record<string, string> };

// Reference data, changed by seeding and rarely: a minute old is fresh enough for the form.
const FORM_LISTS_TTL_MS = 60_000;
let formLists: { at: number; value: OrderFormLists } | undefined;

/**
 * The order form's lists (the jobcentres to choose from, the towns by postcode), kept for a minute and kept
 * on while the database cannot answer, so the form, and the answer to a send it could not store, stay up
 * through a database restart.
 */
export async function getOrderFormLists(now: number = Date.now(), prisma: PrismaClient = getPrisma()): Promise<OrderFormLists> {
  if (formLists && now - formLists.at < FORM_LISTS_TTL_MS) return formLists.value;
  try {
    const value = { jobcentres: await listJobcentres(prisma), towns: await listTowns(prisma) };
    formLists = { at: now, value };
    return value;
  } catch (error) {
    if (formLists && isDatabaseUnavailable(error)) return formLists.value;
    throw error;
  }
}

/** Each jobcentre with its current promise, for the start page. */
export async function listJobcentrePromises(prisma: PrismaClient = getPrisma()) {
  const jobcentres = await prisma.jobcentre.findMany({
    select: {
      id: true,
      name: true,
      phone: true,
      // Same rule as getCurrentPolicy: the highest version is the one new orders get.
      policies: { orderBy: { version: "desc" }, take: 1, select: { responseHours: true, countingMode: true } },
    },
    orderBy: { name: "asc" },
  });
  return jobcentres.flatMap((jc) => {
    const policy = jc.policies[0];
    return policy ? [{ id: jc.id, name: jc.name, phone: jc.phone, responseHours: policy.responseHours, countingMode: policy.countingMode }] : [];
  });
}

export type IntakeErrorCode = "NO_JOBCENTRE" | "UNKNOWN_JOBCENTRE" | "NO_POLICY";

/** Intake refused for a reason the employer can fix (or, for NO_POLICY, that staff must fix). */
export class JobOrderIntakeError extends Error {
  constructor(readonly code: IntakeErrorCode) {
    super(`Job order intake refused: ${code}`);
    this.name = "JobOrderIntakeError";
  }
}

/** The calendar year in Denmark: an order received at 00:30 on 1 January belongs to the new year. */
function danishYear(at: Date): number {
  return Number(new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Copenhagen", year: "numeric" }).format(at));
}

const orderNumberPrefix = (year: number) => `JO-${year}-`;

export function formatOrderNumber(year: number, n: number): string {
  return `${orderNumberPrefix(year)}${String(n).padStart(5, "0")}`;
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

export type CreatedJobOrder = { id: string; number: string; workflowStartedAt: Date | null; created: boolean };

/**
 * Stores an order from the public form. The submit token makes it idempotent: a double click or a
 * retried request returns the order the first one stored, and no number is used twice.
 */
// The order number's row lock makes concurrent intakes queue: under a campaign's burst the wait for it is
// part of the transaction, so both limits leave room for a queue of about a hundred (bench:load).
const INTAKE_TRANSACTION = { maxWait: 10_000, timeout: 30_000 } as const;

/** An order a consultant takes on the company's behalf: they own it when it falls to their own jobcentre. */
export type TakenOnBehalf = { takenById: string; originVisitId: string | null };

export async function createJobOrder(
  input: Omit<JobOrderInput, "submissionKey">,
  submissionKey: string,
  now: Date = new Date(),
  prisma: PrismaClient = getPrisma(),
  onBehalf: TakenOnBehalf | null = null,
): Promise<CreatedJobOrder> {
  const select = { id: true, number: true, workflowStartedAt: true } as const;
  try {
    return await prisma.$transaction(async (tx) => {
      const existing = await tx.jobOrder.findUnique({ where: { submissionKey }, select });
      if (existing) return { ...existing, created: false };

      // The workplace decides the jobcentre; the employer's choice counts only outside our postcodes.
      const area = await tx.postcodeArea.findUnique({ where: { postcode: input.workplacePostcode }, select: { jobcentreId: true } });
      let jobcentreId = area?.jobcentreId;
      if (!jobcentreId) {
        if (!input.jobcentreId) throw new JobOrderIntakeError("NO_JOBCENTRE");
        const chosen = await tx.jobcentre.findUnique({ where: { id: input.jobcentreId }, select: { id: true } });
        if (!chosen) throw new JobOrderIntakeError("UNKNOWN_JOBCENTRE");
        jobcentreId = chosen.id;
      }
      // Same rule as getCurrentPolicy, inside the transaction: the order keeps this version for good.
      const policy = await tx.responsePolicy.findFirst({ where: { jobcentreId }, orderBy: { version: "desc" }, select: { id: true } });
      if (!policy) throw new JobOrderIntakeError("NO_POLICY");

      // The order keeps the company as the employer wrote it; the register changes only by import or by
      // staff. A CVR number the register does not know yet starts its record from the form.
      const stated = {
        statedCompanyName: input.companyName,
        statedCompanyAddress: input.companyAddress,
        statedCompanyPostcode: input.companyPostcode,
        statedCompanyCity: await townOf(tx, input.companyPostcode),
      };
      const company = await tx.company.upsert({
        where: { cvr: input.cvr },
        create: {
          cvr: input.cvr,
          name: stated.statedCompanyName,
          address: stated.statedCompanyAddress,
          postcode: stated.statedCompanyPostcode,
          city: stated.statedCompanyCity,
          source: "JOB_ORDER",
        },
        update: {},
        select: { id: true },
      });
      await tx.companyRelationship.createMany({ data: [{ jobcentreId, companyId: company.id, source: "JOB_ORDER" }], skipDuplicates: true });
      // The agreement in force now gives the order its fast track for good, as the policy version its promise.
      const agreement = await findAgreementInForce(tx, { jobcentreId, companyId: company.id, at: now });
      const taker = onBehalf
        ? await tx.user.findFirst({ where: { id: onBehalf.takenById, jobcentreId, active: true, role: { in: [...ORDER_OWNER_ROLES] } }, select: { id: true } })
        : null;

      const id = crypto.randomUUID();
      const order = await tx.jobOrder.create({
        data: {
          id,
          // Replaced by the order's number below, in the same transaction: nobody ever sees it.
          number: `pending-${id}`,
          submissionKey,
          jobcentreId,
          companyId: company.id,
          ...stated,
          policyId: policy.id,
          agreementId: agreement?.id ?? null,
          fastTrack: agreement !== null,
          contactName: input.contactName,
          contactEmail: input.contactEmail.toLowerCase(),
          contactPhone: input.contactPhone,
          title: input.title,
          description: input.description,
          positions: input.positions,
          kind: input.kind,
          hoursPerWeek: new Prisma.Decimal(input.hoursPerWeek),
          startDate: new Date(`${input.startDate}T00:00:00.000Z`),
          applicationDeadline: input.applicationDeadline ? new Date(`${input.applicationDeadline}T00:00:00.000Z`) : null,
          workplacePostcode: input.workplacePostcode,
          requirements: input.requirements,
          openToSmallJobs: input.openToSmallJobs,
          openToFlexJob: input.openToFlexJob,
          openToJobCrafting: input.openToJobCrafting,
          status: "RECEIVED",
          receivedAt: now,
          ...(onBehalf ? { takenById: onBehalf.takenById, originVisitId: onBehalf.originVisitId, assigneeId: taker?.id ?? null } : {}),
          workflowId: jobOrderWorkflowId(id),
          events: { create: { kind: "RECEIVED", at: now, key: "received" } },
        },
        select,
      });

      // The number is taken last, in one statement with the order's update: the counter row's lock, which
      // makes concurrent intakes queue for consecutive numbers, is held from here to the commit only, and
      // a rolled-back intake gives its number back.
      const year = danishYear(now);
      const numbered = await tx.$queryRaw<Array<{ number: string }>>`
        WITH counter AS (
          INSERT INTO "OrderNumberCounter" ("year", "lastNumber") VALUES (${year}, 1)
          ON CONFLICT ("year") DO UPDATE SET "lastNumber" = "OrderNumberCounter"."lastNumber" + 1
          RETURNING "lastNumber"
        )
        UPDATE "JobOrder" SET "number" = ${orderNumberPrefix(year)}::text || lpad(counter."lastNumber"::text, greatest(5, length(counter."lastNumber"::text)), '0')
        FROM counter WHERE "JobOrder"."id" = ${id}
        RETURNING "JobOrder"."number"`;
      return { ...order, number: numbered[0]!.number, created: true };
    }, INTAKE_TRANSACTION);
  } catch (error) {
    // Two requests with the same token raced past the first read: the loser's insert waited for the
    // winner's commit and failed, so the winner's order is there to return.
    if (isUniqueViolation(error)) {
      const existing = await prisma.jobOrder.findUnique({ where: { submissionKey }, select });
      if (existing) return { ...existing, created: false };
    }
    throw error;
  }
}

/** Recorded once the workflow has been started; the reconciler starts orders where this is empty. */
export async function markWorkflowStarted(orderId: string, now: Date = new Date(), prisma: PrismaClient = getPrisma()): Promise<void> {
  await prisma.jobOrder.updateMany({ where: { id: orderId, workflowStartedAt: null }, data: { workflowStartedAt: now } });
}

// Beyond this the employer is better served by "saved, press Send again" than by a spinning page.
const WORKFLOW_START_TIMEOUT_MS = 10_000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Starts a stored order's workflow (if it has not started) within a few seconds. False when Temporal did
 * not take it: the order stays stored, and the reconciler starts it even if the employer leaves.
 */
export async function handOrderToWorkflow(order: CreatedJobOrder): Promise<boolean> {
  if (order.workflowStartedAt) return true;
  try {
    const client = await withTimeout(getTemporalClient(), WORKFLOW_START_TIMEOUT_MS);
    await withTimeout(startJobOrderWorkflow(client, getEnv().TEMPORAL_TASK_QUEUE, order.id), WORKFLOW_START_TIMEOUT_MS);
    await markWorkflowStarted(order.id);
    return true;
  } catch (error) {
    console.error(`[intake] order ${order.number} (${order.id}) is stored but its workflow did not start:`, error);
    return false;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The due instant: the workflow writes it a moment after intake, until then compute the same value. */
export function dueAtOf(order: Parameters<typeof toOrderDeadlinePolicy>[0] & { dueAt: Date | null; receivedAt: Date }): Date {
  return order.dueAt ?? computeDeadlines(toOrderDeadlinePolicy(order), order.receivedAt).dueAt;
}

/** The receipt page, by the order's id (unguessable, so the page needs no sign-in). */
export async function getOrderForReceipt(id: string, prisma: PrismaClient = getPrisma()) {
  if (!UUID.test(id)) return null;
  const order = await prisma.jobOrder.findUnique({
    where: { id },
    include: { jobcentre: { select: { name: true, phone: true, email: true } }, policy: true, company: true, agreement: { select: { fastTrackResponseHours: true } } },
  });
  if (!order) return null;
  const towns = await townsOf(prisma, [order.statedCompanyPostcode, order.workplacePostcode]);
  const place = (postcode: string) => (towns.get(postcode) ? `${postcode} ${towns.get(postcode)}` : postcode);
  return {
    id: order.id,
    number: order.number,
    title: order.title,
    // What the employer sent, as stored, in the form's own words and order.
    sent: [
      {
        heading: "Virksomheden",
        facts: [
          ["CVR-nummer", order.company.cvr],
          ["Virksomhedens navn", order.statedCompanyName],
          ["Adresse", `${order.statedCompanyAddress}, ${place(order.statedCompanyPostcode)}`],
        ],
      },
      {
        heading: "Kontaktperson",
        facts: [
          ["Navn", order.contactName],
          ["E-mail", order.contactEmail],
          ["Telefon", order.contactPhone],
        ],
      },
      {
        heading: "Jobbet",
        facts: [
          ["Stillingsbetegnelse", order.title],
          ["Beskrivelse af jobbet", order.description],
          ["Antal stillinger", String(order.positions)],
          ["Ansættelsesform", capitalise(JOB_ORDER_KIND_LABELS[order.kind])],
          ["Timer om ugen", order.hoursPerWeek.toNumber().toLocaleString("da-DK")],
          ["Startdato", formatDate(order.startDate)],
          ["Ansøgningsfrist", order.applicationDeadline ? formatDate(order.applicationDeadline) : "Ingen"],
          ["Arbejdsstedets postnummer", place(order.workplacePostcode)],
          ["Krav til kandidaterne", order.requirements || "Ingen"],
          [
            "Åben for",
            [order.openToSmallJobs ? "småjob" : null, order.openToFlexJob ? "fleksjob" : null, order.openToJobCrafting ? "at høre om jobcrafting" : null]
              .filter(Boolean)
              .join(", ") || "Ikke angivet",
          ],
        ],
      },
    ] satisfies Array<{ heading: string; facts: Array<[string, string]> }>,
    contactName: order.contactName,
    contactEmail: order.contactEmail,
    receivedAt: order.receivedAt,
    dueAt: dueAtOf(order),
    responseHours: toOrderDeadlinePolicy(order).responseHours,
    countingMode: order.policy.countingMode,
    fastTrack: order.fastTrack,
    jobcentre: order.jobcentre,
  };
}
