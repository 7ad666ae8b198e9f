// The jobcentre's register of jobseekers, 50 a page. Every staff role may look; only the staff's own
// jobcentre is shown.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { countJobseekers, JOBSEEKER_PAGE_SIZE, listJobseekers } from "~/models/jobseeker/register.server";
import { townsOf } from "~/models/reference/postcodes.server";
import { BENEFIT_GROUP_LABELS, jobseekerListQuerySchema } from "~/schemas/jobseeker";
import { getPrisma } from "~/utils/db.server";
import { requireStaffUser } from "~/utils/session.server";
import { ScrollBox } from "~/components/scroll-box";

export const meta: MetaFunction = () => [{ title: "Jobsøgere – Jobcentrenes rekrutteringsservice" }];

const IMPORT_ROLES = new Set(["TEAM_LEAD", "MANAGER", "ADMIN"]);

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireStaffUser(request);
  const { side } = jobseekerListQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const prisma = getPrisma();
  const [total, jobcentre] = await Promise.all([
    countJobseekers(prisma, user.jobcentreId),
    prisma.jobcentre.findUniqueOrThrow({ where: { id: user.jobcentreId }, select: { name: true } }),
  ]);
  const pages = Math.max(1, Math.ceil(total / JOBSEEKER_PAGE_SIZE));
  // A page past the end (the register shrank, or a typed URL) shows the last page.
  const page = Math.min(side, pages);
  const rows = await listJobseekers(prisma, user.jobcentreId, page);
  const cities = await townsOf(prisma, rows.map((r) => r.postcode));
  return json({
    jobcentreName: jobcentre.name,
    canImport: IMPORT_ROLES.has(user.role),
    total,
    page,
    pages,
    first: total === 0 ? 0 : (page - 1) * JOBSEEKER_PAGE_SIZE + 1,
    last: (page - 1) * JOBSEEKER_PAGE_SIZE + rows.length,
    jobseekers: rows.map((r) => ({
      id: r.id,
      externalRef: r.externalRef,
      name: r.name,
      occupations: r.occupations.join(", "),
      postcode: cities.has(r.postcode) ? `${r.postcode} ${cities.get(r.postcode)}` : r.postcode,
      maxTravelKm: r.maxTravelKm,
      hoursPerWeek: r.hoursPerWeek,
      benefitGroup: BENEFIT_GROUP_LABELS[r.benefitGroup],
      contactConsent: r.contactConsent,
    })),
  });
}

export default function Jobseekers() {
  const { jobcentreName, canImport, total, page, pages, first, last, jobseekers } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>Jobsøgere</h1>
      <p className="font-lead">
        {jobcentreName} har {total.toLocaleString("da-DK")} {total === 1 ? "jobsøger" : "jobsøgere"} i registret.
      </p>
      {canImport ? (
        <p>
          <Link to="/jobsogere/import" className="button button-secondary">Importer jobsøgere fra CSV-fil</Link>
        </p>
      ) : null}

      {total === 0 ? (
        <p>Der er ingen jobsøgere i registret endnu.{canImport ? " Importer dem fra en CSV-fil." : " En teamleder eller leder kan importere dem fra en CSV-fil."}</p>
      ) : (
        <>
          <ScrollBox label="Jobsøgerne">
            <table className="table table--zebra">
              <caption>
                Jobsøgere {first.toLocaleString("da-DK")}–{last.toLocaleString("da-DK")} af {total.toLocaleString("da-DK")}, sorteret efter navn
              </caption>
              <thead>
                <tr>
                  <th scope="col">Navn</th>
                  <th scope="col">Reference</th>
                  <th scope="col">Søger job som</th>
                  <th scope="col">Postnummer</th>
                  <th scope="col">Vil køre</th>
                  <th scope="col">Timer pr. uge</th>
                  <th scope="col">Ydelse</th>
                  <th scope="col">Må kontaktes</th>
                </tr>
              </thead>
              <tbody>
                {jobseekers.map((j) => (
                  <tr key={j.id}>
                    <th scope="row">{j.name}</th>
                    <td>{j.externalRef}</td>
                    <td>{j.occupations}</td>
                    <td>{j.postcode}</td>
                    <td>{j.maxTravelKm} km</td>
                    <td>{j.hoursPerWeek}</td>
                    <td>{j.benefitGroup}</td>
                    <td>{j.contactConsent ? "Ja" : "Nej"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
          {pages > 1 ? (
            <nav aria-label="Sider" className="mt-6">
              <p>
                Side {page} af {pages}
              </p>
              <p>
                {page > 1 ? (
                  <Link to={`?side=${page - 1}`} className="button button-secondary mr-4" rel="prev">Forrige side</Link>
                ) : null}
                {page < pages ? (
                  <Link to={`?side=${page + 1}`} className="button button-secondary" rel="next">Næste side</Link>
                ) : null}
              </p>
            </nav>
          ) : null}
        </>
      )}
    </>
  );
}
