// Response-time compliance for team leads, managers and admins: orders received in a period.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { Alert, FieldError, formGroupClass } from "~/components/forms";
import { currentMonth, getComplianceReport, type ComplianceFigures } from "~/models/kpi/compliance.server";
import { compliancePeriodSchema } from "~/schemas/compliance";
import { requireStaffUser } from "~/utils/session.server";
import { getPrisma } from "~/utils/db.server";
import { formatDuration } from "~/utils/format";
import { ScrollBox } from "~/components/scroll-box";

export const meta: MetaFunction = () => [{ title: "Svartider – Jobcentrenes rekrutteringsservice" }];

const percentFormat = new Intl.NumberFormat("da-DK", { style: "percent", maximumFractionDigits: 1 });
const dateFormat = new Intl.DateTimeFormat("da-DK", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

function percentText(value: number | null): string {
  return value === null ? "–" : percentFormat.format(value);
}
function hoursText(value: number | null): string {
  return value === null ? "–" : formatDuration(value, { days: false });
}
function dateText(isoDate: string): string {
  return dateFormat.format(new Date(`${isoDate}T00:00:00Z`));
}

function totalsRows(t: ComplianceFigures): Array<[string, string]> {
  return [
    ["Modtagne jobordrer", String(t.received)],
    ["Besvaret inden for fristen", String(t.answeredOnTime)],
    ["Besvaret efter fristen", String(t.answeredLate)],
    ["Åbne, fristen er overskredet", String(t.openOverdue)],
    ["Åbne, inden for fristen", String(t.openWithinDeadline)],
    ...(t.closedUnanswered > 0 ? ([["Afsluttet uden svar", String(t.closedUnanswered)]] as Array<[string, string]>) : []),
    ["Andel besvaret inden for fristen", percentText(t.shareOnTime)],
    ["Median svartid", hoursText(t.medianHoursToAnswer)],
    ["90. percentil svartid", hoursText(t.p90HoursToAnswer)],
  ];
}

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireStaffUser(request, { roles: ["TEAM_LEAD", "MANAGER", "ADMIN"] });
  const params = new URL(request.url).searchParams;
  const jobcentre = await getPrisma().jobcentre.findUniqueOrThrow({ where: { id: user.jobcentreId }, select: { name: true } });
  const defaults = currentMonth();
  const raw = { fra: params.get("fra") ?? defaults.fra, til: params.get("til") ?? defaults.til };
  const parsed = compliancePeriodSchema.safeParse(raw);
  if (!parsed.success) {
    const errors = parsed.error.flatten().fieldErrors;
    return json({ jobcentreName: jobcentre.name, values: raw, errors: { fra: errors.fra ?? null, til: errors.til ?? null }, report: null });
  }
  const report = await getComplianceReport(user.jobcentreId, parsed.data);
  return json({
    jobcentreName: jobcentre.name,
    values: parsed.data,
    errors: null,
    report: {
      periodText: parsed.data.fra === parsed.data.til ? dateText(parsed.data.fra) : `${dateText(parsed.data.fra)} – ${dateText(parsed.data.til)}`,
      totals: totalsRows(report.totals),
      received: report.totals.received,
      byConsultant: report.byConsultant.map((c) => ({
        userId: c.userId,
        name: c.name,
        answered: c.answered,
        answeredOnTime: c.answeredOnTime,
        answeredLate: c.answeredLate,
        share: percentText(c.shareOnTime),
        median: hoursText(c.medianHoursToAnswer),
        p90: hoursText(c.p90HoursToAnswer),
      })),
    },
  });
}

export default function ResponseTimes() {
  const { jobcentreName, values, errors, report } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>Svartider</h1>
      <p className="font-lead">Overholdelse af svarfristen for jobordrer i {jobcentreName}.</p>

      <Form method="get" className="mb-6" aria-labelledby="periode-titel">
        <h2 id="periode-titel" className="h3">Periode</h2>
        <p className="form-hint">Jobordrer tælles efter den dag, de blev modtaget (dansk tid). Højst 2 år ad gangen.</p>
        {errors ? <Alert kind="error" heading="Perioden kan ikke bruges">Ret datoerne herunder.</Alert> : null}
        <div className="d-flex" style={{ gap: "2.4rem", flexWrap: "wrap" }}>
          <div className={formGroupClass(errors?.fra)}>
            <label className="form-label" htmlFor="fra">Fra og med</label>
            <FieldError id="fra-fejl" errors={errors?.fra} />
            <input
              className="form-input"
              type="date"
              id="fra"
              name="fra"
              defaultValue={values.fra}
              aria-invalid={errors?.fra ? true : undefined}
              aria-describedby={errors?.fra ? "fra-fejl" : undefined}
            />
          </div>
          <div className={formGroupClass(errors?.til)}>
            <label className="form-label" htmlFor="til">Til og med</label>
            <FieldError id="til-fejl" errors={errors?.til} />
            <input
              className="form-input"
              type="date"
              id="til"
              name="til"
              defaultValue={values.til}
              aria-invalid={errors?.til ? true : undefined}
              aria-describedby={errors?.til ? "til-fejl" : undefined}
            />
          </div>
        </div>
        <button type="submit" className="button button-primary">Vis svartider</button>
      </Form>

      {report ? (
        <>
          <h2>Jobordrer modtaget {report.periodText}</h2>
          <p>
            Andelen besvaret inden for fristen regnes af de besvarede jobordrer og dem, hvis svarfrist er overskredet uden svar. Svartid er klokketimer
            fra modtagelse til svar; 90. percentil er den svartid, som mindst 90 % af svarene holdt sig inden for.
          </p>
          <table className="table table--zebra">
            <caption>Svartider i alt, {report.periodText}</caption>
            <thead>
              <tr>
                <th scope="col">Nøgletal</th>
                <th scope="col">Værdi</th>
              </tr>
            </thead>
            <tbody>
              {report.totals.map(([label, value]) => (
                <tr key={label}>
                  <th scope="row">{label}</th>
                  <td>{value}</td>
                </tr>
              ))}
            </tbody>
          </table>

          <h2>Pr. konsulent</h2>
          {report.byConsultant.length === 0 ? (
            <p>Ingen af jobordrerne fra perioden er besvaret endnu.</p>
          ) : (
            <ScrollBox label="Svartider pr. konsulent">
              <table className="table table--zebra">
                <caption>Besvarede jobordrer pr. konsulent (den, der svarede), {report.periodText}</caption>
                <thead>
                  <tr>
                    <th scope="col">Konsulent</th>
                    <th scope="col">Besvaret</th>
                    <th scope="col">Inden for fristen</th>
                    <th scope="col">Efter fristen</th>
                    <th scope="col">Andel inden for fristen</th>
                    <th scope="col">Median svartid</th>
                    <th scope="col">90. percentil svartid</th>
                  </tr>
                </thead>
                <tbody>
                  {report.byConsultant.map((c) => (
                    <tr key={c.userId}>
                      <th scope="row">{c.name}</th>
                      <td>{c.answered}</td>
                      <td>{c.answeredOnTime}</td>
                      <td>{c.answeredLate}</td>
                      <td>{c.share}</td>
                      <td>{c.median}</td>
                      <td>{c.p90}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollBox>
          )}
        </>
      ) : null}
    </>
  );
}
