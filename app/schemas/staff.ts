// Forms used by staff: sign-in, answering an order and handing it over.
import { z } from "zod";

export const staffSignInSchema = z.object({
  email: z
    .string({ required_error: "Skriv din e-mailadresse." })
    .trim()
    .toLowerCase()
    .email("Skriv en gyldig e-mailadresse, fx navn@jobcenter.dk."),
  password: z.string({ required_error: "Skriv din adgangskode." }).max(200, "Adgangskoden er for lang."),
  redirectTo: z.string().optional(),
});

/** The answer text; the limit comes from the workflow definitions, so browser and workflow agree. */
export function answerOrderSchema(maxLength: number) {
  return z.object({
    intent: z.literal("answer"),
    text: z
      .string({ required_error: "Skriv et svar til virksomheden." })
      .trim()
      .min(1, "Skriv et svar til virksomheden.")
      .max(maxLength, `Svaret må højst være ${maxLength.toLocaleString("da-DK")} tegn.`),
    // The Temporal update id: a resubmitted form (double click, retry after a time-out) is the same update.
    updateKey: z.string().uuid(),
  });
}

export const takeOverOrderSchema = z.object({ intent: z.literal("takeOver"), updateKey: z.string().uuid() });

export const handOverOrderSchema = z.object({
  intent: z.literal("handOver"),
  toUserId: z.string({ required_error: "Vælg den kollega, der skal overtage ordren." }).uuid("Vælg en kollega fra listen."),
  updateKey: z.string().uuid(),
});
