// What an employer may correct on an open order, and what a correction changed. No imports: the form, the
// workflow's validator, the activity that stores it and the pages that show it all read this module.
//
// The CVR number, the workplace postcode and the kind of job are not here: they decide which jobcentre and
// which scheme the order belongs to, so a change of them is a new order. The contact's e-mail address is the
// employer's sign-in identity and stays too.

export const CORRECTABLE_FIELDS = [
  "title",
  "description",
  "positions",
  "hoursPerWeek",
  "startDate",
  "applicationDeadline",
  "requirements",
  "openToSmallJobs",
  "openToFlexJob",
  "openToJobCrafting",
  "contactName",
  "contactPhone",
] as const;

export type CorrectableField = (typeof CORRECTABLE_FIELDS)[number];

/** The order's correctable values: dates as YYYY-MM-DD, no deadline as null. */
export type OrderCorrectionValues = {
  title: string;
  description: string;
  positions: number;
  hoursPerWeek: number;
  startDate: string;
  applicationDeadline: string | null;
  requirements: string;
  openToSmallJobs: boolean;
  openToFlexJob: boolean;
  openToJobCrafting: boolean;
  contactName: string;
  contactPhone: string;
};

export type FieldValue = OrderCorrectionValues[CorrectableField];
export type FieldChange = { field: CorrectableField; before: FieldValue; after: FieldValue };

export const CORRECTION_FIELD_LABELS: Record<CorrectableField, string> = {
  title: "Stillingsbetegnelse",
  description: "Beskrivelse af jobbet",
  positions: "Antal stillinger",
  hoursPerWeek: "Timer om ugen",
  startDate: "Startdato",
  applicationDeadline: "Ansøgningsfrist",
  requirements: "Krav til kandidaterne",
  openToSmallJobs: "Kan deles op i småjob",
  openToFlexJob: "Kan besættes som fleksjob",
  openToJobCrafting: "Vil høre om jobcrafting",
  contactName: "Kontaktperson",
  contactPhone: "Kontaktpersonens telefon",
};

/** The fields whose value differs, in the form's order. */
export function changesBetween(before: OrderCorrectionValues, after: OrderCorrectionValues): FieldChange[] {
  return CORRECTABLE_FIELDS.filter((field) => before[field] !== after[field]).map((field) => ({ field, before: before[field], after: after[field] }));
}

/** True when `value` has every correctable field with a value of the right type (the workflow's check). */
export function isCorrectionValues(value: unknown): value is OrderCorrectionValues {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  const strings: CorrectableField[] = ["title", "description", "startDate", "requirements", "contactName", "contactPhone"];
  const numbers: CorrectableField[] = ["positions", "hoursPerWeek"];
  const flags: CorrectableField[] = ["openToSmallJobs", "openToFlexJob", "openToJobCrafting"];
  return (
    strings.every((f) => typeof v[f] === "string") &&
    numbers.every((f) => typeof v[f] === "number" && Number.isFinite(v[f])) &&
    flags.every((f) => typeof v[f] === "boolean") &&
    (v.applicationDeadline === null || typeof v.applicationDeadline === "string")
  );
}

const DATE_IN_WORDS = new Intl.DateTimeFormat("da-DK", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const HOURS = new Intl.NumberFormat("da-DK", { maximumFractionDigits: 1 });

/** A value as the employer and the consultant read it: dates in words, yes/no, "ingen" for none. */
export function correctionValueText(field: CorrectableField, value: FieldValue): string {
  if (value === null || value === "") return field === "applicationDeadline" ? "ingen frist" : "intet";
  if (typeof value === "boolean") return value ? "ja" : "nej";
  if (field === "hoursPerWeek" && typeof value === "number") return HOURS.format(value);
  if ((field === "startDate" || field === "applicationDeadline") && typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return DATE_IN_WORDS.format(new Date(`${value}T00:00:00Z`));
  }
  return String(value);
}

/** The changes as lines "Antal stillinger: 2 → 3" (long texts are shown whole elsewhere). */
export function correctionLines(changes: FieldChange[]): string[] {
  return changes.map(({ field, before, after }) => `${CORRECTION_FIELD_LABELS[field]}: ${correctionValueText(field, before)} → ${correctionValueText(field, after)}`);
}
