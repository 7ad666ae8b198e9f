// The jobcentre's partnership agreements: those in force or still to come (the soonest to end first), or all.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Pagination } from "~/components/pagination";
import { ScrollBox } from "~/components/scroll-box";
import { listAgreements } from "~/models/partnership/agreements.server";
import { agreementListQuerySchema, type AgreementListView } from "~/schemas/partnership";
import { getPrisma } from "~/utils/db.server";
import { requireStaffUser } from "~/utils/session.server";

export const meta: MetaFunction = () => [{ title: "Partnerskabsaftaler – Virksomheder – Jobcentrenes rekrutteringsservice" }];

const VIEW_LABELS: Record<AgreementListView, string> = { gaeldende: "Gældende og kommende", alle: "Alle" };

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireStaffUser(request);
  const query = agreementListQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const list = await listAgreements(getPrisma(), user.jobcentreId, { view: query.vis, page: query.side });
  return json({ view: query.vis, page: query.side, ...list });
}

export default function Agreements() {
  const { view, page, pages, total, rows } = useLoaderData<typeof loader>();
  return (
    <>
      <p>
        <Link to="/virksomheder">Til virksomhederne</Link>
      </p>
      <h1>Partnerskabsaftaler</h1>
      <p>
        En aftale giver virksomheden en fast kontaktperson og et hurtigspor: jobordrer fra virksomheden får en kortere svarfrist og står først i
        indbakken. En aftale oprettes fra virksomhedens side.
      </p>
      <nav aria-label="Vis aftaler">
        <ul className="nobullet-list">
          {(Object.keys(VIEW_LABELS) as AgreementListView[]).map((v) => (
            <li key={v} className="d-inline mr-4">
              <Link to={`?vis=${v}`} aria-current={v === view ? "page" : undefined}>
                {VIEW_LABELS[v]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {rows.length === 0 ? (
        <p>Der er ingen aftaler at vise.</p>
      ) : (
        <ScrollBox label="Partnerskabsaftaler">
          <table className="table table--compact">
            <caption className="sr-only">
              {VIEW_LABELS[view]} partnerskabsaftaler ({total})
            </caption>
            <thead>
              <tr>
                <th scope="col">Virksomhed</th>
                <th scope="col">Periode</th>
                <th scope="col">Status</th>
                <th scope="col">Fast kontaktperson</th>
                <th scope="col">Hurtigspor</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((a) => (
                <tr key={a.id}>
                  <th scope="row">
                    <Link to={`/virksomheder/aftaler/${a.id}`}>{a.company.name}</Link>
                  </th>
                  <td>{a.period}</td>
                  <td>{a.status}</td>
                  <td>{a.contactName}</td>
                  <td>{a.fastTrackResponseHours === 1 ? "1 time" : `${a.fastTrackResponseHours} timer`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      )}
      <Pagination page={page} pages={pages} hrefOf={(p) => `?vis=${view}&side=${p}`} />
    </>
  );
}
