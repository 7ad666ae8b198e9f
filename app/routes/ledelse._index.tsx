// The management dashboard: the plan's goals and the business-service figures for a period, for the
// jobcentre or its recruitment region; a consultant sees the figures of their own orders.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Alert } from "~/components/forms";
import { FigureTable } from "~/components/figure-table";
import { GoalsTable } from "~/components/goals-table";
import { PeriodForm } from "~/components/period-form";
import { TrendChart } from "~/components/trend-chart";
import { quarterOptions } from "~/domain/kpi/periods";
import { buildDashboard, dashboardScope, todayIn, type Area } from "~/models/kpi/dashboard.server";
import { parsePeriodForm, periodFormOf } from "~/schemas/dashboard";
import { requireStaffUser } from "~/utils/session.server";

export const meta: MetaFunction = () => [{ title: "Mål og nøgletal – Jobcentrenes rekrutteringsservice" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireStaffUser(request);
  const url = new URL(request.url);
  const now = new Date();
  const today = todayIn(now);
  const values = periodFormOf(url.searchParams, today);
  const area: Area = url.searchParams.get("omraade") === "region" ? "region" : "jobcentre";
  const scope = await dashboardScope(user, area);
  const parsed = parsePeriodForm(values);
  const base = { values, area: scope.area, canSeeRegion: !scope.own && scope.region !== null, regionName: scope.region?.name ?? null, quarters: quarterOptions(today) };
  if (!parsed.ok) return json({ ...base, errors: parsed.errors, dashboard: null, query: "" });
  const dashboard = await buildDashboard(scope, parsed.choice, now);
  // The period and area as the exports' query: the same figures as the page.
  const query = new URLSearchParams({ periode: values.periode, maaned: values.maaned, kvartal: values.kvartal, aar: values.aar, fra: values.fra, til: values.til, omraade: scope.area }).toString();
  return json({ ...base, errors: null, dashboard, query });
}

export default function Dashboard() {
  const { values, errors, dashboard, quarters, canSeeRegion, regionName, area, query } = useLoaderData<typeof loader>();
  const exportHref = (id: string) => (format: "csv" | "xlsx") => `/ledelse/tabel?${query}&tabel=${id}&format=${format}`;
  return (
    <>
      <h1>Mål og nøgletal</h1>
      {dashboard ? (
        <p className="font-lead">
          {dashboard.own ? `Dine egne jobordrer i ${dashboard.jobcentreName}` : area === "region" ? `${dashboard.regionName}: alle jobcentre i regionen` : dashboard.jobcentreName}, {dashboard.periodText}.
        </p>
      ) : null}

      <PeriodForm
        values={values}
        errors={errors}
        quarters={quarters}
        submitLabel="Vis nøgletal"
        extra={
          canSeeRegion ? (
            <div className="form-group">
              <label className="form-label" htmlFor="omraade">
                Område
              </label>
              <select className="form-select" id="omraade" name="omraade" defaultValue={area}>
                <option value="jobcentre">Mit jobcenter</option>
                <option value="region">Hele {regionName}</option>
              </select>
            </div>
          ) : null
        }
      />

      {dashboard ? (
        <>
          {dashboard.own ? (
            <p>Du ser tallene for de jobordrer, der er tildelt dig. Planens mål gælder hele jobcentret og ses af teamledere og ledere.</p>
          ) : null}
          {area === "region" ? <p>Regionens tal er summen af jobcentrenes. Planens mål gælder det enkelte jobcenter og vises under «Mit jobcenter».</p> : null}

          {!dashboard.own && area === "jobcentre" ? (
            <section aria-labelledby="maal-titel">
              <h2 id="maal-titel">Planens mål for {dashboard.year}</h2>
              {dashboard.goals.length === 0 ? (
                <p>
                  Der er ingen mål for {dashboard.year}. En administrator kan skrive planens mål ind under <Link to="/admin/maal">Mål</Link>.
                </p>
              ) : (
                <>
                  {dashboard.offTrack > 0 ? (
                    <Alert kind="warning" heading={`${dashboard.offTrack} mål er ikke på sporet`}>
                      Se de mål, der står som «Ikke nået» eller «Bagud», herunder.
                    </Alert>
                  ) : null}
                  <GoalsTable goals={dashboard.goals} caption={`Planens mål for ${dashboard.year} og resultatet for ${dashboard.periodText}`} details />
                </>
              )}
            </section>
          ) : null}

          <section aria-labelledby="svar-titel">
            <h2 id="svar-titel">Svar til virksomhederne</h2>
            <FigureTable table={dashboard.tables.answers} exportHref={exportHref("svar")} />
            <FigureTable table={dashboard.tables.now} exportHref={exportHref("nu")} />
          </section>

          <section aria-labelledby="formidling-titel">
            <h2 id="formidling-titel">Formidlingsgrad og besættelsesgrad</h2>
            <FigureTable table={dashboard.tables.star} exportHref={exportHref("formidling")} />
          </section>

          <section aria-labelledby="ansaettelser-titel">
            <h2 id="ansaettelser-titel">Ansættelser</h2>
            <FigureTable table={dashboard.tables.hires} exportHref={exportHref("ansaettelser")} />
          </section>

          <section aria-labelledby="tilfredshed-titel">
            <h2 id="tilfredshed-titel">Virksomhedernes tilfredshed</h2>
            <FigureTable table={dashboard.tables.satisfaction} exportHref={exportHref("tilfredshed")} />
          </section>

          <section aria-labelledby="besoeg-titel">
            <h2 id="besoeg-titel">Virksomhedsbesøg</h2>
            <FigureTable table={dashboard.tables.visits} exportHref={exportHref("besoeg")} />
          </section>

          {dashboard.tables.programme ? (
            <section aria-labelledby="besoegsprogram-titel">
              <h2 id="besoegsprogram-titel">Besøgsprogram</h2>
              <FigureTable table={dashboard.tables.programme} exportHref={exportHref("besoegsprogram")} />
              <p>
                <Link to="/besoeg/program">Se programmets virksomheder</Link>
              </p>
            </section>
          ) : null}

          {dashboard.tables.cooperation ? (
            <section aria-labelledby="samarbejdsgrad-titel">
              <h2 id="samarbejdsgrad-titel">Samarbejdsgrad</h2>
              <FigureTable table={dashboard.tables.cooperation} exportHref={exportHref("samarbejdsgrad")} />
            </section>
          ) : null}

          {dashboard.tables.campaigns ? (
            <section aria-labelledby="kampagner-titel">
              <h2 id="kampagner-titel">Kampagner</h2>
              <FigureTable table={dashboard.tables.campaigns} exportHref={exportHref("kampagner")} />
              <p>
                <Link to="/kampagner">Se kampagnerne</Link>
              </p>
            </section>
          ) : null}

          <section aria-labelledby="udvikling-titel">
            <h2 id="udvikling-titel">Udviklingen måned for måned</h2>
            <TrendChart year={dashboard.year} points={dashboard.trend} />
            <FigureTable table={dashboard.tables.trend} exportHref={exportHref("udvikling")} />
          </section>

          <section aria-labelledby="fordeling-titel">
            <h2 id="fordeling-titel">Fordelt</h2>
            <FigureTable table={dashboard.tables.byKind} exportHref={exportHref("art")} />
            {dashboard.tables.byConsultant ? <FigureTable table={dashboard.tables.byConsultant} exportHref={exportHref("konsulent")} /> : null}
            {dashboard.tables.byJobcentre ? <FigureTable table={dashboard.tables.byJobcentre} exportHref={exportHref("jobcenter")} /> : null}
          </section>
        </>
      ) : null}
    </>
  );
}
