// The plan's goals as a table: goal, target, result, status (in words, never colour alone), and on the
// dashboard also the plan's wording, the explanation and the result as a link to the orders behind it.
import { Link } from "@remix-run/react";
import type { GoalView } from "~/models/kpi/dashboard.server";
import { ScrollBox } from "~/components/scroll-box";

type Goal = Omit<GoalView, "href"> & { href?: string };

export function GoalsTable({ goals, caption, details }: { goals: Goal[]; caption: string; details: boolean }) {
  return (
    <ScrollBox label={caption}>
      <table className="table table--zebra">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Mål</th>
            <th scope="col">Målsætning</th>
            <th scope="col">Resultat</th>
            <th scope="col">Status</th>
            {details ? <th scope="col">Forklaring</th> : null}
          </tr>
        </thead>
        <tbody>
          {goals.map((g) => (
            <tr key={g.measure}>
              <th scope="row">
                {g.label}
                {details ? <span className="d-block form-hint">{g.wording}</span> : null}
              </th>
              <td>{g.target}</td>
              <td>{g.href ? <Link to={g.href}>{g.value}</Link> : g.value}</td>
              <td>
                <strong>{g.statusLabel}</strong>
              </td>
              {details ? <td>{g.note}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}
