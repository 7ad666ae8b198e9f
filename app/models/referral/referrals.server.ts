// Referrals as the pages read them: the order's candidates for staff, the shared ones for the employer,
// and a consent request by its link for the jobseeker. Writes go through the order's workflow
// (app/models/job-order/lifecycle.server.ts).
import type { PrismaClient, ReferralStatus } from "@prisma/client";
import { getPrisma } from "~/utils/db.server";
import { readMinimalCv, type MinimalCv } from "~/utils/minimal-cv";

/** The order's candidates with who they are and their history, newest first. */
export function listReferralsForStaff(orderId: string, prisma: PrismaClient = getPrisma()) {
  return prisma.referral.findMany({
    where: { orderId },
    orderBy: { createdAt: "desc" },
    include: {
      jobseeker: {
        select: { id: true, name: true, email: true, phone: true, occupations: true, hoursPerWeek: true, jobcentreId: true, jobcentre: { select: { name: true } } },
      },
      createdBy: { select: { name: true } },
      events: { orderBy: { seq: "asc" }, select: { status: true, at: true, actorType: true, data: true } },
    },
  });
}


export type EmployerReferral = {
  id: string;
  status: ReferralStatus;
  sharedAt: Date;
  feedbackDueAt: Date | null;
  startDate: Date | null;
  cv: MinimalCv;
};

/** Only candidates whose CV was shared with the employer's consent; what they were sent, as sent. */
export async function listReferralsForEmployer(orderId: string, prisma: PrismaClient = getPrisma()): Promise<EmployerReferral[]> {
  const rows = await prisma.referral.findMany({
    where: { orderId, sharedAt: { not: null } },
    orderBy: { sharedAt: "asc" },
    select: { id: true, status: true, sharedAt: true, feedbackDueAt: true, startDate: true, sharedCv: true },
  });
  return rows.flatMap((r) => {
    const cv = readMinimalCv(r.sharedCv);
    return cv && r.sharedAt ? [{ id: r.id, status: r.status, sharedAt: r.sharedAt, feedbackDueAt: r.feedbackDueAt, startDate: r.startDate, cv }] : [];
  });
}

/** The consent request a jobseeker's link points at, with what they need to decide. */
export function getConsentRequestByTokenHash(tokenHash: string, prisma: PrismaClient = getPrisma()) {
  return prisma.referral.findUnique({
    where: { consentTokenHash: tokenHash },
    include: {
      jobseeker: true,
      order: {
        select: {
          id: true,
          workflowId: true,
          number: true,
          title: true,
          description: true,
          hoursPerWeek: true,
          kind: true,
          workplacePostcode: true,
          startDate: true,
          status: true,
          company: { select: { name: true } },
          jobcentre: { select: { name: true, phone: true } },
        },
      },
      events: { where: { status: { in: ["CONSENT_GIVEN", "CONSENT_DECLINED"] } }, orderBy: { seq: "desc" }, take: 1, select: { status: true, at: true } },
    },
  });
}
