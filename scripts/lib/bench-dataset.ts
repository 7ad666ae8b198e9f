// A realistic history of job orders for scripts/bench.ts, written fast with createMany: each order as
// intake and its workflow would have left it (deadlines from the policy, round-robin assignee, warning,
// breach and escalations when their time came before the answer) with the same JobOrderEvent rows the
// activities write (workflows/activities/), e.g. ANSWERED with data { onTime, hoursToAnswer }, and the
// order's tasks in the state the workflow leaves them (workflows/activities/ assignOrder/recordAnswer,
// workflows/activities/): the answer task, and after the answer the search task, consent
// follow-ups of the referrals asked, a follow-up with the company after a hire and the regional task when
// nobody was referred by the promise; the close (at closesAt) cancels what is still open but follow-ups.
// Deterministic: the same seed gives the same orders (apart from ids and the current time); the tasks
// draw from a PRNG of their own, so the orders are the same as before tasks were added.
import crypto from "node:crypto";
import { mulberry32 } from "../../prisma/synthetic-jobseekers";
import type { JobOrderKind, JobOrderStatus, Prisma, PrismaClient, ReferralStatus, ResponsePolicy, TaskKind, TaskStatus } from "@prisma/client";
import {
  addLocalDays,
  addPolicyHours,
  addWorkingDays,
  closingTimeOnOrAfter,
  computeDeadlines,
  endOfLocalDay,
  localDateOf,
  policyHoursBetween,
  type DeadlinePolicy,
} from "../../app/utils/deadlines";
import { toDeadlinePolicy } from "../../app/models/policy/policy.server";
import { formatOrderNumber } from "../../app/models/job-order/intake.server";
import { makeCvr } from "../../prisma/demo-data";
import { jobOrderWorkflowId } from "../../workflows/job-order/definitions";

const HOUR = 3_600_000;
const DAY = 86_400_000;
const ORDER_CHUNK = 500; // ~30 columns each: well below PostgreSQL's 32,767 bind parameters
const EVENT_CHUNK = 4_000; // 7 columns each
const TASK_CHUNK = 2_000; // 14 columns each
const REFERRAL_CHUNK = 2_000; // 10 columns each

export type JobcentreSetup = {
  id: string;
  postcodes: string[];
  policy: ResponsePolicy;
  /** The jobcentre's regional recruitment service: its regional tasks carry it. */
  regionId: string | null;
  consultantIds: string[];
  teamLeadEmails: string[];
  managerEmails: string[];
};

export type TaskCounts = Record<TaskKind, Record<TaskStatus, number>>;

export type DatasetCounts = {
  orders: number;
  events: number;
  referrals: number;
  tasks: number;
  /** All jobcentres, by kind and status. */
  tasksByKind: TaskCounts;
  byJobcentre: Record<
    string,
    { orders: number; open: number; answered: number; closed: number; answeredOnTime: number; openTasks: number; openRegionalTasks: number }
  >;
};

function emptyTaskCounts(): TaskCounts {
  const kinds: TaskKind[] = ["ANSWER", "SEARCH", "CONSENT_FOLLOW_UP", "MEETING", "REGIONAL_RECRUITMENT", "FOLLOW_UP"];
  return Object.fromEntries(kinds.map((k) => [k, { OPEN: 0, DONE: 0, CANCELLED: 0 }])) as TaskCounts;
}

/** How a task ended (or null: still open), as the activity that closes it writes it. */
type TaskEnd = { at: Date; status: "DONE" | "CANCELLED"; byUserId?: string | null; note?: string | null } | null;

type Rows = {
  orders: Prisma.JobOrderCreateManyInput[];
  events: Prisma.JobOrderEventCreateManyInput[];
  referrals: Prisma.ReferralCreateManyInput[];
  tasks: Prisma.TaskCreateManyInput[];
};

/** Writes `rows` in chunks of `size`, one after the other. */
async function inChunks<T>(rows: T[], size: number, write: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await write(rows.slice(i, i + size));
}

/** Small, fast, seedable PRNG: the synthetic jobseekers' own, so both datasets draw alike. */
export const seededRandom = mulberry32;

const TITLES: Array<[string, JobOrderKind]> = [
  ["Lagermedarbejder", "ORDINARY"],
  ["Social- og sundhedshjælper", "ORDINARY"],
  ["CNC-operatør", "ORDINARY"],
  ["Buschauffør", "ORDINARY"],
  ["Butiksmedhjælper, 10 timer om ugen", "SMALL_JOB"],
  ["Pædagogmedhjælper i fleksjob", "FLEX_JOB"],
  ["Køkkenmedhjælper i virksomhedspraktik", "COMPANY_INTERNSHIP"],
  ["Voksenlærling som industritekniker", "ADULT_APPRENTICE"],
  ["Tømrerlærling", "APPRENTICE"],
  ["Gartnermedhjælper med løntilskud", "WAGE_SUBSIDY"],
  ["Rengøringsassistent (IGU)", "IGU"],
  ["Vikar i jobrotation, regnskab", "JOB_ROTATION"],
];

const danishYearFormat = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Copenhagen", year: "numeric" });

export class JobOrderDataset {
  private readonly random: () => number;
  private readonly counters = new Map<number, number>();
  private readonly companies = new Map<string, Array<{ id: string; name: string; address: string; postcode: string }>>(); // by jobcentreId
  private readonly policies = new Map<string, DeadlinePolicy>();
  /** jobcentreId -> jobseekers the referrals are made of (see createReferralPool). */
  private readonly referralPool = new Map<string, Array<{ id: string; name: string }>>();
  private readonly taskRandom: () => number;
  /** The calendar functions cost tens of µs each (time-zone lookups); their results depend on the local day only. */
  private readonly calendarMemo = new Map<string, Date | string>();
  private roundRobin = 0;

  constructor(
    private readonly prisma: PrismaClient,
    private readonly jobcentres: JobcentreSetup[],
    private readonly now: Date,
    seed = 20_261_122,
  ) {
    this.random = seededRandom(seed);
    this.taskRandom = seededRandom(seed + 1);
    for (const jc of jobcentres) this.policies.set(jc.id, toDeadlinePolicy(jc.policy));
  }

  /** Continue after numbers already handed out (e.g. by intake) in the counter table. */
  async loadCounters(): Promise<void> {
    for (const row of await this.prisma.orderNumberCounter.findMany()) this.counters.set(row.year, row.lastNumber);
  }

  /** `perJobcentre` companies in each jobcentre's area, with unique valid CVR numbers. */
  async createCompanies(perJobcentre: number): Promise<number> {
    const used = new Set((await this.prisma.company.findMany({ select: { cvr: true } })).map((c) => c.cvr));
    let created = 0;
    for (const jc of this.jobcentres) {
      const rows: Prisma.CompanyCreateManyInput[] = [];
      while (rows.length < perJobcentre) {
        const cvr = makeCvr();
        if (used.has(cvr)) continue;
        used.add(cvr);
        const postcode = this.pick(jc.postcodes);
        rows.push({ id: crypto.randomUUID(), cvr, name: `Benchvirksomhed ${cvr} ApS`, address: `Industrivej ${1 + rows.length}`, postcode, source: "CVR_IMPORT" });
      }
      await this.prisma.company.createMany({ data: rows });
      await this.prisma.companyRelationship.createMany({ data: rows.map((r) => ({ jobcentreId: jc.id, companyId: r.id!, source: "CVR_IMPORT" as const })) });
      this.companies.set(jc.id, [
        ...(this.companies.get(jc.id) ?? []),
        ...rows.map((r) => ({ id: r.id!, name: r.name, address: r.address, postcode: r.postcode })),
      ]);
      created += rows.length;
    }
    return created;
  }

  /**
   * `perJobcentre` jobseekers in each jobcentre for the referrals behind consent and follow-up tasks.
   * Written without search text or keywords and without consent to contact, so no candidate search
   * that asks for consent (all of the benchmark's) finds them; part 4's register is its own.
   */
  async createReferralPool(perJobcentre: number): Promise<number> {
    let created = 0;
    for (const jc of this.jobcentres) {
      const rows: Prisma.JobseekerCreateManyInput[] = Array.from({ length: perJobcentre }, (_, i) => ({
        id: crypto.randomUUID(),
        jobcentreId: jc.id,
        externalRef: `bench-henvist-${i + 1}`,
        name: `Henvist Kandidat ${i + 1} ${jc.id}`,
        postcode: this.pick(jc.postcodes),
        maxTravelKm: 30,
        hoursPerWeek: 37,
        benefitGroup: "UNEMPLOYMENT_BENEFIT",
        occupations: [],
        skills: [],
        certificates: [],
        drivingLicences: [],
        languages: [],
        searchText: "",
        contactConsent: false,
      }));
      await this.prisma.jobseeker.createMany({ data: rows });
      this.referralPool.set(jc.id, rows.map((r) => ({ id: r.id!, name: r.name })));
      created += rows.length;
    }
    return created;
  }

  /**
   * `count` orders spread over `shares` (jobcentre id -> weight) and received in the last `spanDays`
   * days, mostly on weekdays in office hours. Most are answered (about 1 in 8 late), some closed
   * unanswered, some still open; with `allOpen` every order is still waiting (a backlog).
   */
  async addOrders(options: { count: number; shares: Record<string, number>; spanDays: number; allOpen?: boolean }): Promise<DatasetCounts> {
    const nowMs = this.now.getTime();
    const weights = Object.entries(options.shares);
    const totalWeight = weights.reduce((s, [, w]) => s + w, 0);
    const received = Array.from({ length: options.count }, () => this.receivedAt(nowMs, options.spanDays)).sort((a, b) => a - b);

    const counts: DatasetCounts = { orders: 0, events: 0, referrals: 0, tasks: 0, tasksByKind: emptyTaskCounts(), byJobcentre: {} };
    for (let offset = 0; offset < received.length; offset += ORDER_CHUNK) {
      const rows: Rows = { orders: [], events: [], referrals: [], tasks: [] };
      for (const receivedMs of received.slice(offset, offset + ORDER_CHUNK)) {
        let roll = this.random() * totalWeight;
        const jobcentreId = (weights.find(([, w]) => (roll -= w) < 0) ?? weights[weights.length - 1]!)[0];
        const jc = this.jobcentres.find((j) => j.id === jobcentreId)!;
        this.buildOrder(jc, new Date(receivedMs), options.allOpen ?? false, rows, counts);
      }
      await this.prisma.jobOrder.createMany({ data: rows.orders });
      // The events, and the referrals then the tasks that point at them, side by side (two connections).
      await Promise.all([
        inChunks(rows.events, EVENT_CHUNK, (data) => this.prisma.jobOrderEvent.createMany({ data })),
        (async () => {
          await inChunks(rows.referrals, REFERRAL_CHUNK, (data) => this.prisma.referral.createMany({ data }));
          await inChunks(rows.tasks, TASK_CHUNK, (data) => this.prisma.task.createMany({ data }));
        })(),
      ]);
      counts.orders += rows.orders.length;
      counts.events += rows.events.length;
      counts.referrals += rows.referrals.length;
      counts.tasks += rows.tasks.length;
    }
    // Intake continues after the numbers used here.
    for (const [year, lastNumber] of this.counters) {
      await this.prisma.orderNumberCounter.upsert({ where: { year }, create: { year, lastNumber }, update: { lastNumber } });
    }
    return counts;
  }

  private buildOrder(
    jc: JobcentreSetup,
    receivedAt: Date,
    allOpen: boolean,
    rows: Rows,
    counts: DatasetCounts,
  ): void {
    const { orders, events } = rows;
    const policy = this.policies.get(jc.id)!;
    const nowMs = this.now.getTime();
    const id = crypto.randomUUID();
    const year = Number(danishYearFormat.format(receivedAt));
    const sequence = (this.counters.get(year) ?? 0) + 1;
    this.counters.set(year, sequence);
    const deadlines = computeDeadlines(policy, receivedAt);
    const assigneeId = jc.consultantIds[this.roundRobin++ % jc.consultantIds.length]!;
    const company = this.pick(this.companies.get(jc.id)!);
    const companyId = company.id;
    const [title, kind] = this.pick(TITLES);

    // When the answer comes, in the policy's own hours: mostly well within the promise, 1 in 8 late.
    const share = this.random() < 0.88 ? 0.05 + 0.9 * this.random() ** 1.3 : 1 + 1.5 * this.random();
    const answerAt = addPolicyHours(policy, receivedAt, share * policy.responseHours);
    let status: JobOrderStatus;
    let answeredAt: Date | null = null;
    let closedAt: Date | null = null;
    if (allOpen || answerAt.getTime() > nowMs || this.random() < 0.01) {
      status = "ASSIGNED"; // still waiting: recent, or forgotten and long overdue
    } else if (this.random() < 0.015) {
      status = "CLOSED"; // withdrawn by the employer before an answer
      closedAt = answerAt;
    } else {
      status = "ANSWERED";
      answeredAt = answerAt;
    }
    const untilMs = (answeredAt ?? closedAt ?? this.now).getTime();
    const passed = (at: Date) => at.getTime() <= untilMs;
    const onTime = answeredAt ? answeredAt.getTime() <= deadlines.dueAt.getTime() : null;
    const escalationLevel = passed(deadlines.escalateManagerAt) ? 2 : passed(deadlines.escalateTeamLeadAt) ? 1 : 0;

    const c = (counts.byJobcentre[jc.id] ??= { orders: 0, open: 0, answered: 0, closed: 0, answeredOnTime: 0, openTasks: 0, openRegionalTasks: 0 });
    const lifecycle = this.buildTasks(jc, { id, receivedAt, dueAt: deadlines.dueAt, assigneeId, answeredAt, closedAt }, rows, counts, c);

    orders.push({
      id,
      number: formatOrderNumber(year, sequence),
      submissionKey: crypto.randomUUID(),
      jobcentreId: jc.id,
      companyId,
      statedCompanyName: company.name,
      statedCompanyAddress: company.address,
      statedCompanyPostcode: company.postcode,
      policyId: jc.policy.id,
      contactName: "Mette Hansen",
      contactEmail: `kontakt+${sequence}-${year}@${companyId.slice(0, 8)}.virksomhed.example`,
      contactPhone: "20304050",
      title,
      description: `${title}. Vi søger en ny kollega til vores team; opstart efter aftale.`,
      positions: 1 + Math.floor(this.random() ** 3 * 6),
      kind,
      hoursPerWeek: kind === "SMALL_JOB" ? 10 : kind === "FLEX_JOB" ? 15 : 37,
      startDate: new Date(Math.floor((receivedAt.getTime() + 21 * DAY) / DAY) * DAY),
      workplacePostcode: this.pick(jc.postcodes),
      requirements: "",
      status,
      receivedAt,
      warnAt: deadlines.warnAt,
      dueAt: deadlines.dueAt,
      assigneeId,
      answeredAt,
      answeredById: answeredAt ? assigneeId : null,
      answerText: answeredAt ? "Tak for jobordren. Vi har fundet tre kandidater og sender deres CV'er i dag." : null,
      answeredOnTime: onTime,
      warnedAt: passed(deadlines.warnAt) ? deadlines.warnAt : null,
      breachedAt: passed(deadlines.dueAt) ? deadlines.dueAt : null,
      escalationLevel,
      referralDueAt: lifecycle?.referralDueAt ?? null,
      closesAt: lifecycle?.closesAt ?? null,
      sharedWithRegionAt: lifecycle?.sharedWithRegionAt ?? null,
      workflowId: jobOrderWorkflowId(id),
      workflowStartedAt: new Date(receivedAt.getTime() + 800),
    });

    // The history the workflow's activities append, in the same shapes.
    const at = (ms: number) => new Date(receivedAt.getTime() + ms);
    events.push(
      { orderId: id, kind: "RECEIVED", key: "received", at: receivedAt },
      { orderId: id, kind: "ASSIGNED", key: "assigned", at: at(1_000), data: { assigneeId, reason: "ROUND_ROBIN" } },
      { orderId: id, kind: "RECEIPT_SENT", key: "receipt-sent", at: at(1_500) },
    );
    if (passed(deadlines.warnAt)) events.push({ orderId: id, kind: "WARNED", key: "warned", at: deadlines.warnAt, data: { assigneeId } });
    if (passed(deadlines.dueAt)) events.push({ orderId: id, kind: "DEADLINE_BREACHED", key: "breached", at: deadlines.dueAt });
    if (escalationLevel >= 1) {
      events.push({
        orderId: id,
        kind: "ESCALATED_TEAM_LEAD",
        key: "escalated:1",
        at: deadlines.escalateTeamLeadAt,
        data: { level: 1, recipients: jc.teamLeadEmails },
      });
    }
    if (escalationLevel >= 2) {
      events.push({
        orderId: id,
        kind: "ESCALATED_MANAGER",
        key: "escalated:2",
        at: deadlines.escalateManagerAt,
        data: { level: 2, recipients: jc.managerEmails },
      });
    }
    if (answeredAt) {
      const hoursToAnswer = Math.round(policyHoursBetween(policy, receivedAt, answeredAt) * 100) / 100;
      events.push({ orderId: id, kind: "ANSWERED", key: "answered", at: answeredAt, actorId: assigneeId, data: { onTime: onTime!, hoursToAnswer } });
    }
    if (closedAt) {
      events.push({ orderId: id, kind: "CLOSED", key: "closed", at: closedAt, actorId: assigneeId, data: { reason: "Virksomheden har trukket jobordren tilbage." } });
    }

    c.orders++;
    if (status === "ASSIGNED") c.open++;
    else if (status === "CLOSED") c.closed++;
    else {
      c.answered++;
      if (onTime) c.answeredOnTime++;
    }
  }

  /**
   * The order's tasks (and the referrals they are about) as its workflow leaves them by now: the answer
   * task (assignOrder; done by recordAnswer, cancelled by a close before the answer) and, for an answered
   * order, what startLifecycle, requestConsent, recordConsent/expireConsent, recordEmployerFeedback,
   * shareWithRegion and closeOrder write. Returns the order's lifecycle columns (null before the answer).
   */
  private buildTasks(
    jc: JobcentreSetup,
    order: { id: string; receivedAt: Date; dueAt: Date; assigneeId: string; answeredAt: Date | null; closedAt: Date | null },
    rows: Rows,
    counts: DatasetCounts,
    c: DatasetCounts["byJobcentre"][string],
  ): { referralDueAt: Date; closesAt: Date; sharedWithRegionAt: Date | null } | null {
    const random = this.taskRandom;
    const nowMs = this.now.getTime();
    const policy = this.policies.get(jc.id)!;
    const p = jc.policy;
    const ms = (d: Date) => d.getTime();
    const later = (d: Date, plusMs: number) => new Date(d.getTime() + plusMs);
    const task = (input: {
      kind: TaskKind;
      key: string;
      createdAt: Date;
      dueAt: Date;
      assigneeId: string | null;
      end: TaskEnd;
      regionId?: string | null;
      referralId?: string | null;
    }) => {
      if (ms(input.createdAt) > nowMs) return; // not created yet
      const open = input.end === null || ms(input.end.at) > nowMs;
      const status: TaskStatus = open ? "OPEN" : input.end!.status;
      rows.tasks.push({
        id: crypto.randomUUID(),
        orderId: order.id,
        jobcentreId: jc.id,
        regionId: input.regionId ?? null,
        kind: input.kind,
        referralId: input.referralId ?? null,
        dueAt: input.dueAt,
        assigneeId: input.assigneeId,
        status,
        createdAt: input.createdAt,
        completedAt: open ? null : input.end!.at,
        completedById: open ? null : input.end!.byUserId ?? null,
        note: open ? null : input.end!.note ?? null,
        key: input.key,
      });
      counts.tasksByKind[input.kind][status]++;
      if (open) {
        c.openTasks++;
        if (input.regionId) c.openRegionalTasks++;
      }
    };

    // assignOrder: the answer task, due at the deadline, for the assignee.
    const answerEnd: TaskEnd = order.answeredAt
      ? { at: order.answeredAt, status: "DONE", byUserId: order.assigneeId }
      : order.closedAt
        ? { at: order.closedAt, status: "CANCELLED", note: "Jobordren er afsluttet" }
        : null;
    task({ kind: "ANSWER", key: "answer", createdAt: later(order.receivedAt, 1_000), dueAt: order.dueAt, assigneeId: order.assigneeId, end: answerEnd });
    if (!order.answeredAt) return null;

    // startLifecycle, just after the answer: the first referral is promised by referralDueAt; the order
    // closes by itself at closesAt (closeOrder then cancels every open task but the follow-ups).
    const start = later(order.answeredAt, 2_000);
    const workingDaysAfter = (from: Date, days: number) =>
      this.memo(`w|${jc.id}|${this.localDate(from)}|${days}`, () => addWorkingDays(policy, from, days));
    const endOfDayAfter = (from: Date, days: number) =>
      this.memo(`e|${this.localDate(from)}|${days}`, () => endOfLocalDay(addLocalDays(this.localDate(from), days)));
    const referralDueAt = workingDaysAfter(start, p.referralWithinWorkingDays);
    const closesAt = endOfDayAfter(order.receivedAt, p.orderOpenDays);
    const closed = (end: TaskEnd): TaskEnd =>
      end && ms(end.at) <= ms(closesAt) ? end : { at: closesAt, status: "CANCELLED", note: "Jobordren er afsluttet" };
    const pool = this.referralPool.get(jc.id) ?? [];
    const consultant = () => jc.consultantIds[Math.floor(random() * jc.consultantIds.length)]!;

    // The first candidate shared with the employer (consent given): mostly within the promise, some
    // later (after the region was involved), and for some orders nobody before the close.
    let sharedAt: Date | null = null;
    if (pool.length > 0 && random() < 0.85) {
      const share = random() < 0.8 ? 0.1 + 0.85 * random() : 1 + random();
      sharedAt = later(start, share * (ms(referralDueAt) - ms(start)));
      if (ms(sharedAt) >= ms(closesAt)) sharedAt = null;
    }
    const first = pool.length > 0 ? Math.floor(random() * pool.length) : 0;

    // requestConsent: one referral asked at `askedAt`, with a follow-up task for the consultant due at
    // the reply-by (the end of the local day `consentReplyDays` ahead). recordConsent ends it (yes or no),
    // expireConsent cancels it at the reply-by, closeOrder cancels it and withdraws the referral.
    const referral = (
      jobseeker: { id: string; name: string },
      askedAt: Date,
      answer: { at: Date; yes: boolean } | "expires",
    ): { id: string; shared: boolean } | null => {
      if (ms(askedAt) > nowMs || ms(askedAt) >= ms(closesAt)) return null;
      const id = crypto.randomUUID();
      const replyBy = endOfDayAfter(askedAt, p.consentReplyDays);
      const end = closed(
        answer === "expires"
          ? { at: replyBy, status: "CANCELLED", note: "Svarfristen udløb" }
          : { at: answer.at, status: "DONE", note: answer.yes ? "Sagde ja" : "Sagde nej" },
      );
      const ended = ms(end!.at) <= nowMs;
      const shared = ended && answer !== "expires" && answer.yes && end!.status === "DONE";
      const status: ReferralStatus = !ended
        ? "CONSENT_REQUESTED"
        : shared
          ? "SHARED"
          : end!.note === "Jobordren er afsluttet"
            ? "WITHDRAWN"
            : answer === "expires"
              ? "CONSENT_EXPIRED"
              : "CONSENT_DECLINED";
      rows.referrals.push({
        id,
        orderId: order.id,
        jobseekerId: jobseeker.id,
        status,
        createdAt: later(askedAt, -3_600_000),
        createdById: order.assigneeId,
        consentReplyBy: replyBy,
        sharedAt: shared ? end!.at : null,
        feedbackDueAt: shared ? workingDaysAfter(end!.at, p.feedbackReminderWorkingDays) : null,
      });
      task({ kind: "CONSENT_FOLLOW_UP", key: `consent:${id}:1`, createdAt: askedAt, dueAt: replyBy, assigneeId: order.assigneeId, referralId: id, end });
      return { id, shared };
    };

    let firstShared: { id: string; shared: boolean } | null = null;
    if (sharedAt) {
      // Asked up to most of the reply time before the yes.
      const askedAt = new Date(Math.max(ms(start) + 3_600_000, ms(sharedAt) - random() * 0.8 * p.consentReplyDays * DAY));
      firstShared = referral(pool[first]!, askedAt, { at: sharedAt, yes: true });
    }
    // About a third of the orders also have a candidate who said no or did not answer.
    if (pool.length > 1 && random() < 0.35) {
      const other = pool[(first + 1 + Math.floor(random() * (pool.length - 1))) % pool.length]!;
      const askedAt = later(start, random() * (ms(referralDueAt) - ms(start)));
      const replyMs = ms(endOfDayAfter(askedAt, p.consentReplyDays)) - ms(askedAt);
      referral(other, askedAt, random() < 0.6 ? { at: later(askedAt, random() * replyMs), yes: false } : "expires");
    }

    // The search task: done when the first candidate is shared, else cancelled by the close.
    const firstName = pool[first]?.name ?? "";
    task({
      kind: "SEARCH",
      key: "search",
      createdAt: start,
      dueAt: referralDueAt,
      assigneeId: order.assigneeId,
      end: closed(sharedAt ? { at: sharedAt, status: "DONE", note: `Første kandidat henvist: ${firstName}` } : null),
    });

    // shareWithRegion at referralDueAt when nobody was referred by then: the region's task, unassigned,
    // seen by all the region's jobcentres. Done by whoever finds the candidate, else cancelled by the close.
    let sharedWithRegionAt: Date | null = null;
    if (jc.regionId && (!sharedAt || ms(sharedAt) > ms(referralDueAt)) && ms(referralDueAt) < ms(closesAt)) {
      if (ms(referralDueAt) <= nowMs) sharedWithRegionAt = referralDueAt;
      task({
        kind: "REGIONAL_RECRUITMENT",
        key: "regional",
        createdAt: referralDueAt,
        dueAt: workingDaysAfter(referralDueAt, p.referralWithinWorkingDays),
        assigneeId: null,
        regionId: jc.regionId,
        end: closed(sharedAt ? { at: later(sharedAt, 600_000), status: "DONE", byUserId: consultant() } : null),
      });
    }

    // recordEmployerFeedback: about a third of the shared candidates are hired; a follow-up with the
    // company is planned weeks after the start (not cancelled by the close). A few are never marked done.
    if (firstShared?.shared && sharedAt && random() < 0.35) {
      const feedbackAt = later(sharedAt, (1 + random() * 6) * DAY);
      if (ms(feedbackAt) <= nowMs) {
        const startDate = addLocalDays(this.localDate(feedbackAt), 7 + Math.floor(random() * 21));
        const followUpDay = addLocalDays(startDate, p.followUpWeeksAfterStart * 7);
        const plannedFor = this.memo(`c|${jc.id}|${followUpDay}`, () => closingTimeOnOrAfter(policy, followUpDay));
        const referralRow = rows.referrals.find((r) => r.id === firstShared!.id)!;
        referralRow.status = "HIRED";
        referralRow.startDate = new Date(`${startDate}T00:00:00Z`);
        task({
          kind: "FOLLOW_UP",
          key: `follow-up:${firstShared.id}`,
          createdAt: feedbackAt,
          dueAt: plannedFor,
          assigneeId: order.assigneeId,
          referralId: firstShared.id,
          end: random() < 0.05 ? null : { at: later(plannedFor, (random() * 7 - 3) * DAY), status: "DONE", byUserId: order.assigneeId, note: "Opfølgning gennemført." },
        });
      }
    }
    return { referralDueAt, closesAt, sharedWithRegionAt };
  }

  private memo(key: string, compute: () => Date): Date {
    let value = this.calendarMemo.get(key) as Date | undefined;
    if (!value) this.calendarMemo.set(key, (value = compute()));
    return value;
  }

  /** The Copenhagen date of an instant; the same for a whole UTC hour (the offset is whole hours). */
  private localDate(at: Date): string {
    const key = `d|${Math.floor(at.getTime() / HOUR)}`;
    let value = this.calendarMemo.get(key) as string | undefined;
    if (!value) this.calendarMemo.set(key, (value = localDateOf(at)));
    return value;
  }

  /** An instant in the last `spanDays` days: nine in ten on weekdays, most between 07 and 17 Danish time. */
  private receivedAt(nowMs: number, spanDays: number): number {
    for (;;) {
      const day = new Date(nowMs - this.random() * spanDays * DAY);
      const weekday = day.getUTCDay();
      if ((weekday === 0 || weekday === 6) && this.random() > 0.1) continue;
      const hourUtc = this.random() < 0.9 ? 6 + this.random() * 10 : this.random() * 24;
      const ms = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate()) + Math.floor(hourUtc * HOUR);
      if (ms < nowMs - 60_000) return ms;
    }
  }

  private pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)]!;
  }
}
