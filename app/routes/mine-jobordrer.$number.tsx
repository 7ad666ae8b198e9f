// One of the signed-in employer's job orders with its history. Another employer's order is a 404,
// not a 403: the page must not confirm that an order number exists.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { isRouteErrorResponse, Link, useLoaderData, useRouteError } from "@remix-run/react";
import { getOrderForEmployer } from "~/models/job-order.server";
import { JOB_ORDER_KIND_LABELS } from "~/schemas/job-order";
import { formatDate, formatDateTime, formatDeadline } from "~/utils/format";
import { jobOrderEventLabel, jobOrderStatusLabel } from "~/utils/labels";
import { requireEmployerEmail } from "~/utils/session.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.order.number}: ${data.order.title} – Mine jobordrer` : "Jobordren findes ikke – Mine jobordrer" },
];

type TimelineEntry = NonNullable<Awaited<ReturnType<typeof getOrderForEmployer>>>["timeline"][number];

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
    default:
      return jobOrderEventLabel(entry.kind);
  }
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const email = await requireEmployerEmail(request);
  const order = await getOrderForEmployer(email, params.number ?? "");
  if (!order) {
    throw new Response("Vi kan ikke finde jobordren blandt dine jobordrer.", { status: 404, statusText: "Not Found" });
  }
  const flexibility = [
    order.openToSmallJobs ? "Kan deles op i småjob" : null,
    order.openToFlexJob ? "Kan besættes som fleksjob" : null,
    order.openToJobCrafting ? "Åben for jobcrafting" : null,
  ].filter((v): v is string => v !== null);
  return json({
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
      received: formatDateTime(order.receivedAt),
      deadline: formatDeadline(order.dueAt),
      assigneeName: order.assigneeName,
      answered: order.answeredAt ? formatDateTime(order.answeredAt) : null,
      answeredByName: order.answeredByName,
      answerText: order.answerText,
    },
    timeline: order.timeline.map((entry, index) => ({ id: index, text: describeStep(entry), at: formatDateTime(entry.at) })),
  });
}

export default function MyJobOrder() {
  const { order, timeline } = useLoaderData<typeof loader>();
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
