// The inbox: the jobcentre's orders waiting for an answer, most urgent first, and the recent answers.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { countOpenOrders, listOpenOrders, listRecentlyAnswered, RECENTLY_ANSWERED_DAYS } from "~/models/inbox.server";
import { describeTimeLeft, escalationText } from "~/models/job-order-staff.server";
import { INBOX_FILTERS, inboxQuerySchema, type InboxFilter } from "~/schemas/staff";
import { formatDateTime } from "~/utils/format";
import { requireStaffUser } from "~/utils/session.server";

export const meta: MetaFunction = () => [{ title: "Indbakke – Jobcentrenes rekrutteringsservice" }];

const FILTER_LABELS: Record<InboxFilter, string> = {
  mine: "Mine",
  alle: "Alle i jobcentret",
  "ikke-tildelt": "Ikke tildelt",
};

const CAPTIONS: Record<InboxFilter, string> = {
  mine: "Mine jobordrer, der venter på svar, sorteret efter svarfrist",
  alle: "Jobcentrets jobordrer, der venter på svar, sorteret efter svarfrist",
  "ikke-tildelt": "Jobordrer uden ansvarlig konsulent, der venter på svar, sorteret efter svarfrist",
};

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireStaffUser(request);
  const { vis: filter } = inboxQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const now = new Date();
  const [open, counts, answered] = await Promise.all([
    listOpenOrders(user, filter),
    countOpenOrders(user),
    listRecentlyAnswered(user, filter, now),
  ]);
  return json({
    filter,
    counts,
    open: open.map((o) => {
      const timeLeft = describeTimeLeft(o.policy, o, now);
      return {
        id: o.id,
        number: o.number,
        company: o.company.name,
        title: o.title,
        positions: o.positions,
        receivedAt: formatDateTime(o.receivedAt),
        assignee: o.assignee ? (o.assignee.id === user.id ? `${o.assignee.name} (dig)` : o.assignee.name) : null,
        dueAt: o.dueAt ? formatDateTime(o.dueAt) : null,
        timeLeft: timeLeft?.text ?? null,
        overdue: timeLeft?.overdue ?? false,
        nearDeadline: timeLeft?.nearDeadline ?? false,
        escalation: escalationText(o.escalationLevel),
      };
    }),
    answered: answered.map((o) => ({
      id: o.id,
      number: o.number,
      company: o.company.name,
      title: o.title,
      answeredAt: o.answeredAt ? formatDateTime(o.answeredAt) : "",
      answeredBy: o.answeredBy?.name ?? "–",
      onTime: o.answeredOnTime,
    })),
  });
}

export default function Inbox() {
  const { filter, counts, open, answered } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>Indbakke</h1>
      <p className="font-lead">Jobordrer, som venter på et svar til virksomheden. Den mest presserende står øverst.</p>

      <Form method="get" className="mb-6">
        <fieldset>
          <legend className="form-label">Vis</legend>
          {INBOX_FILTERS.map((value) => (
            <div className="form-group-radio" key={value}>
              <input className="form-radio" type="radio" id={`vis-${value}`} name="vis" value={value} defaultChecked={filter === value} />
              <label className="form-label" htmlFor={`vis-${value}`}>
                {FILTER_LABELS[value]} ({counts[value]})
              </label>
            </div>
          ))}
        </fieldset>
        <button type="submit" className="button button-secondary mt-4">Vis jobordrer</button>
      </Form>

      <h2>Venter på svar</h2>
      {open.length === 0 ? (
        <p>
          {filter === "mine"
            ? "Du har ingen jobordrer, der venter på svar."
            : filter === "ikke-tildelt"
              ? "Alle jobordrer har en ansvarlig konsulent."
              : "Ingen jobordrer venter på svar."}
        </p>
      ) : (
        <div className="table--responsive-scroll">
          <table className="table table--zebra">
            <caption>{CAPTIONS[filter]} ({open.length})</caption>
            <thead>
              <tr>
                <th scope="col">Ordre</th>
                <th scope="col">Virksomhed</th>
                <th scope="col">Stilling</th>
                <th scope="col">Antal</th>
                <th scope="col">Modtaget</th>
                <th scope="col">Ansvarlig</th>
                <th scope="col">Svarfrist</th>
                <th scope="col">Tid tilbage</th>
              </tr>
            </thead>
            <tbody>
              {open.map((o) => (
                <tr key={o.id}>
                  <th scope="row"><Link to={`/ordrer/${o.number}`}>{o.number}</Link></th>
                  <td>{o.company}</td>
                  <td>{o.title}</td>
                  <td>{o.positions}</td>
                  <td>{o.receivedAt}</td>
                  <td>{o.assignee ?? "Ikke tildelt"}</td>
                  <td>{o.dueAt ?? "Beregnes"}</td>
                  <td>
                    {o.timeLeft ?? "–"}
                    {o.overdue ? <div><strong className="flag-overdue">Overskredet</strong></div> : null}
                    {o.nearDeadline ? <div><strong className="flag-at-risk">Tæt på fristen</strong></div> : null}
                    {o.escalation ? <div>{o.escalation}</div> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h2 className="mt-8">Besvaret de seneste {RECENTLY_ANSWERED_DAYS} dage</h2>
      {answered.length === 0 ? (
        <p>{filter === "mine" ? "Du har ikke besvaret nogen jobordrer de seneste 14 dage." : "Ingen jobordrer er besvaret de seneste 14 dage."}</p>
      ) : (
        <div className="table--responsive-scroll">
          <table className="table table--zebra">
            <caption>
              {filter === "mine" ? "Jobordrer, du har besvaret" : "Jobcentrets besvarede jobordrer"} de seneste {RECENTLY_ANSWERED_DAYS} dage ({answered.length})
            </caption>
            <thead>
              <tr>
                <th scope="col">Ordre</th>
                <th scope="col">Virksomhed</th>
                <th scope="col">Stilling</th>
                <th scope="col">Besvaret</th>
                <th scope="col">Besvaret af</th>
                <th scope="col">Inden for fristen</th>
              </tr>
            </thead>
            <tbody>
              {answered.map((o) => (
                <tr key={o.id}>
                  <th scope="row"><Link to={`/ordrer/${o.number}`}>{o.number}</Link></th>
                  <td>{o.company}</td>
                  <td>{o.title}</td>
                  <td>{o.answeredAt}</td>
                  <td>{o.answeredBy}</td>
                  <td>{o.onTime === true ? "Ja" : o.onTime === false ? "Nej, efter fristen" : "–"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
