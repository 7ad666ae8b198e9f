// The committee report: printed on demand for any period (the report page's PDF link), and after each
// quarter by the schedule, which mails it to the managers. Printing needs Chromium on the worker.
import { proxyActivities } from "@temporalio/workflow";
import type { Activities } from "../activities";
import type { QuarterlyReportsInput, QuarterlyReportsResult, ReportRequest } from "./definitions";

const { makeCommitteeReport, mailCommitteeReport, planQuarterlyReports } = proxyActivities<Activities>({
  startToCloseTimeout: "3 minutes",
  retry: { initialInterval: "10 seconds", backoffCoefficient: 2, maximumInterval: "10 minutes", maximumAttempts: 10 },
});

/** One report, printed now; returns its id. */
export async function committeeReportWorkflow(input: ReportRequest): Promise<{ reportId: string }> {
  return makeCommitteeReport({ ...input, at: new Date().toISOString() });
}

export async function quarterlyCommitteeReportsWorkflow(input: QuarterlyReportsInput = {}): Promise<QuarterlyReportsResult> {
  const at = input.at ?? new Date().toISOString();
  const { choice, jobcentreIds } = await planQuarterlyReports({ at, jobcentreIds: input.jobcentreIds ?? null });
  if (!choice || choice.type !== "quarter") return { quarter: null, reports: 0, mailed: 0 };
  const result: QuarterlyReportsResult = { quarter: `${choice.year}-Q${choice.quarter}`, reports: 0, mailed: 0 };
  for (const jobcentreId of jobcentreIds) {
    const { reportId } = await makeCommitteeReport({ jobcentreId, choice, kind: "QUARTERLY", at });
    result.reports += 1;
    result.mailed += (await mailCommitteeReport({ reportId })).sent;
  }
  return result;
}
