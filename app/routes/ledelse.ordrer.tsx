// The orders behind a number of the dashboard, 50 to a page, with the whole list as CSV or XLSX.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Alert } from "~/components/forms";
import { dashboardScope } from "~/models/kpi/dashboard.server";
import { drillDownPage, parseDrillDown } from "~/models/kpi/drill-down.server";
import { requireStaffUser } from "~/utils/session.server";

export const meta: MetaFunction = () => [{ title: "Jobordrerne bag tallet – Jobcentrenes rekrutteringsservice" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireStaffUser(request);
  const url = new URL(request.url);
  const ds = await dashboardScope(user, "jobcentre");
  const parsed = await parseDrillDown(ds, url.searchParams);
  if (!parsed.ok) {
    if (parsed.status === 404) throw new Response("Ikke fundet", { status: 404 });
    return json({ errors: Object.values(parsed.errors).flat().filter(Boolean) as string[], list: null, query: "", back: "/ledelse" }, { status: 400 });
  }
  const list = await drillDownPage(ds, parsed.filter, new Date());
  const params = new URLSearchParams(url.searchParams);
  params.delete("side");
  const back = new URLSearchParams({ periode: "interval", fra: parsed.filter.period.from, til: parsed.filter.period.to });
  return json({ errors: null, list, query: params.toString(), back: `/ledelse?${back}` });
}

export default function DrillDown() {
  const { errors, list, query, back } = useLoaderData<typeof loader>();
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
  const pageHref = (page: number) => `/ledelse/ordrer?${query}&side=${page}`;
  return (
    <>
      <p>
        <Link to={back}>Tilbage til mål og nøgletal</Link>
      </p>
      <h1>{list.title}</h1>
      <p className="font-lead">
        {list.total.toLocaleString("da-DK")} jobordrer, {list.periodText}
        {list.kindText ? `, ${list.kindText}` : ""}.
      </p>
      <p>
        <a href={`/ledelse/ordrer/eksport?${query}&format=csv`} download>
          Hent listen som CSV
        </a>
        {" · "}
        <a href={`/ledelse/ordrer/eksport?${query}&format=xlsx`} download>
          Hent listen som Excel (XLSX)
        </a>
      </p>
      {list.total === 0 ? (
        <p>Der er ingen jobordrer i listen.</p>
      ) : (
        <>
          <div className="table--responsive-scroll">
            <table className="table table--zebra">
              <caption>
                {list.title}, side {list.page} af {list.pages}
              </caption>
              <thead>
                <tr>
                  {list.head.map((h) => (
                    <th key={h} scope="col">
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {list.rows.map((row) => (
                  <tr key={row.number}>
                    <th scope="row">
                      <Link to={`/ordrer/${encodeURIComponent(row.number)}`}>{row.number}</Link>
                    </th>
                    {row.cells.slice(1).map((cell, i) => (
                      <td key={i}>{cell}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {list.pages > 1 ? (
            <nav className="pagination" aria-label="Sider">
              <ul className="pagination__items">
                {list.page > 1 ? (
                  <li className="pagination-item">
                    <Link className="pagination-previous" to={pageHref(list.page - 1)}>
                      Forrige side
                    </Link>
                  </li>
                ) : null}
                <li className="pagination-item">
                  Side {list.page} af {list.pages}
                </li>
                {list.page < list.pages ? (
                  <li className="pagination-item">
                    <Link className="pagination-next" to={pageHref(list.page + 1)}>
                      Næste side
                    </Link>
                  </li>
                ) : null}
              </ul>
            </nav>
          ) : null}
        </>
      )}
    </>
  );
}
