import { parseWithZod } from "@conform-to/zod";
import { describe, expect, it } from "vitest";
import {
  CLOSE_COMMENT_MAX_LENGTH,
  CLOSE_HOW_LABELS,
  chooseMeetingSchema,
  closeOrderByEmployerSchema,
  createEmployerFeedbackSchema,
  EMPLOYER_CLOSE_REASON_MAX_LENGTH,
  EMPLOYER_ORDER_MESSAGES as M,
  FEEDBACK_OUTCOME_LABELS,
} from "~/schemas/employer-order";
import { CLOSE_REASON_MAX_LENGTH } from "../../app/domain/job-order/limits";

const TODAY = "2026-06-01";
const feedbackSchema = createEmployerFeedbackSchema({ today: TODAY });
const KEY = "0b5c8f8e-3d1a-4f5e-9a42-6f1c2d3e4b5a";
const REFERRAL = "5d0f1c3a-2b4e-4c6d-8e9f-0a1b2c3d4e5f";

/** The form as the browser posts it: strings only, an unchosen radio group absent. */
function formData(values: Record<string, string | undefined>): FormData {
  const data = new FormData();
  data.append("csrf", "token");
  for (const [key, value] of Object.entries(values)) if (value !== undefined) data.append(key, value);
  return data;
}

function feedback(overrides: Record<string, string | undefined> = {}) {
  return parseWithZod(
    formData({ intent: "feedback", referralId: REFERRAL, outcome: "INVITED", startDate: "", reason: "", updateKey: KEY, ...overrides }),
    { schema: feedbackSchema },
  );
}

function errorsOf(submission: { status?: "success" | "error"; error?: Record<string, string[] | null> | null }) {
  expect(submission.status).toBe("error");
  return submission.error ?? {};
}

describe("limits", () => {
  it("mirror the workflow's, and a comment with the longest label still fits in a close reason", () => {
    expect(EMPLOYER_CLOSE_REASON_MAX_LENGTH).toBe(CLOSE_REASON_MAX_LENGTH);
    const longest = Math.max(...Object.values(CLOSE_HOW_LABELS).map((l) => l.length));
    expect(longest + 2 + CLOSE_COMMENT_MAX_LENGTH).toBeLessThanOrEqual(CLOSE_REASON_MAX_LENGTH);
  });

  it("label the outcomes in Danish", () => {
    expect(FEEDBACK_OUTCOME_LABELS).toEqual({ INVITED: "Inviteret til samtale", HIRED: "Ansat", NOT_RELEVANT: "Ikke relevant" });
  });
});

describe("employer feedback", () => {
  it("an invitation sends neither start date nor reason", () => {
    const submission = feedback({ startDate: "2026-07-01", reason: "Glemt tekst" });
    expect(submission.status).toBe("success");
    expect(submission.status === "success" && submission.value).toEqual({
      intent: "feedback",
      referralId: REFERRAL,
      outcome: "INVITED",
      startDate: null,
      reason: null,
      updateKey: KEY,
    });
  });

  it("a hire sends the first working day as YYYY-MM-DD, also when typed the Danish way", () => {
    const iso = feedback({ outcome: "HIRED", startDate: "2026-08-03" });
    expect(iso.status === "success" && iso.value).toMatchObject({ outcome: "HIRED", startDate: "2026-08-03", reason: null });
    const danish = feedback({ outcome: "HIRED", startDate: "3-8-2026" });
    expect(danish.status === "success" && danish.value).toMatchObject({ startDate: "2026-08-03" });
  });

  it("not relevant sends the trimmed reason", () => {
    const submission = feedback({ outcome: "NOT_RELEVANT", reason: "  Mangler truckcertifikat  " });
    expect(submission.status === "success" && submission.value).toMatchObject({ outcome: "NOT_RELEVANT", startDate: null, reason: "Mangler truckcertifikat" });
  });

  it("asks for the outcome", () => {
    expect(errorsOf(feedback({ outcome: undefined })).outcome).toEqual([M.outcomeRequired]);
    expect(errorsOf(feedback({ outcome: "WITHDRAWN" })).outcome).toEqual([M.outcomeRequired]);
  });

  it("asks for a real start date for a hire", () => {
    expect(errorsOf(feedback({ outcome: "HIRED", startDate: "" })).startDate).toEqual([M.startDateRequired]);
    expect(errorsOf(feedback({ outcome: "HIRED", startDate: "2026-02-30" })).startDate).toEqual([M.startDateFormat]);
    expect(errorsOf(feedback({ outcome: "HIRED", startDate: "snart" })).startDate).toEqual([M.startDateFormat]);
  });

  it("takes a start date from one year back to two years ahead", () => {
    expect(feedback({ outcome: "HIRED", startDate: "2025-06-01" }).status).toBe("success");
    expect(errorsOf(feedback({ outcome: "HIRED", startDate: "2025-05-31" })).startDate).toEqual([M.startDateTooEarly]);
    expect(feedback({ outcome: "HIRED", startDate: "2028-06-01" }).status).toBe("success");
    expect(errorsOf(feedback({ outcome: "HIRED", startDate: "2028-06-02" })).startDate).toEqual([M.startDateTooLate]);
  });

  it("asks for a reason when not relevant, within the limit", () => {
    expect(errorsOf(feedback({ outcome: "NOT_RELEVANT", reason: "   " })).reason).toEqual([M.reasonRequired]);
    expect(errorsOf(feedback({ outcome: "NOT_RELEVANT", reason: "x".repeat(CLOSE_REASON_MAX_LENGTH + 1) })).reason).toEqual([M.reasonTooLong]);
    expect(feedback({ outcome: "NOT_RELEVANT", reason: "x".repeat(CLOSE_REASON_MAX_LENGTH) }).status).toBe("success");
    expect(M.reasonTooLong).toBe("Begrundelsen må højst være 1.000 tegn.");
  });

  it("refuses a tampered candidate or update id", () => {
    expect(errorsOf(feedback({ referralId: "42" })).referralId).toEqual([M.referralInvalid]);
    expect(errorsOf(feedback({ updateKey: "" })).updateKey).toEqual([M.updateKeyInvalid]);
  });
});

describe("choose meeting time", () => {
  const parse = (values: Record<string, string | undefined>) =>
    parseWithZod(formData({ intent: "meeting", updateKey: KEY, ...values }), { schema: chooseMeetingSchema });

  it("sends the chosen instant", () => {
    const submission = parse({ at: "2026-06-03T07:00:00.000Z" });
    expect(submission.status === "success" && submission.value).toEqual({ intent: "meeting", at: "2026-06-03T07:00:00.000Z", updateKey: KEY });
  });

  it("asks for a time, and only an instant as offered", () => {
    expect(errorsOf(parse({})).at).toEqual([M.meetingTimeRequired]);
    expect(errorsOf(parse({ at: "i morgen kl. 9" })).at).toEqual([M.meetingTimeInvalid]);
    expect(errorsOf(parse({ at: "2026-06-03T09:00:00+02:00" })).at).toEqual([M.meetingTimeInvalid]);
    expect(errorsOf(parse({ at: "2026-13-03T07:00:00.000Z" })).at).toEqual([M.meetingTimeInvalid]);
  });
});

describe("close the order", () => {
  const parse = (values: Record<string, string | undefined>) =>
    parseWithZod(formData({ intent: "close", updateKey: KEY, comment: "", ...values }), { schema: closeOrderByEmployerSchema });

  it("filled elsewhere is a cancellation with the label as reason", () => {
    const submission = parse({ how: "filled-elsewhere" });
    expect(submission.status === "success" && submission.value).toEqual({
      intent: "close",
      how: "filled-elsewhere",
      comment: null,
      reason: "Vi har selv fundet en medarbejder",
      cancelled: true,
      updateKey: KEY,
    });
  });

  it("no longer needed is a cancellation; the comment follows the label", () => {
    const submission = parse({ how: "cancelled", comment: "  Ordren fra kunden faldt bort.  " });
    expect(submission.status === "success" && submission.value).toMatchObject({
      reason: "Vi har ikke længere brug for at ansætte. Ordren fra kunden faldt bort.",
      comment: "Ordren fra kunden faldt bort.",
      cancelled: true,
    });
  });

  it("done is not a cancellation: the outcome follows the hires", () => {
    const submission = parse({ how: "done" });
    expect(submission.status === "success" && submission.value).toMatchObject({ reason: "Vi har fået de medarbejdere, vi skal bruge", cancelled: false });
  });

  it("asks why, and keeps the comment within the limit", () => {
    expect(errorsOf(parse({})).how).toEqual([M.closeHowRequired]);
    expect(errorsOf(parse({ how: "whatever" })).how).toEqual([M.closeHowRequired]);
    expect(errorsOf(parse({ how: "done", comment: "x".repeat(CLOSE_COMMENT_MAX_LENGTH + 1) })).comment).toEqual([M.commentTooLong]);
    const longest = parse({ how: "filled-elsewhere", comment: "x".repeat(CLOSE_COMMENT_MAX_LENGTH) });
    expect(longest.status === "success" && longest.value.reason.length).toBeLessThanOrEqual(CLOSE_REASON_MAX_LENGTH);
  });
});
