// Factories for the tests. Each makes valid, unique data, so tests sharing one database never collide. What
// the demo uses too lives in prisma/demo-data.ts and prisma/load-reference-data.ts and is re-exported here.
import crypto from "node:crypto";
import type { JobOrder, JobOrderKind, Jobseeker, Prisma, PrismaClient, Referral, ResponsePolicy } from "@prisma/client";
import { upsertJobseekers, type JobseekerInput } from "../../app/models/jobseeker/register.server";
import { createStaffUser, DEMO_PASSWORD, jobOrderFormValues, makeCvr, uniqueSuffix } from "../../prisma/demo-data";
import { ensureReferenceData, ensureReferenceJobcentre } from "../../prisma/load-reference-data";
import { REFERENCE_JOBCENTRES, type ReferenceJobcentre } from "../../prisma/reference-data";
import { jobOrderWorkflowId } from "../../workflows/job-order/definitions";

export { createStaffUser, DEMO_PASSWORD, ensureReferenceData, ensureReferenceJobcentre, jobOrderFormValues, makeCvr, uniqueSuffix };

/** A fresh region of its own, for tests of regional recruitment that must not share state. */
export async function createRegion(prisma: PrismaClient) {
  const id = `region-${uniqueSuffix()}`;
  return prisma.recruitmentRegion.create({ data: { id, name: `Rekrutteringsservice ${id}`, email: `team@${id}.example` } });
}

/** A fresh jobcentre (own id, own postcode-free area) with one policy, for tests that must not share state. */
export async function createJobcentre(
  prisma: PrismaClient,
  policy: Partial<ReferenceJobcentre["policy"]> = {},
  options: { regionId?: string } = {},
) {
  const base = REFERENCE_JOBCENTRES.find((j) => j.id === "lolland")!;
  const id = `test-${uniqueSuffix()}`;
  const jobcentre = await prisma.jobcentre.create({
    data: {
      id,
      name: `Jobcenter Test ${id}`,
      municipality: "Testkommune",
      email: `virksomhedsservice@${id}.jobcenter.example`,
      phone: "11 22 33 44",
      regionId: options.regionId ?? null,
    },
  });
  const { note, ...rest } = { ...base.policy, ...policy };
  const responsePolicy = await prisma.responsePolicy.create({
    data: { jobcentreId: id, version: 1, ...rest, note, openingHours: rest.openingHours as unknown as Prisma.InputJsonValue },
  });
  return { jobcentre, policy: responsePolicy };
}

export async function createCompany(prisma: PrismaClient, input: Partial<Prisma.CompanyUncheckedCreateInput> = {}) {
  return prisma.company.create({
    data: { cvr: makeCvr(), name: `Testvirksomhed ${uniqueSuffix()} ApS`, address: "Havnegade 1", postcode: "4900", city: "Nakskov", ...input },
  });
}

/** A jobseeker as the register takes one (a CNC operator in Nakskov, no e-mail), with `overrides`. */
export function jobseekerInput(overrides: Partial<JobseekerInput> = {}): JobseekerInput {
  const ref = overrides.externalRef ?? `JS-${uniqueSuffix()}`;
  return {
    externalRef: ref,
    name: `Kandidat ${ref}`,
    email: null,
    phone: null,
    postcode: "4900",
    maxTravelKm: 40,
    hoursPerWeek: 37,
    benefitGroup: "UNEMPLOYMENT_BENEFIT",
    occupations: ["CNC-operatør"],
    skills: [],
    certificates: [],
    drivingLicences: [],
    languages: ["dansk"],
    cvSummary: "",
    contactConsent: true,
    ...overrides,
  };
}

/** An order row as intake stores it (status RECEIVED, no workflow yet). */
export async function createJobOrderRow(
  prisma: PrismaClient,
  input: { jobcentreId: string; policyId: string; companyId?: string; receivedAt?: Date; kind?: JobOrderKind } & Partial<Prisma.JobOrderUncheckedCreateInput>,
): Promise<JobOrder> {
  const id = crypto.randomUUID();
  const company = input.companyId ? await prisma.company.findUniqueOrThrow({ where: { id: input.companyId } }) : await createCompany(prisma);
  const companyId = company.id;
  const suffix = uniqueSuffix();
  const { receivedAt, ...rest } = input;
  const at = receivedAt ?? new Date();
  return prisma.jobOrder.create({
    data: {
      id,
      number: `JO-TEST-${suffix}`,
      submissionKey: crypto.randomUUID(),
      companyId,
      statedCompanyName: company.name,
      statedCompanyAddress: company.address,
      statedCompanyPostcode: company.postcode,
      statedCompanyCity: company.city,
      contactName: "Mette Hansen",
      contactEmail: `mette+${suffix}@virksomhed.example`,
      contactPhone: "20304050",
      title: "CNC-operatør",
      description: "Produktionsmedarbejder til CNC-fræsning.",
      positions: 2,
      kind: input.kind ?? "ORDINARY",
      hoursPerWeek: 37,
      startDate: new Date("2027-01-04"),
      workplacePostcode: "4900",
      receivedAt: at,
      workflowId: jobOrderWorkflowId(id),
      ...rest,
      events: { create: { kind: "RECEIVED", at, key: "received" } },
    },
  });
}

/** A jobseeker in a jobcentre's register, written as the register writes one (search texts included). */
export async function createJobseeker(prisma: PrismaClient, jobcentreId: string, overrides: Partial<JobseekerInput> = {}): Promise<Jobseeker> {
  const { ids } = await upsertJobseekers(prisma, jobcentreId, [jobseekerInput(overrides)]);
  return prisma.jobseeker.findUniqueOrThrow({ where: { id: ids[0]! } });
}

/** A referral of a jobseeker to an order, in `status` (its history is the workflow's to write). */
export function createReferral(prisma: PrismaClient, input: Pick<Prisma.ReferralUncheckedCreateInput, "orderId" | "jobseekerId"> & Partial<Prisma.ReferralUncheckedCreateInput>): Promise<Referral> {
  return prisma.referral.create({ data: { status: "SHORTLISTED", createdAt: new Date(), ...input } });
}

/** The next version of a jobcentre's policy: the same values as `policy` with `changes`. */
export function createNextPolicyVersion(prisma: PrismaClient, policy: ResponsePolicy, changes: Partial<Prisma.ResponsePolicyUncheckedCreateInput> = {}): Promise<ResponsePolicy> {
  const { id: _id, createdAt: _createdAt, ...values } = policy;
  return prisma.responsePolicy.create({
    data: {
      ...values,
      version: policy.version + 1,
      openingHours: values.openingHours as Prisma.InputJsonValue,
      extraClosedDays: values.extraClosedDays as Prisma.InputJsonValue,
      ...changes,
    },
  });
}

/** A visit programme of the jobcentre (Frederikssund's: more than 3 employees, follow-up within 6 months). */
export function createVisitProgramme(prisma: PrismaClient, jobcentreId: string, input: Partial<Prisma.VisitProgrammeUncheckedCreateInput> & Pick<Prisma.VisitProgrammeUncheckedCreateInput, "startsOn" | "endsOn">) {
  return prisma.visitProgramme.create({
    data: { jobcentreId, name: `Besøgsprogram ${uniqueSuffix()}`, employeesAbove: 3, followUpWithinMonths: 6, reminderDaysBefore: 14, ...input },
  });
}

/** A company in the jobcentre's register with its relationship (as an import makes them). */
export async function createRegisteredCompany(prisma: PrismaClient, jobcentreId: string, input: Partial<Prisma.CompanyUncheckedCreateInput> = {}, keyAccountConsultantId: string | null = null) {
  const company = await createCompany(prisma, { source: "CVR_IMPORT", ...input });
  await prisma.companyRelationship.create({ data: { jobcentreId, companyId: company.id, source: "CVR_IMPORT", keyAccountConsultantId } });
  return company;
}

/** A visit to the company that was held on `at` by the consultant. */
export function createHeldVisit(prisma: PrismaClient, input: { jobcentreId: string; companyId: string; consultantId: string; at: Date; outcome?: Prisma.CompanyVisitUncheckedCreateInput["outcome"] }) {
  return prisma.companyVisit.create({
    data: {
      jobcentreId: input.jobcentreId,
      companyId: input.companyId,
      kind: "OUTREACH",
      consultantId: input.consultantId,
      plannedFor: input.at,
      doneAt: input.at,
      doneById: input.consultantId,
      outcome: input.outcome ?? "RECRUITMENT_LATER",
      createdById: input.consultantId,
    },
  });
}

/** A partnership agreement as a lead makes one: in force from yesterday for a year, with a 4-hour fast track. */
export function createPartnershipAgreement(
  prisma: PrismaClient,
  input: Pick<Prisma.PartnershipAgreementUncheckedCreateInput, "jobcentreId" | "companyId" | "contactUserId" | "createdById"> & Partial<Prisma.PartnershipAgreementUncheckedCreateInput>,
) {
  const day = (offset: number) => new Date(new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10) + "T00:00:00Z");
  return prisma.partnershipAgreement.create({
    data: {
      startsOn: day(-1),
      endsOn: day(365),
      companyContactName: "Lone Holm",
      companyContactEmail: `lone+${uniqueSuffix()}@virksomhed.example`,
      fastTrackResponseHours: 4,
      companyCommitments: ["Deltage i udvælgelsen af de personer, der henvises til virksomheden"],
      jobcentreCommitments: ["Give virksomheden fast track i forhold til opfølgning og rekruttering"],
      ...input,
    },
  });
}
