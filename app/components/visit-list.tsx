// Visits as a table: when, what, where, and the consultant or the company (whichever the page is not about).
import { Link } from "@remix-run/react";
import { ScrollBox } from "~/components/scroll-box";

type Row = {
  id: string;
  when: string;
  startsAt: string;
  kindLabel: string;
  stateLabel: string;
  place: string;
  company: { cvr: string; name: string };
  consultant: { name: string } | null;
  outcomeLabel: string | null;
};

export function VisitList({ heading, visits, empty, show }: { heading: string; visits: Row[]; empty?: string; show: "consultant" | "company" }) {
  if (visits.length === 0) return empty ? <p>{empty}</p> : null;
  return (
    <ScrollBox label={heading}>
      <table className="table table--zebra">
        <caption>{heading}</caption>
        <thead>
          <tr>
            <th scope="col">Tidspunkt</th>
            <th scope="col">Besøg</th>
            <th scope="col">{show === "consultant" ? "Konsulent" : "Virksomhed"}</th>
            <th scope="col">Sted</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {visits.map((v) => (
            <tr key={v.id}>
              <th scope="row">
                <Link to={`/besoeg/${v.id}`}>
                  <time dateTime={v.startsAt}>{v.when}</time>
                </Link>
              </th>
              <td>{v.kindLabel}</td>
              <td>{show === "consultant" ? (v.consultant?.name ?? "Ingen") : <Link to={`/virksomheder/${v.company.cvr}`}>{v.company.name}</Link>}</td>
              <td>{v.place}</td>
              <td>{v.outcomeLabel ? `${v.stateLabel}: ${v.outcomeLabel}` : v.stateLabel}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}
