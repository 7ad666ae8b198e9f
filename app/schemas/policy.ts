// The form that creates a new version of a jobcentre's response policy. Fields arrive as the
// conform-parsed form (numbers coerced, empty fields undefined); the output is a row's values.
import { z } from "zod";
import { toSingleLine } from "~/utils/text";
import { isRealDate } from "~/utils/local-date";
import { openingHoursProblems, WEEKDAY_NAMES, WEEKDAYS, type OpeningHours, type Weekday } from "~/utils/deadlines";

export const POLICY_LIMITS = { responseHoursMax: 720, escalationHoursMax: 720, noteMax: 500, closedDaysMax: 366, emailsMax: 20 } as const;

/** The ranges of the fields for after the answer (lifecycle of the order). */
export const LIFECYCLE_LIMITS = {
  consentReplyDays: { min: 1, max: 30 },
  referralWithinWorkingDays: { min: 1, max: 60 },
  meetingAbovePositions: { min: 1, max: 500 },
  meetingWithinWorkingDays: { min: 1, max: 30 },
  meetingSlotTimes: { min: 1, max: 6 },
  answerNextSteps: { min: 1, max: 12, length: 120 },
  feedbackReminderWorkingDays: { min: 1, max: 30 },
  followUpWeeksAfterStart: { min: 1, max: 52 },
  orderOpenDays: { min: 7, max: 365 },
  surveyReminderDays: { min: 1, max: 30 },
  surveyCloseDays: { min: 1, max: 60 },
} as const;

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

function wholeNumber(label: string, min: number, max: number) {
  const message = `${label} skal være et helt tal fra ${min} til ${max}.`;
  return z
    .number({ required_error: `Udfyld ${label.toLowerCase()}.`, invalid_type_error: message })
    .int(message)
    .min(min, message)
    .max(max, message);
}

function lifecycleNumber(label: string, key: Exclude<keyof typeof LIFECYCLE_LIMITS, "meetingAbovePositions" | "meetingSlotTimes">) {
  const { min, max } = LIFECYCLE_LIMITS[key];
  return wholeNumber(label, min, max);
}

/** "9:00", "09.00" or "09:00" as "09:00"; null when it is not a time of day. */
export function normaliseTime(value: string): string | null {
  const match = /^(\d{1,2})[:.](\d{2})$/.exec(value.trim());
  if (!match) return null;
  const time = `${match[1]!.padStart(2, "0")}:${match[2]}`;
  return TIME.test(time) ? time : null;
}

const timeField = z.string().trim().regex(TIME, "Skriv tidspunktet som tt:mm, fx 08:00.").optional();

const dayField = z.object({ from: timeField, to: timeField });

const openingHoursField = z.object(
  Object.fromEntries(WEEKDAYS.map((d) => [d, dayField.optional()])) as Record<Weekday, z.ZodOptional<typeof dayField>>,
);

/** Lines or commas: "2026-12-24\n2026-12-31". */
function splitList(value: string | undefined): string[] {
  return (value ?? "")
    .split(/[\n,;]+/)
    .map((v) => v.trim())
    .filter((v) => v.length > 0);
}

const emailCheck = z.string().email();

const SLOT_REQUIRED = "Skriv mindst ét mødetidspunkt, fx 09:00.";

/**
 * "09:00, 13:00" or one a line: the times offered for the meeting, checked on their own so their error
 * shows beside the field whatever else is wrong. Once each, in the order of the day.
 */
const meetingSlotTimesField = z
  .string({ required_error: SLOT_REQUIRED, invalid_type_error: SLOT_REQUIRED })
  .max(1_000, `Skriv højst ${LIFECYCLE_LIMITS.meetingSlotTimes.max} mødetider.`)
  .transform((value, ctx) => {
    const slots = splitList(value);
    const bad = slots.filter((t) => normaliseTime(t) === null);
    if (bad.length > 0) {
      ctx.addIssue({
        code: "custom",
        message: `Skriv hvert mødetidspunkt som tt:mm, fx 09:00, adskilt af komma eller linjeskift. Ikke gyldig: ${bad.slice(0, 5).join(", ")}.`,
      });
      return z.NEVER;
    }
    const times = [...new Set(slots.map((t) => normaliseTime(t)!))].sort();
    if (times.length < LIFECYCLE_LIMITS.meetingSlotTimes.min) {
      ctx.addIssue({ code: "custom", message: SLOT_REQUIRED });
      return z.NEVER;
    }
    if (times.length > LIFECYCLE_LIMITS.meetingSlotTimes.max) {
      ctx.addIssue({ code: "custom", message: `Skriv højst ${LIFECYCLE_LIMITS.meetingSlotTimes.max} mødetider.` });
      return z.NEVER;
    }
    return times;
  });

const NEXT_STEPS_REQUIRED = "Skriv mindst ét næste skridt, som konsulenterne kan vælge i svaret.";

/** The next steps offered in the answer, one a line (a step may hold a comma), once each, in the order given. */
const answerNextStepsField = z
  .string({ required_error: NEXT_STEPS_REQUIRED, invalid_type_error: NEXT_STEPS_REQUIRED })
  .max(5_000, `Skriv højst ${LIFECYCLE_LIMITS.answerNextSteps.max} næste skridt.`)
  .transform((value, ctx) => {
    // Each step is one line as an employer will read it: control characters go, as in every one-line field.
    const steps = [...new Set(value.split(/\r?\n/).map(toSingleLine).filter(Boolean))];
    const problem =
      steps.length < LIFECYCLE_LIMITS.answerNextSteps.min
        ? NEXT_STEPS_REQUIRED
        : steps.length > LIFECYCLE_LIMITS.answerNextSteps.max
          ? `Skriv højst ${LIFECYCLE_LIMITS.answerNextSteps.max} næste skridt.`
          : steps.some((step) => step.length > LIFECYCLE_LIMITS.answerNextSteps.length)
            ? `Hvert næste skridt må højst være ${LIFECYCLE_LIMITS.answerNextSteps.length} tegn.`
            : null;
    if (problem) {
      ctx.addIssue({ code: "custom", message: problem });
      return z.NEVER;
    }
    return steps;
  });

const MEETING_THRESHOLD_MESSAGE = `Antal stillinger for møde skal være et helt tal fra ${LIFECYCLE_LIMITS.meetingAbovePositions.min} til ${LIFECYCLE_LIMITS.meetingAbovePositions.max}, eller tomt, hvis der ikke tilbydes møde.`;

export const policyFormSchema = z
  .object({
    responseHours: wholeNumber("Svarfristen", 1, POLICY_LIMITS.responseHoursMax),
    countingMode: z.enum(["CLOCK_HOURS", "WORKING_HOURS"], {
      required_error: "Vælg, hvordan fristen tælles.",
      invalid_type_error: "Vælg, hvordan fristen tælles.",
      message: "Vælg, hvordan fristen tælles.",
    }),
    openingHours: openingHoursField.optional(),
    useDanishHolidays: z.boolean({ invalid_type_error: "Sæt eller fjern fluebenet ved danske helligdage." }).optional(),
    extraClosedDays: z.string().max(20_000, `Højst ${POLICY_LIMITS.closedDaysMax} lukkedage.`).optional(),
    warningAtPercent: wholeNumber("Varslingen", 1, 99),
    escalateTeamLeadAfterHours: wholeNumber("Eskalering til teamleder", 0, POLICY_LIMITS.escalationHoursMax),
    escalateManagerAfterHours: wholeNumber("Eskalering til leder", 0, POLICY_LIMITS.escalationHoursMax),
    escalationEmails: z.string().max(5_000, `Højst ${POLICY_LIMITS.emailsMax} e-mailadresser.`).optional(),
    note: z.string().trim().max(POLICY_LIMITS.noteMax, `Noten må højst være ${POLICY_LIMITS.noteMax} tegn.`).optional(),

    // After the answer.
    consentReplyDays: lifecycleNumber("Fristen for samtykke", "consentReplyDays"),
    referralWithinWorkingDays: lifecycleNumber("Fristen for første henvisning", "referralWithinWorkingDays"),
    // Empty: no meeting is promised.
    meetingAbovePositions: z
      .number({ invalid_type_error: MEETING_THRESHOLD_MESSAGE })
      .int(MEETING_THRESHOLD_MESSAGE)
      .min(LIFECYCLE_LIMITS.meetingAbovePositions.min, MEETING_THRESHOLD_MESSAGE)
      .max(LIFECYCLE_LIMITS.meetingAbovePositions.max, MEETING_THRESHOLD_MESSAGE)
      .optional(),
    meetingWithinWorkingDays: lifecycleNumber("Fristen for mødet", "meetingWithinWorkingDays"),
    meetingSlotTimes: meetingSlotTimesField,
    answerNextSteps: answerNextStepsField,
    feedbackReminderWorkingDays: lifecycleNumber("Påmindelsen om tilbagemelding", "feedbackReminderWorkingDays"),
    followUpWeeksAfterStart: lifecycleNumber("Antal uger til opfølgning", "followUpWeeksAfterStart"),
    orderOpenDays: lifecycleNumber("Antal dage til lukning", "orderOpenDays"),
    surveyReminderDays: lifecycleNumber("Påmindelsen om tilfredshedsundersøgelsen", "surveyReminderDays"),
    surveyCloseDays: lifecycleNumber("Lukningen af tilfredshedsundersøgelsen", "surveyCloseDays"),
  })
  .superRefine((value, ctx) => {
    // Opening hours: one window a day; both times or neither (closed).
    const hours = toOpeningHours(value.openingHours);
    let dayErrors = false;
    for (const day of WEEKDAYS) {
      const window = value.openingHours?.[day];
      const from = window?.from;
      const to = window?.to;
      if ((from && !to) || (!from && to)) {
        dayErrors = true;
        ctx.addIssue({
          code: "custom",
          path: ["openingHours", day, from ? "to" : "from"],
          message: `${WEEKDAY_NAMES[day]}: udfyld både fra og til, eller lad begge stå tomme, hvis der er lukket.`,
        });
      } else if (from && to && from >= to) {
        dayErrors = true;
        ctx.addIssue({ code: "custom", path: ["openingHours", day, "to"], message: `${WEEKDAY_NAMES[day]}: lukketid skal være efter åbningstid.` });
      }
    }
    if (!dayErrors) {
      for (const problem of openingHoursProblems(hours)) ctx.addIssue({ code: "custom", path: ["openingHours"], message: problem });
      // Working days (meeting, first referral, feedback, follow-up) are counted in the opening hours'
      // calendar whatever the answer's counting mode, so some day must be open.
      if (WEEKDAYS.every((d) => hours[d].length === 0)) {
        ctx.addIssue({
          code: "custom",
          path: ["openingHours"],
          message:
            value.countingMode === "WORKING_HOURS"
              ? "Arbejdstimer kræver åbningstid på mindst én ugedag."
              : "Udfyld åbningstid på mindst én ugedag: arbejdsdagene efter svaret (møde, henvisning, opfølgning) tælles i dem.",
        });
      }
    }

    const days = splitList(value.extraClosedDays);
    const badDays = days.filter((d) => !isRealDate(d));
    if (badDays.length > 0) {
      ctx.addIssue({
        code: "custom",
        path: ["extraClosedDays"],
        message: `Skriv hver lukkedag som åååå-mm-dd på sin egen linje. Ikke gyldig: ${badDays.slice(0, 5).join(", ")}${badDays.length > 5 ? " …" : ""}.`,
      });
    } else if (new Set(days).size > POLICY_LIMITS.closedDaysMax) {
      ctx.addIssue({ code: "custom", path: ["extraClosedDays"], message: `Højst ${POLICY_LIMITS.closedDaysMax} lukkedage.` });
    }

    const emails = splitList(value.escalationEmails);
    const badEmails = emails.filter((e) => !emailCheck.safeParse(e).success);
    if (badEmails.length > 0) {
      ctx.addIssue({
        code: "custom",
        path: ["escalationEmails"],
        message: `Skriv gyldige e-mailadresser adskilt af komma eller linjeskift. Ikke gyldig: ${badEmails.slice(0, 5).join(", ")}.`,
      });
    } else if (new Set(emails.map((e) => e.toLowerCase())).size > POLICY_LIMITS.emailsMax) {
      ctx.addIssue({ code: "custom", path: ["escalationEmails"], message: `Højst ${POLICY_LIMITS.emailsMax} e-mailadresser.` });
    }

    if (value.escalateManagerAfterHours < value.escalateTeamLeadAfterHours) {
      ctx.addIssue({
        code: "custom",
        path: ["escalateManagerAfterHours"],
        message: "Eskalering til leder skal ske samtidig med eller efter eskalering til teamleder.",
      });
    }
  })
  .transform((value) => ({
    responseHours: value.responseHours,
    countingMode: value.countingMode,
    openingHours: toOpeningHours(value.openingHours),
    useDanishHolidays: value.useDanishHolidays ?? false,
    extraClosedDays: [...new Set(splitList(value.extraClosedDays))].sort(),
    warningAtPercent: value.warningAtPercent,
    escalateTeamLeadAfterHours: value.escalateTeamLeadAfterHours,
    escalateManagerAfterHours: value.escalateManagerAfterHours,
    escalationEmails: [...new Set(splitList(value.escalationEmails).map((e) => e.toLowerCase()))],
    note: value.note ? value.note : null,
    consentReplyDays: value.consentReplyDays,
    referralWithinWorkingDays: value.referralWithinWorkingDays,
    meetingAbovePositions: value.meetingAbovePositions ?? null,
    meetingWithinWorkingDays: value.meetingWithinWorkingDays,
    meetingSlotTimes: value.meetingSlotTimes,
    answerNextSteps: value.answerNextSteps,
    feedbackReminderWorkingDays: value.feedbackReminderWorkingDays,
    followUpWeeksAfterStart: value.followUpWeeksAfterStart,
    orderOpenDays: value.orderOpenDays,
    surveyReminderDays: value.surveyReminderDays,
    surveyCloseDays: value.surveyCloseDays,
  }));


type DayInput = { from?: string; to?: string } | undefined;

function toOpeningHours(input: Partial<Record<Weekday, DayInput>> | undefined): OpeningHours {
  return Object.fromEntries(
    WEEKDAYS.map((day) => {
      const w = input?.[day];
      return [day, w?.from && w?.to && TIME.test(w.from) && TIME.test(w.to) ? [[w.from, w.to]] : []];
    }),
  ) as OpeningHours;
}
