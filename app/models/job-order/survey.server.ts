// The satisfaction survey as its public page reads it: found by the hash of the link's token.
import type { PrismaClient } from "@prisma/client";
import { getPrisma } from "~/utils/db.server";

export function getSurveyByTokenHash(tokenHash: string, prisma: PrismaClient = getPrisma()) {
  return prisma.satisfactionSurvey.findUnique({
    where: { tokenHash },
    include: { order: { select: { id: true, workflowId: true, number: true, title: true, jobcentre: { select: { name: true } } } } },
  });
}
