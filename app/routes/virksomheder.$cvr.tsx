// One company as the jobcentre knows it: the register's record (CVR, production units, industry, employees,
// advertising protection), the jobcentre's own part (key account consultant, note), where its orders wrote the
// company otherwise than the register (with the take-over), and the whole relationship as one timeline.
import { getFormProps, getSelectProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation, useSearchParams } from "@remix-run/react";
import { CsrfInput } from "~/components/csrf-input";
import { Alert, Fact, FieldGroup, FormErrors, TextareaField } from "~/components/forms";
import { PlanVisitForm } from "~/components/visit-forms";
import { VisitList } from "~/components/visit-list";
import { ScrollBox } from "~/components/scroll-box";
import { getCompanyPage, isCvrPath, saveRelationship, takeOverStated } from "~/models/company/register.server";
import { listCompanyVisits, planVisit, VISIT_STATUS_OF } from "~/models/visit/visits.server";
import { relationshipFormSchema, takeOverFormSchema } from "~/schemas/company";
import { planVisitFormSchema } from "~/schemas/visit";
import { readForm } from "~/utils/csrf.server";
import { getPrisma } from "~/utils/db.server";
import { withHiddenFieldErrorsOnForm } from "~/utils/submission";
import { requireStaffUser } from "~/utils/session.server";
import { canWorkOnOrders, LEAD_ROLES } from "~/domain/staff-roles";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.company.name} – Virksomheder` : "Virksomheden findes ikke – Virksomheder" },
];

const NOT_FOUND = "Virksomheden findes ikke i jobcentrets register.";

async function requireCompany(request: Request, cvr: string | undefined) {
  const user = await requireStaffUser(request);
  if (!isCvrPath(cvr)) throw new Response(NOT_FOUND, { status: 404 });
  const page = await getCompanyPage(getPrisma(), user.jobcentreId, cvr);
  if (!page) throw new Response(NOT_FOUND, { status: 404 });
  return { user, page, cvr };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { page, user, cvr } = await requireCompany(request, params.cvr);
  const visits = await listCompanyVisits(getPrisma(), user.jobcentreId, cvr);
  return json({ ...page, visits, me: user.id, canTakeOrders: canWorkOnOrders(user), canMakeAgreements: LEAD_ROLES.has(user.role) });
}

type Intent = "saveRelationship" | "takeOverStated" | "planVisit";
type ActionData = { intent: Intent; target: string | null; result: SubmissionResult<string[]> };

const STATUS_OF = { NOT_FOUND: 404, STALE: 409, UNKNOWN_CONSULTANT: 400, NOTHING_TO_TAKE_OVER: 409 } as const;

export async function action({ request, params }: ActionFunctionArgs) {
  const formData = await readForm(request);
  const { user, cvr } = await requireCompany(request, params.cvr);
  const intent = formData.get("intent");
  const back = `/virksomheder/${cvr}`;
  const prisma = getPrisma();

  if (intent === "saveRelationship") {
    const submission = parseWithZod(formData, { schema: relationshipFormSchema });
    if (submission.status !== "success") {
      return json<ActionData>({ intent, target: null, result: withHiddenFieldErrorsOnForm(submission.reply(), ["version"]) }, { status: 400 });
    }
    const result = await saveRelationship(prisma, { jobcentreId: user.jobcentreId, cvr, ...submission.value });
    if (result.ok) return redirect(`${back}?gemt=1`);
    return json<ActionData>({ intent, target: null, result: submission.reply({ formErrors: [result.message] }) }, { status: STATUS_OF[result.code] });
  }
  if (intent === "takeOverStated") {
    const submission = parseWithZod(formData, { schema: takeOverFormSchema });
    const target = typeof formData.get("orderNumber") === "string" ? String(formData.get("orderNumber")) : null;
    if (submission.status !== "success") {
      return json<ActionData>({ intent, target, result: withHiddenFieldErrorsOnForm(submission.reply(), ["orderNumber", "fields"]) }, { status: 400 });
    }
    const result = await takeOverStated(prisma, { jobcentreId: user.jobcentreId, cvr, ...submission.value });
    if (result.ok) return redirect(`${back}?overtaget=1`);
    return json<ActionData>({ intent, target, result: submission.reply({ formErrors: [result.message] }) }, { status: STATUS_OF[result.code] });
  }
  if (intent === "planVisit") {
    const submission = parseWithZod(formData, { schema: planVisitFormSchema });
    // The place is a list only for a company with production units: its refusal is said above the form.
    if (submission.status !== "success") return json<ActionData>({ intent, target: null, result: withHiddenFieldErrorsOnForm(submission.reply(), ["pNumber", "campaignId"]) }, { status: 400 });
    const { intent: _intent, ...visit } = submission.value;
    const result = await planVisit(prisma, { jobcentreId: user.jobcentreId, cvr, byUserId: user.id, visit });
    if (result.ok) return redirect(`${back}?besoeg=planlagt#besoeg-titel`);
    return json<ActionData>({ intent, target: null, result: submission.reply({ formErrors: [result.message] }) }, { status: VISIT_STATUS_OF[result.code] });
  }
  throw new Response("Ukendt handling.", { status: 400 });
}

type Page = ReturnType<typeof useLoaderData<typeof loader>>;

function RelationshipForm({ page, lastResult, busy }: { page: Page; lastResult: SubmissionResult<string[]> | undefined; busy: boolean }) {
  const [form, fields] = useForm({
    id: "relation-form",
    lastResult,
    defaultValue: { keyAccountConsultantId: page.relationship.keyAccountConsultantId ?? "", note: page.relationship.note },
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: relationshipFormSchema }),
  });
  const { key: selectKey, ...selectProps } = getSelectProps(fields.keyAccountConsultantId, { ariaDescribedBy: `${fields.keyAccountConsultantId.id}-hint` });
  return (
    <section aria-labelledby="relation-titel" className="mb-6">
      <h2 id="relation-titel">Jobcentrets relation</h2>
      <p>
        Relation siden {page.relationship.since} (fra {page.relationship.source}). Den faste kontaktperson og noten er jobcentrets egne; et
        andet jobcenter, der arbejder med virksomheden, ser dem ikke.
      </p>
      <FormErrors heading="Relationen er ikke gemt" errors={form.errors} id={form.errorId} />
      <Form method="post" {...getFormProps(form)}>
        <CsrfInput />
        <input type="hidden" name="intent" value="saveRelationship" />
        <input type="hidden" name="version" value={page.relationship.version} />
        <FieldGroup
          field={fields.keyAccountConsultantId}
          label="Fast kontaktperson (key account)"
          hint="Får alle virksomhedens nye jobordrer. Vælg ingen, så fordeles jobordrerne på skift."
        >
          <select key={selectKey} className="form-select" {...selectProps}>
            <option value="">Ingen fast kontaktperson</option>
            {page.consultants.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </FieldGroup>
        <TextareaField field={fields.note} label="Note om virksomheden" hint="Fx aftaler, kontaktønsker og hvad virksomheden typisk søger." rows={4} className="form-input input-width-xl" />
        <button type="submit" className="button button-primary" disabled={busy}>
          Gem relationen
        </button>
      </Form>
    </section>
  );
}

function TakeOverForm({ difference, lastResult, busy }: { difference: Page["differences"][number]; lastResult: SubmissionResult<string[]> | undefined; busy: boolean }) {
  const id = `overtag-${difference.orderNumber}`;
  const [form] = useForm({ id, lastResult });
  return (
    <li className="mb-5">
      <h3 className="h4">
        Jobordre <Link to={`/ordrer/${encodeURIComponent(difference.orderNumber)}`}>{difference.orderNumber}</Link> ({difference.receivedAt})
      </h3>
      <FormErrors heading="Intet er overtaget" errors={form.errors} id={form.errorId} />
      <Form method="post" {...getFormProps(form)}>
        <CsrfInput />
        <input type="hidden" name="intent" value="takeOverStated" />
        <input type="hidden" name="orderNumber" value={difference.orderNumber} />
        <fieldset>
          <legend className="form-label">Hvad skal registret overtage fra jobordren?</legend>
          {difference.fields.map((f) => (
            <div className="form-group-checkbox" key={f.field}>
              <input className="form-checkbox" type="checkbox" id={`${id}-${f.field}`} name="fields" value={f.field} defaultChecked />
              <label className="form-label" htmlFor={`${id}-${f.field}`}>
                {f.label}: »{f.stated}« i stedet for registrets »{f.register}«
              </label>
            </div>
          ))}
        </fieldset>
        <button type="submit" className="button button-secondary mt-4" disabled={busy}>
          Overtag i registret
        </button>
      </Form>
    </li>
  );
}

export default function CompanyPage() {
  const page = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const busy = navigation.state === "submitting";
  const [search] = useSearchParams();
  const { company } = page;
  const resultFor = (intent: Intent, target: string | null = null) =>
    actionData?.intent === intent && actionData.target === target ? actionData.result : undefined;
  // A refusal of a take-over whose order is no longer listed (taken over meanwhile) is shown on its own.
  const orphan = actionData?.intent === "takeOverStated" && !page.differences.some((d) => d.orderNumber === actionData.target) ? actionData.result : undefined;

  return (
    <>
      <p>
        <Link to="/virksomheder">Tilbage til virksomheder</Link>
      </p>
      <h1>{company.name}</h1>
      {search.get("gemt") ? <Alert kind="success" heading="Relationen er gemt" /> : null}
      {search.get("overtaget") ? <Alert kind="success" heading="Registret har overtaget jobordrens oplysninger" /> : null}
      {orphan ? <FormErrors heading="Intet er overtaget" errors={(orphan.error?.[""] as string[] | undefined) ?? null} /> : null}
      {page.canTakeOrders ? (
        <p>
          <Link className="button button-secondary" to={`/virksomheder/${company.cvr}/jobordre`}>
            Opret jobordre for virksomheden
          </Link>
        </p>
      ) : null}

      <section aria-labelledby="register-titel" className="mb-6">
        <h2 id="register-titel">I registret</h2>
        <dl>
          <Fact label="CVR-nummer">{company.cvr}</Fact>
          <Fact label="Adresse">{company.address}</Fact>
          <Fact label="Branche">{company.industry ?? "Ukendt"}</Fact>
          {company.focusBranch ? <Fact label="Fokusbranche">{company.focusBranch}</Fact> : null}
          <Fact label="Ansatte">{company.employees ?? "Ukendt"}</Fact>
          <Fact label="Reklamebeskyttet">{company.advertisingProtected ? "Ja – får aldrig kampagnemails" : "Nej"}</Fact>
          <Fact label="Senest ændret">
            {company.updatedAt} (fra {company.source})
          </Fact>
        </dl>
        {page.units.length > 0 ? (
          <ScrollBox label="Produktionsenheder">
            <table className="table table--zebra">
              <caption>Produktionsenheder (P-numre)</caption>
              <thead>
                <tr>
                  <th scope="col">P-nummer</th>
                  <th scope="col">Navn</th>
                  <th scope="col">Adresse</th>
                  <th scope="col">Branche</th>
                  <th scope="col">Ansatte</th>
                </tr>
              </thead>
              <tbody>
                {page.units.map((u) => (
                  <tr key={u.pNumber}>
                    <th scope="row">{u.pNumber}</th>
                    <td>{u.name}</td>
                    <td>{u.address}</td>
                    <td>{u.industry ?? "Ukendt"}</td>
                    <td>{u.employees ?? "Ukendt"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
        ) : null}
      </section>

      <section aria-labelledby="tal-titel" className="mb-6">
        <h2 id="tal-titel">Jobordrer hos jobcentret</h2>
        <dl>
          <Fact label="Jobordrer i alt">{page.figures.orders}</Fact>
          <Fact label="Åbne">{page.figures.open}</Fact>
          <Fact label="Med henviste kandidater">{page.figures.referred}</Fact>
          <Fact label="Ansættelser">{page.figures.hires}</Fact>
        </dl>
      </section>

      <section aria-labelledby="aftaler-titel" className="mb-6">
        <h2 id="aftaler-titel">Partnerskabsaftale</h2>
        {page.agreements.length === 0 ? (
          <p>Jobcentret har ingen partnerskabsaftale med virksomheden.</p>
        ) : (
          <ul>
            {page.agreements.map((a) => (
              <li key={a.id}>
                <Link to={`/virksomheder/aftaler/${a.id}`}>{a.period}</Link>: {a.statusLabel.toLocaleLowerCase("da-DK")}, fast kontaktperson {a.contactName}, hurtigspor{" "}
                {a.fastTrackResponseHours === 1 ? "1 time" : `${a.fastTrackResponseHours} timer`}
              </li>
            ))}
          </ul>
        )}
        {page.canMakeAgreements ? (
          <p>
            <Link className="button button-secondary" to={`/virksomheder/${page.company.cvr}/aftale`}>
              Opret partnerskabsaftale
            </Link>
          </p>
        ) : null}
      </section>

      {page.differences.length > 0 ? (
        <section aria-labelledby="forskelle-titel" className="mb-6">
          <h2 id="forskelle-titel">Jobordrer, der skriver virksomheden anderledes</h2>
          <p>
            Arbejdsgiveren har skrevet virksomheden anderledes end registret på disse jobordrer. Jobordren beholder det, arbejdsgiveren
            skrev; registret ændres kun, hvis du overtager det.
          </p>
          <ul className="nobullet-list">
            {page.differences.map((d) => (
              <TakeOverForm key={d.orderNumber} difference={d} lastResult={resultFor("takeOverStated", d.orderNumber)} busy={busy} />
            ))}
          </ul>
        </section>
      ) : null}

      <RelationshipForm page={page} lastResult={resultFor("saveRelationship")} busy={busy} />

      <section aria-labelledby="besoeg-titel" className="mb-6">
        <h2 id="besoeg-titel">Besøg</h2>
        {search.get("besoeg") ? <Alert kind="success" heading="Besøget er planlagt" /> : null}
        <VisitList heading="Planlagte besøg" visits={page.visits.planned} empty="Der er ingen planlagte besøg." show="consultant" />
        {page.visits.past.length > 0 ? <VisitList heading="Holdte og aflyste besøg" visits={page.visits.past} show="consultant" /> : null}
        <PlanVisitForm
          consultants={page.consultants}
          units={page.units}
          campaigns={page.campaigns}
          defaultConsultantId={page.consultants.some((c) => c.id === page.me) ? page.me : ""}
          defaultCampaignId={search.get("kampagne")}
          lastResult={resultFor("planVisit")}
          busy={busy}
        />
      </section>

      <section aria-labelledby="tidslinje-titel" className="mb-6">
        <h2 id="tidslinje-titel">Tidslinje</h2>
        {page.timeline.length === 0 ? (
          <p>Der er ikke sket noget med virksomheden hos jobcentret endnu.</p>
        ) : (
          <ol className="nobullet-list">
            {page.timeline.map((t, i) => (
              <li key={`${t.atIso}-${t.kind}-${i}`} className="mb-3">
                <time dateTime={t.atIso}>{t.at}</time>: {t.text}
                {t.orderNumber ? (
                  <>
                    {" "}
                    (<Link to={`/ordrer/${encodeURIComponent(t.orderNumber)}`}>{t.orderNumber}</Link>)
                  </>
                ) : null}
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}
