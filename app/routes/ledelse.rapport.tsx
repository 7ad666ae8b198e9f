// The committee report for a period (by default the last quarter): one page per goal, printable from the
// browser, and the same report as a PDF printed by the worker's Chromium.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { CommitteeReport } from "~/components/committee-report";
import { PeriodForm } from "~/components/period-form";
import { quarterOptions } from "~/domain/kpi/periods";
import { LEAD_ROLES } from "~/domain/staff-roles";
import { buildCommitteeReport, reportPeriodParams } from "~/models/kpi/committee-report.server";
import { todayIn } from "~/models/kpi/dashboard.server";
import { parsePeriodForm, periodFormOf } from "~/schemas/dashboard";
import { requireStaffUser } from "~/utils/session.server";

export const meta: MetaFunction = () => [{ title: "Udvalgsrapport – Jobcentrenes rekrutteringsservice" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireStaffUser(request, { roles: [...LEAD_ROLES] });
  const now = new Date();
  const today = todayIn(now);
  const params = reportPeriodParams(new URL(request.url), today);
  const values = periodFormOf(params, today);
  const parsed = parsePeriodForm(values);
  if (!parsed.ok) return json({ values, errors: parsed.errors, report: null, query: "", quarters: quarterOptions(today) });
  const report = await buildCommitteeReport(user.jobcentreId, parsed.choice, now);
  const query = new URLSearchParams({ periode: values.periode, maaned: values.maaned, kvartal: values.kvartal, aar: values.aar, fra: values.fra, til: values.til }).toString();
  return json({ values, errors: null, report, query, quarters: quarterOptions(today) });
}

export default function CommitteeReportPage() {
  const { values, errors, report, query, quarters } = useLoaderData<typeof loader>();
  const controls = (
    <div className="no-print">
      <PeriodForm values={values} errors={errors} quarters={quarters} submitLabel="Vis rapporten" />
      {report ? (
        <p>
          <a href={`/ledelse/rapport/pdf?${query}`} download>
            Hent rapporten som PDF
          </a>{" "}
          (lavet af portalen med dagens tal; det kan tage et halvt minut). Siden kan også udskrives fra browseren.
        </p>
      ) : null}
    </div>
  );
  return report ? (
    <CommitteeReport report={report} controls={controls} />
  ) : (
    <>
      <h1>Udvalgsrapport</h1>
      {controls}
    </>
  );
}
