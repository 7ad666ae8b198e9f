// The deployment's schedules on the real Temporal dev server (the time-skipping server has none): created
// once by every worker at start, the digest every Monday at 07.00 Copenhagen time, the task queue kept in
// line with the deployment. Copies under ids of their own, so nothing runs for real here.
import { Client, Connection } from "@temporalio/client";
import { DateTime } from "luxon";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MANAGEMENT_DIGEST_SCHEDULE_ID } from "../../workflows/management/definitions";
import { ensureSchedules, SCHEDULES } from "../../workflows/worker";
import { uniqueSuffix } from "../factories";

let connection: Connection;
let client: Client;
const suffix = uniqueSuffix();
const copies = SCHEDULES.map((s) => ({ ...s, scheduleId: `${s.scheduleId}-test-${suffix}` }));

beforeAll(async () => {
  connection = await Connection.connect({ address: process.env.TEMPORAL_ADDRESS! });
  client = new Client({ connection });
});

afterAll(async () => {
  for (const s of copies) await client.schedule.getHandle(s.scheduleId).delete().catch(() => undefined);
  await connection?.close();
});

describe("the schedules", () => {
  it("run the managers' digest every Monday at 07.00 Copenhagen time", async () => {
    await ensureSchedules(client, "queue-a", copies);
    const digest = copies.find((s) => s.scheduleId.startsWith(MANAGEMENT_DIGEST_SCHEDULE_ID))!;
    const description = await client.schedule.getHandle(digest.scheduleId).describe();
    const next = description.info.nextActionTimes.map((d) => DateTime.fromJSDate(d, { zone: "Europe/Copenhagen" }));
    expect(next.length).toBeGreaterThan(0);
    for (const at of next) expect([at.weekday, at.hour, at.minute]).toEqual([1, 7, 0]);
  });

  it("are created once and follow the deployment's task queue", async () => {
    await ensureSchedules(client, "queue-a", copies);
    await ensureSchedules(client, "queue-b", copies);
    for (const s of copies) {
      const description = await client.schedule.getHandle(s.scheduleId).describe();
      expect(description.action.type === "startWorkflow" ? description.action.taskQueue : null).toBe("queue-b");
    }
  });
});
