// Staff users: sign-in lookups and the colleagues an order can be handed to.
import type { PrismaClient, User } from "@prisma/client";
import { ORDER_OWNER_ROLES } from "~/domain/staff-roles";
import { getPrisma } from "~/utils/db.server";

export function findActiveStaffByEmail(email: string, prisma: PrismaClient = getPrisma()): Promise<User | null> {
  return prisma.user.findFirst({ where: { email: email.trim().toLowerCase(), active: true } });
}


export type Colleague = Pick<User, "id" | "name" | "role" | "email">;

export function listColleagues(jobcentreId: string, prisma: PrismaClient = getPrisma()): Promise<Colleague[]> {
  return prisma.user.findMany({
    where: { jobcentreId, active: true, role: { in: [...ORDER_OWNER_ROLES] } },
    select: { id: true, name: true, role: true, email: true },
    orderBy: { name: "asc" },
  });
}

export function getUserNames(ids: string[], prisma: PrismaClient = getPrisma()): Promise<Map<string, string>> {
  if (ids.length === 0) return Promise.resolve(new Map());
  return prisma.user
    .findMany({ where: { id: { in: [...new Set(ids)] } }, select: { id: true, name: true } })
    .then((rows) => new Map(rows.map((r) => [r.id, r.name])));
}
