import { Prisma, type PrismaClient, type ResponsePolicy } from "@prisma/client";
import type { DeadlinePolicy, OpeningHours } from "~/utils/deadlines";
import { promisedResponseHours } from "~/domain/partnership/agreement";

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

/**
 * An order's own promise: its policy version's, with the fast track of the partnership agreement it was received
 * under (the shorter answer promise, counted as the policy counts).
 */
export function toOrderDeadlinePolicy(order: { policy: ResponsePolicy; agreement: { fastTrackResponseHours: number } | null }): DeadlinePolicy {
  const policy = toDeadlinePolicy(order.policy);
  return { ...policy, responseHours: promisedResponseHours(policy.responseHours, order.agreement?.fastTrackResponseHours ?? null) };
}

/** The version new orders start with: the highest. Editing a policy always adds a version. */
export function getCurrentPolicy(prisma: PrismaClient, jobcentreId: string): Promise<ResponsePolicy | null> {
  return prisma.responsePolicy.findFirst({ where: { jobcentreId }, orderBy: { version: "desc" } });
}

/** "Version 3: svar inden for 24 timer (arbejdstimer)": how staff recognise a version of the rules. */
export function describePolicy(row: Pick<ResponsePolicy, "version" | "responseHours" | "countingMode">): string {
  const hours = row.responseHours === 1 ? "1 time" : `${row.responseHours} timer`;
  const mode = row.countingMode === "WORKING_HOURS" ? "arbejdstimer" : "døgnet rundt";
  return `Version ${row.version}: svar inden for ${hours} (${mode})`;
}

/** All versions, newest first, with who made them. */
export function listPolicyVersions(prisma: PrismaClient, jobcentreId: string) {
  return prisma.responsePolicy.findMany({
    where: { jobcentreId },
    orderBy: { version: "desc" },
    include: { createdBy: { select: { name: true } } },
  });
}

/** The policy after the answer: consent, referral, meeting, feedback, follow-up, close and survey. */
export type LifecyclePolicyFields = Pick<
  ResponsePolicy,
  | "consentReplyDays"
  | "referralWithinWorkingDays"
  | "meetingAbovePositions"
  | "meetingWithinWorkingDays"
  | "meetingSlotTimes"
  | "answerNextSteps"
  | "feedbackReminderWorkingDays"
  | "followUpWeeksAfterStart"
  | "orderOpenDays"
  | "surveyReminderDays"
  | "surveyCloseDays"
>;

/**
 * A new version: the deadline rules, who else hears of escalations, why it changed, and every field
 * for after the answer (a version is complete: nothing is inherited from the one before).
 */
export type NewPolicyVersion = DeadlinePolicy & { escalationEmails: string[]; note: string | null } & LifecyclePolicyFields;

/**
 * Adds version max+1; never edits a version, since running orders keep the one they started with.
 * Two admins saving at once both read the same max: the unique (jobcentreId, version) rejects one,
 * which then tries again with the next number.
 */
export async function createPolicyVersion(
  prisma: PrismaClient,
  jobcentreId: string,
  createdById: string,
  input: NewPolicyVersion,
): Promise<ResponsePolicy> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await prisma.$transaction(async (tx) => {
        const latest = await tx.responsePolicy.aggregate({ where: { jobcentreId }, _max: { version: true } });
        return tx.responsePolicy.create({
          data: {
            ...input,
            openingHours: input.openingHours as unknown as Prisma.InputJsonValue,
            extraClosedDays: input.extraClosedDays,
            jobcentreId,
            createdById,
            version: (latest._max.version ?? 0) + 1,
          },
        });
      });
    } catch (error) {
      const uniqueViolation = error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
      if (!uniqueViolation || attempt >= 3) throw error;
    }
  }
}
