// The public job order form. Works without JavaScript: a plain POST, and the server re-renders with
// errors and every typed value. The hidden submit token makes a retried or double-clicked submit
// find the order the first one stored.
import { getFormProps, useForm } from "@conform-to/react";
import {
  getZodConstraint,
  parseWithZod,
  type SubmissionResult,
} from "@conform-to/zod";
import type { ActionFunctionArgs, MetaFunction } from "@remix-run/node";
import { isDatabaseUnavailable } from "~/utils/database-errors.server";
import { json, redirect } from "@remix-run/node";
import {
  Form,
  useActionData,
  useLoaderData,
  useNavigation,
} from "@remix-run/react";
import { CsrfInput } from "~/components/csrf-input";
import {
  ErrorSummary,
  summaryItems,
  useSendAttempts,
} from "~/components/error-summary";
import {
  Alert,
  PostcodeField,
  SelectField,
  TextField,
} from "~/components/forms";
import { ContactFields, JOB_ORDER_FIELD_ORDER, JobFields } from "~/components/job-order-fields";
import {
  createJobOrder,
  findJobcentreForPostcode,
  JobOrderIntakeError,
  getOrderFormLists,
  handOrderToWorkflow,
} from "~/models/job-order/intake.server";
import {
  jobOrderSchema,
  postcodeOf,
  JOB_ORDER_KIND_LABELS,
  JOB_ORDER_KINDS,
} from "~/schemas/job-order";
import { readForm } from "~/utils/csrf.server";
import { checkRateLimit, clientAddress } from "~/utils/rate-limit.server";

export { retryAfterHeaders as headers } from "~/utils/http-headers";

export const meta: MetaFunction = () => [
  { title: "Opret jobordre – Jobcentrenes rekrutteringsservice" },
];

const RATE_LIMIT = 20;
const RATE_WINDOW_SECONDS = 10 * 60;
// Each order mails a receipt to its contact address: the form must not become a way to flood someone's
// inbox from many connections.
const RECIPIENT_LIMITS = [
  { limit: 20, windowSeconds: 60 * 60 },
  { limit: 50, windowSeconds: 24 * 60 * 60 },
];

const MESSAGES = {
  notServed:
    "Postnummeret hører ikke under et af portalens jobcentre. Vælg det jobcenter, der skal hjælpe jer.",
  unknownJobcentre: "Vælg et jobcenter fra listen",
  noPolicy:
    "Jobcentret kan ikke tage imod jobordrer i portalen lige nu. Ring til jobcentret, eller vælg et andet jobcenter. Det, I har skrevet, er ikke gået tabt.",
  notSaved:
    'Vi kunne ikke gemme jobordren lige nu, fordi der er travlt i systemet. Vent et øjeblik, og tryk så på "Send jobordre" igen. Det, I har skrevet, er ikke gået tabt.',
  savedNotStarted:
    'Jobordren er gemt, men vi kunne ikke sende den videre til jobcentret lige nu. Vent et øjeblik, og tryk så på "Send jobordre" igen. I får ikke to jobordrer, og sker der ingenting, sender portalen den selv videre.',
} as const;

function waitText(retryAfterSeconds: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  if (minutes < 120)
    return `${minutes} ${minutes === 1 ? "minut" : "minutter"}`;
  return `${Math.ceil(minutes / 60)} timer`;
}

function tooManyMessage(retryAfterSeconds: number): string {
  return `Der er sendt mange jobordrer fra jeres forbindelse på kort tid. Vent ${waitText(
    retryAfterSeconds
  )}, og tryk så på "Send jobordre" igen. Det, I har skrevet, er ikke gået tabt.`;
}

function tooManyForRecipientMessage(retryAfterSeconds: number): string {
  return `Der er sendt mange jobordrer med denne e-mailadresse som kontakt på kort tid. Vent ${waitText(
    retryAfterSeconds
  )}, og tryk så på "Send jobordre" igen, eller ring til jobcentret. Det, I har skrevet, er ikke gået tabt.`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function loader() {
  return json({ submissionKey: crypto.randomUUID(), ...(await getOrderFormLists()) });
}

type Notice = "saved-not-started" | "not-saved" | "rate-limited" | "no-policy";

export async function action({ request }: ActionFunctionArgs) {
  const formData = await readForm(request);

  // The token goes back unchanged with every re-render; a tampered one is replaced.
  const rawKey = formData.get("submissionKey");
  const submissionKey =
    typeof rawKey === "string" && UUID.test(rawKey)
      ? rawKey
      : crypto.randomUUID();
  const rawJobcentre = formData.get("jobcentreId");
  const rawPostcode = formData.get("workplacePostcode");
  const postcode =
    typeof rawPostcode === "string" ? postcodeOf(rawPostcode) : "";
  const reply = (
    result: SubmissionResult<string[]>,
    status: number,
    extra: {
      askJobcentre?: boolean;
      notice?: Notice;
      headers?: HeadersInit;
    } = {}
  ) =>
    json(
      {
        result,
        submissionKey,
        // Once shown, the jobcentre select stays until the order is sent.
        askJobcentre:
          extra.askJobcentre ??
          (typeof rawJobcentre === "string" && rawJobcentre !== ""),
        notice: extra.notice ?? null,
      },
      { status, headers: extra.headers }
    );

  const submission = parseWithZod(formData, { schema: jobOrderSchema });

  // A database that cannot answer just now (busy, restarting) at any step before the order is stored:
  // nothing was stored, and the employer sends the same form (and token) again.
  try {
    const limit = await checkRateLimit(
      `order-form:${clientAddress(request)}`,
      RATE_LIMIT,
      RATE_WINDOW_SECONDS
    );
    if (!limit.ok) {
      return reply(
        submission.reply({
          formErrors: [tooManyMessage(limit.retryAfterSeconds)],
        }),
        429,
        {
          notice: "rate-limited",
          headers: { "Retry-After": String(limit.retryAfterSeconds) },
        }
      );
    }

    // Checked also when other fields are wrong, so the employer learns it in the same round.
    const noJobcentreChosen = !(
      typeof rawJobcentre === "string" && rawJobcentre.trim() !== ""
    );
    const notServed =
      /^\d{4}$/.test(postcode) &&
      noJobcentreChosen &&
      !(await findJobcentreForPostcode(postcode));
    if (submission.status !== "success") {
      return reply(
        submission.reply(
          notServed
            ? { fieldErrors: { workplacePostcode: [MESSAGES.notServed] } }
            : undefined
        ),
        400,
        {
          askJobcentre: notServed || undefined,
        }
      );
    }
    if (notServed) {
      return reply(
        submission.reply({
          fieldErrors: { workplacePostcode: [MESSAGES.notServed] },
        }),
        400,
        { askJobcentre: true }
      );
    }

    for (const { limit: max, windowSeconds } of RECIPIENT_LIMITS) {
      const byRecipient = await checkRateLimit(
        `order-form:recipient:${windowSeconds}:${submission.value.contactEmail}`,
        max,
        windowSeconds
      );
      if (!byRecipient.ok) {
        return reply(
          submission.reply({
            fieldErrors: {
              contactEmail: [
                tooManyForRecipientMessage(byRecipient.retryAfterSeconds),
              ],
            },
          }),
          429,
          {
            headers: { "Retry-After": String(byRecipient.retryAfterSeconds) },
          }
        );
      }
    }

    const { submissionKey: _key, ...input } = submission.value;
    let order;
    try {
      order = await createJobOrder(input, submissionKey);
    } catch (error) {
      if (!(error instanceof JobOrderIntakeError)) throw error;
      if (error.code === "NO_POLICY") {
        return reply(
          submission.reply({ formErrors: [MESSAGES.noPolicy] }),
          409,
          { notice: "no-policy" }
        );
      }
      const fieldErrors: Record<string, string[]> =
        error.code === "UNKNOWN_JOBCENTRE"
          ? { jobcentreId: [MESSAGES.unknownJobcentre] }
          : { workplacePostcode: [MESSAGES.notServed] };
      return reply(submission.reply({ fieldErrors }), 400, {
        askJobcentre: true,
      });
    }

    // Stored but not confirmed: the employer must not see a receipt for an order nobody will pick up.
    if (!(await handOrderToWorkflow(order))) {
      return reply(
        submission.reply({ formErrors: [MESSAGES.savedNotStarted] }),
        503,
        { notice: "saved-not-started" }
      );
    }
    return redirect(`/jobordre/${order.id}/kvittering`);
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    console.error("[intake] the order could not be stored:", error);
    return reply(submission.reply({ formErrors: [MESSAGES.notSaved] }), 503, {
      notice: "not-saved",
    });
  }
}


export default function NewJobOrder() {
  const {
    submissionKey: freshKey,
    jobcentres,
    towns,
  } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const submitting = navigation.state === "submitting";

  const [form, fields] = useForm({
    id: "jobordre",
    lastResult: actionData?.result,
    constraint: getZodConstraint(jobOrderSchema),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) =>
      parseWithZod(formData, { schema: jobOrderSchema }),
  });

  const formProps = getFormProps(form);
  const { attempt, onSubmit } = useSendAttempts(actionData, formProps.onSubmit);

  // Never the loader's fresh key after a submit: the retry must carry the first token.
  const submissionKey = actionData?.submissionKey ?? freshKey;
  const askJobcentre =
    Boolean(actionData?.askJobcentre) || Boolean(fields.jobcentreId.errors);
  // The hidden token has nothing to jump to.
  const fieldErrors = summaryItems(fields, JOB_ORDER_FIELD_ORDER, ["submissionKey"]);
  const notice = actionData?.notice ?? null;
  const formErrors = form.errors ?? [];

  return (
    <div className="row">
      <div className="col-12 col-lg-8">
        <h1>Opret jobordre</h1>
        <p className="font-lead">
          Fortæl jobcentret, hvilken medarbejder I mangler. Det er gratis, og I
          skal ikke oprette en bruger.
        </p>
        <p>Alle felter skal udfyldes, medmindre der står (valgfrit).</p>

        {/* Once sent, the summary stays as long as any field is wrong, also while the others are being mended. */}
        {(actionData || attempt > 0) && fieldErrors.length > 0 ? (
          <ErrorSummary
            heading="Ret følgende, før jobordren kan sendes"
            items={fieldErrors}
            formErrors={notice ? [] : formErrors}
            attempt={attempt}
          />
        ) : null}
        {formErrors.length > 0 && (notice || fieldErrors.length === 0) ? (
          <Alert
            kind={notice === "saved-not-started" ? "warning" : "error"}
            notice={notice ?? undefined}
            heading={
              notice === "saved-not-started"
                ? "Jobordren er gemt, men ikke sendt videre endnu"
                : notice === "rate-limited"
                ? "For mange jobordrer på kort tid"
                : "Jobordren er ikke sendt"
            }
          >
            <p id={form.errorId}>{formErrors.join(" ")}</p>
          </Alert>
        ) : null}

        <Form method="post" {...formProps} onSubmit={onSubmit} noValidate>
          <CsrfInput />
          <input type="hidden" name="submissionKey" value={submissionKey} />

          <h2>Virksomheden</h2>
          <TextField
            firstErrorOnly
            field={fields.cvr}
            label="CVR-nummer"
            hint="8 cifre. I kan finde det på virk.dk."
            className="form-input input-width-s"
            inputMode="numeric"
          />
          <TextField
            firstErrorOnly
            field={fields.companyName}
            label="Virksomhedens navn"
            autoComplete="organization"
          />
          <TextField
            firstErrorOnly
            field={fields.companyAddress}
            label="Adresse"
            hint="Vej og husnummer"
            autoComplete="street-address"
          />
          <PostcodeField
            firstErrorOnly
            field={fields.companyPostcode}
            label="Postnummer"
            hint="4 cifre, fx 4900"
            towns={towns}
          />

          <h2>Kontaktperson</h2>
          <ContactFields
            fields={fields}
            email={
              <TextField
                firstErrorOnly
                field={fields.contactEmail}
                label="E-mail"
                hint="Kvitteringen og jobcentrets svar bliver sendt hertil. I bruger også adressen til at logge ind på Mine jobordrer."
                type="email"
                autoComplete="email"
              />
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
                options={JOB_ORDER_KINDS.map((kind) => ({
                  value: kind,
                  label:
                    JOB_ORDER_KIND_LABELS[kind].charAt(0).toUpperCase() +
                    JOB_ORDER_KIND_LABELS[kind].slice(1),
                }))}
              />
            }
            afterDates={
              <>
                <PostcodeField
                  firstErrorOnly
                  field={fields.workplacePostcode}
                  label="Arbejdsstedets postnummer"
                  hint="4 cifre. Postnummeret afgør, hvilket jobcenter der hjælper jer."
                  towns={towns}
                />
                {askJobcentre ? (
                  <SelectField
                    firstErrorOnly
                    field={fields.jobcentreId}
                    label="Jobcenter"
                    hint="Det jobcenter, der skal hjælpe jer med jobordren"
                    placeholder="Vælg jobcenter"
                    options={jobcentres.map((jc) => ({
                      value: jc.id,
                      label: jc.name,
                    }))}
                  />
                ) : null}
              </>
            }
          />

          <button
            type="submit"
            className="button button-primary"
            disabled={submitting}
            aria-disabled={submitting || undefined}
            data-send
          >
            {submitting ? "Sender …" : "Send jobordre"}
          </button>
        </Form>
      </div>
    </div>
  );
}
