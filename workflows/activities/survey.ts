// The satisfaction survey after the close: sent, reminded once, answered or expired.
import { addLocalDays, endOfLocalDay, localDateOf } from "../../app/utils/deadlines";
import { hashToken, linkToken } from "../../app/utils/link-tokens.server";
import { sendMailOnce } from "../../app/utils/mailer.server";
import { surveyMail, surveyReminderMail, type SurveyMailData } from "../../emails";
import { REFUSALS, type SurveyAnswers } from "../job-order/definitions";
import { appendEvent, publicLink, refuse, type ActivityDeps, type LoadedOrder, type Support } from "./support";

export type SurveySent = { remindAt: string; closesAt: string };

const DAY_MS = 86_400_000;

export function createSurveyActivities(deps: ActivityDeps, support: Support) {
  const { prisma, mailer, publicUrl, linkSecret } = deps;
  const { loadOrder } = support;

  /** What the survey mail and its reminder say: the order, the jobcentre and the survey's own link. */
  function surveyMailData(order: LoadedOrder, token: string, closesAt: Date): SurveyMailData {
    return {
      contactName: order.contactName,
      orderNumber: order.number,
      title: order.title,
      jobcentreName: order.jobcentre.name,
      surveyUrl: publicLink(publicUrl, `/tilfredshed/${token}`),
      closesAt,
    };
  }

  return {
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
      const mail = surveyMail(surveyMailData(order, token, survey.closesAt));
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
      const mail = surveyReminderMail(surveyMailData(order, token, survey.closesAt));
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
