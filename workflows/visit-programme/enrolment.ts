// Runs every hour from the "enrol-visit-programmes" schedule (workflows/worker.ts): the companies that have
// come into a running programme (a new relationship, a larger employee band) get their enrolment and its
// workflow, and enrolments whose workflow did not start get it now.
import { proxyActivities } from "@temporalio/workflow";
import type { Activities } from "../activities";
import type { EnrolProgrammesInput, EnrolProgrammesResult } from "./definitions";

const { enrolProgrammeCompanies } = proxyActivities<Activities>({
  startToCloseTimeout: "5 minutes",
  retry: { initialInterval: "10 seconds", maximumAttempts: 3 },
});

export async function enrolVisitProgrammesWorkflow(input: EnrolProgrammesInput = {}): Promise<EnrolProgrammesResult> {
  return await enrolProgrammeCompanies({ at: new Date().toISOString(), jobcentreIds: input.jobcentreIds ?? null });
}
