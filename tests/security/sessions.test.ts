// A session ends after SESSION_IDLE_MINUTES without use and at its absolute end, and signing out ends it
// on the server; a page seen before signing out is not kept by the browser.
import { describe, expect, it } from "vitest";
import { Browser, database, staff } from "./http";

async function sessionRow(browser: Browser) {
  const rows = await database().session.findMany({ orderBy: { createdAt: "desc" }, take: 20 });
  const cookie = decodeURIComponent(browser.cookies.get("__session") ?? "");
  // The cookie is the signed row id: "<base64 of the JSON id>.<signature>".
  const id = JSON.parse(Buffer.from(cookie.split(".")[0]!, "base64").toString("utf8")) as string;
  const row = rows.find((r) => r.id === id);
  if (!row) throw new Error("no session row for the browser's cookie");
  return row;
}

describe("a staff session", () => {
  it("ends after the idle time", async () => {
    const browser = new Browser();
    await browser.signIn(staff("konsulent"));
    expect((await browser.get("/indbakke")).status).toBe(200);
    const row = await sessionRow(browser);
    await database().session.update({ where: { id: row.id }, data: { lastSeenAt: new Date(Date.now() - 31 * 60_000) } });
    const reply = await browser.get("/indbakke");
    expect(reply.status).toBe(302);
    expect(reply.location).toMatch(/^\/medarbejder\/log-ind/);
    expect(await database().session.findUnique({ where: { id: row.id } })).toBeNull();
  });

  it("is kept alive by use", async () => {
    const browser = new Browser();
    await browser.signIn(staff("konsulent"));
    const row = await sessionRow(browser);
    await database().session.update({ where: { id: row.id }, data: { lastSeenAt: new Date(Date.now() - 20 * 60_000) } });
    expect((await browser.get("/aktiv")).status).toBe(204);
    const touched = await database().session.findUniqueOrThrow({ where: { id: row.id } });
    expect(Date.now() - touched.lastSeenAt.getTime()).toBeLessThan(60_000);
  });

  it("ends at its absolute end however busy", async () => {
    const browser = new Browser();
    await browser.signIn(staff("konsulent"));
    const row = await sessionRow(browser);
    await database().session.update({ where: { id: row.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await browser.get("/indbakke")).status).toBe(302);
  });

  it("ends on the server at sign-out, so the old cookie opens nothing", async () => {
    const browser = new Browser();
    await browser.signIn(staff("konsulent"));
    const cookie = browser.cookies.get("__session")!;
    const out = await browser.request("/log-ud", {
      method: "POST",
      body: new URLSearchParams({ csrf: await browser.csrfToken("/indbakke") }),
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
    });
    expect(out.status).toBe(302);
    const replay = new Browser();
    replay.cookies.set("__session", cookie);
    expect((await replay.get("/indbakke")).status).toBe(302);
  });
});
