// Referrals with the jobseeker's consent: the shortlist, consent asked and answered (or expired), the
// minimal CV shared, the employer's feedback with hires and follow-ups, withdrawals.
import type { ActorType, Prisma } from "@prisma/client";
import { toDeadlinePolicy } from "../../app/models/policy/policy.server";
import { JOB_ORDER_KIND_LABELS } from "../../app/schemas/job-order";
import { eligibleBenefitGroups } from "../../app/utils/candidate-ranking";
import { addLocalDays, addWorkingDays, closingTimeOnOrAfter } from "../../app/utils/deadlines";
import { hashToken, linkToken } from "../../app/utils/link-tokens.server";
import { sendMailOnce, wasMailSent } from "../../app/utils/mailer.server";
import { minimalCv, readMinimalCv, sharedFieldsDescription } from "../../app/utils/minimal-cv";
import { candidateSharedMail, consentAnsweredMail, consentRequestMail, feedbackReminderMail, hiredMail } from "../../emails";
import { REFUSALS, type JobOrderOutcome } from "../job-order/definitions";
import { jobcentresWorkingOn } from "../../app/models/job-order/working-jobcentres.server";
import {
  appendEvent,
  eventInsert,
  changeReferral,
  closeTasks,
  consultantRecipient,
  ensureTask,
  jobcentreContact,
  orderUrl,
  publicLink,
  referralChange,
  refuse,
  requireEmployer,
  requireStaffOnOrder,
  type ActivityDeps,
  type ReferralChange,
  type Support,
  type TaskChange,
} from "./support";
import { placeOf, townOf } from "../../app/models/reference/postcodes.server";

export type ConsentRequested = { referralId: string; consentReplyBy: string; task: TaskChange; mailed: boolean };
export type ConsentRecorded = { referral: ReferralChange; tasks: TaskChange[]; referred: boolean };
export type FeedbackRecorded = { referral: ReferralChange; tasks: TaskChange[]; hires: number; outcome: JobOrderOutcome | null };

export function createReferralsActivities(deps: ActivityDeps, support: Support) {
  const { prisma, mailer, publicUrl, employerLinkTtlHours, linkSecret } = deps;
  const { loadOrder, loadReferral, employerLink } = support;

  return {
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
          const cv = minimalCv(referral.jobseeker, null);
          const mail = consentRequestMail({
            jobseekerName: referral.jobseeker.name,
            orderTitle: order.title,
            companyName: order.company.name,
            workplace: await placeOf(prisma, order.workplacePostcode),
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
      const town = await townOf(prisma, referral.jobseeker.postcode);

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
          data: [{ companyId: order.companyId, jobcentreId: order.jobcentreId, orderId: order.id, referralId: referral.id, taskId: task.taskId, kind: "AFTER_HIRE", plannedFor, consultantId: order.assigneeId ?? referral.createdById }],
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
            eventInsert(prisma, { orderId: order.id, kind: "OUTCOME_UPDATED", key: `outcome-updated:${referral.id}`, at, data: { from: outcome, to: now, referralId: referral.id } }),
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
  };
}
