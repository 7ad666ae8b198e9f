// Demo data for `npm start`: the four jobcentres with their promises, staff users, and a handful of job
// orders that go through intake and their workflows exactly as an employer's would.
import crypto from "node:crypto";
import type { PrismaClient } from "@prisma/client";
import type { Env } from "../../app/utils/env.server";
import { createJobOrder, markWorkflowStarted } from "../../app/models/job-order.server";
import { jobOrderSchema } from "../../app/schemas/job-order";
import { getTemporalClient, startJobOrderWorkflow } from "../../app/utils/temporal.server";
import { DEMO_PASSWORD, DEMO_STAFF_LIST, demoStaffEmail, seedReferenceAndStaff } from "../../prisma/seed";
import { REFERENCE_JOBCENTRES } from "../../prisma/reference-data";
import { jobOrderFormValues } from "../../tests/factories";

const HOUR = 3_600_000;

// [workplace postcode, title, positions, kind, hours ago received]
const DEMO_ORDERS: Array<[string, string, string, string, number]> = [
  ["4970", "Stilladsarbejder til Femern-byggeriet", "4", "ORDINARY", 30],
  ["4900", "Social- og sundhedshjælper", "2", "ORDINARY", 20],
  ["4930", "Butiksmedhjælper, småjob 10 timer om ugen", "1", "SMALL_JOB", 2],
  ["3600", "Lagermedarbejder til nyt distributionscenter", "8", "ORDINARY", 40],
  ["3550", "Pædagogmedhjælper, fleksjob", "1", "FLEX_JOB", 5],
  ["4690", "Buschauffør", "3", "ORDINARY", 12],
  ["4640", "Voksenlærling som industritekniker", "1", "ADULT_APPRENTICE", 1],
  ["4320", "Køkkenmedhjælper, virksomhedspraktik", "1", "COMPANY_INTERNSHIP", 26],
];

export async function seedDemo(prisma: PrismaClient, env: Env) {
  await seedReferenceAndStaff(prisma);
  const users = REFERENCE_JOBCENTRES.flatMap((jc) =>
    DEMO_STAFF_LIST.map((u) => `${demoStaffEmail(jc.id, u.localPart).padEnd(42)} ${u.name} (${u.role.toLowerCase()}, ${jc.name})`),
  );
  if (process.env.DEV_DEMO_ORDERS !== "false" && (await prisma.jobOrder.count()) === 0) {
    const client = await getTemporalClient();
    for (const [postcode, title, positions, kind, hoursAgo] of DEMO_ORDERS) {
      const values = jobOrderFormValues({ workplacePostcode: postcode, companyPostcode: postcode, title, positions, kind, submissionKey: crypto.randomUUID() });
      const input = jobOrderSchema.parse(values);
      const order = await createJobOrder(input, input.submissionKey, new Date(Date.now() - hoursAgo * HOUR));
      await startJobOrderWorkflow(client, env.TEMPORAL_TASK_QUEUE, order.id);
      await markWorkflowStarted(order.id);
    }
  }
  return { password: DEMO_PASSWORD, users };
}
