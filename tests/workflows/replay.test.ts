// Workflows started by an earlier version must go on under the current code: each history recorded from
// an earlier version (tests/workflows/histories, made by record-histories.record.ts) replays without a
// nondeterminism error. Changes to the workflow go through patched() (docs/decisions/007-order-lifecycle.md).
// The job order's histories are v<n>-*, the visit programme's vp<n>-* (record-programme-histories.record.ts).
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { Worker, type WorkflowBundle } from "@temporalio/worker";
import { temporal } from "@temporalio/proto";
import { bundleJobOrderWorkflows } from "../../workflows/worker";

const HISTORIES = path.resolve(import.meta.dirname, "histories");

function loadHistory(file: string) {
  return temporal.api.history.v1.History.fromObject(JSON.parse(fs.readFileSync(path.join(HISTORIES, file), "utf8")));
}

let bundle: WorkflowBundle | undefined;
async function workflowBundle(): Promise<WorkflowBundle> {
  bundle ??= await bundleJobOrderWorkflows();
  return bundle;
}

describe("running workflows of earlier versions", () => {
  const files = fs.readdirSync(HISTORIES).filter((f) => f.endsWith(".json")).sort();

  it("has recorded histories to replay", () => {
    expect(files).toEqual(expect.arrayContaining(["v1-answered-open.json", "v1-escalated-unanswered.json", "v1-answered-late-closed.json", "v2-hired-surveyed-followed-up.json", "v3-steps-at-once.json", "v4-corrected-thread-moved-close.json", "v5-answered-closed.json", "v6-escalated-answered-late.json", "vp1-visited-followed-up.json", "vp1-follow-up-missed.json", "vp1-declined.json"]));
  });

  for (const file of files) {
    it(`replays ${file} without a nondeterminism error`, async () => {
      await expect(Worker.runReplayHistory({ workflowBundle: await workflowBundle() }, loadHistory(file), file)).resolves.toBeUndefined();
    });
  }

  it("would notice a change that is not patched", async () => {
    // The same history with its first activity renamed: the code schedules startOrderClock, the history
    // says something else. Proves the replays above would catch an unpatched change.
    const json = JSON.parse(fs.readFileSync(path.join(HISTORIES, "v1-answered-open.json"), "utf8"));
    const scheduled = json.events.find((e: { activityTaskScheduledEventAttributes?: unknown }) => e.activityTaskScheduledEventAttributes);
    scheduled.activityTaskScheduledEventAttributes.activityType.name = "somethingElse";
    const history = temporal.api.history.v1.History.fromObject(json);
    await expect(Worker.runReplayHistory({ workflowBundle: await workflowBundle() }, history, "tampered")).rejects.toThrow(/[Nn]ondetermin/);
  });
});
