// The employer corrects or adds to an open order: the order form's own fields and rules, filled in with
// what the order holds now. The correction goes to the order's workflow (correctOrder), which stores it
// with what it replaced and tells the consultant; nothing is changed when nothing was changed.
import { getFormProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod, type SubmissionResult } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useMemo } from "react";
import { CsrfInput } from "~/components/csrf-input";
import { ErrorSummary, summaryItems, useSendAttempts } from "~/components/error-summary";
import { FormErrors } from "~/components/forms";
import { ContactFields, JobFields } from "~/components/job-order-fields";
import { changesBetween, CORRECTABLE_FIELDS, type OrderCorrectionValues } from "~/domain/job-order/correction";
import { correctionValuesOf } from "~/models/job-order/correction.server";
import { getOrderForEmployer } from "~/models/job-order/employer.server";
import { correctOrderAsEmployer } from "~/models/job-order/lifecycle.server";
import { failureStatus, retriesSameUpdate } from "~/models/job-order/updates.server";
import { createOrderCorrectionSchema, ORDER_CORRECTION_MESSAGES } from "~/schemas/order-correction";
import { readForm } from "~/utils/csrf.server";
import { requireEmployerEmail } from "~/utils/session.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `Ret ${data.number}: ${data.title} – Mine jobordrer` : "Jobordren findes ikke – Mine jobordrer" },
];

async function requireOrder(request: Request, number: string | undefined) {
  const email = await requireEmployerEmail(request);
  const order = await getOrderForEmployer(email, number ?? "");
  if (!order) throw new Response("Vi kan ikke finde jobordren blandt jeres jobordrer.", { status: 404, statusText: "Not Found" });
  return { email, order };
}

/** The stored values as the form shows them: dates as 1.2.2027, hours with a decimal comma, ticks as "on". */
function formValuesOf(values: OrderCorrectionValues) {
  const date = (iso: string) => {
    const [y, m, d] = iso.split("-").map(Number);
    return `${d}.${m}.${y}`;
  };
  return {
    ...values,
    positions: String(values.positions),
    hoursPerWeek: values.hoursPerWeek.toLocaleString("da-DK"),
    startDate: date(values.startDate),
    applicationDeadline: values.applicationDeadline ? date(values.applicationDeadline) : "",
    openToSmallJobs: values.openToSmallJobs ? "on" : undefined,
    openToFlexJob: values.openToFlexJob ? "on" : undefined,
    openToJobCrafting: values.openToJobCrafting ? "on" : undefined,
  };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { order } = await requireOrder(request, params.number);
  const values = correctionValuesOf(order);
  return json({
    number: order.number,
    title: order.title,
    open: order.status !== "CLOSED",
    companyName: order.company.name,
    contactEmail: order.contactEmail,
    values: formValuesOf(values),
    unchanged: { startDate: values.startDate, applicationDeadline: values.applicationDeadline },
    updateKey: globalThis.crypto.randomUUID(),
  });
}

type ActionData = { result: SubmissionResult<string[]>; updateKey: string | null };

export async function action({ request, params }: ActionFunctionArgs) {
  const formData = await readForm(request);
  const { email, order } = await requireOrder(request, params.number);
  const current = correctionValuesOf(order);
  const schema = createOrderCorrectionSchema({ unchanged: { startDate: current.startDate, applicationDeadline: current.applicationDeadline } });
  const submission = parseWithZod(formData, { schema });
  if (submission.status !== "success") return json<ActionData>({ result: submission.reply(), updateKey: null }, { status: 400 });
  const { values, updateKey } = submission.value;
  if (order.status === "CLOSED") {
    return json<ActionData>({ result: submission.reply({ formErrors: ["Jobordren er afsluttet og kan ikke rettes."] }), updateKey: null }, { status: 409 });
  }
  if (changesBetween(current, values).length === 0) {
    return json<ActionData>({ result: submission.reply({ formErrors: [ORDER_CORRECTION_MESSAGES.nothingChanged] }), updateKey: null }, { status: 400 });
  }
  const result = await correctOrderAsEmployer(order, email, values, updateKey);
  if (result.ok) return redirect(`/mine-jobordrer/${encodeURIComponent(order.number)}?rettet=1`);
  return json<ActionData>(
    { result: submission.reply({ formErrors: [result.message] }), updateKey: retriesSameUpdate(result) ? updateKey : null },
    { status: failureStatus(result) },
  );
}

// The fields in the order they appear, for the error summary.
const FIELD_ORDER = ["contactName", "contactPhone", ...CORRECTABLE_FIELDS.filter((f) => f !== "contactName" && f !== "contactPhone"), "updateKey"] as const;

export default function CorrectJobOrder() {
  const { number, title, open, companyName, contactEmail, values, unchanged, updateKey: freshKey } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const submitting = navigation.state === "submitting";
  const schema = useMemo(() => createOrderCorrectionSchema({ unchanged }), [unchanged]);

  const [form, fields] = useForm({
    id: "ret-jobordre",
    lastResult: actionData?.result,
    defaultValue: values,
    constraint: getZodConstraint(schema),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
  });
  const formProps = getFormProps(form);
  const { attempt, onSubmit } = useSendAttempts(actionData, formProps.onSubmit);
  const fieldErrors = summaryItems(fields, FIELD_ORDER, ["updateKey"]);
  const formErrors = form.errors ?? [];
  const back = `/mine-jobordrer/${encodeURIComponent(number)}`;

  return (
    <div className="row">
      <div className="col-12 col-lg-8">
        <p>
          <Link to={back}>Tilbage til jobordren</Link>
        </p>
        <h1>
          Ret jobordren <span className="weight-normal">({number})</span>
        </h1>
        {!open ? (
          <p className="font-lead">Jobordren {title} er afsluttet og kan ikke rettes. Skal I bruge nye medarbejdere, så opret en ny jobordre.</p>
        ) : (
          <>
            <p className="font-lead">
              Ret eller tilføj til jobordren {title}. Jobcentret får besked om, hvad I har ændret, og kan se det, I skrev før.
            </p>
            <p>
              Virksomheden ({companyName}), arbejdsstedets postnummer, ansættelsesformen og jeres e-mailadresse ({contactEmail}) kan ikke
              rettes her, fordi de afgør, hvem der hjælper jer. Skriv til jobcentret på jobordren, hvis de skal ændres.
            </p>
            {(actionData || attempt > 0) && fieldErrors.length > 0 ? (
              <ErrorSummary heading="Ret følgende, før rettelsen kan gemmes" items={fieldErrors} formErrors={formErrors} attempt={attempt} />
            ) : null}
            {fieldErrors.length === 0 ? <FormErrors heading="Rettelsen er ikke gemt" errors={formErrors} id={form.errorId} /> : null}
            <Form
              method="post"
              {...formProps}
              onSubmit={onSubmit}
              noValidate
            >
              <CsrfInput />
              <input type="hidden" name="updateKey" value={actionData?.updateKey ?? freshKey} />
              <h2>Kontaktperson</h2>
              <ContactFields fields={fields} />
              <h2>Jobbet</h2>
              <JobFields fields={fields} />
              <button type="submit" className="button button-primary" disabled={submitting} aria-disabled={submitting || undefined} data-send>
                {submitting ? "Gemmer …" : "Gem rettelsen"}
              </button>{" "}
              <Link to={back} className="button button-secondary">
                Fortryd
              </Link>
            </Form>
          </>
        )}
      </div>
    </div>
  );
}
