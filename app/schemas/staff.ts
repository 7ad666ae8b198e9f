// Forms used by staff: sign-in, answering an order and handing it over.
import { z } from "zod";
import { updateKeyField } from "./update-key";
import { NEXT_STEP_MAX_DAYS } from "~/domain/job-order/answer";
import { parseDanishDate } from "~/schemas/job-order";
import { addCalendarDays } from "~/utils/local-date";

export const staffSignInSchema = z.object({
  email: z
    .string({ required_error: "Skriv din e-mailadresse." })
    .trim()
    .toLowerCase()
    .email("Skriv en gyldig e-mailadresse, fx navn@jobcenter.dk."),
  password: z.string({ required_error: "Skriv din adgangskode." }).max(200, "Adgangskoden er for lang."),
  redirectTo: z.string().optional(),
});

/** Room the composed answer leaves for the next step, the owner and the date (composeAnswer). */
const ANSWER_FRAME_LENGTH = 400;

/**
 * The answer by its form: the next step from the jobcentre's list, who owns the order, by when, and the
 * consultant's own words. The choices come from the page (the order's policy, the colleagues), so the
 * browser and the server check against the same lists; the limit comes from the workflow definitions.
 */
export function answerOrderSchema(maxLength: number, choices: { nextSteps: string[]; ownerIds: string[]; today: string }) {
  const messageMax = maxLength - ANSWER_FRAME_LENGTH;
  const latest = addCalendarDays(choices.today, NEXT_STEP_MAX_DAYS);
  return z.object({
    intent: z.literal("answer"),
    nextStep: z
      .string({ required_error: "Vælg det næste skridt." })
      .refine((v) => choices.nextSteps.includes(v), "Vælg det næste skridt på listen."),
    ownerId: z
      .string({ required_error: "Vælg, hvem der har jobordren." })
      .refine((v) => choices.ownerIds.includes(v), "Vælg, hvem der har jobordren, på listen."),
    nextStepDate: z
      .string({ required_error: "Skriv, hvornår det næste skridt sker." })
      .transform((value, ctx) => {
        const iso = parseDanishDate(value);
        const problem = !iso
          ? "Skriv datoen som dag, måned og år, fx 7.12.2026."
          : iso < choices.today
            ? "Datoen for det næste skridt kan ikke ligge før i dag."
            : iso > latest
              ? `Det næste skridt skal ske inden for ${NEXT_STEP_MAX_DAYS} dage. Skriv en tidligere dato.`
              : null;
        if (problem) {
          ctx.addIssue({ code: "custom", message: problem });
          return z.NEVER;
        }
        return iso!;
      }),
    text: z
      .string()
      .trim()
      .max(messageMax, `Beskeden må højst være ${messageMax.toLocaleString("da-DK")} tegn.`)
      .optional()
      .default(""),
    updateKey: updateKeyField,
  });
}

export const takeOverOrderSchema = z.object({ intent: z.literal("takeOver"), updateKey: updateKeyField });

export const handOverOrderSchema = z.object({
  intent: z.literal("handOver"),
  toUserId: z.string({ required_error: "Vælg den kollega, der skal overtage ordren." }).uuid("Vælg en kollega fra listen."),
  updateKey: updateKeyField,
});
