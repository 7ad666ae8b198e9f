// Who reaches which route beyond the generated matrix (access-matrix.test.ts): the route list (routes.ts)
// names every route file; query variants, unknown tokens, profiles, figures and forms filled in, against the
// production web process.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { jobseekerInput } from "../factories";
import { Browser, database, staff, submitOrder } from "./http";
import { pathOf, ROUTES, type RouteValues } from "./routes";

let values: RouteValues;

beforeAll(async () => {
  const order = await submitOrder();
  values = { order: order.number, receipt: order.id, company: order.cvr };
});

describe("the route list", () => {
  it("names every route file of the portal", () => {
    // A route is a file of app/routes, or a folder with its route.tsx and the forms beside it.
    const entries = fs.readdirSync(path.resolve(import.meta.dirname, "..", "..", "app", "routes"), { withFileTypes: true });
    const files = entries.flatMap((e) => (e.isDirectory() ? [`${e.name}/route.tsx`] : /\.tsx?$/.test(e.name) ? [e.name] : []));
    expect(ROUTES.map((r) => r.file).sort()).toEqual(files.sort());
  });
});

describe("nobody signed in", () => {
  it.each(ROUTES.filter((r) => r.access === "public" && !r.post))("reads $path", async (route) => {
    expect((await new Browser().get(pathOf(route, values))).status).toBeLessThan(300);
  });

  it("finds no order, survey or consent behind an unknown token", async () => {
    for (const route of ROUTES.filter((r) => r.access === "token" && r.file !== "mine-jobordrer.log-ind_.$token.tsx")) {
      const unknown = route.path.replace("{receipt}", "00000000-0000-4000-8000-000000000000").replace("{token}", "A".repeat(43));
      expect((await new Browser().get(unknown)).status).toBe(404);
    }
  });

});

describe("staff by role", () => {
  const cases: Array<[string, "konsulent" | "teamleder" | "leder" | "admin", number]> = [
    ["/jobsogere/import", "konsulent", 403],
    ["/ledelse/svartider", "konsulent", 403],
    ["/admin/politik", "konsulent", 403],
    ["/admin/politik", "teamleder", 403],
    ["/admin/politik", "leder", 403],
    ["/jobsogere/import", "teamleder", 200],
    ["/virksomheder/import", "konsulent", 403],
    ["/virksomheder/import", "teamleder", 200],
    ["/ledelse/svartider", "leder", 200],
    ["/admin/politik", "admin", 200],
    ["/admin/maal", "konsulent", 403],
    ["/admin/maal", "leder", 403],
    ["/admin/maal", "admin", 200],
    ["/ledelse", "konsulent", 200],
    ["/ledelse", "leder", 200],
    ["/ledelse?omraade=region", "teamleder", 200],
    ["/ledelse/rapport", "konsulent", 403],
    ["/ledelse/rapport", "leder", 200],
  ];
  it.each(cases)("%s as %s answers %i", async (path, who, status) => {
    const browser = new Browser();
    await browser.signIn(staff(who));
    expect((await browser.get(path)).status).toBe(status);
  });
});

describe("staff of another jobcentre", () => {
  it.each(["/ordrer/{order}", "/ordrer/{order}/kandidater"])("does not find Lolland's order at %s", async (pattern) => {
    const browser = new Browser();
    await browser.signIn(staff("konsulent", "faxe"));
    const reply = await browser.get(pattern.replace("{order}", encodeURIComponent(values.order)));
    expect(reply.status).toBe(404);
  });

  it("cannot write in the thread of Lolland's order", async () => {
    const browser = new Browser();
    await browser.signIn(staff("konsulent", "faxe"));
    const reply = await browser.postForm(`/ordrer/${encodeURIComponent(values.order)}`, { intent: "message", text: "Hej", updateKey: crypto.randomUUID() }, "/indbakke");
    expect(reply.status).toBe(404);
  });

  it("cannot answer Lolland's order", async () => {
    const browser = new Browser();
    await browser.signIn(staff("konsulent", "faxe"));
    const reply = await browser.postForm(
      `/ordrer/${encodeURIComponent(values.order)}`,
      { intent: "answer", text: "Vi tager den.", updateKey: crypto.randomUUID() },
      "/indbakke",
    );
    expect(reply.status).toBe(404);
    const order = await database().jobOrder.findUniqueOrThrow({ where: { number: values.order } });
    expect(order.answeredAt).toBeNull();
  });
});

describe("a candidate's profile", () => {
  const profilePath = (jobseekerId: string) => `/ordrer/${encodeURIComponent(values.order)}/kandidater/${jobseekerId}`;
  const seekers: Record<"lolland" | "faxe", { id: string; name: string }> = {} as never;

  beforeAll(async () => {
    const { upsertJobseekers } = await import("../../app/models/jobseeker/register.server");
    for (const jobcentreId of ["lolland", "faxe"] as const) {
      const input = jobseekerInput({ externalRef: `PROFIL-${crypto.randomUUID().slice(0, 8)}`, name: `Profil ${jobcentreId}` });
      const { ids } = await upsertJobseekers(database(), jobcentreId, [input]);
      seekers[jobcentreId] = { id: ids[0]!, name: input.name };
    }
  });

  it("opens for a consultant of the order's jobcentre, and the read is logged", async () => {
    const seeker = seekers.lolland;
    const browser = new Browser();
    await browser.signIn(staff("konsulent"));
    const page = await browser.get(profilePath(seeker.id));
    expect(page.status).toBe(200);
    expect(page.text).toContain(seeker.name);
    const consultant = await database().user.findUniqueOrThrow({ where: { email: staff("konsulent") } });
    expect(await database().personalDataAccess.count({ where: { actorId: consultant.id, jobseekerId: seeker.id, permitted: true } })).toBeGreaterThan(0);
  });

  it("does not open another jobcentre's jobseeker on Lolland's order, and logs the refusal", async () => {
    const seeker = seekers.faxe;
    const browser = new Browser();
    await browser.signIn(staff("konsulent"));
    expect((await browser.get(profilePath(seeker.id))).status).toBe(404);
    expect(await database().personalDataAccess.count({ where: { jobseekerId: seeker.id, permitted: false } })).toBeGreaterThan(0);
  });

  it("does not open Lolland's order for Faxe's consultant", async () => {
    const seeker = seekers.lolland;
    const browser = new Browser();
    await browser.signIn(staff("konsulent", "faxe"));
    const reply = await browser.get(profilePath(seeker.id));
    expect(reply.status).toBe(404);
    expect(reply.text).not.toContain(seeker.name);
  });
});

describe("the management figures of another jobcentre", () => {
  const list = "/ledelse/ordrer?maengde=received&fra=2020-01-01&til=2021-12-31";
  const recent = () => {
    const today = new Date().toISOString().slice(0, 10);
    const yearAgo = `${Number(today.slice(0, 4)) - 1}${today.slice(4, 8)}01`;
    return `maengde=received&fra=${yearAgo}&til=${today}`;
  };

  it("leave Lolland's orders out of Faxe's drill-down and its export", async () => {
    const browser = new Browser();
    await browser.signIn(staff("leder", "faxe"));
    const page = await browser.get(`/ledelse/ordrer?${recent()}`);
    expect(page.status).toBe(200);
    expect(page.text).not.toContain(values.order);
    const csv = await browser.get(`/ledelse/ordrer/eksport?${recent()}&format=csv`);
    expect(csv.status).toBe(200);
    expect(csv.text).not.toContain(values.order);
    expect((await browser.get(list)).status).toBe(200);
    const referrals = await browser.get(`/ledelse/henvisninger/eksport?${recent().replace("received", "referred")}&format=csv`);
    expect(referrals.status).toBe(200);
    expect(referrals.text).not.toContain(values.order);
  });

  it("do not open a list of a Lolland consultant's orders", async () => {
    const lolland = await database().user.findFirstOrThrow({ where: { jobcentreId: "lolland", role: "CONSULTANT" } });
    const browser = new Browser();
    await browser.signIn(staff("leder", "faxe"));
    expect((await browser.get(`${list}&konsulent=${lolland.id}`)).status).toBe(404);
    expect((await browser.get(`/ledelse/ordrer/eksport?${recent()}&konsulent=${lolland.id}&format=xlsx`)).status).toBe(404);
  });

  it("give a consultant only their own orders", async () => {
    const colleague = await database().user.findFirstOrThrow({ where: { jobcentreId: "lolland", role: "TEAM_LEAD" } });
    const browser = new Browser();
    await browser.signIn(staff("konsulent"));
    expect((await browser.get(`${list}&konsulent=${colleague.id}`)).status).toBe(404);
  });

  it("answer bad periods with a Danish error, not a 500", async () => {
    const browser = new Browser();
    await browser.signIn(staff("leder"));
    const reversed = await browser.get("/ledelse?periode=interval&fra=2026-03-02&til=2026-03-01");
    expect(reversed.status).toBe(200);
    expect(reversed.text).toContain("Til-datoen skal være samme dag som eller efter fra-datoen.");
    expect((await browser.get("/ledelse?periode=maaned&maaned=2026-02-30")).status).toBe(200);
    expect((await browser.get("/ledelse/ordrer?maengde=intet&fra=2026-01-01&til=2026-01-31")).status).toBe(400);
    expect((await browser.get("/ledelse/ordrer?maengde=received&fra=2026-02-30&til=2026-03-01")).status).toBe(400);
    expect((await browser.get("/ledelse/tabel?tabel=findes-ikke&format=csv")).status).toBe(404);
    // Received orders have no referrals to list.
    expect((await browser.get("/ledelse/henvisninger?maengde=received&fra=2026-01-01&til=2026-01-31")).status).toBe(404);
  });
});

describe("an admin of another jobcentre", () => {
  it("cannot delete Lolland's goal, and sees only Faxe's goals", async () => {
    const goal = await database().planGoal.findFirstOrThrow({ where: { jobcentreId: "lolland" } });
    const browser = new Browser();
    await browser.signIn(staff("admin", "faxe"));
    const page = await browser.get(`/admin/maal?aar=${goal.year}`);
    expect(page.status).toBe(200);
    expect(page.text).not.toContain(goal.wording);
    const reply = await browser.postForm("/admin/maal", { intent: "deleteGoal", goalId: goal.id, year: String(goal.year) }, `/admin/maal?aar=${goal.year}`);
    expect(reply.status).toBe(404);
    expect(await database().planGoal.count({ where: { id: goal.id } })).toBe(1);
  });
});

describe("an employer", () => {
  it("does not find another employer's order", async () => {
    const other = await submitOrder();
    const token = await employerSignInToken(other.contactEmail);
    const browser = new Browser();
    const signIn = await browser.postForm(`/mine-jobordrer/log-ind/${token}`, {});
    expect(signIn.status).toBe(302);
    expect((await browser.get(`/mine-jobordrer/${encodeURIComponent(other.number)}`)).status).toBe(200);
    expect((await browser.get(`/mine-jobordrer/${encodeURIComponent(values.order)}`)).status).toBe(404);
    expect((await browser.get("/indbakke")).status).toBe(302);
  });

  it("cannot open or send a correction of another employer's order, and the order is unchanged", async () => {
    const other = await submitOrder();
    const browser = new Browser();
    expect((await browser.postForm(`/mine-jobordrer/log-ind/${await employerSignInToken(other.contactEmail)}`, {})).status).toBe(302);
    const own = `/mine-jobordrer/${encodeURIComponent(other.number)}/ret`;
    const foreign = `/mine-jobordrer/${encodeURIComponent(values.order)}/ret`;
    const before = await database().jobOrder.findUniqueOrThrow({ where: { number: values.order } });
    expect((await browser.get(own)).status).toBe(200);
    expect((await browser.get(foreign)).status).toBe(404);
    const reply = await browser.postForm(
      foreign,
      { title: "Overtaget", description: "En beskrivelse, der er lang nok.", positions: "9", hoursPerWeek: "37", startDate: "1.1.2030", contactName: "X", contactPhone: "20304050", updateKey: crypto.randomUUID() },
      own,
    );
    expect(reply.status).toBe(404);
    expect(reply.text).not.toContain(before.title);
    expect(await database().jobOrder.findUniqueOrThrow({ where: { number: values.order } })).toMatchObject({ positions: before.positions, title: before.title });
  });
});

/** A sign-in link token for the employer, as the receipt mail carries it. */
async function employerSignInToken(email: string): Promise<string> {
  const { createEmployerLoginToken } = await import("../../app/models/access/employer-login.server");
  return createEmployerLoginToken(database(), email, 1);
}
