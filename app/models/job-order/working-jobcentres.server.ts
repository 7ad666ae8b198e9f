// Which jobcentres' staff and registers work on an order: its own, and once the order is shared with the
// regional recruitment service, every jobcentre of that region. The activities (who may act) and the
// candidate search (whose registers are searched) both ask here.
import type { Prisma, PrismaClient } from "@prisma/client";

type Db = PrismaClient | Prisma.TransactionClient;

type OrderScope = {
  jobcentreId: string;
  sharedWithRegionAt: Date | null;
  /** The order's jobcentre with its region, when already loaded (saves a query). */
  jobcentre?: { regionId: string | null };
};

export async function jobcentresWorkingOn(db: Db, order: OrderScope): Promise<string[]> {
  if (!order.sharedWithRegionAt) return [order.jobcentreId];
  const regionId = order.jobcentre
    ? order.jobcentre.regionId
    : ((await db.jobcentre.findUnique({ where: { id: order.jobcentreId }, select: { regionId: true } }))?.regionId ?? null);
  if (!regionId) return [order.jobcentreId];
  const partners = await db.jobcentre.findMany({ where: { regionId }, select: { id: true } });
  return [...new Set([order.jobcentreId, ...partners.map((p) => p.id)])];
}
