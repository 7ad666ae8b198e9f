// One campaign: what it is and whom it chose, how far it has come toward its target (in all and per
// consultant), what the visits came to, and its companies (mine, all, or those not visited yet), each with a
// link to plan its campaign visit on the company's page.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { Alert, Fact } from "~/components/forms";
import { Pagination } from "~/components/pagination";
import { ScrollBox } from "~/components/scroll-box";
import { getCampaign, isCampaignId } from "~/models/campaign/campaigns.server";
import { campaignPageQuerySchema, type CampaignCompanyView } from "~/schemas/campaign";
import { getPrisma } from "~/utils/db.server";
import { formatPercent } from "~/domain/kpi/measures";
import { requireStaffUser } from "~/utils/session.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.topic ?? "Kampagnen findes ikke"} – Kampagner` }];

const NOT_FOUND = "Kampagnen findes ikke hos jobcentret.";

const VIEW_LABELS: Record<CampaignCompanyView, string> = { mine: "Mine virksomheder", mangler: "Ikke besøgt endnu", alle: "Alle virksomheder" };

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireStaffUser(request);
  if (!isCampaignId(params.id)) throw new Response(NOT_FOUND, { status: 404 });
  const query = campaignPageQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const campaign = await getCampaign(getPrisma(), { jobcentreId: user.jobcentreId, campaignId: params.id, userId: user.id, view: query.vis, page: query.side });
  if (!campaign) throw new Response(NOT_FOUND, { status: 404 });
  return json(campaign);
}

export default function CampaignPage() {
  const c = useLoaderData<typeof loader>();
  const [search] = useSearchParams();
  return (
    <>
      <p>
        <Link to="/kampagner">Til kampagnerne</Link>
      </p>
      <h1>{c.topic}</h1>
      {search.get("startet") ? <Alert kind="success" heading={`Kampagnen er startet med ${c.chosen} virksomheder`} /> : null}
      {c.description ? <p className="answer-text">{c.description}</p> : null}
      <dl>
        <Fact label="Periode">{c.period}</Fact>
        <Fact label="Status">{c.state}</Fact>
        <Fact label="Brancher">{c.selection.industryCodes}</Fact>
        <Fact label="Antal ansatte">{c.selection.employees}</Fact>
        <Fact label="Område">{c.selection.postcodes}</Fact>
        <Fact label="Startet af">
          {c.createdBy}, {c.createdAt}
        </Fact>
      </dl>

      <section aria-labelledby="fremdrift-titel" className="mb-6">
        <h2 id="fremdrift-titel">Fremdrift</h2>
        <p>
          <strong>
            {c.visited} af {c.target} virksomheder besøgt
          </strong>
          {c.share !== null ? ` (${formatPercent(c.share)} % af målet)` : ""}
          {c.reached ? ". Målet er nået." : "."} Kampagnen valgte {c.chosen} virksomheder; {c.planned} har et planlagt besøg. Et besøg tæller, når det er
          registreret som holdt.
        </p>
        <ScrollBox label="Fremdrift pr. konsulent">
          <table className="table table--compact">
            <caption>Pr. konsulent</caption>
            <thead>
              <tr>
                <th scope="col">Konsulent</th>
                <th scope="col">Virksomheder</th>
                <th scope="col">Besøgt</th>
              </tr>
            </thead>
            <tbody>
              {c.byConsultant.map((row) => (
                <tr key={row.consultantId}>
                  <th scope="row">{row.mine ? `${row.name} (dig)` : row.name}</th>
                  <td>{row.chosen}</td>
                  <td>{row.visited}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      </section>

      <section aria-labelledby="udfald-titel" className="mb-6">
        <h2 id="udfald-titel">Hvad besøgene førte til</h2>
        <ul>
          {c.outcomes.map((o) => (
            <li key={o.outcome}>
              {o.label}: {o.count}
            </li>
          ))}
          <li>Jobordrer taget på kampagnens besøg: {c.ordersTaken}</li>
        </ul>
      </section>

      <section aria-labelledby="virksomheder-titel" className="mb-6">
        <h2 id="virksomheder-titel">Virksomhederne</h2>
        <nav aria-label="Vis virksomheder">
          <ul className="nobullet-list">
            {(Object.keys(VIEW_LABELS) as CampaignCompanyView[]).map((v) => (
              <li key={v} className="d-inline mr-4">
                <Link to={`?vis=${v}`} aria-current={v === c.view ? "page" : undefined}>
                  {VIEW_LABELS[v]}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        {c.companies.length === 0 ? (
          <p>Der er ingen virksomheder at vise.</p>
        ) : (
          <ScrollBox label="Kampagnens virksomheder">
            <table className="table table--compact">
              <caption className="sr-only">
                {VIEW_LABELS[c.view]} ({c.total})
              </caption>
              <thead>
                <tr>
                  <th scope="col">Virksomhed</th>
                  <th scope="col">Adresse</th>
                  <th scope="col">Ansatte</th>
                  <th scope="col">Konsulent</th>
                  <th scope="col">Besøg</th>
                </tr>
              </thead>
              <tbody>
                {c.companies.map((row) => (
                  <tr key={row.cvr}>
                    <th scope="row">
                      <Link to={`/virksomheder/${row.cvr}`}>{row.name}</Link>
                    </th>
                    <td>{row.address}</td>
                    <td>{row.employees}</td>
                    <td>{row.consultant}</td>
                    <td>
                      {row.visit ? <Link to={`/besoeg/${row.visit.id}`}>{row.visit.text}</Link> : "Intet besøg endnu"}
                      {row.visit?.held ? null : (
                        <>
                          {" "}
                          <Link to={`/virksomheder/${row.cvr}?kampagne=${c.id}#planlaeg-titel`} aria-label={`Planlæg kampagnebesøg hos ${row.name}`}>
                            Planlæg besøg
                          </Link>
                        </>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
        )}
        <Pagination page={c.page} pages={c.pages} hrefOf={(p) => `?vis=${c.view}&side=${p}`} />
        <p>
          Hent alle kampagnens virksomheder med konsulent og besøg som <a href={`/kampagner/${c.id}/eksport?format=xlsx`}>Excel-fil (XLSX)</a> eller{" "}
          <a href={`/kampagner/${c.id}/eksport?format=csv`}>CSV-fil</a>.
        </p>
      </section>
    </>
  );
}
