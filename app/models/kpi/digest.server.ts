// The weekly digest to a jobcentre's managers and team leads: the plan's goals off track this year, the
// orders that broke their answer promise in the week, and the consultants' open overdue tasks.
import type { PrismaClient } from "@prisma/client";
import { DateTime } from "luxon";
import { getPrisma } from "~/utils/db.server";
import { buildDashboard, dashboardScope } from "./dashboard.server";
import { ZONE } from "./figures.server";

/** Who gets the digest: the leads who watch the promises. Administrators keep the settings and do not. */
export const DIGEST_ROLES = ["MANAGER", "TEAM_LEAD"] as const;

/** A week as the digest names it: "2026-W48", Monday to Monday in Copenhagen. */
export type DigestWeek = { id: string; from: string; to: string; label: string };

/** The ISO week before the one `at` falls in (the digest on Monday morning is about last week). */
export function previousWeek(at: Date): DigestWeek {
  const monday = DateTime.fromJSDate(at, { zone: ZONE }).startOf("week").minus({ weeks: 1 });
  const sunday = monday.plus({ days: 6 });
  return {
    id: `${monday.weekYear}-W${String(monday.weekNumber).padStart(2, "0")}`,
    from: monday.toISODate()!,
    to: sunday.toISODate()!,
    label: `uge ${monday.weekNumber} (${monday.setLocale("da").toFormat("d. LLLL")} – ${sunday.setLocale("da").toFormat("d. LLLL yyyy")})`,
  };
}

export type DigestRecipient = { jobcentreId: string; userId: string };

/** The active managers and team leads of the jobcentres (all, or the ones named). */
export async function listDigestRecipients(jobcentreIds: string[] | null, prisma: PrismaClient = getPrisma()): Promise<DigestRecipient[]> {
  const users = await prisma.user.findMany({
    where: { active: true, role: { in: [...DIGEST_ROLES] }, ...(jobcentreIds ? { jobcentreId: { in: jobcentreIds } } : {}) },
    select: { id: true, jobcentreId: true },
    orderBy: [{ jobcentreId: "asc" }, { id: "asc" }],
  });
  return users.map((u) => ({ jobcentreId: u.jobcentreId, userId: u.id }));
}

export type DigestContent = {
  jobcentreName: string;
  week: DigestWeek;
  goalsOffTrack: Array<{ label: string; target: string; value: string; status: string }>;
  breached: Array<{ number: string; title: string; companyName: string; assigneeName: string | null; answered: boolean }>;
  overdueTasks: Array<{ consultantName: string; count: number }>;
};

const LIST_LIMIT = 25;

/** What one jobcentre's digest for a week says; the same for each of its recipients. */
export async function digestContent(jobcentreId: string, week: DigestWeek, now: Date, prisma: PrismaClient = getPrisma()): Promise<DigestContent & { breachedTotal: number }> {
  const viewer = { id: "digest", role: "MANAGER" as const, jobcentreId };
  const scope = await dashboardScope(viewer, "jobcentre", prisma);
  const year = Number(week.to.slice(0, 4));
  const dashboard = await buildDashboard(scope, { type: "range", from: `${year}-01-01`, to: week.to }, now, prisma);
  const from = DateTime.fromISO(week.from, { zone: ZONE }).toJSDate();
  const to = DateTime.fromISO(week.to, { zone: ZONE }).plus({ days: 1 }).toJSDate();
  const where = { jobcentreId, breachedAt: { gte: from, lt: to } };
  const [breached, breachedTotal, overdue] = await Promise.all([
    prisma.jobOrder.findMany({
      where,
      orderBy: { breachedAt: "asc" },
      take: LIST_LIMIT,
      select: { number: true, title: true, answeredAt: true, company: { select: { name: true } }, assignee: { select: { name: true } } },
    }),
    prisma.jobOrder.count({ where }),
    prisma.task.groupBy({ by: ["assigneeId"], where: { jobcentreId, status: "OPEN", dueAt: { lt: now } }, _count: { _all: true } }),
  ]);
  const names = new Map(
    (await prisma.user.findMany({ where: { id: { in: overdue.map((t) => t.assigneeId).filter((id): id is string => id !== null) } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]),
  );
  return {
    jobcentreName: scope.jobcentre.name,
    week,
    goalsOffTrack: dashboard.goals.filter((g) => g.offTrack).map((g) => ({ label: g.label, target: g.target, value: g.value, status: g.statusLabel })),
    breached: breached.map((o) => ({ number: o.number, title: o.title, companyName: o.company.name, assigneeName: o.assignee?.name ?? null, answered: o.answeredAt !== null })),
    breachedTotal,
    overdueTasks: overdue
      .map((t) => ({ consultantName: t.assigneeId ? names.get(t.assigneeId) ?? "Tidligere medarbejder" : "Ikke tildelt", count: t._count._all }))
      .sort((a, b) => b.count - a.count || a.consultantName.localeCompare(b.consultantName, "da")),
  };
}
