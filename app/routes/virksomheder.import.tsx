// Upload of a CSV extract of the CVR register (team leads, managers, administrators): companies and their
// production units go into the national register, and the jobcentre gets a relationship with each. Accepted
// rows are applied together and the rejected ones listed to fix; a file that cannot be read changes nothing.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useActionData } from "@remix-run/react";
import { count, ImportColumns, ImportFileForm, importActionData, ImportReportView, type ImportActionData } from "~/components/import-report";
import { LEAD_ROLES } from "~/domain/staff-roles";
import { decodeCompanyUpload, importCompaniesCsv } from "~/models/company/import.server";
import { MAX_COMPANY_IMPORT_BYTES, MAX_COMPANY_IMPORT_ROWS } from "~/schemas/company";
import { getPrisma } from "~/utils/db.server";
import { requireStaffUser } from "~/utils/session.server";
import { readCsvUpload } from "~/utils/upload.server";

export const meta: MetaFunction = () => [{ title: "Importer virksomheder – Jobcentrenes rekrutteringsservice" }];

const IMPORT_ROLES = [...LEAD_ROLES];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireStaffUser(request, { roles: IMPORT_ROLES });
  return json({});
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireStaffUser(request, { roles: IMPORT_ROLES });
  const upload = await readCsvUpload(request, decodeCompanyUpload);
  if (!upload.ok) return json<ImportActionData>({ status: "error", error: upload.error }, { status: upload.status });
  const result = await importCompaniesCsv(getPrisma(), user.jobcentreId, upload.text);
  const summary = result.applied
    ? `${count(result.companiesCreated, "ny virksomhed er oprettet", "nye virksomheder er oprettet")} og ${count(result.companiesUpdated, "eksisterende opdateret", "eksisterende opdateret")}; ` +
      `${count(result.unitsCreated, "ny produktionsenhed", "nye produktionsenheder")} og ${count(result.unitsUpdated, "eksisterende opdateret", "eksisterende opdateret")}.`
    : "";
  return json<ImportActionData>(importActionData(upload.fileName, result, summary), { status: result.applied ? 200 : 422 });
}

export default function ImportCompanies() {
  const data = useActionData<typeof action>();
  return (
    <>
      <p><Link to="/virksomheder">Tilbage til virksomheder</Link></p>
      <h1>Importer virksomheder</h1>
      <p className="font-lead">
        Upload et udtræk fra CVR-registret med virksomhederne i jobcentrets område. Nye virksomheder oprettes, og dem, der allerede er i
        registret, opdateres ud fra CVR- og P-nummer.
      </p>

      {data ? (
        <ImportReportView
          data={data}
          listLink={{ to: "/virksomheder", label: "Se virksomhederne" }}
          reimport="virksomheder og produktionsenheder, der allerede er i registret, bliver opdateret ud fra CVR- og P-nummer – de kommer ikke to gange."
        />
      ) : null}

      <ImportFileForm
        data={data}
        label="CSV-fil med virksomheder"
        hint={`Gemt som »CSV UTF-8«. Højst ${MAX_COMPANY_IMPORT_BYTES / 1_000_000} MB og ${MAX_COMPANY_IMPORT_ROWS.toLocaleString("da-DK")} rækker.`}
      />

      <h2>Sådan skal filen se ud</h2>
      <p>
        <a href="/virksomheder/eksempel.csv" download>Hent en eksempelfil</a>. Første linje er kolonnenavnene; rækkefølgen er fri. En række uden
        P-nummer er selve virksomheden; en række med P-nummer er en af dens produktionsenheder, og virksomheden skal stå i samme fil eller
        allerede være i registret.
      </p>
      <p>
        Registret retter sig efter udtrækket: hver import erstatter oplysningerne om de virksomheder og produktionsenheder, der står i filen.
        En jobordre ændrer aldrig registret; det gør kun en import eller en medarbejder.
      </p>
      <ImportColumns>
            <tr><th scope="row"><code>cvr</code></th><td>Ja</td><td>CVR-nummer, 8 cifre.</td></tr>
            <tr><th scope="row"><code>pnummer</code></th><td>Nej</td><td>P-nummer, 10 cifre, når rækken er en produktionsenhed.</td></tr>
            <tr><th scope="row"><code>navn</code></th><td>Ja</td><td>Virksomhedens eller produktionsenhedens navn.</td></tr>
            <tr><th scope="row"><code>adresse</code></th><td>Ja</td><td>Vej og nummer.</td></tr>
            <tr><th scope="row"><code>postnummer</code></th><td>Ja</td><td>4 cifre.</td></tr>
            <tr><th scope="row"><code>by</code></th><td>Nej</td><td>Bynavn.</td></tr>
            <tr><th scope="row"><code>branchekode</code></th><td>Nej</td><td>6 cifre.</td></tr>
            <tr><th scope="row"><code>branchekode_version</code></th><td>Nej</td><td>DB25 (brugt af CVR siden januar 2025) eller DB07 for ældre oplysninger. Tom betyder DB25.</td></tr>
            <tr><th scope="row"><code>ansatte</code></th><td>Nej</td><td>Antal ansatte som tal (7) eller CVR-interval (5-9, ANTAL_5_9, 1000+).</td></tr>
            <tr><th scope="row"><code>reklamebeskyttet</code></th><td>Nej</td><td>ja eller nej. Reklamebeskyttede virksomheder får aldrig kampagnemails. Tom betyder nej.</td></tr>
      </ImportColumns>
    </>
  );
}
