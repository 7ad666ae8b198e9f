// One table of figures as the dashboard, the drill-down and the committee report show it: a caption, a
// header row, the first cell of each row as its header, numbers that open the orders behind them, a note,
// and the same table as CSV and XLSX.
import { Link } from "@remix-run/react";
import type { Cell, FigureTable as Table } from "~/models/kpi/dashboard.server";
import { ScrollBox } from "~/components/scroll-box";

export function FigureTable({ table, exportHref }: { table: Table; exportHref?: (format: "csv" | "xlsx") => string }) {
  const noteId = table.note ? `${table.id}-note` : undefined;
  return (
    <div className="mb-6">
      <ScrollBox label={table.caption}>
        <table className="table table--zebra" aria-describedby={noteId}>
          <caption>{table.caption}</caption>
          <thead>
            <tr>
              {table.head.map((h) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.length === 0 ? (
              <tr>
                <td colSpan={table.head.length}>Ingen jobordrer i perioden.</td>
              </tr>
            ) : (
              table.rows.map((row, i) => (
                <tr key={`${table.id}-${i}`}>
                  {row.map((cell, j) => (j === 0 ? <th key={j} scope="row"><CellContent cell={cell} /></th> : <td key={j}><CellContent cell={cell} /></td>))}
                </tr>
              ))
            )}
          </tbody>
        </table>
      </ScrollBox>
      {table.note ? (
        <p className="form-hint" id={noteId}>
          {table.note}
        </p>
      ) : null}
      {exportHref ? (
        <p>
          <a href={exportHref("csv")} download>
            Hent tabellen som CSV<span className="sr-only">: {table.caption}</span>
          </a>
          {" · "}
          <a href={exportHref("xlsx")} download>
            Hent tabellen som Excel (XLSX)<span className="sr-only">: {table.caption}</span>
          </a>
        </p>
      ) : null}
    </div>
  );
}

function CellContent({ cell }: { cell: Cell }) {
  return cell.href ? <Link to={cell.href}>{cell.text}</Link> : <>{cell.text}</>;
}
