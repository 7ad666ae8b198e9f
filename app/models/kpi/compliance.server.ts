// Response-time compliance of one jobcentre for orders RECEIVED in a period: the answer figures of the
// management read model (figures.server.ts), in total and by the consultant who answered.
import type { PrismaClient } from "@prisma/client";
import { DateTime } from "luxon";
import type { CompliancePeriod } from "~/schemas/compliance";
import { getPrisma } from "~/utils/db.server";
import { share } from "~/utils/stats";
import { answerFigures, periodInstants, ZONE, type OrderFigures } from "./figures.server";

/** [start, end) instants of the period's Copenhagen calendar days, daylight saving included. */
export function periodBounds(period: CompliancePeriod): { start: Date; end: Date } {
  return periodInstants({ from: period.fra, to: period.til });
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

/** On time ÷ (answered + open past the deadline): the one definition of the share on time. */
export function shareOnTime(f: Pick<OrderFigures, "answeredOnTime" | "answered" | "openOverdue">): number | null {
  return share(f.answeredOnTime, f.answered + f.openOverdue);
}

function complianceFigures(f: OrderFigures): ComplianceFigures {
  return {
    received: f.received,
    answeredOnTime: f.answeredOnTime,
    answeredLate: f.answeredLate,
    openOverdue: f.openOverdue,
    openWithinDeadline: f.openWithinDeadline,
    closedUnanswered: f.closedUnanswered,
    shareOnTime: shareOnTime(f),
    medianHoursToAnswer: f.medianHoursToAnswer,
    p90HoursToAnswer: f.p90HoursToAnswer,
  };
}

export async function getComplianceReport(
  jobcentreId: string,
  period: CompliancePeriod,
  now: Date = new Date(),
  prisma: PrismaClient = getPrisma(),
): Promise<ComplianceReport> {
  const { total, byAnswerer } = await answerFigures({ jobcentreIds: [jobcentreId] }, { from: period.fra, to: period.til }, now, prisma);
  const users = await prisma.user.findMany({ where: { id: { in: [...byAnswerer.keys()] } }, select: { id: true, name: true } });
  const names = new Map(users.map((u) => [u.id, u.name]));
  const byConsultant = [...byAnswerer.entries()]
    .map(([userId, f]) => ({
      userId,
      name: names.get(userId) ?? "Ukendt medarbejder",
      answered: f.answered,
      answeredOnTime: f.answeredOnTime,
      answeredLate: f.answeredLate,
      shareOnTime: shareOnTime(f),
      medianHoursToAnswer: f.medianHoursToAnswer,
      p90HoursToAnswer: f.p90HoursToAnswer,
    }))
    .sort((a, b) => a.name.localeCompare(b.name, "da"));
  return { totals: complianceFigures(total), byConsultant };
}
