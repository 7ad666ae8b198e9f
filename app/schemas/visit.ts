// The visit forms (plan, record, cancel) and the week page's query, shared by the browser and the server.
import { z } from "zod";
import { PLANNABLE_VISIT_KINDS, VISIT_LIMITS, VISIT_OUTCOMES } from "~/domain/visit/visits";
import { addCalendarDays } from "~/utils/local-date";
import { isoWeekOf, mondayOfIsoWeek } from "~/utils/iso-week";
import { danishToday, parseDanishDate } from "./job-order";
import { normaliseTime } from "./policy";
import { STALE_FORM_MESSAGE } from "./update-key";

const L = VISIT_LIMITS;

export const VISIT_MESSAGES = {
  kindRequired: "Vælg, hvilken slags besøg det er.",
  dateRequired: "Skriv datoen for besøget.",
  dateFormat: "Skriv datoen som dd-mm-åååå, fx 14-01-2027.",
  dateTooEarly: "Et besøg kan højst registreres et år tilbage.",
  dateTooLate: "Et besøg kan højst planlægges to år frem.",
  timeRequired: "Skriv klokkeslættet for besøget.",
  timeFormat: "Skriv klokkeslættet som tt:mm, fx 10:00.",
  durationFormat: `Skriv varigheden i minutter, fra ${L.minMinutes} til ${L.maxMinutes}.`,
  consultantRequired: "Vælg den konsulent, der skal holde besøget.",
  unitUnknown: "Vælg en af virksomhedens produktionsenheder, eller virksomhedens egen adresse.",
  purposeTooLong: `Formålet må højst være ${L.purpose.toLocaleString("da-DK")} tegn.`,
  outcomeRequired: "Vælg, hvad besøget førte til.",
  noteTooLong: `Referatet må højst være ${L.note.toLocaleString("da-DK")} tegn.`,
  nextStepTooLong: `Næste skridt må højst være ${L.nextStep.toLocaleString("da-DK")} tegn.`,
  nextVisitTimeWithoutDate: "Skriv også datoen for det næste besøg, eller slet klokkeslættet.",
  nextVisitBeforeVisit: "Det næste besøg skal ligge efter dette besøg.",
  campaignUnknown: "Vælg en af de kampagner, virksomheden er med i.",
  campaignNeedsKind: "Et besøg i en kampagne er et kampagnebesøg: vælg den slags besøg, eller vælg ingen kampagne.",
} as const;
const M = VISIT_MESSAGES;

const text = (max: number, tooLong: string) =>
  z
    .string()
    .max(max, tooLong)
    .optional()
    .transform((v) => (v ?? "").replace(/\r\n?/g, "\n").trim());

/** A date a visit may have: a real date, at most a year back and two years ahead of today in Denmark. */
function visitDate(required: string) {
  return z.string({ required_error: required }).transform((value, ctx) => {
    const date = parseDanishDate(value);
    if (!date) {
      ctx.addIssue({ code: "custom", message: M.dateFormat });
      return z.NEVER;
    }
    const today = danishToday();
    if (date < addCalendarDays(today, -L.daysBack)) ctx.addIssue({ code: "custom", message: M.dateTooEarly });
    else if (date > addCalendarDays(today, L.daysAhead)) ctx.addIssue({ code: "custom", message: M.dateTooLate });
    return date;
  });
}

function visitTime(required: string) {
  return z.string({ required_error: required }).transform((value, ctx) => {
    const time = normaliseTime(value);
    if (!time) {
      ctx.addIssue({ code: "custom", message: M.timeFormat });
      return z.NEVER;
    }
    return time;
  });
}

const version = z.string({ required_error: STALE_FORM_MESSAGE }).datetime({ message: STALE_FORM_MESSAGE });

export const planVisitFormSchema = z
  .object({
    intent: z.literal("planVisit"),
    kind: z.enum(PLANNABLE_VISIT_KINDS, { errorMap: () => ({ message: M.kindRequired }) }),
    date: visitDate(M.dateRequired),
    time: visitTime(M.timeRequired),
    durationMinutes: z.coerce
      .number({ invalid_type_error: M.durationFormat })
      .int(M.durationFormat)
      .min(L.minMinutes, M.durationFormat)
      .max(L.maxMinutes, M.durationFormat)
      .default(60),
    consultantId: z.string({ required_error: M.consultantRequired }).uuid(M.consultantRequired),
    // Empty: the company's own address.
    pNumber: z
      .string()
      .regex(/^\d{10}$/, M.unitUnknown)
      .optional()
      .transform((v) => v ?? null),
    purpose: text(L.purpose, M.purposeTooLong),
    // Empty: not part of a campaign.
    campaignId: z
      .string()
      .uuid(M.campaignUnknown)
      .optional()
      .transform((v) => v ?? null),
  })
  .superRefine((value, ctx) => {
    if (value.campaignId && value.kind && value.kind !== "CAMPAIGN") ctx.addIssue({ code: "custom", path: ["kind"], message: M.campaignNeedsKind });
  });
export type PlanVisitInput = Omit<z.infer<typeof planVisitFormSchema>, "intent">;

export const recordVisitFormSchema = z
  .object({
    intent: z.literal("recordVisit"),
    version,
    outcome: z.enum(VISIT_OUTCOMES as [string, ...string[]], { errorMap: () => ({ message: M.outcomeRequired }) }),
    note: text(L.note, M.noteTooLong),
    nextStep: text(L.nextStep, M.nextStepTooLong),
    nextVisitDate: visitDate(M.dateRequired).optional(),
    nextVisitTime: visitTime(M.timeRequired).optional(),
  })
  .superRefine((value, ctx) => {
    if (value.nextVisitTime && !value.nextVisitDate) ctx.addIssue({ code: "custom", path: ["nextVisitDate"], message: M.nextVisitTimeWithoutDate });
  })
  .transform(({ intent: _intent, outcome, ...rest }) => ({ ...rest, outcome: outcome as (typeof VISIT_OUTCOMES)[number] }));
export type RecordVisitInput = z.infer<typeof recordVisitFormSchema>;

export const cancelVisitFormSchema = z.object({ intent: z.literal("cancelVisit"), version });

export const VISIT_VIEWS = ["liste", "kalender"] as const;

/** The week page: which week (ISO), whose visits, list or calendar. A bad value falls back to the default. */
export function weekQuerySchema(today: string = danishToday()) {
  return z.object({
    uge: z
      .string()
      .optional()
      .transform((v) => (v && mondayOfIsoWeek(v) ? v : isoWeekOf(today))),
    konsulent: z.string().uuid().optional().catch(undefined),
    visning: z.enum(VISIT_VIEWS).catch("liste").default("liste"),
  });
}
