import fs from "node:fs";
import { Client, Connection, WorkflowExecutionAlreadyStartedError } from "@temporalio/client";
import { JOB_ORDER_WORKFLOW, jobOrderWorkflowId, type JobOrderWorkflowInput } from "../../workflows/job-order/definitions";
import { getEnv, type Env } from "./env.server";
import { COMMITTEE_REPORT_WORKFLOW, committeeReportWorkflowId, type ReportRequest } from "../../workflows/management/definitions";
import {
  ENROL_PROGRAMMES_WORKFLOW,
  VISIT_PROGRAMME_WORKFLOW,
  visitProgrammeWorkflowId,
  type EnrolProgrammesInput,
  type EnrolProgrammesResult,
  type VisitProgrammeInput,
} from "../../workflows/visit-programme/definitions";

/** Address, TLS and API key: the part the client's Connection and the worker's NativeConnection share. */
export function temporalConnectionOptions(env: Env): {
  address: string;
  apiKey?: string;
  tls?: { clientCertPair?: { crt: Buffer; key: Buffer }; serverRootCACertificate?: Buffer };
} {
  const tls =
    env.TEMPORAL_TLS || env.TEMPORAL_TLS_CERT_PATH
      ? {
          clientCertPair:
            env.TEMPORAL_TLS_CERT_PATH && env.TEMPORAL_TLS_KEY_PATH
              ? { crt: fs.readFileSync(env.TEMPORAL_TLS_CERT_PATH), key: fs.readFileSync(env.TEMPORAL_TLS_KEY_PATH) }
              : undefined,
          serverRootCACertificate: env.TEMPORAL_TLS_CA_PATH ? fs.readFileSync(env.TEMPORAL_TLS_CA_PATH) : undefined,
        }
      : undefined;
  return { address: env.TEMPORAL_ADDRESS, tls, apiKey: env.TEMPORAL_API_KEY };
}

const globalForTemporal = globalThis as unknown as { __temporalClient?: Promise<Client> };

/** One lazily connected client per process; a failed connect is retried on the next call. */
export function getTemporalClient(): Promise<Client> {
  if (!globalForTemporal.__temporalClient) {
    const env = getEnv();
    globalForTemporal.__temporalClient = Connection.connect(temporalConnectionOptions(env))
      .then((connection) => new Client({ connection, namespace: env.TEMPORAL_NAMESPACE }))
      .catch((error: unknown) => {
        globalForTemporal.__temporalClient = undefined;
        throw error;
      });
  }
  return globalForTemporal.__temporalClient;
}

/**
 * Starts the workflow of a stored order. Starting twice is harmless: the workflow id is the guard,
 * so intake, a retried request and the reconciler may all call this.
 */
export async function startJobOrderWorkflow(client: Client, taskQueue: string, orderId: string): Promise<void> {
  try {
    await client.workflow.start(JOB_ORDER_WORKFLOW, {
      workflowId: jobOrderWorkflowId(orderId),
      taskQueue,
      args: [{ orderId } satisfies JobOrderWorkflowInput],
      workflowIdReusePolicy: "REJECT_DUPLICATE",
    });
  } catch (error) {
    if (error instanceof WorkflowExecutionAlreadyStartedError) return;
    throw error;
  }
}

/**
 * Prints the committee report of a jobcentre for a period on a worker (which has Chromium) and waits for
 * it; a second request for the same report while one is printing joins that run.
 */
export async function printCommitteeReportOnWorker(client: Client, taskQueue: string, request: ReportRequest, period: { from: string; to: string }): Promise<string> {
  const { reportId } = await client.workflow.execute(COMMITTEE_REPORT_WORKFLOW, {
    workflowId: committeeReportWorkflowId(request.jobcentreId, period.from, period.to),
    taskQueue,
    args: [request],
    workflowIdConflictPolicy: "USE_EXISTING",
    workflowIdReusePolicy: "ALLOW_DUPLICATE",
    workflowExecutionTimeout: "5 minutes",
  });
  return reportId;
}

/** Starts the workflow of a company's place in a visit programme; starting twice is harmless, as above. */
export async function startVisitProgrammeWorkflow(client: Client, taskQueue: string, enrolment: { id: string; programmeId: string; companyId: string }): Promise<void> {
  try {
    await client.workflow.start(VISIT_PROGRAMME_WORKFLOW, {
      workflowId: visitProgrammeWorkflowId(enrolment.programmeId, enrolment.companyId),
      taskQueue,
      args: [{ enrolmentId: enrolment.id } satisfies VisitProgrammeInput],
      workflowIdReusePolicy: "REJECT_DUPLICATE",
    });
  } catch (error) {
    if (error instanceof WorkflowExecutionAlreadyStartedError) return;
    throw error;
  }
}

/**
 * Runs the programmes' enrolment for one jobcentre now on a worker (as the hourly schedule does for all) and
 * waits for it; a second request while one runs joins it.
 */
export async function enrolProgrammesNow(client: Client, taskQueue: string, jobcentreId: string): Promise<EnrolProgrammesResult> {
  return client.workflow.execute(ENROL_PROGRAMMES_WORKFLOW, {
    workflowId: `enrol-visit-programmes-${jobcentreId}`,
    taskQueue,
    args: [{ jobcentreIds: [jobcentreId] } satisfies EnrolProgrammesInput],
    workflowIdConflictPolicy: "USE_EXISTING",
    workflowIdReusePolicy: "ALLOW_DUPLICATE",
    workflowExecutionTimeout: "5 minutes",
  });
}
