// `npm run db:seed`: loads the reference data (the jobcentres, their postcodes and first policies) into
// DATABASE_URL; idempotent. `npm run db:seed -- --demo` adds the demo staff users and jobseeker
// registers and CVR extracts, never meant for production.
import { createPrismaClient } from "../app/utils/db.server";
import { ensureReferenceData } from "../prisma/load-reference-data";
import { seedDemoCompanies, seedDemoJobseekers, seedDemoAgreements, seedDemoCampaigns, seedDemoVisitProgrammes, seedReferenceAndStaff } from "../prisma/seed";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set");
  process.exit(2);
}
const prisma = createPrismaClient(url);
try {
  if (process.argv.includes("--demo")) {
    const { created } = await seedReferenceAndStaff(prisma);
    const jobseekers = await seedDemoJobseekers(prisma);
    const companies = await seedDemoCompanies(prisma);
    const programmes = await seedDemoVisitProgrammes(prisma);
    const agreements = await seedDemoAgreements(prisma);
    const campaigns = await seedDemoCampaigns(prisma);
    console.log(
      `Reference data loaded; ${created} demo staff users, ${jobseekers} demo jobseekers, ${companies} demo companies, ${programmes} visit programme(s), ${agreements} partnership agreement(s) and ${campaigns} campaign(s) created.`,
    );
  } else {
    await ensureReferenceData(prisma);
    console.log("Reference data loaded.");
  }
} finally {
  await prisma.$disconnect();
}
