// The whole list behind a number as CSV or XLSX, streamed in batches.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { dashboardScope } from "~/models/kpi/dashboard.server";
import { drillDownRows, DRILL_DOWN_HEAD, requireDrillDown } from "~/models/kpi/drill-down.server";
import { requireStaffUser } from "~/utils/session.server";
import { exportFormatOf, exportResponse } from "~/utils/table-export.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireStaffUser(request);
  const url = new URL(request.url);
  const format = exportFormatOf(url);
  const ds = await dashboardScope(user, "jobcentre");
  const filter = await requireDrillDown(ds, url.searchParams, "orders");
  return exportResponse({
    format,
    fileName: `jobordrer-${filter.set}-${filter.period.from}-${filter.period.to}`,
    sheetName: "Jobordrer",
    head: DRILL_DOWN_HEAD,
    rows: drillDownRows(ds, filter, new Date()),
  });
}
