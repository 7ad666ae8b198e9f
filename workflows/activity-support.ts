// What the job order's activities share: the append-only event log, errors, links and who may act.
import { ApplicationFailure } from "@temporalio/common";
import type { JobOrderEventKind, Prisma, PrismaClient, StaffRole, User } from "@prisma/client";
import { NOT_AN_OWNER_MESSAGE, ORDER_OWNER_ROLES } from "../app/domain/staff-roles";
import { REFUSALS, type RefusalCode } from "./definitions";

export type Db = PrismaClient | Prisma.TransactionClient;

/** Who may own an order or a task (assignment, key account, hand-over): app/domain/staff-roles.ts. */
export const ASSIGNABLE_ROLES = ORDER_OWNER_ROLES;

export type EventInput = {
  orderId: string;
  kind: JobOrderEventKind;
  key: string;
  at: Date;
  actorId?: string | null;
  data?: Prisma.InputJsonValue;
};

/** Appends an event once: a second insert with the same (orderId, key) is ignored. */
export async function appendEvent(db: Db, event: EventInput): Promise<void> {
  await db.jobOrderEvent.createMany({
    data: [{ orderId: event.orderId, kind: event.kind, key: event.key, at: event.at, actorId: event.actorId ?? null, data: event.data ?? {} }],
    skipDuplicates: true,
  });
}

export function orderNotFound(orderId: string): ApplicationFailure {
  return ApplicationFailure.nonRetryable(`Job order ${orderId} does not exist`, "OrderNotFound");
}

/** A refusal the person who asked should see (in Danish): not retried, passed on to the update's caller. */
export function refuse(type: RefusalCode, message: string): ApplicationFailure {
  return ApplicationFailure.nonRetryable(message, type);
}

export function orderUrl(publicUrl: string, orderNumber: string): string {
  return new URL(`/ordrer/${encodeURIComponent(orderNumber)}`, publicUrl).toString();
}

export function publicLink(publicUrl: string, path: string): string {
  return new URL(path, publicUrl).toString();
}

/**
 * The jobcentres whose staff may work on an order: its own, and once it is shared with the regional
 * recruitment service, every jobcentre of that region.
 */
export async function jobcentresWorkingOn(db: Db, order: { jobcentreId: string; sharedWithRegionAt: Date | null }): Promise<string[]> {
  if (!order.sharedWithRegionAt) return [order.jobcentreId];
  const own = await db.jobcentre.findUnique({ where: { id: order.jobcentreId }, select: { regionId: true } });
  if (!own?.regionId) return [order.jobcentreId];
  const partners = await db.jobcentre.findMany({ where: { regionId: own.regionId }, select: { id: true } });
  return [...new Set([order.jobcentreId, ...partners.map((p) => p.id)])];
}

/**
 * An active staff user of one of the order's working jobcentres in one of `roles` (by default the roles
 * that work on orders; app/domain/staff-roles.ts), or a refusal.
 */
export async function requireStaffOnOrder(
  db: Db,
  userId: string,
  order: { jobcentreId: string; sharedWithRegionAt: Date | null },
  roles: readonly StaffRole[] = ORDER_OWNER_ROLES,
): Promise<User> {
  const user = await db.user.findUnique({ where: { id: userId } });
  if (!user || !user.active) throw refuse(REFUSALS.actorNotAllowed, "Din bruger er ikke aktiv.");
  if (!roles.includes(user.role)) throw refuse(REFUSALS.actorNotAllowed, NOT_AN_OWNER_MESSAGE);
  const allowed = await jobcentresWorkingOn(db, order);
  if (!allowed.includes(user.jobcentreId)) throw refuse(REFUSALS.actorNotAllowed, "Du kan ikke arbejde på jobordrer fra et andet jobcenter.");
  return user;
}
