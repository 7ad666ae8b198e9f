// The referrals on the orders behind a number (referred, hired), 50 to a page, with the whole list as CSV or XLSX.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { DrillDownList } from "~/components/drill-down-list";
import { dashboardScope } from "~/models/kpi/dashboard.server";
import { parseDrillDown, REFERRAL_LIST_SETS, referralListPage } from "~/models/kpi/drill-down.server";
import { requireStaffUser } from "~/utils/session.server";

export const meta: MetaFunction = () => [{ title: "Kandidaterne bag tallet – Jobcentrenes rekrutteringsservice" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireStaffUser(request);
  const url = new URL(request.url);
  const ds = await dashboardScope(user, "jobcentre");
  const parsed = await parseDrillDown(ds, url.searchParams);
  if (!parsed.ok || !REFERRAL_LIST_SETS.has(parsed.filter.set)) {
    throw new Response(parsed.ok || parsed.status === 404 ? "Ikke fundet" : "Listen kan ikke vises med de valgte filtre.", { status: parsed.ok ? 404 : parsed.status });
  }
  const list = await referralListPage(ds, parsed.filter, new Date());
  const params = new URLSearchParams(url.searchParams);
  params.delete("side");
  const back = new URLSearchParams({ periode: "interval", fra: parsed.filter.period.from, til: parsed.filter.period.to });
  return json({ list, query: params.toString(), back: `/ledelse?${back}`, related: { href: `/ledelse/ordrer?${params}`, text: "Se jobordrerne" } });
}

export default function ReferralList() {
  const { list, query, back, related } = useLoaderData<typeof loader>();
  return <DrillDownList list={list} query={query} base="/ledelse/henvisninger" back={back} related={related} />;
}
