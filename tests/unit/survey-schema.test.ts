import { parseWithZod } from "@conform-to/zod";
import { describe, expect, it } from "vitest";
import { SURVEY_COMMENT_MAX_LENGTH, SURVEY_MESSAGES as M, SURVEY_SCORE_LABELS, surveySchema } from "~/schemas/survey";
import { NOTE_MAX_LENGTH } from "../../app/domain/job-order/limits";
import type { SurveyAnswers } from "../../workflows/job-order/definitions";

/** The form as the browser posts it: an unchosen radio group is absent. */
function parse(overrides: Record<string, string | undefined> = {}) {
  const values: Record<string, string | undefined> = {
    csrf: "token",
    serviceScore: "5",
    communicationScore: "4",
    informedScore: "2",
    wouldRecommend: "ja",
    comment: "",
    ...overrides,
  };
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) if (value !== undefined) data.append(key, value);
  return parseWithZod(data, { schema: surveySchema });
}

function errorsOf(overrides: Record<string, string | undefined>) {
  const submission = parse(overrides);
  expect(submission.status).toBe("error");
  return submission.status === "error" ? (submission.error ?? {}) : {};
}

describe("surveySchema", () => {
  it("turns the form into the answers the workflow gets", () => {
    const submission = parse();
    const expected: SurveyAnswers = { serviceScore: 5, communicationScore: 4, informedScore: 2, wouldRecommend: true, comment: null };
    expect(submission.status === "success" && submission.value).toEqual(expected);
  });

  it("no is false, and the comment is trimmed", () => {
    const submission = parse({ wouldRecommend: "nej", serviceScore: "1", comment: "  Svar hurtigere.  " });
    expect(submission.status === "success" && submission.value).toMatchObject({ serviceScore: 1, wouldRecommend: false, comment: "Svar hurtigere." });
  });

  it("gives each missing answer its own message", () => {
    const errors = errorsOf({ serviceScore: undefined, communicationScore: undefined, informedScore: undefined, wouldRecommend: undefined });
    expect(errors.serviceScore).toEqual([M.serviceScoreRequired]);
    expect(errors.communicationScore).toEqual([M.communicationScoreRequired]);
    expect(errors.informedScore).toEqual([M.informedScoreRequired]);
    expect(errors.wouldRecommend).toEqual([M.wouldRecommendRequired]);
    expect(M.serviceScoreRequired).toBe("Vælg, hvor tilfreds I er med servicen fra jobcentret.");
  });

  it("takes only whole scores from 1 to 5", () => {
    expect(errorsOf({ serviceScore: "0" }).serviceScore).toEqual([M.serviceScoreRequired]);
    expect(errorsOf({ communicationScore: "6" }).communicationScore).toEqual([M.communicationScoreRequired]);
    expect(errorsOf({ informedScore: "2.5" }).informedScore).toEqual([M.informedScoreRequired]);
    expect(errorsOf({ wouldRecommend: "måske" }).wouldRecommend).toEqual([M.wouldRecommendRequired]);
  });

  it("keeps the comment within the workflow's limit", () => {
    expect(SURVEY_COMMENT_MAX_LENGTH).toBe(NOTE_MAX_LENGTH);
    expect(errorsOf({ comment: "x".repeat(NOTE_MAX_LENGTH + 1) }).comment).toEqual([M.commentTooLong]);
    expect(parse({ comment: "x".repeat(NOTE_MAX_LENGTH) }).status).toBe("success");
  });

  it("labels the five answers from very dissatisfied to very satisfied", () => {
    expect(SURVEY_SCORE_LABELS[1]).toBe("Meget utilfreds");
    expect(SURVEY_SCORE_LABELS[5]).toBe("Meget tilfreds");
  });
});
