// The satisfaction survey after the close: sent, one reminder, closed unanswered after its window.
import { NOTE_MAX_LENGTH } from "../../app/domain/job-order/limits";
import { answerSurveyUpdate, REFUSALS } from "./definitions";
import { invalid, onLifecycleUpdate, reject, requireText } from "./checks";
import { background, exclusive, interactive, nowIso, until, type Order } from "./order";

const isScore = (v: unknown) => typeof v === "number" && Number.isInteger(v) && v >= 1 && v <= 5;

export function handleSurvey(order: Order): void {
  onLifecycleUpdate(
    order,
    answerSurveyUpdate,
    (input) => {
      if (order.lc.survey !== "SENT" && order.lc.survey !== "REMINDED") throw reject("Undersøgelsen er besvaret eller lukket.", REFUSALS.surveyClosed);
      requireText(input?.tokenHash, "link");
      const a = input.answers;
      if (!a || !isScore(a.serviceScore) || !isScore(a.communicationScore) || !isScore(a.informedScore) || typeof a.wouldRecommend !== "boolean") {
        throw invalid("Besvar alle spørgsmål.");
      }
      if (a.comment !== null && (typeof a.comment !== "string" || a.comment.length > NOTE_MAX_LENGTH)) throw invalid(`Kommentaren må højst være ${NOTE_MAX_LENGTH} tegn.`);
    },
    async ({ tokenHash, answers }) => {
      await interactive.recordSurveyAnswer({ orderId: order.orderId, tokenHash, answers: { ...answers, comment: answers.comment?.trim() || null }, at: nowIso() });
      order.lc.survey = "ANSWERED";
    },
  );
}

/** Sends the survey and waits for its answer, with one reminder, until it closes. */
export async function runSurvey(order: Order): Promise<void> {
  const { lc, orderId } = order;
  const answered = () => lc.survey === "ANSWERED";
  const survey = await exclusive(order, () => background.sendSurvey({ orderId, at: nowIso() }));
  if (!answered()) lc.survey = "SENT";
  if (await until(survey.remindAt, answered)) {
    await exclusive(order, async () => {
      if (answered()) return;
      await background.remindSurvey({ orderId, at: nowIso() });
      lc.survey = "REMINDED";
    });
    if (await until(survey.closesAt, answered)) {
      await exclusive(order, async () => {
        if (answered()) return;
        await background.expireSurvey({ orderId, at: nowIso() });
        lc.survey = "EXPIRED";
      });
    }
  }
}
