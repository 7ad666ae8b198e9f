// The jobseeker register. Every write goes through upsertJobseekers, which keeps the search text, the
// keyword text and the Danish full-text document in step with the fields they are built from.
import type { BenefitGroup, Prisma, PrismaClient } from "@prisma/client";

export type JobseekerInput = {
  externalRef: string;
  name: string;
  email: string | null;
  phone: string | null;
  postcode: string;
  maxTravelKm: number;
  hoursPerWeek: number;
  benefitGroup: BenefitGroup;
  occupations: string[];
  skills: string[];
  certificates: string[];
  drivingLicences: string[];
  languages: string[];
  cvSummary: string;
  contactConsent: boolean;
};

/** What search matches on: occupations, skills, certificates, licences (as "kørekort B") and the CV. */
export function buildSearchText(j: Pick<JobseekerInput, "occupations" | "skills" | "certificates" | "drivingLicences" | "cvSummary">): string {
  return [
    ...j.occupations,
    ...j.skills,
    ...j.certificates,
    ...j.drivingLicences.map((l) => `kørekort ${l}`),
    j.cvSummary,
  ]
    .map((part) => part.trim())
    .filter(Boolean)
    .join(" · ");
}

/**
 * What typo-forgiving (trigram) search matches on: occupations, skills and certificates only. Not the CV,
 * whose everyday words ("kan arbejde op til 30 km") are close to any compound with "…arbejder", and not
 * the licences ("kørekort B" would make the word "kørekort" match nearly everyone; licences are matched
 * by category instead). Full text still covers all of buildSearchText.
 */
export function buildKeywordText(j: Pick<JobseekerInput, "occupations" | "skills" | "certificates">): string {
  return [...j.occupations, ...j.skills, ...j.certificates]
    .map((part) => part.trim())
    .filter(Boolean)
    .join(" · ");
}

type Db = PrismaClient | Prisma.TransactionClient;

/** Rebuilds the Danish full-text document of the given jobseekers from their search text. */
export async function refreshSearchDocuments(db: Db, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.$executeRaw`UPDATE "Jobseeker" SET "searchDocument" = to_tsvector('danish', "searchText") WHERE "id" = ANY(${ids}::text[])`;
}

/**
 * Inserts or updates jobseekers of one jobcentre by their external reference, all in one transaction:
 * either every row is applied or none. Returns how many were created and updated.
 */
export async function upsertJobseekers(
  prisma: PrismaClient,
  jobcentreId: string,
  rows: JobseekerInput[],
): Promise<{ created: number; updated: number; ids: string[] }> {
  return prisma.$transaction(
    async (tx) => {
      // References compare without regard to case, as the import's duplicate check does: "sag-1"
      // updates the person first imported as "SAG-1", whose spelling is kept.
      const refKey = (ref: string) => ref.toLowerCase();
      const existing = await tx.$queryRaw<Array<{ id: string; externalRef: string }>>`
        SELECT "id", "externalRef" FROM "Jobseeker"
        WHERE "jobcentreId" = ${jobcentreId} AND lower("externalRef") = ANY(${rows.map((r) => refKey(r.externalRef))}::text[])`;
      const byRef = new Map(existing.map((e) => [refKey(e.externalRef), e]));
      const ids: string[] = [];
      let created = 0;
      for (const row of rows) {
        const data = { ...row, searchText: buildSearchText(row), keywordText: buildKeywordText(row) };
        const found = byRef.get(refKey(row.externalRef));
        if (found) {
          await tx.jobseeker.update({ where: { id: found.id }, data: { ...data, externalRef: found.externalRef } });
          ids.push(found.id);
        } else {
          const inserted = await tx.jobseeker.create({ data: { ...data, jobcentreId }, select: { id: true } });
          byRef.set(refKey(row.externalRef), { id: inserted.id, externalRef: row.externalRef });
          ids.push(inserted.id);
          created++;
        }
      }
      await refreshSearchDocuments(tx, ids);
      return { created, updated: ids.length - created, ids };
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}

export const JOBSEEKER_PAGE_SIZE = 50;

/** One page of a jobcentre's register, by name (reference breaks ties so pages never overlap). */
export function listJobseekers(prisma: PrismaClient, jobcentreId: string, page: number, pageSize = JOBSEEKER_PAGE_SIZE) {
  return prisma.jobseeker.findMany({
    where: { jobcentreId },
    orderBy: [{ name: "asc" }, { externalRef: "asc" }],
    skip: (page - 1) * pageSize,
    take: pageSize,
    select: {
      id: true,
      externalRef: true,
      name: true,
      occupations: true,
      postcode: true,
      hoursPerWeek: true,
      maxTravelKm: true,
      benefitGroup: true,
      contactConsent: true,
    },
  });
}

export function countJobseekers(prisma: PrismaClient, jobcentreId?: string): Promise<number> {
  return prisma.jobseeker.count({ where: jobcentreId ? { jobcentreId } : {} });
}

