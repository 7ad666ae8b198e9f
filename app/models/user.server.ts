// Staff users: sign-in lookups and the colleagues an order can be handed to.
import type { PrismaClient, StaffRole, User } from "@prisma/client";
import { getPrisma } from "~/utils/db.server";

export function findActiveStaffByEmail(email: string, prisma: PrismaClient = getPrisma()): Promise<User | null> {
  return prisma.user.findFirst({ where: { email: email.trim().toLowerCase(), active: true } });
}

/** Roles that own and answer orders: a team lead may take over an order of the team. */
export const ORDER_OWNER_ROLES: StaffRole[] = ["CONSULTANT", "TEAM_LEAD"];

export type Colleague = Pick<User, "id" | "name" | "role" | "email">;

export function listColleagues(jobcentreId: string, prisma: PrismaClient = getPrisma()): Promise<Colleague[]> {
  return prisma.user.findMany({
    where: { jobcentreId, active: true, role: { in: ORDER_OWNER_ROLES } },
    select: { id: true, name: true, role: true, email: true },
    orderBy: { name: "asc" },
  });
}

export function canOwnOrders(user: Pick<User, "role">): boolean {
  return ORDER_OWNER_ROLES.includes(user.role);
}

export function getUserNames(ids: string[], prisma: PrismaClient = getPrisma()): Promise<Map<string, string>> {
  if (ids.length === 0) return Promise.resolve(new Map());
  return prisma.user
    .findMany({ where: { id: { in: [...new Set(ids)] } }, select: { id: true, name: true } })
    .then((rows) => new Map(rows.map((r) => [r.id, r.name])));
}

/**
 * A successful sign-in clears the email's failure window, so the limit counts consecutive failures
 * (a consultant who signs in many times a day is never locked out by their own successes).
 */
export async function clearSignInFailures(rateLimitKey: string, prisma: PrismaClient = getPrisma()): Promise<void> {
  await prisma.rateLimitBucket.deleteMany({ where: { key: rateLimitKey } });
}
