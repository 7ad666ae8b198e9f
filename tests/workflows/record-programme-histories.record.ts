// Records histories of the visit programme's workflow as it is now, for the replay test of later versions
// (tests/workflows/replay.test.ts): before a change to the workflow's commands, run
//   RECORD_PROGRAMME_HISTORIES=vp1 npx vitest run --project record-histories tests/workflows/record-programme-histories.record.ts
// and commit tests/workflows/histories/vp1-*.json. Not part of the suite. Each scenario drives the signal,
// the update, the reminder timer and the due timer.
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "vitest";
import type { WorkflowHandle } from "@temporalio/client";
import { temporal } from "@temporalio/proto";
import { notifyProgrammesOfVisit } from "../../app/models/visit/programme.server";
import { addLocalDays, localDateOf } from "../../app/utils/deadlines";
import { declineVisitsUpdate, ENROL_PROGRAMMES_WORKFLOW, getProgrammeStateQuery, visitProgrammeWorkflowId } from "../../workflows/visit-programme/definitions";
import { createHeldVisit, createRegisteredCompany, createVisitProgramme, uniqueSuffix } from "../factories";
import { eventually } from "../support/eventually";
import { DAY, env, makeJobcentre, prisma, serverNow, skipPast, taskQueue, useWorkflowHarness, type Jc } from "./harness";

useWorkflowHarness();

const OUT = path.resolve(import.meta.dirname, "histories");
const VERSION = process.env.RECORD_PROGRAMME_HISTORIES ?? "";

async function save(name: string, handle: WorkflowHandle) {
  await handle.result().catch(() => undefined);
  const history = await handle.fetchHistory();
  const History = temporal.api.history.v1.History;
  const json = History.toObject(History.fromObject(history), { longs: String, enums: String, bytes: String });
  fs.writeFileSync(path.join(OUT, `${VERSION}-${name}.json`), JSON.stringify(json, null, 1) + "\n");
}

async function enrolled() {
  const jc = await makeJobcentre();
  const today = localDateOf(await serverNow());
  const programme = await createVisitProgramme(prisma, jc.jobcentre.id, {
    startsOn: new Date(`${addLocalDays(today, -10)}T00:00:00Z`),
    endsOn: new Date(`${addLocalDays(today, 60)}T00:00:00Z`),
    followUpWithinMonths: 2,
    reminderDaysBefore: 7,
  });
  const company = await createRegisteredCompany(prisma, jc.jobcentre.id, { employeeBand: "E10_19" }, jc.consultant.id);
  await env.client.workflow.execute(ENROL_PROGRAMMES_WORKFLOW, { taskQueue: taskQueue(), workflowId: `enrol-record-${uniqueSuffix()}`, args: [{ jobcentreIds: [jc.jobcentre.id] }] });
  const handle = env.client.workflow.getHandle(visitProgrammeWorkflowId(programme.id, company.id));
  await eventually(async () => ((await handle.query(getProgrammeStateQuery).catch(() => null))?.dueAt ? true : null), "the workflow to start");
  return { jc, company, handle };
}

async function hold(jc: Jc, companyId: string, daysFromNow = 0) {
  const at = new Date((await serverNow()).getTime() + daysFromNow * DAY);
  await createHeldVisit(prisma, { jobcentreId: jc.jobcentre.id, companyId, consultantId: jc.consultant.id, at });
  await notifyProgrammesOfVisit(prisma, async () => env.client, { jobcentreId: jc.jobcentre.id, companyId });
}

describe.runIf(/^vp\d+$/.test(VERSION))(`record ${VERSION} visit programme histories`, () => {
  it("reminded before the first visit, visited, then followed up", async () => {
    const { jc, company, handle } = await enrolled();
    await skipPast((await handle.query(getProgrammeStateQuery)).remindAt!);
    await hold(jc, company.id);
    await eventually(async () => ((await handle.query(getProgrammeStateQuery)).status === "AWAITING_FOLLOW_UP" ? true : null), "the first visit");
    await hold(jc, company.id, 1);
    await save("visited-followed-up", handle);
  });

  it("visited, reminded, and the follow-up missed", async () => {
    const { jc, company, handle } = await enrolled();
    await hold(jc, company.id);
    await eventually(async () => ((await handle.query(getProgrammeStateQuery)).status === "AWAITING_FOLLOW_UP" ? true : null), "the first visit");
    await skipPast((await handle.query(getProgrammeStateQuery)).dueAt!);
    await save("follow-up-missed", handle);
  });

  it("declined before any visit", async () => {
    const { jc, handle } = await enrolled();
    await handle.executeUpdate(declineVisitsUpdate, { args: [{ byUserId: jc.consultant.id }] });
    await save("declined", handle);
  });
});
