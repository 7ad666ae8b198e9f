// The committee report as a document: a first page with every goal at a glance, then one page per goal
// (the plan's wording, target, result, status, explanation and the figures behind it), then the period's
// key figures. The same markup is shown in the portal, printed by the browser and printed to PDF by the
// worker's Chromium; CSS page breaks make the pages (.report-page).
import type { ReactNode } from "react";
import { FigureTable } from "~/components/figure-table";
import { GoalsTable } from "~/components/goals-table";
import type { CommitteeReportData } from "~/models/kpi/committee-report.server";

/** `controls` (the portal's period form and download link) go under the title, left out of print. */
export function CommitteeReport({ report, controls }: { report: CommitteeReportData; controls?: ReactNode }) {
  return (
    <article className="committee-report" lang="da">
      <header>
        <h1>{report.title}</h1>
        <p className="font-lead">
          {report.jobcentreName}, {report.periodText}
        </p>
        <p>Lavet {report.madeOn} af Jobcentrenes Rekrutteringsportal ud fra jobordrerne og deres forløb.</p>
      </header>
      {controls}
      <section aria-labelledby="report-overview">
        <h2 id="report-overview">Målene i overblik</h2>
        {report.goals.length === 0 ? (
          <p>Der er ikke skrevet mål for {report.year} ind i portalen.</p>
        ) : (
          <GoalsTable goals={report.goals} caption={`Planens mål for ${report.year} og resultatet for ${report.periodText}`} details={false} />
        )}
      </section>
      {report.goals.map((g) => (
        <section key={g.measure} className="report-page" aria-labelledby={`goal-${g.measure}`}>
          <h2 id={`goal-${g.measure}`}>{g.label}</h2>
          <p className="font-lead">{g.wording}</p>
          <dl>
            <dt>Målsætning</dt>
            <dd>{g.target}</dd>
            <dt>Resultat for {report.periodText}</dt>
            <dd>{g.value}</dd>
            <dt>Status</dt>
            <dd>{g.statusLabel}</dd>
            {g.note ? (
              <>
                <dt>Forklaring</dt>
                <dd>{g.note}</dd>
              </>
            ) : null}
          </dl>
          {g.table ? <FigureTable table={g.table} /> : null}
        </section>
      ))}
      <section className="report-page" aria-labelledby="report-key-figures">
        <h2 id="report-key-figures">Nøgletal for {report.periodText}</h2>
        {report.keyFigures.map((table) => (
          <FigureTable key={table.id} table={table} />
        ))}
      </section>
    </article>
  );
}
