// The task inbox: its filters (a GET query, never an error page) and the bulk hand-over form.
// Imported by the page in the browser too, so only string types from @prisma/client.
import type { TaskKind } from "@prisma/client";
import { z } from "zod";
import { updateKeyField } from "./update-key";

export const TASK_INBOX_VIEWS = ["mine", "alle", "ikke-tildelt", "regionale"] as const;
export type TaskInboxView = (typeof TASK_INBOX_VIEWS)[number];

export const TASK_KINDS = ["ANSWER", "SEARCH", "CONSENT_FOLLOW_UP", "MEETING", "REGIONAL_RECRUITMENT", "FOLLOW_UP"] as const satisfies readonly TaskKind[];
// Fails to compile when the Prisma schema gains a kind this list lacks.
export type _EveryTaskKindListed = [Exclude<TaskKind, (typeof TASK_KINDS)[number]>] extends [never] ? true : never;
const _everyKindListed: _EveryTaskKindListed = true;
void _everyKindListed;


/** At most this many tasks in one hand-over (one Temporal update per order). */
export const HAND_OVER_MAX_TASKS = 100;

/** Tasks on one page of the inbox. */
export const TASK_PAGE_SIZE = 50;
export const TASK_SEARCH_MAX = 100;

export const taskInboxQuerySchema = z.object({
  // A consultant's own tasks first: the shared queues are one click away, with their counts. An unknown
  // value falls back to the default rather than failing the page.
  vis: z.enum(TASK_INBOX_VIEWS).catch("mine"),
  type: z.enum([...TASK_KINDS, "alle"]).catch("alle"),
  forfaldne: z
    .unknown()
    .transform((v) => v === "1")
    .catch(false),
  // Order number, company, CVR or title; longer text than any of them is cut, never an error page.
  soeg: z
    .string()
    .transform((v) => v.replace(/\s+/g, " ").trim().slice(0, TASK_SEARCH_MAX))
    .catch(""),
  side: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export type TaskInboxQuery = z.output<typeof taskInboxQuerySchema>;

export const DEFAULT_TASK_INBOX_QUERY: TaskInboxQuery = { vis: "mine", type: "alle", forfaldne: false, soeg: "", side: 1 };

/** The URL search params of a query; defaults left out, so the plain inbox is just /indbakke. */
export function taskInboxSearchParams(query: TaskInboxQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.vis !== DEFAULT_TASK_INBOX_QUERY.vis) params.set("vis", query.vis);
  if (query.type !== DEFAULT_TASK_INBOX_QUERY.type) params.set("type", query.type);
  if (query.forfaldne) params.set("forfaldne", "1");
  if (query.soeg) params.set("soeg", query.soeg);
  if (query.side !== 1) params.set("side", String(query.side));
  return params;
}

export function parseTaskInboxQuery(params: URLSearchParams): TaskInboxQuery {
  return taskInboxQuerySchema.parse(Object.fromEntries(params));
}

const CHOOSE_COLLEAGUE = "Vælg den kollega, der skal have opgaverne.";

export const handOverTasksSchema = z.object({
  taskIds: z
    .array(z.string().uuid("Vælg opgaverne i listen."), { required_error: "Vælg mindst én opgave.", invalid_type_error: "Vælg mindst én opgave." })
    .min(1, "Vælg mindst én opgave.")
    .max(HAND_OVER_MAX_TASKS, `Vælg højst ${HAND_OVER_MAX_TASKS} opgaver ad gangen.`)
    // The same box posted twice is one task.
    .transform((ids) => [...new Set(ids)]),
  toUserId: z.string({ required_error: CHOOSE_COLLEAGUE, invalid_type_error: CHOOSE_COLLEAGUE }).uuid(CHOOSE_COLLEAGUE),
  updateKey: updateKeyField,
});

