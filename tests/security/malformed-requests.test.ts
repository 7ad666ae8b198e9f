// What an attacker can provoke: malformed addresses, unexpected methods, bodies and headers, on every
// route, signed in and not. Every answer is a Danish page or a plain status, never a server error, and
// carries no stack trace, server path, error class or SQL.
import net from "node:net";
import { beforeAll, describe, expect, it } from "vitest";
import { Browser, internalsIn, portal, staff, submitOrder, type Reply } from "./http";
import { pathOf, ROUTES, type RouteValues } from "./routes";

let values: RouteValues;
let consultant: Browser;

beforeAll(async () => {
  const order = await submitOrder();
  values = { order: order.number, receipt: order.id, company: order.cvr };
  consultant = new Browser();
  await consultant.signIn(staff("konsulent"));
});

function expectHarmless(reply: Reply, what: string) {
  expect(reply.status, `${what}: status`).toBeLessThan(500);
  expect(internalsIn(reply.text), `${what}: internals in the answer`).toEqual([]);
}

const MALFORMED_PATHS = [
  "/%",
  "/ordrer/%E0%A4%A",
  "/samtykke/%ZZ",
  "/tilfredshed/%C0%AF",
  "/mine-jobordrer/%",
  "/%00",
  "/ordrer/%00/kandidater",
  "/..%2f..%2f..%2fetc%2fpasswd",
  "/build/..%2f..%2fpackage.json",
  "/dkfds/%E0",
  `/${"a".repeat(4000)}`,
  "/indbakke?vis=%E0%A4%A&side=-1&type[]=x",
  "/ordrer/{order}/kandidater?q=%00%E0&afstand=abc&side=99999999999",
  "/medarbejder/log-ind?redirectTo=%E0%A4%A",
];

describe("malformed addresses", () => {
  it.each(MALFORMED_PATHS)("%s", async (pattern) => {
    const path = pattern.replace("{order}", encodeURIComponent(values.order));
    expectHarmless(await new Browser().get(path), `anonymous ${path}`);
    expectHarmless(await consultant.get(path), `consultant ${path}`);
  });
});

describe("unexpected methods", () => {
  // TRACE, which fetch will not send, is in "requests no browser sends" below.
  it.each(["PUT", "DELETE", "PATCH", "OPTIONS"])("%s is refused on every route with 405", async (method) => {
    for (const route of ROUTES) {
      const reply = await consultant.request(pathOf(route, values), { method });
      expect(reply.status, `${method} ${route.path}`).toBe(405);
      expect(reply.headers.get("Allow")).toBe("GET, HEAD, POST");
      expectHarmless(reply, `${method} ${route.path}`);
    }
  });
});

const BODIES: Array<[string, string, BodyInit]> = [
  ["a JSON body", "application/json", JSON.stringify({ intent: "answer", text: "x" })],
  ["a text body", "text/plain", "intent=answer"],
  ["no content type", "", "intent=answer"],
  ["broken multipart", "multipart/form-data; boundary=grænse", "--grænse\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\nværdi"],
  ["multipart without a boundary", "multipart/form-data", "--x\r\n\r\n"],
  ["broken url-encoding", "application/x-www-form-urlencoded", "csrf=%E0%A4%A&intent=%%%"],
  ["an empty form", "application/x-www-form-urlencoded", ""],
];

describe("unexpected bodies", () => {
  it.each(BODIES)("%s is answered on every route that takes a post", async (_what, contentType, body) => {
    for (const route of ROUTES) {
      for (const [who, browser] of [["anonymous", new Browser()], ["consultant", consultant]] as const) {
        const reply = await browser.request(pathOf(route, values), {
          method: "POST",
          body,
          headers: contentType ? { "Content-Type": contentType } : {},
        });
        expectHarmless(reply, `${who} POST ${route.path}`);
      }
    }
  });

  it("refuses a JSON body with 415 before reading it", async () => {
    const reply = await new Browser().request("/jobordre/ny", { method: "POST", body: "{}", headers: { "Content-Type": "application/json" } });
    expect(reply.status).toBe(415);
  });
});

describe("unexpected headers", () => {
  it.each([
    ["a forged session cookie", { Cookie: "__session=eyJhIjoxfQ%3D%3D.forged; __csrf=x" }],
    ["a malformed cookie", { Cookie: "__session=%E0%A4%A; __csrf=%" }],
    ["a huge cookie", { Cookie: `__session=${"x".repeat(8000)}` }],
    ["a forwarded host", { "X-Forwarded-Host": "evil.example:99999" }],
    ["a malformed content length on a GET", { "Content-Type": "application/x-www-form-urlencoded" }],
  ])("%s", async (_what, headers) => {
    for (const route of ROUTES.filter((r) => !r.post || r.access === "public")) {
      expectHarmless(await new Browser().get(pathOf(route, values), headers), `${route.path}`);
    }
  });
});

/** Writes `raw` to the web server as it is and returns what came back. */
function rawRequest(raw: string): Promise<string> {
  const { hostname, port } = new URL(portal.baseUrl);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname, () => socket.end(raw));
    let answer = "";
    socket.on("data", (d) => (answer += d.toString()));
    socket.on("end", () => resolve(answer));
    socket.on("error", reject);
    socket.setTimeout(10_000, () => socket.destroy(new Error("no answer")));
  });
}

describe("requests no browser sends", () => {
  it("TRACE is refused on every route with 405", async () => {
    for (const route of ROUTES) {
      const answer = await rawRequest(`TRACE ${pathOf(route, values)} HTTP/1.1\r\nHost: x\r\nCookie: secret=1\r\nConnection: close\r\n\r\n`);
      expect(answer, route.path).toMatch(/^HTTP\/1\.1 405 /);
      expect(answer).not.toContain("secret=1");
      expect(internalsIn(answer)).toEqual([]);
    }
  });

  it.each([
    ["a Host with a space", "GET / HTTP/1.1\r\nHost: evil example\r\nConnection: close\r\n\r\n"],
    ["an absolute URL to another host", "GET http://evil.example/ HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n"],
    ["a TRACE with a body", "TRACE / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello"],
    ["a request line with a bad path", "GET /%E0%A4%A HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"],
    ["a body shorter than announced", "POST /jobordre/ny HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 100\r\nConnection: close\r\n\r\nabc"],
  ])("%s", async (_what, raw) => {
    const answer = await rawRequest(raw);
    const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? "0");
    if (status !== 0) expect(status).toBeLessThan(500);
    expect(internalsIn(answer)).toEqual([]);
  });
});
