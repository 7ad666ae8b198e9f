// The partnership agreement's forms (make one for a company, end one early) and the list's query, shared by
// the browser and the server. The rules of periods and the fast track are app/domain/partnership/agreement.ts.
import { z } from "zod";
import { AGREEMENT_LIMITS as L } from "~/domain/partnership/agreement";
import { POLICY_LIMITS } from "./policy";
import { addCalendarDays, isRealDate } from "~/utils/local-date";
import { toSingleLine } from "~/utils/text";
import { danishDateField, danishToday, normalizeDanishPhone } from "./job-order";
import { STALE_FORM_MESSAGE } from "./update-key";

export const AGREEMENT_MESSAGES = {
  startsOnRequired: "Skriv den dato, aftalen gælder fra.",
  endsOnRequired: "Skriv den dato, aftalen gælder til.",
  dateFormat: "Skriv datoen som dd-mm-åååå, fx 01-01-2027.",
  startsTooEarly: "Aftalen kan højst være begyndt for et år siden.",
  endsInPast: "Aftalen skal gælde til i dag eller senere.",
  endsBeforeStart: "Slutdatoen skal ligge efter startdatoen.",
  tooLong: `En aftale kan højst gælde i ${L.years} år.`,
  contactRequired: "Vælg jobcentrets faste kontaktperson.",
  companyContactNameRequired: "Skriv navnet på virksomhedens kontaktperson.",
  companyContactNameTooLong: `Navnet må højst være ${L.name} tegn.`,
  companyContactEmailRequired: "Skriv e-mailadressen på virksomhedens kontaktperson.",
  companyContactEmailFormat: "Skriv e-mailadressen i det rigtige format, fx navn@virksomhed.dk.",
  companyContactPhoneFormat: "Skriv et dansk telefonnummer med 8 cifre, fx 20 30 40 50.",
  hoursFormat: `Skriv hurtigsporets svarfrist som et helt antal timer fra 1 til ${POLICY_LIMITS.responseHoursMax}.`,
  companyCommitmentsRequired: "Skriv mindst én ting, virksomheden forpligter sig til.",
  jobcentreCommitmentsRequired: "Skriv mindst én ting, jobcentret forpligter sig til.",
  tooManyCommitments: `Skriv højst ${L.commitments} forpligtelser, én pr. linje.`,
  commitmentTooLong: `Hver forpligtelse må højst være ${L.commitment} tegn.`,
  noteTooLong: `Noten må højst være ${L.note.toLocaleString("da-DK")} tegn.`,
  agreementIdInvalid: "Formularen er for gammel. Genindlæs siden, og udfyld den igen.",
} as const;
const M = AGREEMENT_MESSAGES;

/** One commitment a line, each on one line: blank lines are left out. */
function commitments(required: string) {
  return z
    .string({ required_error: required, invalid_type_error: required })
    .transform((value, ctx) => {
      const lines = value
        .split(/\r\n?|\n/)
        .map(toSingleLine)
        .filter((line) => line.length > 0);
      if (lines.length === 0) ctx.addIssue({ code: "custom", message: required });
      else if (lines.length > L.commitments) ctx.addIssue({ code: "custom", message: M.tooManyCommitments });
      else if (lines.some((line) => line.length > L.commitment)) ctx.addIssue({ code: "custom", message: M.commitmentTooLong });
      return lines;
    });
}

export const newAgreementFormSchema = z
  .object({
    // The new agreement's id, made with the form: a second send of the same form finds the agreement it made.
    agreementId: z.string({ required_error: M.agreementIdInvalid }).uuid(M.agreementIdInvalid),
    startsOn: danishDateField(M.startsOnRequired, M.dateFormat),
    endsOn: danishDateField(M.endsOnRequired, M.dateFormat),
    contactUserId: z.string({ required_error: M.contactRequired }).uuid(M.contactRequired),
    companyContactName: z
      .string({ required_error: M.companyContactNameRequired, invalid_type_error: M.companyContactNameRequired })
      .transform(toSingleLine)
      // conform reads an empty string as missing here too: the message is the same.
      .pipe(z.string({ required_error: M.companyContactNameRequired }).min(1, M.companyContactNameRequired).max(L.name, M.companyContactNameTooLong)),
    companyContactEmail: z
      .string({ required_error: M.companyContactEmailRequired, invalid_type_error: M.companyContactEmailRequired })
      .trim()
      .min(1, M.companyContactEmailRequired)
      .max(L.email, M.companyContactEmailFormat)
      .email(M.companyContactEmailFormat)
      .toLowerCase(),
    companyContactPhone: z
      .string()
      .optional()
      .transform((value, ctx) => {
        const trimmed = (value ?? "").trim();
        if (!trimmed) return "";
        const phone = normalizeDanishPhone(trimmed);
        if (!phone) {
          ctx.addIssue({ code: "custom", message: M.companyContactPhoneFormat });
          return z.NEVER;
        }
        return phone;
      }),
    fastTrackResponseHours: z.coerce
      .number({ required_error: M.hoursFormat, invalid_type_error: M.hoursFormat })
      .int(M.hoursFormat)
      .min(1, M.hoursFormat)
      .max(POLICY_LIMITS.responseHoursMax, M.hoursFormat),
    companyCommitments: commitments(M.companyCommitmentsRequired),
    jobcentreCommitments: commitments(M.jobcentreCommitmentsRequired),
    note: z
      .string()
      .max(L.note, M.noteTooLong)
      .optional()
      .transform((v) => (v ?? "").replace(/\r\n?/g, "\n").trim()),
  })
  .superRefine((value, ctx) => {
    // zod runs this also when a field failed: a date it could not read is already named.
    if (typeof value.startsOn !== "string" || typeof value.endsOn !== "string" || !isRealDate(value.startsOn) || !isRealDate(value.endsOn)) return;
    const today = danishToday();
    if (value.startsOn < addCalendarDays(today, -366)) ctx.addIssue({ code: "custom", path: ["startsOn"], message: M.startsTooEarly });
    if (value.endsOn < today) ctx.addIssue({ code: "custom", path: ["endsOn"], message: M.endsInPast });
    else if (value.endsOn < value.startsOn) ctx.addIssue({ code: "custom", path: ["endsOn"], message: M.endsBeforeStart });
    else if (value.endsOn > addCalendarDays(value.startsOn, L.years * 366)) ctx.addIssue({ code: "custom", path: ["endsOn"], message: M.tooLong });
  });

export type NewAgreementValues = z.output<typeof newAgreementFormSchema>;

export const endAgreementFormSchema = z.object({
  intent: z.literal("endAgreement"),
  // The agreement's updatedAt when the page was shown.
  version: z.string({ required_error: STALE_FORM_MESSAGE }).datetime({ message: STALE_FORM_MESSAGE }),
});

export const AGREEMENT_LIST_VIEWS = ["gaeldende", "alle"] as const;
export type AgreementListView = (typeof AGREEMENT_LIST_VIEWS)[number];

export const agreementListQuerySchema = z.object({
  vis: z.enum(AGREEMENT_LIST_VIEWS).catch("gaeldende").default("gaeldende"),
  side: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
