// Response-time compliance of one jobcentre for orders RECEIVED in a period, computed from the order
// history (ANSWERED events) so every figure can be traced back to rows.
import type { PrismaClient } from "@prisma/client";
import { DateTime } from "luxon";
import type { CompliancePeriod } from "~/schemas/compliance";
import { getPrisma } from "~/utils/db.server";
import { median, percentile, share } from "~/utils/stats";

export const ZONE = "Europe/Copenhagen";
const HOUR_MS = 3_600_000;

/** [start, end) instants of the period's Copenhagen calendar days, daylight saving included. */
export function periodBounds(period: CompliancePeriod): { start: Date; end: Date } {
  const start = DateTime.fromISO(period.fra, { zone: ZONE }).startOf("day");
  const end = DateTime.fromISO(period.til, { zone: ZONE }).plus({ days: 1 }).startOf("day");
  return { start: start.toJSDate(), end: end.toJSDate() };
}

/** The current calendar month in Copenhagen, the report's default period. */
export function currentMonth(now: Date = new Date()): CompliancePeriod {
  const today = DateTime.fromJSDate(now, { zone: ZONE });
  return { fra: today.startOf("month").toISODate()!, til: today.endOf("month").toISODate()! };
}

export type ComplianceFigures = {
  received: number;
  answeredOnTime: number;
  answeredLate: number;
  openOverdue: number;
  openWithinDeadline: number;
  closedUnanswered: number;
  /** answeredOnTime ÷ (answered + openOverdue); null when nothing is answered or overdue. */
  shareOnTime: number | null;
  medianHoursToAnswer: number | null;
  p90HoursToAnswer: number | null;
};

export type ConsultantFigures = {
  userId: string;
  name: string;
  answered: number;
  answeredOnTime: number;
  answeredLate: number;
  shareOnTime: number | null;
  medianHoursToAnswer: number | null;
  p90HoursToAnswer: number | null;
};

export type ComplianceReport = { totals: ComplianceFigures; byConsultant: ConsultantFigures[] };

type OrderOutcome =
  | { kind: "answered"; onTime: boolean; hoursToAnswer: number; answeredById: string | null }
  | { kind: "openOverdue" | "openWithinDeadline" | "closedUnanswered" };

type OrderRow = {
  status: string;
  receivedAt: Date;
  dueAt: Date | null;
  answeredAt: Date | null;
  answeredById: string | null;
  answeredOnTime: boolean | null;
  events: Array<{ at: Date; actorId: string | null; data: unknown }>;
};

/** What one order counts as. Pure, so the definitions are plain to read and to test. */
export function classifyOrder(order: OrderRow, now: Date): OrderOutcome {
  const answer = order.events[0];
  const answeredAt = answer?.at ?? order.answeredAt;
  if (answeredAt) {
    const data = (answer?.data ?? {}) as { onTime?: unknown };
    // The workflow decided "on time" when it recorded the answer; fall back to the row, then to the deadline.
    const onTime =
      typeof data.onTime === "boolean"
        ? data.onTime
        : order.answeredOnTime ?? (order.dueAt ? answeredAt.getTime() <= order.dueAt.getTime() : true);
    return {
      kind: "answered",
      onTime,
      // Clock hours from receipt to answer, whatever the counting mode of the deadline.
      hoursToAnswer: Math.max(0, (answeredAt.getTime() - order.receivedAt.getTime()) / HOUR_MS),
      answeredById: answer?.actorId ?? order.answeredById,
    };
  }
  if (order.status === "CLOSED") return { kind: "closedUnanswered" };
  return order.dueAt && now.getTime() > order.dueAt.getTime() ? { kind: "openOverdue" } : { kind: "openWithinDeadline" };
}

export function summarise(outcomes: OrderOutcome[]): ComplianceFigures {
  const answered = outcomes.filter((o): o is Extract<OrderOutcome, { kind: "answered" }> => o.kind === "answered");
  const answeredOnTime = answered.filter((o) => o.onTime).length;
  const openOverdue = outcomes.filter((o) => o.kind === "openOverdue").length;
  const hours = answered.map((o) => o.hoursToAnswer);
  return {
    received: outcomes.length,
    answeredOnTime,
    answeredLate: answered.length - answeredOnTime,
    openOverdue,
    openWithinDeadline: outcomes.filter((o) => o.kind === "openWithinDeadline").length,
    closedUnanswered: outcomes.filter((o) => o.kind === "closedUnanswered").length,
    shareOnTime: share(answeredOnTime, answered.length + openOverdue),
    medianHoursToAnswer: median(hours),
    p90HoursToAnswer: percentile(hours, 90),
  };
}

export async function getComplianceReport(
  jobcentreId: string,
  period: CompliancePeriod,
  now: Date = new Date(),
  prisma: PrismaClient = getPrisma(),
): Promise<ComplianceReport> {
  const { start, end } = periodBounds(period);
  const orders = await prisma.jobOrder.findMany({
    where: { jobcentreId, receivedAt: { gte: start, lt: end } },
    select: {
      status: true,
      receivedAt: true,
      dueAt: true,
      answeredAt: true,
      answeredById: true,
      answeredOnTime: true,
      // The first answer is the one the employer got; there is at most one, but be explicit.
      events: { where: { kind: "ANSWERED" }, orderBy: { at: "asc" }, take: 1, select: { at: true, actorId: true, data: true } },
    },
  });
  const outcomes = orders.map((o) => classifyOrder(o, now));

  const byUser = new Map<string, OrderOutcome[]>();
  for (const outcome of outcomes) {
    if (outcome.kind !== "answered" || !outcome.answeredById) continue;
    const list = byUser.get(outcome.answeredById) ?? [];
    list.push(outcome);
    byUser.set(outcome.answeredById, list);
  }
  const users = await prisma.user.findMany({ where: { id: { in: [...byUser.keys()] } }, select: { id: true, name: true } });
  const names = new Map(users.map((u) => [u.id, u.name]));
  const byConsultant = [...byUser.entries()]
    .map(([userId, list]) => {
      const figures = summarise(list);
      const answered = figures.answeredOnTime + figures.answeredLate;
      return {
        userId,
        name: names.get(userId) ?? "Ukendt medarbejder",
        answered,
        answeredOnTime: figures.answeredOnTime,
        answeredLate: figures.answeredLate,
        shareOnTime: figures.shareOnTime,
        medianHoursToAnswer: figures.medianHoursToAnswer,
        p90HoursToAnswer: figures.p90HoursToAnswer,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name, "da"));

  return { totals: summarise(outcomes), byConsultant };
}
