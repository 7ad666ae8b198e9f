// The new campaign form (shown first as a preview of the companies it would choose, then started) and the
// campaign page's query, shared by the browser and the server. The rules are app/domain/campaign/campaign.ts.
import type { EmployeeBand } from "@prisma/client";
import { z } from "zod";
import { CAMPAIGN_LIMITS as L, isIndustryPrefix } from "~/domain/campaign/campaign";
import { EMPLOYEE_BANDS } from "~/domain/company/employees";
import { addCalendarDays, isRealDate } from "~/utils/local-date";
import { toSingleLine } from "~/utils/text";
import { danishDateField, danishToday } from "./job-order";

export const CAMPAIGN_MESSAGES = {
  campaignIdInvalid: "Formularen er for gammel. Genindlæs siden, og udfyld den igen.",
  topicRequired: "Skriv kampagnens emne.",
  topicTooLong: `Emnet må højst være ${L.topic} tegn.`,
  descriptionTooLong: `Beskrivelsen må højst være ${L.description.toLocaleString("da-DK")} tegn.`,
  startsOnRequired: "Skriv den dato, kampagnen begynder.",
  endsOnRequired: "Skriv kampagnens sidste dag.",
  dateFormat: "Skriv datoen som dd-mm-åååå, fx 01-03-2027.",
  startsTooEarly: "En kampagne kan højst være begyndt for et år siden.",
  endsInPast: "Kampagnens sidste dag skal være i dag eller senere.",
  endsBeforeStart: "Den sidste dag skal ligge efter den første.",
  tooLong: `En kampagne kan højst vare ${L.days} dage.`,
  targetFormat: `Skriv målet som et helt antal virksomheder fra 1 til ${L.companies.toLocaleString("da-DK")}.`,
  industryCodeFormat: "Skriv branchekoder med 2 til 6 cifre, adskilt af komma, fx 41, 43 eller 561010.",
  tooManyIndustryCodes: `Skriv højst ${L.industryCodes} branchekoder.`,
  focusBranchUnknown: "Vælg fokusbrancher blandt jobcentrets egne.",
  bandUnknown: "Vælg antal ansatte blandt valgmulighederne.",
  postcodeUnknown: "Vælg postnumre blandt jobcentrets egne.",
  tooManyPostcodes: `Vælg højst ${L.postcodes} postnumre.`,
  consultantsRequired: "Vælg mindst én konsulent, der skal besøge virksomhederne.",
  tooManyConsultants: `Vælg højst ${L.consultants} konsulenter.`,
} as const;
const M = CAMPAIGN_MESSAGES;

/** "41, 43.2 561010" → ["41", "432", "561010"]: the dots of a written code are left out, duplicates once. */
function industryCodes() {
  return z
    .string({ invalid_type_error: M.industryCodeFormat })
    .optional()
    .transform((value, ctx) => {
      const codes = [
        ...new Set(
          (value ?? "")
            .split(/[\s,;]+/)
            .map((code) => code.replace(/\./g, ""))
            .filter((code) => code.length > 0)
        ),
      ];
      if (codes.some((code) => !isIndustryPrefix(code))) ctx.addIssue({ code: "custom", message: M.industryCodeFormat });
      else if (codes.length > L.industryCodes) ctx.addIssue({ code: "custom", message: M.tooManyIndustryCodes });
      return codes;
    });
}

/**
 * A list of ticked boxes, each one of `allowed`: a refusal is the list's own (said beside the boxes), never
 * one of its items'.
 */
function ticked<T extends string>(isAllowed: (value: string) => value is T, message: string, max: number, tooMany: string) {
  return z
    .array(z.string({ invalid_type_error: message }), { invalid_type_error: message })
    .default([])
    .transform((values, ctx) => {
      const unique = [...new Set(values)];
      if (!unique.every(isAllowed)) {
        ctx.addIssue({ code: "custom", message });
        return z.NEVER;
      }
      if (unique.length > max) {
        ctx.addIssue({ code: "custom", message: tooMany });
        return z.NEVER;
      }
      return unique as T[];
    });
}

const isEmployeeBand = (value: string): value is EmployeeBand => (EMPLOYEE_BANDS as readonly string[]).includes(value);
const isPostcode = (value: string): value is string => /^\d{4}$/.test(value);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A row id (a user's, a focus branch's). */
const isRowId = (value: string): value is string => UUID.test(value);

/** The companies a campaign chooses, as asked for: none given of a kind means any. */
export const campaignSelectionSchema = z.object({
  industryCodes: industryCodes(),
  // The jobcentre's focus branches: their codes join the codes written.
  focusBranchIds: ticked(isRowId, M.focusBranchUnknown, 50, M.focusBranchUnknown),
  employeeBands: ticked(isEmployeeBand, M.bandUnknown, EMPLOYEE_BANDS.length, M.bandUnknown),
  postcodes: ticked(isPostcode, M.postcodeUnknown, L.postcodes, M.tooManyPostcodes),
});
export type CampaignSelection = z.output<typeof campaignSelectionSchema>;

export const CAMPAIGN_FORM_INTENTS = ["preview", "startCampaign"] as const;

export const newCampaignFormSchema = campaignSelectionSchema
  .extend({
    intent: z.enum(CAMPAIGN_FORM_INTENTS).catch("preview"),
    // The new campaign's id, made with the form: a second send of the same form finds the campaign it made.
    campaignId: z.string({ required_error: M.campaignIdInvalid }).uuid(M.campaignIdInvalid),
    topic: z
      .string({
        required_error: M.topicRequired,
        invalid_type_error: M.topicRequired,
      })
      .transform(toSingleLine)
      // conform reads an empty string as missing here too: the message is the same.
      .pipe(z.string({ required_error: M.topicRequired }).min(1, M.topicRequired).max(L.topic, M.topicTooLong)),
    description: z
      .string()
      .max(L.description, M.descriptionTooLong)
      .optional()
      .transform((v) => (v ?? "").replace(/\r\n?/g, "\n").trim()),
    startsOn: danishDateField(M.startsOnRequired, M.dateFormat),
    endsOn: danishDateField(M.endsOnRequired, M.dateFormat),
    targetCompanies: z.coerce
      .number({
        required_error: M.targetFormat,
        invalid_type_error: M.targetFormat,
      })
      .int(M.targetFormat)
      .min(1, M.targetFormat)
      .max(L.companies, M.targetFormat),
    consultantIds: ticked(isRowId, M.consultantsRequired, L.consultants, M.tooManyConsultants).refine((ids) => ids.length > 0, M.consultantsRequired),
  })
  .superRefine((value, ctx) => {
    // zod runs this also when a field failed: a date it could not read is already named.
    if (typeof value.startsOn !== "string" || typeof value.endsOn !== "string" || !isRealDate(value.startsOn) || !isRealDate(value.endsOn)) return;
    const today = danishToday();
    if (value.startsOn < addCalendarDays(today, -366))
      ctx.addIssue({
        code: "custom",
        path: ["startsOn"],
        message: M.startsTooEarly,
      });
    if (value.endsOn < today) ctx.addIssue({ code: "custom", path: ["endsOn"], message: M.endsInPast });
    else if (value.endsOn < value.startsOn)
      ctx.addIssue({
        code: "custom",
        path: ["endsOn"],
        message: M.endsBeforeStart,
      });
    else if (value.endsOn > addCalendarDays(value.startsOn, L.days - 1)) ctx.addIssue({ code: "custom", path: ["endsOn"], message: M.tooLong });
  });
export type NewCampaignValues = z.output<typeof newCampaignFormSchema>;

export const CAMPAIGN_COMPANY_VIEWS = ["mine", "alle", "mangler"] as const;
export type CampaignCompanyView = (typeof CAMPAIGN_COMPANY_VIEWS)[number];

/** The campaign page: whose companies (mine, all, those not visited yet) and which page of them. */
export const campaignPageQuerySchema = z.object({
  vis: z.enum(CAMPAIGN_COMPANY_VIEWS).catch("mine").default("mine"),
  side: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
