// The held company visits behind the dashboard's visit count as CSV or XLSX, streamed in batches.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { dashboardScope } from "~/models/kpi/dashboard.server";
import { requireVisitDrillDown, VISIT_LIST_HEAD, visitListRows } from "~/models/kpi/visit-drill-down.server";
import { requireStaffUser } from "~/utils/session.server";
import { exportFormatOf, exportResponse } from "~/utils/table-export.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireStaffUser(request);
  const url = new URL(request.url);
  const format = exportFormatOf(url);
  const ds = await dashboardScope(user, "jobcentre");
  const filter = await requireVisitDrillDown(ds, url.searchParams);
  return exportResponse({
    format,
    fileName: `besoeg-${filter.period.from}-${filter.period.to}`,
    sheetName: "Besøg",
    head: VISIT_LIST_HEAD,
    rows: visitListRows(ds, filter),
  });
}
