// A job order a consultant takes on the company's behalf, on the phone or at a visit: the public form's
// fields for a company of the jobcentre's register, stored by the same intake and handed to the same
// workflow. The order is the company's as the register has it, and the consultant who took it owns it.
import type { PrismaClient } from "@prisma/client";
import { VISIT_KIND_LABELS } from "~/domain/visit/visits";
import { formatDateTime } from "~/utils/format";
import { createJobOrder, handOrderToWorkflow, type CreatedJobOrder } from "./intake.server";
import type { JobOrderInput } from "~/schemas/job-order";

export type OnBehalfContext = {
  company: { id: string; cvr: string; name: string; address: string; postcode: string; city: string | null };
  visit: { id: string; label: string } | null;
};

/**
 * The company of the jobcentre's register the order is for, and the visit it is taken at (one of the
 * jobcentre's visits to that company); null when the company is not the jobcentre's. A visit id that is
 * not such a visit is left out.
 */
export async function getOnBehalfContext(prisma: PrismaClient, input: { jobcentreId: string; cvr: string; visitId: string | null }): Promise<OnBehalfContext | null> {
  const relationship = await prisma.companyRelationship.findFirst({
    where: { jobcentreId: input.jobcentreId, company: { cvr: input.cvr } },
    select: { company: { select: { id: true, cvr: true, name: true, address: true, postcode: true, city: true } } },
  });
  if (!relationship) return null;
  const { company } = relationship;
  const visit = input.visitId
    ? await prisma.companyVisit.findFirst({ where: { id: input.visitId, jobcentreId: input.jobcentreId, companyId: company.id }, select: { id: true, kind: true, plannedFor: true } })
    : null;
  return { company, visit: visit ? { id: visit.id, label: `${VISIT_KIND_LABELS[visit.kind]} ${formatDateTime(visit.plannedFor)}` } : null };
}

/** The register's company fields, whatever the form carried: the order is for this company. */
export function companyFieldsOf(context: OnBehalfContext): Pick<JobOrderInput, "cvr" | "companyName" | "companyAddress" | "companyPostcode"> {
  return { cvr: context.company.cvr, companyName: context.company.name, companyAddress: context.company.address, companyPostcode: context.company.postcode };
}

export type TakenOrder = { order: CreatedJobOrder & { jobcentreId: string }; started: boolean };

/** Stores the order through intake and hands it to its workflow; `started` false leaves it to the reconciler. */
export async function takeJobOrderOnBehalf(
  prisma: PrismaClient,
  input: { context: OnBehalfContext; byUserId: string; values: Omit<JobOrderInput, "submissionKey">; submissionKey: string },
): Promise<TakenOrder> {
  const order = await createJobOrder({ ...input.values, ...companyFieldsOf(input.context) }, input.submissionKey, new Date(), prisma, {
    takenById: input.byUserId,
    originVisitId: input.context.visit?.id ?? null,
  });
  const started = await handOrderToWorkflow(order);
  const { jobcentreId } = await prisma.jobOrder.findUniqueOrThrow({ where: { id: order.id }, select: { jobcentreId: true } });
  return { order: { ...order, jobcentreId }, started };
}
