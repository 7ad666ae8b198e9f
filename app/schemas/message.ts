// A message in the thread after the answer, from the consultant or the employer: the same form on both sides.
import { z } from "zod";
import { ANSWER_MAX_LENGTH } from "~/domain/job-order/limits";

const STALE_FORM = "Formularen er for gammel. Genindlæs siden, og prøv igen.";

export const orderMessageSchema = z.object({
  intent: z.literal("message"),
  text: z
    .string({ required_error: "Skriv en besked." })
    .trim()
    .min(1, "Skriv en besked.")
    .max(ANSWER_MAX_LENGTH, `Beskeden må højst være ${ANSWER_MAX_LENGTH.toLocaleString("da-DK")} tegn.`),
  // The Temporal update id: a resubmitted form (double click, retry after a time-out) is the same message.
  updateKey: z.string({ required_error: STALE_FORM }).uuid(STALE_FORM),
});
