// What the security tests share: the test portal (global-setup.ts), a browser of its own per test with a
// client address (X-Forwarded-For through the portal's one trusted proxy hop), the database, an order.
import crypto from "node:crypto";
import type { PrismaClient } from "@prisma/client";
import { inject } from "vitest";
import { createPrismaClient } from "../../app/utils/db.server";
import { PortalClient, type Reply } from "../../scripts/lib/portal-client";
import { DEMO_PASSWORD, jobOrderFormValues } from "../factories";
import { dateAhead } from "../support/dates";

export const portal = inject("portal");

export type { Reply } from "../../scripts/lib/portal-client";

let nextAddress = 1;

/** A client of the test portal: each is its own client (an address of TEST-NET-3) unless told otherwise. */
export class Browser extends PortalClient {
  constructor(address = `203.0.113.${nextAddress++ % 250}`) {
    super(portal.baseUrl, address);
  }

  override signIn(email: string, password = DEMO_PASSWORD, redirectTo?: string): Promise<Reply> {
    return super.signIn(email, password, redirectTo);
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
export async function submitOrder(
  browser = new Browser(),
  overrides: Record<string, string> = {},
): Promise<{ id: string; number: string; contactEmail: string; cvr: string }> {
  const values = jobOrderFormValues({ submissionKey: crypto.randomUUID(), ...overrides });
  const reply = await browser.postForm("/jobordre/ny", values);
  const id = /^\/jobordre\/([0-9a-f-]{36})\/kvittering$/.exec(reply.location ?? "")?.[1];
  if (reply.status !== 302 || !id) throw new Error(`the order was not received (${reply.status}): ${reply.text.slice(0, 500)}`);
  const order = await database().jobOrder.findUniqueOrThrow({ where: { id }, select: { id: true, number: true, contactEmail: true, company: { select: { cvr: true } } } });
  return { id: order.id, number: order.number, contactEmail: order.contactEmail, cvr: order.company.cvr };
}

/**
 * The answer form as a consultant fills it in: the first next step of the order's policy, the order's owner
 * now (or the one answering, when it has none yet), tomorrow, and a message.
 */
export async function answerFields(orderNumber: string, answeringEmail: string, message = "Vi har jobordren og ringer i morgen."): Promise<Record<string, string>> {
  const order = await database().jobOrder.findUniqueOrThrow({ where: { number: orderNumber }, include: { policy: true } });
  const me = await database().user.findUniqueOrThrow({ where: { email: answeringEmail } });
  return {
    intent: "answer",
    nextStep: order.policy.answerNextSteps[0]!,
    ownerId: order.assigneeId ?? me.id,
    nextStepDate: dateAhead(1).typed,
    text: message,
    updateKey: crypto.randomUUID(),
  };
}
