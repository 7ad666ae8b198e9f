// Staff forms on an order after the answer: shortlist from the search, ask for consent, record a
// consent given by phone, withdraw a candidate, finish a task, send to the region, close the order.
// Shared by browser (conform) and server; limits and windows come from app/domain, as the workflow's do.
import { z } from "zod";
import { rowUpdateKeyField } from "./update-key";
import { CLOSE_REASON_MAX_LENGTH, MAX_BATCH, NOTE_MAX_LENGTH } from "~/domain/job-order/limits";
import { CONSENT_REPLY_BY_MAX_DAYS } from "~/domain/referral/consent";
import { addLocalDays, endOfLocalDay } from "~/utils/deadlines";
import { parseDanishDate } from "./job-order";

/** Reply-by choices offered for consent: 2, 3 or 7 days, or a date of one's own. */
export const REPLY_BY_CHOICES = ["2", "3", "7", "dato"] as const;
export const REPLY_BY_LABELS: Record<(typeof REPLY_BY_CHOICES)[number], string> = {
  "2": "2 dage",
  "3": "3 dage",
  "7": "7 dage",
  dato: "Til en bestemt dato",
};

/** A checkbox group: nothing ticked sends nothing, one ticked sends a string. */
function idList(message: string) {
  return z.preprocess(
    (value) => (value === undefined || value === null || value === "" ? [] : Array.isArray(value) ? value : [value]),
    z.array(z.string().uuid(message)).min(1, message).max(MAX_BATCH, `Højst ${MAX_BATCH} ad gangen.`),
  );
}

export const shortlistSchema = z.object({
  intent: z.literal("shortlist"),
  jobseekerIds: idList("Vælg mindst én kandidat, der skal på kortlisten."),
  updateKey: rowUpdateKeyField,
});

/** `today` is the local date in Copenhagen, passed in so browser and server agree on it. */
export function requestConsentSchema(today: string) {
  return z
    .object({
      intent: z.literal("requestConsent"),
      referralIds: idList("Vælg mindst én kandidat, der skal spørges."),
      replyBy: z.enum(REPLY_BY_CHOICES, {
        required_error: "Vælg en frist for samtykke.",
        invalid_type_error: "Vælg en frist for samtykke.",
        message: "Vælg en frist for samtykke.",
      }),
      replyByDate: z
        .string()
        .trim()
        .optional()
        .transform((v) => (v ? parseDanishDate(v) ?? v : v)),
      updateKey: rowUpdateKeyField,
    })
    .superRefine((value, ctx) => {
      if (value.replyBy !== "dato") return;
      // A real date only: "2026-02-31" is refused, not rolled over into March.
      const date = parseDanishDate(value.replyByDate ?? "");
      if (!date) {
        ctx.addIssue({ code: "custom", path: ["replyByDate"], message: "Skriv fristen som en dato, fx 2026-12-01." });
        return;
      }
      const days = Math.round((Date.parse(`${date}T12:00:00Z`) - Date.parse(`${today}T12:00:00Z`)) / 86_400_000);
      if (days < 1) ctx.addIssue({ code: "custom", path: ["replyByDate"], message: "Fristen skal være efter i dag." });
      else if (days > CONSENT_REPLY_BY_MAX_DAYS) ctx.addIssue({ code: "custom", path: ["replyByDate"], message: `Fristen må højst ligge ${CONSENT_REPLY_BY_MAX_DAYS} dage frem.` });
    });
}

/** The consent reply-by a consultant chose: the end of that local day, a number of days from `today` or a date. */
export function consentReplyByOf(value: { replyBy: (typeof REPLY_BY_CHOICES)[number]; replyByDate?: string }, today: string): Date {
  return endOfLocalDay(value.replyBy === "dato" ? value.replyByDate! : addLocalDays(today, Number(value.replyBy)));
}

/** A row's hidden id: missing or broken, the row has gone from the page the form was sent from. */
function rowIdField(message: string) {
  return z.string({ required_error: message, invalid_type_error: message }).uuid(message);
}
const REFERRAL_GONE = "Kandidaten findes ikke længere på jobordren. Genindlæs siden, og prøv igen.";
const TASK_GONE = "Opgaven findes ikke længere. Genindlæs siden, og prøv igen.";

export const consentByPhoneSchema = z.object({
  intent: z.literal("consentByPhone"),
  referralId: rowIdField(REFERRAL_GONE),
  answer: z.enum(["YES", "NO"], { message: "Vælg, om kandidaten sagde ja eller nej." }),
  updateKey: rowUpdateKeyField,
});

export const withdrawSchema = z.object({
  intent: z.literal("withdraw"),
  referralId: rowIdField(REFERRAL_GONE),
  reason: z
    .string({ required_error: "Skriv, hvorfor kandidaten trækkes tilbage." })
    .trim()
    .min(1, "Skriv, hvorfor kandidaten trækkes tilbage.")
    .max(CLOSE_REASON_MAX_LENGTH, `Begrundelsen må højst være ${CLOSE_REASON_MAX_LENGTH.toLocaleString("da-DK")} tegn.`),
  updateKey: rowUpdateKeyField,
});

export const completeTaskSchema = z.object({
  intent: z.literal("completeTask"),
  taskId: rowIdField(TASK_GONE),
  note: z
    .string()
    .trim()
    .max(NOTE_MAX_LENGTH, `Noten må højst være ${NOTE_MAX_LENGTH.toLocaleString("da-DK")} tegn.`)
    .optional(),
  updateKey: rowUpdateKeyField,
});

export const shareWithRegionSchema = z.object({ intent: z.literal("shareWithRegion"), updateKey: rowUpdateKeyField });

export const closeOrderSchema = z.object({
  intent: z.literal("close"),
  reason: z
    .string({ required_error: "Skriv, hvorfor jobordren afsluttes." })
    .trim()
    .min(1, "Skriv, hvorfor jobordren afsluttes.")
    .max(CLOSE_REASON_MAX_LENGTH, `Begrundelsen må højst være ${CLOSE_REASON_MAX_LENGTH.toLocaleString("da-DK")} tegn.`),
  cancelled: z.preprocess((v) => v === "on" || v === "1" || v === "true", z.boolean()),
  updateKey: rowUpdateKeyField,
});
