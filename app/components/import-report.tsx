// What an import page shows: the file field, and after an upload what became of the file (applied, with the
// rejected lines to fix; or refused as a whole, with why). Shared by every CSV import of the portal.
import { Form, Link, useNavigation } from "@remix-run/react";
import type { ReactNode } from "react";
import { CsrfInput } from "~/components/csrf-input";
import { Alert, FieldError, formGroupClass } from "~/components/forms";
import { ScrollBox } from "~/components/scroll-box";
import { IMPORT_FILE_FIELD, type ImportReport } from "~/utils/csv-import";

type Rejected = Array<{ line: number; reasons: string[] }>;

export type ImportActionData =
  | { status: "error"; error: string }
  | { status: "applied"; fileName: string; summary: string; warnings: string[]; rejectedCount: number; rejected: Rejected }
  | { status: "rejected"; fileName: string; problems: string[]; warnings: string[]; acceptedCount: number; rejectedCount: number; rejected: Rejected };

/** The action's answer for a checked file: `summary` says what was written when it was applied. */
export function importActionData(fileName: string, result: { applied: boolean; report: ImportReport<unknown> }, summary: string): ImportActionData {
  const { report } = result;
  if (result.applied) {
    return { status: "applied", fileName, summary, warnings: report.warnings, rejectedCount: report.rejected.length, rejected: report.rejected };
  }
  return {
    status: "rejected",
    fileName,
    problems: report.problems,
    warnings: report.warnings,
    acceptedCount: report.accepted.length,
    rejectedCount: report.rejected.length,
    rejected: report.rejected,
  };
}

export function count(n: number, one: string, many: string): string {
  return `${n.toLocaleString("da-DK")} ${n === 1 ? one : many}`;
}

function RejectedRows({ rows }: { rows: Rejected }) {
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

/** What became of the file. `listLink` leads to what was imported; `reimport` says how a second upload of the file is read. */
export function ImportReportView({ data, listLink, reimport }: { data: ImportActionData; listLink: { to: string; label: string }; reimport: string }) {
  if (data.status === "error") return null;
  if (data.status === "applied") {
    return (
      <>
        {data.rejectedCount === 0 ? (
          <Alert kind="success" heading={`${data.fileName} er importeret`}>
            <p>{data.summary}</p>
            <p><Link to={listLink.to}>{listLink.label}</Link></p>
          </Alert>
        ) : (
          <Alert kind="warning" heading={`${data.fileName} er importeret – men ${count(data.rejectedCount, "række er afvist", "rækker er afvist")}`}>
            <p>{data.summary}</p>
            <p>De afviste rækker står herunder. Ret dem, og upload filen igen: {reimport}</p>
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

/** The upload form: one CSV file field with its hint and the upload's own error. */
export function ImportFileForm({ data, label, hint }: { data: ImportActionData | undefined; label: string; hint: ReactNode }) {
  const navigation = useNavigation();
  const busy = navigation.state === "submitting";
  const fileError = data?.status === "error" ? [data.error] : null;
  const field = IMPORT_FILE_FIELD;
  return (
    <Form method="post" encType="multipart/form-data" className="mt-6 mb-8">
      <CsrfInput />
      <div className={formGroupClass(fileError)}>
        <label className="form-label" htmlFor={field}>{label}</label>
        <span className="form-hint" id={`${field}-hint`}>{hint}</span>
        <FieldError id={`${field}-error`} errors={fileError} />
        <input
          className="form-file-input"
          type="file"
          id={field}
          name={field}
          accept=".csv,text/csv"
          required
          aria-describedby={fileError ? `${field}-error ${field}-hint` : `${field}-hint`}
        />
      </div>
      <button type="submit" className="button button-primary" disabled={busy}>
        {busy ? "Importerer …" : "Importer"}
      </button>
    </Form>
  );
}

/** The table of the file's columns on an import page; the rows (column, required, content) come as children. */
export function ImportColumns({ children }: { children: ReactNode }) {
  return (
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
        <tbody>{children}</tbody>
      </table>
    </ScrollBox>
  );
}
