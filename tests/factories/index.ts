// Factories shared by the tests and the demo seed (prisma/seed.ts, scripts/lib/demo.ts). Each makes valid, unique data,
// so tests sharing one database never collide.
import crypto from "node:crypto";
import type { JobOrder, JobOrderKind, Prisma, PrismaClient, StaffRole, User } from "@prisma/client";
import type { JobseekerInput } from "../../app/models/jobseeker.server";
import { hashPassword } from "../../app/utils/password.server";
import { REFERENCE_JOBCENTRES, REFERENCE_REGIONS, type ReferenceJobcentre } from "../../prisma/reference-data";
import { jobOrderWorkflowId } from "../../workflows/definitions";

const CVR_WEIGHTS = [2, 7, 6, 5, 4, 3, 2, 1];

/** A random CVR number that passes the modulus-11 check. */
export function makeCvr(): string {
  for (;;) {
    const digits = [1 + crypto.randomInt(9), ...Array.from({ length: 6 }, () => crypto.randomInt(10))];
    const partial = digits.reduce((sum, d, i) => sum + d * CVR_WEIGHTS[i]!, 0);
    const check = (11 - (partial % 11)) % 11; // weight 1 on the last digit
    if (check <= 9) return [...digits, check].join("");
  }
}

export function uniqueSuffix(): string {
  return crypto.randomBytes(4).toString("hex");
}

/** Upserts a reference jobcentre with its postcodes and, if it has none, its first policy version. */
export async function ensureReferenceJobcentre(prisma: PrismaClient, jc: ReferenceJobcentre) {
  const data = { name: jc.name, municipality: jc.municipality, email: jc.email, phone: jc.phone, regionId: jc.regionId };
  await prisma.jobcentre.upsert({ where: { id: jc.id }, create: { id: jc.id, ...data }, update: data });
  for (const [postcode, city, latitude, longitude] of jc.postcodes) {
    const data = { city, jobcentreId: jc.id, latitude, longitude };
    await prisma.postcodeArea.upsert({ where: { postcode }, create: { postcode, ...data }, update: data });
  }
  const existing = await prisma.responsePolicy.findFirst({ where: { jobcentreId: jc.id } });
  if (!existing) {
    await prisma.responsePolicy.create({
      data: { jobcentreId: jc.id, version: 1, ...jc.policy, openingHours: jc.policy.openingHours as unknown as Prisma.InputJsonValue },
    });
  }
}

export async function ensureReferenceData(prisma: PrismaClient) {
  for (const region of REFERENCE_REGIONS) {
    await prisma.recruitmentRegion.upsert({ where: { id: region.id }, create: region, update: { name: region.name, email: region.email } });
  }
  for (const jc of REFERENCE_JOBCENTRES) await ensureReferenceJobcentre(prisma, jc);
}

/** A fresh region of its own, for tests of regional escalation that must not share state. */
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

export const DEMO_PASSWORD = "Demo-adgangskode-2026";

export async function createStaffUser(
  prisma: PrismaClient,
  input: { jobcentreId: string; role?: StaffRole; name?: string; email?: string; password?: string },
): Promise<User> {
  const suffix = uniqueSuffix();
  return prisma.user.create({
    data: {
      jobcentreId: input.jobcentreId,
      role: input.role ?? "CONSULTANT",
      name: input.name ?? `Konsulent ${suffix}`,
      email: (input.email ?? `konsulent-${suffix}@${input.jobcentreId}.jobcenter.example`).toLowerCase(),
      passwordHash: await hashPassword(input.password ?? DEMO_PASSWORD),
    },
  });
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

/** Values of the public job order form, as an employer would type them. */
export function jobOrderFormValues(overrides: Record<string, string> = {}): Record<string, string> {
  const suffix = uniqueSuffix();
  return {
    cvr: makeCvr(),
    companyName: `Nakskov Maskinfabrik ${suffix} A/S`,
    companyAddress: "Havnegade 12",
    companyPostcode: "4900",
    contactName: "Mette Hansen",
    contactEmail: `mette.hansen+${suffix}@virksomhed.example`,
    contactPhone: "20 30 40 50",
    title: "CNC-operatør",
    description: "Vi søger en erfaren CNC-operatør til dag- og aftenhold i vores produktion.",
    positions: "2",
    kind: "ORDINARY",
    hoursPerWeek: "37",
    startDate: "2027-01-04",
    workplacePostcode: "4900",
    requirements: "Erfaring med CNC-fræsning, truckcertifikat er en fordel.",
    ...overrides,
  };
}

/** An order row as intake stores it (status RECEIVED, no workflow yet). */
export async function createJobOrderRow(
  prisma: PrismaClient,
  input: { jobcentreId: string; policyId: string; companyId?: string; receivedAt?: Date; kind?: JobOrderKind } & Partial<Prisma.JobOrderUncheckedCreateInput>,
): Promise<JobOrder> {
  const id = crypto.randomUUID();
  const companyId = input.companyId ?? (await createCompany(prisma)).id;
  const suffix = uniqueSuffix();
  const { receivedAt, ...rest } = input;
  const at = receivedAt ?? new Date();
  return prisma.jobOrder.create({
    data: {
      id,
      number: `JO-TEST-${suffix}`,
      submissionKey: crypto.randomUUID(),
      companyId,
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
