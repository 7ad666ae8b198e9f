// The portal as `npm run start:web` starts it is production: security headers, a nonce CSP with no
// inline script allowed, HSTS, Secure cookies, nothing personal cached, and no start with weak secrets.
import { describe, expect, it } from "vitest";
import { Browser, portal, staff } from "./http";
import { startEntryPoint } from "../../scripts/lib/production-processes";

function cookieLine(lines: string[], name: string): string {
  const line = lines.find((l) => l.startsWith(`${name}=`));
  if (!line) throw new Error(`no Set-Cookie for ${name} in ${JSON.stringify(lines)}`);
  return line;
}

describe("the production web process", () => {
  it("sends the security headers on a page", async () => {
    const page = await new Browser().get("/");
    expect(page.status).toBe(200);
    expect(page.headers.get("Strict-Transport-Security")).toBe("max-age=31536000; includeSubDomains");
    expect(page.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(page.headers.get("X-Frame-Options")).toBe("DENY");
    expect(page.headers.get("Referrer-Policy")).toBe("same-origin");
    expect(page.headers.get("Cross-Origin-Opener-Policy")).toBe("same-origin");
    expect(page.headers.get("X-Powered-By")).toBeNull();
  });

  it("allows only the scripts that carry this response's nonce", async () => {
    const first = await new Browser().get("/jobordre/ny");
    const second = await new Browser().get("/jobordre/ny");
    const csp = first.headers.get("Content-Security-Policy") ?? "";
    const scriptSrc = csp.split(";").map((d) => d.trim()).find((d) => d.startsWith("script-src")) ?? "";
    const nonce = /'nonce-([^']+)'/.exec(scriptSrc)?.[1];
    expect(nonce).toBeTruthy();
    expect(scriptSrc).not.toContain("unsafe-inline");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(second.headers.get("Content-Security-Policy")).not.toContain(nonce!);
    const inlineScripts = [...first.text.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>/g)];
    expect(inlineScripts.length).toBeGreaterThan(0);
    for (const [, attributes] of inlineScripts) expect(attributes).toContain(`nonce="${nonce}"`);
  });

  it("marks the CSRF cookie HttpOnly, Secure and SameSite=Lax", async () => {
    const page = await new Browser().get("/jobordre/ny");
    const csrf = cookieLine(page.setCookies, "__csrf");
    expect(csrf).toMatch(/; HttpOnly/i);
    expect(csrf).toMatch(/; Secure/i);
    expect(csrf).toMatch(/; SameSite=Lax/i);
  });

  it("marks the session cookie HttpOnly, Secure and SameSite=Lax and gives a new CSRF token at sign-in", async () => {
    const browser = new Browser();
    const tokenBefore = await browser.csrfToken("/medarbejder/log-ind");
    const signedIn = await browser.signIn(staff("konsulent"));
    expect(signedIn.status).toBe(302);
    const session = cookieLine(signedIn.setCookies, "__session");
    expect(session).toMatch(/; HttpOnly/i);
    expect(session).toMatch(/; Secure/i);
    expect(session).toMatch(/; SameSite=Lax/i);
    expect(session).toMatch(/; Path=\//i);
    cookieLine(signedIn.setCookies, "__csrf");
    expect(await browser.csrfToken("/indbakke")).not.toBe(tokenBefore);
  });

  it.each(["/", "/jobordre/ny", "/medarbejder/log-ind", "/mine-jobordrer/log-ind", "/indbakke", "/jobsogere", "/healthz", "/aktiv"])(
    "tells browsers and proxies not to store %s",
    async (path) => {
      const browser = new Browser();
      await browser.signIn(staff("teamleder"));
      const reply = await browser.get(path);
      expect(reply.status).toBeLessThan(400);
      expect(reply.headers.get("Cache-Control")).toBe("no-store");
    },
  );

  it("lets browsers keep the static files", async () => {
    const page = await new Browser().get("/");
    const asset = /<link rel="stylesheet" href="(\/build\/[^"]+\.css)"/.exec(page.text)?.[1];
    expect(asset).toBeTruthy();
    const reply = await new Browser().get(asset!);
    expect(reply.status).toBe(200);
    expect(reply.headers.get("Cache-Control")).toContain("immutable");
  });

  it("has no development mail pages", async () => {
    const browser = new Browser();
    await browser.signIn(staff("admin"));
    for (const path of ["/dev/mails", "/dev/emails"]) expect((await browser.get(path)).status).toBe(404);
  });
});

describe("starting in production", () => {
  async function exitOf(script: string, change: Record<string, string | undefined>): Promise<{ code: number | null; output: string }> {
    const env = Object.fromEntries(Object.entries({ ...portal.productionEnv, PORT: "1", ...change }).filter((e): e is [string, string] => e[1] !== undefined));
    const started = startEntryPoint(script, env);
    const code = await new Promise<number | null>((resolve) => started.child.once("exit", resolve));
    return { code, output: started.output() };
  }

  it.each([
    ["the example SESSION_SECRET", { SESSION_SECRET: "development-only-secret-change-me-in-production-0123" }, "SESSION_SECRET"],
    ["a short SESSION_SECRET", { SESSION_SECRET: "kort" }, "SESSION_SECRET"],
    ["a SESSION_SECRET of one repeated character", { SESSION_SECRET: "a".repeat(64) }, "SESSION_SECRET"],
    ["no LINK_SECRET", { LINK_SECRET: undefined }, "LINK_SECRET"],
    ["LINK_SECRET equal to SESSION_SECRET", { LINK_SECRET: portal.productionEnv.SESSION_SECRET }, "LINK_SECRET"],
    ["TRUST_PROXY=true", { TRUST_PROXY: "true" }, "TRUST_PROXY"],
  ])("the web process refuses %s", async (_what, change, setting) => {
    const { code, output } = await exitOf("scripts/serve.ts", change);
    expect(code).toBe(1);
    expect(output).toContain(setting);
    expect(output).not.toMatch(/\bat [\w$.<>]+ \(/);
    // The value itself is never printed.
    for (const value of Object.values(change)) if (value && value.length > 8) expect(output).not.toContain(value);
  });

  it("the worker refuses the example SESSION_SECRET", async () => {
    const { code, output } = await exitOf("scripts/worker.ts", { SESSION_SECRET: "development-only-secret-change-me-in-production-0123" });
    expect(code).toBe(1);
    expect(output).toContain("SESSION_SECRET");
  });
});
