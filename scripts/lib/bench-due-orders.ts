// Orders whose promises fall due while a benchmark or a fault test watches: a short test policy, orders
// stored by the real intake with a received time chosen so their warnings and escalations fall in a given
// window, and the sink's mails counted by Message-ID (the key-derived id sendMailOnce gives every mail).
// Used by scripts/bench-timers.ts and tests/faults/.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Client } from "@temporalio/client";
import type { PrismaClient, ResponsePolicy } from "@prisma/client";
import { createJobOrder, markWorkflowStarted } from "../../app/models/job-order/intake.server";
import { toDeadlinePolicy } from "../../app/models/policy/policy.server";
import { jobOrderSchema } from "../../app/schemas/job-order";
import { computeDeadlines } from "../../app/utils/deadlines";
import { messageIdForKey } from "../../app/utils/mailer.server";
import { startJobOrderWorkflow } from "../../app/utils/temporal.server";
import { jobOrderFormValues } from "../../prisma/demo-data";
import { createNextPolicyVersion } from "../../tests/factories";

/**
 * A new policy version for the jobcentre (new orders get the highest): a one-hour promise in clock hours,
 * the warning at 99 % (36 s before the deadline), the team lead's escalation at the deadline and the
 * manager's an hour later.
 */
export async function useShortPromise(prisma: PrismaClient, jobcentreId: string): Promise<ResponsePolicy> {
  const current = await prisma.responsePolicy.findFirstOrThrow({ where: { jobcentreId }, orderBy: { version: "desc" } });
  return createNextPolicyVersion(prisma, current, {
    responseHours: 1,
    countingMode: "CLOCK_HOURS",
    warningAtPercent: 99,
    escalateTeamLeadAfterHours: 0,
    escalateManagerAfterHours: 1,
    note: "Kort løfte til måling af tidsfrister",
  });
}

export type DueOrder = { id: string; number: string; contactEmail: string; warnAt: Date; escalateAt: Date; startedAt: Date };

/** The form's values for an order in the jobcentre of `postcode`, parsed as the web process parses them. */
export function orderInput(postcode: string) {
  const { submissionKey: _key, ...input } = jobOrderSchema.parse({ ...jobOrderFormValues({ workplacePostcode: postcode }), submissionKey: crypto.randomUUID() });
  return input;
}

/**
 * `count` orders stored by the real intake, received so that their deadlines are spread evenly over
 * [firstDueAt, firstDueAt + spreadMs), and their workflows started (`concurrency` at a time).
 */
export async function startDueOrders(options: {
  prisma: PrismaClient;
  client: Client;
  taskQueue: string;
  policy: ResponsePolicy;
  postcode: string;
  count: number;
  firstDueAt: Date;
  spreadMs: number;
  concurrency?: number;
}): Promise<DueOrder[]> {
  const { prisma, client, taskQueue, policy, count } = options;
  const promise = toDeadlinePolicy(policy);
  const orders: DueOrder[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: options.concurrency ?? 10 }, async () => {
      for (;;) {
        const n = next++;
        if (n >= count) return;
        const dueAt = options.firstDueAt.getTime() + Math.floor((n * options.spreadMs) / count);
        const receivedAt = new Date(dueAt - promise.responseHours * 3_600_000);
        const input = orderInput(options.postcode);
        const order = await createJobOrder(input, crypto.randomUUID(), receivedAt, prisma);
        await startJobOrderWorkflow(client, taskQueue, order.id);
        await markWorkflowStarted(order.id, new Date(), prisma);
        const deadlines = computeDeadlines(promise, receivedAt);
        orders.push({ id: order.id, number: order.number, contactEmail: input.contactEmail.toLowerCase(), warnAt: deadlines.warnAt, escalateAt: deadlines.escalateTeamLeadAt, startedAt: new Date() });
      }
    }),
  );
  return orders;
}

/** The Message-IDs of an order's mails of the answer promise (as sendMailOnce derives them from their keys). */
export function orderMessageIds(orderId: string) {
  return {
    receipt: messageIdForKey(`order:${orderId}:receipt`),
    warning: messageIdForKey(`order:${orderId}:warning`),
    escalation: messageIdForKey(`order:${orderId}:escalation:1`),
  };
}

/**
 * The sink's mails by Message-ID with the instants they arrived (the file names say when). Reads only the
 * files it has not read before, so polling it costs little beside the load it measures.
 */
export class SinkReader {
  readonly arrivals = new Map<string, Date[]>();
  private readonly seen = new Set<string>();
  constructor(private readonly dir: string) {}

  read(): Map<string, Date[]> {
    if (!fs.existsSync(this.dir)) return this.arrivals;
    for (const name of fs.readdirSync(this.dir)) {
      if (!name.endsWith(".eml") || this.seen.has(name)) continue;
      this.seen.add(name);
      // 2026-12-02T12-50-01-123Z-1a2b3c4d.eml: the sink's clock when the mail was stored.
      const stamp = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z/.exec(name);
      if (!stamp) continue;
      const at = new Date(`${stamp[1]}T${stamp[2]}:${stamp[3]}:${stamp[4]}.${stamp[5]}Z`);
      const head = fs.readFileSync(path.join(this.dir, name), "utf8").split(/\r?\n\r?\n/, 1)[0]!;
      const messageId = /^Message-ID:\s*(<[^>]+>)/im.exec(head)?.[1];
      if (!messageId) continue;
      const list = this.arrivals.get(messageId) ?? [];
      list.push(at);
      this.arrivals.set(messageId, list);
    }
    return this.arrivals;
  }
}
