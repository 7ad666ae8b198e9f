// One table of the dashboard as CSV or XLSX: the same figures as the page for the same period and area.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { buildDashboard, dashboardScope, todayIn, type FigureTable } from "~/models/kpi/dashboard.server";
import { parsePeriodForm, periodFormOf } from "~/schemas/dashboard";
import { requireStaffUser } from "~/utils/session.server";
import { exportFormatOf, exportResponse, rowsOf } from "~/utils/table-export.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireStaffUser(request);
  const url = new URL(request.url);
  const format = exportFormatOf(url);
  const now = new Date();
  const parsed = parsePeriodForm(periodFormOf(url.searchParams, todayIn(now)));
  if (!parsed.ok) throw new Response("Perioden kan ikke bruges.", { status: 400 });
  const ds = await dashboardScope(user, url.searchParams.get("omraade") === "region" ? "region" : "jobcentre");
  const dashboard = await buildDashboard(ds, parsed.choice, now);
  const table = (Object.values(dashboard.tables) as Array<FigureTable | null>).find((t) => t?.id === url.searchParams.get("tabel"));
  if (!table) throw new Response("Ikke fundet", { status: 404 });
  return exportResponse({
    format,
    fileName: `${table.id}-${dashboard.period.from}-${dashboard.period.to}`,
    sheetName: table.caption,
    head: table.head,
    rows: rowsOf(table.rows.map((row) => row.map((cell) => (cell.value === undefined ? cell.text : cell.value)))),
  });
}
