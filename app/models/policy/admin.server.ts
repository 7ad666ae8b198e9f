// Server side of the policy admin page: parsing the new-version form and describing versions in
// Danish. Kept out of policy.server.ts, which the worker loads too.
import { parseWithZod } from "@conform-to/zod";
import type { ResponsePolicy } from "@prisma/client";
import { policyFormSchema } from "~/schemas/policy";
import { danishPublicHolidays, WEEKDAY_NAMES, WEEKDAYS, type OpeningHours } from "~/utils/deadlines";

export function parsePolicyForm(formData: FormData) {
  return parseWithZod(formData, { schema: policyFormSchema });
}

export function weekdayOptions() {
  return WEEKDAYS.map((key) => ({ key, label: WEEKDAY_NAMES[key] }));
}

/** "man 08:00–15:30, tir …" for the versions table; closed days left out. */
export function describeOpeningHours(hours: OpeningHours): string {
  const parts = WEEKDAYS.flatMap((day) => {
    const windows = hours[day] ?? [];
    if (windows.length === 0) return [];
    return [`${WEEKDAY_NAMES[day].slice(0, 3).toLowerCase()} ${windows.map(([from, to]) => `${from}–${to}`).join(", ")}`];
  });
  return parts.length > 0 ? parts.join("; ") : "Ingen åbningstid";
}

/** The form's starting values: the current version, so an admin changes only what should change. */
export function policyFormDefaults(policy: ResponsePolicy | null) {
  if (!policy) return undefined;
  const hours = policy.openingHours as OpeningHours;
  return {
    responseHours: String(policy.responseHours),
    countingMode: policy.countingMode,
    openingHours: Object.fromEntries(
      WEEKDAYS.map((day) => {
        const first = hours[day]?.[0];
        return [day, { from: first?.[0] ?? "", to: first?.[1] ?? "" }];
      }),
    ),
    useDanishHolidays: policy.useDanishHolidays ? "on" : "",
    extraClosedDays: ((policy.extraClosedDays as string[]) ?? []).join("\n"),
    warningAtPercent: String(policy.warningAtPercent),
    escalateTeamLeadAfterHours: String(policy.escalateTeamLeadAfterHours),
    escalateManagerAfterHours: String(policy.escalateManagerAfterHours),
    escalationEmails: policy.escalationEmails.join("\n"),
    note: "",
    consentReplyDays: String(policy.consentReplyDays),
    referralWithinWorkingDays: String(policy.referralWithinWorkingDays),
    meetingAbovePositions: policy.meetingAbovePositions === null ? "" : String(policy.meetingAbovePositions),
    meetingWithinWorkingDays: String(policy.meetingWithinWorkingDays),
    meetingSlotTimes: policy.meetingSlotTimes.join(", "),
    answerNextSteps: policy.answerNextSteps.join("\n"),
    feedbackReminderWorkingDays: String(policy.feedbackReminderWorkingDays),
    followUpWeeksAfterStart: String(policy.followUpWeeksAfterStart),
    orderOpenDays: String(policy.orderOpenDays),
    surveyReminderDays: String(policy.surveyReminderDays),
    surveyCloseDays: String(policy.surveyCloseDays),
  };
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The policy after the answer in a few words, for the versions table. */
export function describeLifecycle(policy: ResponsePolicy): string {
  const meeting =
    policy.meetingAbovePositions === null
      ? "intet møde"
      : `møde ved over ${plural(policy.meetingAbovePositions, "stilling", "stillinger")} inden ${plural(policy.meetingWithinWorkingDays, "arbejdsdag", "arbejdsdage")} (kl. ${policy.meetingSlotTimes.join(", ")})`;
  return [
    `samtykke ${plural(policy.consentReplyDays, "dag", "dage")}`,
    `henvisning inden ${plural(policy.referralWithinWorkingDays, "arbejdsdag", "arbejdsdage")}`,
    meeting,
    `påmindelse om tilbagemelding efter ${plural(policy.feedbackReminderWorkingDays, "arbejdsdag", "arbejdsdage")}`,
    `opfølgning ${plural(policy.followUpWeeksAfterStart, "uge", "uger")} efter start`,
    `lukker efter ${plural(policy.orderOpenDays, "dag", "dage")}`,
    `undersøgelse: påmindelse efter ${plural(policy.surveyReminderDays, "dag", "dage")}, lukker ${plural(policy.surveyCloseDays, "dag", "dage")} senere`,
  ].join("; ");
}

export function holidaysOfYear(year: number) {
  return danishPublicHolidays(year);
}
