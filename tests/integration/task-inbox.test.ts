// The task inbox on the real PostgreSQL: what a staff user sees (their jobcentre's tasks and their
// region's regional tasks, never another jobcentre's), in deadline order, with each filter and count.
// Task rows are written directly: the workflow that normally creates them is not needed for reads.
import crypto from "node:crypto";
import type { TaskKind, TaskStatus, User } from "@prisma/client";
import { beforeAll, describe, expect, it } from "vitest";
import { countTasks, findVisibleOpenTasks, listTasks } from "../../app/models/job-order/tasks.server";
import { DEFAULT_TASK_INBOX_QUERY, type TaskInboxQuery } from "../../app/schemas/task";
import {
  createJobcentre,
  createJobOrderRow,
  createJobseeker,
  createReferral,
  createRegion,
  createStaffUser,
} from "../factories";
import { prisma, useTestDatabase } from "../support/test-database";

useTestDatabase();
const now = new Date();
const hours = (h: number) => new Date(now.getTime() + h * 3_600_000);

// Region R: jobcentres A (the user's) and B (a partner). Region S: jobcentre C. Jobcentre D: no region.
let userA: User;
let colleagueA: User;
let userB: User;
let userD: User;
const ids: Record<string, string> = {};
let orderAId: string;

async function task(
  name: string,
  input: { orderId: string; jobcentreId: string; kind: TaskKind; dueAt: Date; regionId?: string; assigneeId?: string; status?: TaskStatus; referralId?: string },
) {
  const row = await prisma.task.create({
    data: { ...input, key: `${input.kind.toLowerCase()}-${name}`, createdAt: hours(-100) },
  });
  ids[name] = row.id;
}

beforeAll(async () => {
  const regionR = await createRegion(prisma);
  const regionS = await createRegion(prisma);
  const a = await createJobcentre(prisma, {}, { regionId: regionR.id });
  const b = await createJobcentre(prisma, {}, { regionId: regionR.id });
  const c = await createJobcentre(prisma, {}, { regionId: regionS.id });
  const d = await createJobcentre(prisma);
  userA = await createStaffUser(prisma, { jobcentreId: a.jobcentre.id, name: "Anna Andersen" });
  colleagueA = await createStaffUser(prisma, { jobcentreId: a.jobcentre.id, name: "Bo Bertelsen" });
  userB = await createStaffUser(prisma, { jobcentreId: b.jobcentre.id });
  userD = await createStaffUser(prisma, { jobcentreId: d.jobcentre.id });

  const orderA = await createJobOrderRow(prisma, { jobcentreId: a.jobcentre.id, policyId: a.policy.id, positions: 3, title: "Lagermedarbejder" });
  orderAId = orderA.id;
  const orderB = await createJobOrderRow(prisma, { jobcentreId: b.jobcentre.id, policyId: b.policy.id });
  const orderC = await createJobOrderRow(prisma, { jobcentreId: c.jobcentre.id, policyId: c.policy.id });
  const orderD = await createJobOrderRow(prisma, { jobcentreId: d.jobcentre.id, policyId: d.policy.id });

  const jobseeker = await createJobseeker(prisma, a.jobcentre.id, { name: "Karen Kandidat", occupations: ["Lagermedarbejder"] });
  const referral = await createReferral(prisma, { orderId: orderA.id, jobseekerId: jobseeker.id, status: "CONSENT_REQUESTED", createdAt: hours(-50) });

  const A = { orderId: orderA.id, jobcentreId: a.jobcentre.id };
  // Created out of deadline order, so the order of the list is the query's.
  await task("a-search-mine", { ...A, kind: "SEARCH", dueAt: hours(48), assigneeId: userA.id });
  await task("a-answer-unassigned", { ...A, kind: "ANSWER", dueAt: hours(2) });
  await task("a-consent-overdue", { ...A, kind: "CONSENT_FOLLOW_UP", dueAt: hours(-3), assigneeId: colleagueA.id, referralId: referral.id });
  await task("a-regional-mine", { ...A, kind: "REGIONAL_RECRUITMENT", dueAt: hours(72), regionId: regionR.id, assigneeId: userA.id });
  await task("a-meeting-done", { ...A, kind: "MEETING", dueAt: hours(-10), status: "DONE" });
  await task("a-follow-up-cancelled", { ...A, kind: "FOLLOW_UP", dueAt: hours(1), status: "CANCELLED" });
  await task("b-regional-unassigned", { orderId: orderB.id, jobcentreId: b.jobcentre.id, kind: "REGIONAL_RECRUITMENT", dueAt: hours(24), regionId: regionR.id });
  await task("b-search", { orderId: orderB.id, jobcentreId: b.jobcentre.id, kind: "SEARCH", dueAt: hours(1), assigneeId: userB.id });
  await task("c-regional", { orderId: orderC.id, jobcentreId: c.jobcentre.id, kind: "REGIONAL_RECRUITMENT", dueAt: hours(-1), regionId: regionS.id });
  await task("d-answer", { orderId: orderD.id, jobcentreId: d.jobcentre.id, kind: "ANSWER", dueAt: hours(5) });
});


/** A query of every task the user may see, unless told otherwise. */
function q(overrides: Partial<TaskInboxQuery> = {}): TaskInboxQuery {
  return { ...DEFAULT_TASK_INBOX_QUERY, vis: "alle", ...overrides };
}

async function names(user: User, query: TaskInboxQuery) {
  const byId = new Map(Object.entries(ids).map(([name, id]) => [id, name]));
  return (await listTasks(user, query, now, prisma)).map((t) => byId.get(t.id) ?? t.id);
}

describe("listTasks", () => {
  it("lists the open tasks of the user's jobcentre and the region's regional tasks, the earliest deadline first", async () => {
    expect(await names(userA, q())).toEqual([
      "a-consent-overdue",
      "a-answer-unassigned",
      "b-regional-unassigned",
      "a-search-mine",
      "a-regional-mine",
    ]);
  });

  it("gives each task its order, assignee and the referral's jobseeker", async () => {
    const tasks = await listTasks(userA, q(), now, prisma);
    const consent = tasks.find((t) => t.id === ids["a-consent-overdue"])!;
    expect(consent.kind).toBe("CONSENT_FOLLOW_UP");
    expect(consent.referral?.jobseeker.name).toBe("Karen Kandidat");
    expect(consent.assignee).toEqual({ id: colleagueA.id, name: "Bo Bertelsen" });
    expect(consent.order).toMatchObject({ title: "Lagermedarbejder", positions: 3, escalationLevel: 0 });
    expect(consent.order.number).toMatch(/^JO-TEST-/);
    expect(consent.order.company.name).toMatch(/Testvirksomhed/);
    expect(consent.order.policy.responseHours).toBeGreaterThan(0);
    const regional = tasks.find((t) => t.id === ids["b-regional-unassigned"])!;
    expect(regional.regionId).not.toBeNull();
    expect(regional.assignee).toBeNull();
    expect(regional.jobcentreId).toBe(userB.jobcentreId);
  });

  it("shows the partner jobcentre its own tasks and the region's regional tasks, not the user's others", async () => {
    expect(await names(userB, q())).toEqual(["b-search", "b-regional-unassigned", "a-regional-mine"]);
  });

  it("shows a jobcentre without a region only its own tasks", async () => {
    expect(await names(userD, q())).toEqual(["d-answer"]);
  });

  it("filters on the view", async () => {
    expect(await names(userA, q({ vis: "mine" }))).toEqual(["a-search-mine", "a-regional-mine"]);
    expect(await names(userA, q({ vis: "ikke-tildelt" }))).toEqual(["a-answer-unassigned", "b-regional-unassigned"]);
    expect(await names(userA, q({ vis: "regionale" }))).toEqual(["b-regional-unassigned", "a-regional-mine"]);
  });

  it("filters on the kind", async () => {
    expect(await names(userA, q({ type: "SEARCH" }))).toEqual(["a-search-mine"]);
    expect(await names(userA, q({ type: "ANSWER" }))).toEqual(["a-answer-unassigned"]);
    expect(await names(userA, q({ type: "MEETING" }))).toEqual([]);
    expect(await names(userA, q({ type: "REGIONAL_RECRUITMENT", vis: "mine" }))).toEqual(["a-regional-mine"]);
  });

  it("shows only overdue tasks when asked", async () => {
    expect(await names(userA, q({ forfaldne: true }))).toEqual(["a-consent-overdue"]);
    expect(await names(userA, q({ forfaldne: true, vis: "mine" }))).toEqual([]);
    // A task due in two hours is overdue three hours later.
    expect((await listTasks(userA, q({ forfaldne: true }), hours(3), prisma)).map((t) => t.id)).toEqual([
      ids["a-consent-overdue"],
      ids["a-answer-unassigned"],
    ]);
  });
});

describe("the inbox search", () => {
  it("finds tasks by a part of the order number, the title or the company's name, in any case", async () => {
    const order = await prisma.jobOrder.findUniqueOrThrow({ where: { id: orderAId }, include: { company: true } });
    const open = ["a-consent-overdue", "a-answer-unassigned", "a-search-mine", "a-regional-mine"];
    expect(await names(userA, q({ soeg: order.number.slice(-5) }))).toEqual(open);
    expect(await names(userA, q({ soeg: "lagermedARB" }))).toEqual(open);
    expect(await names(userA, q({ soeg: order.company.name.slice(0, 8).toUpperCase() }))).toEqual(expect.arrayContaining(open));
    expect(await names(userA, q({ soeg: "findes ikke" }))).toEqual([]);
  });

  it("finds tasks by the company's CVR number, with or without spaces", async () => {
    const order = await prisma.jobOrder.findUniqueOrThrow({ where: { id: orderAId }, include: { company: true } });
    const spaced = order.company.cvr.replace(/(\d{2})(?=\d)/g, "$1 ");
    expect(await names(userA, q({ soeg: spaced }))).toContain("a-search-mine");
  });

  it("counts each view with the search", async () => {
    expect(await countTasks(userA, q({ soeg: "Lagermedarbejder" }), now, prisma)).toEqual({ alle: 4, mine: 2, "ikke-tildelt": 1, regionale: 1 });
  });
});

describe("the inbox pages", () => {
  it("gives 50 tasks a page, the next page going on where the first stopped", async () => {
    const { jobcentre, policy } = await createJobcentre(prisma);
    const user = await createStaffUser(prisma, { jobcentreId: jobcentre.id });
    const order = await createJobOrderRow(prisma, { jobcentreId: jobcentre.id, policyId: policy.id, workflowStartedAt: now });
    await prisma.task.createMany({
      data: Array.from({ length: 53 }, (_, i) => ({ orderId: order.id, jobcentreId: jobcentre.id, key: `follow-up-${i}`, kind: "FOLLOW_UP" as const, dueAt: hours(i), createdAt: hours(-1), assigneeId: user.id })),
    });
    const first = await listTasks(user, q({ vis: "mine" }), now, prisma);
    const second = await listTasks(user, q({ vis: "mine", side: 2 }), now, prisma);
    expect(first).toHaveLength(50);
    expect(second.map((t) => t.dueAt.getTime())).toEqual([50, 51, 52].map((i) => hours(i).getTime()));
    expect(new Set([...first, ...second].map((t) => t.id)).size).toBe(53);
    expect((await countTasks(user, q(), now, prisma)).mine).toBe(53);
  });
});

describe("countTasks", () => {
  it("counts each view", async () => {
    expect(await countTasks(userA, q(), now, prisma)).toEqual({ alle: 5, mine: 2, "ikke-tildelt": 2, regionale: 2 });
    expect(await countTasks(userB, q(), now, prisma)).toEqual({ alle: 3, mine: 1, "ikke-tildelt": 1, regionale: 2 });
    expect(await countTasks(userD, q(), now, prisma)).toEqual({ alle: 1, mine: 0, "ikke-tildelt": 1, regionale: 0 });
  });

  it("counts with the kind and overdue filters, so a view's count is the length of its list", async () => {
    expect(await countTasks(userA, q({ type: "REGIONAL_RECRUITMENT" }), now, prisma)).toEqual({ alle: 2, mine: 1, "ikke-tildelt": 1, regionale: 2 });
    expect(await countTasks(userA, q({ forfaldne: true }), now, prisma)).toEqual({ alle: 1, mine: 0, "ikke-tildelt": 0, regionale: 0 });
  });
});

describe("findVisibleOpenTasks", () => {
  it("keeps only the open tasks the user may see", async () => {
    const asked = [ids["a-search-mine"]!, ids["b-search"]!, ids["c-regional"]!, ids["a-meeting-done"]!, ids["b-regional-unassigned"]!, crypto.randomUUID()];
    const found = await findVisibleOpenTasks(userA, asked, prisma);
    expect(found.map((t) => t.id).sort()).toEqual([ids["a-search-mine"], ids["b-regional-unassigned"]].sort());
    expect(found.every((t) => /^JO-TEST-/.test(t.order.number))).toBe(true);
  });

  it("finds nothing for nothing", async () => {
    expect(await findVisibleOpenTasks(userA, [], prisma)).toEqual([]);
  });
});
