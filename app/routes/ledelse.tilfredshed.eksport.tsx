// The survey answers behind the satisfaction figures as CSV or XLSX.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { dashboardScope } from "~/models/kpi/dashboard.server";
import { parseSurveyList, SURVEY_LIST_HEAD, surveyListRows } from "~/models/kpi/drill-down.server";
import { requireStaffUser } from "~/utils/session.server";
import { exportFormatOf, exportResponse } from "~/utils/table-export.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireStaffUser(request);
  const url = new URL(request.url);
  const format = exportFormatOf(url);
  const ds = await dashboardScope(user, "jobcentre");
  const filter = parseSurveyList(ds, url.searchParams);
  if (!filter) throw new Response("Listen kan ikke hentes med de valgte filtre.", { status: 400 });
  return exportResponse({
    format,
    fileName: `tilfredshed-${filter.set}-${filter.period.from}-${filter.period.to}`,
    sheetName: "Tilfredshed",
    head: SURVEY_LIST_HEAD,
    rows: surveyListRows(ds, filter, new Date()),
  });
}
