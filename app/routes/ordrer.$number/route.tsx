// One job order for the staff of its jobcentre (and of its region's jobcentres once shared with the
// regional recruitment service): everything about it (staffOrderPage), its history, and the actions, each
// sent to the order's workflow as an update: the answer (answer-form.tsx), take over and hand over, and
// after the answer candidates, consent, tasks, region and close (lifecycle-sections.tsx).
import { parseWithZod } from "@conform-to/zod";
import type { SubmissionResult } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { Alert, Fact, FieldError, formGroupClass } from "~/components/forms";
import { formatCalendarDate, possessive } from "~/utils/format";
import { CsrfInput } from "~/components/csrf-input";
import { ANSWER_MAX_LENGTH } from "~/domain/job-order/limits";
import { answerOrder, getOrderForStaff, reassignOrder } from "~/models/job-order/staff.server";
import {
  closeOrderByStaff,
  completeTask,
  recordConsentByStaff,
  requestConsent,
  sendMessageAsStaff,
  shareWithRegion,
  withdrawReferral,
} from "~/models/job-order/lifecycle.server";
import { failureStatus, refusal, retriesSameUpdate, type UpdateOutcome } from "~/models/job-order/updates.server";
import { REFUSALS } from "../../../workflows/job-order/definitions";
import { answerChoicesOf, staffOrderPage } from "~/models/job-order/staff-view.server";
import { listThread } from "~/models/job-order/messages.server";
import { listCorrections } from "~/models/job-order/correction.server";
import { OrderCorrections } from "~/components/order-corrections";
import { orderMessageSchema } from "~/schemas/message";
import { MessageThread } from "~/components/message-thread";
import { listColleagues } from "~/models/access/users.server";
import { composeAnswer } from "~/domain/job-order/answer";
import { AnswerForm } from "./answer-form";
import { isLifecycleFormShown, OrderLifecycleSections, type LifecycleFeedback, type LifecycleIntent } from "./lifecycle-sections";
import {
  closeOrderSchema,
  consentReplyByOf,
  completeTaskSchema,
  consentByPhoneSchema,
  requestConsentSchema,
  shareWithRegionSchema,
  withdrawSchema,
} from "~/schemas/referral";
import { canHandOverOrders, canWorkOnOrders, NOT_AN_OWNER_MESSAGE } from "~/domain/staff-roles";
import { danishToday } from "~/schemas/job-order";
import { answerOrderSchema, handOverOrderSchema, takeOverOrderSchema } from "~/schemas/staff";
import { readForm } from "~/utils/csrf.server";
import { withHiddenFieldErrorsOnForm } from "~/utils/submission";
import { requireStaffUser } from "~/utils/session.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.order.number}: ${data.order.title} – Jobcentrenes rekrutteringsservice` : "Jobordre" },
];

const SUCCESS_MESSAGES: Record<string, string> = {
  besvaret: "Svaret er sendt til virksomheden, og jobordren er markeret som besvaret.",
  taget: "Jobordren er oprettet for virksomheden, og kontaktpersonen har fået en kvittering. Husk at svare inden fristen.",
  overtaget: "Du har overtaget jobordren.",
  overdraget: "Jobordren er overdraget.",
  spurgt: "Forespørgslen om samtykke er sendt.",
  samtykke: "Kandidatens svar er registreret.",
  tilbagetrukket: "Kandidaten er trukket tilbage.",
  udfoert: "Opgaven er markeret som udført.",
  region: "Jobordren er sendt til den regionale rekrutteringsservice.",
  afsluttet: "Jobordren er afsluttet, og virksomheden har fået besked.",
  besked: "Beskeden er sendt til virksomheden.",
};

const NOT_OWN = "Kun jobordrens eget jobcenter kan gøre det. I arbejder på jobordren gennem den regionale rekrutteringsservice.";

async function requireOrder(request: Request, number: string | undefined) {
  const user = await requireStaffUser(request);
  const order = number ? await getOrderForStaff(user, number) : null;
  if (!order) throw new Response("Jobordren findes ikke, eller den hører til et andet jobcenter.", { status: 404 });
  return { user, order };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, order } = await requireOrder(request, params.number);
  const successKey = Object.keys(SUCCESS_MESSAGES).find((k) => new URL(request.url).searchParams.get(k) === "1");
  const [thread, corrections] = await Promise.all([listThread({ id: order.id }), listCorrections(order.id)]);
  return json({ success: successKey ? SUCCESS_MESSAGES[successKey]! : null, thread, corrections, ...(await staffOrderPage(user, order)) });
}

type Intent = "answer" | "takeOver" | "handOver" | "message";
type ActionData = {
  intent: Intent | LifecycleIntent;
  /** The answer and hand-over forms (conform). */
  result: SubmissionResult<string[]> | null;
  /** The forms after the answer. */
  lifecycle: LifecycleFeedback | null;
  updateKey: string | null;
};

/** The forms' hidden inputs: their errors are said for the form. */
const HIDDEN_FIELDS = ["updateKey", "referralId", "taskId"] as const;

function reply(intent: Intent, result: SubmissionResult<string[]>, updateKey: string | null = null, status = 400) {
  return json<ActionData>({ intent, result: withHiddenFieldErrorsOnForm(result, HIDDEN_FIELDS), lifecycle: null, updateKey }, { status });
}

/** A lifecycle form's errors (400) or the workflow's refusal (409, 503 when it may work on a retry). */
function replyLifecycle(intent: LifecycleIntent, target: string | null, submission: { reply: (o?: { formErrors?: string[] }) => SubmissionResult<string[]> }, outcome?: UpdateOutcome<unknown>, updateKey: string | null = null) {
  const result = withHiddenFieldErrorsOnForm(outcome && !outcome.ok ? submission.reply({ formErrors: [outcome.message] }) : submission.reply(), HIDDEN_FIELDS);
  const status = !outcome ? 400 : outcome.ok ? 200 : failureStatus(outcome);
  return json<ActionData>(
    {
      intent,
      result: null,
      updateKey: outcome && retriesSameUpdate(outcome) ? updateKey : null,
      lifecycle: { intent, target, errors: result.error ?? {}, values: (result.initialValue ?? {}) as Record<string, unknown> },
    },
    { status },
  );
}

export async function action({ request, params }: ActionFunctionArgs) {
  const formData = await readForm(request);
  const { user, order } = await requireOrder(request, params.number);
  const intent = formData.get("intent");
  const back = `/ordrer/${encodeURIComponent(order.number)}`;
  // Staff of a partner jobcentre work on the candidates of an order shared with their region; answering,
  // owning, sending to the region and closing stay with the order's own jobcentre.
  const own = user.jobcentreId === order.jobcentreId;
  // Managers and administrators read orders; only a manager may also hand one over (staff-roles.ts).
  const works = canWorkOnOrders(user);

  if (intent === "answer") {
    const choices = answerChoicesOf(order, user, own ? await listColleagues(user.jobcentreId) : []);
    const schema = answerOrderSchema(ANSWER_MAX_LENGTH, { nextSteps: choices.nextSteps, ownerIds: choices.owners.map((o) => o.id), today: choices.today });
    const submission = parseWithZod(formData, { schema });
    // Who may answer before what was typed: a refusal is the same whatever the form held.
    if (!own) return reply("answer", submission.reply({ formErrors: [NOT_OWN] }), null, 403);
    if (!works) return reply("answer", submission.reply({ formErrors: [NOT_AN_OWNER_MESSAGE] }), null, 403);
    if (submission.status !== "success") return reply("answer", submission.reply());
    const { nextStep, ownerId, nextStepDate, text: message, updateKey } = submission.value;
    // The owner the answer names owns the order before the employer reads it: hand over (or take over) first.
    if (ownerId !== order.assigneeId) {
      const moved = await reassignOrder(order, user, { toUserId: ownerId, updateKey });
      if (!moved.ok) return reply("answer", submission.reply({ formErrors: [moved.message] }), retriesSameUpdate(moved) ? updateKey : null, failureStatus(moved));
    }
    const ownerName = choices.owners.find((o) => o.id === ownerId)!.name;
    const text = composeAnswer({ nextStep, ownerName, byDateText: formatCalendarDate(nextStepDate), message });
    const result = await answerOrder(order, user, { text, updateKey });
    if (result.ok) return redirect(`${back}?besvaret=1`);
    // Keep the update id only when the outcome is unknown: a retry then finds the same update.
    const keep = retriesSameUpdate(result) ? updateKey : null;
    return reply("answer", submission.reply({ formErrors: [result.message] }), keep, failureStatus(result));
  }

  if (intent === "takeOver" || intent === "handOver") {
    const submission =
      intent === "takeOver" ? parseWithZod(formData, { schema: takeOverOrderSchema }) : parseWithZod(formData, { schema: handOverOrderSchema });
    // Who may before what was sent, as for the answer.
    if (!own) return reply(intent, submission.reply({ formErrors: [NOT_OWN] }), null, 403);
    if (intent === "takeOver" ? !works : !canHandOverOrders(user)) return reply(intent, submission.reply({ formErrors: [NOT_AN_OWNER_MESSAGE] }), null, 403);
    if (submission.status !== "success") return reply(intent, submission.reply());
    const toUserId = "toUserId" in submission.value ? submission.value.toUserId : user.id;
    const result = await reassignOrder(order, user, { toUserId, updateKey: submission.value.updateKey });
    if (result.ok) return redirect(`${back}?${intent === "takeOver" ? "overtaget" : "overdraget"}=1`);
    const keep = retriesSameUpdate(result) ? submission.value.updateKey : null;
    return reply(intent, submission.reply({ formErrors: [result.message] }), keep, failureStatus(result));
  }

  if (intent === "message") {
    const submission = parseWithZod(formData, { schema: orderMessageSchema });
    if (!own) return reply("message", submission.reply({ formErrors: [NOT_OWN] }), null, 403);
    if (!works) return reply("message", submission.reply({ formErrors: [NOT_AN_OWNER_MESSAGE] }), null, 403);
    if (submission.status !== "success") return reply("message", submission.reply());
    const result = await sendMessageAsStaff(order, user, submission.value.text, submission.value.updateKey);
    if (result.ok) return redirect(`${back}?besked=1`);
    return reply("message", submission.reply({ formErrors: [result.message] }), retriesSameUpdate(result) ? submission.value.updateKey : null, failureStatus(result));
  }

  const done = (flag: string) => redirect(`${back}?${flag}=1`);
  // The forms below are not shown to other roles; a crafted post gets the reason.
  if (!works) throw new Response(NOT_AN_OWNER_MESSAGE, { status: 403 });

  if (intent === "requestConsent") {
    const today = danishToday();
    const submission = parseWithZod(formData, { schema: requestConsentSchema(today) });
    if (submission.status !== "success") return replyLifecycle(intent, null, submission);
    const v = submission.value;
    const outcome = await requestConsent(order, user, v.referralIds, consentReplyByOf(v, today), v.updateKey);
    return outcome.ok ? done("spurgt") : replyLifecycle(intent, null, submission, outcome, v.updateKey);
  }
  if (intent === "consentByPhone") {
    const submission = parseWithZod(formData, { schema: consentByPhoneSchema });
    const target = String(formData.get("referralId") ?? "");
    if (submission.status !== "success") return replyLifecycle(intent, target, submission);
    const v = submission.value;
    const outcome = await recordConsentByStaff(order, user, v.referralId, v.answer, v.updateKey);
    return outcome.ok ? done("samtykke") : replyLifecycle(intent, target, submission, outcome, v.updateKey);
  }
  if (intent === "withdraw") {
    const submission = parseWithZod(formData, { schema: withdrawSchema });
    const target = String(formData.get("referralId") ?? "");
    if (submission.status !== "success") return replyLifecycle(intent, target, submission);
    const v = submission.value;
    const outcome = await withdrawReferral(order, user, v.referralId, v.reason, v.updateKey);
    return outcome.ok ? done("tilbagetrukket") : replyLifecycle(intent, target, submission, outcome, v.updateKey);
  }
  if (intent === "completeTask") {
    const submission = parseWithZod(formData, { schema: completeTaskSchema });
    const target = String(formData.get("taskId") ?? "");
    if (submission.status !== "success") return replyLifecycle(intent, target, submission);
    const v = submission.value;
    const outcome = await completeTask(order, user, v.taskId, v.note || null, v.updateKey);
    return outcome.ok ? done("udfoert") : replyLifecycle(intent, target, submission, outcome, v.updateKey);
  }
  if (intent === "shareWithRegion") {
    const submission = parseWithZod(formData, { schema: shareWithRegionSchema });
    if (submission.status !== "success") return replyLifecycle(intent, null, submission);
    if (!own) return replyLifecycle(intent, null, submission, refusal(REFUSALS.actorNotAllowed, NOT_OWN));
    const outcome = await shareWithRegion(order, user, submission.value.updateKey);
    return outcome.ok ? done("region") : replyLifecycle(intent, null, submission, outcome, submission.value.updateKey);
  }
  if (intent === "close") {
    const submission = parseWithZod(formData, { schema: closeOrderSchema });
    if (submission.status !== "success") return replyLifecycle(intent, null, submission);
    if (!own) return replyLifecycle(intent, null, submission, refusal(REFUSALS.actorNotAllowed, NOT_OWN));
    const v = submission.value;
    const outcome = await closeOrderByStaff(order, user, v.reason, v.cancelled, v.updateKey);
    return outcome.ok ? done("afsluttet") : replyLifecycle(intent, null, submission, outcome, v.updateKey);
  }

  throw new Response("Ukendt handling.", { status: 400 });
}

export default function StaffOrderPage() {
  const { order, success, me, colleagues, answerMaxLength, answerChoices, updateKeys, lifecycle, thread, corrections } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const busy = navigation.state === "submitting" ? navigation.formData?.get("intent") : null;
  const resultFor = (intent: Intent) => (actionData?.intent === intent && actionData.result ? actionData.result : undefined);
  const lifecycleFeedback = actionData?.lifecycle ?? null;
  // Per form (and row), so a retried submission is the same update; a fresh page gives fresh keys.
  const lifecycleKey = (intent: LifecycleIntent, target?: string) =>
    actionData?.lifecycle && actionData.intent === intent && actionData.lifecycle.target === (target ?? null) && actionData.updateKey
      ? actionData.updateKey
      : `${updateKeys.lifecycle}:${intent}${target ? `:${target}` : ""}`;
  const keyFor = (intent: Intent) => (actionData?.intent === intent && actionData.updateKey ? actionData.updateKey : updateKeys[intent]);

  const takeOverResult = resultFor("takeOver");
  const handOverResult = resultFor("handOver");
  const handOverFieldErrors = handOverResult?.error?.toUserId ?? null;
  // The form may be gone by the time its answer comes back (the order answered or closed meanwhile, a row
  // gone, a page out of date): the refusal (and the text the user wrote, for copying) is shown on its own.
  const formShown = (intent: Intent) =>
    intent === "answer" ? me.canAnswer : intent === "takeOver" ? me.canHandOver && me.canTakeOver : intent === "handOver" ? me.canHandOver : me.canMessage;
  const messagesOf = (errors: Record<string, string[] | null | undefined> | undefined) =>
    Object.values(errors ?? {}).flatMap((messages) => messages ?? []).join(" ") || null;
  const orphanError = actionData?.result
    ? formShown(actionData.intent as Intent) ? null : messagesOf(actionData.result.error)
    : actionData?.lifecycle && !isLifecycleFormShown(lifecycle, actionData.lifecycle) ? messagesOf(actionData.lifecycle.errors) : null;
  const unsentText = actionData?.intent === "answer" && actionData.result ? actionData.result.initialValue?.text : null;

  return (
    <>
      <p><Link to="/indbakke">Tilbage til indbakken</Link></p>
      <h1>
        {order.title} <span className="weight-normal">({order.number})</span>
      </h1>
      {success ? <Alert kind="success" heading={success} /> : null}
      {orphanError ? (
        <Alert kind="error" heading={actionData?.intent === "answer" ? "Dit svar er ikke sendt" : "Jobordren er ikke ændret"}>
          <p>{orphanError}</p>
          {typeof unsentText === "string" && unsentText.trim() ? (
            <>
              <p>Din tekst, hvis du vil bruge den i en besked til virksomheden eller kollegaen:</p>
              <p className="answer-text">{unsentText}</p>
            </>
          ) : null}
        </Alert>
      ) : null}

      <section aria-labelledby="status-titel" className="mb-6">
        <h2 id="status-titel">Status og frist</h2>
        <dl>
          <Fact label="Status">{order.status}</Fact>
          <Fact label="Modtaget">{order.receivedAt}</Fact>
          <Fact label="Jobcentrets regler">{order.policy}</Fact>
          {order.fastTrack ? (
            <Fact label="Hurtigspor">
              <strong className="flag-fast-track">Partnerskabsaftale</strong>: svar inden for {order.fastTrack.hours === 1 ? "1 time" : `${order.fastTrack.hours} timer`}
              {order.fastTrack.agreementId ? (
                <>
                  {" "}
                  (<Link to={`/virksomheder/aftaler/${order.fastTrack.agreementId}`}>se aftalen</Link>)
                </>
              ) : null}
            </Fact>
          ) : null}
          <Fact label="Svarfrist">{order.dueAt ?? "Beregnes, når ordren er registreret"}</Fact>
          {order.timeLeft ? (
            <Fact label="Tid tilbage">
              {order.timeLeft.text}
              {order.timeLeft.overdue ? <strong className="flag-overdue"> – Overskredet</strong> : null}
              {order.timeLeft.nearDeadline ? <strong className="flag-at-risk"> – Tæt på fristen</strong> : null}
            </Fact>
          ) : null}
          {order.escalation ? <Fact label="Eskalering">{order.escalation}</Fact> : null}
          <Fact label="Ansvarlig konsulent">{order.assignee ? order.assignee.name : "Ikke tildelt"}</Fact>
        </dl>
      </section>

      {/* What the employer asked for comes before the answer to it: read down, then write. */}
      <section aria-labelledby="ordre-titel" className="mb-6">
        <h2 id="ordre-titel">Jobordren</h2>
        <dl>
          <Fact label="Stilling">{order.title}</Fact>
          <Fact label="Ansættelsesform">{order.kind}</Fact>
          <Fact label="Antal stillinger">{order.positions}</Fact>
          <Fact label="Timer pr. uge">{order.hoursPerWeek}</Fact>
          <Fact label="Forventet start">{order.startDate}</Fact>
          <Fact label="Ansøgningsfrist">{order.applicationDeadline ?? "Ingen – jobordren lukker efter jobcentrets standardperiode"}</Fact>
          <Fact label="Arbejdsstedets postnummer">{order.workplacePostcode}</Fact>
          <Fact label="Beskrivelse"><span className="answer-text">{order.description}</span></Fact>
          <Fact label="Krav og ønsker"><span className="answer-text">{order.requirements || "Ingen angivet"}</span></Fact>
          <Fact label="Åben for">{order.openTo.length > 0 ? order.openTo.join(", ") : "Ikke angivet"}</Fact>
        </dl>
        <OrderCorrections corrections={corrections} />
      </section>

      <section aria-labelledby="virksomhed-titel" className="mb-6">
        <h2 id="virksomhed-titel">Virksomhed og kontaktperson</h2>
        <dl>
          <Fact label="Virksomhed">
            {order.company.path ? <Link to={order.company.path}>{order.company.name}</Link> : order.company.name}
          </Fact>
          <Fact label="CVR-nummer">{order.company.cvr}</Fact>
          <Fact label="Adresse">{order.company.address}</Fact>
          {order.company.stated.map((s) => (
            <Fact key={s.label} label={`${s.label} på jobordren`}>
              {s.value} <span className="d-block">Arbejdsgiveren har skrevet det anderledes end registret. Se virksomhedens side for at overtage det.</span>
            </Fact>
          ))}
          <Fact label="Kontaktperson">{order.contact.name}</Fact>
          <Fact label="E-mail"><a href={`mailto:${order.contact.email}`}>{order.contact.email}</a></Fact>
          <Fact label="Telefon">{order.contact.phone}</Fact>
        </dl>
      </section>

      {order.answer ? (
        <section aria-labelledby="svar-titel" className="mb-6">
          <h2 id="svar-titel">Svar til virksomheden</h2>
          <p>
            Besvaret af {order.answer.by} {order.answer.at}
            {order.answer.onTime === true ? " – inden for fristen." : order.answer.onTime === false ? " – efter fristen." : "."}
          </p>
          <p className="answer-text">{order.answer.text}</p>
        </section>
      ) : null}

      {me.canAnswer ? (
        <AnswerForm
          contactName={order.contact.name}
          maxLength={answerMaxLength}
          choices={answerChoices}
          lastResult={resultFor("answer")}
          updateKey={keyFor("answer")}
          busy={busy === "answer"}
        />
      ) : null}

      {order.answer ? (
        <MessageThread
          entries={thread}
          canWrite={me.canMessage}
          writeLabel="Skriv til virksomheden"
          writeHint="Beskeden sendes som mail til virksomhedens kontaktperson og vises under deres jobordrer."
          lastResult={resultFor("message")}
          updateKey={keyFor("message")}
          busy={busy === "message"}
        />
      ) : null}

      <OrderLifecycleSections
        orderNumber={order.number}
        view={lifecycle}
        feedback={lifecycleFeedback}
        updateKey={lifecycleKey}
        busy={typeof busy === "string" ? busy : null}
      />

      {me.canHandOver ? (
        <section aria-labelledby="ansvar-titel" className="mb-6">
          <h2 id="ansvar-titel">Ansvarlig konsulent</h2>
          {me.canTakeOver ? (
            <Form method="post" className="mb-5" aria-labelledby="overtag-titel">
              <h3 id="overtag-titel" className="h4">Overtag ordren</h3>
              <p id="overtag-forklaring">
                {order.assignee
                  ? `Ordren bliver din i stedet for ${possessive(order.assignee.name)}, med de åbne opgaver, der var ${possessive(order.assignee.name)} eller ingens. ${order.assignee.name} får en mail om, at du har overtaget den.`
                  : "Ordren bliver din, med dens åbne opgaver uden ansvarlig."}{" "}
                Svarfristen er den samme.
              </p>
              {takeOverResult?.error?.[""] ? (
                <Alert kind="error" heading="Ordren er ikke overtaget">
                  <p>{takeOverResult.error[""]?.join(" ")}</p>
                </Alert>
              ) : null}
              <CsrfInput />
              <input type="hidden" name="intent" value="takeOver" />
              <input type="hidden" name="updateKey" value={keyFor("takeOver")} />
              <button type="submit" className="button button-secondary" disabled={busy === "takeOver"} aria-describedby="overtag-forklaring">Overtag</button>
            </Form>
          ) : null}
          {colleagues.length > 0 ? (
            <Form method="post" aria-labelledby="overdrag-titel">
              <h3 id="overdrag-titel" className="h4">Overdrag til en kollega</h3>
              <p id="overdrag-forklaring">Kollegaen får ordren og dens åbne opgaver og en mail om det{order.assignee && order.assignee.id !== me.id ? `; ${order.assignee.name} får også besked` : ""}.</p>
              {handOverResult?.error?.[""] ? (
                <Alert kind="error" heading="Ordren er ikke overdraget">
                  <p>{handOverResult.error[""]?.join(" ")}</p>
                </Alert>
              ) : null}
              <CsrfInput />
              <input type="hidden" name="intent" value="handOver" />
              <input type="hidden" name="updateKey" value={keyFor("handOver")} />
              <div className={formGroupClass(handOverFieldErrors)}>
                <label className="form-label" htmlFor="toUserId">Kollega</label>
                <FieldError id="toUserId-fejl" errors={handOverFieldErrors} />
                <select
                  className="form-select"
                  id="toUserId"
                  name="toUserId"
                  defaultValue=""
                  aria-invalid={handOverFieldErrors ? true : undefined}
                  aria-describedby={handOverFieldErrors ? "toUserId-fejl" : undefined}
                >
                  <option value="">Vælg kollega</option>
                  {colleagues.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.name}
                      {c.role === "TEAM_LEAD" ? " (teamleder)" : ""}
                      {c.id === me.id ? " (dig)" : ""}
                    </option>
                  ))}
                </select>
              </div>
              <button type="submit" className="button button-secondary" disabled={busy === "handOver"}>Overdrag</button>
            </Form>
          ) : null}
        </section>
      ) : null}

      <section aria-labelledby="historik-titel">
        <h2 id="historik-titel">Historik</h2>
        {order.events.length === 0 ? (
          <p>Ingen hændelser endnu.</p>
        ) : (
          <ol className="timeline">
            {order.events.map((e) => (
              <li key={e.id}>
                <strong>{e.label}</strong> <span>{e.at}</span>
                {e.actor ? <span> · {e.actor}</span> : null}
                {e.detail ? <div>{e.detail}</div> : null}
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}
