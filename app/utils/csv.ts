// A small CSV reader and writer (RFC 4180) for imports from spreadsheets. Danish Excel writes ";" as the
// delimiter, most other tools ",": the header line decides. Shared by server code and tests; no I/O.

export type CsvDelimiter = ";" | ",";

export type CsvRow = {
  /** 1-based line in the file where the record starts (a quoted field may span several lines). */
  line: number;
  fields: string[];
};

export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
    this.name = "CsvSyntaxError";
  }
}

const BOM = "\uFEFF";

/** The delimiter of the header line: the one of ";" and "," that occurs more often outside quotes. */
export function detectDelimiter(text: string): CsvDelimiter {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const ch of text.startsWith(BOM) ? text.slice(1) : text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) break;
    else if (!quoted && ch === ";") semicolons++;
    else if (!quoted && ch === ",") commas++;
  }
  return semicolons >= commas && semicolons > 0 ? ";" : ",";
}

/**
 * Reads every record of the text. Empty lines are skipped (spreadsheets often end with some); CRLF inside
 * a quoted field becomes "\n". Throws CsvSyntaxError for a quote that never closes or text after a
 * closing quote, since the rest of the file cannot be trusted then.
 */
export function parseCsv(input: string, delimiter: CsvDelimiter = detectDelimiter(input)): { delimiter: CsvDelimiter; rows: CsvRow[] } {
  const text = input.startsWith(BOM) ? input.slice(1) : input;
  const rows: CsvRow[] = [];
  let fields: string[] = [];
  let field = "";
  let line = 1; // the line the reader is on
  let recordLine = 1; // the line the current record started on
  let i = 0;

  const endRecord = () => {
    fields.push(field);
    // A record that is one empty field is a blank line.
    if (!(fields.length === 1 && fields[0] === "")) rows.push({ line: recordLine, fields });
    fields = [];
    field = "";
  };

  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '"' && field === "") {
      // A quoted field: runs to the next quote that is not doubled.
      const startLine = line;
      i++;
      let closed = false;
      while (i < text.length) {
        const c = text[i]!;
        if (c === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          closed = true;
          i++;
          break;
        }
        if (c === "\r" || c === "\n") {
          field += "\n";
          line++;
          i += c === "\r" && text[i + 1] === "\n" ? 2 : 1;
          continue;
        }
        field += c;
        i++;
      }
      if (!closed) throw new CsvSyntaxError(startLine, `Et felt i anførselstegn på linje ${startLine} slutter aldrig.`);
      const next = text[i];
      if (next !== undefined && next !== delimiter && next !== "\r" && next !== "\n") {
        throw new CsvSyntaxError(line, `Linje ${line}: der står tekst efter et felt i anførselstegn. Anførselstegn inde i et felt skal skrives dobbelt ("").`);
      }
      continue;
    }
    if (ch === delimiter) {
      fields.push(field);
      field = "";
      i++;
      continue;
    }
    if (ch === "\r" || ch === "\n") {
      endRecord();
      line++;
      i += ch === "\r" && text[i + 1] === "\n" ? 2 : 1;
      recordLine = line;
      continue;
    }
    // A quote inside an unquoted field (5" skærm) is kept as it is.
    field += ch;
    i++;
  }
  if (field !== "" || fields.length > 0) endRecord();
  return { delimiter, rows };
}

/** One CSV text from rows; fields are quoted only when they need it. CRLF line ends, as Excel expects. */
export function formatCsv(rows: string[][], delimiter: CsvDelimiter = ";"): string {
  const quote = (value: string) =>
    value.includes(delimiter) || value.includes('"') || value.includes("\n") || value.includes("\r") || value.trim() !== value
      ? `"${value.replace(/"/g, '""')}"`
      : value;
  return rows.map((row) => row.map(quote).join(delimiter)).join("\r\n") + "\r\n";
}
