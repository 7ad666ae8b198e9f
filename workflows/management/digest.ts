// The weekly digest: one mail per manager and team lead about last week. The week comes from the run's
// start (Monday morning by the schedule), so a run retried later the same week mails about the same week,
// and the mails' keys (activities/management.ts) make a second run send nothing.
import { proxyActivities } from "@temporalio/workflow";
import type { Activities } from "../activities";
import type { ManagementDigestInput, ManagementDigestResult } from "./definitions";

const { planManagementDigest, sendManagementDigest } = proxyActivities<Activities>({
  startToCloseTimeout: "2 minutes",
  retry: { initialInterval: "10 seconds", backoffCoefficient: 2, maximumInterval: "10 minutes", maximumAttempts: 20 },
});

export async function managementDigestWorkflow(input: ManagementDigestInput = {}): Promise<ManagementDigestResult> {
  const at = input.at ?? new Date().toISOString();
  const { week, recipients } = await planManagementDigest({ at, jobcentreIds: input.jobcentreIds ?? null });
  const result: ManagementDigestResult = { week: week.id, sent: 0, alreadySent: 0, inactive: 0 };
  for (const recipient of recipients) {
    const outcome = await sendManagementDigest({ week, recipient, at });
    if (outcome === "sent") result.sent += 1;
    else if (outcome === "already-sent") result.alreadySent += 1;
    else result.inactive += 1;
  }
  return result;
}
