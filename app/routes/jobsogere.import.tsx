// Upload of a CSV file with the jobcentre's jobseekers (team leads, managers, admins). The file is
// accepted rows are applied together and the rejected ones listed to fix; a file that cannot be read as a
// whole changes nothing.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import {
  json,
  MaxPartSizeExceededError,
  unstable_createMemoryUploadHandler,
  unstable_parseMultipartFormData,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import type { StaffRole } from "@prisma/client";
import { CsrfInput } from "~/components/csrf-input";
import { Alert, FieldError, formGroupClass } from "~/components/forms";
import {
  decodeCsvUpload,
  importJobseekersCsv,
  tooLargeMessage,
} from "~/models/jobseeker/import.server";
import { BENEFIT_GROUP_CSV_VALUES, BENEFIT_GROUPS, DRIVING_LICENCES, JOBSEEKER_LIMITS, MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from "~/schemas/jobseeker";
import { cleanForm } from "~/utils/csrf.server";
import { limitBody, mediaType, UPLOAD_BODY_LIMIT_BYTES, type LimitedRequest } from "~/utils/request-body.server";
import { getPrisma } from "~/utils/db.server";
import { requireStaffUser } from "~/utils/session.server";
import { ScrollBox } from "~/components/scroll-box";

export const meta: MetaFunction = () => [{ title: "Importer jobsøgere – Jobcentrenes rekrutteringsservice" }];

const IMPORT_ROLES: StaffRole[] = ["TEAM_LEAD", "MANAGER", "ADMIN"];
const FILE_FIELD = "fil";

type ActionData =
  | { status: "error"; error: string }
  | {
      status: "applied";
      fileName: string;
      created: number;
      updated: number;
      warnings: string[];
      rejectedCount: number;
      rejected: Array<{ line: number; reasons: string[] }>;
    }
  | {
      status: "rejected";
      fileName: string;
      problems: string[];
      warnings: string[];
      acceptedCount: number;
      rejectedCount: number;
      rejected: Array<{ line: number; reasons: string[] }>;
    };

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireStaffUser(request, { roles: IMPORT_ROLES });
  const jobcentre = await getPrisma().jobcentre.findUniqueOrThrow({ where: { id: user.jobcentreId }, select: { name: true } });
  return json({ jobcentreName: jobcentre.name });
}

function fail(error: string, status = 400) {
  return json<ActionData>({ status: "error", error }, { status });
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireStaffUser(request, { roles: IMPORT_ROLES });
  const notReceived = "Filen kunne ikke modtages. Vælg filen igen, og prøv en gang til.";
  if (mediaType(request) !== "multipart/form-data") return fail(notReceived, 415);
  // The whole body is held to the file's limit while it streams in (an announced larger one is not read).
  let limited: LimitedRequest;
  try {
    limited = limitBody(request, UPLOAD_BODY_LIMIT_BYTES);
  } catch {
    return fail(tooLargeMessage(), 413);
  }
  let uploaded: FormData;
  try {
    uploaded = await unstable_parseMultipartFormData(limited.request, unstable_createMemoryUploadHandler({ maxPartSize: MAX_IMPORT_BYTES }));
  } catch (error) {
    if (error instanceof MaxPartSizeExceededError || limited.exceeded()) return fail(tooLargeMessage(), 413);
    return fail(notReceived);
  }
  // The token rides in the multipart body, so it can only be checked once that is parsed.
  const formData = await cleanForm(request, uploaded);

  const file = formData.get(FILE_FIELD);
  if (!(file instanceof Blob) || file.size === 0) return fail("Vælg den CSV-fil, du vil importere.");
  const fileName = "name" in file && typeof file.name === "string" && file.name ? file.name : "filen";
  const decoded = decodeCsvUpload(new Uint8Array(await file.arrayBuffer()));
  if (!decoded.ok) return fail(decoded.error);

  const result = await importJobseekersCsv(getPrisma(), user.jobcentreId, decoded.text);
  if (result.applied) {
    const { report } = result;
    return json<ActionData>({
      status: "applied",
      fileName,
      created: result.created,
      updated: result.updated,
      warnings: report.warnings,
      rejectedCount: report.rejected.length,
      rejected: report.rejected,
    });
  }
  const { report } = result;
  return json<ActionData>(
    {
      status: "rejected",
      fileName,
      problems: report.problems,
      warnings: report.warnings,
      acceptedCount: report.accepted.length,
      rejectedCount: report.rejected.length,
      rejected: report.rejected,
    },
    { status: 422 },
  );
}

function count(n: number, one: string, many: string): string {
  return `${n.toLocaleString("da-DK")} ${n === 1 ? one : many}`;
}

function RejectedRows({ rows }: { rows: Array<{ line: number; reasons: string[] }> }) {
  if (rows.length === 0) return null;
  return (
    <ScrollBox label="Afviste rækker">
      <table className="table table--zebra">
        <caption>Afviste rækker</caption>
        <thead>
          <tr>
            <th scope="col">Linje i filen</th>
            <th scope="col">Hvad er galt</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.line}>
              <th scope="row">{r.line}</th>
              <td>{r.reasons.length === 1 ? r.reasons[0] : <ul className="m-0">{r.reasons.map((reason) => <li key={reason}>{reason}</li>)}</ul>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}

function Warnings({ warnings, heading }: { warnings: string[]; heading: string }) {
  return warnings.length > 0 ? (
    <Alert kind="warning" heading={heading}>
      <ul>{warnings.map((w) => <li key={w}>{w}</li>)}</ul>
    </Alert>
  ) : null;
}

function Report({ data }: { data: ActionData }) {
  if (data.status === "error") return null;
  if (data.status === "applied") {
    const changed = (
      <p>
        {count(data.created, "ny jobsøger er oprettet", "nye jobsøgere er oprettet")}, og {count(data.updated, "eksisterende er opdateret", "eksisterende er opdateret")}.
      </p>
    );
    return (
      <>
        {data.rejectedCount === 0 ? (
          <Alert kind="success" heading={`${data.fileName} er importeret`}>
            {changed}
            <p><Link to="/jobsogere">Se jobsøgerne</Link></p>
          </Alert>
        ) : (
          <Alert kind="warning" heading={`${data.fileName} er importeret – men ${count(data.rejectedCount, "række er afvist", "rækker er afvist")}`}>
            {changed}
            <p>
              De afviste rækker står herunder. Ret dem, og upload filen igen: jobsøgere, der allerede er i registret, bliver opdateret ud fra
              deres reference – de kommer ikke to gange.
            </p>
          </Alert>
        )}
        <Warnings warnings={data.warnings} heading="Vær opmærksom på" />
        <RejectedRows rows={data.rejected} />
      </>
    );
  }
  return (
    <>
      <Alert kind="error" heading={`${data.fileName} er ikke importeret – intet er ændret`}>
        {data.problems.length > 0 ? (
          <ul>{data.problems.map((p) => <li key={p}>{p}</li>)}</ul>
        ) : (
          <p>Ingen af rækkerne er i orden ({count(data.rejectedCount, "række er afvist", "rækker er afvist")}).</p>
        )}
        <p>Ret filen, og upload den igen.</p>
      </Alert>
      <Warnings warnings={data.warnings} heading="Vær også opmærksom på" />
      <RejectedRows rows={data.rejected} />
    </>
  );
}

export default function ImportJobseekers() {
  const { jobcentreName } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const navigation = useNavigation();
  const busy = navigation.state === "submitting";
  const fileError = data?.status === "error" ? [data.error] : null;

  return (
    <>
      <p><Link to="/jobsogere">Tilbage til jobsøgere</Link></p>
      <h1>Importer jobsøgere</h1>
      <p className="font-lead">
        Upload en CSV-fil med {jobcentreName}s jobsøgere. Nye jobsøgere oprettes, og dem, der allerede er i registret, opdateres ud fra deres reference.
      </p>

      {data ? <Report data={data} /> : null}

      <Form method="post" encType="multipart/form-data" className="mt-6 mb-8">
        <CsrfInput />
        <div className={formGroupClass(fileError)}>
          <label className="form-label" htmlFor={FILE_FIELD}>CSV-fil med jobsøgere</label>
          <span className="form-hint" id={`${FILE_FIELD}-hint`}>
            Gemt som »CSV UTF-8« fra Excel. Højst {MAX_IMPORT_BYTES / 1_000_000} MB og {MAX_IMPORT_ROWS.toLocaleString("da-DK")} jobsøgere.
          </span>
          <FieldError id={`${FILE_FIELD}-error`} errors={fileError} />
          <input
            className="form-file-input"
            type="file"
            id={FILE_FIELD}
            name={FILE_FIELD}
            accept=".csv,text/csv"
            required
            aria-describedby={fileError ? `${FILE_FIELD}-error ${FILE_FIELD}-hint` : `${FILE_FIELD}-hint`}
          />
        </div>
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? "Importerer …" : "Importer"}
        </button>
      </Form>

      <h2>Sådan skal filen se ud</h2>
      <p>
        <a href="/jobsogere/eksempel.csv" download>Hent en eksempelfil</a> og udfyld den. Første linje er kolonnenavnene; rækkefølgen er fri, og store og små bogstaver er lige meget.
        Semikolon (som dansk Excel gemmer) og komma virker begge som skilletegn. Lister adskilles med lodret streg, fx <code>Lagerarbejder|Truckfører</code>.
      </p>
      <p>
        Hver import erstatter alle oplysninger om de jobsøgere, der står i filen. Rækkerne, der er i orden, importeres samlet; de rækker,
        der skal rettes, vises med linjenummer og årsag, så du kan rette dem og uploade filen igen.
      </p>
      <ScrollBox label="Kolonner i filen">
        <table className="table table--zebra">
          <caption>Kolonner i filen</caption>
          <thead>
            <tr>
              <th scope="col">Kolonne</th>
              <th scope="col">Skal udfyldes</th>
              <th scope="col">Indhold</th>
            </tr>
          </thead>
          <tbody>
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
          </tbody>
        </table>
      </ScrollBox>
    </>
  );
}
