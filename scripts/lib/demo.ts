// Demo data for `npm start`: the four jobcentres with their promises, staff users, synthetic jobseeker
// registers, and a handful of job orders that go through intake and their workflows as an employer's would.
import crypto from "node:crypto";
import type { PrismaClient } from "@prisma/client";
import type { Env } from "../../app/utils/env.server";
import { createJobOrder, markWorkflowStarted } from "../../app/models/job-order/intake.server";
import { jobOrderSchema } from "../../app/schemas/job-order";
import { getTemporalClient, startJobOrderWorkflow } from "../../app/utils/temporal.server";
import { DEMO_PASSWORD, DEMO_STAFF_LIST, demoStaffEmail, seedDemoCompanies, seedDemoJobseekers, seedDemoAgreements, seedDemoCampaigns, seedDemoVisitProgrammes, seedReferenceAndStaff } from "../../prisma/seed";
import { REFERENCE_JOBCENTRES } from "../../prisma/reference-data";
import { jobOrderFormValues } from "../../prisma/demo-data";
import { generateOrderHistory } from "../../prisma/order-history";

const HOUR = 3_600_000;

type DemoOrder = {
  postcode: string;
  company: string;
  address: string;
  contact: string;
  title: string;
  positions: string;
  kind: string;
  hoursPerWeek: string;
  hoursAgo: number; // received this long ago: some are near or past their deadline
};

// Fictional companies and people; realistic orders for each jobcentre's focus branches.
const DEMO_ORDERS: DemoOrder[] = [
  { postcode: "4970", company: "Femern Stilladser ApS", address: "Havnevej 14", contact: "Jesper Holm", title: "Stilladsarbejder til Femern-byggeriet", positions: "4", kind: "ORDINARY", hoursPerWeek: "37", hoursAgo: 30 },
  { postcode: "4900", company: "Plejecenter Solsikken", address: "Vestergade 40", contact: "Lise Mortensen", title: "Social- og sundhedshjælper", positions: "2", kind: "ORDINARY", hoursPerWeek: "32", hoursAgo: 20 },
  { postcode: "4930", company: "Maribo Torvehandel", address: "Torvet 3", contact: "Karim Haddad", title: "Butiksmedhjælper, småjob 10 timer om ugen", positions: "1", kind: "SMALL_JOB", hoursPerWeek: "10", hoursAgo: 2 },
  { postcode: "3600", company: "Nordsjællands Distributionscenter A/S", address: "Industrivej 22", contact: "Pernille Krogh", title: "Lagermedarbejder til nyt distributionscenter", positions: "8", kind: "ORDINARY", hoursPerWeek: "37", hoursAgo: 40 },
  { postcode: "3550", company: "Børnehuset Kildebakken", address: "Kildebakken 5", contact: "Morten Friis", title: "Pædagogmedhjælper i fleksjob", positions: "1", kind: "FLEX_JOB", hoursPerWeek: "15", hoursAgo: 5 },
  { postcode: "4690", company: "Midtsjællands Busser ApS", address: "Ringstedvej 101", contact: "Hanne Lund", title: "Buschauffør", positions: "3", kind: "ORDINARY", hoursPerWeek: "37", hoursAgo: 12 },
  { postcode: "4640", company: "Faxe Metal & Maskine A/S", address: "Østervej 8", contact: "Søren Dahl", title: "Voksenlærling som industritekniker", positions: "1", kind: "ADULT_APPRENTICE", hoursPerWeek: "37", hoursAgo: 1 },
  { postcode: "4320", company: "Café Ledreborg", address: "Allerslevvej 2", contact: "Ida Berg", title: "Køkkenmedhjælper i virksomhedspraktik", positions: "1", kind: "COMPANY_INTERNSHIP", hoursPerWeek: "20", hoursAgo: 26 },
];

export async function seedDemo(prisma: PrismaClient, env: Env) {
  await seedReferenceAndStaff(prisma);
  await seedDemoJobseekers(prisma);
  await seedDemoCompanies(prisma);
  await seedDemoVisitProgrammes(prisma);
  await seedDemoAgreements(prisma);
  await seedDemoCampaigns(prisma);
  const users = REFERENCE_JOBCENTRES.flatMap((jc) =>
    DEMO_STAFF_LIST.map((u) => `${demoStaffEmail(jc.id, u.localPart).padEnd(42)} ${u.name} (${u.role.toLowerCase()}, ${jc.name})`),
  );
  if (process.env.DEV_DEMO_ORDERS !== "false" && (await prisma.jobOrder.count()) === 0) {
    const client = await getTemporalClient();
    for (const demo of DEMO_ORDERS) {
      const emailName = demo.contact.toLowerCase().replace(/ø/g, "oe").replace(/æ/g, "ae").replace(/å/g, "aa").replace(/\s+/g, ".");
      const domain = demo.company.toLowerCase().replace(/[^a-z]+/g, "-").replace(/^-|-$/g, "");
      const values = jobOrderFormValues({
        workplacePostcode: demo.postcode,
        companyPostcode: demo.postcode,
        companyName: demo.company,
        companyAddress: demo.address,
        contactName: demo.contact,
        contactEmail: `${emailName}@${domain}.example`,
        title: demo.title,
        description: `${demo.company} søger ${demo.positions === "1" ? "en ny kollega" : `${demo.positions} nye kolleger`}: ${demo.title.toLowerCase()}. Ring gerne til ${demo.contact} for at høre mere om jobbet.`,
        requirements: "",
        positions: demo.positions,
        kind: demo.kind,
        hoursPerWeek: demo.hoursPerWeek,
        submissionKey: crypto.randomUUID(),
      });
      const { submissionKey, ...input } = jobOrderSchema.parse(values);
      const order = await createJobOrder(input, submissionKey, new Date(Date.now() - demo.hoursAgo * HOUR));
      await startJobOrderWorkflow(client, env.TEMPORAL_TASK_QUEUE, order.id);
      await markWorkflowStarted(order.id);
    }
  }
  if (process.env.DEV_DEMO_HISTORY !== "false") await seedDemoHistory(prisma);
  return { password: DEMO_PASSWORD, users };
}

/** Orders a month in the demo's history: Lejre below the pace of its 75 a year, so one goal is off track. */
export const DEMO_HISTORY_PER_MONTH: Record<string, number> = { lolland: 45, frederikssund: 35, faxe: 25, lejre: 5 };

/** Last year and this year until yesterday, closed, so the dashboard has figures and a year to compare. */
async function seedDemoHistory(prisma: PrismaClient) {
  if ((await prisma.jobOrder.count({ where: { number: { startsWith: "H-" } } })) > 0) return;
  const now = new Date();
  const from = new Date(Date.UTC(now.getUTCFullYear() - 1, 0, 1));
  const to = new Date(now.getTime() - 24 * HOUR);
  const months = (to.getTime() - from.getTime()) / (30.44 * 24 * HOUR);
  for (const [index, jc] of REFERENCE_JOBCENTRES.entries()) {
    const perMonth = DEMO_HISTORY_PER_MONTH[jc.id] ?? 10;
    await generateOrderHistory(prisma, { jobcentreId: jc.id, from, to, orders: Math.round(perMonth * months), seed: 100 + index, numberPrefix: `H-${jc.id.slice(0, 3).toUpperCase()}` });
  }
}
