// The held company visits behind the dashboard's visit count, 50 to a page, with the whole list as CSV or XLSX.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { DrillDownList } from "~/components/drill-down-list";
import { dashboardScope } from "~/models/kpi/dashboard.server";
import { requireVisitDrillDown, visitListPage } from "~/models/kpi/visit-drill-down.server";
import { requireStaffUser } from "~/utils/session.server";

export const meta: MetaFunction = () => [{ title: "Besøgene bag tallet – Jobcentrenes rekrutteringsservice" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireStaffUser(request);
  const url = new URL(request.url);
  const ds = await dashboardScope(user, "jobcentre");
  const filter = await requireVisitDrillDown(ds, url.searchParams);
  const list = await visitListPage(ds, filter);
  const params = new URLSearchParams(url.searchParams);
  params.delete("side");
  const back = new URLSearchParams({ periode: "interval", fra: filter.period.from, til: filter.period.to });
  return json({ list, query: params.toString(), back: `/ledelse?${back}` });
}

export default function VisitList() {
  const { list, query, back } = useLoaderData<typeof loader>();
  return <DrillDownList list={list} query={query} base="/ledelse/besoeg" back={back} />;
}
