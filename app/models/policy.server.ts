import type { PrismaClient, ResponsePolicy } from "@prisma/client";
import type { DeadlinePolicy, OpeningHours } from "~/utils/deadlines";

/** The row as the pure deadline module sees it. */
export function toDeadlinePolicy(row: ResponsePolicy): DeadlinePolicy {
  return {
    responseHours: row.responseHours,
    countingMode: row.countingMode,
    openingHours: row.openingHours as OpeningHours,
    useDanishHolidays: row.useDanishHolidays,
    extraClosedDays: row.extraClosedDays as string[],
    warningAtPercent: row.warningAtPercent,
    escalateTeamLeadAfterHours: row.escalateTeamLeadAfterHours,
    escalateManagerAfterHours: row.escalateManagerAfterHours,
  };
}

/** The version new orders start with: the highest. Editing a policy always adds a version. */
export function getCurrentPolicy(prisma: PrismaClient, jobcentreId: string): Promise<ResponsePolicy | null> {
  return prisma.responsePolicy.findFirst({ where: { jobcentreId }, orderBy: { version: "desc" } });
}
