// The workflow bundle's entry point (workflows/worker.ts): every workflow type the worker runs.
export { jobOrderWorkflow } from "./job-order/workflow";
export { reconcileJobOrdersWorkflow } from "./reconcile/workflow";
export { managementDigestWorkflow } from "./management/digest";
export { committeeReportWorkflow, quarterlyCommitteeReportsWorkflow } from "./management/committee-report";
export { visitProgrammeWorkflow } from "./visit-programme/workflow";
export { enrolVisitProgrammesWorkflow } from "./visit-programme/enrolment";
