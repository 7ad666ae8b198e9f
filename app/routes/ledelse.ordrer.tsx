// The orders behind a number of the dashboard, 50 to a page, with the whole list as CSV or XLSX.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { DrillDownList } from "~/components/drill-down-list";
import { Alert } from "~/components/forms";
import { dashboardScope } from "~/models/kpi/dashboard.server";
import { drillDownPage, parseDrillDown, REFERRAL_LIST_SETS } from "~/models/kpi/drill-down.server";
import { requireStaffUser } from "~/utils/session.server";

export const meta: MetaFunction = () => [{ title: "Jobordrerne bag tallet – Jobcentrenes rekrutteringsservice" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireStaffUser(request);
  const url = new URL(request.url);
  const ds = await dashboardScope(user, "jobcentre");
  const parsed = await parseDrillDown(ds, url.searchParams);
  if (!parsed.ok) {
    if (parsed.status === 404) throw new Response("Ikke fundet", { status: 404 });
    return json({ errors: Object.values(parsed.errors).flat().filter(Boolean) as string[], list: null, query: "", back: "/ledelse", related: null }, { status: 400 });
  }
  const list = await drillDownPage(ds, parsed.filter, new Date());
  const params = new URLSearchParams(url.searchParams);
  params.delete("side");
  const back = new URLSearchParams({ periode: "interval", fra: parsed.filter.period.from, til: parsed.filter.period.to });
  const related = REFERRAL_LIST_SETS.has(parsed.filter.set) ? { href: `/ledelse/henvisninger?${params}`, text: "Se kandidaterne, der blev henvist til disse jobordrer" } : null;
  return json({ errors: null, list, query: params.toString(), back: `/ledelse?${back}`, related });
}

export default function DrillDown() {
  const { errors, list, query, back, related } = useLoaderData<typeof loader>();
  if (!list) {
    return (
      <>
        <h1>Jobordrerne bag tallet</h1>
        <Alert kind="error" heading="Listen kan ikke vises">
          <p>{errors?.join(" ")}</p>
        </Alert>
        <p>
          <Link to={back}>Tilbage til mål og nøgletal</Link>
        </p>
      </>
    );
  }
  return <DrillDownList list={list} query={query} base="/ledelse/ordrer" back={back} related={related ?? undefined} />;
}
