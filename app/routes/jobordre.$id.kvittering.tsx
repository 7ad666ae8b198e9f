// The receipt, by the order's id: a random UUID, so the address itself is the access check.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { isRouteErrorResponse, Link, useLoaderData, useRouteError } from "@remix-run/react";
import { Fact } from "~/components/forms";
import { getOrderForReceipt } from "~/models/job-order/intake.server";
import { formatDeadline } from "~/utils/format";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `Kvittering for jobordre ${data.order.number} – Jobcentrenes rekrutteringsservice` : "Jobordren findes ikke" },
  // The address works as a key: keep it out of search engines and referrers.
  { name: "robots", content: "noindex" },
  { name: "referrer", content: "no-referrer" },
];

export async function loader({ params }: LoaderFunctionArgs) {
  const order = await getOrderForReceipt(params.id ?? "");
  if (!order) {
    throw new Response("Vi kan ikke finde jobordren. Tjek adressen, eller find jobordren under Mine jobordrer.", {
      status: 404,
      statusText: "Not Found",
    });
  }
  // Formatted on the server: the deadline is a Danish wall-clock time, whatever the browser's zone.
  return json({
    order: {
      id: order.id,
      number: order.number,
      title: order.title,
      contactEmail: order.contactEmail,
      jobcentre: order.jobcentre,
      deadline: formatDeadline(order.dueAt),
      fastTrack: order.fastTrack,
      sent: order.sent,
    },
  });
}

export default function Receipt() {
  const { order } = useLoaderData<typeof loader>();
  return (
    <div className="row">
      <div className="col-12 col-lg-8">
        <div className="alert alert-success" role="status">
          <div className="alert-body">
            <h1 className="alert-heading">Jobordren er modtaget</h1>
            <p className="alert-text">
              Jobordrens nummer er <strong>{order.number}</strong>.
            </p>
          </div>
        </div>

        <h2>Det sker nu</h2>
        <p className="font-lead">
          I får svar senest <strong>{order.deadline}</strong>.
        </p>
        {order.fastTrack ? <p>Jobordren er kommet på hurtigsporet i jeres partnerskabsaftale med jobcentret.</p> : null}
        <p>
          En virksomhedskonsulent fra {order.jobcentre.name} ser på jobordren og svarer jer med, hvad der sker nu, og hvem
          der har jobordren.
        </p>
        <p>
          En kvittering er på vej til <strong>{order.contactEmail}</strong>. Kan I ikke finde den, så kig i uønsket post.
        </p>

        <h2>Jobordren</h2>
        <dl>
          <dt>Jobordrenummer</dt>
          <dd>{order.number}</dd>
          <dt>Stilling</dt>
          <dd>{order.title}</dd>
          <dt>Jobcenter</dt>
          <dd>{order.jobcentre.name}</dd>
        </dl>

        <h2>Det har I sendt</h2>
        <p>Er noget forkert, så skriv eller ring til jobcentret og oplys jobordrenummeret.</p>
        {order.sent.map((group) => (
          <section key={group.heading} aria-labelledby={`sendt-${group.heading}`}>
            <h3 id={`sendt-${group.heading}`} className="h4">
              {group.heading}
            </h3>
            <dl>
              {group.facts.map(([label, value]) => (
                <Fact key={label} label={label}>
                  <span className="answer-text">{value}</span>
                </Fact>
              ))}
            </dl>
          </section>
        ))}

        <h2>Spørgsmål</h2>
        <p>
          Ring til {order.jobcentre.name} på <a href={`tel:${order.jobcentre.phone.replace(/\s/g, "")}`}>{order.jobcentre.phone}</a>, eller
          skriv til <a href={`mailto:${order.jobcentre.email}`}>{order.jobcentre.email}</a>. Oplys jobordrenummeret{" "}
          {order.number}.
        </p>
        <p>
          I kan følge jobordren og se jobcentrets svar under <Link to="/mine-jobordrer">Mine jobordrer</Link>.
        </p>
      </div>
    </div>
  );
}

export function ErrorBoundary() {
  const error = useRouteError();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  return (
    <>
      <h1>{notFound ? "Jobordren findes ikke" : "Kvitteringen kan ikke vises"}</h1>
      <p>
        {notFound
          ? "Vi kan ikke finde jobordren. Tjek, at I har kopieret hele adressen, eller find jobordren under Mine jobordrer."
          : "Der skete en fejl, da vi skulle vise kvitteringen. Prøv igen om lidt. Jobordren er ikke gået tabt."}
      </p>
      <p>
        <Link to="/mine-jobordrer">Gå til Mine jobordrer</Link>
      </p>
    </>
  );
}
