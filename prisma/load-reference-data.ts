// Loads the reference data (prisma/reference-data.ts) into a database: the recruitment regions, the four
// jobcentres with their postcodes and, where a jobcentre has none, its first policy version, and the plans'
// goals with the national figures they quote. Idempotent, and never overwrites what an admin changed.
// Used by `npm run db:seed` (production too), the demo and the tests.
import type { Prisma, PrismaClient } from "@prisma/client";
import { REFERENCE_GOAL_YEAR, REFERENCE_GOALS, REFERENCE_JOBCENTRES, REFERENCE_NATIONAL_FIGURES, REFERENCE_FOCUS_BRANCHES, REFERENCE_PARTNERSHIP_TERMS, REFERENCE_REGIONS, type ReferenceJobcentre } from "./reference-data";

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
  await ensureReferenceGoals(prisma);
  // Terms a jobcentre has changed are kept.
  await prisma.partnershipTerms.createMany({ data: REFERENCE_PARTNERSHIP_TERMS, skipDuplicates: true });
  await prisma.focusBranch.createMany({ data: REFERENCE_FOCUS_BRANCHES.map((b, position) => ({ ...b, position })), skipDuplicates: true });
}

/** The plans' goals and the national figures they quote; what an admin has entered or changed is kept. */
export async function ensureReferenceGoals(prisma: PrismaClient) {
  await prisma.planGoal.createMany({
    data: REFERENCE_GOALS.map((g) => ({ ...g, year: REFERENCE_GOAL_YEAR, perItemTarget: g.perItemTarget ?? null })),
    skipDuplicates: true,
  });
  await prisma.nationalFigure.createMany({ data: REFERENCE_NATIONAL_FIGURES, skipDuplicates: true });
}
