// The employer's forms on "Mine jobordrer": feedback on a shared candidate, the meeting time and the
// close of the order. Shared by the browser (conform validates as you type) and the server (the same
// rules decide, also without JavaScript). The workflow checks again; these rules give the employer
// the error beside the field before anything is sent.
//
// The limits and the outcomes come from app/domain, which the workflow reads too.
import { z } from "zod";
import { STALE_FORM_MESSAGE, updateKeyField } from "./update-key";
import { CLOSE_REASON_MAX_LENGTH } from "~/domain/job-order/limits";
import { FEEDBACK_OUTCOMES, type FeedbackOutcome } from "~/domain/referral/steps";
import { danishToday, parseDanishDate } from "~/schemas/job-order";

/** The longest reason the workflow accepts. */
export const EMPLOYER_CLOSE_REASON_MAX_LENGTH = CLOSE_REASON_MAX_LENGTH;


export const FEEDBACK_OUTCOME_LABELS: Record<FeedbackOutcome, string> = {
  INVITED: "Inviteret til samtale",
  HIRED: "Ansat",
  NOT_RELEVANT: "Ikke relevant",
};

export const CLOSE_HOWS = ["filled-elsewhere", "cancelled", "done"] as const;
export type CloseHow = (typeof CLOSE_HOWS)[number];

export const CLOSE_HOW_LABELS: Record<CloseHow, string> = {
  "filled-elsewhere": "Vi har selv fundet en medarbejder",
  cancelled: "Vi har ikke længere brug for at ansætte",
  done: "Vi har fået de medarbejdere, vi skal bruge",
};

/** Called off (CANCELLED: the jobcentre did not fill it) or finished (the outcome follows the hires). */
export const CLOSE_HOW_CANCELLED: Record<CloseHow, boolean> = {
  "filled-elsewhere": true,
  cancelled: true,
  done: false,
};

/**
 * The comment goes after the chosen label in one reason, which the workflow takes up to
 * EMPLOYER_CLOSE_REASON_MAX_LENGTH characters: the comment leaves room for the longest label.
 */
export const CLOSE_COMMENT_MAX_LENGTH = 900;

const formatLength = (n: number) => n.toLocaleString("da-DK");

export const EMPLOYER_ORDER_MESSAGES = {
  referralInvalid: "Kandidaten kunne ikke findes. Genindlæs siden, og prøv igen.",
  outcomeRequired: "Vælg, hvordan det gik med kandidaten.",
  startDateRequired: "Skriv den første arbejdsdag, når kandidaten er ansat.",
  startDateFormat: "Skriv den første arbejdsdag som dag, måned og år, fx 1.2.2027 for 1. februar 2027.",
  startDateTooEarly: "Den første arbejdsdag kan højst ligge et år tilbage.",
  startDateTooLate: "Den første arbejdsdag kan højst ligge to år frem.",
  reasonRequired: "Skriv, hvorfor kandidaten ikke er relevant.",
  reasonTooLong: `Begrundelsen må højst være ${formatLength(EMPLOYER_CLOSE_REASON_MAX_LENGTH)} tegn.`,
  meetingTimeRequired: "Vælg et tidspunkt til mødet.",
  meetingTimeInvalid: "Vælg et af de tilbudte tidspunkter.",
  closeHowRequired: "Vælg, hvorfor I afslutter jobordren.",
  commentTooLong: `Kommentaren må højst være ${formatLength(CLOSE_COMMENT_MAX_LENGTH)} tegn.`,
  updateKeyInvalid: STALE_FORM_MESSAGE,
} as const;

const M = EMPLOYER_ORDER_MESSAGES;

/** YYYY-MM-DD moved by whole years; 29 February becomes 1 March in a common year. */
function shiftYears(isoDate: string, years: number): string {
  const [y, m, d] = isoDate.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y + years, m - 1, d)).toISOString().slice(0, 10);
}

/**
 * Feedback on one shared candidate. `today` (YYYY-MM-DD, the Danish date) pins the start date rule
 * for tests; without it the rule reads the date in Denmark at each parse.
 */
export function createEmployerFeedbackSchema(options: { today?: string } = {}) {
  return z
    .object({
      intent: z.literal("feedback"),
      referralId: z.string({ required_error: M.referralInvalid, invalid_type_error: M.referralInvalid }).uuid(M.referralInvalid),
      outcome: z.enum(FEEDBACK_OUTCOMES, { errorMap: () => ({ message: M.outcomeRequired }) }),
      // Checked below, only for the outcome that needs it: both fields are on every form.
      startDate: z.string().trim().optional(),
      reason: z.string().trim().optional(),
      updateKey: updateKeyField,
    })
    .transform((value, ctx) => {
      let startDate: string | null = null;
      let reason: string | null = null;
      if (value.outcome === "HIRED") {
        if (!value.startDate) {
          ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["startDate"], message: M.startDateRequired });
          return z.NEVER;
        }
        const date = parseDanishDate(value.startDate);
        if (!date) {
          ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["startDate"], message: M.startDateFormat });
          return z.NEVER;
        }
        const today = options.today ?? danishToday();
        // ISO dates compare as strings.
        if (date < shiftYears(today, -1)) {
          ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["startDate"], message: M.startDateTooEarly });
          return z.NEVER;
        }
        if (date > shiftYears(today, 2)) {
          ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["startDate"], message: M.startDateTooLate });
          return z.NEVER;
        }
        startDate = date;
      } else if (value.outcome === "NOT_RELEVANT") {
        if (!value.reason) {
          ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["reason"], message: M.reasonRequired });
          return z.NEVER;
        }
        if (value.reason.length > EMPLOYER_CLOSE_REASON_MAX_LENGTH) {
          ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["reason"], message: M.reasonTooLong });
          return z.NEVER;
        }
        reason = value.reason;
      }
      return { intent: value.intent, referralId: value.referralId, outcome: value.outcome, startDate, reason, updateKey: value.updateKey };
    });
}

export const employerFeedbackSchema = createEmployerFeedbackSchema();

// An instant as the page offers it (Date.toISOString()); whether it is one of the offered times is
// the server's question.
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{3})?Z$/;

export const chooseMeetingSchema = z.object({
  intent: z.literal("meeting"),
  at: z
    .string({ required_error: M.meetingTimeRequired, invalid_type_error: M.meetingTimeRequired })
    .trim()
    .min(1, M.meetingTimeRequired)
    .refine((v) => ISO_INSTANT.test(v) && !Number.isNaN(Date.parse(v)), M.meetingTimeInvalid)
    .transform((v) => new Date(v).toISOString()),
  updateKey: updateKeyField,
});

export const closeOrderByEmployerSchema = z
  .object({
    intent: z.literal("close"),
    how: z.enum(CLOSE_HOWS, { errorMap: () => ({ message: M.closeHowRequired }) }),
    comment: z.string().trim().max(CLOSE_COMMENT_MAX_LENGTH, M.commentTooLong).optional(),
    updateKey: updateKeyField,
  })
  .transform((value) => {
    const label = CLOSE_HOW_LABELS[value.how];
    const comment = value.comment ? value.comment : null;
    return {
      intent: value.intent,
      how: value.how,
      comment,
      // What the workflow records: the choice in words, then the employer's own.
      reason: comment ? `${label}. ${comment}` : label,
      cancelled: CLOSE_HOW_CANCELLED[value.how],
      updateKey: value.updateKey,
    };
  });
