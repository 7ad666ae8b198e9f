// The referrals behind a number as CSV or XLSX, streamed in batches.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { dashboardScope } from "~/models/kpi/dashboard.server";
import { REFERRAL_LIST_HEAD, referralListRows, requireDrillDown } from "~/models/kpi/drill-down.server";
import { requireStaffUser } from "~/utils/session.server";
import { exportFormatOf, exportResponse } from "~/utils/table-export.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireStaffUser(request);
  const url = new URL(request.url);
  const format = exportFormatOf(url);
  const ds = await dashboardScope(user, "jobcentre");
  const filter = await requireDrillDown(ds, url.searchParams, "referrals");
  return exportResponse({
    format,
    fileName: `kandidater-${filter.set}-${filter.period.from}-${filter.period.to}`,
    sheetName: "Kandidater",
    head: REFERRAL_LIST_HEAD,
    rows: referralListRows(ds, filter, new Date()),
  });
}
