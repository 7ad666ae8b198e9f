// The task inbox: the open tasks a staff user may see, most urgent first. Tasks are created and closed
// by the orders' workflows; this module only reads them. What a user sees is their own jobcentre's
// tasks and the regional tasks of their jobcentre's region (the regional recruitment service is
// staffed by all its jobcentres). The scope query is the access check, for reads and the hand-over.
import type { Prisma, PrismaClient, User } from "@prisma/client";
import type { TaskInboxQuery, TaskInboxView } from "~/schemas/task";
import { TASK_INBOX_VIEWS, TASK_PAGE_SIZE } from "~/schemas/task";
import { getPrisma } from "~/utils/db.server";

type Staff = Pick<User, "id" | "jobcentreId">;

/** Open tasks the user may see: their jobcentre's, and the regional ones of its region. */
export async function tasksVisibleTo(user: Pick<User, "jobcentreId">, prisma: PrismaClient = getPrisma()): Promise<Prisma.TaskWhereInput> {
  const own = await prisma.jobcentre.findUnique({ where: { id: user.jobcentreId }, select: { regionId: true } });
  const scope: Prisma.TaskWhereInput = own?.regionId
    ? { OR: [{ jobcentreId: user.jobcentreId }, { regionId: own.regionId }] }
    : { jobcentreId: user.jobcentreId };
  return { AND: [{ status: "OPEN" }, scope] };
}

function viewFilter(view: TaskInboxView, user: Pick<User, "id">): Prisma.TaskWhereInput {
  switch (view) {
    case "mine":
      return { assigneeId: user.id };
    case "ikke-tildelt":
      return { assigneeId: null };
    case "regionale":
      return { regionId: { not: null } };
    case "alle":
      return {};
  }
}

/**
 * The search: a part of the order's number, title or company name (any case), or the company's CVR number
 * (its eight digits, spaces allowed, as on an invoice).
 */
function searchFilter(text: string): Prisma.TaskWhereInput | null {
  if (!text) return null;
  const contains = { contains: text, mode: "insensitive" as const };
  const digits = text.replace(/\s/g, "");
  const or: Prisma.TaskWhereInput[] = [{ order: { number: contains } }, { order: { title: contains } }, { order: { company: { name: contains } } }];
  if (/^\d{8}$/.test(digits)) or.push({ order: { company: { cvr: digits } } });
  return { OR: or };
}

/** The type, overdue and search filters, shared by the list and the counts of each view. */
function otherFilters(query: Pick<TaskInboxQuery, "type" | "forfaldne" | "soeg">, now: Date): Prisma.TaskWhereInput[] {
  const filters: Prisma.TaskWhereInput[] = [];
  const search = searchFilter(query.soeg);
  if (search) filters.push(search);
  if (query.type !== "alle") filters.push({ kind: query.type });
  // Overdue: the deadline has passed (the same moment describeTimeLeft calls "Overskredet").
  if (query.forfaldne) filters.push({ dueAt: { lt: now } });
  return filters;
}

const taskSelect = {
  id: true,
  kind: true,
  dueAt: true,
  jobcentreId: true,
  regionId: true,
  jobcentre: { select: { name: true } },
  assignee: { select: { id: true, name: true } },
  referral: { select: { jobseeker: { select: { name: true } } } },
  order: {
    select: {
      id: true,
      number: true,
      title: true,
      positions: true,
      warnAt: true,
      dueAt: true,
      escalationLevel: true,
      fastTrack: true,
      company: { select: { name: true } },
      policy: true,
    },
  },
} satisfies Prisma.TaskSelect;

export type InboxTask = Prisma.TaskGetPayload<{ select: typeof taskSelect }>;

/**
 * The query's page of tasks (TASK_PAGE_SIZE a page): those of orders on a partnership agreement's fast track
 * first, then the earliest deadline first.
 */
export async function listTasks(user: Staff, query: TaskInboxQuery, now: Date = new Date(), prisma: PrismaClient = getPrisma()): Promise<InboxTask[]> {
  const scope = await tasksVisibleTo(user, prisma);
  return prisma.task.findMany({
    where: { AND: [scope, viewFilter(query.vis, user), ...otherFilters(query, now)] },
    // Same deadline: the older task first, then a stable order so the list does not shuffle.
    orderBy: [{ order: { fastTrack: "desc" } }, { dueAt: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    skip: (query.side - 1) * TASK_PAGE_SIZE,
    take: TASK_PAGE_SIZE,
    select: taskSelect,
  });
}

/**
 * How many tasks each view shows with the query's type, overdue and search filters, for the labels of the
 * view choices: the chosen view's count is the length of its (uncapped) list.
 */
export async function countTasks(
  user: Staff,
  query: Pick<TaskInboxQuery, "type" | "forfaldne" | "soeg">,
  now: Date = new Date(),
  prisma: PrismaClient = getPrisma(),
): Promise<Record<TaskInboxView, number>> {
  const scope = await tasksVisibleTo(user, prisma);
  const others = otherFilters(query, now);
  const counts = await Promise.all(
    TASK_INBOX_VIEWS.map((view) => prisma.task.count({ where: { AND: [scope, viewFilter(view, user), ...others] } })),
  );
  return Object.fromEntries(TASK_INBOX_VIEWS.map((view, i) => [view, counts[i]!])) as Record<TaskInboxView, number>;
}

/** Of the given ids, the open tasks the user may see (with their order's number): what a hand-over may move. */
export async function findVisibleOpenTasks(user: Pick<User, "jobcentreId">, taskIds: string[], prisma: PrismaClient = getPrisma()) {
  if (taskIds.length === 0) return [];
  const scope = await tasksVisibleTo(user, prisma);
  return prisma.task.findMany({
    where: { AND: [scope, { id: { in: taskIds } }] },
    select: { id: true, order: { select: { number: true } } },
  });
}
