// The committee report (udvalgsrapport): the plan's goals for a period, one page per goal in the plan's own
// words with the figures behind it, and the period's key figures. The page in the portal and the PDF the
// worker prints with Chromium are the same component (app/components/committee-report.tsx) on this data.
import type { GoalMeasure, PrismaClient } from "@prisma/client";
import { describePeriod, periodOf, type PeriodChoice } from "~/domain/kpi/periods";
import { getPrisma } from "~/utils/db.server";
import { addLocalDays, danishPublicHolidays } from "~/utils/deadlines";
import { formatDate } from "~/utils/format";
import { buildDashboard, dashboardScope, type Dashboard, type FigureTable, type GoalView } from "./dashboard.server";

export type CommitteeReportData = {
  title: string;
  jobcentreName: string;
  periodText: string;
  period: { from: string; to: string };
  madeOn: string;
  year: number;
  goals: Array<GoalView & { table: FigureTable | null }>;
  keyFigures: FigureTable[];
};

/** Without links: a printed page has no drill-down, and the report renders outside the portal's router too. */
function plain(table: FigureTable): FigureTable {
  return { ...table, rows: table.rows.map((row) => row.map(({ href: _href, ...cell }) => cell)) };
}

function tableFor(measure: GoalMeasure, tables: Dashboard["tables"]): FigureTable | null {
  switch (measure) {
    case "ANSWERED_ON_TIME":
      return tables.answers;
    case "FORMIDLINGSGRAD":
    case "BESAETTELSESGRAD":
      return tables.star;
    case "ORDERS_FILLED":
      return tables.hires;
    case "SATISFIED":
      return tables.satisfaction;
    case "ORDERS_RECEIVED":
      return tables.trend;
    case "COMPANY_VISITS":
      return tables.visits;
    case "CAMPAIGNS":
      return tables.campaigns;
    case "PROGRAMME_COVERAGE":
      return tables.programme;
    case "SAMARBEJDSGRAD":
      return tables.cooperation;
  }
}

export async function buildCommitteeReport(jobcentreId: string, choice: PeriodChoice, now: Date, prisma: PrismaClient = getPrisma()): Promise<CommitteeReportData> {
  const ds = await dashboardScope({ id: "committee-report", role: "MANAGER", jobcentreId }, "jobcentre", prisma);
  const dashboard = await buildDashboard(ds, choice, now, prisma);
  const period = periodOf(choice);
  return {
    title: "Opfølgning på beskæftigelsesplanens mål for virksomhedsservice",
    jobcentreName: ds.jobcentre.name,
    periodText: describePeriod(choice),
    period,
    madeOn: formatDate(now),
    year: dashboard.year,
    goals: dashboard.goals.map((goal) => {
      const table = tableFor(goal.measure, dashboard.tables);
      const { href: _href, ...rest } = goal;
      return { ...rest, table: table ? plain(table) : null };
    }),
    keyFigures: [dashboard.tables.answers, dashboard.tables.star, dashboard.tables.hires, dashboard.tables.satisfaction].map(plain),
  };
}

/** The quarter that ended before the one `localDate` falls in. */
export function quarterBefore(localDate: string): { year: number; quarter: number } {
  const year = Number(localDate.slice(0, 4));
  const quarter = Math.floor((Number(localDate.slice(5, 7)) - 1) / 3) + 1;
  return quarter === 1 ? { year: year - 1, quarter: 4 } : { year, quarter: quarter - 1 };
}

/** The first weekday of a quarter that is not a Danish public holiday (2 January when the 1st is a Thursday …). */
export function firstWorkingDayOfQuarter(year: number, quarter: number): string {
  const holidays = new Set(danishPublicHolidays(year).map((h) => h.date));
  let day = `${year}-${String((quarter - 1) * 3 + 1).padStart(2, "0")}-01`;
  for (;;) {
    const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
    if (weekday !== 0 && weekday !== 6 && !holidays.has(day)) return day;
    day = addLocalDays(day, 1);
  }
}

/** The quarter whose report is due on `localDate`, or null when `localDate` is not the first working day after one. */
export function quarterReportDueOn(localDate: string): PeriodChoice | null {
  const year = Number(localDate.slice(0, 4));
  const quarter = Math.floor((Number(localDate.slice(5, 7)) - 1) / 3) + 1;
  if (firstWorkingDayOfQuarter(year, quarter) !== localDate) return null;
  return { type: "quarter", ...quarterBefore(localDate) };
}

/** The report's period from the URL; without one, the quarter that ended last. */
export function reportPeriodParams(url: URL, today: string): URLSearchParams {
  if (url.searchParams.has("periode")) return url.searchParams;
  const last = quarterBefore(today);
  return new URLSearchParams({ periode: "kvartal", kvartal: `${last.year}-${last.quarter}` });
}
