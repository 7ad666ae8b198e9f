// The visit programmes' progress (Frederikssund: every company with more than 3 employees is offered a
// visit and a follow-up visit): companies covered, visited, followed up, due soon and overdue, and the
// list of the programme's companies by what is due first. A company's no is recorded here.
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation, useSearchParams } from "@remix-run/react";
import { CsrfInput } from "~/components/csrf-input";
import { Alert, Fact } from "~/components/forms";
import { Pagination } from "~/components/pagination";
import { ScrollBox } from "~/components/scroll-box";
import { ENROLMENT_VIEW_LABELS, ENROLMENT_VIEWS, type EnrolmentView } from "~/domain/visit/programme";
import { declineProgrammeVisits, isJobcentreProgramme, listEnrolments, listProgrammeProgress, type ProgrammeProgress } from "~/models/visit/programme.server";
import { declineVisitsFormSchema, programmeQuerySchema } from "~/schemas/programme";
import { readForm } from "~/utils/csrf.server";
import { getPrisma } from "~/utils/db.server";
import { formatDate } from "~/utils/format";
import { requireStaffUser } from "~/utils/session.server";
import { getEnv } from "~/utils/env.server";
import { enrolProgrammesNow, getTemporalClient } from "~/utils/temporal.server";
import { LEAD_ROLES } from "~/domain/staff-roles";

// Long enough for a worker to enrol a jobcentre's register; the schedule does it anyway within the hour.
const ENROL_TIMEOUT_MS = 30_000;

export const meta: MetaFunction = () => [{ title: "Besøgsprogrammer – Besøg – Jobcentrenes rekrutteringsservice" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireStaffUser(request);
  const query = programmeQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const prisma = getPrisma();
  const programmes = await listProgrammeProgress(prisma, user.jobcentreId);
  // None named shows the newest; one that is not the jobcentre's is not found, as any other's data.
  const programme = query.program ? programmes.find((p) => p.id === query.program) : programmes[0];
  if (query.program && !programme) throw new Response("Besøgsprogrammet findes ikke hos jobcentret.", { status: 404 });
  const list = programme ? await listEnrolments(prisma, { jobcentreId: user.jobcentreId, programmeId: programme.id, view: query.vis, page: query.side }) : null;
  return json({ programmes, programme: programme ?? null, view: query.vis, list, pageKey: crypto.randomUUID(), canEnrol: LEAD_ROLES.has(user.role) });
}

export async function action({ request }: ActionFunctionArgs) {
  const formData = await readForm(request);
  const user = await requireStaffUser(request);
  const query = programmeQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  if (query.program && !(await isJobcentreProgramme(getPrisma(), user.jobcentreId, query.program))) {
    throw new Response("Besøgsprogrammet findes ikke hos jobcentret.", { status: 404 });
  }
  const intent = formData.get("intent");
  if (intent === "declineVisits") {
    const submission = parseWithZod(formData, { schema: declineVisitsFormSchema });
    if (submission.status !== "success") return json({ result: submission.reply() }, { status: 400 });
    const outcome = await declineProgrammeVisits(getPrisma(), getTemporalClient, {
      jobcentreId: user.jobcentreId,
      enrolmentId: submission.value.enrolmentId,
      byUserId: user.id,
      updateId: submission.value.updateKey,
    });
    if (outcome.ok) {
      const url = new URL(request.url);
      url.searchParams.set("nej", "1");
      return redirect(`${url.pathname}?${url.searchParams}`);
    }
    const status = outcome.code === "notFound" ? 404 : outcome.code === "notReached" ? 503 : 409;
    return json({ result: submission.reply({ formErrors: [outcome.message] }) }, { status });
  }
  if (intent === "enrolNow") {
    if (!LEAD_ROLES.has(user.role)) throw new Response("Kun ledere og teamledere kan optage virksomheder i programmerne.", { status: 403 });
    try {
      const client = await getTemporalClient();
      const { enrolled } = await client.withDeadline(Date.now() + ENROL_TIMEOUT_MS, () => enrolProgrammesNow(client, getEnv().TEMPORAL_TASK_QUEUE, user.jobcentreId));
      const url = new URL(request.url);
      url.searchParams.set("optaget", String(enrolled));
      return redirect(`${url.pathname}?${url.searchParams}`);
    } catch (error) {
      console.error("[visit-programme] enrolment on request failed:", error);
      return json({ result: { status: "error" as const, error: { "": ["Virksomhederne kunne ikke optages lige nu. Prøv igen om lidt – ellers sker det af sig selv inden for en time."] } } }, { status: 503 });
    }
  }
  return json({ result: { status: "error" as const, error: { "": ["Formularen er for gammel. Genindlæs siden, og prøv igen."] } } }, { status: 400 });
}

function Figures({ programme, hrefOf }: { programme: ProgrammeProgress; hrefOf: (view: EnrolmentView) => string }) {
  const share = (n: number) => (programme.covered === 0 ? "–" : `${Math.round((n / programme.covered) * 100)} %`);
  const rows: Array<[string, number, EnrolmentView | null]> = [
    ["Virksomheder i programmet", programme.covered, "alle"],
    ["Besøgt", programme.visited, null],
    ["Besøgt og fulgt op", programme.followedUp, "fulgt-op"],
    ["Venter på et besøg", programme.awaiting, "afventer"],
    [`Skal besøges inden for ${programme.reminderDaysBefore} dage`, programme.dueSoon, "snart"],
    ["Overskredne frister", programme.overdue, "forfaldne"],
    ["Takkede nej", programme.declined, "takket-nej"],
  ];
  return (
    <table className="table table--compact mb-6">
      <caption>Programmets fremdrift</caption>
      <thead>
        <tr>
          <th scope="col">Virksomheder</th>
          <th scope="col" className="text-align-right">Antal</th>
          <th scope="col" className="text-align-right">Andel</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([label, count, view]) => (
          <tr key={label}>
            <th scope="row">{view ? <Link to={hrefOf(view)}>{label}</Link> : label}</th>
            <td className="text-align-right">{count.toLocaleString("da-DK")}</td>
            <td className="text-align-right">{share(count)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export default function Programmes() {
  const { programmes, programme, view, list, pageKey, canEnrol } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const busy = useNavigation().state === "submitting";
  const hrefOf = (changes: { vis?: EnrolmentView; side?: number; program?: string }) =>
    `?${new URLSearchParams({ ...(programme ? { program: changes.program ?? programme.id } : {}), vis: changes.vis ?? view, side: String(changes.side ?? 1) })}`;
  const errors = actionData?.result.error ? Object.values(actionData.result.error).flat().filter((e): e is string => typeof e === "string") : [];
  return (
    <>
      <p>
        <Link to="/besoeg">Tilbage til besøg</Link>
      </p>
      <h1>Besøgsprogrammer</h1>
      {errors.length > 0 ? (
        <Alert kind="error" heading="Nejet er ikke registreret">
          <p>{errors.join(" ")}</p>
        </Alert>
      ) : params.get("nej") === "1" ? (
        <Alert kind="success" heading="Virksomhedens nej er registreret" />
      ) : params.has("optaget") ? (
        <Alert kind="success" heading="Programmerne har taget registrets virksomheder ind">
          <p>{Number(params.get("optaget")) || 0} nye virksomheder kom med.</p>
        </Alert>
      ) : null}
      {!programme ? (
        <p>Jobcentret har intet besøgsprogram.</p>
      ) : (
        <>
          {programmes.length > 1 ? (
            <nav aria-label="Programmer" className="mb-5">
              <ul className="nobullet-list">
                {programmes.map((p) => (
                  <li key={p.id}>
                    {p.id === programme.id ? <strong aria-current="page">{p.name}</strong> : <Link to={hrefOf({ program: p.id })}>{p.name}</Link>}
                  </li>
                ))}
              </ul>
            </nav>
          ) : null}
          <h2>{programme.name}</h2>
          <dl className="mb-5">
            <Fact label="Periode">
              {formatDate(new Date(`${programme.startsOn}T12:00:00Z`))} – {formatDate(new Date(`${programme.endsOn}T12:00:00Z`))}
            </Fact>
            <Fact label="Hvem">Virksomheder med mere end {programme.employeesAbove} ansatte, som jobcentret har i sit register</Fact>
            <Fact label="Løfte">
              Et besøg i perioden og et opfølgende besøg senest {programme.followUpWithinMonths} måneder efter det første
            </Fact>
          </dl>
          <Figures programme={programme} hrefOf={(v) => hrefOf({ vis: v })} />
          {canEnrol ? (
            <Form method="post" className="mb-6">
              <CsrfInput />
              <input type="hidden" name="intent" value="enrolNow" />
              <p className="form-hint">Nye virksomheder i registret kommer med af sig selv inden for en time.</p>
              <button type="submit" className="button button-secondary" disabled={busy}>
                Tag registrets nye virksomheder med nu
              </button>
            </Form>
          ) : null}

          <nav aria-label="Lister" className="mb-5">
            <ul className="nobullet-list">
              {ENROLMENT_VIEWS.map((v) => (
                <li key={v}>{v === view ? <strong aria-current="page">{ENROLMENT_VIEW_LABELS[v]}</strong> : <Link to={hrefOf({ vis: v })}>{ENROLMENT_VIEW_LABELS[v]}</Link>}</li>
              ))}
            </ul>
          </nav>
          {list && list.total === 0 ? (
            <p>Ingen virksomheder på listen »{ENROLMENT_VIEW_LABELS[view]}«.</p>
          ) : list ? (
            <>
              <ScrollBox label="Programmets virksomheder">
                <table className="table table--zebra">
                  <caption>
                    {ENROLMENT_VIEW_LABELS[view]}: virksomhed {list.first.toLocaleString("da-DK")}–{(list.first + list.rows.length - 1).toLocaleString("da-DK")} af{" "}
                    {list.total.toLocaleString("da-DK")}, den tidligste frist først
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">Virksomhed</th>
                      <th scope="col">Ansatte</th>
                      <th scope="col">Status</th>
                      <th scope="col">Frist</th>
                      <th scope="col">Første besøg</th>
                      <th scope="col">Nøglekonsulent</th>
                      <th scope="col">
                        <span className="sr-only">Handling</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {list.rows.map((row) => (
                      <tr key={row.id}>
                        <th scope="row">
                          <Link to={`/virksomheder/${row.cvr}`}>{row.companyName}</Link>
                          <br />
                          <span className="font-small">CVR {row.cvr}</span>
                        </th>
                        <td>{row.employees ?? "Ukendt"}</td>
                        <td>
                          {row.statusLabel}
                          {row.settledAt ? ` (${formatDate(new Date(row.settledAt))})` : ""}
                        </td>
                        <td>{row.dueAt ? formatDate(new Date(row.dueAt)) : "–"}</td>
                        <td>{row.firstVisitAt ? formatDate(new Date(row.firstVisitAt)) : "–"}</td>
                        <td>{row.keyAccountName ?? "Ingen"}</td>
                        <td>
                          {row.open ? (
                            <Form method="post">
                              <CsrfInput />
                              <input type="hidden" name="intent" value="declineVisits" />
                              <input type="hidden" name="enrolmentId" value={row.id} />
                              <input type="hidden" name="updateKey" value={`${pageKey}:decline:${row.id}`} />
                              <button type="submit" className="button button-tertiary" disabled={busy}>
                                Takkede nej<span className="sr-only"> ({row.companyName})</span>
                              </button>
                            </Form>
                          ) : null}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollBox>
              <Pagination page={list.page} pages={list.pages} hrefOf={(p) => hrefOf({ side: p })} label="Sider med programmets virksomheder" />
            </>
          ) : null}
        </>
      )}
    </>
  );
}
