// Upload of a CSV file with the jobcentre's jobseekers (team leads, managers, admins). The file is
// accepted rows are applied together and the rejected ones listed to fix; a file that cannot be read as a
// whole changes nothing.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import type { StaffRole } from "@prisma/client";
import { count, ImportColumns, ImportFileForm, importActionData, ImportReportView, type ImportActionData } from "~/components/import-report";
import { decodeCsvUpload, importJobseekersCsv } from "~/models/jobseeker/import.server";
import { BENEFIT_GROUP_CSV_VALUES, BENEFIT_GROUPS, DRIVING_LICENCES, JOBSEEKER_LIMITS, MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from "~/schemas/jobseeker";
import { getPrisma } from "~/utils/db.server";
import { readCsvUpload } from "~/utils/upload.server";
import { requireStaffUser } from "~/utils/session.server";

export const meta: MetaFunction = () => [{ title: "Importer jobsøgere – Jobcentrenes rekrutteringsservice" }];

const IMPORT_ROLES: StaffRole[] = ["TEAM_LEAD", "MANAGER", "ADMIN"];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireStaffUser(request, { roles: IMPORT_ROLES });
  const jobcentre = await getPrisma().jobcentre.findUniqueOrThrow({ where: { id: user.jobcentreId }, select: { name: true } });
  return json({ jobcentreName: jobcentre.name });
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireStaffUser(request, { roles: IMPORT_ROLES });
  const upload = await readCsvUpload(request, decodeCsvUpload);
  if (!upload.ok) return json<ImportActionData>({ status: "error", error: upload.error }, { status: upload.status });
  const result = await importJobseekersCsv(getPrisma(), user.jobcentreId, upload.text);
  const summary = result.applied
    ? `${count(result.created, "ny jobsøger er oprettet", "nye jobsøgere er oprettet")}, og ${count(result.updated, "eksisterende er opdateret", "eksisterende er opdateret")}.`
    : "";
  return json<ImportActionData>(importActionData(upload.fileName, result, summary), { status: result.applied ? 200 : 422 });
}

export default function ImportJobseekers() {
  const { jobcentreName } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();

  return (
    <>
      <p><Link to="/jobsogere">Tilbage til jobsøgere</Link></p>
      <h1>Importer jobsøgere</h1>
      <p className="font-lead">
        Upload en CSV-fil med {jobcentreName}s jobsøgere. Nye jobsøgere oprettes, og dem, der allerede er i registret, opdateres ud fra deres reference.
      </p>

      {data ? (
        <ImportReportView
          data={data}
          listLink={{ to: "/jobsogere", label: "Se jobsøgerne" }}
          reimport="jobsøgere, der allerede er i registret, bliver opdateret ud fra deres reference – de kommer ikke to gange."
        />
      ) : null}

      <ImportFileForm
        data={data}
        label="CSV-fil med jobsøgere"
        hint={`Gemt som »CSV UTF-8« fra Excel. Højst ${MAX_IMPORT_BYTES / 1_000_000} MB og ${MAX_IMPORT_ROWS.toLocaleString("da-DK")} jobsøgere.`}
      />

      <h2>Sådan skal filen se ud</h2>
      <p>
        <a href="/jobsogere/eksempel.csv" download>Hent en eksempelfil</a> og udfyld den. Første linje er kolonnenavnene; rækkefølgen er fri, og store og små bogstaver er lige meget.
        Semikolon (som dansk Excel gemmer) og komma virker begge som skilletegn. Lister adskilles med lodret streg, fx <code>Lagerarbejder|Truckfører</code>.
      </p>
      <p>
        Hver import erstatter alle oplysninger om de jobsøgere, der står i filen. Rækkerne, der er i orden, importeres samlet; de rækker,
        der skal rettes, vises med linjenummer og årsag, så du kan rette dem og uploade filen igen.
      </p>
      <ImportColumns>
            <tr><th scope="row"><code>reference</code></th><td>Ja</td><td>Jeres egen reference, fx sagsnummer. Den samme reference opdaterer den samme jobsøger. Brug ikke CPR-nummer.</td></tr>
            <tr><th scope="row"><code>navn</code></th><td>Ja</td><td>For- og efternavn.</td></tr>
            <tr><th scope="row"><code>email</code></th><td>Nej</td><td>E-mailadresse.</td></tr>
            <tr><th scope="row"><code>telefon</code></th><td>Nej</td><td>Dansk nummer på 8 cifre.</td></tr>
            <tr><th scope="row"><code>postnummer</code></th><td>Ja</td><td>Bopælens postnummer, 4 cifre.</td></tr>
            <tr><th scope="row"><code>maks_km</code></th><td>Ja</td><td>Hvor langt jobsøgeren vil rejse til arbejde, 0–{JOBSEEKER_LIMITS.maxTravelKm} km.</td></tr>
            <tr><th scope="row"><code>timer_pr_uge</code></th><td>Ja</td><td>Timer om ugen jobsøgeren kan arbejde, {JOBSEEKER_LIMITS.hoursMin}–{JOBSEEKER_LIMITS.hoursMax}.</td></tr>
            <tr>
              <th scope="row"><code>ydelse</code></th>
              <td>Ja</td>
              <td>En af: {BENEFIT_GROUPS.map((g) => BENEFIT_GROUP_CSV_VALUES[g][0]).join(", ")}.</td>
            </tr>
            <tr><th scope="row"><code>stillinger</code></th><td>Ja</td><td>Stillinger jobsøgeren søger (DISCO-08-titler), mindst én.</td></tr>
            <tr><th scope="row"><code>kompetencer</code></th><td>Nej</td><td>Fx <code>Plukning|Kundeservice</code>.</td></tr>
            <tr><th scope="row"><code>certifikater</code></th><td>Nej</td><td>Fx <code>Truckcertifikat|Hygiejnebevis</code>.</td></tr>
            <tr><th scope="row"><code>korekort</code></th><td>Nej</td><td>Kategorier, fx <code>B|C|CE</code>. Gyldige: {DRIVING_LICENCES.join(", ")}.</td></tr>
            <tr><th scope="row"><code>sprog</code></th><td>Nej</td><td>Fx <code>dansk|engelsk|polsk</code>.</td></tr>
            <tr><th scope="row"><code>cv</code></th><td>Nej</td><td>Kort CV, højst {JOBSEEKER_LIMITS.cv.toLocaleString("da-DK")} tegn. Linjeskift er tilladt i et felt i anførselstegn.</td></tr>
            <tr><th scope="row"><code>kontakt_ok</code></th><td>Nej</td><td>Om jobsøgeren har sagt ja til at blive kontaktet om job: ja eller nej. Tomt betyder nej.</td></tr>
      </ImportColumns>
    </>
  );
}
