// A message in the thread after the answer, from the consultant or the employer: the same form on both sides.
import { z } from "zod";
import { updateKeyField } from "./update-key";
import { ANSWER_MAX_LENGTH } from "~/domain/job-order/limits";

export const orderMessageSchema = z.object({
  intent: z.literal("message"),
  text: z
    .string({ required_error: "Skriv en besked." })
    .trim()
    .min(1, "Skriv en besked.")
    .max(ANSWER_MAX_LENGTH, `Beskeden må højst være ${ANSWER_MAX_LENGTH.toLocaleString("da-DK")} tegn.`),
  updateKey: updateKeyField,
});
