// The job order's activities after the answer: the plan (referral promise, close, meeting), referrals
// with the jobseeker's consent, the employer's feedback, hires and follow-ups, the regional recruitment
// service, tasks, the close with its outcome and the satisfaction survey.
//
// Like the activities before the answer (activities.ts) every one may run more than once: history rows
// have a stable key per step (ON CONFLICT DO NOTHING), tasks a stable key per order, mails go through
// sendMailOnce, and link tokens are derived from what they are for (app/utils/link-tokens.server.ts).
// Instants that matter come from the workflow's clock. Refusals a person should see are non-retryable
// ApplicationFailures with a type the web app turns into Danish (app/models/job-order-lifecycle.server.ts).
import { HAND_OVER_ROLES } from "../app/domain/staff-roles";
import type { ActorType, Prisma, PrismaClient, ReferralStatus, TaskKind } from "@prisma/client";
import { toDeadlinePolicy } from "../app/models/policy.server";
import { createEmployerLoginToken, employerLoginUrl } from "../app/models/employer-login.server";
import { JOB_ORDER_KIND_LABELS } from "../app/schemas/job-order";
import { eligibleBenefitGroups } from "../app/utils/candidate-ranking";
import {
  addLocalDays,
  addWorkingDays,
  closingTimeOnOrAfter,
  endOfLocalDay,
  localDateOf,
  meetingSlots,
} from "../app/utils/deadlines";
import { hashToken, linkToken } from "../app/utils/link-tokens.server";
import { sendMailOnce, wasMailSent, type Mailer } from "../app/utils/mailer.server";
import { minimalCv, sharedFieldsDescription, readMinimalCv } from "../app/utils/minimal-cv";
import { JOB_ORDER_OUTCOME_LABELS } from "../app/utils/labels";
import {
  candidateSharedMail,
  consentAnsweredMail,
  consentRequestMail,
  feedbackReminderMail,
  hiredMail,
  meetingBookedMail,
  meetingOfferMail,
  orderClosedMail,
  regionalEscalationMail,
  regionInformedMail,
  surveyMail,
  surveyReminderMail,
} from "../emails";
import {
  appendEvent,
  ASSIGNABLE_ROLES,
  jobcentresWorkingOn,
  orderNotFound,
  orderUrl,
  publicLink,
  refuse,
  requireStaffOnOrder,
  type Db,
} from "./activity-support";
import { REFUSALS, type JobOrderOutcome, type LifecycleState, type SurveyAnswers } from "./definitions";

export type LifecycleDeps = {
  prisma: PrismaClient;
  mailer: Mailer;
  publicUrl: string;
  employerLinkTtlHours: number;
  /** Key of the consent and survey link tokens (LINK_SECRET; app/utils/link-tokens.server.ts). */
  linkSecret: string;
};

export type LifecycleSnapshot = LifecycleState & {
  /** A candidate's CV has reached the employer at least once (STAR: the order has a referral). */
  referred: boolean;
};

export type ReferralChange = { referralId: string; status: ReferralStatus; consentReplyBy: string | null; feedbackDueAt: string | null };
export type TaskChange = { taskId: string; kind: TaskKind; open: boolean; referralId: string | null };

export type ConsentRequested = { referralId: string; consentReplyBy: string; task: TaskChange; mailed: boolean };
export type ConsentRecorded = { referral: ReferralChange; tasks: TaskChange[]; referred: boolean };
export type FeedbackRecorded = { referral: ReferralChange; tasks: TaskChange[]; hires: number; outcome: JobOrderOutcome | null };
export type ClosedOrder = { outcome: JobOrderOutcome; referrals: ReferralChange[]; tasks: TaskChange[]; hires: number };
export type SurveySent = { remindAt: string; closesAt: string };

/** Statuses that end with the order: nobody is asked or shown any more once it is closed. */
const PENDING_BEFORE_SHARE: ReferralStatus[] = ["SHORTLISTED", "CONSENT_REQUESTED"];
const DAY_MS = 86_400_000;

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

function referralChange(r: { id: string; status: ReferralStatus; consentReplyBy: Date | null; feedbackDueAt: Date | null }): ReferralChange {
  return { referralId: r.id, status: r.status, consentReplyBy: iso(r.consentReplyBy), feedbackDueAt: iso(r.feedbackDueAt) };
}

function taskChange(t: { id: string; kind: TaskKind; status: string; referralId: string | null }): TaskChange {
  return { taskId: t.id, kind: t.kind, open: t.status === "OPEN", referralId: t.referralId };
}

/** The local date of a @db.Date column (stored as UTC midnight). */
function dateColumn(d: Date): string {
  return d.toISOString().slice(0, 10);
}

type ChangeInput = {
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
async function changeReferral(tx: Db, referral: { id: string; orderId: string }, change: ChangeInput): Promise<void> {
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
}

/** Closes the open tasks matching `where` (DONE or CANCELLED) and returns them as changes. */
async function closeTasks(
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

/** Creates a task once per (order, key); returns it as it is now (a retry finds the first one). */
async function ensureTask(
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

export function createLifecycleActivities(deps: LifecycleDeps) {
  const { prisma, mailer, publicUrl, employerLinkTtlHours, linkSecret } = deps;

  async function loadOrder(orderId: string) {
    const order = await prisma.jobOrder.findUnique({
      where: { id: orderId },
      include: { policy: true, company: true, jobcentre: { include: { region: true } }, assignee: true, meeting: true },
    });
    if (!order) throw orderNotFound(orderId);
    return order;
  }
  type Order = Awaited<ReturnType<typeof loadOrder>>;

  async function loadReferral(orderId: string, referralId: string) {
    const referral = await prisma.referral.findUnique({ where: { id: referralId }, include: { jobseeker: true } });
    if (!referral || referral.orderId !== orderId) throw refuse(REFUSALS.referralNotFound, "Kandidaten hører ikke til denne jobordre.");
    return referral;
  }

  function jobcentreContact(order: Order) {
    return { name: order.jobcentre.name, phone: order.jobcentre.phone, email: order.jobcentre.email };
  }

  async function employerLink(email: string): Promise<string> {
    return employerLoginUrl(publicUrl, await createEmployerLoginToken(prisma, email, employerLinkTtlHours));
  }

  function requireEmployer(order: Order, email: string): void {
    if (order.contactEmail !== email.trim().toLowerCase()) {
      throw refuse(REFUSALS.employerNotAllowed, "Jobordren hører til en anden kontaktperson.");
    }
  }

  /** The order's consultant, else the jobcentre's shared mailbox, as a mail recipient. */
  function consultantRecipient(order: Order): { name: string; email: string } {
    return order.assignee?.active ? { name: order.assignee.name, email: order.assignee.email } : { name: order.jobcentre.name, email: order.jobcentre.email };
  }

  async function snapshot(order: Order): Promise<LifecycleSnapshot> {
    const [referrals, tasks, hires, referred, requests] = await Promise.all([
      prisma.referral.findMany({ where: { orderId: order.id }, select: { id: true, status: true, consentReplyBy: true, feedbackDueAt: true } }),
      prisma.task.findMany({ where: { orderId: order.id }, select: { id: true, kind: true, status: true, referralId: true } }),
      prisma.referral.count({ where: { orderId: order.id, status: "HIRED" } }),
      prisma.referralEvent.count({ where: { orderId: order.id, status: "SHARED" } }),
      prisma.referralEvent.groupBy({ by: ["referralId"], where: { orderId: order.id, status: "CONSENT_REQUESTED" }, _count: { _all: true } }),
    ]);
    const requestsOf = new Map(requests.map((r) => [r.referralId, r._count._all]));
    return {
      positions: order.positions,
      referralDueAt: iso(order.referralDueAt),
      closesAt: iso(order.closesAt),
      sharedWithRegionAt: iso(order.sharedWithRegionAt),
      meeting: order.meeting
        ? {
            dueAt: order.meeting.dueAt.toISOString(),
            options: order.meeting.options.map((o) => o.toISOString()),
            scheduledFor: iso(order.meeting.scheduledFor),
            held: order.meeting.heldAt !== null,
          }
        : null,
      referrals: Object.fromEntries(
        referrals.map((r) => [
          r.id,
          { status: r.status, consentReplyBy: iso(r.consentReplyBy), feedbackDueAt: iso(r.feedbackDueAt), consentRequests: requestsOf.get(r.id) ?? 0 },
        ]),
      ),
      tasks: Object.fromEntries(tasks.map((t) => [t.id, { kind: t.kind, open: t.status === "OPEN", referralId: t.referralId }])),
      hires,
      referred: referred > 0,
    };
  }

  return {
    /**
     * After the answer: the promises of the order's own policy version as instants (first referral by,
     * closes at; a meeting when it has more positions than the threshold, with times offered to the
     * employer), the search task and, when due, the meeting task. Returns the whole lifecycle state, so
     * a workflow joining late starts from what the database already holds.
     */
    async startLifecycle(input: { orderId: string; at: string }): Promise<LifecycleSnapshot> {
      const at = new Date(input.at);
      let order = await loadOrder(input.orderId);
      const policy = toDeadlinePolicy(order.policy);
      const referralDueAt = order.referralDueAt ?? addWorkingDays(policy, at, order.policy.referralWithinWorkingDays);
      const closesAt =
        order.closesAt ??
        (order.applicationDeadline
          ? endOfLocalDay(dateColumn(order.applicationDeadline))
          : endOfLocalDay(addLocalDays(localDateOf(order.receivedAt), order.policy.orderOpenDays)));
      const threshold = order.policy.meetingAbovePositions;
      const wantsMeeting = threshold !== null && order.positions > threshold;

      await prisma.$transaction(async (tx) => {
        await tx.jobOrder.update({ where: { id: order.id }, data: { referralDueAt, closesAt } });
        if (order.status !== "CLOSED") {
          await ensureTask(tx, { orderId: order.id, jobcentreId: order.jobcentreId, key: "search", kind: "SEARCH", dueAt: referralDueAt, assigneeId: order.assigneeId, at });
        }
        if (wantsMeeting && !order.meeting && order.status !== "CLOSED") {
          const dueAt = addWorkingDays(policy, at, order.policy.meetingWithinWorkingDays);
          const options = meetingSlots(policy, at, dueAt, order.policy.meetingSlotTimes);
          await tx.orderMeeting.create({ data: { orderId: order.id, dueAt, options } });
          await ensureTask(tx, { orderId: order.id, jobcentreId: order.jobcentreId, key: "meeting", kind: "MEETING", dueAt, assigneeId: order.assigneeId, at });
          await appendEvent(tx, { orderId: order.id, kind: "MEETING_OFFERED", key: "meeting-offered", at, data: { dueAt: dueAt.toISOString(), options: options.map((o) => o.toISOString()) } });
        }
      });
      order = await loadOrder(input.orderId);

      if (order.meeting && !order.meeting.scheduledFor && order.status !== "CLOSED") {
        const key = `order:${order.id}:meeting-offer`;
        if (!(await wasMailSent(prisma, key))) {
          const mail = meetingOfferMail({
            contactName: order.contactName,
            orderNumber: order.number,
            title: order.title,
            positions: order.positions,
            options: order.meeting.options,
            dueAt: order.meeting.dueAt,
            consultantName: order.assignee?.name ?? order.jobcentre.name,
            jobcentre: jobcentreContact(order),
            loginUrl: await employerLink(order.contactEmail),
            linkTtlHours: employerLinkTtlHours,
          });
          await sendMailOnce(prisma, mailer, { key, orderId: order.id, to: [order.contactEmail], ...mail, replyTo: order.jobcentre.email });
        }
      }
      return snapshot(order);
    },

    /** Puts jobseekers on the order's shortlist (once each). Only eligible people of the working registers. */
    async shortlistCandidates(input: { orderId: string; jobseekerIds: string[]; byUserId: string; at: string }): Promise<ReferralChange[]> {
      const at = new Date(input.at);
      const order = await loadOrder(input.orderId);
      const user = await requireStaffOnOrder(prisma, input.byUserId, order);
      const registers = await jobcentresWorkingOn(prisma, order);
      const ids = [...new Set(input.jobseekerIds)];
      const seekers = await prisma.jobseeker.findMany({ where: { id: { in: ids }, jobcentreId: { in: registers } }, select: { id: true, name: true, benefitGroup: true } });
      if (seekers.length !== ids.length) {
        throw refuse(REFUSALS.jobseekerNotAllowed, "En eller flere af jobsøgerne findes ikke i de registre, du kan søge i til denne jobordre.");
      }
      const eligible = eligibleBenefitGroups(order.kind);
      const ineligible = seekers.filter((s) => !eligible.includes(s.benefitGroup));
      if (ineligible.length > 0) {
        throw refuse(REFUSALS.notEligible, `${ineligible.map((s) => s.name).join(", ")} kan ikke ansættes i denne ansættelsesform (${JOB_ORDER_KIND_LABELS[order.kind]}).`);
      }
      await prisma.$transaction(async (tx) => {
        for (const seeker of seekers) {
          const existing = await tx.referral.findUnique({ where: { orderId_jobseekerId: { orderId: order.id, jobseekerId: seeker.id } } });
          if (existing) continue;
          const referral = await tx.referral.create({
            data: { orderId: order.id, jobseekerId: seeker.id, status: "SHORTLISTED", createdAt: at, createdById: user.id },
          });
          await changeReferral(tx, referral, { status: "SHORTLISTED", at, actorType: "STAFF", actorId: user.id, key: "shortlisted" });
        }
      });
      const referrals = await prisma.referral.findMany({ where: { orderId: order.id, jobseekerId: { in: ids } } });
      // In the order the jobseekers were given, so callers can pair them up.
      const position = new Map(ids.map((id, i) => [id, i]));
      referrals.sort((a, b) => position.get(a.jobseekerId)! - position.get(b.jobseekerId)!);
      return referrals.map(referralChange);
    },

    /**
     * Asks each jobseeker for consent until `replyBy`: the consent link by mail (when they have an email)
     * and a follow-up task for whoever asked, due at the reply-by. `attempts` numbers each referral's
     * requests, so asking again after "no" or no answer is a step of its own.
     */
    async requestConsent(input: {
      orderId: string;
      referralIds: string[];
      byUserId: string;
      replyBy: string;
      attempts: Record<string, number>;
      at: string;
    }): Promise<ConsentRequested[]> {
      const at = new Date(input.at);
      const replyBy = new Date(input.replyBy);
      const order = await loadOrder(input.orderId);
      const user = await requireStaffOnOrder(prisma, input.byUserId, order);
      const results: ConsentRequested[] = [];
      for (const referralId of input.referralIds) {
        const n = input.attempts[referralId] ?? 1;
        const referral = await loadReferral(order.id, referralId);
        const token = linkToken(linkSecret, "consent", referral.id, referral.linkKey, n);
        const task = await prisma.$transaction(async (tx) => {
          await changeReferral(tx, referral, {
            status: "CONSENT_REQUESTED",
            at,
            actorType: "STAFF",
            actorId: user.id,
            key: `consent-requested:${n}`,
            data: { replyBy: replyBy.toISOString(), attempt: n },
            set: { consentTokenHash: hashToken(token), consentReplyBy: replyBy },
          });
          return ensureTask(tx, {
            orderId: order.id,
            jobcentreId: order.jobcentreId,
            key: `consent:${referral.id}:${n}`,
            kind: "CONSENT_FOLLOW_UP",
            dueAt: replyBy,
            assigneeId: user.id,
            referralId: referral.id,
            at,
          });
        });
        const email = referral.jobseeker.email;
        if (email) {
          const city = await prisma.postcodeArea.findUnique({ where: { postcode: order.workplacePostcode }, select: { city: true } });
          const cv = minimalCv(referral.jobseeker, null);
          const mail = consentRequestMail({
            jobseekerName: referral.jobseeker.name,
            orderTitle: order.title,
            companyName: order.company.name,
            workplace: city ? `${order.workplacePostcode} ${city.city}` : order.workplacePostcode,
            hoursPerWeek: Number(order.hoursPerWeek).toLocaleString("da-DK"),
            kindLabel: JOB_ORDER_KIND_LABELS[order.kind],
            description: order.description,
            consultantName: user.name,
            jobcentre: jobcentreContact(order),
            replyBy,
            consentUrl: publicLink(publicUrl, `/samtykke/${token}`),
            sharedFields: sharedFieldsDescription(cv),
          });
          await sendMailOnce(prisma, mailer, { key: `referral:${referral.id}:consent:${n}`, orderId: order.id, to: [email], ...mail, replyTo: order.jobcentre.email });
        }
        results.push({ referralId: referral.id, consentReplyBy: replyBy.toISOString(), task, mailed: email !== null });
      }
      return results;
    },

    /**
     * The jobseeker's answer, from their link (checked against the stored hash) or told to a consultant.
     * Yes: the minimal CV is shared with the employer at once (SHARED), the search task is done, and the
     * employer has until the feedback due date to say how it went.
     */
    async recordConsent(input: {
      orderId: string;
      referralId: string;
      answer: "YES" | "NO";
      via: "LINK" | "PHONE";
      tokenHash?: string | null;
      byUserId?: string | null;
      attempt: number;
      at: string;
    }): Promise<ConsentRecorded> {
      const at = new Date(input.at);
      const order = await loadOrder(input.orderId);
      const referral = await loadReferral(order.id, input.referralId);
      let actorId: string | null = null;
      if (input.via === "LINK") {
        if (!input.tokenHash || referral.consentTokenHash !== input.tokenHash) throw refuse(REFUSALS.invalidLink, "Linket passer ikke til denne forespørgsel.");
      } else {
        actorId = (await requireStaffOnOrder(prisma, input.byUserId ?? "", order)).id;
      }
      const actorType: ActorType = input.via === "LINK" ? "JOBSEEKER" : "STAFF";
      const n = input.attempt;
      const via = input.via === "LINK" ? "link" : "phone";
      const policy = toDeadlinePolicy(order.policy);
      const feedbackDueAt = addWorkingDays(policy, at, order.policy.feedbackReminderWorkingDays);
      const town = (await prisma.postcodeArea.findUnique({ where: { postcode: referral.jobseeker.postcode }, select: { city: true } }))?.city ?? null;

      const tasks = await prisma.$transaction(async (tx) => {
        const closed: TaskChange[] = [];
        if (input.answer === "YES") {
          await changeReferral(tx, referral, { status: "CONSENT_GIVEN", at, actorType, actorId, key: `consent-given:${n}`, data: { via } });
          await changeReferral(tx, referral, {
            status: "SHARED",
            at,
            actorType: "SYSTEM",
            key: "shared",
            set: { sharedAt: at, sharedCv: minimalCv(referral.jobseeker, town) as unknown as Prisma.InputJsonValue, feedbackDueAt },
          });
          closed.push(...(await closeTasks(tx, { orderId: order.id, kind: "SEARCH" }, { status: "DONE", at, note: `Første kandidat henvist: ${referral.jobseeker.name}` })));
        } else {
          await changeReferral(tx, referral, { status: "CONSENT_DECLINED", at, actorType, actorId, key: `consent-declined:${n}`, data: { via } });
        }
        closed.push(
          ...(await closeTasks(
            tx,
            { orderId: order.id, referralId: referral.id, kind: "CONSENT_FOLLOW_UP" },
            { status: "DONE", at, byUserId: actorId, note: input.answer === "YES" ? "Sagde ja" : "Sagde nej" },
          )),
        );
        return closed;
      });

      const current = await prisma.referral.findUniqueOrThrow({ where: { id: referral.id } });
      if (input.answer === "YES" && current.sharedCv) {
        const cv = readMinimalCv(current.sharedCv)!;
        const mail = candidateSharedMail({
          contactName: order.contactName,
          orderNumber: order.number,
          title: order.title,
          candidate: cv,
          consultantName: consultantRecipient(order).name,
          jobcentre: jobcentreContact(order),
          feedbackDueAt: current.feedbackDueAt ?? feedbackDueAt,
          loginUrl: await employerLink(order.contactEmail),
          linkTtlHours: employerLinkTtlHours,
        });
        const key = `referral:${referral.id}:shared`;
        if (!(await wasMailSent(prisma, key))) {
          await sendMailOnce(prisma, mailer, { key, orderId: order.id, to: [order.contactEmail], ...mail, replyTo: order.jobcentre.email });
        }
      }
      if (input.via === "LINK") {
        const to = consultantRecipient(order);
        const mail = consentAnsweredMail({
          recipientName: to.name,
          jobseekerName: referral.jobseeker.name,
          answer: input.answer,
          orderNumber: order.number,
          title: order.title,
          companyName: order.company.name,
          orderUrl: orderUrl(publicUrl, order.number),
        });
        await sendMailOnce(prisma, mailer, { key: `referral:${referral.id}:consent-answer:${n}`, orderId: order.id, to: [to.email], ...mail });
      }
      const referred = (await prisma.referralEvent.count({ where: { orderId: order.id, status: "SHARED" } })) > 0;
      return { referral: referralChange(current), tasks, referred };
    },

    /** No answer by the reply-by: counts as no. Only while the request `attempt` is still the open one. */
    async expireConsent(input: { orderId: string; referralId: string; attempt: number; at: string }): Promise<{ referral: ReferralChange; tasks: TaskChange[] }> {
      const at = new Date(input.at);
      const referral = await loadReferral(input.orderId, input.referralId);
      const tasks = await prisma.$transaction(async (tx) => {
        if (referral.status !== "CONSENT_REQUESTED") return [];
        await changeReferral(tx, referral, { status: "CONSENT_EXPIRED", at, actorType: "SYSTEM", key: `consent-expired:${input.attempt}`, set: { consentTokenHash: null } });
        return closeTasks(tx, { orderId: input.orderId, referralId: referral.id, kind: "CONSENT_FOLLOW_UP" }, { status: "CANCELLED", at, note: "Svarfristen udløb" });
      });
      return { referral: referralChange(await prisma.referral.findUniqueOrThrow({ where: { id: referral.id } })), tasks };
    },

    /**
     * The employer's word on a shared candidate: invited to interview, hired (with start date: a
     * follow-up with the company is planned, as a task and a visit) or not relevant (with a reason).
     */
    async recordEmployerFeedback(input: {
      orderId: string;
      referralId: string;
      employerEmail: string;
      outcome: "INVITED" | "HIRED" | "NOT_RELEVANT";
      startDate?: string | null;
      reason?: string | null;
      at: string;
    }): Promise<FeedbackRecorded> {
      const at = new Date(input.at);
      const order = await loadOrder(input.orderId);
      requireEmployer(order, input.employerEmail);
      const referral = await loadReferral(order.id, input.referralId);
      const startDate = input.outcome === "HIRED" ? input.startDate ?? null : null;
      if (input.outcome === "HIRED" && !startDate) throw refuse(REFUSALS.invalidFeedback, "Skriv den første arbejdsdag.");
      const policy = toDeadlinePolicy(order.policy);

      const tasks = await prisma.$transaction(async (tx) => {
        const data: Record<string, string> = {};
        if (startDate) data.startDate = startDate;
        if (input.reason) data.reason = input.reason;
        await changeReferral(tx, referral, {
          status: input.outcome,
          at,
          actorType: "EMPLOYER",
          key: `feedback:${input.outcome}`,
          data,
          set: startDate ? { startDate: new Date(`${startDate}T00:00:00Z`) } : {},
        });
        if (!startDate) return [];
        const plannedFor = closingTimeOnOrAfter(policy, addLocalDays(startDate, order.policy.followUpWeeksAfterStart * 7));
        const task = await ensureTask(tx, {
          orderId: order.id,
          jobcentreId: order.jobcentreId,
          key: `follow-up:${referral.id}`,
          kind: "FOLLOW_UP",
          dueAt: plannedFor,
          assigneeId: order.assigneeId ?? referral.createdById,
          referralId: referral.id,
          at,
        });
        await tx.companyVisit.createMany({
          data: [{ companyId: order.companyId, jobcentreId: order.jobcentreId, orderId: order.id, referralId: referral.id, taskId: task.taskId, kind: "FOLLOW_UP", plannedFor }],
          skipDuplicates: true,
        });
        await appendEvent(tx, {
          orderId: order.id,
          kind: "FOLLOW_UP_PLANNED",
          key: `follow-up-planned:${referral.id}`,
          at,
          data: { referralId: referral.id, plannedFor: plannedFor.toISOString() },
        });
        return [task];
      });

      if (startDate) {
        const to = consultantRecipient(order);
        const mail = hiredMail({
          recipientName: to.name,
          jobseekerName: referral.jobseeker.name,
          orderNumber: order.number,
          title: order.title,
          companyName: order.company.name,
          startDate: new Date(`${startDate}T12:00:00Z`),
          followUpAt: closingTimeOnOrAfter(policy, addLocalDays(startDate, order.policy.followUpWeeksAfterStart * 7)),
          orderUrl: orderUrl(publicUrl, order.number),
        });
        await sendMailOnce(prisma, mailer, { key: `referral:${referral.id}:hired`, orderId: order.id, to: [to.email], ...mail });
      }
      const current = await prisma.referral.findUniqueOrThrow({ where: { id: referral.id } });
      const hires = await prisma.referral.count({ where: { orderId: order.id, status: "HIRED" } });
      // A hire reported after the close moves the outcome on (not a cancelled order's).
      let outcome = order.outcome;
      if (startDate && order.status === "CLOSED" && outcome && outcome !== "CANCELLED") {
        const now: JobOrderOutcome = hires >= order.positions ? "FILLED" : "PARTLY_FILLED";
        if (now !== outcome) {
          await prisma.$transaction([
            prisma.jobOrder.update({ where: { id: order.id }, data: { outcome: now } }),
            prisma.jobOrderEvent.createMany({
              data: [{ orderId: order.id, kind: "OUTCOME_UPDATED", key: `outcome-updated:${referral.id}`, at, data: { from: outcome, to: now, referralId: referral.id } }],
              skipDuplicates: true,
            }),
          ]);
          outcome = now;
        }
      }
      return { referral: referralChange(current), tasks, hires, outcome };
    },

    /** The consultant withdraws a referral (or the close does, as SYSTEM); its open tasks are cancelled. */
    async withdrawReferral(input: { orderId: string; referralId: string; byUserId: string | null; reason: string; at: string }): Promise<{ referral: ReferralChange; tasks: TaskChange[] }> {
      const at = new Date(input.at);
      const order = await loadOrder(input.orderId);
      const actorId = input.byUserId ? (await requireStaffOnOrder(prisma, input.byUserId, order)).id : null;
      const referral = await loadReferral(order.id, input.referralId);
      const tasks = await prisma.$transaction(async (tx) => {
        await changeReferral(tx, referral, {
          status: "WITHDRAWN",
          at,
          actorType: actorId ? "STAFF" : "SYSTEM",
          actorId,
          key: "withdrawn",
          data: { reason: input.reason },
          set: { consentTokenHash: null },
        });
        return closeTasks(tx, { orderId: order.id, referralId: referral.id, kind: { not: "FOLLOW_UP" } }, { status: "CANCELLED", at, note: "Kandidaten er trukket tilbage" });
      });
      return { referral: referralChange(await prisma.referral.findUniqueOrThrow({ where: { id: referral.id } })), tasks };
    },

    /** Feedback on a shared candidate is overdue: one reminder to the employer. */
    async remindEmployerFeedback(input: { orderId: string; referralId: string; at: string }): Promise<void> {
      const at = new Date(input.at);
      const order = await loadOrder(input.orderId);
      const referral = await loadReferral(order.id, input.referralId);
      if (referral.status !== "SHARED") return;
      await appendEvent(prisma, { orderId: order.id, kind: "FEEDBACK_REMINDED", key: `feedback-reminded:${referral.id}`, at, data: { referralId: referral.id } });
      const key = `referral:${referral.id}:feedback-reminder`;
      if (await wasMailSent(prisma, key)) return;
      const mail = feedbackReminderMail({
        contactName: order.contactName,
        orderNumber: order.number,
        title: order.title,
        candidateName: referral.jobseeker.name,
        sharedAt: referral.sharedAt ?? at,
        jobcentre: jobcentreContact(order),
        consultantName: consultantRecipient(order).name,
        loginUrl: await employerLink(order.contactEmail),
        linkTtlHours: employerLinkTtlHours,
      });
      await sendMailOnce(prisma, mailer, { key, orderId: order.id, to: [order.contactEmail], ...mail, replyTo: order.jobcentre.email });
    },

    /**
     * The order goes to the jobcentre's regional recruitment service: partner jobcentres see it and
     * search their registers for it, the region's team gets a task and a mail, the employer is told.
     * `byUserId` null: the workflow's own escalation when no candidate was referred in time.
     */
    async shareWithRegion(input: { orderId: string; byUserId: string | null; at: string }): Promise<{ sharedWithRegionAt: string | null; task: TaskChange | null }> {
      const at = new Date(input.at);
      const order = await loadOrder(input.orderId);
      const region = order.jobcentre.region;
      if (input.byUserId) {
        const user = await requireStaffOnOrder(prisma, input.byUserId, order);
        if (user.jobcentreId !== order.jobcentreId) throw refuse(REFUSALS.actorNotAllowed, "Kun ordrens eget jobcenter kan sende den til regionen.");
      }
      if (!region) {
        if (input.byUserId) throw refuse(REFUSALS.noRegion, "Jobcentret er ikke knyttet til en regional rekrutteringsservice.");
        return { sharedWithRegionAt: null, task: null };
      }
      const policy = toDeadlinePolicy(order.policy);
      const task = await prisma.$transaction(async (tx) => {
        await tx.jobOrder.updateMany({ where: { id: order.id, sharedWithRegionAt: null }, data: { sharedWithRegionAt: at } });
        await appendEvent(tx, {
          orderId: order.id,
          kind: "SHARED_WITH_REGION",
          key: "shared-with-region",
          at,
          actorId: input.byUserId,
          data: { regionId: region.id, automatic: input.byUserId === null },
        });
        return ensureTask(tx, {
          orderId: order.id,
          jobcentreId: order.jobcentreId,
          regionId: region.id,
          key: "regional",
          kind: "REGIONAL_ESCALATION",
          dueAt: addWorkingDays(policy, at, order.policy.referralWithinWorkingDays),
          assigneeId: null,
          at,
        });
      });
      const fresh = await loadOrder(order.id);
      const workplace = await prisma.postcodeArea.findUnique({ where: { postcode: order.workplacePostcode }, select: { city: true } });
      const regionMail = regionalEscalationMail({
        regionName: region.name,
        jobcentreName: order.jobcentre.name,
        orderNumber: order.number,
        title: order.title,
        companyName: order.company.name,
        positions: order.positions,
        kindLabel: JOB_ORDER_KIND_LABELS[order.kind],
        hoursPerWeek: Number(order.hoursPerWeek).toLocaleString("da-DK"),
        workplace: workplace ? `${order.workplacePostcode} ${workplace.city}` : order.workplacePostcode,
        requirements: order.requirements,
        receivedAt: order.receivedAt,
        referralDueAt: input.byUserId ? null : order.referralDueAt,
        assigneeName: order.assignee?.name ?? null,
        orderUrl: orderUrl(publicUrl, order.number),
      });
      await sendMailOnce(prisma, mailer, { key: `order:${order.id}:region`, orderId: order.id, to: [region.email], ...regionMail, replyTo: order.jobcentre.email });
      const employerKey = `order:${order.id}:region-informed`;
      if (!(await wasMailSent(prisma, employerKey))) {
        const mail = regionInformedMail({
          contactName: order.contactName,
          orderNumber: order.number,
          title: order.title,
          regionName: region.name,
          consultantName: order.assignee?.name ?? null,
          jobcentre: jobcentreContact(order),
          loginUrl: await employerLink(order.contactEmail),
          linkTtlHours: employerLinkTtlHours,
        });
        await sendMailOnce(prisma, mailer, { key: employerKey, orderId: order.id, to: [order.contactEmail], ...mail, replyTo: order.jobcentre.email });
      }
      return { sharedWithRegionAt: iso(fresh.sharedWithRegionAt), task };
    },

    /** The employer picks one of the offered meeting times; the meeting task is due then. */
    async bookMeeting(input: { orderId: string; employerEmail: string; scheduledFor: string; at: string }): Promise<{ scheduledFor: string }> {
      const at = new Date(input.at);
      const order = await loadOrder(input.orderId);
      requireEmployer(order, input.employerEmail);
      const meeting = order.meeting;
      const chosen = new Date(input.scheduledFor);
      if (!meeting || !meeting.options.some((o) => o.getTime() === chosen.getTime())) {
        throw refuse(REFUSALS.invalidMeetingTime, "Vælg et af de tilbudte tidspunkter.");
      }
      await prisma.$transaction(async (tx) => {
        await tx.orderMeeting.updateMany({ where: { orderId: order.id, scheduledFor: null }, data: { scheduledFor: chosen, bookedAt: at } });
        await tx.task.updateMany({ where: { orderId: order.id, key: "meeting", status: "OPEN" }, data: { dueAt: chosen } });
        await appendEvent(tx, { orderId: order.id, kind: "MEETING_BOOKED", key: "meeting-booked", at, data: { scheduledFor: chosen.toISOString() } });
      });
      const booked = (await prisma.orderMeeting.findUniqueOrThrow({ where: { orderId: order.id } })).scheduledFor ?? chosen;
      const consultant = consultantRecipient(order);
      const common = { orderNumber: order.number, title: order.title, companyName: order.company.name, at: booked, consultantName: consultant.name, jobcentre: jobcentreContact(order) };
      const employerKey = `order:${order.id}:meeting-booked:employer`;
      if (!(await wasMailSent(prisma, employerKey))) {
        const mail = meetingBookedMail({ ...common, audience: "employer", recipientName: order.contactName, url: await employerLink(order.contactEmail) });
        await sendMailOnce(prisma, mailer, { key: employerKey, orderId: order.id, to: [order.contactEmail], ...mail, replyTo: order.jobcentre.email });
      }
      const staffMail = meetingBookedMail({ ...common, audience: "consultant", recipientName: consultant.name, url: orderUrl(publicUrl, order.number) });
      await sendMailOnce(prisma, mailer, { key: `order:${order.id}:meeting-booked:consultant`, orderId: order.id, to: [consultant.email], ...staffMail });
      return { scheduledFor: booked.toISOString() };
    },

    /**
     * A consultant marks a task done: a meeting held, a follow-up with the company made (its visit
     * record too), the regional search finished, a consent followed up.
     */
    async completeTask(input: { orderId: string; taskId: string; byUserId: string; note: string | null; at: string }): Promise<TaskChange> {
      const at = new Date(input.at);
      const order = await loadOrder(input.orderId);
      const task = await prisma.task.findUnique({ where: { id: input.taskId } });
      if (!task || task.orderId !== order.id) throw refuse(REFUSALS.taskNotFound, "Opgaven hører ikke til denne jobordre.");
      // A partner jobcentre's staff (the order is shared with the region) finish the region's task and the
      // tasks that are theirs (a consent they asked for); the company's meeting and follow-ups stay with
      // the order's own jobcentre.
      const user = await requireStaffOnOrder(prisma, input.byUserId, order);
      if (user.jobcentreId !== order.jobcentreId && task.regionId === null && task.assigneeId !== user.id) {
        throw refuse(REFUSALS.actorNotAllowed, "Opgaven hører til jobordrens eget jobcenter.");
      }
      await prisma.$transaction(async (tx) => {
        const [closed] = await closeTasks(tx, { id: task.id }, { status: "DONE", at, byUserId: user.id, note: input.note });
        if (!closed) return;
        if (task.kind === "MEETING") {
          await tx.orderMeeting.updateMany({ where: { orderId: order.id, heldAt: null }, data: { heldAt: at } });
          await appendEvent(tx, { orderId: order.id, kind: "MEETING_HELD", key: "meeting-held", at, actorId: user.id, data: input.note ? { note: input.note } : {} });
        }
        if (task.kind === "FOLLOW_UP") {
          await tx.companyVisit.updateMany({ where: { taskId: task.id, doneAt: null }, data: { doneAt: at, doneById: user.id, note: input.note } });
          await appendEvent(tx, { orderId: order.id, kind: "FOLLOW_UP_DONE", key: `follow-up-done:${task.id}`, at, actorId: user.id, data: { taskId: task.id } });
        }
      });
      return taskChange(await prisma.task.findUniqueOrThrow({ where: { id: task.id } }));
    },

    /** Hands tasks (other than the answer, which moves with the order) to a colleague who may own them. */
    async reassignTasks(input: { orderId: string; taskIds: string[]; toUserId: string; byUserId: string }): Promise<string[]> {
      const order = await loadOrder(input.orderId);
      const tasks = await prisma.task.findMany({ where: { id: { in: input.taskIds }, orderId: order.id, status: "OPEN", kind: { not: "ANSWER" } } });
      if (tasks.length === 0) return [];
      await requireStaffOnOrder(prisma, input.byUserId, order, HAND_OVER_ROLES);
      const target = await prisma.user.findUnique({ where: { id: input.toUserId } });
      const allowed = await jobcentresWorkingOn(prisma, order);
      if (!target || !target.active || !ASSIGNABLE_ROLES.includes(target.role) || !allowed.includes(target.jobcentreId)) {
        throw refuse(REFUSALS.assigneeNotAllowed, "Opgaverne kan kun gives til en aktiv konsulent eller teamleder, der kan arbejde på jobordren.");
      }
      await prisma.task.updateMany({ where: { id: { in: tasks.map((t) => t.id) }, status: "OPEN" }, data: { assigneeId: target.id } });
      return tasks.map((t) => t.id);
    },

    /**
     * Closes the order with its outcome: CANCELLED when called off, else FILLED, PARTLY_FILLED or
     * NOT_FILLED by the hires among the referred candidates. Nobody is asked for consent any more
     * (pending requests and the shortlist are withdrawn), and the order's open tasks end, but for the
     * follow-ups with the company. The employer gets a mail saying so.
     */
    async closeOrder(input: {
      orderId: string;
      byUserId: string | null;
      reason: string;
      at: string;
      byEmployerEmail?: string | null;
      cancelled?: boolean;
    }): Promise<ClosedOrder> {
      const at = new Date(input.at);
      const order = await loadOrder(input.orderId);
      if (input.byUserId) {
        const actor = await requireStaffOnOrder(prisma, input.byUserId, order);
        if (actor.jobcentreId !== order.jobcentreId) throw refuse(REFUSALS.actorNotAllowed, "Kun jobordrens eget jobcenter kan afslutte den.");
      }
      if (input.byEmployerEmail) requireEmployer(order, input.byEmployerEmail);
      const hires = await prisma.referral.count({ where: { orderId: order.id, status: "HIRED" } });
      const outcome: JobOrderOutcome = input.cancelled ? "CANCELLED" : hires >= order.positions ? "FILLED" : hires > 0 ? "PARTLY_FILLED" : "NOT_FILLED";
      const by = input.byEmployerEmail ? "employer" : input.byUserId ? "staff" : "system";

      const result = await prisma.$transaction(async (tx) => {
        const current = await tx.jobOrder.findUniqueOrThrow({ where: { id: order.id } });
        // A retry after the commit keeps the first outcome.
        const kept = (current.outcome ?? outcome) as JobOrderOutcome;
        await tx.jobOrder.update({
          where: { id: order.id },
          data: { status: "CLOSED", closedAt: current.closedAt ?? at, outcome: kept, closeReason: current.closeReason ?? input.reason },
        });
        await appendEvent(tx, { orderId: order.id, kind: "CLOSED", key: "closed", at, actorId: input.byUserId, data: { reason: input.reason, outcome: kept, by } });
        const pending = await tx.referral.findMany({ where: { orderId: order.id, status: { in: PENDING_BEFORE_SHARE } } });
        for (const referral of pending) {
          await changeReferral(tx, referral, {
            status: "WITHDRAWN",
            at,
            actorType: "SYSTEM",
            key: "withdrawn",
            data: { reason: "Jobordren er afsluttet" },
            set: { consentTokenHash: null },
          });
        }
        const tasks = await closeTasks(tx, { orderId: order.id, kind: { not: "FOLLOW_UP" } }, { status: "CANCELLED", at, note: "Jobordren er afsluttet" });
        const referrals = await tx.referral.findMany({ where: { id: { in: pending.map((p) => p.id) } } });
        return { outcome: kept, referrals: referrals.map(referralChange), tasks };
      });

      const key = `order:${order.id}:closed`;
      if (!(await wasMailSent(prisma, key))) {
        const mail = orderClosedMail({
          contactName: order.contactName,
          orderNumber: order.number,
          title: order.title,
          outcomeLabel: JOB_ORDER_OUTCOME_LABELS[result.outcome],
          reason: input.reason,
          hires,
          positions: order.positions,
          byEmployer: by === "employer",
          jobcentre: jobcentreContact(order),
          loginUrl: await employerLink(order.contactEmail),
          linkTtlHours: employerLinkTtlHours,
        });
        await sendMailOnce(prisma, mailer, { key, orderId: order.id, to: [order.contactEmail], ...mail, replyTo: order.jobcentre.email });
      }
      return { ...result, hires };
    },

    /** The satisfaction survey to the employer, with its reminder and closing instants. */
    async sendSurvey(input: { orderId: string; at: string }): Promise<SurveySent> {
      const at = new Date(input.at);
      const order = await loadOrder(input.orderId);
      const token = linkToken(linkSecret, "survey", order.id, order.linkKey);
      const remindAt = new Date(at.getTime() + order.policy.surveyReminderDays * DAY_MS);
      const closesAt = endOfLocalDay(addLocalDays(localDateOf(remindAt), order.policy.surveyCloseDays));
      await prisma.$transaction(async (tx) => {
        await tx.satisfactionSurvey.createMany({
          data: [{ orderId: order.id, jobcentreId: order.jobcentreId, tokenHash: hashToken(token), sentAt: at, remindAt, closesAt }],
          skipDuplicates: true,
        });
        await appendEvent(tx, { orderId: order.id, kind: "SURVEY_SENT", key: "survey-sent", at });
      });
      const survey = await prisma.satisfactionSurvey.findUniqueOrThrow({ where: { orderId: order.id } });
      const mail = surveyMail({
        contactName: order.contactName,
        orderNumber: order.number,
        title: order.title,
        jobcentreName: order.jobcentre.name,
        surveyUrl: publicLink(publicUrl, `/tilfredshed/${token}`),
        closesAt: survey.closesAt,
      });
      await sendMailOnce(prisma, mailer, { key: `order:${order.id}:survey`, orderId: order.id, to: [order.contactEmail], ...mail, replyTo: order.jobcentre.email });
      return { remindAt: survey.remindAt.toISOString(), closesAt: survey.closesAt.toISOString() };
    },

    async remindSurvey(input: { orderId: string; at: string }): Promise<void> {
      const at = new Date(input.at);
      const order = await loadOrder(input.orderId);
      const survey = await prisma.satisfactionSurvey.findUnique({ where: { orderId: order.id } });
      if (!survey || survey.answeredAt || survey.expiredAt) return;
      const token = linkToken(linkSecret, "survey", order.id, order.linkKey);
      await prisma.$transaction(async (tx) => {
        await tx.satisfactionSurvey.updateMany({ where: { orderId: order.id, remindedAt: null }, data: { remindedAt: at } });
        // A survey mailed before links had a random key: its first link gives way to this one.
        await tx.satisfactionSurvey.updateMany({ where: { orderId: order.id, tokenHash: { not: hashToken(token) } }, data: { tokenHash: hashToken(token) } });
        await appendEvent(tx, { orderId: order.id, kind: "SURVEY_REMINDED", key: "survey-reminded", at });
      });
      const mail = surveyReminderMail({
        contactName: order.contactName,
        orderNumber: order.number,
        title: order.title,
        jobcentreName: order.jobcentre.name,
        surveyUrl: publicLink(publicUrl, `/tilfredshed/${token}`),
        closesAt: survey.closesAt,
      });
      await sendMailOnce(prisma, mailer, { key: `order:${order.id}:survey-reminder`, orderId: order.id, to: [order.contactEmail], ...mail, replyTo: order.jobcentre.email });
    },

    async recordSurveyAnswer(input: { orderId: string; tokenHash: string; answers: SurveyAnswers; at: string }): Promise<void> {
      const at = new Date(input.at);
      const survey = await prisma.satisfactionSurvey.findUnique({ where: { orderId: input.orderId } });
      if (!survey || survey.tokenHash !== input.tokenHash) throw refuse(REFUSALS.invalidLink, "Linket passer ikke til denne undersøgelse.");
      if (survey.answeredAt) return;
      if (survey.expiredAt) throw refuse(REFUSALS.surveyClosed, "Undersøgelsen er lukket.");
      const a = input.answers;
      await prisma.$transaction(async (tx) => {
        await tx.satisfactionSurvey.updateMany({
          where: { orderId: input.orderId, answeredAt: null },
          data: {
            answeredAt: at,
            serviceScore: a.serviceScore,
            communicationScore: a.communicationScore,
            informedScore: a.informedScore,
            wouldRecommend: a.wouldRecommend,
            comment: a.comment,
          },
        });
        await appendEvent(tx, { orderId: input.orderId, kind: "SURVEY_ANSWERED", key: "survey-answered", at });
      });
    },

    async expireSurvey(input: { orderId: string; at: string }): Promise<void> {
      const at = new Date(input.at);
      await prisma.$transaction(async (tx) => {
        const expired = await tx.satisfactionSurvey.updateMany({ where: { orderId: input.orderId, answeredAt: null, expiredAt: null }, data: { expiredAt: at } });
        if (expired.count > 0) await appendEvent(tx, { orderId: input.orderId, kind: "SURVEY_EXPIRED", key: "survey-expired", at });
      });
    },
  };
}

export type LifecycleActivities = ReturnType<typeof createLifecycleActivities>;
