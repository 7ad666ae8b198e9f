// A realistic history of job orders for scripts/bench.ts, written fast with createMany: each order as
// intake and its workflow would have left it (deadlines from the policy, round-robin assignee, warning,
// breach and escalations when their time came before the answer) with the same JobOrderEvent rows the
// activities write (workflows/activities.ts), e.g. ANSWERED with data { onTime, hoursToAnswer }.
// Deterministic: the same seed gives the same orders (apart from ids and the current time).
import crypto from "node:crypto";
import type { JobOrderKind, JobOrderStatus, Prisma, PrismaClient, ResponsePolicy } from "@prisma/client";
import { addPolicyHours, computeDeadlines, policyHoursBetween, type DeadlinePolicy } from "../../app/utils/deadlines";
import { toDeadlinePolicy } from "../../app/models/policy.server";
import { formatOrderNumber } from "../../app/models/job-order.server";
import { makeCvr } from "../../tests/factories";
import { jobOrderWorkflowId } from "../../workflows/definitions";

const HOUR = 3_600_000;
const DAY = 86_400_000;
const ORDER_CHUNK = 500; // ~30 columns each: well below PostgreSQL's 32,767 bind parameters
const EVENT_CHUNK = 4_000; // 7 columns each

export type JobcentreSetup = {
  id: string;
  postcodes: string[];
  policy: ResponsePolicy;
  consultantIds: string[];
  teamLeadEmails: string[];
  managerEmails: string[];
};

export type DatasetCounts = {
  orders: number;
  events: number;
  byJobcentre: Record<string, { orders: number; open: number; answered: number; closed: number; answeredOnTime: number }>;
};

/** Small, fast, seedable PRNG (mulberry32). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

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
  private readonly companies = new Map<string, string[]>(); // jobcentreId -> company ids
  private readonly policies = new Map<string, DeadlinePolicy>();
  private roundRobin = 0;

  constructor(
    private readonly prisma: PrismaClient,
    private readonly jobcentres: JobcentreSetup[],
    private readonly now: Date,
    seed = 20_261_122,
  ) {
    this.random = seededRandom(seed);
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
        rows.push({ id: crypto.randomUUID(), cvr, name: `Benchvirksomhed ${cvr} ApS`, address: `Industrivej ${1 + rows.length}`, postcode });
      }
      await this.prisma.company.createMany({ data: rows });
      this.companies.set(jc.id, [...(this.companies.get(jc.id) ?? []), ...rows.map((r) => r.id!)]);
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

    const counts: DatasetCounts = { orders: 0, events: 0, byJobcentre: {} };
    for (let offset = 0; offset < received.length; offset += ORDER_CHUNK) {
      const orders: Prisma.JobOrderCreateManyInput[] = [];
      const events: Prisma.JobOrderEventCreateManyInput[] = [];
      for (const receivedMs of received.slice(offset, offset + ORDER_CHUNK)) {
        let roll = this.random() * totalWeight;
        const jobcentreId = (weights.find(([, w]) => (roll -= w) < 0) ?? weights[weights.length - 1]!)[0];
        const jc = this.jobcentres.find((j) => j.id === jobcentreId)!;
        this.buildOrder(jc, new Date(receivedMs), options.allOpen ?? false, orders, events, counts);
      }
      await this.prisma.jobOrder.createMany({ data: orders });
      for (let e = 0; e < events.length; e += EVENT_CHUNK) {
        await this.prisma.jobOrderEvent.createMany({ data: events.slice(e, e + EVENT_CHUNK) });
      }
      counts.orders += orders.length;
      counts.events += events.length;
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
    orders: Prisma.JobOrderCreateManyInput[],
    events: Prisma.JobOrderEventCreateManyInput[],
    counts: DatasetCounts,
  ): void {
    const policy = this.policies.get(jc.id)!;
    const nowMs = this.now.getTime();
    const id = crypto.randomUUID();
    const year = Number(danishYearFormat.format(receivedAt));
    const sequence = (this.counters.get(year) ?? 0) + 1;
    this.counters.set(year, sequence);
    const deadlines = computeDeadlines(policy, receivedAt);
    const assigneeId = jc.consultantIds[this.roundRobin++ % jc.consultantIds.length]!;
    const companyIds = this.companies.get(jc.id)!;
    const companyId = this.pick(companyIds);
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

    orders.push({
      id,
      number: formatOrderNumber(year, sequence),
      submissionKey: crypto.randomUUID(),
      jobcentreId: jc.id,
      companyId,
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

    const c = (counts.byJobcentre[jc.id] ??= { orders: 0, open: 0, answered: 0, closed: 0, answeredOnTime: 0 });
    c.orders++;
    if (status === "ASSIGNED") c.open++;
    else if (status === "CLOSED") c.closed++;
    else {
      c.answered++;
      if (onTime) c.answeredOnTime++;
    }
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
