import { describe, expect, it } from "vitest";
import { CsvSyntaxError, detectDelimiter, formatCsv, parseCsv } from "~/utils/csv";

/** The fields of every record, without line numbers. */
function fieldsOf(text: string) {
  return parseCsv(text).rows.map((r) => r.fields);
}

/** The CsvSyntaxError parseCsv throws for the text (fails the test if it does not throw one). */
function syntaxErrorOf(text: string): CsvSyntaxError {
  try {
    parseCsv(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) return error;
    throw error;
  }
  throw new Error("expected a CsvSyntaxError");
}

describe("detectDelimiter", () => {
  it("picks the semicolon Danish Excel writes", () => {
    expect(detectDelimiter("reference;navn;postnummer\r\nSAG-1;Mette;4900\r\n")).toBe(";");
  });

  it("picks the comma other tools write", () => {
    expect(detectDelimiter("reference,navn,postnummer\nSAG-1,Mette,4900\n")).toBe(",");
  });

  it("decides by the header line only, not by the rows below it", () => {
    expect(detectDelimiter("reference;navn\nSAG-1,2,3,4,5;Mette, Hansen, Jensen\n")).toBe(";");
    expect(detectDelimiter("reference,navn\na;b;c;d;e,f\n")).toBe(",");
  });

  it("does not count commas inside quoted header cells", () => {
    expect(detectDelimiter('"navn, fulde";"timer, pr, uge";reference\n')).toBe(";");
    expect(detectDelimiter('"a;b;c;d",navn,reference\n')).toBe(",");
  });

  it("ignores a byte order mark and falls back to a comma for a single column", () => {
    expect(detectDelimiter("\uFEFFreference;navn\n")).toBe(";");
    expect(detectDelimiter("reference\nSAG-1\n")).toBe(",");
    expect(detectDelimiter("")).toBe(",");
  });
});

describe("parseCsv", () => {
  it("reads semicolon and comma files and says which delimiter it used", () => {
    expect(parseCsv("a;b;c\n1;2;3\n")).toEqual({
      delimiter: ";",
      rows: [
        { line: 1, fields: ["a", "b", "c"] },
        { line: 2, fields: ["1", "2", "3"] },
      ],
    });
    expect(parseCsv("a,b\n1,2\n")).toEqual({
      delimiter: ",",
      rows: [
        { line: 1, fields: ["a", "b"] },
        { line: 2, fields: ["1", "2"] },
      ],
    });
  });

  it("uses the delimiter it is given instead of guessing", () => {
    expect(parseCsv("a,b;c\n", ";").rows[0]!.fields).toEqual(["a,b", "c"]);
  });

  it("drops the byte order mark so the first column name is clean", () => {
    const { rows } = parseCsv("\uFEFFreference;navn\r\nSAG-1;Mette\r\n");
    expect(rows[0]!.fields).toEqual(["reference", "navn"]);
  });

  it("keeps a delimiter inside a quoted field", () => {
    expect(fieldsOf('navn;cv\nMette;"Lager; truck og WMS"\n')).toEqual([
      ["navn", "cv"],
      ["Mette", "Lager; truck og WMS"],
    ]);
    expect(fieldsOf('navn,cv\nMette,"Lager, truck og WMS"\n')[1]).toEqual(["Mette", "Lager, truck og WMS"]);
  });

  it("reads doubled quotes inside a quoted field as one quote", () => {
    expect(fieldsOf('a;b\n"Erfaring med ""e-conomic""";x\n')[1]).toEqual(['Erfaring med "e-conomic"', "x"]);
    expect(fieldsOf('a;b\n"""";""\n')[1]).toEqual(['"', ""]);
  });

  it("keeps a newline inside a quoted field and numbers the record by the line it starts on", () => {
    const { rows } = parseCsv('a;b\n1;"første linje\nanden linje\ntredje linje"\n2;x\n');
    expect(rows).toEqual([
      { line: 1, fields: ["a", "b"] },
      { line: 2, fields: ["1", "første linje\nanden linje\ntredje linje"] },
      { line: 5, fields: ["2", "x"] },
    ]);
  });

  it("turns CRLF inside a quoted field into a plain newline", () => {
    const { rows } = parseCsv('a;b\r\n1;"x\r\ny"\r\n2;z\r\n');
    expect(rows[1]).toEqual({ line: 2, fields: ["1", "x\ny"] });
    expect(rows[2]).toEqual({ line: 4, fields: ["2", "z"] });
  });

  it("reads CRLF, LF and old Mac CR line ends alike", () => {
    const expected = [
      ["a", "b"],
      ["1", "2"],
      ["3", "4"],
    ];
    expect(fieldsOf("a;b\r\n1;2\r\n3;4\r\n")).toEqual(expected);
    expect(fieldsOf("a;b\n1;2\n3;4\n")).toEqual(expected);
    expect(fieldsOf("a;b\r1;2\r3;4\r")).toEqual(expected);
    expect(fieldsOf("a;b\r\n1;2\n3;4")).toEqual(expected);
  });

  it("reads the last record even without a final line end", () => {
    expect(parseCsv("a;b\n1;2").rows).toEqual([
      { line: 1, fields: ["a", "b"] },
      { line: 2, fields: ["1", "2"] },
    ]);
    expect(fieldsOf('a;b\n1;""')[1]).toEqual(["1", ""]);
  });

  it("skips blank lines but keeps counting them for line numbers", () => {
    const { rows } = parseCsv("a;b\r\n\r\n1;2\r\n\r\n\r\n3;4\r\n\r\n");
    expect(rows).toEqual([
      { line: 1, fields: ["a", "b"] },
      { line: 3, fields: ["1", "2"] },
      { line: 6, fields: ["3", "4"] },
    ]);
  });

  it("keeps empty fields, including a trailing one", () => {
    expect(fieldsOf("a;b;c\n;;\n1;;\n")).toEqual([
      ["a", "b", "c"],
      ["", "", ""],
      ["1", "", ""],
    ]);
  });

  it("reads nothing from an empty text or a byte order mark alone", () => {
    expect(parseCsv("").rows).toEqual([]);
    expect(parseCsv("\uFEFF").rows).toEqual([]);
    expect(parseCsv("\r\n\n").rows).toEqual([]);
  });

  it("rejects a quote that never closes and names the line the field started on", () => {
    const error = syntaxErrorOf('a;b\n1;2\n3;"åben\nog aldrig lukket\n');
    expect(error.line).toBe(3);
    expect(error.message).toBe("Et felt i anførselstegn på linje 3 slutter aldrig.");
    expect(error.name).toBe("CsvSyntaxError");
  });

  it("rejects text after a closing quote and explains that quotes are doubled", () => {
    const error = syntaxErrorOf('a;b\n1;"5" skærm";x\n');
    expect(error.line).toBe(2);
    expect(error.message).toContain("Linje 2");
    expect(error.message).toContain('("")');
  });

  it("names the line the stray text is on when the quoted field spanned lines", () => {
    expect(syntaxErrorOf('a;b\n1;"to\nlinjer"x\n').line).toBe(3);
  });

  it("keeps a stray quote inside an unquoted field as it is", () => {
    expect(fieldsOf('a;b\n5" skærm;Mettes "kælenavn"\n')[1]).toEqual(['5" skærm', 'Mettes "kælenavn"']);
  });

  it("keeps spaces around unquoted fields", () => {
    expect(fieldsOf("a;b\n  Mette ; 4900\n")[1]).toEqual(["  Mette ", " 4900"]);
  });
});

describe("formatCsv", () => {
  it("quotes only the fields that need it and ends every line with CRLF", () => {
    expect(formatCsv([["a", "b"], ["1", "x;y"]])).toBe('a;b\r\n1;"x;y"\r\n');
    expect(formatCsv([["a", "b"], ["1", 'sagde "hej"']])).toBe('a;b\r\n1;"sagde ""hej"""\r\n');
    expect(formatCsv([["a", "b"], [" x", "y "]])).toBe('a;b\r\n" x";"y "\r\n');
    expect(formatCsv([["a,b", "c;d"]], ",")).toBe('"a,b",c;d\r\n');
  });

  it("gives back exactly the fields it was given when read again", () => {
    const rows = [
      ["reference", "navn", "cv", "noter"],
      ["SAG-1", "Mette; Jensen", 'Erfaring med "e-conomic" og ""WMS""', "første\nanden\ntredje"],
      ["SAG-2", "  mellemrum før og efter  ", "", '"'],
      ["SAG-3", "komma, her", "æøå ÆØÅ – €", "slut;"],
    ];
    for (const delimiter of [";", ","] as const) {
      const text = formatCsv(rows, delimiter);
      const parsed = parseCsv(text);
      expect(parsed.delimiter).toBe(delimiter);
      expect(parsed.rows.map((r) => r.fields)).toEqual(rows);
      // The multi-line field pushes the next record's line number on.
      expect(parsed.rows.map((r) => r.line)).toEqual([1, 2, 5, 6]);
    }
  });

  it("writes CR and CRLF inside a field quoted, and they read back as a newline", () => {
    const text = formatCsv([["a"], ["x\r\ny"], ["p\rq"]]);
    expect(text).toBe('a\r\n"x\r\ny"\r\n"p\rq"\r\n');
    expect(fieldsOf(text)).toEqual([["a"], ["x\ny"], ["p\nq"]]);
  });
});
