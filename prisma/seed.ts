// Demo data for the four jobcentres of the seeds: reference data (jobcentres, postcodes, first
// policies), staff users with one shared demo password, and a few job orders. Idempotent: a second
// start finds the data and adds nothing.
import type { PrismaClient, StaffRole } from "@prisma/client";
import { REFERENCE_JOBCENTRES } from "./reference-data";
import { createStaffUser, DEMO_PASSWORD, ensureReferenceData } from "../tests/factories";

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
