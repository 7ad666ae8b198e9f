// The jobseeker CSV import on the real PostgreSQL: the accepted rows are applied together, a re-import
// updates by reference, references belong to one jobcentre, and the Danish full-text document follows
// every write. Each test imports into its own fresh jobcentre, so counts are exact.
import { describe, expect, it } from "vitest";
import { exampleJobseekerCsv, importJobseekersCsv } from "../../app/models/jobseeker/import.server";
import { JOBSEEKER_COLUMNS, JOBSEEKER_MESSAGES, type JobseekerColumn } from "../../app/schemas/jobseeker";
import { formatCsv } from "../../app/utils/csv";
import { createJobcentre } from "../factories";
import { prisma, useTestDatabase } from "../support/test-database";

useTestDatabase();

type Cells = Partial<Record<JobseekerColumn, string>>;

function person(reference: string, cells: Cells = {}): Cells {
  return {
    reference,
    navn: `Jobsøger ${reference}`,
    postnummer: "4900",
    maks_km: "30",
    timer_pr_uge: "37",
    ydelse: "a-dagpenge",
    stillinger: "Lagerarbejder",
    kontakt_ok: "ja",
    ...cells,
  };
}

function csvFile(rows: Cells[]): string {
  return "\uFEFF" + formatCsv([[...JOBSEEKER_COLUMNS], ...rows.map((r) => JOBSEEKER_COLUMNS.map((c) => r[c] ?? ""))]);
}

async function freshJobcentre(): Promise<string> {
  return (await createJobcentre(prisma)).jobcentre.id;
}

function jobseekersOf(jobcentreId: string) {
  return prisma.jobseeker.findMany({ where: { jobcentreId }, orderBy: { externalRef: "asc" } });
}

/** References in the jobcentre whose search document has a value, in order. */
async function refsWithSearchDocument(jobcentreId: string): Promise<string[]> {
  const rows = await prisma.$queryRaw<Array<{ externalRef: string }>>`
    SELECT "externalRef" FROM "Jobseeker"
    WHERE "jobcentreId" = ${jobcentreId} AND "searchDocument" IS NOT NULL
    ORDER BY "externalRef"`;
  return rows.map((r) => r.externalRef);
}

/** References in the jobcentre that Danish full text finds for the words. */
async function fullTextRefs(jobcentreId: string, words: string): Promise<string[]> {
  const rows = await prisma.$queryRaw<Array<{ externalRef: string }>>`
    SELECT "externalRef" FROM "Jobseeker"
    WHERE "jobcentreId" = ${jobcentreId} AND "searchDocument" @@ plainto_tsquery('danish', ${words})
    ORDER BY "externalRef"`;
  return rows.map((r) => r.externalRef);
}

describe("importJobseekersCsv", () => {
  it("creates the jobseekers of the example file in the given jobcentre, searchable in Danish", async () => {
    const jobcentreId = await freshJobcentre();
    const result = await importJobseekersCsv(prisma, jobcentreId, exampleJobseekerCsv());
    expect(result).toMatchObject({ applied: true, created: 3, updated: 0 });
    expect(result.report.warnings).toEqual([]);

    const stored = await jobseekersOf(jobcentreId);
    expect(stored.map((j) => j.externalRef)).toEqual(["SAG-10234", "SAG-10235", "SAG-10236"]);
    const mette = stored[0]!;
    expect(mette).toMatchObject({
      name: "Mette Eksempel Jensen",
      email: "mette.jensen@mail.example",
      phone: "20304050",
      postcode: "4900",
      maxTravelKm: 25,
      hoursPerWeek: 37,
      benefitGroup: "UNEMPLOYMENT_BENEFIT",
      occupations: ["Lagerarbejder", "Truckfører"],
      drivingLicences: ["B"],
      languages: ["dansk", "engelsk"],
      contactConsent: true,
    });
    expect(mette.searchText).toContain("Truckfører");
    expect(mette.searchText).toContain("kørekort B");
    expect(stored[1]!.cvSummary).toContain("\n");
    expect(stored[2]!.contactConsent).toBe(false);

    expect(await refsWithSearchDocument(jobcentreId)).toEqual(["SAG-10234", "SAG-10235", "SAG-10236"]);
    // Inflected forms find them through the Danish stemmer.
    expect(await fullTextRefs(jobcentreId, "truckførere")).toEqual(["SAG-10234"]);
    expect(await fullTextRefs(jobcentreId, "kontorassistenter")).toEqual(["SAG-10236"]);
    expect(await fullTextRefs(jobcentreId, "opvasken")).toEqual(["SAG-10235"]);
  });

  it("updates by reference on a re-import: no duplicates, changed fields stored, search text rebuilt", async () => {
    const jobcentreId = await freshJobcentre();
    const first = await importJobseekersCsv(
      prisma,
      jobcentreId,
      csvFile([person("SAG-1"), person("SAG-2", { stillinger: "Lagerarbejder", kompetencer: "Plukning", timer_pr_uge: "37", email: "a@mail.dk" })]),
    );
    expect(first).toMatchObject({ applied: true, created: 2, updated: 0 });
    const before = await jobseekersOf(jobcentreId);
    expect(await fullTextRefs(jobcentreId, "lagerarbejder")).toEqual(["SAG-1", "SAG-2"]);

    // SAG-2 changed job and hours and lost its email; SAG-3 is new; SAG-1 is not in this file.
    const second = await importJobseekersCsv(
      prisma,
      jobcentreId,
      csvFile([person("SAG-2", { stillinger: "Kok", kompetencer: "Madlavning", timer_pr_uge: "20", kontakt_ok: "nej" }), person("SAG-3")]),
    );
    expect(second).toMatchObject({ applied: true, created: 1, updated: 1 });

    const after = await jobseekersOf(jobcentreId);
    expect(after.map((j) => j.externalRef)).toEqual(["SAG-1", "SAG-2", "SAG-3"]);
    const sag2Before = before.find((j) => j.externalRef === "SAG-2")!;
    const sag2 = after.find((j) => j.externalRef === "SAG-2")!;
    expect(sag2.id).toBe(sag2Before.id);
    expect(sag2).toMatchObject({ occupations: ["Kok"], skills: ["Madlavning"], hoursPerWeek: 20, email: null, contactConsent: false });
    expect(sag2.searchText).not.toContain("Lagerarbejder");
    expect(sag2.searchText).toContain("Madlavning");
    // Not in the second file: left as it was.
    expect(after.find((j) => j.externalRef === "SAG-1")).toEqual(before.find((j) => j.externalRef === "SAG-1"));

    expect(await refsWithSearchDocument(jobcentreId)).toEqual(["SAG-1", "SAG-2", "SAG-3"]);
    expect(await fullTextRefs(jobcentreId, "lagerarbejder")).toEqual(["SAG-1", "SAG-3"]);
    expect(await fullTextRefs(jobcentreId, "kokke")).toEqual(["SAG-2"]);

    // The same file once more: everyone updated, nobody created.
    const again = await importJobseekersCsv(prisma, jobcentreId, csvFile([person("SAG-2", { stillinger: "Kok" }), person("SAG-3")]));
    expect(again).toMatchObject({ applied: true, created: 0, updated: 2 });
    expect(await prisma.jobseeker.count({ where: { jobcentreId } })).toBe(3);
  });

  it("matches references without regard to case, as the file's own duplicate check does, keeping the first spelling", async () => {
    const jobcentreId = await freshJobcentre();
    await importJobseekersCsv(prisma, jobcentreId, csvFile([person("SAG-7")]));
    const again = await importJobseekersCsv(prisma, jobcentreId, csvFile([person("sag-7", { stillinger: "Kok" })]));
    expect(again).toMatchObject({ applied: true, created: 0, updated: 1 });
    const people = await jobseekersOf(jobcentreId);
    expect(people.map((j) => [j.externalRef, j.occupations])).toEqual([["SAG-7", ["Kok"]]]);
  });

  it("applies the accepted rows together and lists the rejected ones with their line and reason", async () => {
    const jobcentreId = await freshJobcentre();
    await importJobseekersCsv(prisma, jobcentreId, csvFile([person("SAG-1", { stillinger: "Lagerarbejder" })]));

    const result = await importJobseekersCsv(
      prisma,
      jobcentreId,
      csvFile([
        person("SAG-1", { stillinger: "Chauffør" }), // updated
        person("SAG-2"), // created
        person("010190-1234"), // a CPR number: rejected
        person("SAG-4", { timer_pr_uge: "37,5" }), // rejected
      ]),
    );
    expect(result).toMatchObject({ applied: true, created: 1, updated: 1 });
    expect(result.report.accepted.map((a) => a.line)).toEqual([2, 3]);
    expect(result.report.rejected).toEqual([
      { line: 4, reasons: [`reference: ${JOBSEEKER_MESSAGES.referenceCpr}`] },
      { line: 5, reasons: [`timer_pr_uge: ${JOBSEEKER_MESSAGES.hoursRange}`] },
    ]);
    expect((await jobseekersOf(jobcentreId)).map((j) => j.externalRef)).toEqual(["SAG-1", "SAG-2"]);
    expect(await fullTextRefs(jobcentreId, "chauffør")).toEqual(["SAG-1"]);
  });

  it("changes nothing when no row is accepted", async () => {
    const jobcentreId = await freshJobcentre();
    const result = await importJobseekersCsv(prisma, jobcentreId, csvFile([person("010190-1234"), person("SAG-2", { ydelse: "løn" })]));
    expect(result.applied).toBe(false);
    expect(result.report.rejected.map((r) => r.line)).toEqual([2, 3]);
    expect(await prisma.jobseeker.count({ where: { jobcentreId } })).toBe(0);
  });

  it("changes nothing for a file that cannot be read or has no jobseekers", async () => {
    const jobcentreId = await freshJobcentre();
    for (const text of ["", csvFile([]), "reference;navn\nSAG-1;Mette\n", csvFile([person("SAG-1")]) + 'SAG-2;"åben\r\n']) {
      const result = await importJobseekersCsv(prisma, jobcentreId, text);
      expect(result.applied).toBe(false);
      expect(result.report.problems).toHaveLength(1);
    }
    expect(await prisma.jobseeker.count({ where: { jobcentreId } })).toBe(0);
  });

  it("keeps the same reference in two jobcentres as two different people", async () => {
    const lolland = await freshJobcentre();
    const faxe = await freshJobcentre();
    const file = csvFile([person("SAG-100", { navn: "Mette Jensen" })]);
    expect(await importJobseekersCsv(prisma, lolland, file)).toMatchObject({ applied: true, created: 1, updated: 0 });
    expect(await importJobseekersCsv(prisma, faxe, file)).toMatchObject({ applied: true, created: 1, updated: 0 });

    // A re-import in one jobcentre touches only its own person.
    expect(await importJobseekersCsv(prisma, faxe, csvFile([person("SAG-100", { navn: "Mette Faxe" })]))).toMatchObject({
      applied: true,
      created: 0,
      updated: 1,
    });
    const both = await prisma.jobseeker.findMany({ where: { externalRef: "SAG-100", jobcentreId: { in: [lolland, faxe] } } });
    expect(both).toHaveLength(2);
    expect(new Set(both.map((j) => j.id)).size).toBe(2);
    expect(both.find((j) => j.jobcentreId === lolland)!.name).toBe("Mette Jensen");
    expect(both.find((j) => j.jobcentreId === faxe)!.name).toBe("Mette Faxe");
  });

  it("imports jobseekers with a postcode outside the portal's area and warns that distance is unknown for them", async () => {
    const jobcentreId = await freshJobcentre();
    const one = await importJobseekersCsv(prisma, jobcentreId, csvFile([person("SAG-1"), person("SAG-2", { postnummer: "8000" })]));
    expect(one).toMatchObject({ applied: true, created: 2 });
    expect(one.report.warnings).toEqual([
      "Postnummer 8000 ligger uden for portalens område (linje 3). De er importeret, men afstand kan ikke beregnes for dem i kandidatsøgningen.",
    ]);
    expect((await jobseekersOf(jobcentreId)).map((j) => [j.externalRef, j.postcode])).toEqual([
      ["SAG-1", "4900"],
      ["SAG-2", "8000"],
    ]);

    // Several: the postcodes once each, and how many jobseekers.
    const several = await importJobseekersCsv(
      prisma,
      jobcentreId,
      csvFile([person("SAG-3", { postnummer: "8000" }), person("SAG-4", { postnummer: "0555" }), person("SAG-5", { postnummer: "8000" }), person("SAG-6")]),
    );
    expect(several).toMatchObject({ applied: true, created: 4 });
    expect(several.report.warnings).toEqual([
      "Postnummer 8000, 0555 ligger uden for portalens område (3 jobsøgere). De er importeret, men afstand kan ikke beregnes for dem i kandidatsøgningen.",
    ]);
    expect(await prisma.jobseeker.count({ where: { jobcentreId } })).toBe(6);
  });
});
