// Job orders as the signed-in employer sees them on "Mine jobordrer": their list, one order with its
// history in their words, the candidates shared with them and the meeting offered.
import type { JobOrderEventKind, JobOrderStatus, Prisma, PrismaClient } from "@prisma/client";
import { closingReason } from "~/domain/job-order/closing";
import { feedbackOutcomesFor, referralAllows } from "~/domain/referral/steps";
import { localDateOf } from "~/utils/deadlines";
import { listReferralsForEmployer } from "~/models/referral/referrals.server";
import { JOB_ORDER_KIND_LABELS } from "~/schemas/job-order";
import { getPrisma } from "~/utils/db.server";
import { formatDate, formatDateTime, formatDeadline } from "~/utils/format";
import { JOB_ORDER_OUTCOME_LABELS, jobOrderEventLabel, jobOrderStatusLabel, REFERRAL_STATUS_EMPLOYER_LABELS } from "~/utils/labels";
import { dueAtOf } from "./intake.server";
import { listThread } from "./messages.server";

export type EmployerOrderSummary = {
  number: string;
  title: string;
  status: JobOrderStatus;
  receivedAt: Date;
  dueAt: Date;
  answeredAt: Date | null;
  jobcentreName: string;
};

/** Only the orders whose contact address is the signed-in employer's: the query is the access check. */
export async function listOrdersForEmployer(email: string, prisma: PrismaClient = getPrisma()): Promise<EmployerOrderSummary[]> {
  const orders = await prisma.jobOrder.findMany({
    where: { contactEmail: email.trim().toLowerCase() },
    orderBy: { receivedAt: "desc" },
    include: { jobcentre: { select: { name: true } }, policy: true, agreement: { select: { fastTrackResponseHours: true } } },
  });
  return orders.map((o) => ({
    number: o.number,
    title: o.title,
    status: o.status,
    receivedAt: o.receivedAt,
    dueAt: dueAtOf(o),
    answeredAt: o.answeredAt,
    jobcentreName: o.jobcentre.name,
  }));
}

export async function employerHasOrders(email: string, prisma: PrismaClient = getPrisma()): Promise<boolean> {
  const order = await prisma.jobOrder.findFirst({ where: { contactEmail: email.trim().toLowerCase() }, select: { id: true } });
  return order !== null;
}

// The employer sees the steps that concern them; warnings and escalations are internal.
const EMPLOYER_EVENT_KINDS: JobOrderEventKind[] = [
  "RECEIVED",
  "RECEIPT_SENT",
  "ASSIGNED",
  "REASSIGNED",
  "ANSWERED",
  "CORRECTED",
  "MEETING_OFFERED",
  "MEETING_BOOKED",
  "MEETING_HELD",
  "SHARED_WITH_REGION",
  "CLOSED",
  "OUTCOME_UPDATED",
  "SURVEY_SENT",
];

export type EmployerTimelineEntry = { kind: JobOrderEventKind; at: Date; personName: string | null };

function stringField(data: Prisma.JsonValue, ...keys: string[]): string | null {
  if (!data || typeof data !== "object" || Array.isArray(data)) return null;
  for (const key of keys) {
    const value = (data as Record<string, Prisma.JsonValue>)[key];
    if (typeof value === "string" && value) return value;
  }
  return null;
}

/** One order with its timeline, or null when it is not this employer's (the page answers 404). */
export async function getOrderForEmployer(email: string, number: string, prisma: PrismaClient = getPrisma()) {
  const order = await prisma.jobOrder.findFirst({
    where: { number, contactEmail: email.trim().toLowerCase() },
    include: {
      company: { select: { cvr: true } },
      jobcentre: { select: { name: true, phone: true, email: true } },
      policy: true,
      agreement: { select: { fastTrackResponseHours: true } },
      assignee: { select: { name: true } },
      answeredBy: { select: { name: true } },
      meeting: { select: { dueAt: true, options: true, scheduledFor: true, bookedAt: true, heldAt: true } },
      events: {
        where: { kind: { in: EMPLOYER_EVENT_KINDS } },
        orderBy: { at: "asc" },
        include: { actor: { select: { name: true } } },
      },
    },
  });
  if (!order) return null;

  // Assignment events name the consultant in their data (by id or name); look the ids up in one query.
  const assigneeIds = order.events
    .filter((e) => e.kind === "ASSIGNED" || e.kind === "REASSIGNED")
    .map((e) => stringField(e.data, "assigneeId", "to", "toUserId"))
    .filter((id): id is string => id !== null);
  const names = new Map(
    assigneeIds.length
      ? (await prisma.user.findMany({ where: { id: { in: [...new Set(assigneeIds)] } }, select: { id: true, name: true } })).map((u) => [u.id, u.name])
      : [],
  );

  const timeline: EmployerTimelineEntry[] = order.events.map((event) => {
    let personName: string | null = null;
    if (event.kind === "ASSIGNED" || event.kind === "REASSIGNED") {
      const id = stringField(event.data, "assigneeId", "to", "toUserId");
      personName = (id ? names.get(id) : undefined) ?? stringField(event.data, "assigneeName", "toUserName") ?? null;
    } else if (event.kind === "ANSWERED") {
      personName = event.actor?.name ?? order.answeredBy?.name ?? null;
    }
    return { kind: event.kind, at: event.at, personName };
  });

  return {
    id: order.id,
    number: order.number,
    title: order.title,
    description: order.description,
    requirements: order.requirements,
    positions: order.positions,
    kind: order.kind,
    hoursPerWeek: order.hoursPerWeek.toNumber(),
    startDate: order.startDate,
    applicationDeadline: order.applicationDeadline,
    workplacePostcode: order.workplacePostcode,
    openToSmallJobs: order.openToSmallJobs,
    openToFlexJob: order.openToFlexJob,
    openToJobCrafting: order.openToJobCrafting,
    contactName: order.contactName,
    contactEmail: order.contactEmail,
    contactPhone: order.contactPhone,
    // The company as the employer wrote it: the register's name is the jobcentre's business.
    company: { cvr: order.company.cvr, name: order.statedCompanyName },
    jobcentre: order.jobcentre,
    status: order.status,
    receivedAt: order.receivedAt,
    dueAt: dueAtOf(order),
    assigneeName: order.assignee?.name ?? null,
    answeredAt: order.answeredAt,
    answeredByName: order.answeredBy?.name ?? null,
    answerText: order.answerText,
    // After the answer: the order's workflow (the page sends the employer's changes to it), how it
    // ended, and the meeting offered when the order has many positions.
    workflowId: order.workflowId,
    outcome: order.outcome,
    closedAt: order.closedAt,
    closeReason: order.closeReason,
    closesAt: order.closesAt,
    closingBasis: { hasApplicationDeadline: order.applicationDeadline !== null, orderOpenDays: order.policy.orderOpenDays },
    meeting: order.meeting,
    timeline,
  };
}

export type EmployerOrder = NonNullable<Awaited<ReturnType<typeof getOrderForEmployer>>>;

/** "Tildelt Anne Jensen", "Besvaret af Anne Jensen": the step in the employer's words. */
function describeStep(entry: EmployerTimelineEntry): string {
  const name = entry.personName;
  switch (entry.kind) {
    case "ASSIGNED":
      return name ? `Tildelt ${name}` : "Tildelt en virksomhedskonsulent";
    case "REASSIGNED":
      return name ? `Overdraget til ${name}` : "Overdraget til en anden konsulent";
    case "ANSWERED":
      return name ? `Besvaret af ${name}` : "Besvaret";
    case "RECEIPT_SENT":
      return "Kvittering sendt på mail";
    case "MEETING_OFFERED":
      return "Jobcentret har tilbudt tidspunkter til et møde";
    case "MEETING_BOOKED":
      return "Møde aftalt";
    case "MEETING_HELD":
      return "Møde holdt";
    case "SHARED_WITH_REGION":
      return "Sendt videre til den regionale rekrutteringsservice, som også finder kandidater";
    case "CLOSED":
      return "Jobordren er afsluttet";
    case "OUTCOME_UPDATED":
      return "Resultatet er opdateret efter afslutningen";
    case "SURVEY_SENT":
      return "Spørgeskema om samarbejdet sendt på mail";
    case "CORRECTED":
      return "I har rettet jobordren, og jobcentret har fået besked";
    default:
      return jobOrderEventLabel(entry.kind);
  }
}

/** The meeting as the employer can act on it: held, booked, to choose (times still ahead), passed or gone. */
function meetingView(meeting: EmployerOrder["meeting"], open: boolean, now: Date) {
  if (!meeting) return null;
  if (meeting.heldAt) {
    return { state: "held" as const, at: formatDeadline(meeting.scheduledFor ?? meeting.heldAt), options: [] };
  }
  if (meeting.scheduledFor) return { state: "booked" as const, at: formatDeadline(meeting.scheduledFor), options: [] };
  // Only times still ahead can be chosen; the workflow refuses a time that has passed.
  const options = [...meeting.options]
    .filter((o) => o.getTime() > now.getTime())
    .sort((a, b) => a.getTime() - b.getTime())
    .map((o) => ({ value: o.toISOString(), label: formatDeadline(o) }));
  if (!open) return { state: "closed" as const, at: null, options: [] };
  return { state: options.length > 0 ? ("choose" as const) : ("passed" as const), at: null, options };
}

/** Everything the employer's order page shows, as plain data. */
export async function employerOrderPage(order: EmployerOrder, now: Date = new Date()) {
  const referrals = await listReferralsForEmployer(order.id);
  const open = order.status !== "CLOSED";
  const flexibility = [
    order.openToSmallJobs ? "Kan deles op i småjob" : null,
    order.openToFlexJob ? "Kan besættes som fleksjob" : null,
    order.openToJobCrafting ? "Åben for jobcrafting" : null,
  ].filter((v): v is string => v !== null);
  return {
    order: {
      number: order.number,
      title: order.title,
      description: order.description,
      requirements: order.requirements,
      positions: order.positions,
      kind: JOB_ORDER_KIND_LABELS[order.kind],
      hoursPerWeek: order.hoursPerWeek.toLocaleString("da-DK"),
      startDate: formatDate(order.startDate),
      applicationDeadline: order.applicationDeadline ? formatDate(order.applicationDeadline) : null,
      workplacePostcode: order.workplacePostcode,
      flexibility,
      company: order.company,
      contactName: order.contactName,
      contactEmail: order.contactEmail,
      contactPhone: order.contactPhone,
      jobcentre: order.jobcentre,
      status: order.status,
      statusLabel: jobOrderStatusLabel(order.status),
      open,
      received: formatDateTime(order.receivedAt),
      deadline: formatDeadline(order.dueAt),
      assigneeName: order.assigneeName,
      answered: order.answeredAt ? formatDateTime(order.answeredAt) : null,
      answeredByName: order.answeredByName,
      answerText: order.answerText,
      closesAt: open && order.closesAt ? formatDate(order.closesAt) : null,
      closesReason: open && order.closesAt ? closingReason({ ...order.closingBasis, closesOn: localDateOf(order.closesAt), startDate: order.startDate.toISOString().slice(0, 10) }) : null,
      closed: open
        ? null
        : {
            outcome: order.outcome ? JOB_ORDER_OUTCOME_LABELS[order.outcome] : null,
            at: order.closedAt ? formatDateTime(order.closedAt) : null,
            reason: order.closeReason,
          },
    },
    meeting: meetingView(order.meeting, open, now),
    candidates: referrals.map((r) => ({
      id: r.id,
      status: r.status,
      statusLabel: REFERRAL_STATUS_EMPLOYER_LABELS[r.status] ?? r.status,
      sharedAt: formatDate(r.sharedAt),
      feedbackDue: r.status === "SHARED" && r.feedbackDueAt ? formatDate(r.feedbackDueAt) : null,
      startDate: r.status === "HIRED" && r.startDate ? formatDate(r.startDate) : null,
      feedbackOutcomes: feedbackOutcomesFor(r.status),
      // The employer can tell how it went while a candidate is new or invited (also after the close).
      canGiveFeedback: referralAllows("employerFeedback", r.status),
      cv: r.cv,
    })),
    timeline: order.timeline.map((entry, index) => ({ id: index, text: describeStep(entry), at: formatDateTime(entry.at) })),
    // Update ids: a resubmitted form is the same Temporal update, so a retry cannot act twice.
    updateKeys: {
      feedback: Object.fromEntries(referrals.map((r) => [r.id, globalThis.crypto.randomUUID()])) as Record<string, string>,
      meeting: globalThis.crypto.randomUUID(),
      close: globalThis.crypto.randomUUID(),
      message: globalThis.crypto.randomUUID(),
    },
    thread: await listThread({ id: order.id }),
    // The employer writes back once answered, while the order is open.
    canMessage: order.answeredAt !== null && open,
  };
}

/** Whether a referral was shared with this order's employer: only those can be answered from its page. */
export async function isSharedWithEmployer(orderId: string, referralId: string, prisma: PrismaClient = getPrisma()): Promise<boolean> {
  return (await prisma.referral.count({ where: { id: referralId, orderId, sharedAt: { not: null } } })) > 0;
}
