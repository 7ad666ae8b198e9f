// Demo data for the four jobcentres of the seeds: reference data (jobcentres, postcodes, first
// policies), staff users with one shared demo password and synthetic jobseeker registers (the demo job
// orders are made in scripts/lib/demo.ts, through intake and their workflows). Idempotent: a second
// start finds the data and adds nothing.
import type { PrismaClient, StaffRole } from "@prisma/client";
import { startCampaign } from "../app/models/campaign/campaigns.server";
import { importCompaniesCsv } from "../app/models/company/import.server";
import { newCampaignFormSchema } from "../app/schemas/campaign";
import { danishToday } from "../app/schemas/job-order";
import { addCalendarDays } from "../app/utils/local-date";
import { upsertJobseekers } from "../app/models/jobseeker/register.server";
import { makeSyntheticCompanyCsv } from "./synthetic-companies";
import { REFERENCE_JOBCENTRES } from "./reference-data";
import { makeSyntheticJobseekers } from "./synthetic-jobseekers";
import { createStaffUser, DEMO_PASSWORD } from "./demo-data";
import { ensureReferenceData } from "./load-reference-data";

export { DEMO_PASSWORD };

type DemoUser = { name: string; role: StaffRole; localPart: string };

const DEMO_STAFF: DemoUser[] = [
  { name: "Anne Sørensen", role: "CONSULTANT", localPart: "konsulent" },
  { name: "Bo Nielsen", role: "CONSULTANT", localPart: "konsulent2" },
  { name: "Camilla Jensen", role: "TEAM_LEAD", localPart: "teamleder" },
  { name: "Dorthe Poulsen", role: "MANAGER", localPart: "leder" },
  { name: "Erik Madsen", role: "ADMIN", localPart: "admin" },
];

export function demoStaffEmail(jobcentreId: string, localPart: string): string {
  return `${localPart}@${jobcentreId}.jobcenter.example`;
}

export async function seedReferenceAndStaff(prisma: PrismaClient): Promise<{ created: number }> {
  await ensureReferenceData(prisma);
  let created = 0;
  for (const jc of REFERENCE_JOBCENTRES) {
    for (const demo of DEMO_STAFF) {
      const email = demoStaffEmail(jc.id, demo.localPart);
      if (await prisma.user.findUnique({ where: { email } })) continue;
      await createStaffUser(prisma, { jobcentreId: jc.id, role: demo.role, name: demo.name, email, password: DEMO_PASSWORD });
      created++;
    }
  }
  return { created };
}

export const DEMO_STAFF_LIST = DEMO_STAFF;

/** Register sizes of the demo: 2,300 invented jobseekers, roughly in proportion to the municipalities. */
export const DEMO_JOBSEEKERS: Record<string, number> = { lolland: 800, frederikssund: 600, faxe: 500, lejre: 400 };

/**
 * Fills the register of each reference jobcentre that has no jobseekers yet with invented people living
 * in its postcodes (same seed, same people). Returns how many were created.
 */
export async function seedDemoJobseekers(prisma: PrismaClient, sizes: Record<string, number> = DEMO_JOBSEEKERS): Promise<number> {
  let created = 0;
  for (const [index, jc] of REFERENCE_JOBCENTRES.entries()) {
    const count = sizes[jc.id] ?? 0;
    if (count === 0 || (await prisma.jobseeker.count({ where: { jobcentreId: jc.id } })) > 0) continue;
    const people = makeSyntheticJobseekers(jc.id, jc.postcodes.map(([postcode]) => postcode), count, 1000 + index);
    created += (await upsertJobseekers(prisma, jc.id, people)).created;
  }
  return created;
}

/** Register sizes of the demo's CVR extracts. */
export const DEMO_COMPANIES: Record<string, number> = { lolland: 80, frederikssund: 60, faxe: 60, lejre: 40 };

/**
 * Imports an invented CVR extract for each reference jobcentre that has imported none yet, through the
 * import itself. Returns how many companies were created.
 */
export async function seedDemoCompanies(prisma: PrismaClient, sizes: Record<string, number> = DEMO_COMPANIES): Promise<number> {
  let created = 0;
  for (const [index, jc] of REFERENCE_JOBCENTRES.entries()) {
    const count = sizes[jc.id] ?? 0;
    if (count === 0 || (await prisma.companyRelationship.count({ where: { jobcentreId: jc.id, source: "CVR_IMPORT" } })) > 0) continue;
    const csv = makeSyntheticCompanyCsv(jc.postcodes.map(([postcode, city]) => [postcode, city]), count, 2000 + index);
    const result = await importCompaniesCsv(prisma, jc.id, csv);
    if (!result.applied || result.report.rejected.length > 0) throw new Error(`the demo CVR extract of ${jc.id} was not imported whole`);
    created += result.companiesCreated;
  }
  return created;
}

/**
 * Frederikssund's plan: in the year every company with more than 3 employees is offered a visit and a
 * follow-up visit (the plan names no span for the follow-up; six months is the demo's choice, as data).
 */
export const DEMO_VISIT_PROGRAMMES = [
  { jobcentreId: "frederikssund", name: "Besøg og opfølgning", employeesAbove: 3, followUpWithinMonths: 6, reminderDaysBefore: 14 },
];

/** The demo's visit programmes for the year of `now`, where the jobcentre has none for it yet. */
export async function seedDemoVisitProgrammes(prisma: PrismaClient, now = new Date()): Promise<number> {
  const year = now.getUTCFullYear();
  let created = 0;
  for (const programme of DEMO_VISIT_PROGRAMMES) {
    const startsOn = new Date(`${year}-01-01T00:00:00Z`);
    if ((await prisma.visitProgramme.count({ where: { jobcentreId: programme.jobcentreId, startsOn } })) > 0) continue;
    await prisma.visitProgramme.create({ data: { ...programme, name: `${programme.name} ${year}`, startsOn, endsOn: new Date(`${year}-12-31T00:00:00Z`) } });
    created += 1;
  }
  return created;
}

/**
 * One partnership agreement in Frederikssund for the demo, on the standard terms, for the first company of its
 * extract, running this year; made by the team lead, with the first consultant as the fixed contact.
 */
export async function seedDemoAgreements(prisma: PrismaClient, now = new Date()): Promise<number> {
  const jobcentreId = "frederikssund";
  if ((await prisma.partnershipAgreement.count({ where: { jobcentreId } })) > 0) return 0;
  const [terms, relationship, lead, contact] = await Promise.all([
    prisma.partnershipTerms.findUnique({ where: { jobcentreId } }),
    prisma.companyRelationship.findFirst({ where: { jobcentreId, source: "CVR_IMPORT" }, orderBy: { company: { cvr: "asc" } }, include: { company: true } }),
    prisma.user.findUnique({ where: { email: demoStaffEmail(jobcentreId, "teamleder") } }),
    prisma.user.findUnique({ where: { email: demoStaffEmail(jobcentreId, "konsulent") } }),
  ]);
  if (!terms || !relationship || !lead || !contact) return 0;
  const year = now.getUTCFullYear();
  await prisma.partnershipAgreement.create({
    data: {
      jobcentreId,
      companyId: relationship.companyId,
      startsOn: new Date(`${year}-01-01T00:00:00Z`),
      endsOn: new Date(`${year + 1}-12-31T00:00:00Z`),
      contactUserId: contact.id,
      companyContactName: "Lone Holm",
      companyContactEmail: `lone.holm@${relationship.company.cvr}.example`,
      fastTrackResponseHours: terms.fastTrackResponseHours,
      companyCommitments: terms.companyCommitments,
      jobcentreCommitments: terms.jobcentreCommitments,
      createdById: lead.id,
    },
  });
  return 1;
}

/**
 * A running information campaign in Faxe (its plan: three a year, each visiting 150 companies), made as staff
 * make one: the demo's register is small, so it sets out to visit 20 of the companies it chooses.
 */
export async function seedDemoCampaigns(prisma: PrismaClient, now = new Date()): Promise<number> {
  const jobcentreId = "faxe";
  if ((await prisma.campaign.count({ where: { jobcentreId } })) > 0) return 0;
  const consultants = await prisma.user.findMany({
    where: { email: { in: [demoStaffEmail(jobcentreId, "konsulent"), demoStaffEmail(jobcentreId, "konsulent2")] } },
    select: { id: true },
  });
  if (consultants.length === 0) return 0;
  const today = danishToday(now);
  const typed = (iso: string) => iso.split("-").reverse().join("-");
  const values = newCampaignFormSchema.parse({
    intent: "startCampaign",
    campaignId: crypto.randomUUID(),
    topic: "Fleksjob og løntilskud i mindre virksomheder",
    description: "Fortæl om fleksjob, løntilskud og virksomhedspraktik, og spørg til rekrutteringsbehov det næste halve år.",
    startsOn: typed(addCalendarDays(today, -14)),
    endsOn: typed(addCalendarDays(today, 76)),
    targetCompanies: "20",
    consultantIds: consultants.map((c) => c.id),
  });
  const result = await startCampaign(prisma, { jobcentreId, byUserId: consultants[0]!.id, values });
  return result.ok ? 1 : 0;
}
