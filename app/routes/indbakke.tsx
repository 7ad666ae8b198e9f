// The inbox: the open tasks the user may see (their own first; their jobcentre's and their region's
// regional tasks one choice away), the earliest deadline first, with filters and a search kept in the URL,
// 50 to a page, a bulk hand-over to a colleague, and the recent answers.
// Works without JavaScript: the filters are a GET form, the hand-over a POST form around the table.
import { canHandOverOrders, NOT_AN_OWNER_MESSAGE } from "~/domain/staff-roles";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useLocation, useNavigation } from "@remix-run/react";
import { CsrfInput } from "~/components/csrf-input";
import { Pagination } from "~/components/pagination";
import { Alert, FieldError, formGroupClass } from "~/components/forms";
import { listRecentlyAnswered, RECENTLY_ANSWERED_DAYS } from "~/models/job-order/inbox.server";
import { describeTimeLeft, escalationText } from "~/models/job-order/staff.server";
import { handOverTasks } from "~/models/job-order/lifecycle.server";
import { countTasks, findVisibleOpenTasks, listTasks, type InboxTask } from "~/models/job-order/tasks.server";
import { listColleagues } from "~/models/access/users.server";
import {
  handOverTasksSchema,
  parseTaskInboxQuery,
  TASK_INBOX_VIEWS,
  TASK_KINDS,
  TASK_PAGE_SIZE,
  TASK_SEARCH_MAX,
  taskInboxSearchParams,
  type TaskInboxQuery,
  type TaskInboxView,
} from "~/schemas/task";
import { readForm } from "~/utils/csrf.server";
import { formatDateTime, formatDuration } from "~/utils/format";
import { TASK_KIND_LABELS } from "~/utils/labels";
import { requireStaffUser } from "~/utils/session.server";
import { ScrollBox } from "~/components/scroll-box";

export const meta: MetaFunction = () => [{ title: "Indbakke – Jobcentrenes rekrutteringsservice" }];

const VIEW_LABELS: Record<TaskInboxView, string> = {
  mine: "Mine",
  alle: "Alle i jobcentret og regionen",
  "ikke-tildelt": "Ikke tildelt",
  regionale: "Regionale opgaver",
};

const VIEW_CAPTIONS: Record<TaskInboxView, string> = {
  mine: "Mine opgaver",
  alle: "Alle opgaver i jobcentret og regionen",
  "ikke-tildelt": "Opgaver uden ansvarlig",
  regionale: "Regionale opgaver",
};

const EMPTY_TEXTS: Record<TaskInboxView, string> = {
  mine: "Du har ingen åbne opgaver",
  alle: "Der er ingen åbne opgaver",
  "ikke-tildelt": "Alle åbne opgaver har en ansvarlig",
  regionale: "Der er ingen åbne regionale opgaver",
};

function caption(query: TaskInboxQuery, total: number, pages: number): string {
  const parts = [VIEW_CAPTIONS[query.vis]];
  if (query.type !== "alle") parts.push(`af typen "${TASK_KIND_LABELS[query.type]}"`);
  if (query.forfaldne) parts.push("hvor fristen er overskredet");
  if (query.soeg) parts.push(`med "${query.soeg}"`);
  const page = pages > 1 ? `, side ${Math.min(query.side, pages)} af ${pages}` : "";
  return `${parts.join(" ")}, sorteret efter frist (${total}${page})`;
}

function movedText(moved: number, toName: string): string {
  return `${moved} ${moved === 1 ? "opgave" : "opgaver"} er overdraget til ${toName}.`;
}

function inboxPath(query: TaskInboxQuery, extra: Record<string, string> = {}): string {
  const params = taskInboxSearchParams(query);
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  const search = params.toString();
  return search ? `/indbakke?${search}` : "/indbakke";
}

/** Time left in the words consultants work from; the answer task in its order's own policy. */
function timeLeftOf(task: InboxTask, now: Date) {
  if (task.kind === "ANSWER" && task.order.dueAt) {
    const timeLeft = describeTimeLeft(task.order.policy, task.order, now);
    if (timeLeft) return { ...timeLeft, escalation: escalationText(task.order.escalationLevel) };
  }
  const hours = (task.dueAt.getTime() - now.getTime()) / 3_600_000;
  return { text: formatDuration(hours), overdue: now.getTime() > task.dueAt.getTime(), nearDeadline: false, escalation: null };
}

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireStaffUser(request);
  const url = new URL(request.url);
  const query = parseTaskInboxQuery(url.searchParams);
  const now = new Date();
  const [tasks, counts, answered, colleagues] = await Promise.all([
    listTasks(user, query, now),
    countTasks(user, query, now),
    listRecentlyAnswered(user, query.vis === "mine" ? "mine" : "alle", now),
    listColleagues(user.jobcentreId),
  ]);

  const moved = url.searchParams.get("overdraget");
  const toUserId = url.searchParams.get("til");
  const toName = colleagues.find((c) => c.id === toUserId)?.name ?? "en kollega";

  const total = counts[query.vis];
  const pages = Math.max(1, Math.ceil(total / TASK_PAGE_SIZE));
  return json({
    query,
    counts,
    pages,
    // The same filters in another view, for the links of an empty list.
    viewHref: Object.fromEntries(TASK_INBOX_VIEWS.map((vis) => [vis, inboxPath({ ...query, vis, side: 1 })])) as Record<TaskInboxView, string>,
    formAction: inboxPath(query),
    success: moved && /^\d{1,4}$/.test(moved) ? movedText(Number(moved), toName) : null,
    tasks: tasks.map((t) => {
      const timeLeft = timeLeftOf(t, now);
      return {
        id: t.id,
        kind: TASK_KIND_LABELS[t.kind] ?? t.kind,
        jobseeker: t.referral?.jobseeker.name ?? null,
        regional: t.regionId !== null,
        // A regional task of a partner jobcentre: whose order it is.
        fromJobcentre: t.jobcentreId !== user.jobcentreId ? t.jobcentre.name : null,
        number: t.order.number,
        company: t.order.company.name,
        fastTrack: t.order.fastTrack,
        title: t.order.title,
        positions: t.order.positions,
        assignee: t.assignee ? (t.assignee.id === user.id ? `${t.assignee.name} (dig)` : t.assignee.name) : null,
        dueAt: formatDateTime(t.dueAt),
        timeLeft: timeLeft.text,
        overdue: timeLeft.overdue,
        nearDeadline: timeLeft.nearDeadline,
        escalation: timeLeft.escalation,
      };
    }),
    total,
    // From a server module, so it travels in the data (the browser bundle has no inbox.server).
    recentDays: RECENTLY_ANSWERED_DAYS,
    me: user.id,
    // Administrators read the inbox; the hand-over is for the roles that may hand work over.
    canHandOver: canHandOverOrders(user),
    colleagues: colleagues.map((c) => ({ id: c.id, name: c.name, role: c.role })),
    // The update id of the hand-over: a resubmitted form is the same Temporal updates.
    updateKey: globalThis.crypto.randomUUID(),
    answered: answered.map((o) => ({
      id: o.id,
      number: o.number,
      company: o.company.name,
      title: o.title,
      answeredAt: o.answeredAt ? formatDateTime(o.answeredAt) : "",
      answeredBy: o.answeredBy?.name ?? "–",
      onTime: o.answeredOnTime,
    })),
  });
}

type HandOverOutcome = { moved: number; toName: string; failures: Array<{ orderNumber: string; message: string }>; skipped: number };

type ActionData = {
  /** Field errors of bad input ("taskIds", "toUserId"; "" for the form). */
  errors: Record<string, string[]> | null;
  /** The boxes to show checked again. */
  selected: string[];
  toUserId: string;
  outcome: HandOverOutcome | null;
};

function reply(data: Partial<ActionData>, status: number) {
  return json<ActionData>({ errors: null, selected: [], toUserId: "", outcome: null, ...data }, { status });
}

/** Conform's errors by field: an error of one box ("taskIds[3]") is an error of the boxes. */
function fieldErrors(error: Record<string, string[] | null> | null | undefined): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const [key, messages] of Object.entries(error ?? {})) {
    if (!messages || messages.length === 0) continue;
    const field = key.replace(/\[\d+\]$/, "");
    result[field] = [...new Set([...(result[field] ?? []), ...messages])];
  }
  return result;
}

export async function action({ request }: ActionFunctionArgs) {
  const formData = await readForm(request);
  const user = await requireStaffUser(request);
  const query = parseTaskInboxQuery(new URL(request.url).searchParams);
  const rawSelected = formData.getAll("taskIds").filter((v): v is string => typeof v === "string");
  const rawToUserId = typeof formData.get("toUserId") === "string" ? (formData.get("toUserId") as string) : "";
  if (!canHandOverOrders(user)) return reply({ errors: { "": [NOT_AN_OWNER_MESSAGE] }, selected: rawSelected, toUserId: rawToUserId }, 403);

  const submission = parseWithZod(formData, { schema: handOverTasksSchema });
  if (submission.status !== "success") {
    return reply({ errors: fieldErrors(submission.error), selected: rawSelected, toUserId: rawToUserId }, 400);
  }
  const { taskIds, toUserId, updateKey } = submission.value;

  const colleague = (await listColleagues(user.jobcentreId)).find((c) => c.id === toUserId);
  if (!colleague) {
    return reply({ errors: { toUserId: ["Vælg en kollega fra listen."] }, selected: taskIds, toUserId: "" }, 400);
  }

  // Only open tasks the user may see: the same scope as the list.
  const visible = await findVisibleOpenTasks(user, taskIds);
  if (visible.length === 0) {
    return reply(
      { errors: { "": ["De valgte opgaver er ikke længere åbne, eller du har ikke adgang til dem. Ingen opgaver er overdraget."] }, toUserId },
      409,
    );
  }

  const result = await handOverTasks(user, visible.map((t) => t.id), toUserId, updateKey);
  const skipped = taskIds.length - visible.length;
  if (result.failures.length === 0 && skipped === 0) {
    return redirect(inboxPath(query, { overdraget: String(result.moved), til: toUserId }));
  }
  // Some did not move: say which, and keep their boxes checked for another try.
  const failed = new Set(result.failures.map((f) => f.orderNumber));
  return reply(
    {
      outcome: { moved: result.moved, toName: colleague.name, failures: result.failures, skipped },
      selected: visible.filter((t) => failed.has(t.order.number)).map((t) => t.id),
      toUserId,
    },
    result.moved > 0 ? 200 : 409,
  );
}

export default function Inbox() {
  const { query, counts, pages, viewHref, formAction, success, tasks, total, me, canHandOver, colleagues, updateKey, answered, recentDays } =
    useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  // Each navigation (a new filter, the redirect after a hand-over) starts the forms afresh; a refused
  // hand-over is no navigation, so the boxes the user checked stay checked.
  const { key: locationKey } = useLocation();
  const busy = navigation.state === "submitting" && navigation.formMethod?.toUpperCase() === "POST";

  const errors = actionData?.errors ?? {};
  const taskErrors = errors["taskIds"] ?? null;
  const toUserErrors = errors["toUserId"] ?? null;
  const formErrors = [...(errors[""] ?? []), ...(errors["updateKey"] ?? [])];
  const hasInputErrors = Boolean(taskErrors || toUserErrors || formErrors.length > 0);
  const selected = new Set(actionData?.selected ?? []);
  const outcome = actionData?.outcome ?? null;

  return (
    <>
      <h1>Indbakke</h1>
      <p className="font-lead">Opgaverne, der venter, med den mest presserende øverst.</p>

      {success ? <Alert kind="success" heading={success} /> : null}
      {outcome && outcome.moved > 0 ? <Alert kind="success" heading={movedText(outcome.moved, outcome.toName)} /> : null}
      {outcome && (outcome.failures.length > 0 || outcome.skipped > 0) ? (
        <Alert kind="error" heading={outcome.moved > 0 ? "Nogle opgaver er ikke overdraget" : "Opgaverne er ikke overdraget"}>
          <ul>
            {outcome.failures.map((f, i) => (
              <li key={`${f.orderNumber}-${i}`}>
                {f.orderNumber}: {f.message}
              </li>
            ))}
            {outcome.skipped > 0 ? (
              <li>
                {outcome.skipped === 1
                  ? "1 af de valgte opgaver er ikke længere åben og er ikke overdraget."
                  : `${outcome.skipped} af de valgte opgaver er ikke længere åbne og er ikke overdraget.`}
              </li>
            ) : null}
          </ul>
        </Alert>
      ) : null}

      <Form method="get" className="mb-6" key={`filtre-${locationKey}`}>
        <div className="form-group">
          <fieldset>
            <legend className="form-label">Vis</legend>
            {TASK_INBOX_VIEWS.map((value) => (
              <div className="form-group-radio" key={value}>
                <input className="form-radio" type="radio" id={`vis-${value}`} name="vis" value={value} defaultChecked={query.vis === value} />
                <label className="form-label" htmlFor={`vis-${value}`}>
                  {VIEW_LABELS[value]} ({counts[value]})
                </label>
              </div>
            ))}
          </fieldset>
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor="soeg">Søg</label>
          <span className="form-hint" id="soeg-hint">Jobordrens nummer, virksomhedens navn eller CVR-nummer, eller stillingens titel.</span>
          <input className="form-input input-width-l" type="search" id="soeg" name="soeg" defaultValue={query.soeg} maxLength={TASK_SEARCH_MAX} aria-describedby="soeg-hint" />
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor="type">Type af opgave</label>
          <select className="form-select" id="type" name="type" defaultValue={query.type}>
            <option value="alle">Alle typer</option>
            {TASK_KINDS.map((kind) => (
              <option key={kind} value={kind}>{TASK_KIND_LABELS[kind]}</option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <div className="form-group-checkbox">
            <input className="form-checkbox" type="checkbox" id="forfaldne" name="forfaldne" value="1" defaultChecked={query.forfaldne} />
            <label className="form-label" htmlFor="forfaldne">Kun opgaver, hvor fristen er overskredet</label>
          </div>
        </div>
        <button type="submit" className="button button-secondary">Vis opgaver</button>
      </Form>

      <h2>Opgaver, der venter</h2>
      {tasks.length === 0 ? (
        <>
          <p>
            {EMPTY_TEXTS[query.vis]}
            {query.type !== "alle" || query.forfaldne || query.soeg ? " med de valgte filtre." : "."}
          </p>
          {query.vis !== "alle" && counts.alle > 0 ? (
            <p>
              <Link to={viewHref.alle}>Se {counts.alle === 1 ? "den ene opgave" : `alle ${counts.alle} opgaver`} i jobcentret og regionen</Link>
            </p>
          ) : null}
        </>
      ) : (
        <Form method="post" action={formAction} key={`overdrag-${locationKey}`} aria-label="Overdrag opgaver" noValidate>
          <CsrfInput />
          <input type="hidden" name="updateKey" value={updateKey} />
          {hasInputErrors ? (
            <Alert kind="error" heading="Opgaverne er ikke overdraget">
              <ul>
                {[...formErrors, ...(taskErrors ?? []), ...(toUserErrors ?? [])].map((message) => (
                  <li key={message}>{message}</li>
                ))}
              </ul>
            </Alert>
          ) : null}
          <div className={formGroupClass(taskErrors)}>
            <FieldError id="taskIds-fejl" errors={taskErrors} />
            <ScrollBox label="Opgaverne">
              <table className="table table--zebra">
                <caption>{caption(query, total, pages)}</caption>
                <thead>
                  <tr>
                    {canHandOver ? <th scope="col"><span className="sr-only">Vælg</span></th> : null}
                    <th scope="col">Ordre</th>
                    <th scope="col">Opgave</th>
                    <th scope="col">Virksomhed</th>
                    <th scope="col">Stilling</th>
                    <th scope="col">Ansvarlig</th>
                    <th scope="col">Frist</th>
                    <th scope="col">Tid tilbage</th>
                  </tr>
                </thead>
                <tbody>
                  {tasks.map((t) => (
                    <tr key={t.id}>
                      {canHandOver ? (
                        <td>
                          <div className="form-group-checkbox">
                            <input
                              className="form-checkbox"
                              type="checkbox"
                              id={`opgave-${t.id}`}
                              name="taskIds"
                              value={t.id}
                              defaultChecked={selected.has(t.id)}
                              aria-invalid={taskErrors ? true : undefined}
                              aria-describedby={taskErrors ? "taskIds-fejl" : undefined}
                            />
                            <label className="form-label" htmlFor={`opgave-${t.id}`}>
                              <span className="sr-only">
                                Vælg opgave {t.kind} på {t.number}
                                {t.jobseeker ? `, ${t.jobseeker}` : ""}
                              </span>
                            </label>
                          </div>
                        </td>
                      ) : null}
                      <th scope="row"><Link to={`/ordrer/${encodeURIComponent(t.number)}`}>{t.number}</Link></th>
                      <td>
                        {t.kind}
                        {t.jobseeker ? ` – ${t.jobseeker}` : ""}
                        {t.regional ? " (regional)" : ""}
                        {t.fromJobcentre ? <div>Fra {t.fromJobcentre}</div> : null}
                      </td>
                      <td>
                        {t.company}
                        {t.fastTrack ? <div><strong className="flag-fast-track">Hurtigspor</strong></div> : null}
                      </td>
                      <td>
                        {t.title}
                        <div>
                          {t.positions} {t.positions === 1 ? "stilling" : "stillinger"}
                        </div>
                      </td>
                      <td>{t.assignee ?? "Ikke tildelt"}</td>
                      <td>{t.dueAt}</td>
                      <td>
                        {t.timeLeft}
                        {t.overdue ? <div><strong className="flag-overdue">Overskredet</strong></div> : null}
                        {t.nearDeadline ? <div><strong className="flag-at-risk">Tæt på fristen</strong></div> : null}
                        {t.escalation ? <div>{t.escalation}</div> : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollBox>
          </div>

          <Pagination page={query.side} pages={pages} hrefOf={(side) => inboxPath({ ...query, side })} label="Sider med opgaver" />

          {canHandOver ? (
            <>
              <div className={formGroupClass(toUserErrors)}>
                <label className="form-label" htmlFor="toUserId">Overdrag til</label>
                <span className="form-hint" id="toUserId-hint">Vælg opgaverne i tabellen og den kollega, der skal have dem.</span>
                <FieldError id="toUserId-fejl" errors={toUserErrors} />
                <select
                  className="form-select"
                  id="toUserId"
                  name="toUserId"
                  defaultValue={actionData?.toUserId ?? ""}
                  aria-invalid={toUserErrors ? true : undefined}
                  aria-describedby={toUserErrors ? "toUserId-hint toUserId-fejl" : "toUserId-hint"}
                >
                  <option value="">Vælg kollega</option>
                  {colleagues.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.name}
                      {c.role === "TEAM_LEAD" ? " (teamleder)" : ""}
                      {c.id === me ? " (dig)" : ""}
                    </option>
                  ))}
                </select>
              </div>
              <button type="submit" className="button button-primary" disabled={busy}>
                Overdrag valgte opgaver
              </button>
            </>
          ) : null}
        </Form>
      )}

      <h2 className="mt-8">Besvaret de seneste {recentDays} dage</h2>
      {answered.length === 0 ? (
        <p>
          {query.vis === "mine"
            ? `Du har ikke besvaret nogen jobordrer de seneste ${recentDays} dage.`
            : `Ingen jobordrer er besvaret de seneste ${recentDays} dage.`}
        </p>
      ) : (
        <ScrollBox label="Besvarede jobordrer">
          <table className="table table--zebra">
            <caption>
              {query.vis === "mine" ? "Jobordrer, du har besvaret" : "Jobcentrets besvarede jobordrer"} de seneste {recentDays} dage ({answered.length})
            </caption>
            <thead>
              <tr>
                <th scope="col">Ordre</th>
                <th scope="col">Virksomhed</th>
                <th scope="col">Stilling</th>
                <th scope="col">Besvaret</th>
                <th scope="col">Besvaret af</th>
                <th scope="col">Inden for fristen</th>
              </tr>
            </thead>
            <tbody>
              {answered.map((o) => (
                <tr key={o.id}>
                  <th scope="row"><Link to={`/ordrer/${o.number}`}>{o.number}</Link></th>
                  <td>{o.company}</td>
                  <td>{o.title}</td>
                  <td>{o.answeredAt}</td>
                  <td>{o.answeredBy}</td>
                  <td>{o.onTime === true ? "Ja" : o.onTime === false ? "Nej, efter fristen" : "–"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      )}
    </>
  );
}
