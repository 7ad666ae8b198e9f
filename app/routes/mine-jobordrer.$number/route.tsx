// One of the signed-in employer's job orders with its history. Another employer's order is a 404,
// not a 403: the page must not confirm that an order number exists.
// After the answer the employer follows the order here: the candidates the jobcentre has shared (and
// their feedback on each, feedback-form.tsx), the meeting when one is offered (meeting-form.tsx), and the
// close (close-form.tsx). The page's data comes from employerOrderPage; each change is sent to the
// order's workflow as an update; a refusal is shown beside the form with what the employer wrote kept.
import type { SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { isRouteErrorResponse, Link, useActionData, useLoaderData, useNavigation, useRouteError } from "@remix-run/react";
import { Alert, Fact } from "~/components/forms";
import { MinimalCvFacts } from "~/components/minimal-cv";
import { employerOrderPage, getOrderForEmployer, isSharedWithEmployer } from "~/models/job-order/employer.server";
import { chooseMeetingTime, closeOrderByEmployer, giveEmployerFeedback, sendMessageAsEmployer } from "~/models/job-order/lifecycle.server";
import { MessageThread } from "~/components/message-thread";
import { orderMessageSchema } from "~/schemas/message";
import { failureStatus, retriesSameUpdate, type UpdateFailure } from "~/models/job-order/updates.server";
import { chooseMeetingSchema, closeOrderByEmployerSchema, EMPLOYER_ORDER_MESSAGES, employerFeedbackSchema } from "~/schemas/employer-order";
import { readForm } from "~/utils/csrf.server";
import { requireEmployerEmail } from "~/utils/session.server";
import { CloseForm } from "./close-form";
import { FeedbackForm } from "./feedback-form";
import { MeetingForm } from "./meeting-form";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.order.number}: ${data.order.title} – Mine jobordrer` : "Jobordren findes ikke – Mine jobordrer" },
];

const SUCCESS_MESSAGES: Record<string, string> = {
  feedback: "Tak for tilbagemeldingen. Jobcentret har fået den.",
  moede: "Mødet er aftalt. I får en bekræftelse på mail.",
  afsluttet: "Jobordren er afsluttet. Jobcentret finder ikke flere kandidater til den.",
  besked: "Beskeden er sendt til jobcentret.",
  rettet: "Rettelsen er gemt, og jobcentret har fået besked om, hvad I har ændret.",
};

async function requireOrder(request: Request, number: string | undefined) {
  const email = await requireEmployerEmail(request);
  const order = await getOrderForEmployer(email, number ?? "");
  if (!order) {
    throw new Response("Vi kan ikke finde jobordren blandt jeres jobordrer.", { status: 404, statusText: "Not Found" });
  }
  return { email, order };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { order } = await requireOrder(request, params.number);
  const search = new URL(request.url).searchParams;
  const successKey = Object.keys(SUCCESS_MESSAGES).find((k) => search.get(k) === "1");
  return json({ success: successKey ? SUCCESS_MESSAGES[successKey]! : null, ...(await employerOrderPage(order)) });
}

type Intent = "feedback" | "meeting" | "close" | "message";
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
    if (!(await isSharedWithEmployer(order.id, value.referralId))) {
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

  if (intent === "message") {
    const submission = parseWithZod(formData, { schema: orderMessageSchema });
    if (submission.status !== "success") return reply("message", submission.reply());
    const { value } = submission;
    const result = await sendMessageAsEmployer(order, email, value.text, value.updateKey);
    if (result.ok) return redirect(`${back}?besked=1`);
    return refusal("message", submission.reply({ formErrors: [result.message] }), result, value.updateKey);
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

export default function MyJobOrder() {
  const { order, timeline, success, meeting, candidates, updateKeys, thread, canMessage } = useLoaderData<typeof loader>();
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
  // The form's own error, else its fields' (sent from a page that was out of date): shown, not dropped.
  const refused = actionData?.result.error ?? {};
  const orphanError = !formShown ? (refused[""] ?? Object.values(refused).flatMap((errors) => errors ?? [])).join(" ") || null : null;

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
        {order.status === "RECEIVED" || order.status === "ASSIGNED" ? <> · I får svar senest {order.deadline}</> : null}
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
          {order.assigneeName && order.status !== "CLOSED" ? ` Jeres kontaktperson i jobcentret er ${order.assigneeName}.` : ""}
        </p>
      )}
      {order.answerText ? (
        <MessageThread
          entries={thread}
          canWrite={canMessage}
          writeLabel="Skriv til jobcentret"
          writeHint="Fx et spørgsmål eller en aftale. Jeres kontaktperson får beskeden som mail. Skal selve jobordren rettes, så brug Ret jobordren nedenfor."
          lastResult={resultFor("message")}
          updateKey={keyFor("message", updateKeys.message)}
          busy={busyIntent === "message"}
        />
      ) : null}
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
              {order.closesAt ? ` Ellers lukker jobordren af sig selv ${order.closesAt}. ${order.closesReason ?? ""}` : ""}
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
      {order.open ? (
        <p>
          <Link to={`/mine-jobordrer/${encodeURIComponent(order.number)}/ret`}>Ret jobordren</Link>, fx antal stillinger, startdato, ansøgningsfrist, beskrivelse eller krav.
        </p>
      ) : null}
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
        <dt>Ansøgningsfrist</dt>
        <dd>{order.applicationDeadline ?? "Ingen"}</dd>
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
          ? "Vi kan ikke finde jobordren blandt jobordrerne med jeres e-mailadresse. Er den sendt fra en anden e-mailadresse, skal I logge ind med den."
          : "Der skete en fejl, da vi skulle vise jobordren. Prøv igen om lidt."}
      </p>
      <p>
        <Link to="/mine-jobordrer">Gå til Mine jobordrer</Link>
      </p>
    </>
  );
}
