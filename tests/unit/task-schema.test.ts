import { parseWithZod } from "@conform-to/zod";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_TASK_INBOX_QUERY,
  handOverTasksSchema,
  HAND_OVER_MAX_TASKS,
  parseTaskInboxQuery,
  taskInboxSearchParams,
} from "~/schemas/task";

const TASK_A = "0f8fad5b-d9cb-469f-a165-70867728950e";
const TASK_B = "7c9e6679-7425-40de-944b-e07fc1f90ae7";
const COLLEAGUE = "16fd2706-8baf-433b-82eb-8c7fada847da";
const UPDATE_KEY = "886313e1-3b8a-5372-9b90-0c9aee199e5d";

function query(search: string) {
  return parseTaskInboxQuery(new URLSearchParams(search));
}

describe("task inbox query", () => {
  it("defaults to the user's own tasks, all kinds, not only overdue, no search, the first page", () => {
    expect(query("")).toEqual({ vis: "mine", type: "alle", forfaldne: false, soeg: "", side: 1 });
    expect(query("")).toEqual(DEFAULT_TASK_INBOX_QUERY);
  });

  it("reads each filter", () => {
    expect(query("vis=alle&type=CONSENT_FOLLOW_UP&forfaldne=1&soeg=JO-2026&side=3")).toEqual({ vis: "alle", type: "CONSENT_FOLLOW_UP", forfaldne: true, soeg: "JO-2026", side: 3 });
    expect(query("vis=ikke-tildelt").vis).toBe("ikke-tildelt");
    expect(query("vis=regionale&type=REGIONAL_RECRUITMENT").vis).toBe("regionale");
  });

  it("falls back to the defaults on unknown values instead of failing", () => {
    expect(query("vis=alt&type=ANDET&forfaldne=ja")).toEqual(DEFAULT_TASK_INBOX_QUERY);
    expect(query("type=answer").type).toBe("alle");
    expect(query("forfaldne=").forfaldne).toBe(false);
    expect(query("side=0").side).toBe(1);
    expect(query("side=abc").side).toBe(1);
    expect(query("side=99999999").side).toBe(1);
  });

  it("tidies the search: spaces collapsed, cut at its maximum length", () => {
    expect(query("soeg=%20%20Lager%20%20%20Nord%20").soeg).toBe("Lager Nord");
    expect(query(`soeg=${"a".repeat(500)}`).soeg).toHaveLength(100);
  });

  it("writes the filters back to a URL without the defaults", () => {
    expect(taskInboxSearchParams(DEFAULT_TASK_INBOX_QUERY).toString()).toBe("");
    const chosen = { vis: "alle", type: "MEETING", forfaldne: true, soeg: "Lager", side: 2 } as const;
    const params = taskInboxSearchParams(chosen);
    expect(params.toString()).toBe("vis=alle&type=MEETING&forfaldne=1&soeg=Lager&side=2");
    expect(parseTaskInboxQuery(params)).toEqual(chosen);
  });
});

function form(taskIds: string[], overrides: Record<string, string | null> = {}): FormData {
  const data = new FormData();
  for (const id of taskIds) data.append("taskIds", id);
  const values: Record<string, string | null> = { toUserId: COLLEAGUE, updateKey: UPDATE_KEY, csrf: "ignored", ...overrides };
  for (const [key, value] of Object.entries(values)) if (value !== null) data.append(key, value);
  return data;
}

function parse(taskIds: string[], overrides: Record<string, string | null> = {}) {
  return parseWithZod(form(taskIds, overrides), { schema: handOverTasksSchema });
}

function errorsOf(taskIds: string[], overrides: Record<string, string | null> = {}) {
  const submission = parse(taskIds, overrides);
  expect(submission.status).toBe("error");
  return submission.status === "error" ? (submission.error ?? {}) : {};
}

describe("handOverTasksSchema", () => {
  it("accepts one task (a single checked box)", () => {
    const submission = parse([TASK_A]);
    expect(submission.status).toBe("success");
    if (submission.status !== "success") return;
    expect(submission.value).toEqual({ taskIds: [TASK_A], toUserId: COLLEAGUE, updateKey: UPDATE_KEY });
  });

  it("accepts several tasks and counts a repeated one once", () => {
    const submission = parse([TASK_A, TASK_B, TASK_A]);
    expect(submission.status).toBe("success");
    if (submission.status !== "success") return;
    expect(submission.value.taskIds).toEqual([TASK_A, TASK_B]);
  });

  it("asks for at least one task", () => {
    expect(errorsOf([])["taskIds"]).toEqual(["Vælg mindst én opgave."]);
  });

  it(`allows at most ${HAND_OVER_MAX_TASKS} tasks`, () => {
    const ids = Array.from({ length: HAND_OVER_MAX_TASKS + 1 }, () => crypto.randomUUID());
    expect(errorsOf(ids)["taskIds"]).toEqual([`Vælg højst ${HAND_OVER_MAX_TASKS} opgaver ad gangen.`]);
    expect(parse(ids.slice(0, HAND_OVER_MAX_TASKS)).status).toBe("success");
  });

  it("rejects a task id that is not one of the list's", () => {
    const errors = errorsOf([TASK_A, "not-a-task"]);
    expect(errors["taskIds[1]"]).toEqual(["Vælg opgaverne i listen."]);
  });

  it.each([[null], [""], ["not-a-user"]])("asks which colleague for toUserId %j", (toUserId) => {
    expect(errorsOf([TASK_A], { toUserId })["toUserId"]).toEqual(["Vælg den kollega, der skal have opgaverne."]);
  });

  it("gives both errors at once", () => {
    const errors = errorsOf([], { toUserId: "" });
    expect(errors["taskIds"]).toEqual(["Vælg mindst én opgave."]);
    expect(errors["toUserId"]).toEqual(["Vælg den kollega, der skal have opgaverne."]);
  });

  it("needs the update key", () => {
    expect(errorsOf([TASK_A], { updateKey: null })["updateKey"]?.[0]).toMatch(/Genindlæs siden/);
    expect(errorsOf([TASK_A], { updateKey: "x" })["updateKey"]?.[0]).toMatch(/Genindlæs siden/);
  });
});
