// The job order workflow on the Temporal time-skipping test server, with the real activities against the
// test PostgreSQL and a mailer sending to the real development SMTP sink (tests/support/global-setup.ts).
// Each test makes its own jobcentre, policy, staff, company and order, so tests never share state; time
// is shared (one server per file), so orders are received "now" on the server's clock.
//
// A test file calls useWorkflowHarness() at its top; the exported bindings are live once beforeAll ran.
import { afterAll, beforeAll } from "vitest";
import { TestWorkflowEnvironment } from "@temporalio/testing";
import { DefaultLogger, Runtime, type Worker } from "@temporalio/worker";
import { ApplicationFailure, WorkflowUpdateFailedError, type WorkflowHandle } from "@temporalio/client";
import type { PrismaClient, ResponsePolicy, User } from "@prisma/client";
import { createPrismaClient } from "../../app/utils/db.server";
import { createSmtpMailer, type Mailer, type MailMessage } from "../../app/utils/mailer.server";
import { startJobOrderWorkflow } from "../../app/utils/temporal.server";
import { getDevMail, listDevMails, type DevMail } from "../../app/models/dev/mails.server";
import { upsertJobseekers, type JobseekerInput } from "../../app/models/jobseeker/register.server";
import { ensureChromium, ensureTemporalTestServer } from "../../scripts/lib/tools";
import { eventually } from "../support/eventually";
import { hashToken } from "../../app/utils/link-tokens.server";
import { createJobcentre, createJobOrderRow, createStaffUser, ensureReferenceData, jobseekerInput, uniqueSuffix } from "../factories";
import { createActivities } from "../../workflows/activities";
import { bundleJobOrderWorkflows, createJobOrderWorker } from "../../workflows/worker";
import {
  answerOrderUpdate,
  closeOrderUpdate,
  getStateQuery,
  jobOrderWorkflowId,
  requestConsentUpdate,
  shortlistCandidatesUpdate,
  type JobOrderWorkflowState,
} from "../../workflows/job-order/definitions";

export const PUBLIC_URL = "http://localhost:3000";
export const LINK_SECRET = "test-link-secret-that-is-long-enough-0123456789";
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

export let env: TestWorkflowEnvironment;
export let prisma: PrismaClient;
export let smtp: Mailer;
/** Recipients whose next mail is delivered and then reported as failed (a lost SMTP acknowledgement). */
export const loseAckOnceFor = new Set<string>();

export function useWorkflowHarness(): void {
  let worker: Worker | undefined;
  let running: Promise<void> | undefined;
  const taskQueue = `job-order-workflow-test-${process.pid}-${uniqueSuffix()}`;

  beforeAll(async () => {
    try {
      Runtime.install({ logger: new DefaultLogger("WARN") });
    } catch {
      // Already installed in this process (another file ran here first): keep that one.
    }
    env = await TestWorkflowEnvironment.createTimeSkipping({
      server: { executable: { type: "existing-path", path: ensureTemporalTestServer() } },
    });
    prisma = createPrismaClient(process.env.DATABASE_URL!);
    // Postcodes with towns and coordinates, as a deployment has them.
    await ensureReferenceData(prisma);
    smtp = createSmtpMailer(process.env.SMTP_URL!, "Jobcentrenes Rekrutteringsportal <no-reply@rekruttering.example.dk>");
    const mailer: Mailer = {
      async send(message: MailMessage) {
        await smtp.send(message);
        const hit = message.to.find((to) => loseAckOnceFor.has(to));
        if (hit) {
          loseAckOnceFor.delete(hit);
          throw new Error("connection reset after the message was accepted");
        }
      },
    };
    const activities = createActivities({
      prisma,
      mailer,
      publicUrl: PUBLIC_URL,
      employerLinkTtlHours: 72,
      linkSecret: LINK_SECRET,
      temporal: { client: env.client, taskQueue },
      chromiumPath: ensureChromium(),
    });
    worker = await createJobOrderWorker({
      connection: env.nativeConnection,
      namespace: env.namespace ?? "default",
      taskQueue,
      activities,
      workflowBundle: await bundleJobOrderWorkflows(),
    });
    running = worker.run();
    harnessTaskQueue = taskQueue;
  });

  afterAll(async () => {
    worker?.shutdown();
    await running?.catch(() => {});
    await env?.teardown();
    await prisma?.$disconnect();
  });
}

let harnessTaskQueue = "";
export function taskQueue(): string {
  return harnessTaskQueue;
}

// --- time and state --------------------------------------------------------------------------------

export async function serverNow(): Promise<Date> {
  return new Date(await env.currentTimeMs());
}

/** Skips workflow time to `ms` after the instant `at` (ISO or Date). */
export async function skipPast(at: string | Date, ms = 60_000): Promise<void> {
  const target = typeof at === "string" ? Date.parse(at) : at.getTime();
  const wait = target - (await env.currentTimeMs()) + ms;
  if (wait > 0) await env.sleep(wait);
}


export function stateOf(handle: WorkflowHandle): Promise<JobOrderWorkflowState> {
  return handle.query(getStateQuery);
}

export function waitForState(handle: WorkflowHandle, predicate: (s: JobOrderWorkflowState) => boolean, what: string) {
  return eventually(async () => {
    const state = await stateOf(handle).catch(() => undefined);
    return state && predicate(state) ? state : undefined;
  }, what);
}

// --- mails ---------------------------------------------------------------------------------------------

export async function mailsTo(address: string): Promise<DevMail[]> {
  const dir = process.env.DEV_MAIL_DIR!;
  const summaries = await listDevMails(dir, { to: address });
  const mails = await Promise.all(summaries.map((s) => getDevMail(dir, s.id)));
  return mails.filter((m): m is DevMail => m !== null);
}

export function waitForMails(address: string, subjectPart: string, count = 1): Promise<DevMail[]> {
  return eventually(async () => {
    const mails = (await mailsTo(address)).filter((m) => m.subject.includes(subjectPart));
    return mails.length >= count ? mails : undefined;
  }, `${count} mail(s) "${subjectPart}" to ${address}`);
}

/** The path of the first link to `prefix` in a mail's text, e.g. "/samtykke/" → "/samtykke/<token>". */
export function linkInMail(mail: DevMail, prefix: string): string {
  const match = mail.text.match(new RegExp(`${PUBLIC_URL.replace(/[/.:]/g, "\\$&")}(${prefix}[\\w-]+)`));
  if (!match) throw new Error(`no link to ${prefix} in mail "${mail.subject}":\n${mail.text}`);
  return match[1]!;
}

// --- data ----------------------------------------------------------------------------------------------

export async function eventKinds(orderId: string): Promise<string[]> {
  const events = await prisma.jobOrderEvent.findMany({ where: { orderId }, orderBy: [{ at: "asc" }, { id: "asc" }] });
  return events.map((e) => e.kind);
}

export async function referralHistory(referralId: string): Promise<string[]> {
  const events = await prisma.referralEvent.findMany({ where: { referralId }, orderBy: { seq: "asc" } });
  return events.map((e) => e.status);
}

type PolicyOverrides = Parameters<typeof createJobcentre>[1];

/** A jobcentre with a 24-clock-hour promise (deadline independent of weekday), its staff and a company. */
export async function makeJobcentre(options: { consultants?: number; escalationEmails?: string[]; policy?: PolicyOverrides; regionId?: string } = {}) {
  const { jobcentre, policy } = await createJobcentre(
    prisma,
    {
      responseHours: 24,
      countingMode: "CLOCK_HOURS",
      warningAtPercent: 75,
      escalateTeamLeadAfterHours: 0,
      escalateManagerAfterHours: 24,
      ...options.policy,
    },
    { regionId: options.regionId },
  );
  let policyRow: ResponsePolicy = policy;
  if (options.escalationEmails) {
    policyRow = await prisma.responsePolicy.update({ where: { id: policy.id }, data: { escalationEmails: options.escalationEmails } });
  }
  const consultants: User[] = [];
  for (let i = 0; i < (options.consultants ?? 1); i++) consultants.push(await createStaffUser(prisma, { jobcentreId: jobcentre.id }));
  consultants.sort((a, b) => (a.id < b.id ? -1 : 1));
  const teamLead = await createStaffUser(prisma, { jobcentreId: jobcentre.id, role: "TEAM_LEAD", name: `Teamleder ${uniqueSuffix()}` });
  const manager = await createStaffUser(prisma, { jobcentreId: jobcentre.id, role: "MANAGER", name: `Leder ${uniqueSuffix()}` });
  return { jobcentre, policy: policyRow, consultants, consultant: consultants[0]!, teamLead, manager };
}

export type Jc = Awaited<ReturnType<typeof makeJobcentre>>;

export async function makeOrder(jc: Jc, extra: Partial<Parameters<typeof createJobOrderRow>[1]> = {}) {
  return createJobOrderRow(prisma, {
    jobcentreId: jc.jobcentre.id,
    policyId: jc.policy.id,
    receivedAt: await serverNow(),
    ...extra,
  });
}

export async function startOrder(orderId: string): Promise<WorkflowHandle> {
  await startJobOrderWorkflow(env.client, harnessTaskQueue, orderId);
  return env.client.workflow.getHandle(jobOrderWorkflowId(orderId));
}

/** Starts the order's workflow, answers it as the consultant and waits for the lifecycle to begin. */
export async function startAnswered(jc: Jc, order: { id: string }) {
  const handle = await startOrder(order.id);
  await waitForState(handle, (s) => s.phase === "AWAITING_ANSWER", "the order to await an answer");
  await handle.executeUpdate(answerOrderUpdate, { args: [{ consultantId: jc.consultant.id, text: "Tak for ordren. Vi går i gang med at finde kandidater." }] });
  const state = await waitForState(handle, (s) => s.lifecycle.started, "the lifecycle to begin");
  return { handle, state };
}

export async function closeAndFinish(handle: WorkflowHandle, byUserId: string | null) {
  await handle.executeUpdate(closeOrderUpdate, { args: [{ byUserId, reason: "Testen er slut" }] });
  await handle.result();
}

/** Jobseekers in a jobcentre's register, each with an e-mail for the consent link; ids in the order given. */
export async function makeJobseekers(jobcentreId: string, people: Array<Partial<JobseekerInput>>): Promise<string[]> {
  const rows = people.map((p) => {
    const ref = p.externalRef ?? `JS-${uniqueSuffix()}`;
    return jobseekerInput({
      externalRef: ref,
      email: `${ref.toLowerCase()}@borger.example`,
      phone: "20304050",
      maxTravelKm: 50,
      skills: ["CNC-fræsning"],
      certificates: ["Truckcertifikat"],
      drivingLicences: ["B"],
      cvSummary: "Erfaren CNC-operatør.",
      ...p,
    });
  });
  return (await upsertJobseekers(prisma, jobcentreId, rows)).ids;
}

export async function jobseekerEmail(jobseekerId: string): Promise<string> {
  return (await prisma.jobseeker.findUniqueOrThrow({ where: { id: jobseekerId } })).email!;
}

// --- after the answer ------------------------------------------------------------------------------

/** The policy after the answer for these tests: short spans, a meeting above 5 positions. */
export const LIFECYCLE_POLICY = {
  referralWithinWorkingDays: 3,
  meetingAbovePositions: 5,
  meetingWithinWorkingDays: 3,
  feedbackReminderWorkingDays: 2,
  followUpWeeksAfterStart: 4,
  orderOpenDays: 30,
  surveyReminderDays: 7,
  surveyCloseDays: 7,
};

export function lifecycleJobcentre(options: Parameters<typeof makeJobcentre>[0] = {}) {
  return makeJobcentre({ ...options, policy: { ...LIFECYCLE_POLICY, ...options.policy } });
}

/** Shortlists the jobseekers and asks them for consent until `days` days from now; returns referral ids. */
export async function shortlistAndAsk(handle: WorkflowHandle, jc: Jc, jobseekerIds: string[], days = 3): Promise<string[]> {
  const { added } = await handle.executeUpdate(shortlistCandidatesUpdate, { args: [{ jobseekerIds, byUserId: jc.consultant.id }] });
  const replyBy = new Date((await env.currentTimeMs()) + days * DAY).toISOString();
  await handle.executeUpdate(requestConsentUpdate, { args: [{ referralIds: added, byUserId: jc.consultant.id, replyBy }] });
  return added;
}

/** The hash of the first link to `prefix` in the latest mail with `subjectPart`, as the web page sends it on. */
async function linkHashInMail(email: string, subjectPart: string, prefix: string): Promise<string> {
  const mails = await waitForMails(email, subjectPart);
  return hashToken(linkInMail(mails[mails.length - 1]!, prefix).slice(prefix.length));
}

/** The jobseeker's consent link from their mail. */
export function consentTokenHash(email: string): Promise<string> {
  return linkHashInMail(email, "Vil du henvises til et job", "/samtykke/");
}

/** The employer's survey link from their mail. */
export function surveyTokenHash(email: string): Promise<string> {
  return linkHashInMail(email, "Hvordan var samarbejdet", "/tilfredshed/");
}

export function openTasksOf(state: JobOrderWorkflowState, kind: string): string[] {
  return Object.entries(state.lifecycle.tasks)
    .filter(([, t]) => t.open && t.kind === kind)
    .map(([id]) => id);
}

export function rejectionType(result: PromiseSettledResult<unknown>): string | undefined {
  if (result.status !== "rejected") return undefined;
  const error = result.reason as unknown;
  if (error instanceof WorkflowUpdateFailedError && error.cause instanceof ApplicationFailure) return error.cause.type ?? undefined;
  return `unexpected: ${String(error)}`;
}

export async function updateRejection(promise: Promise<unknown>): Promise<string | undefined> {
  const [result] = await Promise.allSettled([promise]);
  return rejectionType(result!);
}
