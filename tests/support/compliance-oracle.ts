// The response-time figures as the portal computed them in JavaScript before they moved to PostgreSQL
// (app/models/kpi/figures.server.ts). Kept as the reference the SQL must agree with for the same data.
import { median, percentile, share } from "../../app/utils/stats";
import type { ComplianceFigures } from "../../app/models/kpi/compliance.server";

const HOUR_MS = 3_600_000;

export type OrderOutcome =
  | { kind: "answered"; onTime: boolean; hoursToAnswer: number; answeredById: string | null }
  | { kind: "openOverdue" | "openWithinDeadline" | "closedUnanswered" };

export type OrderRow = {
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

/** The old report's totals and per-answerer figures (names left out) for the orders of a period. */
export function oracleReport(orders: OrderRow[], now: Date) {
  const outcomes = orders.map((o) => classifyOrder(o, now));
  const byUser = new Map<string, OrderOutcome[]>();
  for (const outcome of outcomes) {
    if (outcome.kind !== "answered" || !outcome.answeredById) continue;
    byUser.set(outcome.answeredById, [...(byUser.get(outcome.answeredById) ?? []), outcome]);
  }
  return { totals: summarise(outcomes), byAnswerer: new Map([...byUser].map(([id, list]) => [id, summarise(list)])) };
}
