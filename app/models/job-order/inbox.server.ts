// The inbox's second table: the jobcentre's orders answered lately (the open work is the task inbox,
// app/models/job-order/tasks.server.ts). Every query is scoped to the user's jobcentre.
import type { PrismaClient, User } from "@prisma/client";
import { getPrisma } from "~/utils/db.server";

const RECENT_DAYS = 14;
const LIST_LIMIT = 500;

/** "mine": answered by the user; "alle": by anyone in the jobcentre. */
export type RecentlyAnsweredFilter = "mine" | "alle";

/** Answered in the last 14 days; "mine" means answered by the user. */
export function listRecentlyAnswered(
  user: Pick<User, "id" | "jobcentreId">,
  filter: RecentlyAnsweredFilter,
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
