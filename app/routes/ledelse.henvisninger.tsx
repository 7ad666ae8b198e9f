// The referrals on the orders behind a number (referred, hired), 50 to a page, with the whole list as CSV or XLSX.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { DrillDownList } from "~/components/drill-down-list";
import { dashboardScope } from "~/models/kpi/dashboard.server";
import { referralListPage, requireDrillDown } from "~/models/kpi/drill-down.server";
import { requireStaffUser } from "~/utils/session.server";

export const meta: MetaFunction = () => [{ title: "Kandidaterne bag tallet – Jobcentrenes rekrutteringsservice" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireStaffUser(request);
  const url = new URL(request.url);
  const ds = await dashboardScope(user, "jobcentre");
  const filter = await requireDrillDown(ds, url.searchParams, "referrals");
  const list = await referralListPage(ds, filter, new Date());
  const params = new URLSearchParams(url.searchParams);
  params.delete("side");
  const back = new URLSearchParams({ periode: "interval", fra: filter.period.from, til: filter.period.to });
  return json({ list, query: params.toString(), back: `/ledelse?${back}`, related: { href: `/ledelse/ordrer?${params}`, text: "Se jobordrerne" } });
}

export default function ReferralList() {
  const { list, query, back, related } = useLoaderData<typeof loader>();
  return <DrillDownList list={list} query={query} base="/ledelse/henvisninger" back={back} related={related} />;
}
