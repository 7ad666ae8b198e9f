// A consultant's week of company visits, as a list by day or as a calendar by hour, with the weeks before
// and after. Anyone of the jobcentre's staff may look at a colleague's week (the team plans together).
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { VisitList } from "~/components/visit-list";
import { getWeek, listVisitConsultants } from "~/models/visit/visits.server";
import { weekQuerySchema } from "~/schemas/visit";
import { getPrisma } from "~/utils/db.server";
import { shiftIsoWeek, weekLabel } from "~/utils/iso-week";
import { requireStaffUser } from "~/utils/session.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data ? weekLabel(data.week) : "Besøg"} – Besøg – Jobcentrenes rekrutteringsservice` }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireStaffUser(request);
  const query = weekQuerySchema().parse(Object.fromEntries(new URL(request.url).searchParams));
  const prisma = getPrisma();
  const consultants = await listVisitConsultants(prisma, user.jobcentreId);
  // Someone else's id, or one of another jobcentre, falls back to one's own week (or the first colleague's).
  const chosen = consultants.find((c) => c.id === query.konsulent) ?? consultants.find((c) => c.id === user.id) ?? consultants[0] ?? null;
  const week = chosen ? await getWeek(prisma, { jobcentreId: user.jobcentreId, consultantId: chosen.id, week: query.uge }) : null;
  return json({ week: query.uge, view: query.visning, consultants, consultant: chosen, days: week?.days ?? [], planned: week?.planned ?? 0, done: week?.done ?? 0, mine: chosen?.id === user.id });
}

type Data = ReturnType<typeof useLoaderData<typeof loader>>;

function hourOf(time: string): number {
  return Number(time.slice(0, 2));
}

function WeekCalendar({ days }: { days: Data["days"] }) {
  const visits = days.flatMap((d) => d.visits);
  const weekend = days.slice(5).some((d) => d.visits.length > 0);
  const shown = weekend ? days : days.slice(0, 5);
  const first = Math.min(8, ...visits.map((v) => hourOf(v.start)));
  const last = Math.max(16, ...visits.map((v) => hourOf(v.start)));
  const hours = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  return (
    <div className="table--responsive-scroll" role="region" aria-label="Ugens kalender" tabIndex={0}>
      <table className="table table--compact visit-calendar">
        <caption>Ugens besøg efter klokkeslæt</caption>
        <thead>
          <tr>
            <th scope="col">Kl.</th>
            {shown.map((d) => (
              <th scope="col" key={d.date}>
                <time dateTime={d.date}>{d.label}</time>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {hours.map((hour) => (
            <tr key={hour}>
              <th scope="row">{String(hour).padStart(2, "0")}:00</th>
              {shown.map((d) => (
                <td key={d.date}>
                  {d.visits
                    .filter((v) => hourOf(v.start) === hour)
                    .map((v) => (
                      <p key={v.id} className={`visit-entry visit-entry--${v.state.toLowerCase()}`}>
                        <Link to={`/besoeg/${v.id}`}>
                          {v.start}–{v.end} {v.company.name}
                        </Link>
                        <br />
                        {v.kindLabel}
                        {v.state !== "PLANNED" ? ` (${v.stateLabel.toLocaleLowerCase("da-DK")})` : ""}
                      </p>
                    ))}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export default function Week() {
  const data = useLoaderData<typeof loader>();
  const hrefOf = (changes: Record<string, string>) =>
    `?${new URLSearchParams({ uge: data.week, ...(data.consultant ? { konsulent: data.consultant.id } : {}), visning: data.view, ...changes })}`;
  return (
    <>
      <h1>Besøg: {weekLabel(data.week)}</h1>
      {data.consultant ? (
        <p className="font-lead">
          {data.mine ? "Dine besøg" : `${data.consultant.name}s besøg`}: {data.planned} planlagt, {data.done} holdt.
        </p>
      ) : (
        <p>Jobcentret har ingen konsulenter, der holder besøg.</p>
      )}
      <Form method="get" className="mb-5">
        <input type="hidden" name="uge" value={data.week} />
        <input type="hidden" name="visning" value={data.view} />
        <div className="form-group">
          <label className="form-label" htmlFor="konsulent">
            Konsulent
          </label>
          <select id="konsulent" name="konsulent" className="form-select" defaultValue={data.consultant?.id ?? ""}>
            {data.consultants.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button-secondary">
          Vis konsulentens uge
        </button>
      </Form>
      <nav aria-label="Uger" className="mb-5">
        <Link to={hrefOf({ uge: shiftIsoWeek(data.week, -1) })}>Forrige uge</Link>
        {" · "}
        <Link to={hrefOf({ uge: shiftIsoWeek(data.week, 1) })}>Næste uge</Link>
        {" · "}
        {data.view === "liste" ? <Link to={hrefOf({ visning: "kalender" })}>Vis som kalender</Link> : <Link to={hrefOf({ visning: "liste" })}>Vis som liste</Link>}
        {" · "}
        <Link to="/besoeg/kalenderlink">Abonnér på dine besøg i Outlook</Link>
        {" · "}
        <Link to="/besoeg/program">Besøgsprogrammer</Link>
      </nav>
      {data.view === "kalender" ? (
        <WeekCalendar days={data.days} />
      ) : (
        data.days.map((day) => (
          <section key={day.date} aria-labelledby={`dag-${day.date}`} className="mb-5">
            <h2 id={`dag-${day.date}`} className="h3">
              <time dateTime={day.date}>{day.label}</time>
            </h2>
            <VisitList heading={`Besøg ${day.label}`} visits={day.visits} empty="Ingen besøg." show="company" />
          </section>
        ))
      )}
    </>
  );
}
