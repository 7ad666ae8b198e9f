// One company visit: when, where and why; what it came to once recorded, and the next visit it led to. A
// planned visit is recorded or cancelled here, except the follow-up after a hire, which is its order's task.
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useNavigation, useSearchParams } from "@remix-run/react";
import { Alert, Fact } from "~/components/forms";
import { CancelVisitForm, RecordVisitForm } from "~/components/visit-forms";
import { cancelVisit, getVisit, isVisitId, recordVisit, VISIT_STATUS_OF, VISIT_WRITE_MESSAGES } from "~/models/visit/visits.server";
import { notifyProgrammesOfVisit } from "~/models/visit/programme.server";
import { cancelVisitFormSchema, recordVisitFormSchema } from "~/schemas/visit";
import { readForm } from "~/utils/csrf.server";
import { getPrisma } from "~/utils/db.server";
import { getTemporalClient } from "~/utils/temporal.server";
import { isoWeekOf } from "~/utils/iso-week";
import { requireStaffUser } from "~/utils/session.server";
import { canWorkOnOrders } from "~/domain/staff-roles";
import { withHiddenFieldErrorsOnForm } from "~/utils/submission";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.visit.kindLabel} hos ${data.visit.company.name} – Besøg` : "Besøget findes ikke – Besøg" },
];

async function requireVisit(request: Request, id: string | undefined) {
  const user = await requireStaffUser(request);
  if (!isVisitId(id)) throw new Response(VISIT_WRITE_MESSAGES.NOT_FOUND, { status: 404 });
  const visit = await getVisit(getPrisma(), user.jobcentreId, id);
  if (!visit) throw new Response(VISIT_WRITE_MESSAGES.NOT_FOUND, { status: 404 });
  return { user, visit };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, visit } = await requireVisit(request, params.id);
  return json({ visit, canTakeOrders: canWorkOnOrders(user) });
}

type Intent = "recordVisit" | "cancelVisit";

export async function action({ request, params }: ActionFunctionArgs) {
  const formData = await readForm(request);
  const { user, visit } = await requireVisit(request, params.id);
  const intent = formData.get("intent");
  const prisma = getPrisma();
  const back = `/besoeg/${visit.id}`;
  if (intent === "recordVisit") {
    const submission = parseWithZod(formData, { schema: recordVisitFormSchema });
    if (submission.status !== "success") return json({ intent: intent as Intent, result: withHiddenFieldErrorsOnForm(submission.reply(), ["version"]) }, { status: 400 });
    const result = await recordVisit(prisma, { jobcentreId: user.jobcentreId, visitId: visit.id, byUserId: user.id, visit: submission.value });
    if (result.ok) {
      await notifyProgrammesOfVisit(prisma, getTemporalClient, { jobcentreId: user.jobcentreId, companyId: result.companyId });
      return redirect(`${back}?registreret=1`);
    }
    return json({ intent: intent as Intent, result: submission.reply({ formErrors: [result.message] }) }, { status: VISIT_STATUS_OF[result.code] });
  }
  if (intent === "cancelVisit") {
    const submission = parseWithZod(formData, { schema: cancelVisitFormSchema });
    if (submission.status !== "success") return json({ intent: intent as Intent, result: withHiddenFieldErrorsOnForm(submission.reply(), ["version"]) }, { status: 400 });
    const result = await cancelVisit(prisma, { jobcentreId: user.jobcentreId, visitId: visit.id, version: submission.value.version });
    if (result.ok) return redirect(`${back}?aflyst=1`);
    return json({ intent: intent as Intent, result: submission.reply({ formErrors: [result.message] }) }, { status: VISIT_STATUS_OF[result.code] });
  }
  throw new Response("Ukendt handling.", { status: 400 });
}

export default function VisitPage() {
  const { visit, canTakeOrders } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const [search] = useSearchParams();
  const resultFor = (intent: Intent) => (actionData?.intent === intent ? actionData.result : undefined);
  return (
    <>
      <p>
        <Link to={`/besoeg?${new URLSearchParams({ uge: isoWeekOf(visit.date), ...(visit.consultant ? { konsulent: visit.consultant.id } : {}) })}`}>Til ugens besøg</Link>
        {" · "}
        <Link to={`/virksomheder/${visit.company.cvr}`}>Til {visit.company.name}</Link>
      </p>
      <h1>
        {visit.kindLabel} hos {visit.company.name}
      </h1>
      {search.get("registreret") ? <Alert kind="success" heading="Besøget er registreret" /> : null}
      {search.get("aflyst") ? <Alert kind="success" heading="Besøget er aflyst" /> : null}
      <dl>
        <Fact label="Tidspunkt">
          <time dateTime={visit.startsAt}>{visit.when}</time>
        </Fact>
        <Fact label="Sted">{visit.place}</Fact>
        <Fact label="Konsulent">{visit.consultant?.name ?? "Ingen"}</Fact>
        <Fact label="Status">{visit.stateLabel}</Fact>
        {visit.purpose ? <Fact label="Formål">{visit.purpose}</Fact> : null}
        {visit.order ? (
          <Fact label="Jobordre">
            <Link to={`/ordrer/${encodeURIComponent(visit.order.number)}`}>
              {visit.order.number}: {visit.order.title}
            </Link>
          </Fact>
        ) : null}
        {visit.previousVisit ? (
          <Fact label="Følger op på">
            <Link to={`/besoeg/${visit.previousVisit.id}`}>
              {visit.previousVisit.kindLabel}, {visit.previousVisit.when}
            </Link>
          </Fact>
        ) : null}
      </dl>

      {visit.state === "DONE" ? (
        <section aria-labelledby="resultat-titel" className="mb-6">
          <h2 id="resultat-titel">Hvad besøget førte til</h2>
          <dl>
            <Fact label="Resultat">{visit.outcomeLabel ?? "Ikke angivet"}</Fact>
            <Fact label="Registreret">
              {visit.doneAt}
              {visit.doneBy ? ` af ${visit.doneBy}` : ""}
            </Fact>
            {visit.note ? <Fact label="Referat">{visit.note}</Fact> : null}
            {visit.nextStep ? <Fact label="Næste skridt">{visit.nextStep}</Fact> : null}
            {visit.nextVisit ? (
              <Fact label="Næste besøg">
                <Link to={`/besoeg/${visit.nextVisit.id}`}>
                  {visit.nextVisit.kindLabel}, {visit.nextVisit.when}
                </Link>
              </Fact>
            ) : null}
          </dl>
        </section>
      ) : null}
      {visit.state === "CANCELLED" ? <p>Besøget blev aflyst {visit.cancelledAt}.</p> : null}
      {visit.state !== "CANCELLED" && !visit.recordedOnOrder ? (
        <section aria-labelledby="jobordrer-titel" className="mb-6">
          <h2 id="jobordrer-titel">Jobordrer fra besøget</h2>
          {visit.ordersTaken.length > 0 ? (
            <ul>
              {visit.ordersTaken.map((o) => (
                <li key={o.number}>
                  <Link to={`/ordrer/${encodeURIComponent(o.number)}`}>
                    {o.number}: {o.title}
                  </Link>
                </li>
              ))}
            </ul>
          ) : (
            <p>Der er ikke oprettet jobordrer fra besøget.</p>
          )}
          {canTakeOrders ? (
            <p>
              <Link className="button button-secondary" to={`/virksomheder/${visit.company.cvr}/jobordre?besoeg=${visit.id}`}>
                Opret jobordre for virksomheden
              </Link>
            </p>
          ) : null}
        </section>
      ) : null}
      {visit.state === "PLANNED" && visit.recordedOnOrder && visit.order ? (
        <Alert kind="info" heading="Registreres på jobordren">
          Opfølgningen efter en ansættelse er en opgave på jobordren. Gør opgaven færdig på{" "}
          <Link to={`/ordrer/${encodeURIComponent(visit.order.number)}`}>jobordre {visit.order.number}</Link>, så er besøget registreret.
        </Alert>
      ) : null}
      {visit.state === "PLANNED" && !visit.recordedOnOrder ? (
        <>
          <RecordVisitForm version={visit.version} lastResult={resultFor("recordVisit")} busy={busy} />
          <CancelVisitForm version={visit.version} lastResult={resultFor("cancelVisit")} busy={busy} />
        </>
      ) : null}
    </>
  );
}
