// The thread after the answer, as both sides read it, oldest first (the answer itself stands above it).
import type { PrismaClient } from "@prisma/client";
import { getPrisma } from "~/utils/db.server";
import { formatDateTime } from "~/utils/format";

export type ThreadEntry = { id: string; from: "STAFF" | "EMPLOYER"; name: string; at: string; text: string };

export async function listThread(
  order: { id: string },
  prisma: PrismaClient = getPrisma(),
): Promise<ThreadEntry[]> {
  const messages = await prisma.orderMessage.findMany({ where: { orderId: order.id }, orderBy: [{ at: "asc" }, { id: "asc" }] });
  return messages.map((m) => ({ id: m.id, from: m.author, name: m.authorName, at: formatDateTime(m.at), text: m.text }));
}
