// The consultant's inbox: the jobcentre's unanswered orders by deadline, and what was answered lately.
// Every query is scoped to the user's jobcentre.
import type { Prisma, PrismaClient, User } from "@prisma/client";
import type { InboxFilter } from "~/schemas/staff";
import { getPrisma } from "~/utils/db.server";

const RECENT_DAYS = 14;
const LIST_LIMIT = 500;

function assigneeFilter(filter: InboxFilter, user: Pick<User, "id">): Prisma.JobOrderWhereInput {
  if (filter === "mine") return { assigneeId: user.id };
  if (filter === "ikke-tildelt") return { assigneeId: null };
  return {};
}

const OPEN_STATUSES = ["RECEIVED", "ASSIGNED"] as const;

export function listOpenOrders(user: Pick<User, "id" | "jobcentreId">, filter: InboxFilter, prisma: PrismaClient = getPrisma()) {
  return prisma.jobOrder.findMany({
    where: { jobcentreId: user.jobcentreId, status: { in: [...OPEN_STATUSES] }, ...assigneeFilter(filter, user) },
    // The most urgent first; an order whose deadline is not computed yet (workflow starting) last.
    orderBy: [{ dueAt: { sort: "asc", nulls: "last" } }, { receivedAt: "asc" }],
    take: LIST_LIMIT,
    select: {
      id: true,
      number: true,
      title: true,
      positions: true,
      receivedAt: true,
      warnAt: true,
      dueAt: true,
      escalationLevel: true,
      company: { select: { name: true } },
      assignee: { select: { id: true, name: true } },
      policy: true,
    },
  });
}

/** How many open orders each filter shows, for the filter's labels. */
export async function countOpenOrders(user: Pick<User, "id" | "jobcentreId">, prisma: PrismaClient = getPrisma()) {
  const base = { jobcentreId: user.jobcentreId, status: { in: [...OPEN_STATUSES] } };
  const [all, mine, unassigned] = await Promise.all([
    prisma.jobOrder.count({ where: base }),
    prisma.jobOrder.count({ where: { ...base, assigneeId: user.id } }),
    prisma.jobOrder.count({ where: { ...base, assigneeId: null } }),
  ]);
  return { alle: all, mine, "ikke-tildelt": unassigned } satisfies Record<InboxFilter, number>;
}

/** Answered in the last 14 days; "mine" means answered by the user. */
export function listRecentlyAnswered(
  user: Pick<User, "id" | "jobcentreId">,
  filter: InboxFilter,
  now: Date = new Date(),
  prisma: PrismaClient = getPrisma(),
) {
  return prisma.jobOrder.findMany({
    where: {
      jobcentreId: user.jobcentreId,
      answeredAt: { gte: new Date(now.getTime() - RECENT_DAYS * 86_400_000) },
      ...(filter === "mine" ? { answeredById: user.id } : {}),
    },
    orderBy: { answeredAt: "desc" },
    take: LIST_LIMIT,
    select: {
      id: true,
      number: true,
      title: true,
      receivedAt: true,
      answeredAt: true,
      answeredOnTime: true,
      company: { select: { name: true } },
      answeredBy: { select: { name: true } },
    },
  });
}

export const RECENTLY_ANSWERED_DAYS = RECENT_DAYS;
