// One of the signed-in employer's job orders with its history. Another employer's order is a 404,
// not a 403: the page must not confirm that an order number exists.
// After the answer the employer follows the order here: the candidates the jobcentre has shared (and
// their feedback on each), the meeting when one is offered, and the close. Each change is sent to the
// order's workflow as an update (app/models/order-lifecycle.server.ts); a refusal is shown beside
// the form with what the employer wrote kept.
import { failureStatus, retriesSameUpdate, type UpdateFailure } from "~/models/order-updates.server";
import { getFormProps, getInputProps, getTextareaProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction, SerializeFrom } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, isRouteErrorResponse, Link, useActionData, useLoaderData, useNavigation, useRouteError } from "@remix-run/react";
import type { ReactNode } from "react";
import type { z } from "zod";
import { CsrfInput } from "~/components/csrf-input";
import { feedbackOutcomesFor, referralAllows } from "~/domain/referral/steps";
import { MinimalCvFacts } from "~/components/minimal-cv";
import { Alert, FieldError, formGroupClass } from "~/components/staff-form";
import { getOrderForEmployer } from "~/models/job-order.server";
import { chooseMeetingTime, closeOrderByEmployer, giveEmployerFeedback } from "~/models/order-lifecycle.server";
import { listReferralsForEmployer } from "~/models/referral.server";
import {
  chooseMeetingSchema,
  CLOSE_COMMENT_MAX_LENGTH,
  CLOSE_HOW_LABELS,
  CLOSE_HOWS,
  closeOrderByEmployerSchema,
  EMPLOYER_ORDER_MESSAGES,
  employerFeedbackSchema,
  FEEDBACK_OUTCOME_LABELS,
} from "~/schemas/employer-order";
import { JOB_ORDER_KIND_LABELS } from "~/schemas/job-order";
import { readForm } from "~/utils/csrf.server";
import { formatDate, formatDateTime, formatDeadline } from "~/utils/format";
import { JOB_ORDER_OUTCOME_LABELS, jobOrderEventLabel, jobOrderStatusLabel, REFERRAL_STATUS_EMPLOYER_LABELS } from "~/utils/labels";
import { requireEmployerEmail } from "~/utils/session.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.order.number}: ${data.order.title} – Mine jobordrer` : "Jobordren findes ikke – Mine jobordrer" },
];

type EmployerOrder = NonNullable<Awaited<ReturnType<typeof getOrderForEmployer>>>;
type TimelineEntry = EmployerOrder["timeline"][number];

/** "Tildelt Anne Jensen", "Besvaret af Anne Jensen": the step in the employer's words. */
function describeStep(entry: TimelineEntry): string {
  const name = entry.personName;
  switch (entry.kind) {
    case "ASSIGNED":
      return name ? `Tildelt ${name}` : "Tildelt en virksomhedskonsulent";
    case "REASSIGNED":
      return name ? `Overdraget til ${name}` : "Overdraget til en anden konsulent";
    case "ANSWERED":
      return name ? `Besvaret af ${name}` : "Besvaret";
    case "RECEIPT_SENT":
      return "Kvittering sendt på mail";
    case "MEETING_OFFERED":
      return "Jobcentret har tilbudt tidspunkter til et møde";
    case "MEETING_BOOKED":
      return "Møde aftalt";
    case "MEETING_HELD":
      return "Møde holdt";
    case "SHARED_WITH_REGION":
      return "Sendt videre til den regionale rekrutteringsservice, som også finder kandidater";
    case "CLOSED":
      return "Jobordren er afsluttet";
    case "OUTCOME_UPDATED":
      return "Resultatet er opdateret efter afslutningen";
    case "SURVEY_SENT":
      return "Spørgeskema om samarbejdet sendt på mail";
    default:
      return jobOrderEventLabel(entry.kind);
  }
}

const SUCCESS_MESSAGES: Record<string, string> = {
  feedback: "Tak for tilbagemeldingen. Jobcentret har fået den.",
  moede: "Mødet er aftalt. I får en bekræftelse på mail.",
  afsluttet: "Jobordren er afsluttet. Jobcentret finder ikke flere kandidater til den.",
};

async function requireOrder(request: Request, number: string | undefined) {
  const email = await requireEmployerEmail(request);
  const order = await getOrderForEmployer(email, number ?? "");
  if (!order) {
    throw new Response("Vi kan ikke finde jobordren blandt dine jobordrer.", { status: 404, statusText: "Not Found" });
  }
  return { email, order };
}

function meetingView(meeting: EmployerOrder["meeting"], open: boolean, now: Date) {
  if (!meeting) return null;
  if (meeting.heldAt) {
    return { state: "held" as const, at: formatDeadline(meeting.scheduledFor ?? meeting.heldAt), options: [] };
  }
  if (meeting.scheduledFor) return { state: "booked" as const, at: formatDeadline(meeting.scheduledFor), options: [] };
  // Only times still ahead can be chosen; the workflow refuses a time that has passed.
  const options = [...meeting.options]
    .filter((o) => o.getTime() > now.getTime())
    .sort((a, b) => a.getTime() - b.getTime())
    .map((o) => ({ value: o.toISOString(), label: formatDeadline(o) }));
  if (!open) return { state: "closed" as const, at: null, options: [] };
  return { state: options.length > 0 ? ("choose" as const) : ("passed" as const), at: null, options };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { order } = await requireOrder(request, params.number);
  const referrals = await listReferralsForEmployer(order.id);
  const now = new Date();
  const open = order.status !== "CLOSED";
  const flexibility = [
    order.openToSmallJobs ? "Kan deles op i småjob" : null,
    order.openToFlexJob ? "Kan besættes som fleksjob" : null,
    order.openToJobCrafting ? "Åben for jobcrafting" : null,
  ].filter((v): v is string => v !== null);
  const search = new URL(request.url).searchParams;
  const successKey = Object.keys(SUCCESS_MESSAGES).find((k) => search.get(k) === "1");
  return json({
    success: successKey ? SUCCESS_MESSAGES[successKey]! : null,
    order: {
      number: order.number,
      title: order.title,
      description: order.description,
      requirements: order.requirements,
      positions: order.positions,
      kind: JOB_ORDER_KIND_LABELS[order.kind],
      hoursPerWeek: order.hoursPerWeek.toLocaleString("da-DK"),
      startDate: formatDate(order.startDate),
      workplacePostcode: order.workplacePostcode,
      flexibility,
      company: order.company,
      contactName: order.contactName,
      contactEmail: order.contactEmail,
      contactPhone: order.contactPhone,
      jobcentre: order.jobcentre,
      status: order.status,
      statusLabel: jobOrderStatusLabel(order.status),
      open,
      received: formatDateTime(order.receivedAt),
      deadline: formatDeadline(order.dueAt),
      assigneeName: order.assigneeName,
      answered: order.answeredAt ? formatDateTime(order.answeredAt) : null,
      answeredByName: order.answeredByName,
      answerText: order.answerText,
      closesAt: open && order.closesAt ? formatDate(order.closesAt) : null,
      closed: open
        ? null
        : {
            outcome: order.outcome ? JOB_ORDER_OUTCOME_LABELS[order.outcome] : null,
            at: order.closedAt ? formatDateTime(order.closedAt) : null,
            reason: order.closeReason,
          },
    },
    meeting: meetingView(order.meeting, open, now),
    candidates: referrals.map((r) => ({
      id: r.id,
      status: r.status,
      statusLabel: REFERRAL_STATUS_EMPLOYER_LABELS[r.status] ?? r.status,
      sharedAt: formatDate(r.sharedAt),
      feedbackDue: r.status === "SHARED" && r.feedbackDueAt ? formatDate(r.feedbackDueAt) : null,
      startDate: r.status === "HIRED" && r.startDate ? formatDate(r.startDate) : null,
      feedbackOutcomes: feedbackOutcomesFor(r.status),
      // The employer can tell how it went while a candidate is new or invited (also after the close).
      canGiveFeedback: referralAllows("employerFeedback", r.status),
      cv: r.cv,
    })),
    timeline: order.timeline.map((entry, index) => ({ id: index, text: describeStep(entry), at: formatDateTime(entry.at) })),
    // Update ids: a resubmitted form is the same Temporal update, so a retry cannot act twice.
    updateKeys: {
      feedback: Object.fromEntries(referrals.map((r) => [r.id, globalThis.crypto.randomUUID()])) as Record<string, string>,
      meeting: globalThis.crypto.randomUUID(),
      close: globalThis.crypto.randomUUID(),
    },
  });
}

type Intent = "feedback" | "meeting" | "close";
type ActionData = { intent: Intent; referralId: string | null; result: SubmissionResult<string[]>; updateKey: string | null };

function reply(intent: Intent, result: SubmissionResult<string[]>, options: { referralId?: string | null; updateKey?: string | null; status?: number } = {}) {
  return json<ActionData>(
    { intent, referralId: options.referralId ?? null, result, updateKey: options.updateKey ?? null },
    { status: options.status ?? 400 },
  );
}

/** A refusal: 409 with the workflow's words, or 503 (and the same update id for the retry) when unknown. */
function refusal(intent: Intent, result: SubmissionResult<string[]>, outcome: UpdateFailure, updateKey: string, referralId: string | null = null) {
  return reply(intent, result, {
    referralId,
    // Kept only when the outcome is unknown: a retry then finds the same update.
    updateKey: retriesSameUpdate(outcome) ? updateKey : null,
    status: failureStatus(outcome),
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const formData = await readForm(request);
  const { email, order } = await requireOrder(request, params.number);
  const intent = formData.get("intent");
  const back = `/mine-jobordrer/${encodeURIComponent(order.number)}`;

  if (intent === "feedback") {
    const rawReferral = formData.get("referralId");
    const referralId = typeof rawReferral === "string" ? rawReferral : null;
    const submission = parseWithZod(formData, { schema: employerFeedbackSchema });
    if (submission.status !== "success") return reply("feedback", submission.reply(), { referralId });
    const { value } = submission;
    // Only the candidates shared with this order can be answered from its page.
    const shared = (await listReferralsForEmployer(order.id)).some((r) => r.id === value.referralId);
    if (!shared) {
      return reply("feedback", submission.reply({ formErrors: [EMPLOYER_ORDER_MESSAGES.referralInvalid] }), { referralId, status: 409 });
    }
    const result = await giveEmployerFeedback(
      order,
      { referralId: value.referralId, outcome: value.outcome, startDate: value.startDate, reason: value.reason },
      email,
      value.updateKey,
    );
    if (result.ok) return redirect(`${back}?feedback=1`);
    return refusal("feedback", submission.reply({ formErrors: [result.message] }), result, value.updateKey, value.referralId);
  }

  if (intent === "meeting") {
    const submission = parseWithZod(formData, { schema: chooseMeetingSchema });
    if (submission.status !== "success") return reply("meeting", submission.reply());
    const { value } = submission;
    const offered = order.meeting?.options.some((o) => o.toISOString() === value.at) ?? false;
    if (!offered) return reply("meeting", submission.reply({ fieldErrors: { at: [EMPLOYER_ORDER_MESSAGES.meetingTimeInvalid] } }));
    const result = await chooseMeetingTime(order, email, new Date(value.at), value.updateKey);
    if (result.ok) return redirect(`${back}?moede=1`);
    return refusal("meeting", submission.reply({ formErrors: [result.message] }), result, value.updateKey);
  }

  if (intent === "close") {
    const submission = parseWithZod(formData, { schema: closeOrderByEmployerSchema });
    if (submission.status !== "success") return reply("close", submission.reply());
    const { value } = submission;
    const result = await closeOrderByEmployer(order, email, value.reason, value.cancelled, value.updateKey);
    if (result.ok) return redirect(`${back}?afsluttet=1`);
    return refusal("close", submission.reply({ formErrors: [result.message] }), result, value.updateKey);
  }

  throw new Response("Ukendt handling.", { status: 400 });
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}


type Candidate = SerializeFrom<typeof loader>["candidates"][number];

function FeedbackForm({
  candidate,
  lastResult,
  updateKey,
  busy,
}: {
  candidate: Candidate;
  lastResult: SubmissionResult<string[]> | undefined;
  updateKey: string;
  busy: boolean;
}) {
  const [form, fields] = useForm<z.input<typeof employerFeedbackSchema>, z.output<typeof employerFeedbackSchema>>({
    // Its own id per candidate: errors land on the right candidate's form.
    id: `tilbagemelding-${candidate.id}`,
    lastResult,
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: employerFeedbackSchema }),
  });
  const outcomes = candidate.feedbackOutcomes;
  const startHint = `${form.id}-startdato-hint`;
  const reasonHint = `${form.id}-begrundelse-hint`;
  const { key: startKey, ...startProps } = getInputProps(fields.startDate, { type: "date", ariaDescribedBy: startHint });
  const { key: reasonKey, ...reasonProps } = getTextareaProps(fields.reason, { ariaDescribedBy: reasonHint });
  return (
    <Form method="post" {...getFormProps(form)} aria-label={`Tilbagemelding på ${candidate.cv.name}`}>
      {form.errors ? (
        <Alert kind="error" heading="Tilbagemeldingen er ikke sendt">
          <p id={form.errorId}>{form.errors.join(" ")}</p>
        </Alert>
      ) : null}
      <CsrfInput />
      <input type="hidden" name="intent" value="feedback" />
      <input type="hidden" name="referralId" value={candidate.id} />
      <input type="hidden" name="updateKey" value={updateKey} />
      <FieldError id={fields.referralId.errorId} errors={fields.referralId.errors} />
      <FieldError id={fields.updateKey.errorId} errors={fields.updateKey.errors} />
      <div className={formGroupClass(fields.outcome.errors)}>
        <fieldset aria-describedby={fields.outcome.errors ? fields.outcome.errorId : undefined}>
          <legend className="form-label">Hvordan gik det med {candidate.cv.name}?</legend>
          <FieldError id={fields.outcome.errorId} errors={fields.outcome.errors} />
          {outcomes.map((outcome) => {
            const { key, ...props } = getInputProps(fields.outcome, { type: "radio", value: outcome, ariaAttributes: false });
            const id = `${form.id}-udfald-${outcome}`;
            return (
              <div className="form-group-radio" key={key ?? outcome}>
                <input className="form-radio" {...props} id={id} aria-invalid={fields.outcome.errors ? true : undefined} />
                <label className="form-label" htmlFor={id}>
                  {FEEDBACK_OUTCOME_LABELS[outcome]}
                </label>
              </div>
            );
          })}
        </fieldset>
      </div>
      <div className={formGroupClass(fields.startDate.errors)}>
        <label className="form-label" htmlFor={fields.startDate.id}>
          Første arbejdsdag
        </label>
        <span className="form-hint" id={startHint}>
          Udfyldes, hvis I har ansat kandidaten.
        </span>
        <FieldError id={fields.startDate.errorId} errors={fields.startDate.errors} />
        <input key={startKey} className="form-input input-width-m" {...startProps} />
      </div>
      <div className={formGroupClass(fields.reason.errors)}>
        <label className="form-label" htmlFor={fields.reason.id}>
          Hvorfor er kandidaten ikke relevant?
        </label>
        <span className="form-hint" id={reasonHint}>
          Udfyldes, hvis kandidaten ikke er relevant. Det hjælper jobcentret med at finde bedre kandidater.
        </span>
        <FieldError id={fields.reason.errorId} errors={fields.reason.errors} />
        <textarea key={reasonKey} className="form-input" rows={3} {...reasonProps} />
      </div>
      <button type="submit" className="button button-primary" disabled={busy}>
        {busy ? "Sender …" : "Send tilbagemelding"}
      </button>
    </Form>
  );
}

function MeetingForm({
  options,
  lastResult,
  updateKey,
  busy,
}: {
  options: Array<{ value: string; label: string }>;
  lastResult: SubmissionResult<string[]> | undefined;
  updateKey: string;
  busy: boolean;
}) {
  const [form, fields] = useForm<z.input<typeof chooseMeetingSchema>, z.output<typeof chooseMeetingSchema>>({
    id: "moedetid",
    lastResult,
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: chooseMeetingSchema }),
  });
  return (
    <Form method="post" {...getFormProps(form)}>
      {form.errors ? (
        <Alert kind="error" heading="Mødet er ikke aftalt">
          <p id={form.errorId}>{form.errors.join(" ")}</p>
        </Alert>
      ) : null}
      <CsrfInput />
      <input type="hidden" name="intent" value="meeting" />
      <input type="hidden" name="updateKey" value={updateKey} />
      <FieldError id={fields.updateKey.errorId} errors={fields.updateKey.errors} />
      <div className={formGroupClass(fields.at.errors)}>
        <fieldset aria-describedby={fields.at.errors ? fields.at.errorId : undefined}>
          <legend className="form-label">Hvornår passer det jer?</legend>
          <FieldError id={fields.at.errorId} errors={fields.at.errors} />
          {options.map((option, index) => {
            const { key, ...props } = getInputProps(fields.at, { type: "radio", value: option.value, ariaAttributes: false });
            const id = `${form.id}-${index}`;
            return (
              <div className="form-group-radio" key={key ?? option.value}>
                <input className="form-radio" {...props} id={id} aria-invalid={fields.at.errors ? true : undefined} />
                <label className="form-label" htmlFor={id}>
                  {option.label}
                </label>
              </div>
            );
          })}
        </fieldset>
      </div>
      <button type="submit" className="button button-primary" disabled={busy}>
        {busy ? "Sender …" : "Vælg tidspunkt"}
      </button>
    </Form>
  );
}

function CloseForm({ lastResult, updateKey, busy }: { lastResult: SubmissionResult<string[]> | undefined; updateKey: string; busy: boolean }) {
  const [form, fields] = useForm<z.input<typeof closeOrderByEmployerSchema>, z.output<typeof closeOrderByEmployerSchema>>({
    id: "afslut-jobordre",
    lastResult,
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: closeOrderByEmployerSchema }),
  });
  const commentHint = `${form.id}-kommentar-hint`;
  const { key: commentKey, ...commentProps } = getTextareaProps(fields.comment, { ariaDescribedBy: commentHint });
  return (
    <Form method="post" {...getFormProps(form)}>
      {form.errors ? (
        <Alert kind="error" heading="Jobordren er ikke afsluttet">
          <p id={form.errorId}>{form.errors.join(" ")}</p>
        </Alert>
      ) : null}
      <CsrfInput />
      <input type="hidden" name="intent" value="close" />
      <input type="hidden" name="updateKey" value={updateKey} />
      <FieldError id={fields.updateKey.errorId} errors={fields.updateKey.errors} />
      <div className={formGroupClass(fields.how.errors)}>
        <fieldset aria-describedby={fields.how.errors ? fields.how.errorId : undefined}>
          <legend className="form-label">Hvorfor afslutter I jobordren?</legend>
          <FieldError id={fields.how.errorId} errors={fields.how.errors} />
          {CLOSE_HOWS.map((how) => {
            const { key, ...props } = getInputProps(fields.how, { type: "radio", value: how, ariaAttributes: false });
            const id = `${form.id}-${how}`;
            return (
              <div className="form-group-radio" key={key ?? how}>
                <input className="form-radio" {...props} id={id} aria-invalid={fields.how.errors ? true : undefined} />
                <label className="form-label" htmlFor={id}>
                  {CLOSE_HOW_LABELS[how]}
                </label>
              </div>
            );
          })}
        </fieldset>
      </div>
      <div className={formGroupClass(fields.comment.errors)}>
        <label className="form-label" htmlFor={fields.comment.id}>
          Kommentar (valgfrit)
        </label>
        <span className="form-hint" id={commentHint}>
          Højst {CLOSE_COMMENT_MAX_LENGTH.toLocaleString("da-DK")} tegn.
        </span>
        <FieldError id={fields.comment.errorId} errors={fields.comment.errors} />
        <textarea key={commentKey} className="form-input" rows={3} {...commentProps} />
      </div>
      <button type="submit" className="button button-primary" disabled={busy}>
        {busy ? "Afslutter …" : "Afslut jobordren"}
      </button>
    </Form>
  );
}

export default function MyJobOrder() {
  const { order, timeline, success, meeting, candidates, updateKeys } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const submitting = navigation.state === "submitting" ? navigation.formData : undefined;
  const busyIntent = submitting?.get("intent");
  const busyReferral = submitting?.get("referralId");

  const resultFor = (intent: Intent, referralId: string | null = null) =>
    actionData?.intent === intent && actionData.referralId === referralId ? actionData.result : undefined;
  const keyFor = (intent: Intent, fresh: string, referralId: string | null = null) =>
    actionData?.intent === intent && actionData.referralId === referralId && actionData.updateKey ? actionData.updateKey : fresh;

  // The form may be gone by the time its answer comes back (the order closed, the candidate or the
  // meeting changed meanwhile): the refusal is then shown on its own at the top.
  const formShown = (() => {
    if (!actionData) return true;
    if (actionData.intent === "feedback") return candidates.some((c) => c.id === actionData.referralId && c.canGiveFeedback);
    if (actionData.intent === "meeting") return meeting?.state === "choose";
    return order.open;
  })();
  const orphanError = !formShown ? actionData?.result.error?.[""]?.join(" ") : null;

  return (
    <>
      <p>
        <Link to="/mine-jobordrer">Tilbage til Mine jobordrer</Link>
      </p>
      <h1>
        {order.title} <span className="weight-normal">({order.number})</span>
      </h1>
      <p className="font-lead">
        Status: <strong>{order.statusLabel}</strong>
        {order.status === "RECEIVED" || order.status === "ASSIGNED" ? <> · Du får svar senest {order.deadline}</> : null}
      </p>
      {success ? <Alert kind="success" heading={success} /> : null}
      {orphanError ? (
        <Alert kind="error" heading="Ændringen er ikke gemt">
          <p>{orphanError}</p>
        </Alert>
      ) : null}

      <h2>Jobcentrets svar</h2>
      {order.answerText ? (
        <>
          <p>
            Besvaret {order.answered}
            {order.answeredByName ? ` af ${order.answeredByName}` : ""}, {order.jobcentre.name}:
          </p>
          <blockquote className="answer-text">{order.answerText}</blockquote>
        </>
      ) : (
        <p>
          {order.status === "CLOSED"
            ? "Jobordren er afsluttet."
            : `Jobordren er ikke besvaret endnu. ${order.jobcentre.name} svarer senest ${order.deadline}.`}
          {order.assigneeName && order.status !== "CLOSED" ? ` Din kontaktperson i jobcentret er ${order.assigneeName}.` : ""}
        </p>
      )}
      <p>
        Spørgsmål? Ring til {order.jobcentre.name} på{" "}
        <a href={`tel:${order.jobcentre.phone.replace(/\s/g, "")}`}>{order.jobcentre.phone}</a>, eller skriv til{" "}
        <a href={`mailto:${order.jobcentre.email}`}>{order.jobcentre.email}</a>.
      </p>

      {meeting ? (
        <section aria-labelledby="moede" className="mb-6">
          <h2 id="moede">Møde</h2>
          {meeting.state === "held" ? (
            <p>Mødet med jobcentret er holdt ({meeting.at}).</p>
          ) : meeting.state === "booked" ? (
            <p>
              Mødet med jobcentret er aftalt til <strong>{meeting.at}</strong>. Skal tidspunktet flyttes, så ring til{" "}
              {order.jobcentre.name} på {order.jobcentre.phone}.
            </p>
          ) : meeting.state === "closed" ? (
            <p>Der blev ikke aftalt et møde, før jobordren blev afsluttet.</p>
          ) : meeting.state === "passed" ? (
            <p>
              De tidspunkter, jobcentret tilbød, er passeret. Ring til {order.jobcentre.name} på {order.jobcentre.phone}, så
              finder vi et nyt tidspunkt.
            </p>
          ) : (
            <>
              <p>
                I søger {order.positions} medarbejdere, og jobcentret vil gerne holde et møde med jer om, hvordan vi bedst
                finder de rigtige kandidater. Vælg det tidspunkt, der passer jer.
              </p>
              <MeetingForm
                options={meeting.options}
                lastResult={resultFor("meeting")}
                updateKey={keyFor("meeting", updateKeys.meeting)}
                busy={busyIntent === "meeting"}
              />
            </>
          )}
        </section>
      ) : null}

      <section aria-labelledby="kandidater" className="mb-6">
        <h2 id="kandidater">Kandidater</h2>
        {candidates.length === 0 ? (
          <p>
            Jobcentret har ikke sendt kandidater endnu. Når en kandidat har sagt ja til at blive henvist til jobbet, sender
            jobcentret kandidatens CV hertil og på mail til {order.contactEmail}.
          </p>
        ) : (
          <>
            <p>
              Kandidaterne har selv sagt ja til, at jobcentret sender deres CV til jer. Kontakt dem direkte, og fortæl
              jobcentret, hvordan det går.
            </p>
            {candidates.map((candidate) => (
              <section key={candidate.id} aria-labelledby={`kandidat-${candidate.id}`} className="mb-6">
                <h3 id={`kandidat-${candidate.id}`}>{candidate.cv.name}</h3>
                <dl>
                  <Fact label="Status">{candidate.statusLabel}</Fact>
                  <Fact label="Henvist">{candidate.sharedAt}</Fact>
                  {candidate.feedbackDue ? <Fact label="Svar senest">{candidate.feedbackDue}</Fact> : null}
                  {candidate.startDate ? <Fact label="Første arbejdsdag">{candidate.startDate}</Fact> : null}
                </dl>
                <MinimalCvFacts cv={candidate.cv} />
                {candidate.canGiveFeedback ? (
                  <FeedbackForm
                    key={`${candidate.id}-${candidate.status}`}
                    candidate={candidate}
                    lastResult={resultFor("feedback", candidate.id)}
                    updateKey={keyFor("feedback", updateKeys.feedback[candidate.id] ?? "", candidate.id)}
                    busy={busyIntent === "feedback" && busyReferral === candidate.id}
                  />
                ) : null}
              </section>
            ))}
          </>
        )}
      </section>

      <section aria-labelledby="afslut" className="mb-6">
        <h2 id="afslut">Afslut jobordren</h2>
        {order.open ? (
          <>
            <p>
              Afslut jobordren, når I ikke skal bruge flere kandidater. Så stopper jobcentret med at finde kandidater til
              den. I kan stadig give tilbagemelding på de kandidater, I allerede har fået.
              {order.closesAt ? ` Ellers lukker jobordren af sig selv ${order.closesAt}.` : ""}
            </p>
            <CloseForm lastResult={resultFor("close")} updateKey={keyFor("close", updateKeys.close)} busy={busyIntent === "close"} />
          </>
        ) : order.closed ? (
          <dl>
            <Fact label="Resultat">{order.closed.outcome ?? "Ikke opgjort endnu"}</Fact>
            {order.closed.at ? <Fact label="Afsluttet">{order.closed.at}</Fact> : null}
            {order.closed.reason ? (
              <Fact label="Begrundelse">
                <span className="answer-text">{order.closed.reason}</span>
              </Fact>
            ) : null}
          </dl>
        ) : null}
      </section>

      <h2>Forløb</h2>
      <ol className="timeline">
        {timeline.map((entry) => (
          <li key={entry.id}>
            <strong>{entry.text}</strong>
            <br />
            <span className="form-hint">{entry.at}</span>
          </li>
        ))}
      </ol>

      <h2>Jobordren</h2>
      <dl>
        <dt>Modtaget</dt>
        <dd>{order.received}</dd>
        <dt>Ansættelsesform</dt>
        <dd>{order.kind.charAt(0).toUpperCase() + order.kind.slice(1)}</dd>
        <dt>Antal stillinger</dt>
        <dd>{order.positions}</dd>
        <dt>Timer om ugen</dt>
        <dd>{order.hoursPerWeek}</dd>
        <dt>Startdato</dt>
        <dd>{order.startDate}</dd>
        <dt>Arbejdsstedets postnummer</dt>
        <dd>{order.workplacePostcode}</dd>
        <dt>Beskrivelse</dt>
        <dd className="answer-text">{order.description}</dd>
        {order.requirements ? (
          <>
            <dt>Krav til kandidaterne</dt>
            <dd className="answer-text">{order.requirements}</dd>
          </>
        ) : null}
        {order.flexibility.length > 0 ? (
          <>
            <dt>Andre måder at besætte jobbet på</dt>
            <dd>{order.flexibility.join(", ")}</dd>
          </>
        ) : null}
        <dt>Virksomhed</dt>
        <dd>
          {order.company.name} (CVR {order.company.cvr})
        </dd>
        <dt>Kontaktperson</dt>
        <dd>
          {order.contactName}, {order.contactEmail}, {order.contactPhone}
        </dd>
        <dt>Jobcenter</dt>
        <dd>{order.jobcentre.name}</dd>
      </dl>
    </>
  );
}

export function ErrorBoundary() {
  const error = useRouteError();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  return (
    <>
      <h1>{notFound ? "Jobordren findes ikke" : "Jobordren kan ikke vises"}</h1>
      <p>
        {notFound
          ? "Vi kan ikke finde jobordren blandt jobordrerne med din e-mailadresse. Er den sendt fra en anden e-mailadresse, skal du logge ind med den."
          : "Der skete en fejl, da vi skulle vise jobordren. Prøv igen om lidt."}
      </p>
      <p>
        <Link to="/mine-jobordrer">Gå til Mine jobordrer</Link>
      </p>
    </>
  );
}
