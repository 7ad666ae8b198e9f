// The access matrix, generated from the route list (routes.ts): every route × every kind of visitor (nobody,
// the order's employer, another employer, each staff role of the order's jobcentre and of another), for reading
// and for every form (each intent on its own). What each may do follows from the route's access alone; a
// refusal is a redirect to the right sign-in, 403 or 404, never the other's data; no refused or empty form
// changes anything. A new route or a new intent fails the list check until it has its place here.
import crypto from "node:crypto";
import type { StaffRole as Role } from "@prisma/client";
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { jobseekerInput } from "../factories";
import { Browser, database, staff, submitOrder, type Reply } from "./http";
import { pathOf, ROUTES, type RouteEntry, type RouteValues } from "./routes";

type StaffRole = "konsulent" | "teamleder" | "leder" | "admin";
const ROLE_OF: Record<StaffRole, Role> = { konsulent: "CONSULTANT", teamleder: "TEAM_LEAD", leder: "MANAGER", admin: "ADMIN" };
type Visitor =
  | { name: string; kind: "anonymous" }
  | { name: string; kind: "employer"; own: boolean }
  | { name: string; kind: "staff"; role: StaffRole; own: boolean };

const ROLES: StaffRole[] = ["konsulent", "teamleder", "leder", "admin"];
const VISITORS: Visitor[] = [
  { name: "nobody", kind: "anonymous" },
  { name: "the order's employer", kind: "employer", own: true },
  { name: "another employer", kind: "employer", own: false },
  ...ROLES.flatMap((role) => [
    { name: `${role} of Lolland`, kind: "staff" as const, role, own: true },
    { name: `${role} of Faxe`, kind: "staff" as const, role, own: false },
  ]),
];

const ALLOWED_ROLES: Record<"staff" | "leads" | "admin", StaffRole[]> = {
  staff: ROLES,
  leads: ["teamleder", "leder", "admin"],
  admin: ["admin"],
};

/**
 * What a visitor gets from a route: the page (or the form's own answer) or the one refusal that fits, and
 * whether the answer may show the order (its number, company, contact).
 */
type Expected = { allowed: boolean; status?: number; location?: RegExp; showsOrder: boolean };

function expectedFor(route: RouteEntry, visitor: Visitor, form?: { intent: string | null }): Expected {
  // The order's company is its jobcentre's relationship: another jobcentre finds it no more than the order.
  const aboutTheOrder = ["{order}", "{company}", "{visit}", "{programme}", "{agreement}", "{campaign}"].some((placeholder) => route.path.includes(placeholder));
  const own = maySeeTheOrder(visitor);
  const refused = (status: number, location?: RegExp): Expected => ({ allowed: false, status, location, showsOrder: false });
  const allowed: Expected = { allowed: true, showsOrder: own };
  switch (route.access) {
    case "dev":
      return refused(404);
    case "public":
      return allowed;
    case "token":
      // The receipt's address is its token: whoever holds the link reads it. The others get no real token here.
      return route.path.includes("{receipt}") ? { allowed: true, showsOrder: true } : refused(404);
    case "employer":
      if (visitor.kind !== "employer") return refused(302, /^\/mine-jobordrer\/log-ind$/);
      return !visitor.own && aboutTheOrder ? refused(404) : allowed;
    default: {
      if (visitor.kind !== "staff") return refused(302, /^\/medarbejder\/log-ind\?redirectTo=/);
      if (!ALLOWED_ROLES[route.access].includes(visitor.role)) return refused(403);
      if (route.readRoles && !route.readRoles.includes(ROLE_OF[visitor.role])) return refused(403);
      if (!visitor.own && aboutTheOrder) return refused(404);
      const formRoles = form ? ((form.intent && route.intentRoles?.[form.intent]) ?? route.postRoles) : undefined;
      if (formRoles && !formRoles.includes(ROLE_OF[visitor.role])) return refused(403);
      return allowed;
    }
  }
}

/** Whether the visitor may see the order's own data at all: its employer and its jobcentre's staff. */
function maySeeTheOrder(visitor: Visitor): boolean {
  return visitor.kind !== "anonymous" && visitor.own;
}

let values: RouteValues;
let probe: { number: string; companyName: string; contactEmail: string; id: string };
const browsers = new Map<string, Browser>();

beforeAll(async () => {
  const employerB = await submitOrder();
  const order = await submitOrder();
  const row = await database().jobOrder.findUniqueOrThrow({ where: { id: order.id }, include: { company: true } });
  probe = { id: row.id, number: row.number, companyName: row.company.name, contactEmail: row.contactEmail };
  const { upsertJobseekers } = await import("../../app/models/jobseeker/register.server");
  const { ids } = await upsertJobseekers(database(), "lolland", [jobseekerInput({ externalRef: `MATRIX-${crypto.randomUUID().slice(0, 8)}` })]);
  const lolland = await database().user.findUniqueOrThrow({ where: { email: staff("konsulent", "lolland") } });
  const visit = await database().companyVisit.create({
    data: { companyId: row.companyId, jobcentreId: "lolland", kind: "OUTREACH", consultantId: lolland.id, plannedFor: new Date(Date.now() + 86_400_000), purpose: "Matrix" },
  });
  const programme = await database().visitProgramme.create({
    data: { jobcentreId: "lolland", name: `Matrix ${crypto.randomUUID().slice(0, 8)}`, employeesAbove: 3, startsOn: new Date("2026-01-01"), endsOn: new Date("2026-12-31"), followUpWithinMonths: 6 },
  });
  await database().programmeEnrolment.create({
    data: { programmeId: programme.id, companyId: row.companyId, jobcentreId: "lolland", firstVisitDueAt: new Date("2026-12-31T22:59:59.999Z") },
  });
  const lead = await database().user.findUniqueOrThrow({ where: { email: staff("teamleder", "lolland") } });
  const agreement = await database().partnershipAgreement.create({
    data: {
      jobcentreId: "lolland",
      companyId: row.companyId,
      startsOn: new Date("2026-01-01"),
      endsOn: new Date("2030-12-31"),
      contactUserId: lolland.id,
      companyContactName: "Matrix",
      companyContactEmail: "matrix@virksomhed.example",
      fastTrackResponseHours: 4,
      companyCommitments: ["Matrix"],
      jobcentreCommitments: ["Matrix"],
      createdById: lead.id,
    },
  });
  const campaign = await database().campaign.create({
    data: {
      id: crypto.randomUUID(),
      jobcentreId: "lolland",
      topic: `Matrix ${crypto.randomUUID().slice(0, 8)}`,
      startsOn: new Date("2026-01-01"),
      endsOn: new Date("2026-12-31"),
      targetCompanies: 1,
      createdById: lead.id,
      companies: { create: { companyId: row.companyId, consultantId: lolland.id } },
    },
  });
  values = { order: order.number, receipt: order.id, company: order.cvr, jobseeker: ids[0]!, visit: visit.id, programme: programme.id, agreement: agreement.id, campaign: campaign.id };

  const { createEmployerLoginToken } = await import("../../app/models/access/employer-login.server");
  for (const visitor of VISITORS) {
    const browser = new Browser();
    if (visitor.kind === "staff") await browser.signIn(staff(visitor.role, visitor.own ? "lolland" : "faxe"));
    if (visitor.kind === "employer") {
      const email = visitor.own ? order.contactEmail : employerB.contactEmail;
      const signIn = await browser.postForm(`/mine-jobordrer/log-ind/${await createEmployerLoginToken(database(), email, 1)}`, {});
      expect(signIn.status, `${visitor.name} signs in`).toBe(302);
    }
    browsers.set(visitor.name, browser);
  }
}, 120_000);

function checkReply(reply: Reply, expected: Expected, visitor: Visitor, what: string) {
  if (expected.allowed) {
    expect(reply.status, `${what}: the page, or the form's own answer`).toBeLessThan(500);
    // A form without its fields may be told that what it names is not found (404), never that it may not.
    expect([401, 403], `${what}: refused though allowed`).not.toContain(reply.status);
  } else {
    expect(reply.status, `${what}: refused`).toBe(expected.status);
    if (expected.location) expect(reply.location ?? "", `${what}: the sign-in`).toMatch(expected.location);
  }
  // A refused page may still name the visitor's own (an employer's address in the header); never the order's to others.
  if (!expected.showsOrder && !maySeeTheOrder(visitor)) {
    for (const secret of [probe.number, probe.companyName, probe.contactEmail]) {
      expect(reply.text.includes(secret), `${what}: shows the order's ${secret}`).toBe(false);
    }
  }
}

const readCases = ROUTES.flatMap((route) => VISITORS.map((visitor) => ({ route, visitor, label: `${visitor.name} reads ${route.path}` })));

describe("reading", () => {
  it.each(readCases)("$label", async ({ route, visitor }) => {
    const reply = await browsers.get(visitor.name)!.get(pathOf(route, values));
    checkReply(reply, expectedFor(route, visitor), visitor, `${visitor.name} GET ${route.path}`);
  });
});

/** What the forms could have changed of the order and of the two jobcentres. */
async function snapshot() {
  const db = database();
  const order = await db.jobOrder.findUniqueOrThrow({ where: { id: probe.id } });
  const [events, messages, referrals, tasks, policies, goals, figures, jobseekers, company, relationships, visits, enrolments, agreements, campaigns] = await Promise.all([
    db.jobOrderEvent.count({ where: { orderId: probe.id, kind: { in: ["ANSWERED", "REASSIGNED", "CLOSED", "CORRECTED", "SHARED_WITH_REGION", "MEETING_BOOKED"] } } }),
    db.orderMessage.count({ where: { orderId: probe.id } }),
    db.referral.count({ where: { orderId: probe.id } }),
    db.task.count({ where: { orderId: probe.id, kind: { not: "ANSWER" } } }),
    db.responsePolicy.count({ where: { jobcentreId: { in: ["lolland", "faxe"] } } }),
    db.planGoal.count({ where: { jobcentreId: { in: ["lolland", "faxe"] } } }),
    db.nationalFigure.count(),
    db.jobseeker.count({ where: { jobcentreId: { in: ["lolland", "faxe"] } } }),
    db.company.findUniqueOrThrow({ where: { id: order.companyId }, include: { productionUnits: true } }),
    db.companyRelationship.findMany({ where: { companyId: order.companyId }, orderBy: { jobcentreId: "asc" } }),
    db.companyVisit.findMany({ where: { companyId: order.companyId }, orderBy: { id: "asc" } }),
    // A lead's "enrol now" starts the enrolment's workflow meanwhile (its start and updatedAt change):
    // compare what a person could change.
    db.programmeEnrolment.findMany({
      where: { companyId: order.companyId },
      orderBy: { id: "asc" },
      select: { id: true, status: true, firstVisitAt: true, followUpAt: true, missedAt: true, declinedAt: true, declinedById: true },
    }),
    db.partnershipAgreement.findMany({ where: { companyId: order.companyId }, orderBy: { id: "asc" } }),
    db.campaign.findMany({ where: { jobcentreId: { in: ["lolland", "faxe"] } }, orderBy: { id: "asc" }, include: { companies: { orderBy: { companyId: "asc" } } } }),
  ]);
  // The workflow's own first writes (the clock, the assignment) may still land: compare what people change.
  const { warnAt: _w, dueAt: _d, assigneeId: _a, workflowStartedAt: _s, ...fields } = order;
  return { fields, events, messages, referrals, tasks, policies, goals, figures, jobseekers, company, relationships, visits, enrolments, agreements, campaigns };
}

// Every form without its fields (each intent on its own): the public ones are the forms' own tests' to fill.
const formCases = ROUTES.filter((r) => r.post && r.access !== "public").flatMap((route) =>
  (route.intents ?? [null]).flatMap((intent) =>
    VISITORS.map((visitor) => ({ route, intent, visitor, label: `${visitor.name} sends ${route.path}${intent ? ` (${intent})` : ""}` })),
  ),
);

describe("sending the forms", () => {
  let before: Awaited<ReturnType<typeof snapshot>>;
  beforeAll(async () => {
    // Let the order's workflow finish its first steps, so what remains to compare is what people change.
    await new Promise((r) => setTimeout(r, 1500));
    before = await snapshot();
  });

  it.each(formCases)("$label", async ({ route, intent, visitor }) => {
    const fields: Record<string, string> = intent ? { intent } : {};
    const reply = await browsers.get(visitor.name)!.postForm(pathOf(route, values), fields, "/jobordre/ny");
    checkReply(reply, expectedFor(route, visitor, { intent }), visitor, `${visitor.name} POST ${route.path}${intent ? ` (${intent})` : ""}`);
  });

  it("changed nothing of the order or the jobcentres", async () => {
    expect(await snapshot()).toEqual(before);
  });
});

describe("the matrix", () => {
  it("has every form of every route: each intent an action branches on is in the route list", () => {
    for (const route of ROUTES.filter((r) => r.post)) {
      const source = fs.readFileSync(path.resolve(import.meta.dirname, "..", "..", "app", "routes", route.file), "utf8");
      const intents = [...new Set([...source.matchAll(/intent === "([A-Za-z-]+)"/g)].map((m) => m[1]!))].sort();
      expect([...(route.intents ?? [])].sort(), route.file).toEqual(intents);
    }
  });
});
