// One partnership agreement: its period, contacts, fast track and both sides' commitments, and the orders
// received under it. A team lead, manager or administrator may end it early: orders received from then on have
// no fast track, those received under it keep theirs.
import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation, useSearchParams } from "@remix-run/react";
import { CsrfInput } from "~/components/csrf-input";
import { Alert, Fact, FormErrors } from "~/components/forms";
import { LEAD_ROLES } from "~/domain/staff-roles";
import { AGREEMENT_STATUS_OF, AGREEMENT_WRITE_MESSAGES, endAgreement, getAgreement, isAgreementId } from "~/models/partnership/agreements.server";
import { endAgreementFormSchema } from "~/schemas/partnership";
import { readForm } from "~/utils/csrf.server";
import { getPrisma } from "~/utils/db.server";
import { requireStaffUser } from "~/utils/session.server";
import { withHiddenFieldErrorsOnForm } from "~/utils/submission";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `Partnerskabsaftale med ${data.agreement.company.name} – Virksomheder` : "Aftalen findes ikke – Virksomheder" },
];

async function requireAgreement(request: Request, id: string | undefined) {
  const user = await requireStaffUser(request);
  if (!isAgreementId(id)) throw new Response(AGREEMENT_WRITE_MESSAGES.NOT_FOUND, { status: 404 });
  const agreement = await getAgreement(getPrisma(), user.jobcentreId, id);
  if (!agreement) throw new Response(AGREEMENT_WRITE_MESSAGES.NOT_FOUND, { status: 404 });
  return { user, agreement };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, agreement } = await requireAgreement(request, params.id);
  return json({ agreement, mayEnd: LEAD_ROLES.has(user.role) });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const formData = await readForm(request);
  const { user, agreement } = await requireAgreement(request, params.id);
  const intent = formData.get("intent");
  if (intent === "endAgreement") {
    if (!LEAD_ROLES.has(user.role)) throw new Response("Kun ledere og teamledere kan afslutte en partnerskabsaftale.", { status: 403 });
    const submission = parseWithZod(formData, { schema: endAgreementFormSchema });
    if (submission.status !== "success") return json({ result: withHiddenFieldErrorsOnForm(submission.reply(), ["version"]) }, { status: 400 });
    const result = await endAgreement(getPrisma(), { jobcentreId: user.jobcentreId, agreementId: agreement.id, byUserId: user.id, version: submission.value.version });
    if (result.ok) return redirect(`/virksomheder/aftaler/${agreement.id}?afsluttet=1`);
    return json({ result: submission.reply({ formErrors: [result.message] }) }, { status: AGREEMENT_STATUS_OF[result.code] });
  }
  throw new Response("Ukendt handling.", { status: 400 });
}

function hours(n: number, working: boolean) {
  return `${n === 1 ? "1 time" : `${n} timer`}${working ? " (arbejdstimer)" : ""}`;
}

export default function AgreementPage() {
  const { agreement: a, mayEnd } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const [search] = useSearchParams();
  const [form] = useForm({ id: "afslut-form", lastResult: actionData?.result, onValidate: ({ formData }) => parseWithZod(formData, { schema: endAgreementFormSchema }) });
  return (
    <>
      <p>
        <Link to="/virksomheder/aftaler">Til partnerskabsaftalerne</Link>
        {" · "}
        <Link to={`/virksomheder/${a.company.cvr}`}>Til {a.company.name}</Link>
      </p>
      <h1>Partnerskabsaftale med {a.company.name}</h1>
      {search.get("oprettet") ? <Alert kind="success" heading="Aftalen er oprettet" /> : null}
      {search.get("afsluttet") ? <Alert kind="success" heading="Aftalen er afsluttet" /> : null}
      <dl>
        <Fact label="Status">{a.statusLabel}</Fact>
        <Fact label="Periode">{a.period}</Fact>
        <Fact label="Hurtigspor">Svar på jobordrer inden for {hours(a.fastTrackResponseHours, a.workingHours)}, og de står først i indbakken</Fact>
        <Fact label="Jobcentrets faste kontaktperson">{a.contact.name}</Fact>
        <Fact label="Virksomhedens kontaktperson">
          {a.companyContact.name}, {a.companyContact.email}
          {a.companyContact.phone ? `, ${a.companyContact.phone}` : ""}
        </Fact>
        <Fact label="Oprettet">{a.made}</Fact>
        {a.ended ? <Fact label="Afsluttet før tid">{a.ended}</Fact> : null}
        {a.note ? <Fact label="Note">{a.note}</Fact> : null}
      </dl>
      <section aria-labelledby="virksomhed-titel" className="mb-6">
        <h2 id="virksomhed-titel">Virksomheden forpligter sig til</h2>
        <ul>
          {a.companyCommitments.map((c, i) => (
            <li key={i}>{c}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="jobcenter-titel" className="mb-6">
        <h2 id="jobcenter-titel">Jobcentret forpligter sig til</h2>
        <ul>
          {a.jobcentreCommitments.map((c, i) => (
            <li key={i}>{c}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="ordrer-titel" className="mb-6">
        <h2 id="ordrer-titel">Jobordrer på hurtigsporet ({a.orderCount})</h2>
        {a.orders.length === 0 ? (
          <p>Der er ikke modtaget jobordrer under aftalen endnu.</p>
        ) : (
          <ul>
            {a.orders.map((o) => (
              <li key={o.number}>
                <Link to={`/ordrer/${encodeURIComponent(o.number)}`}>
                  {o.number}: {o.title}
                </Link>{" "}
                – modtaget {o.receivedAt}, {o.answer.toLocaleLowerCase("da-DK")}
              </li>
            ))}
          </ul>
        )}
      </section>
      {mayEnd && a.canEnd ? (
        <section aria-labelledby="afslut-titel" className="mb-6">
          <h2 id="afslut-titel">Afslut aftalen før tid</h2>
          <p>Jobordrer, der kommer fra nu af, får jobcentrets almindelige svarfrist. Ordrer, der allerede er modtaget, beholder hurtigsporet.</p>
          <FormErrors heading="Aftalen er ikke afsluttet" errors={form.errors} id={form.errorId} />
          <Form method="post" {...getFormProps(form)}>
            <CsrfInput />
            <input type="hidden" name="intent" value="endAgreement" />
            <input type="hidden" name="version" value={a.version} />
            <button type="submit" className="button button-secondary" disabled={busy}>
              Afslut aftalen nu
            </button>
          </Form>
        </section>
      ) : null}
    </>
  );
}
