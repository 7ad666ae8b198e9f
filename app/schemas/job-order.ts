// The public job order form. Shared by the browser (conform validates as you type) and the server
// (the same rules decide, also without JavaScript). Fields arrive as strings from the form, so every
// rule parses a string itself; the schema also works on plain objects (tests, seed scripts).
import { z } from "zod";
import { isValidCvr, normalizeCvr } from "~/utils/cvr";
import { toSingleLine } from "~/utils/text";

export const JOB_ORDER_KINDS = [
  "ORDINARY",
  "SMALL_JOB",
  "FLEX_JOB",
  "WAGE_SUBSIDY",
  "COMPANY_INTERNSHIP",
  "ADULT_APPRENTICE",
  "APPRENTICE",
  "IGU",
  "JOB_ROTATION",
] as const;

export type JobOrderKindValue = (typeof JOB_ORDER_KINDS)[number];

export const JOB_ORDER_KIND_LABELS: Record<JobOrderKindValue, string> = {
  ORDINARY: "ordinært job",
  SMALL_JOB: "småjob",
  FLEX_JOB: "fleksjob",
  WAGE_SUBSIDY: "løntilskud",
  COMPANY_INTERNSHIP: "virksomhedspraktik",
  ADULT_APPRENTICE: "voksenlærling",
  APPRENTICE: "elev/lærling",
  IGU: "IGU (integrationsgrunduddannelse)",
  JOB_ROTATION: "jobrotation",
};

export const JOB_ORDER_LIMITS = {
  companyName: 200,
  companyAddress: 200,
  contactName: 120,
  contactEmail: 254,
  title: 120,
  descriptionMin: 20,
  description: 4000,
  requirements: 2000,
  positionsMax: 500,
  hoursMin: 1,
  hoursMax: 60,
} as const;

export const JOB_ORDER_MESSAGES = {
  cvrRequired: "Skriv virksomhedens CVR-nummer",
  cvrFormat: "CVR-nummeret skal være 8 cifre, fx 12345678",
  cvrChecksum: "CVR-nummeret findes ikke – tjek, at I har skrevet alle 8 cifre rigtigt",
  companyNameRequired: "Skriv virksomhedens navn",
  companyNameTooLong: `Virksomhedens navn må højst være ${JOB_ORDER_LIMITS.companyName} tegn`,
  companyAddressRequired: "Skriv virksomhedens adresse",
  companyAddressTooLong: `Adressen må højst være ${JOB_ORDER_LIMITS.companyAddress} tegn`,
  companyPostcodeRequired: "Skriv virksomhedens postnummer",
  postcodeFormat: "Skriv postnummeret med 4 cifre, fx 4900. Byen finder vi selv ud fra nummeret.",
  contactNameRequired: "Skriv navnet på kontaktpersonen",
  contactNameTooLong: `Navnet må højst være ${JOB_ORDER_LIMITS.contactName} tegn`,
  contactEmailRequired: "Skriv kontaktpersonens e-mailadresse",
  contactEmailFormat: "Skriv e-mailadressen i det rigtige format, fx navn@virksomhed.dk",
  contactPhoneRequired: "Skriv kontaktpersonens telefonnummer",
  contactPhoneFormat: "Telefonnummeret skal være et dansk nummer på 8 cifre, fx 20 30 40 50",
  titleRequired: "Skriv stillingens titel",
  titleTooLong: `Titlen må højst være ${JOB_ORDER_LIMITS.title} tegn`,
  descriptionRequired: "Beskriv jobbet og opgaverne",
  descriptionTooShort: `Beskrivelsen skal være mindst ${JOB_ORDER_LIMITS.descriptionMin} tegn – fortæl kort om opgaverne`,
  descriptionTooLong: `Beskrivelsen må højst være ${JOB_ORDER_LIMITS.description.toLocaleString("da-DK")} tegn`,
  positionsRequired: "Skriv hvor mange medarbejdere I søger",
  positionsRange: `Antal stillinger skal være et helt tal fra 1 til ${JOB_ORDER_LIMITS.positionsMax}`,
  kindRequired: "Vælg ansættelsesform",
  hoursRequired: "Skriv hvor mange timer om ugen jobbet er på",
  hoursRange: `Timer om ugen skal være et tal fra ${JOB_ORDER_LIMITS.hoursMin} til ${JOB_ORDER_LIMITS.hoursMax}, fx 37 eller 18,5`,
  startDateRequired: "Skriv hvornår jobbet starter",
  startDateFormat: "Skriv startdatoen som dag, måned og år, fx 1.2.2027 for 1. februar 2027",
  startDatePast: "Startdatoen kan ikke ligge før i dag",
  applicationDeadlineFormat: "Skriv ansøgningsfristen som dag, måned og år, fx 15.12.2026 for 15. december 2026",
  applicationDeadlinePast: "Ansøgningsfristen kan ikke ligge før i dag",
  applicationDeadlineTooFar: "Ansøgningsfristen kan højst ligge et år frem",
  workplacePostcodeRequired: "Skriv postnummeret for arbejdsstedet",
  requirementsTooLong: `Kravene må højst være ${JOB_ORDER_LIMITS.requirements.toLocaleString("da-DK")} tegn`,
  jobcentreInvalid: "Vælg et jobcenter fra listen",
  submissionKeyInvalid: "Formularen er for gammel. Genindlæs siden, og udfyld den igen.",
} as const;

/** Today's date in Denmark as YYYY-MM-DD, whatever the time zone of the machine (browser or server). */
export function danishToday(now: Date = new Date()): string {
  // en-CA formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Copenhagen", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

/** "2027-01-04", "4-1-2027", "04.01.2027" or "4/1/2027" → "2027-01-04"; null if it is no real date. */
export function parseDanishDate(value: string): string | null {
  const trimmed = value.trim();
  let parts: [number, number, number] | null = null;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  const danish = /^(\d{1,2})[-./](\d{1,2})[-./](\d{4})$/.exec(trimmed);
  if (iso) parts = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (danish) parts = [Number(danish[3]), Number(danish[2]), Number(danish[1])];
  if (!parts) return null;
  const [year, month, day] = parts;
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 31 February over into March: a real date survives the round trip.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** A date field as typed (parseDanishDate's forms) to yyyy-mm-dd; `required` when left out, `format` when no real date. */
export function danishDateField(required: string, format: string) {
  return z.string({ required_error: required, invalid_type_error: required }).transform((value, ctx) => {
    const date = parseDanishDate(value);
    if (!date) {
      ctx.addIssue({ code: "custom", message: format });
      return z.NEVER;
    }
    return date;
  });
}

/** Danish phone numbers: 8 digits, spaces or dashes allowed, optionally +45 / 0045 in front → "20304050". */
export function normalizeDanishPhone(value: string): string | null {
  const compact = value.replace(/[\s-]/g, "");
  const match = /^(?:\+45|0045)?(\d{8})$/.exec(compact);
  return match ? match[1]! : null;
}

/** A required text field: conform turns an empty field into undefined, a plain object may hold "". */
function requiredText(required: string, max: number, tooLong: string) {
  return z.string({ required_error: required, invalid_type_error: required }).trim().min(1, required).max(max, tooLong);
}

/** A required one-line field (names, title, address): a pasted line break becomes a space. */
function requiredLine(required: string, max: number, tooLong: string) {
  return requiredText(required, max, tooLong).transform(toSingleLine);
}

/**
 * "4900", "4900 Nakskov" or "DK-4900" → "4900": the town is looked up from the number, so one typed
 * after it (as on an envelope) is accepted and left out.
 */
export function postcodeOf(value: string): string {
  const match = /^(?:DK\s*-?\s*)?(\d{4})(?:[\s,]+\p{L}[\p{L}\s.'-]*)?$/iu.exec(value.trim());
  return match ? match[1]! : value.trim();
}

export function postcodeField(required: string) {
  return z
    .string({ required_error: required, invalid_type_error: required })
    .trim()
    .min(1, required)
    .transform(postcodeOf)
    .pipe(z.string().regex(/^\d{4}$/, JOB_ORDER_MESSAGES.postcodeFormat));
}

/** An unchecked checkbox is absent from the form data; a checked one sends "on". */
function checkbox() {
  return z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean()).default(false);
}

/** A CVR number as people type it ("DK 1015 0817") → its 8 digits, checked (modulus 11). */
export const cvrField = z
  .string({ required_error: JOB_ORDER_MESSAGES.cvrRequired, invalid_type_error: JOB_ORDER_MESSAGES.cvrRequired })
  .trim()
  .min(1, JOB_ORDER_MESSAGES.cvrRequired)
  .transform((value, ctx) => {
    const normalized = normalizeCvr(value);
    if (!/^\d{8}$/.test(normalized)) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: JOB_ORDER_MESSAGES.cvrFormat });
      return z.NEVER;
    }
    if (!isValidCvr(normalized)) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: JOB_ORDER_MESSAGES.cvrChecksum });
      return z.NEVER;
    }
    return normalized;
  });

const positions = z
  .string({ required_error: JOB_ORDER_MESSAGES.positionsRequired, invalid_type_error: JOB_ORDER_MESSAGES.positionsRequired })
  .trim()
  .min(1, JOB_ORDER_MESSAGES.positionsRequired)
  .transform((value, ctx) => {
    const n = /^\d{1,4}$/.test(value) ? Number(value) : NaN;
    if (!Number.isInteger(n) || n < 1 || n > JOB_ORDER_LIMITS.positionsMax) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: JOB_ORDER_MESSAGES.positionsRange });
      return z.NEVER;
    }
    return n;
  });

// Danish decimal comma ("18,5") or point; one decimal, as the database keeps it.
const hoursPerWeek = z
  .string({ required_error: JOB_ORDER_MESSAGES.hoursRequired, invalid_type_error: JOB_ORDER_MESSAGES.hoursRequired })
  .trim()
  .min(1, JOB_ORDER_MESSAGES.hoursRequired)
  .transform((value, ctx) => {
    const n = /^\d{1,2}(?:[.,]\d)?$/.test(value) ? Number(value.replace(",", ".")) : NaN;
    if (Number.isNaN(n) || n < JOB_ORDER_LIMITS.hoursMin || n > JOB_ORDER_LIMITS.hoursMax) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: JOB_ORDER_MESSAGES.hoursRange });
      return z.NEVER;
    }
    return n;
  });

export type JobOrderSchemaOptions = {
  /** YYYY-MM-DD, the Danish calendar date: pins the date rules for tests. */
  today?: string;
  /** The stored dates of an order being corrected: kept as they are, they pass even once in the past. */
  unchanged?: { startDate?: string; applicationDeadline?: string | null };
};

/**
 * The schema. Without `today` the date rules use the date in Denmark at the moment of parsing, in the
 * browser as on the server.
 */
export function createJobOrderSchema(options: JobOrderSchemaOptions = {}) {
  return z.object({
    cvr: cvrField,
    companyName: requiredLine(JOB_ORDER_MESSAGES.companyNameRequired, JOB_ORDER_LIMITS.companyName, JOB_ORDER_MESSAGES.companyNameTooLong),
    companyAddress: requiredLine(
      JOB_ORDER_MESSAGES.companyAddressRequired,
      JOB_ORDER_LIMITS.companyAddress,
      JOB_ORDER_MESSAGES.companyAddressTooLong,
    ),
    companyPostcode: postcodeField(JOB_ORDER_MESSAGES.companyPostcodeRequired),
    contactName: requiredLine(JOB_ORDER_MESSAGES.contactNameRequired, JOB_ORDER_LIMITS.contactName, JOB_ORDER_MESSAGES.contactNameTooLong),
    contactEmail: z
      .string({ required_error: JOB_ORDER_MESSAGES.contactEmailRequired, invalid_type_error: JOB_ORDER_MESSAGES.contactEmailRequired })
      .trim()
      .min(1, JOB_ORDER_MESSAGES.contactEmailRequired)
      .max(JOB_ORDER_LIMITS.contactEmail, JOB_ORDER_MESSAGES.contactEmailFormat)
      .email(JOB_ORDER_MESSAGES.contactEmailFormat)
      // The address is the employer's sign-in identity for "Mine jobordrer".
      .toLowerCase(),
    contactPhone: z
      .string({ required_error: JOB_ORDER_MESSAGES.contactPhoneRequired, invalid_type_error: JOB_ORDER_MESSAGES.contactPhoneRequired })
      .trim()
      .min(1, JOB_ORDER_MESSAGES.contactPhoneRequired)
      .transform((value, ctx) => {
        const phone = normalizeDanishPhone(value);
        if (!phone) {
          ctx.addIssue({ code: z.ZodIssueCode.custom, message: JOB_ORDER_MESSAGES.contactPhoneFormat });
          return z.NEVER;
        }
        return phone;
      }),
    title: requiredLine(JOB_ORDER_MESSAGES.titleRequired, JOB_ORDER_LIMITS.title, JOB_ORDER_MESSAGES.titleTooLong),
    // A transform, not a refine: it runs only when the text passed the checks before it, so an
    // empty field gets one message.
    description: requiredText(JOB_ORDER_MESSAGES.descriptionRequired, JOB_ORDER_LIMITS.description, JOB_ORDER_MESSAGES.descriptionTooLong).transform(
      (value, ctx) => {
        if (value.length < JOB_ORDER_LIMITS.descriptionMin) {
          ctx.addIssue({ code: z.ZodIssueCode.custom, message: JOB_ORDER_MESSAGES.descriptionTooShort });
          return z.NEVER;
        }
        return value;
      },
    ),
    positions,
    kind: z.enum(JOB_ORDER_KINDS, { errorMap: () => ({ message: JOB_ORDER_MESSAGES.kindRequired }) }),
    hoursPerWeek,
    startDate: z
      .string({ required_error: JOB_ORDER_MESSAGES.startDateRequired, invalid_type_error: JOB_ORDER_MESSAGES.startDateRequired })
      .trim()
      .min(1, JOB_ORDER_MESSAGES.startDateRequired)
      .transform((value, ctx) => {
        const date = parseDanishDate(value);
        if (!date) {
          ctx.addIssue({ code: z.ZodIssueCode.custom, message: JOB_ORDER_MESSAGES.startDateFormat });
          return z.NEVER;
        }
        // Read at each parse, so a long-lived schema does not keep yesterday. ISO dates compare as strings.
        if (date < (options.today ?? danishToday()) && date !== options.unchanged?.startDate) {
          ctx.addIssue({ code: z.ZodIssueCode.custom, message: JOB_ORDER_MESSAGES.startDatePast });
          return z.NEVER;
        }
        return date;
      }),
    // Optional: without it the order closes after the jobcentre's policy's number of open days.
    applicationDeadline: z
      .string()
      .trim()
      .optional()
      .transform((value, ctx) => {
        if (!value) return undefined;
        const date = parseDanishDate(value);
        if (!date) {
          ctx.addIssue({ code: z.ZodIssueCode.custom, message: JOB_ORDER_MESSAGES.applicationDeadlineFormat });
          return z.NEVER;
        }
        const today = options.today ?? danishToday();
        if (date === options.unchanged?.applicationDeadline) return date;
        if (date < today) {
          ctx.addIssue({ code: z.ZodIssueCode.custom, message: JOB_ORDER_MESSAGES.applicationDeadlinePast });
          return z.NEVER;
        }
        const latest = new Date(`${today}T00:00:00Z`);
        latest.setUTCFullYear(latest.getUTCFullYear() + 1);
        if (date > latest.toISOString().slice(0, 10)) {
          ctx.addIssue({ code: z.ZodIssueCode.custom, message: JOB_ORDER_MESSAGES.applicationDeadlineTooFar });
          return z.NEVER;
        }
        return date;
      }),
    workplacePostcode: postcodeField(JOB_ORDER_MESSAGES.workplacePostcodeRequired),
    requirements: z.string().trim().max(JOB_ORDER_LIMITS.requirements, JOB_ORDER_MESSAGES.requirementsTooLong).optional().default(""),
    openToSmallJobs: checkbox(),
    openToFlexJob: checkbox(),
    openToJobCrafting: checkbox(),
    // Only asked for when the workplace postcode is outside the portal's jobcentres.
    jobcentreId: z
      .string()
      .trim()
      .max(100, JOB_ORDER_MESSAGES.jobcentreInvalid)
      .optional()
      .transform((v) => (v ? v : undefined)),
    submissionKey: z
      .string({ required_error: JOB_ORDER_MESSAGES.submissionKeyInvalid, invalid_type_error: JOB_ORDER_MESSAGES.submissionKeyInvalid })
      .uuid(JOB_ORDER_MESSAGES.submissionKeyInvalid),
  });
}

export type JobOrderSchema = ReturnType<typeof createJobOrderSchema>;
/** The schema against the current Danish date. */
export const jobOrderSchema: JobOrderSchema = createJobOrderSchema();
/** The form as typed (strings). */
export type JobOrderFormInput = z.input<JobOrderSchema>;
/** The checked, normalised order: what the model stores. */
export type JobOrderInput = z.output<JobOrderSchema>;
