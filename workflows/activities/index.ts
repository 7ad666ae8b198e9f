// The job order workflow's activities, by area: the only writers of an order's state after intake
// (docs/decisions/002-workflow-owns-order-state.md). Dependencies are injected, so tests pass their own.
// Shared helpers (the order loader, events, tasks, links, who may act) live in ./support.ts.
import { createAnswerActivities } from "./answer";
import { createCloseActivities } from "./close";
import { createCorrectionActivities } from "./correction";
import { createLifecycleActivities } from "./lifecycle";
import { createManagementActivities } from "./management";
import { createMeetingActivities } from "./meeting";
import { createMessagesActivities } from "./messages";
import { createReconcileActivities } from "./reconcile";
import { createReferralsActivities } from "./referrals";
import { createRegionalRecruitmentActivities } from "./regional-recruitment";
import { createSurveyActivities } from "./survey";
import { createSupport, type ActivityDeps } from "./support";
import { createTasksActivities } from "./tasks";
import { createVisitProgrammeActivities } from "./visit-programme";

export type { ActivityDeps, ReferralChange, TaskChange } from "./support";

export function createActivities(deps: ActivityDeps) {
  const support = createSupport(deps);
  return {
    ...createAnswerActivities(deps, support),
    ...createTasksActivities(deps, support),
    ...createLifecycleActivities(deps, support),
    ...createReferralsActivities(deps, support),
    ...createRegionalRecruitmentActivities(deps, support),
    ...createMeetingActivities(deps, support),
    ...createCloseActivities(deps, support),
    ...createSurveyActivities(deps, support),
    ...createMessagesActivities(deps, support),
    ...createCorrectionActivities(deps, support),
    ...createReconcileActivities(deps),
    ...createManagementActivities(deps),
    ...createVisitProgrammeActivities(deps),
  };
}

export type Activities = ReturnType<typeof createActivities>;
