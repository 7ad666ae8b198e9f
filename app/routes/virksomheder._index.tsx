// The jobcentre's companies: those it has a relationship with (from its CVR extract, its job orders or its
// staff), searched by name, address, CVR or P-number, 50 a page.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { Pagination } from "~/components/pagination";
import { ScrollBox } from "~/components/scroll-box";
import { LEAD_ROLES } from "~/domain/staff-roles";
import { listCompanies } from "~/models/company/register.server";
import { companyListQuerySchema } from "~/schemas/company";
import { getPrisma } from "~/utils/db.server";
import { requireStaffUser } from "~/utils/session.server";

export const meta: MetaFunction = () => [{ title: "Virksomheder – Jobcentrenes rekrutteringsservice" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireStaffUser(request);
  const query = companyListQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const list = await listCompanies(getPrisma(), user.jobcentreId, { q: query.q, page: query.side });
  return json({ ...list, q: query.q, canImport: LEAD_ROLES.has(user.role) });
}

export default function Companies() {
  const { companies, total, page, pages, first, q, canImport } = useLoaderData<typeof loader>();
  const hrefOf = (p: number) => `?${new URLSearchParams({ ...(q ? { q } : {}), side: String(p) })}`;
  return (
    <>
      <h1>Virksomheder</h1>
      <p className="font-lead">
        Virksomheder, jobcentret har en relation til: fra CVR-udtræk, jobordrer og kollegers registreringer.
      </p>
      <p>
        <Link to="/virksomheder/aftaler">Partnerskabsaftaler</Link>
      </p>
      {canImport ? (
        <p>
          <Link to="/virksomheder/import" className="button button-secondary">Importer virksomheder fra et CVR-udtræk</Link>
        </p>
      ) : null}

      <Form method="get" role="search" className="mb-6">
        <div className="form-group">
          <label className="form-label" htmlFor="q">Søg efter virksomhed</label>
          <span className="form-hint" id="q-hint">Navn, adresse, CVR-nummer eller P-nummer.</span>
          <input className="form-input input-width-xl" type="search" id="q" name="q" defaultValue={q} aria-describedby="q-hint" maxLength={100} />
        </div>
        <button type="submit" className="button button-secondary">Søg</button>
      </Form>

      {total === 0 ? (
        <p>{q ? `Ingen virksomheder passer på »${q}«.` : "Jobcentret har ingen virksomheder i registret endnu."}</p>
      ) : (
        <>
          <ScrollBox label="Virksomhederne">
            <table className="table table--zebra">
              <caption>
                Virksomheder {first.toLocaleString("da-DK")}–{(first + companies.length - 1).toLocaleString("da-DK")} af {total.toLocaleString("da-DK")}
                {q ? ` for »${q}«` : ""}, sorteret efter navn
              </caption>
              <thead>
                <tr>
                  <th scope="col">Virksomhed</th>
                  <th scope="col">CVR-nummer</th>
                  <th scope="col">Adresse</th>
                  <th scope="col">Ansatte</th>
                  <th scope="col">Fast kontaktperson</th>
                  <th scope="col">Jobordrer</th>
                </tr>
              </thead>
              <tbody>
                {companies.map((c) => (
                  <tr key={c.cvr}>
                    <th scope="row">
                      <Link to={`/virksomheder/${c.cvr}`}>{c.name}</Link>
                      {c.advertisingProtected ? <span className="d-block weight-normal">Reklamebeskyttet</span> : null}
                    </th>
                    <td>{c.cvr}</td>
                    <td>{c.address}</td>
                    <td>{c.employees ?? "Ukendt"}</td>
                    <td>{c.keyAccountName ?? "Ingen"}</td>
                    <td>{c.orders}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
          <Pagination page={page} pages={pages} hrefOf={hrefOf} label="Sider med virksomheder" />
        </>
      )}
    </>
  );
}
