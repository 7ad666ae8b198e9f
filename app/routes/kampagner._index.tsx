// The jobcentre's information campaigns, the latest first, each with how far it has come toward its target.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ScrollBox } from "~/components/scroll-box";
import { listCampaigns } from "~/models/campaign/campaigns.server";
import { getPrisma } from "~/utils/db.server";
import { requireStaffUser } from "~/utils/session.server";

export const meta: MetaFunction = () => [{ title: "Kampagner – Jobcentrenes rekrutteringsservice" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireStaffUser(request);
  return json({ campaigns: await listCampaigns(getPrisma(), user.jobcentreId) });
}

export default function Campaigns() {
  const { campaigns } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>Kampagner</h1>
      <p>
        En informationskampagne har et emne, en periode og et mål for, hvor mange virksomheder der skal besøges. Virksomhederne vælges i
        registret efter branche, størrelse og område og fordeles mellem konsulenterne.
      </p>
      <p>
        <Link className="button button-primary" to="/kampagner/ny">
          Ny kampagne
        </Link>
      </p>
      {campaigns.length === 0 ? (
        <p>Jobcentret har ingen kampagner endnu.</p>
      ) : (
        <ScrollBox label="Kampagner">
          <table className="table table--compact">
            <caption className="sr-only">Jobcentrets kampagner ({campaigns.length})</caption>
            <thead>
              <tr>
                <th scope="col">Emne</th>
                <th scope="col">Periode</th>
                <th scope="col">Status</th>
                <th scope="col">Valgte virksomheder</th>
                <th scope="col">Besøgt</th>
                <th scope="col">Mål</th>
              </tr>
            </thead>
            <tbody>
              {campaigns.map((c) => (
                <tr key={c.id}>
                  <th scope="row">
                    <Link to={`/kampagner/${c.id}`}>{c.topic}</Link>
                  </th>
                  <td>{c.period}</td>
                  <td>{c.state}</td>
                  <td>{c.chosen}</td>
                  <td>{c.visited}</td>
                  <td>
                    {c.target}
                    {c.reached ? " (nået)" : ""}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      )}
    </>
  );
}
