// The referrals behind a number as CSV or XLSX, streamed in batches.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { dashboardScope } from "~/models/kpi/dashboard.server";
import { parseDrillDown, REFERRAL_LIST_HEAD, REFERRAL_LIST_SETS, referralListRows } from "~/models/kpi/drill-down.server";
import { requireStaffUser } from "~/utils/session.server";
import { exportFormatOf, exportResponse } from "~/utils/table-export.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireStaffUser(request);
  const url = new URL(request.url);
  const format = exportFormatOf(url);
  const ds = await dashboardScope(user, "jobcentre");
  const parsed = await parseDrillDown(ds, url.searchParams);
  if (!parsed.ok || !REFERRAL_LIST_SETS.has(parsed.filter.set)) {
    throw new Response(parsed.ok || parsed.status === 404 ? "Ikke fundet" : "Listen kan ikke hentes med de valgte filtre.", { status: parsed.ok ? 404 : parsed.status });
  }
  const { filter } = parsed;
  return exportResponse({
    format,
    fileName: `kandidater-${filter.set}-${filter.period.from}-${filter.period.to}`,
    sheetName: "Kandidater",
    head: REFERRAL_LIST_HEAD,
    rows: referralListRows(ds, filter, new Date()),
  });
}
