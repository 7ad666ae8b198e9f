// The visit programme's progress page: which programme and list (kept in the URL), and a company's no.
import { z } from "zod";
import { ENROLMENT_VIEWS } from "~/domain/visit/programme";
import { rowUpdateKeyField } from "./update-key";

export const programmeQuerySchema = z.object({
  program: z.string().uuid().optional().catch(undefined),
  vis: z.enum(ENROLMENT_VIEWS).catch("afventer").default("afventer"),
  side: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});

export const declineVisitsFormSchema = z.object({
  intent: z.literal("declineVisits"),
  enrolmentId: z.string({ required_error: "Vælg virksomheden." }).uuid("Virksomheden findes ikke i programmet."),
  updateKey: rowUpdateKeyField,
});
