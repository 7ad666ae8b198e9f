// Referrals with the jobseeker's consent: shortlist from the search, ask for consent by mail until a
// reply-by (no answer counts as no), the yes or no by the link or by phone, the minimal CV shared on a yes,
// the employer's feedback (invited, hired, not relevant) with one reminder, and a consultant's withdrawal.
import { CLOSE_REASON_MAX_LENGTH } from "../../app/domain/job-order/limits";
import { CONSENT_REPLY_BY_MAX_DAYS, isConsentReplyByAllowed, isConsentReplyByPassed } from "../../app/domain/referral/consent";
import { REFERRAL_STEPS } from "../../app/domain/referral/steps";
import { isRealDate } from "../../app/utils/local-date";
import {
  employerFeedbackUpdate,
  recordConsentUpdate,
  REFUSALS,
  requestConsentUpdate,
  shortlistCandidatesUpdate,
  withdrawReferralUpdate,
} from "./definitions";
import { invalid, onLifecycleUpdate, reject, requireAnswered, requireIds, requireOpen, requireReferral, requireShorterThan, requireText } from "./checks";
import { applyChanges, background, closed, exclusive, interactive, nowIso, spawn, until, type Order } from "./order";

export function handleReferrals(order: Order): void {
  const { orderId, lc } = order;

  onLifecycleUpdate(
    order,
    shortlistCandidatesUpdate,
    (input) => {
      requireAnswered(order);
      requireOpen(order);
      requireIds(input?.jobseekerIds, "jobsøger");
      requireText(input.byUserId, "medarbejder");
    },
    async ({ jobseekerIds, byUserId }) => {
      const before = new Set(Object.keys(lc.referrals));
      const changes = await interactive.shortlistCandidates({ orderId, jobseekerIds, byUserId, at: nowIso() });
      applyChanges(order, changes, []);
      const added = changes.filter((c) => !before.has(c.referralId)).map((c) => c.referralId);
      return { added, alreadyListed: changes.length - added.length };
    },
  );

  onLifecycleUpdate(
    order,
    requestConsentUpdate,
    (input) => {
      requireAnswered(order);
      requireOpen(order);
      for (const id of requireIds(input?.referralIds, "kandidat")) requireReferral(order, id, REFERRAL_STEPS.requestConsent);
      requireText(input.byUserId, "medarbejder");
      const replyBy = typeof input.replyBy === "string" ? Date.parse(input.replyBy) : Number.NaN;
      if (!isConsentReplyByAllowed(replyBy, Date.now())) {
        throw invalid(`Svarfristen skal ligge mindst en time frem og højst ${CONSENT_REPLY_BY_MAX_DAYS} dage frem.`);
      }
    },
    async ({ referralIds, byUserId, replyBy }) => {
      const ids = [...new Set(referralIds)];
      const attempts = Object.fromEntries(ids.map((id) => [id, lc.referrals[id]!.consentRequests + 1]));
      const results = await interactive.requestConsent({ orderId, referralIds: ids, byUserId, replyBy, attempts, at: nowIso() });
      for (const r of results) {
        const attempt = attempts[r.referralId]!;
        lc.referrals[r.referralId] = { status: "CONSENT_REQUESTED", consentReplyBy: r.consentReplyBy, feedbackDueAt: null, consentRequests: attempt };
        applyChanges(order, [], [r.task]);
        watchConsent(order, r.referralId, attempt, r.consentReplyBy);
      }
      return { requested: results.map((r) => r.referralId), withoutEmail: results.filter((r) => !r.mailed).map((r) => r.referralId) };
    },
  );

  onLifecycleUpdate(
    order,
    recordConsentUpdate,
    (input) => {
      const referral = requireReferral(order, input?.referralId, REFERRAL_STEPS.recordConsent);
      requireOpen(order);
      if (input.answer !== "YES" && input.answer !== "NO") throw invalid("Svar ja eller nej.");
      if (input.via === "LINK") {
        requireText(input.tokenHash, "link");
        if (isConsentReplyByPassed(referral.consentReplyBy, Date.now())) throw reject("Svarfristen er udløbet.", REFUSALS.consentExpired);
      } else if (input.via === "PHONE") {
        requireText(input.byUserId, "medarbejder");
      } else {
        throw invalid("Ukendt måde at give samtykke på.");
      }
    },
    async (input) => {
      const attempt = lc.referrals[input.referralId]!.consentRequests;
      const result = await interactive.recordConsent({
        orderId,
        referralId: input.referralId,
        answer: input.answer,
        via: input.via,
        tokenHash: input.via === "LINK" ? input.tokenHash : null,
        byUserId: input.via === "PHONE" ? input.byUserId : null,
        attempt,
        at: nowIso(),
      });
      applyChanges(order, [result.referral], result.tasks);
      if (result.referred) order.referred = true;
      if (result.referral.status === "SHARED" && result.referral.feedbackDueAt) watchFeedback(order, input.referralId, result.referral.feedbackDueAt);
      return { status: result.referral.status };
    },
  );

  onLifecycleUpdate(
    order,
    employerFeedbackUpdate,
    (input) => {
      // Allowed after the close too: interviews often end after the application deadline.
      const referral = requireReferral(order, input?.referralId, REFERRAL_STEPS.employerFeedback);
      requireText(input.employerEmail, "virksomhedens e-mail");
      if (input.outcome === "INVITED") {
        if (referral.status === "INVITED") throw reject("Kandidaten er allerede inviteret til samtale.", REFUSALS.referralState);
      } else if (input.outcome === "HIRED") {
        if (!isRealDate(input.startDate ?? "")) throw invalid("Skriv den første arbejdsdag som en gyldig dato.");
      } else if (input.outcome === "NOT_RELEVANT") {
        requireShorterThan(requireText(input.reason, "en begrundelse"), CLOSE_REASON_MAX_LENGTH, "Begrundelsen");
      } else {
        throw invalid("Vælg, hvordan det gik med kandidaten.");
      }
    },
    async (input) => {
      const result = await interactive.recordEmployerFeedback({
        orderId,
        referralId: input.referralId,
        employerEmail: input.employerEmail,
        outcome: input.outcome,
        startDate: input.outcome === "HIRED" ? input.startDate ?? null : null,
        reason: input.outcome === "NOT_RELEVANT" ? input.reason?.trim() ?? null : null,
        at: nowIso(),
      });
      applyChanges(order, [result.referral], result.tasks);
      lc.hires = result.hires;
      if (result.outcome) lc.outcome = result.outcome;
      return { status: result.referral.status };
    },
  );

  onLifecycleUpdate(
    order,
    withdrawReferralUpdate,
    (input) => {
      requireReferral(order, input?.referralId, REFERRAL_STEPS.withdraw);
      requireText(input.byUserId, "medarbejder");
      requireShorterThan(requireText(input.reason, "en begrundelse"), CLOSE_REASON_MAX_LENGTH, "Begrundelsen");
    },
    async ({ referralId, byUserId, reason }) => {
      const result = await interactive.withdrawReferral({ orderId, referralId, byUserId, reason: reason.trim(), at: nowIso() });
      applyChanges(order, [result.referral], result.tasks);
      return { status: result.referral.status };
    },
  );
}

/** Picks up the timers of referrals that a workflow joining late finds waiting for consent or feedback. */
export function watchWaitingReferrals(order: Order): void {
  for (const [id, r] of Object.entries(order.lc.referrals)) {
    if (r.status === "CONSENT_REQUESTED" && r.consentReplyBy) watchConsent(order, id, r.consentRequests, r.consentReplyBy);
    if (r.status === "SHARED" && r.feedbackDueAt) watchFeedback(order, id, r.feedbackDueAt);
  }
}

/** The reply-by of consent request number `attempt`: no answer counts as no. */
function watchConsent(order: Order, referralId: string, attempt: number, replyBy: string): void {
  const { lc } = order;
  const answeredOrChanged = () => lc.referrals[referralId]?.status !== "CONSENT_REQUESTED" || lc.referrals[referralId]?.consentRequests !== attempt;
  spawn(order, "consent reply-by", async () => {
    if (!(await until(replyBy, answeredOrChanged))) return;
    await exclusive(order, async () => {
      if (answeredOrChanged()) return;
      const result = await background.expireConsent({ orderId: order.orderId, referralId, attempt, at: nowIso() });
      applyChanges(order, [result.referral], result.tasks);
    });
  });
}

/** The employer's feedback on a shared candidate is due: one reminder if it has not come. */
function watchFeedback(order: Order, referralId: string, dueAt: string): void {
  const given = () => closed(order) || order.lc.referrals[referralId]?.status !== "SHARED";
  spawn(order, "feedback reminder", async () => {
    if (!(await until(dueAt, given))) return;
    await exclusive(order, async () => {
      if (!given()) await background.remindEmployerFeedback({ orderId: order.orderId, referralId, at: nowIso() });
    });
  });
}
