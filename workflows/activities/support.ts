// What the job order's activities share: their dependencies, the one order loader, the append-only event
// log, referral history, tasks opened and closed once, the employer's sign-in link, who may act, refusals.
//
// Every activity may run more than once (retries, a worker dying after the write), so each write is
// idempotent: events and referral history have a stable key per step (ON CONFLICT DO NOTHING), tasks a
// stable key per order, mails go through sendMailOnce with a stable key, and link tokens are derived
// from what they are for (app/utils/link-tokens.server.ts). Instants that matter come from the workflow's
// clock, so a retried activity records the same instant.
import { ApplicationFailure } from "@temporalio/common";
import type { Client } from "@temporalio/client";
import { Prisma, type ActorType, type JobOrderEventKind, type PrismaClient, type ReferralStatus, type StaffRole, type TaskKind, type User } from "@prisma/client";
import { NOT_AN_OWNER_MESSAGE, ORDER_OWNER_ROLES } from "../../app/domain/staff-roles";
import { createEmployerLoginToken, employerLoginUrl } from "../../app/models/access/employer-login.server";
import { jobcentresWorkingOn } from "../../app/models/job-order/working-jobcentres.server";
import type { Mailer } from "../../app/utils/mailer.server";
import { instantSql } from "../../app/utils/sql.server";
import { REFUSALS, type RefusalCode } from "../job-order/definitions";

export type ActivityDeps = {
  prisma: PrismaClient;
  mailer: Mailer;
  publicUrl: string;
  employerLinkTtlHours: number;
  /** Key of the consent and survey link tokens (LINK_SECRET; app/utils/link-tokens.server.ts). */
  linkSecret: string;
  /** The Chromium the committee report is printed with (app/utils/chromium.server.ts); null: none here. */
  chromiumPath?: string | null;
  /** Needed only by the reconciler, which starts workflows. */
  temporal?: { client: Client; taskQueue: string };
};

export type Db = PrismaClient | Prisma.TransactionClient;

/** What an activity reports back of a referral or a task, for the state the workflow's validators read. */
export type ReferralChange = { referralId: string; status: ReferralStatus; consentReplyBy: string | null; feedbackDueAt: string | null };
export type TaskChange = { taskId: string; kind: TaskKind; open: boolean; referralId: string | null };

export const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

/** The local date of a @db.Date column (stored as UTC midnight). */
export function dateColumn(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function referralChange(r: { id: string; status: ReferralStatus; consentReplyBy: Date | null; feedbackDueAt: Date | null }): ReferralChange {
  return { referralId: r.id, status: r.status, consentReplyBy: iso(r.consentReplyBy), feedbackDueAt: iso(r.feedbackDueAt) };
}

export function taskChange(t: { id: string; kind: TaskKind; status: string; referralId: string | null }): TaskChange {
  return { taskId: t.id, kind: t.kind, open: t.status === "OPEN", referralId: t.referralId };
}

// --- refusals ----------------------------------------------------------------------------------------

export function orderNotFound(orderId: string): ApplicationFailure {
  return ApplicationFailure.nonRetryable(`Job order ${orderId} does not exist`, "OrderNotFound");
}

/** A refusal the person who asked should see (in Danish): not retried, passed on to the update's caller. */
export function refuse(type: RefusalCode, message: string): ApplicationFailure {
  return ApplicationFailure.nonRetryable(message, type);
}

// --- the event log and referral history ----------------------------------------------------------------

export type EventInput = {
  orderId: string;
  kind: JobOrderEventKind;
  key: string;
  at: Date;
  actorId?: string | null;
  data?: Prisma.InputJsonValue;
};

/** The insert of an event, once: a second one with the same (orderId, key) is ignored. For batch transactions. */
export function eventInsert(db: Db, event: EventInput) {
  return db.jobOrderEvent.createMany({
    data: [{ orderId: event.orderId, kind: event.kind, key: event.key, at: event.at, actorId: event.actorId ?? null, data: event.data ?? {} }],
    skipDuplicates: true,
  });
}

/** Appends an event once: a second insert with the same (orderId, key) is ignored. */
export async function appendEvent(db: Db, event: EventInput): Promise<void> {
  await eventInsert(db, event);
}

type ReferralStatusChange = {
  status: ReferralStatus;
  at: Date;
  actorType: ActorType;
  actorId?: string | null;
  key: string;
  data?: Prisma.InputJsonValue;
  set?: Prisma.ReferralUpdateInput;
};

/**
 * A referral enters a status: the history row first (once per key), then the projection. A retry whose
 * history row exists changes nothing, so a later status is never overwritten by a repeated earlier step.
 */
export async function changeReferral(tx: Db, referral: { id: string; orderId: string }, change: ReferralStatusChange): Promise<void> {
  const appended = await tx.referralEvent.createMany({
    data: [
      {
        referralId: referral.id,
        orderId: referral.orderId,
        status: change.status,
        at: change.at,
        actorType: change.actorType,
        actorId: change.actorId ?? null,
        data: change.data ?? {},
        key: change.key,
      },
    ],
    skipDuplicates: true,
  });
  if (appended.count === 0) return;
  await tx.referral.update({ where: { id: referral.id }, data: { status: change.status, ...change.set } });
  if (FIGURE_STATUSES.has(change.status)) await refreshOrderFigures(tx, referral.orderId);
}

/** The statuses that change an order's referral figures: referred (CV shared) and hired. */
const FIGURE_STATUSES = new Set<ReferralStatus>(["SHARED", "HIRED"]);

/**
 * The order's referral figures (referredAt, hiredAt, hires) from its referral history, recomputed whole so
 * they are right whatever came before; the migration that added them backfilled them the same way.
 */
export async function refreshOrderFigures(tx: Db, orderId: string): Promise<void> {
  await tx.$executeRaw`
    UPDATE "JobOrder" SET
      "referredAt" = (SELECT min(e."at") FROM "ReferralEvent" e WHERE e."orderId" = ${orderId} AND e."status" = 'SHARED'),
      "hiredAt" = (SELECT min(e."at") FROM "ReferralEvent" e WHERE e."orderId" = ${orderId} AND e."status" = 'HIRED'),
      "hires" = (SELECT count(*)::int FROM "Referral" r WHERE r."orderId" = ${orderId} AND r."status" = 'HIRED')
    WHERE "id" = ${orderId}`;
}

// --- the answer promise's deadline steps ----------------------------------------------------------------
// A campaign can put a thousand deadlines in one minute, and each step runs in the workflow task its timer
// wakes (docs/benchmarks.md "Timers"): each writes in one statement and reads in one.

export type DeadlineStep = { kind: "WARNED" } | { kind: "DEADLINE_BREACHED" } | { kind: "ESCALATED_TEAM_LEAD"; level: 1 } | { kind: "ESCALATED_MANAGER"; level: 2 };

const DEADLINE_STEP_KEYS: Record<DeadlineStep["kind"], string> = {
  WARNED: "warned",
  DEADLINE_BREACHED: "breached",
  ESCALATED_TEAM_LEAD: "escalated:1",
  ESCALATED_MANAGER: "escalated:2",
};

/** Sets the step's mark on the order (once, never backwards) and appends its event (once), in one statement. */
export async function recordDeadlineStep(db: Db, orderId: string, at: Date, step: DeadlineStep, data: Prisma.InputJsonValue = {}): Promise<void> {
  const mark =
    step.kind === "WARNED"
      ? Prisma.sql`"warnedAt" = ${instantSql(at)} WHERE "id" = ${orderId} AND "warnedAt" IS NULL`
      : step.kind === "DEADLINE_BREACHED"
        ? Prisma.sql`"breachedAt" = ${instantSql(at)} WHERE "id" = ${orderId} AND "breachedAt" IS NULL`
        : Prisma.sql`"escalationLevel" = ${step.level}::int WHERE "id" = ${orderId} AND "escalationLevel" < ${step.level}::int`;
  // A data-modifying WITH runs to completion whether or not the insert reads it.
  await db.$executeRaw`
    WITH marked AS (UPDATE "JobOrder" SET ${mark} RETURNING 1)
    INSERT INTO "JobOrderEvent" ("id", "orderId", "kind", "key", "at", "data")
    VALUES (gen_random_uuid()::text, ${orderId}, ${step.kind}::"JobOrderEventKind", ${DEADLINE_STEP_KEYS[step.kind]}, ${instantSql(at)}, ${JSON.stringify(data)}::jsonb)
    ON CONFLICT ("orderId", "key") DO NOTHING`;
}

/** A staff user as a mail to them needs them. */
export type MailPerson = { name: string; email: string; active: boolean };

/** What the order's mails say, read in one query (a thousand receipts or deadlines may fall in a minute). */
export type OrderMailFacts = {
  id: string;
  number: string;
  title: string;
  positions: number;
  contactName: string;
  contactEmail: string;
  receivedAt: Date;
  dueAt: Date | null;
  /** Received under a partnership agreement: on its fast track. */
  fastTrack: boolean;
  companyName: string;
  jobcentreName: string;
  jobcentreEmail: string;
  jobcentrePhone: string;
  warningAtPercent: number;
  escalationEmails: string[];
  /** The order's owner now. */
  owner: MailPerson | null;
  /** The user asked for by `userId`. */
  user: MailPerson | null;
  /** The jobcentre's active users of `leadRole`, by address. */
  leadEmails: string[];
};

export async function loadOrderMailFacts(
  db: Db,
  orderId: string,
  options: { userId?: string | null; leadRole?: StaffRole | null } = {},
): Promise<OrderMailFacts> {
  const person = (id: Prisma.Sql) =>
    Prisma.sql`(SELECT json_build_object('name', u."name", 'email', u."email", 'active', u."active") FROM "User" u WHERE u."id" = ${id})`;
  const rows = await db.$queryRaw<OrderMailFacts[]>`
    SELECT o."id", o."number", o."title", o."positions", o."contactName", o."contactEmail", o."receivedAt", o."dueAt", o."fastTrack",
      -- The order's mails name the company as its employer wrote it.
      o."statedCompanyName" AS "companyName", j."name" AS "jobcentreName", j."email" AS "jobcentreEmail", j."phone" AS "jobcentrePhone",
      p."warningAtPercent", p."escalationEmails",
      ${person(Prisma.sql`o."assigneeId"`)} AS "owner",
      ${person(Prisma.sql`${options.userId ?? null}::text`)} AS "user",
      ARRAY(
        SELECT u."email" FROM "User" u
        WHERE u."jobcentreId" = o."jobcentreId" AND u."role"::text = ${options.leadRole ?? null}::text AND u."active"
        ORDER BY u."email"
      ) AS "leadEmails"
    FROM "JobOrder" o
    JOIN "Jobcentre" j ON j."id" = o."jobcentreId"
    JOIN "ResponsePolicy" p ON p."id" = o."policyId"
    WHERE o."id" = ${orderId}`;
  const facts = rows[0];
  if (!facts) throw orderNotFound(orderId);
  return facts;
}

// --- tasks ---------------------------------------------------------------------------------------------

/** Creates a task once per (order, key); returns it as it is now (a retry finds the first one). */
export async function ensureTask(
  tx: Db,
  input: { orderId: string; jobcentreId: string; key: string; kind: TaskKind; dueAt: Date; assigneeId: string | null; at: Date; referralId?: string | null; regionId?: string | null },
): Promise<TaskChange> {
  await tx.task.createMany({
    data: [
      {
        orderId: input.orderId,
        jobcentreId: input.jobcentreId,
        key: input.key,
        kind: input.kind,
        dueAt: input.dueAt,
        assigneeId: input.assigneeId,
        createdAt: input.at,
        referralId: input.referralId ?? null,
        regionId: input.regionId ?? null,
      },
    ],
    skipDuplicates: true,
  });
  return taskChange(await tx.task.findUniqueOrThrow({ where: { orderId_key: { orderId: input.orderId, key: input.key } } }));
}

/** Closes the open tasks matching `where` (DONE or CANCELLED) and returns them as changes. */
export async function closeTasks(
  tx: Db,
  where: Prisma.TaskWhereInput,
  outcome: { status: "DONE" | "CANCELLED"; at: Date; byUserId?: string | null; note?: string | null },
): Promise<TaskChange[]> {
  const tasks = await tx.task.findMany({ where: { ...where, status: "OPEN" }, select: { id: true, kind: true, referralId: true } });
  if (tasks.length === 0) return [];
  await tx.task.updateMany({
    where: { id: { in: tasks.map((t) => t.id) }, status: "OPEN" },
    data: { status: outcome.status, completedAt: outcome.at, completedById: outcome.byUserId ?? null, note: outcome.note ?? null },
  });
  return tasks.map((t) => ({ taskId: t.id, kind: t.kind, open: false, referralId: t.referralId }));
}

// --- who may act ---------------------------------------------------------------------------------------

/**
 * An active staff user of one of the order's working jobcentres in one of `roles` (by default the roles
 * that work on orders; app/domain/staff-roles.ts), or a refusal.
 */
export async function requireStaffOnOrder(
  db: Db,
  userId: string,
  order: { jobcentreId: string; sharedWithRegionAt: Date | null },
  roles: readonly StaffRole[] = ORDER_OWNER_ROLES,
): Promise<User> {
  const user = await db.user.findUnique({ where: { id: userId } });
  if (!user || !user.active) throw refuse(REFUSALS.actorNotAllowed, "Din bruger er ikke aktiv.");
  if (!roles.includes(user.role)) throw refuse(REFUSALS.actorNotAllowed, NOT_AN_OWNER_MESSAGE);
  const allowed = await jobcentresWorkingOn(db, order);
  if (!allowed.includes(user.jobcentreId)) throw refuse(REFUSALS.actorNotAllowed, "Du kan ikke arbejde på jobordrer fra et andet jobcenter.");
  return user;
}

// --- links -------------------------------------------------------------------------------------------

/** The staff page of an order. */
export function orderUrl(publicUrl: string, orderNumber: string): string {
  return new URL(`/ordrer/${encodeURIComponent(orderNumber)}`, publicUrl).toString();
}

export function publicLink(publicUrl: string, path: string): string {
  return new URL(path, publicUrl).toString();
}

// --- helpers bound to the dependencies -----------------------------------------------------------------

export function createSupport(deps: ActivityDeps) {
  const { prisma, publicUrl, employerLinkTtlHours } = deps;

  /** The order with what the activities read of it; refused (not retried) when it does not exist. */
  async function loadOrder(orderId: string) {
    const order = await prisma.jobOrder.findUnique({
      where: { id: orderId },
      include: { policy: true, company: true, jobcentre: { include: { region: true } }, assignee: true, answeredBy: true, meeting: true },
    });
    if (!order) throw orderNotFound(orderId);
    return order;
  }

  async function loadReferral(orderId: string, referralId: string) {
    const referral = await prisma.referral.findUnique({ where: { id: referralId }, include: { jobseeker: true } });
    if (!referral || referral.orderId !== orderId) throw refuse(REFUSALS.referralNotFound, "Kandidaten hører ikke til denne jobordre.");
    return referral;
  }

  /** A sign-in link to "Mine jobordrer" for the employer's contact person. */
  async function employerLink(email: string): Promise<string> {
    return employerLoginUrl(publicUrl, await createEmployerLoginToken(prisma, email, employerLinkTtlHours));
  }

  return { loadOrder, loadReferral, employerLink };
}

export type Support = ReturnType<typeof createSupport>;
export type LoadedOrder = Awaited<ReturnType<Support["loadOrder"]>>;

export function jobcentreContact(order: LoadedOrder) {
  return { name: order.jobcentre.name, phone: order.jobcentre.phone, email: order.jobcentre.email };
}

/** The employer acting must be the order's contact person (their e-mail is their identity). */
export function requireEmployer(order: LoadedOrder, email: string): void {
  if (order.contactEmail !== email.trim().toLowerCase()) {
    throw refuse(REFUSALS.employerNotAllowed, "Jobordren hører til en anden kontaktperson.");
  }
}

/** The order's consultant, else the jobcentre's shared mailbox, as a mail recipient. */
export function consultantRecipient(order: LoadedOrder): { name: string; email: string } {
  return order.assignee?.active ? { name: order.assignee.name, email: order.assignee.email } : { name: order.jobcentre.name, email: order.jobcentre.email };
}
