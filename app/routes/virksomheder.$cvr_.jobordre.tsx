// A job order taken on a company's behalf (on the phone, at a visit): the public form's job and contact
// fields for a company of the jobcentre's register, stored by the same intake and run by the same workflow.
// The consultant who takes it owns it; the contact gets the receipt as from the form.
import { getFormProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { CsrfInput } from "~/components/csrf-input";
import { ErrorSummary, summaryItems, useSendAttempts } from "~/components/error-summary";
import { Alert, Fact, PostcodeField, SelectField, TextField } from "~/components/forms";
import { COMPANY_FIELDS, ContactFields, JOB_ORDER_FIELD_ORDER, JobFields } from "~/components/job-order-fields";
import { canWorkOnOrders, NOT_AN_OWNER_MESSAGE } from "~/domain/staff-roles";
import { isCvrPath } from "~/models/company/register.server";
import { getOrderFormLists, JobOrderIntakeError } from "~/models/job-order/intake.server";
import { companyFieldsOf, getOnBehalfContext, takeJobOrderOnBehalf } from "~/models/job-order/on-behalf.server";
import { JOB_ORDER_KIND_LABELS, JOB_ORDER_KINDS, jobOrderSchema, type JobOrderFormInput } from "~/schemas/job-order";
import { readForm } from "~/utils/csrf.server";
import { isDatabaseUnavailable } from "~/utils/database-errors.server";
import { getPrisma } from "~/utils/db.server";
import { requireStaffUser } from "~/utils/session.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Opret jobordre for ${data?.company.name ?? "virksomheden"} – Jobcentrenes rekrutteringsservice` }];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const MESSAGES = {
  noPolicy: "Jobcentret kan ikke tage imod jobordrer lige nu, fordi det ikke har en svarpolitik. Det, du har skrevet, er ikke gået tabt.",
  notSaved: 'Jobordren kunne ikke gemmes lige nu. Vent et øjeblik, og tryk så på "Opret jobordren" igen. Det, du har skrevet, er ikke gået tabt.',
  savedNotStarted: 'Jobordren er gemt, men kunne ikke sendes videre lige nu. Tryk på "Opret jobordren" igen om lidt; der bliver ikke to. Sker der ingenting, sender portalen den selv videre.',
} as const;

async function requireContext(request: Request, cvr: string | undefined) {
  const user = await requireStaffUser(request);
  if (!canWorkOnOrders(user)) throw new Response(NOT_AN_OWNER_MESSAGE, { status: 403 });
  if (!isCvrPath(cvr)) throw new Response("Virksomheden findes ikke i jobcentrets register.", { status: 404 });
  const visitId = new URL(request.url).searchParams.get("besoeg");
  const context = await getOnBehalfContext(getPrisma(), { jobcentreId: user.jobcentreId, cvr, visitId: visitId && UUID.test(visitId) ? visitId : null });
  if (!context) throw new Response("Virksomheden findes ikke i jobcentrets register.", { status: 404 });
  return { user, context };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { context } = await requireContext(request, params.cvr);
  const { towns } = await getOrderFormLists();
  return json({ company: context.company, visit: context.visit, towns, submissionKey: crypto.randomUUID() });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const formData = await readForm(request);
  const { user, context } = await requireContext(request, params.cvr);
  const rawKey = formData.get("submissionKey");
  const submissionKey = typeof rawKey === "string" && UUID.test(rawKey) ? rawKey : crypto.randomUUID();
  // The company is the register's, whatever the form carried; a workplace outside the portal's
  // postcodes stays with the consultant's own jobcentre.
  for (const [name, value] of Object.entries(companyFieldsOf(context))) formData.set(name, value);
  formData.set("jobcentreId", user.jobcentreId);
  formData.set("submissionKey", submissionKey);
  const submission = parseWithZod(formData, { schema: jobOrderSchema });
  const reply = (status: number, formErrors?: string[], notice: "saved-not-started" | null = null) =>
    json({ result: submission.reply(formErrors ? { formErrors } : undefined), submissionKey, notice }, { status });
  if (submission.status !== "success") return reply(400);
  try {
    const { submissionKey: _key, ...values } = submission.value;
    const { order, started } = await takeJobOrderOnBehalf(getPrisma(), { context, byUserId: user.id, values, submissionKey });
    if (!started) return reply(503, [MESSAGES.savedNotStarted], "saved-not-started");
    // An order for a workplace another jobcentre serves is that jobcentre's: the taker sees its receipt.
    return redirect(order.jobcentreId === user.jobcentreId ? `/ordrer/${order.number}?taget=1` : `/jobordre/${order.id}/kvittering`);
  } catch (error) {
    if (error instanceof JobOrderIntakeError) return reply(409, [MESSAGES.noPolicy]);
    if (!isDatabaseUnavailable(error)) throw error;
    console.error("[intake] an order taken on a company's behalf could not be stored:", error);
    return reply(503, [MESSAGES.notSaved]);
  }
}

// The public form's field order without the company's fields, which come from the register.
const FIELD_ORDER = JOB_ORDER_FIELD_ORDER.filter((name) => !COMPANY_FIELDS.includes(name));

export default function TakeJobOrder() {
  const { company, visit, towns, submissionKey: freshKey } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const submitting = useNavigation().state === "submitting";
  const [form, fields] = useForm<JobOrderFormInput>({
    id: "jobordre-for-virksomhed",
    lastResult: actionData?.result,
    constraint: getZodConstraint(jobOrderSchema),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    defaultValue: { workplacePostcode: company.postcode },
  });
  const formProps = getFormProps(form);
  const { attempt, onSubmit } = useSendAttempts(actionData, formProps.onSubmit);
  const submissionKey = actionData?.submissionKey ?? freshKey;
  const fieldErrors = summaryItems(fields, FIELD_ORDER, []);
  const formErrors = form.errors ?? [];
  return (
    <div className="row">
      <div className="col-12 col-lg-8">
        <p>
          <Link to={`/virksomheder/${company.cvr}`}>Tilbage til {company.name}</Link>
        </p>
        <h1>Opret jobordre for {company.name}</h1>
        <p className="font-lead">
          Jobordren kommer ind som en jobordre fra formularen: kontaktpersonen får kvitteringen, og svarfristen gælder. Du bliver ansvarlig for den.
        </p>
        <dl className="mb-5">
          <Fact label="Virksomhed">
            {company.name}, CVR {company.cvr}
          </Fact>
          <Fact label="Adresse i registret">
            {company.address}, {company.postcode} {company.city ?? ""}
          </Fact>
          {visit ? <Fact label="Taget ved besøget">{visit.label}</Fact> : null}
        </dl>
        {(actionData || attempt > 0) && fieldErrors.length > 0 ? (
          <ErrorSummary heading="Ret følgende, før jobordren kan oprettes" items={fieldErrors} formErrors={actionData?.notice ? [] : formErrors} attempt={attempt} />
        ) : null}
        {formErrors.length > 0 && (actionData?.notice || fieldErrors.length === 0) ? (
          <Alert kind={actionData?.notice ? "warning" : "error"} heading={actionData?.notice ? "Jobordren er gemt, men ikke sendt videre endnu" : "Jobordren er ikke oprettet"}>
            <p id={form.errorId}>{formErrors.join(" ")}</p>
          </Alert>
        ) : null}
        <Form method="post" {...formProps} onSubmit={onSubmit} noValidate>
          <CsrfInput />
          <input type="hidden" name="submissionKey" value={submissionKey} />
          <h2>Kontaktperson hos virksomheden</h2>
          <ContactFields
            fields={fields}
            email={
              <TextField firstErrorOnly field={fields.contactEmail} label="E-mail" hint="Kvitteringen og svaret bliver sendt hertil; adressen er også kontaktpersonens adgang til Mine jobordrer." type="email" />
            }
          />
          <h2>Jobbet</h2>
          <JobFields
            fields={fields}
            afterPositions={
              <SelectField
                firstErrorOnly
                field={fields.kind}
                label="Ansættelsesform"
                placeholder="Vælg ansættelsesform"
                options={JOB_ORDER_KINDS.map((kind) => ({ value: kind, label: JOB_ORDER_KIND_LABELS[kind].charAt(0).toUpperCase() + JOB_ORDER_KIND_LABELS[kind].slice(1) }))}
              />
            }
            afterDates={
              <PostcodeField firstErrorOnly field={fields.workplacePostcode} label="Arbejdsstedets postnummer" hint="4 cifre. Postnummeret afgør, hvilket jobcenter ordren hører til." towns={towns} />
            }
          />
          <button type="submit" className="button button-primary" disabled={submitting} aria-disabled={submitting || undefined}>
            {submitting ? "Opretter …" : "Opret jobordren"}
          </button>
        </Form>
      </div>
    </div>
  );
}
