// The survey answers behind the satisfaction figures, 50 to a page, with the whole list as CSV or XLSX.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { DrillDownList } from "~/components/drill-down-list";
import { dashboardScope } from "~/models/kpi/dashboard.server";
import { parseSurveyList, surveyListPage } from "~/models/kpi/drill-down.server";
import { requireStaffUser } from "~/utils/session.server";

export const meta: MetaFunction = () => [{ title: "Svarene bag tilfredsheden – Jobcentrenes rekrutteringsservice" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireStaffUser(request);
  const url = new URL(request.url);
  const ds = await dashboardScope(user, "jobcentre");
  const filter = parseSurveyList(ds, url.searchParams);
  if (!filter) throw new Response("Listen kan ikke vises med de valgte filtre.", { status: 400 });
  const list = await surveyListPage(ds, filter, new Date());
  const params = new URLSearchParams(url.searchParams);
  params.delete("side");
  const back = new URLSearchParams({ periode: "interval", fra: filter.period.from, til: filter.period.to });
  return json({ list, query: params.toString(), back: `/ledelse?${back}` });
}

export default function SurveyAnswers() {
  const { list, query, back } = useLoaderData<typeof loader>();
  return <DrillDownList list={list} query={query} base="/ledelse/tilfredshed" back={back} />;
}
