// A small browser for the security tests: a cookie jar, forms posted with the page's CSRF token, and a
// client address of its own (X-Forwarded-For through the one trusted proxy hop the test portal has).
import crypto from "node:crypto";
import type { PrismaClient } from "@prisma/client";
import { inject } from "vitest";
import { createPrismaClient } from "../../app/utils/db.server";
import { DEMO_PASSWORD, jobOrderFormValues } from "../factories";

export const portal = inject("portal");

export type Reply = { status: number; headers: Headers; text: string; location: string | null; setCookies: string[] };

let nextAddress = 1;

export class Browser {
  readonly cookies = new Map<string, string>();

  /** Each browser is its own client (an address of TEST-NET-3) unless told otherwise. */
  constructor(readonly address = `203.0.113.${nextAddress++ % 250}`) {}

  private headers(extra: Record<string, string> = {}): Record<string, string> {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
    return { "X-Forwarded-For": this.address, ...(cookie ? { Cookie: cookie } : {}), ...extra };
  }

  private async read(response: Response): Promise<Reply> {
    const setCookies = response.headers.getSetCookie();
    for (const line of setCookies) {
      const [pair, ...attributes] = line.split(";");
      const at = pair!.indexOf("=");
      const name = pair!.slice(0, at).trim();
      const value = pair!.slice(at + 1).trim();
      const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a)) || value === "";
      if (expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return { status: response.status, headers: response.headers, text: await response.text(), location: response.headers.get("Location"), setCookies };
  }

  async request(path: string, init: { method?: string; body?: BodyInit; headers?: Record<string, string> } = {}): Promise<Reply> {
    const response = await fetch(`${portal.baseUrl}${path}`, {
      method: init.method ?? "GET",
      body: init.body,
      headers: this.headers(init.headers),
      redirect: "manual",
      ...(init.body instanceof ReadableStream ? { duplex: "half" } : {}),
    } as RequestInit);
    return this.read(response);
  }

  get(path: string, headers?: Record<string, string>): Promise<Reply> {
    return this.request(path, { headers });
  }

  /** The CSRF token of the page at `path` (loading it sets the cookie). */
  async csrfToken(path = "/"): Promise<string> {
    const page = await this.get(path);
    const match = /name="csrf" value="([^"]+)"/.exec(page.text);
    if (!match) throw new Error(`no CSRF field on ${path} (status ${page.status})`);
    return match[1]!;
  }

  /** Posts a form as the page at `formPage` would, with its CSRF token. */
  async postForm(path: string, fields: Record<string, string | string[]>, formPage = path): Promise<Reply> {
    const body = new URLSearchParams();
    body.set("csrf", await this.csrfToken(formPage));
    for (const [key, value] of Object.entries(fields)) for (const v of Array.isArray(value) ? value : [value]) body.append(key, v);
    return this.request(path, { method: "POST", body, headers: { "Content-Type": "application/x-www-form-urlencoded" } });
  }

  async signIn(email: string, password = DEMO_PASSWORD, redirectTo?: string): Promise<Reply> {
    return this.postForm("/medarbejder/log-ind", { email, password, ...(redirectTo !== undefined ? { redirectTo } : {}) });
  }
}

/** A staff user of the seeded reference data: konsulent@lolland.jobcenter.example and the like. */
export function staff(localPart: "konsulent" | "konsulent2" | "teamleder" | "leder" | "admin", jobcentre = "lolland"): string {
  return `${localPart}@${jobcentre}.jobcenter.example`;
}

/** What no answer may contain: stack frames, paths of the server, error class names, SQL. */
export const INTERNALS = [
  /\bat [\w$.<>]+ \(/, // a stack frame
  /\/work\/|node_modules|\/build\/index\.js|file:\/\//,
  /\b(URIError|TypeError|RangeError|SyntaxError|ReferenceError|PrismaClient\w*|ZodError)\b/,
  /\b(SELECT|INSERT INTO|UPDATE "\w+"|DELETE FROM)\b/,
  /"stack"\s*:/,
];

export function internalsIn(text: string): string[] {
  return INTERNALS.filter((pattern) => pattern.test(text)).map(String);
}

let db: PrismaClient | undefined;

/** The test portal's database, for arranging what a test needs and reading what happened. */
export function database(): PrismaClient {
  db ??= createPrismaClient(portal.databaseUrl);
  return db;
}

/** Submits the public form as an employer; the order is stored and its workflow started. */
export async function submitOrder(browser = new Browser(), overrides: Record<string, string> = {}): Promise<{ id: string; number: string; contactEmail: string }> {
  const values = jobOrderFormValues({ submissionKey: crypto.randomUUID(), ...overrides });
  const reply = await browser.postForm("/jobordre/ny", values);
  const id = /^\/jobordre\/([0-9a-f-]{36})\/kvittering$/.exec(reply.location ?? "")?.[1];
  if (reply.status !== 302 || !id) throw new Error(`the order was not received (${reply.status}): ${reply.text.slice(0, 500)}`);
  const order = await database().jobOrder.findUniqueOrThrow({ where: { id }, select: { id: true, number: true, contactEmail: true } });
  return order;
}
