// The jobseeker CSV import as a consultant meets it: the file is read, every row checked, and the report
// says per line what is wrong in Danish. No database here: parseJobseekerCsv and decodeCsvUpload are pure.
import { describe, expect, it } from "vitest";
import {
  decodeCsvUpload,
  exampleJobseekerCsv,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_ROWS,
  MAX_REJECTED_ROWS,
  parseJobseekerCsv,
  tooLargeMessage,
  type ImportReport,
} from "~/models/jobseeker/import.server";
import {
  BENEFIT_GROUP_CSV_VALUES,
  JOBSEEKER_COLUMNS,
  JOBSEEKER_LIMITS,
  JOBSEEKER_MESSAGES as M,
  jobseekerImportRowSchema,
  REQUIRED_JOBSEEKER_COLUMNS,
  splitList,
  type JobseekerColumn,
} from "~/schemas/jobseeker";
import { formatCsv } from "~/utils/csv";

type Cells = Partial<Record<JobseekerColumn, string>>;

/** A row every check accepts: only the required columns filled. */
const VALID: Cells = {
  reference: "SAG-1",
  navn: "Mette Jensen",
  postnummer: "4900",
  maks_km: "25",
  timer_pr_uge: "37",
  ydelse: "a-dagpenge",
  stillinger: "Lagerarbejder",
};

/** A CSV file (semicolons, CRLF, as Danish Excel saves it) with the given header and rows. */
function csvFile(rows: Cells[], columns: readonly string[] = JOBSEEKER_COLUMNS): string {
  return formatCsv([[...columns], ...rows.map((r) => columns.map((c) => r[c as JobseekerColumn] ?? ""))]);
}

/** The report for a file whose only jobseeker is VALID with these cells changed. */
function reportForRow(overrides: Cells): ImportReport {
  return parseJobseekerCsv(csvFile([{ ...VALID, ...overrides }]));
}

/** Why the single row was rejected (fails the test if it was accepted). */
function reasonsForRow(overrides: Cells): string[] {
  const report = reportForRow(overrides);
  expect(report.problems).toEqual([]);
  expect(report.accepted).toEqual([]);
  expect(report.rejected).toHaveLength(1);
  expect(report.rejected[0]!.line).toBe(2);
  return report.rejected[0]!.reasons;
}

/** The checked row (fails the test if it was rejected). */
function acceptedRow(overrides: Cells) {
  const report = reportForRow(overrides);
  expect(report.problems).toEqual([]);
  expect(report.rejected).toEqual([]);
  expect(report.accepted).toHaveLength(1);
  return report.accepted[0]!.row;
}

describe("the example file", () => {
  it("is accepted in full, with lists split, licences normalised and consent read", () => {
    const report = parseJobseekerCsv(exampleJobseekerCsv());
    expect(report.problems).toEqual([]);
    expect(report.warnings).toEqual([]);
    expect(report.rejected).toEqual([]);
    expect(report.accepted).toEqual([
      {
        line: 2,
        row: {
          externalRef: "SAG-10234",
          name: "Mette Eksempel Jensen",
          email: "mette.jensen@mail.example",
          phone: "20304050",
          postcode: "4900",
          maxTravelKm: 25,
          hoursPerWeek: 37,
          benefitGroup: "UNEMPLOYMENT_BENEFIT",
          occupations: ["Lagerarbejder", "Truckfører"],
          skills: ["Plukning", "Lagerstyring"],
          certificates: ["Truckcertifikat (B)"],
          drivingLicences: ["B"],
          languages: ["dansk", "engelsk"],
          cvSummary: "Erfaren lagermedarbejder med 8 års erfaring fra distributionscenter; vant til scanner og WMS.",
          contactConsent: true,
        },
      },
      {
        line: 3,
        row: {
          externalRef: "SAG-10235",
          name: "Ahmad Eksempel",
          email: null,
          phone: null,
          postcode: "4930",
          maxTravelKm: 15,
          hoursPerWeek: 25,
          benefitGroup: "IGU_ELIGIBLE_REFUGEE",
          occupations: ["Køkkenmedhjælper"],
          skills: ["Opvask", "Grøntsagsforarbejdning"],
          certificates: ["Hygiejnebevis"],
          drivingLicences: [],
          languages: ["arabisk", "dansk", "engelsk"],
          cvSummary: "Har arbejdet i restaurantkøkken i 3 år.\nTaler dansk på hverdagsniveau og går på sprogskole.",
          contactConsent: true,
        },
      },
      {
        // Ahmad's CV spans lines 3 and 4.
        line: 5,
        row: {
          externalRef: "SAG-10236",
          name: "Lone Eksempel Hansen",
          email: "lone.hansen@mail.example",
          phone: null,
          postcode: "4990",
          maxTravelKm: 40,
          hoursPerWeek: 15,
          benefitGroup: "FLEX_JOB_ELIGIBLE",
          occupations: ["Kontorassistent"],
          skills: ["Bogføring", "Kundeservice"],
          certificates: [],
          drivingLicences: ["B"],
          languages: ["dansk"],
          cvSummary: 'Visiteret til fleksjob, 15 timer om ugen. Erfaring med "e-conomic" og telefonpasning.',
          contactConsent: false,
        },
      },
    ]);
  });

  it("is saved the way Danish Excel opens it: UTF-8 with BOM, semicolons, every column", () => {
    const text = exampleJobseekerCsv();
    expect(text.startsWith("\uFEFF")).toBe(true);
    expect(text.slice(1).split("\r\n")[0]).toBe(JOBSEEKER_COLUMNS.join(";"));
  });

  it("reads the same after an upload as UTF-8 bytes", () => {
    const decoded = decodeCsvUpload(new TextEncoder().encode(exampleJobseekerCsv()));
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(parseJobseekerCsv(decoded.text)).toEqual(parseJobseekerCsv(exampleJobseekerCsv()));
  });
});

describe("the header line", () => {
  it("may have the columns in any order, in any case, with spaces or hyphens and with ø", () => {
    const header = ["Stillinger", "NAVN", " Reference ", "Maks km", "Timer-pr-uge", "Ydelse", "Postnummer", "Kørekort", "KONTAKT OK", "E-mail"];
    const text = formatCsv([header, ["Truckfører|Lagerarbejder", "Ali Hansen", "SAG-7", "30", "20", "dagpenge", "4930", "B|CE", "ja", "ali@mail.dk"]]);
    const report = parseJobseekerCsv(text);
    expect(report.problems).toEqual([]);
    // "E-mail" becomes e_mail, which is not the email column.
    expect(report.warnings).toEqual(["Kolonnen »E-mail« kendes ikke og bliver ikke læst."]);
    expect(report.accepted).toEqual([
      {
        line: 2,
        row: expect.objectContaining({
          externalRef: "SAG-7",
          name: "Ali Hansen",
          email: null,
          postcode: "4930",
          maxTravelKm: 30,
          hoursPerWeek: 20,
          benefitGroup: "UNEMPLOYMENT_BENEFIT",
          occupations: ["Truckfører", "Lagerarbejder"],
          drivingLicences: ["B", "CE"],
          contactConsent: true,
        }),
      },
    ]);
  });

  it("reads a comma-separated file as well as a semicolon-separated one", () => {
    const text = formatCsv([[...REQUIRED_JOBSEEKER_COLUMNS], REQUIRED_JOBSEEKER_COLUMNS.map((c) => VALID[c]!)], ",");
    expect(text).toContain("reference,navn,");
    const report = parseJobseekerCsv(text);
    expect(report.problems).toEqual([]);
    expect(report.accepted.map((a) => a.row.externalRef)).toEqual(["SAG-1"]);
  });

  it("accepts a file with only the required columns and leaves the others empty", () => {
    const row = parseJobseekerCsv(csvFile([VALID], REQUIRED_JOBSEEKER_COLUMNS)).accepted[0]!.row;
    expect(row).toEqual({
      externalRef: "SAG-1",
      name: "Mette Jensen",
      email: null,
      phone: null,
      postcode: "4900",
      maxTravelKm: 25,
      hoursPerWeek: 37,
      benefitGroup: "UNEMPLOYMENT_BENEFIT",
      occupations: ["Lagerarbejder"],
      skills: [],
      certificates: [],
      drivingLicences: [],
      languages: [],
      cvSummary: "",
      contactConsent: false,
    });
  });

  it("names every missing required column and checks no rows", () => {
    const columns = REQUIRED_JOBSEEKER_COLUMNS.filter((c) => c !== "postnummer" && c !== "ydelse");
    const report = parseJobseekerCsv(csvFile([VALID], columns));
    expect(report.problems).toEqual([
      "Kolonnerne »postnummer«, »ydelse« mangler i overskriftslinjen (linje 1). Tjek stavningen, og at filen er gemt som CSV.",
    ]);
    expect(report.accepted).toEqual([]);
    expect(report.rejected).toEqual([]);
  });

  it("names a single missing column in the singular", () => {
    const columns = REQUIRED_JOBSEEKER_COLUMNS.filter((c) => c !== "stillinger");
    expect(parseJobseekerCsv(csvFile([VALID], columns)).problems).toEqual([
      "Kolonnen »stillinger« mangler i overskriftslinjen (linje 1). Tjek stavningen, og at filen er gemt som CSV.",
    ]);
  });

  it("says every required column is missing when the file is not a jobseeker file at all", () => {
    const report = parseJobseekerCsv("Fornavn;Efternavn\nMette;Jensen\n");
    expect(report.problems).toHaveLength(1);
    for (const column of REQUIRED_JOBSEEKER_COLUMNS) expect(report.problems[0]).toContain(`»${column}«`);
    expect(report.warnings).toEqual(["Kolonnerne »Fornavn«, »Efternavn« kendes ikke og bliver ikke læst."]);
  });

  it("warns about unknown columns and ignores what is in them", () => {
    const columns = [...REQUIRED_JOBSEEKER_COLUMNS, "Bemærkning", "CPR"];
    const text = formatCsv([columns, [...REQUIRED_JOBSEEKER_COLUMNS.map((c) => VALID[c]!), "ring efter kl. 10", "010190-1234"]]);
    const report = parseJobseekerCsv(text);
    expect(report.problems).toEqual([]);
    expect(report.warnings).toEqual(["Kolonnerne »Bemærkning«, »CPR« kendes ikke og bliver ikke læst."]);
    expect(report.rejected).toEqual([]);
    expect(report.accepted).toHaveLength(1);
    expect(JSON.stringify(report.accepted[0]!.row)).not.toContain("010190");
  });

  it("ignores empty header cells, as spreadsheets leave them after the last column", () => {
    const text = formatCsv([[...REQUIRED_JOBSEEKER_COLUMNS, "", ""], [...REQUIRED_JOBSEEKER_COLUMNS.map((c) => VALID[c]!), "", ""]]);
    const report = parseJobseekerCsv(text);
    expect(report.warnings).toEqual([]);
    expect(report.accepted).toHaveLength(1);
  });

  it("stops on a column that appears twice, even spelled differently", () => {
    const report = parseJobseekerCsv(csvFile([VALID], [...REQUIRED_JOBSEEKER_COLUMNS, "korekort", "Kørekort"]));
    expect(report.problems).toEqual(["Kolonnen »korekort« står flere gange i overskriftslinjen. Slet den ene."]);
    expect(report.accepted).toEqual([]);
  });
});

describe("files that cannot be imported at all", () => {
  it("says an empty file is empty", () => {
    for (const text of ["", "\uFEFF", "\r\n\r\n", "\n"]) {
      expect(parseJobseekerCsv(text)).toEqual({
        accepted: [],
        rejected: [],
        problems: ["Filen er tom. Den skal have en overskriftslinje med kolonnenavne og mindst én jobsøger."],
        warnings: [],
      });
    }
  });

  it("says a file with only the header line has no jobseekers", () => {
    const headerOnly = csvFile([]);
    const withEmptySpreadsheetRows = headerOnly + ";".repeat(JOBSEEKER_COLUMNS.length - 1) + "\r\n" + " ; ;  \r\n";
    for (const text of [headerOnly, withEmptySpreadsheetRows]) {
      const report = parseJobseekerCsv(text);
      expect(report.problems).toEqual(["Filen har ingen jobsøgere – kun overskriftslinjen."]);
      expect(report.accepted).toEqual([]);
    }
  });

  it("refuses more rows than can be imported at once and says how many there are", () => {
    const header = REQUIRED_JOBSEEKER_COLUMNS.join(";");
    const row = REQUIRED_JOBSEEKER_COLUMNS.map((c) => VALID[c]).join(";");
    const text = header + "\n" + `${row}\n`.repeat(MAX_IMPORT_ROWS + 1);
    const report = parseJobseekerCsv(text);
    expect(report.problems).toEqual([
      `Filen har ${(MAX_IMPORT_ROWS + 1).toLocaleString("da-DK")} jobsøgere. Der kan højst importeres ${MAX_IMPORT_ROWS.toLocaleString("da-DK")} ad gangen – del filen op.`,
    ]);
    expect(report.problems[0]).toContain("20.001");
    // Nothing is checked row by row: not even the duplicate references.
    expect(report.accepted).toEqual([]);
    expect(report.rejected).toEqual([]);
  });

  it("reads a file no further than its first wrong rows and refuses it as a whole", () => {
    const wrong = Array.from({ length: 10_000 }, (_, i) => ({ ...VALID, reference: `SAG-${i}`, postnummer: "ukendt" }));
    const report = parseJobseekerCsv(csvFile([VALID, ...wrong]));
    expect(report.rejected).toHaveLength(MAX_REJECTED_ROWS);
    expect(report.rejected.at(-1)!.line).toBe(MAX_REJECTED_ROWS + 2);
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0]).toContain(`linje ${MAX_REJECTED_ROWS + 3}`);
  });

  it("applies a file with fewer wrong rows than that", () => {
    const wrong = Array.from({ length: MAX_REJECTED_ROWS - 1 }, (_, i) => ({ ...VALID, reference: `SAG-${i}`, postnummer: "ukendt" }));
    const report = parseJobseekerCsv(csvFile([{ ...VALID, reference: "SAG-OK" }, ...wrong]));
    expect(report.problems).toEqual([]);
    expect(report.accepted).toHaveLength(1);
    expect(report.rejected).toHaveLength(MAX_REJECTED_ROWS - 1);
  });

  it("says where the quoting breaks instead of guessing at the rest of the file", () => {
    const text = csvFile([VALID]) + 'SAG-2;"Lone Hansen\r\n4900;25;37;dagpenge;Kok\r\n';
    const report = parseJobseekerCsv(text);
    expect(report.problems).toEqual(["Filen kan ikke læses: Et felt i anførselstegn på linje 3 slutter aldrig."]);
    expect(report.accepted).toEqual([]);
  });
});

describe("a row with a bad cell is rejected with its line and a specific reason", () => {
  it("asks for the reference when it is missing", () => {
    expect(reasonsForRow({ reference: "" })).toEqual([`reference: ${M.referenceRequired}`]);
    expect(reasonsForRow({ reference: "   " })).toEqual([`reference: ${M.referenceRequired}`]);
  });

  it("rejects a reference that looks like a CPR number and says why", () => {
    for (const cpr of ["010190-1234", "0101901234", "311299 1234", " 150565-4321 "]) {
      expect(reasonsForRow({ reference: cpr })).toEqual([`reference: ${M.referenceCpr}`]);
    }
  });

  it("accepts case numbers and other references that are not CPR numbers", () => {
    for (const reference of ["SAG-10234", "2024-001234", "12345678", "1234567890", "320190-1234", "011390-1234", "J.nr. 2024/17"]) {
      expect(acceptedRow({ reference }).externalRef).toBe(reference);
    }
  });

  it("rejects a reference longer than the limit", () => {
    expect(reasonsForRow({ reference: "R".repeat(JOBSEEKER_LIMITS.externalRef + 1) })).toEqual([`reference: ${M.referenceTooLong}`]);
    expect(acceptedRow({ reference: "R".repeat(JOBSEEKER_LIMITS.externalRef) }).externalRef).toHaveLength(JOBSEEKER_LIMITS.externalRef);
  });

  it("asks for the name, and tidies the spaces in it", () => {
    expect(reasonsForRow({ navn: "" })).toEqual([`navn: ${M.nameRequired}`]);
    expect(reasonsForRow({ navn: "N".repeat(JOBSEEKER_LIMITS.name + 1) })).toEqual([`navn: ${M.nameTooLong}`]);
    expect(acceptedRow({ navn: "  Mette   Eksempel\tJensen " }).name).toBe("Mette Eksempel Jensen");
  });

  it("rejects an email address that is not one, and lower-cases a good one", () => {
    for (const email of ["mette@", "mette.mail.dk", "mette@mail", "mette jensen@mail.dk"]) {
      expect(reasonsForRow({ email })).toEqual([`email: ${M.emailFormat}`]);
    }
    expect(acceptedRow({ email: " Mette.Jensen@Mail.DK " }).email).toBe("mette.jensen@mail.dk");
    expect(acceptedRow({ email: "" }).email).toBeNull();
  });

  it("rejects a phone number that is not a Danish one of 8 digits, and normalises a good one", () => {
    for (const telefon of ["2030405", "203040506", "+46 20 30 40 50", "tlf. 20304050"]) {
      expect(reasonsForRow({ telefon })).toEqual([`telefon: ${M.phoneFormat}`]);
    }
    for (const telefon of ["20 30 40 50", "+45 20 30 40 50", "0045 20304050", "20-30-40-50"]) {
      expect(acceptedRow({ telefon }).phone).toBe("20304050");
    }
  });

  it("rejects a postcode that is not 4 digits and asks for a missing one", () => {
    for (const postnummer of ["49000", "490", "DK-4900", "49 00"]) {
      expect(reasonsForRow({ postnummer })).toEqual([`postnummer: ${M.postcodeFormat}`]);
    }
    expect(reasonsForRow({ postnummer: "" })).toEqual([`postnummer: ${M.postcodeRequired}`]);
  });

  it("rejects maks_km out of range or written in words", () => {
    for (const maks_km of ["201", "-1", "ca. 20", "20 km", "12,5", "12345"]) {
      expect(reasonsForRow({ maks_km })).toEqual([`maks_km: ${M.maxTravelKmRange}`]);
    }
    expect(reasonsForRow({ maks_km: "" })).toEqual([`maks_km: ${M.maxTravelKmRequired}`]);
    expect(acceptedRow({ maks_km: "0" }).maxTravelKm).toBe(0);
    expect(acceptedRow({ maks_km: String(JOBSEEKER_LIMITS.maxTravelKm) }).maxTravelKm).toBe(JOBSEEKER_LIMITS.maxTravelKm);
  });

  it("rejects timer_pr_uge of 0, above 48 or with decimals", () => {
    for (const timer_pr_uge of ["0", "49", "37,5", "37.5", "ca. 37"]) {
      expect(reasonsForRow({ timer_pr_uge })).toEqual([`timer_pr_uge: ${M.hoursRange}`]);
    }
    expect(reasonsForRow({ timer_pr_uge: "" })).toEqual([`timer_pr_uge: ${M.hoursRequired}`]);
    expect(acceptedRow({ timer_pr_uge: "1" }).hoursPerWeek).toBe(1);
    expect(acceptedRow({ timer_pr_uge: " 48 " }).hoursPerWeek).toBe(48);
  });

  it("rejects an unknown ydelse and lists the words that work", () => {
    expect(reasonsForRow({ ydelse: "pension" })).toEqual([`ydelse: ${M.benefitUnknown}`]);
    expect(M.benefitUnknown).toContain("a-dagpenge, jobparat kontanthjælp, uddannelseshjælp, ledighedsydelse, igu-flygtning");
    expect(reasonsForRow({ ydelse: "" })).toEqual([`ydelse: ${M.benefitRequired}`]);
  });

  it("knows every benefit word, in any case and spacing, and the enum names too", () => {
    for (const [group, words] of Object.entries(BENEFIT_GROUP_CSV_VALUES)) {
      for (const word of words) expect(acceptedRow({ ydelse: word.toUpperCase() }).benefitGroup).toBe(group);
      expect(acceptedRow({ ydelse: group }).benefitGroup).toBe(group);
    }
    expect(acceptedRow({ ydelse: " Jobparat   kontanthjælp " }).benefitGroup).toBe("JOB_READY_CASH_BENEFIT");
  });

  it("asks for at least one occupation", () => {
    for (const stillinger of ["", " | | "]) {
      expect(reasonsForRow({ stillinger })).toEqual([`stillinger: ${M.occupationsRequired}`]);
    }
  });

  it("splits lists on |, trims them and drops repeats", () => {
    const row = acceptedRow({ stillinger: " Lager | lager|| Truck  fører ", kompetencer: "Plukning|", certifikater: "|", sprog: "Dansk|ENGELSK|dansk" });
    expect(row.occupations).toEqual(["Lager", "Truck fører"]);
    expect(row.skills).toEqual(["Plukning"]);
    expect(row.certificates).toEqual([]);
    expect(row.languages).toEqual(["dansk", "engelsk"]);
    expect(splitList("Æble|æble|ÆBLE|Øl")).toEqual(["Æble", "Øl"]);
  });

  it("rejects a list with too many items or too long an item", () => {
    const tooMany = Array.from({ length: JOBSEEKER_LIMITS.listItems + 1 }, (_, i) => `Kompetence ${i}`).join("|");
    expect(reasonsForRow({ kompetencer: tooMany })).toEqual([`kompetencer: ${M.listTooLong}`]);
    expect(reasonsForRow({ stillinger: `Kok|${"x".repeat(JOBSEEKER_LIMITS.listItem + 1)}` })).toEqual([`stillinger: ${M.listItemTooLong}`]);
  });

  it("reads driving licences however they are written and keeps each once", () => {
    expect(acceptedRow({ korekort: "kørekort B|c/e|C E|b|koerekort D1E| Korekort AM " }).drivingLicences).toEqual(["B", "CE", "D1E", "AM"]);
  });

  it("rejects an unknown licence category and shows what was written", () => {
    expect(reasonsForRow({ korekort: "B|truck" })).toEqual([`korekort: ${M.drivingLicenceUnknown} (står: truck)`]);
    expect(reasonsForRow({ korekort: "B, C" })).toEqual([`korekort: ${M.drivingLicenceUnknown} (står: B, C)`]);
  });

  it("rejects a CV longer than the limit", () => {
    expect(reasonsForRow({ cv: "x".repeat(JOBSEEKER_LIMITS.cv + 1) })).toEqual([`cv: ${M.cvTooLong}`]);
    expect(M.cvTooLong).toBe("CV'et må højst være 4.000 tegn.");
    expect(acceptedRow({ cv: "x".repeat(JOBSEEKER_LIMITS.cv) }).cvSummary).toHaveLength(JOBSEEKER_LIMITS.cv);
  });

  it("reads kontakt_ok as ja or nej, an empty cell as no, and rejects anything else", () => {
    for (const yes of ["ja", "Ja", "JA", "j", "1", "true"]) expect(acceptedRow({ kontakt_ok: yes }).contactConsent).toBe(true);
    for (const no of ["nej", "Nej", "n", "0", "false", ""]) expect(acceptedRow({ kontakt_ok: no }).contactConsent).toBe(false);
    for (const kontakt_ok of ["måske", "yes", "x"]) expect(reasonsForRow({ kontakt_ok })).toEqual([`kontakt_ok: ${M.consentFormat}`]);
  });

  it("lists every problem of a row, each under its column", () => {
    expect(reasonsForRow({ reference: "", email: "nej", postnummer: "49", timer_pr_uge: "60", kontakt_ok: "?" })).toEqual([
      `reference: ${M.referenceRequired}`,
      `email: ${M.emailFormat}`,
      `postnummer: ${M.postcodeFormat}`,
      `timer_pr_uge: ${M.hoursRange}`,
      `kontakt_ok: ${M.consentFormat}`,
    ]);
  });
});

describe("rows in relation to each other and to the file", () => {
  it("rejects a reference used twice (whatever the case) on the later line and names the first", () => {
    const report = parseJobseekerCsv(
      csvFile([
        { ...VALID, reference: "SAG-1" },
        { ...VALID, reference: "SAG-2" },
        { ...VALID, reference: " sag-1 " },
      ]),
    );
    expect(report.accepted.map((a) => [a.line, a.row.externalRef])).toEqual([
      [2, "SAG-1"],
      [3, "SAG-2"],
    ]);
    expect(report.rejected).toEqual([
      { line: 4, reasons: ["reference: Referencen »sag-1« står også på linje 2. Hver jobsøger må kun stå én gang."] },
    ]);
  });

  it("rejects a row with more fields than the header and keeps its other reasons", () => {
    const header = REQUIRED_JOBSEEKER_COLUMNS.join(";");
    const good = REQUIRED_JOBSEEKER_COLUMNS.map((c) => VALID[c]).join(";");
    // A semicolon in an unquoted name pushes every cell one column on.
    const text = `${header}\r\n${good}\r\nSAG-2;Hansen; Lone;4900;25;37;dagpenge;Kok\r\n`;
    const report = parseJobseekerCsv(text);
    expect(report.accepted.map((a) => a.line)).toEqual([2]);
    expect(report.rejected).toHaveLength(1);
    expect(report.rejected[0]!.line).toBe(3);
    expect(report.rejected[0]!.reasons[0]).toBe(
      "Rækken har 8 felter, men overskriftslinjen kun 7. Tjek for et ekstra skilletegn eller et felt, der mangler anførselstegn.",
    );
    expect(report.rejected[0]!.reasons).toContain(`postnummer: ${M.postcodeFormat}`);
  });

  it("accepts empty cells after the last column, as spreadsheets write them", () => {
    const header = REQUIRED_JOBSEEKER_COLUMNS.join(";");
    const good = REQUIRED_JOBSEEKER_COLUMNS.map((c) => VALID[c]).join(";");
    const report = parseJobseekerCsv(`${header}\r\n${good};;; \r\n`);
    expect(report.rejected).toEqual([]);
    expect(report.accepted).toHaveLength(1);
  });

  it("treats the missing cells of a short row as empty", () => {
    const header = REQUIRED_JOBSEEKER_COLUMNS.join(";");
    const report = parseJobseekerCsv(`${header}\r\nSAG-1;Mette Jensen;4900\r\n`);
    expect(report.rejected).toEqual([
      {
        line: 2,
        reasons: [`maks_km: ${M.maxTravelKmRequired}`, `timer_pr_uge: ${M.hoursRequired}`, `ydelse: ${M.benefitRequired}`, `stillinger: ${M.occupationsRequired}`],
      },
    ]);
  });

  it("keeps the line numbers of later rows right after a CV that spans several lines", () => {
    const text = csvFile([
      { ...VALID, reference: "SAG-1", cv: "Linje et\nLinje to\r\nLinje tre" },
      { ...VALID, reference: "SAG-2", email: "forkert" },
      { ...VALID, reference: "SAG-3" },
    ]);
    const report = parseJobseekerCsv(text);
    expect(report.accepted.map((a) => [a.line, a.row.externalRef])).toEqual([
      [2, "SAG-1"],
      [6, "SAG-3"],
    ]);
    expect(report.accepted[0]!.row.cvSummary).toBe("Linje et\nLinje to\nLinje tre");
    expect(report.rejected).toEqual([{ line: 5, reasons: [`email: ${M.emailFormat}`] }]);
  });

  it("ignores spreadsheet rows of only delimiters without shifting line numbers", () => {
    const header = REQUIRED_JOBSEEKER_COLUMNS.join(";");
    const row = (ref: string) => REQUIRED_JOBSEEKER_COLUMNS.map((c) => (c === "reference" ? ref : VALID[c])).join(";");
    const text = [header, row("SAG-1"), ";;;;;;", "", " ; ;  ;", row("SAG-2"), ";;;;;;", row("")].join("\r\n") + "\r\n;;;;;;\r\n";
    const report = parseJobseekerCsv(text);
    expect(report.problems).toEqual([]);
    expect(report.accepted.map((a) => [a.line, a.row.externalRef])).toEqual([
      [2, "SAG-1"],
      [6, "SAG-2"],
    ]);
    expect(report.rejected).toEqual([{ line: 8, reasons: [`reference: ${M.referenceRequired}`] }]);
  });

  it("checks every row and reports all rejected lines at once", () => {
    const rows = Array.from({ length: 10 }, (_, i) => ({ ...VALID, reference: `SAG-${i}`, postnummer: i % 3 === 0 ? "x" : "4900" }));
    const report = parseJobseekerCsv(csvFile(rows));
    expect(report.accepted).toHaveLength(6);
    expect(report.rejected.map((r) => r.line)).toEqual([2, 5, 8, 11]);
  });
});

describe("jobseekerImportRowSchema", () => {
  it("treats an absent cell like an empty one", () => {
    const result = jobseekerImportRowSchema.safeParse({ ...VALID, email: undefined, kontakt_ok: undefined });
    expect(result.success).toBe(true);
    if (result.success) {
      expect(result.data.email).toBeNull();
      expect(result.data.contactConsent).toBe(false);
    }
  });

  it("gives one message per empty required cell", () => {
    const result = jobseekerImportRowSchema.safeParse({});
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`)).toEqual([
      `reference: ${M.referenceRequired}`,
      `navn: ${M.nameRequired}`,
      `postnummer: ${M.postcodeRequired}`,
      `maks_km: ${M.maxTravelKmRequired}`,
      `timer_pr_uge: ${M.hoursRequired}`,
      `ydelse: ${M.benefitRequired}`,
      `stillinger: ${M.occupationsRequired}`,
    ]);
  });
});

describe("decodeCsvUpload", () => {
  const bytes = (...values: number[]) => new Uint8Array(values);
  const errorOf = (input: Uint8Array) => {
    const decoded = decodeCsvUpload(input);
    expect(decoded.ok).toBe(false);
    return decoded.ok ? "" : decoded.error;
  };

  it("refuses a file with NUL bytes (not text), which PostgreSQL could not store anyway", () => {
    const text = new TextEncoder().encode("reference;navn\nSAG-1;Mette\u0000 Hansen\n");
    expect(errorOf(text)).toMatch(/tegn, der ikke er tekst/);
  });

  it("says an empty upload is empty", () => {
    expect(errorOf(new Uint8Array(0))).toBe("Filen er tom. Vælg den CSV-fil, du har gemt med jobsøgerne.");
  });

  it("refuses a file above the size limit and accepts one at it", () => {
    expect(errorOf(new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0x41))).toBe(tooLargeMessage());
    expect(tooLargeMessage()).toContain("5 MB");
    const atLimit = decodeCsvUpload(new Uint8Array(MAX_IMPORT_BYTES).fill(0x41));
    expect(atLimit.ok).toBe(true);
  });

  it("recognises an Excel workbook by its zip header and says how to save it as CSV", () => {
    const error = errorOf(bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00));
    expect(error).toContain("Excel-projektmappe (.xlsx)");
    expect(error).toContain("CSV UTF-8");
  });

  it("recognises UTF-16 by its byte order mark, little- and big-endian", () => {
    for (const input of [bytes(0xff, 0xfe, 0x72, 0x00, 0x65, 0x00), bytes(0xfe, 0xff, 0x00, 0x72, 0x00, 0x65)]) {
      const error = errorOf(input);
      expect(error).toContain("UTF-16");
      expect(error).toContain("CSV UTF-8 (kommasepareret)");
    }
  });

  it("refuses a Latin-1 file rather than garbling æ, ø and å", () => {
    // "Søren" in Latin-1 / Windows-1252: ø is the single byte 0xF8.
    const latin1 = bytes(0x53, 0xf8, 0x72, 0x65, 0x6e);
    const error = errorOf(latin1);
    expect(error).toContain("ikke gemt som UTF-8");
    expect(error).toContain("æ, ø og å");
  });

  it("reads UTF-8 with or without a byte order mark, with æ, ø and å intact", () => {
    const text = "reference;navn\r\nSAG-1;Søren Æbelø Åberg\r\n";
    const plain = new TextEncoder().encode(text);
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...plain]);
    for (const input of [plain, withBom]) {
      const decoded = decodeCsvUpload(input);
      expect(decoded).toEqual({ ok: true, text });
    }
  });
});
