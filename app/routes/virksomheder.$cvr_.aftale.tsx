// A new partnership agreement with a company of the jobcentre's register (Frederikssund's partnerskabsaftaler):
// the commitments on both sides (from the jobcentre's standard terms), the fixed contact, the period and the
// fast track. Made by a team lead, manager or administrator; the agreement is not edited afterwards, only ended.
import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { CsrfInput } from "~/components/csrf-input";
import { Alert, DateField, FormErrors, NumberField, SelectField, TextareaField, TextField } from "~/components/forms";
import { AGREEMENT_LIMITS } from "~/domain/partnership/agreement";
import { LEAD_ROLES } from "~/domain/staff-roles";
import { isCvrPath } from "~/models/company/register.server";
import { AGREEMENT_STATUS_OF, createAgreement, getNewAgreementForm } from "~/models/partnership/agreements.server";
import { newAgreementFormSchema } from "~/schemas/partnership";
import { POLICY_LIMITS } from "~/schemas/policy";
import { readForm } from "~/utils/csrf.server";
import { getPrisma } from "~/utils/db.server";
import { addCalendarDays } from "~/utils/local-date";
import { localDateOf } from "~/utils/deadlines";
import { requireStaffUser } from "~/utils/session.server";
import { withHiddenFieldErrorsOnForm } from "~/utils/submission";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Ny partnerskabsaftale med ${data?.company.name ?? "virksomheden"} – Virksomheder` }];

const NOT_FOUND = "Virksomheden findes ikke i jobcentrets register.";

async function requireForm(request: Request, cvr: string | undefined) {
  const user = await requireStaffUser(request, { roles: [...LEAD_ROLES] });
  if (!isCvrPath(cvr)) throw new Response(NOT_FOUND, { status: 404 });
  const form = await getNewAgreementForm(getPrisma(), user.jobcentreId, cvr);
  if (!form) throw new Response(NOT_FOUND, { status: 404 });
  return { user, form, cvr };
}

/** "2027-01-04" → "04-01-2027", as the date fields are written. */
const typedDate = (iso: string) => iso.split("-").reverse().join("-");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { form } = await requireForm(request, params.cvr);
  const today = localDateOf(new Date());
  return json({
    ...form,
    agreementId: crypto.randomUUID(),
    defaultPeriod: { startsOn: typedDate(today), endsOn: typedDate(addCalendarDays(addCalendarDays(today, 365), -1)) },
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const formData = await readForm(request);
  const { user, cvr } = await requireForm(request, params.cvr);
  const submission = parseWithZod(formData, { schema: newAgreementFormSchema });
  if (submission.status !== "success") return json({ result: withHiddenFieldErrorsOnForm(submission.reply(), ["agreementId"]) }, { status: 400 });
  const result = await createAgreement(getPrisma(), { jobcentreId: user.jobcentreId, cvr, byUserId: user.id, values: submission.value });
  if (result.ok) return redirect(`/virksomheder/aftaler/${result.id}?oprettet=1`);
  const reply = result.field ? submission.reply({ fieldErrors: { [result.field]: [result.message] } }) : submission.reply({ formErrors: [result.message] });
  return json({ result: reply }, { status: AGREEMENT_STATUS_OF[result.code] });
}

export default function NewAgreement() {
  const { company, policy, contacts, openAgreement, defaults, agreementId, defaultPeriod } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const [form, fields] = useForm({
    id: "aftale-form",
    lastResult: actionData?.result,
    defaultValue: {
      ...defaultPeriod,
      contactUserId: defaults.contactUserId,
      fastTrackResponseHours: defaults.fastTrackResponseHours === null ? "" : String(defaults.fastTrackResponseHours),
      companyCommitments: defaults.companyCommitments.join("\n"),
      jobcentreCommitments: defaults.jobcentreCommitments.join("\n"),
    },
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: newAgreementFormSchema }),
  });
  const mode = policy?.countingMode === "WORKING_HOURS" ? "arbejdstimer" : "timer døgnet rundt";
  return (
    <>
      <p>
        <Link to={`/virksomheder/${company.cvr}`}>Til {company.name}</Link>
      </p>
      <h1>Ny partnerskabsaftale med {company.name}</h1>
      {openAgreement ? (
        <Alert kind="info" heading="Virksomheden har allerede en aftale">
          <p>
            Den <Link to={`/virksomheder/aftaler/${openAgreement.id}`}>gælder til {openAgreement.endsOn}</Link>. En ny aftale skal begynde efter den, eller
            den skal afsluttes først.
          </p>
        </Alert>
      ) : null}
      <FormErrors heading="Aftalen er ikke oprettet" errors={form.errors} id={form.errorId} />
      <Form method="post" {...getFormProps(form)} className="mt-4">
        <CsrfInput />
        <input type="hidden" name="agreementId" value={agreementId} />
        <fieldset>
          <legend className="h3">Periode</legend>
          <DateField field={fields.startsOn} label="Gælder fra" hint="Fx 01-01-2027." />
          <DateField field={fields.endsOn} label="Gælder til og med" hint={`Højst ${AGREEMENT_LIMITS.years} år.`} />
        </fieldset>
        <fieldset>
          <legend className="h3">Kontaktpersoner</legend>
          <SelectField field={fields.contactUserId} label="Jobcentrets faste kontaktperson" hint="Får virksomhedens jobordrer på hurtigsporet." options={contacts.map((c) => ({ value: c.id, label: c.name }))} />
          <TextField field={fields.companyContactName} label="Virksomhedens kontaktperson" autoComplete="off" />
          <TextField field={fields.companyContactEmail} label="Kontaktpersonens e-mail" type="email" autoComplete="off" />
          <TextField field={fields.companyContactPhone} label="Kontaktpersonens telefon (valgfrit)" type="tel" autoComplete="off" className="form-input input-width-s" />
        </fieldset>
        <fieldset>
          <legend className="h3">Hurtigspor</legend>
          <NumberField
            field={fields.fastTrackResponseHours}
            label={`Svarfrist på hurtigsporet (${mode})`}
            hint={policy ? `Jobcentrets svarfrist er ${policy.responseHours} ${mode}. Hurtigsporet skal være kortere.` : "Jobcentret har ingen svarpolitik endnu."}
            min={1}
            max={POLICY_LIMITS.responseHoursMax}
          />
        </fieldset>
        <fieldset>
          <legend className="h3">Forpligtelser</legend>
          <TextareaField field={fields.companyCommitments} label="Virksomheden forpligter sig til" hint="Én forpligtelse pr. linje." rows={8} className="form-input input-width-xl" />
          <TextareaField field={fields.jobcentreCommitments} label="Jobcentret forpligter sig til" hint="Én forpligtelse pr. linje." rows={5} className="form-input input-width-xl" />
          <TextareaField field={fields.note} label="Note (valgfrit)" rows={3} className="form-input input-width-xl" />
        </fieldset>
        <button type="submit" className="button button-primary mt-4" disabled={busy}>
          Opret aftalen
        </button>
      </Form>
    </>
  );
}
