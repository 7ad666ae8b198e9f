// Candidate search on the real PostgreSQL: Danish full text, trigram typos, eligibility, distance,
// consent, paging and ranking. Each test makes its own fresh jobcentre with handcrafted jobseekers, so
// counts are exact whatever else is in the database; reference postcodes give the coordinates
// (a jobseeker's postcode need not belong to their jobcentre).
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { searchCandidates, trigramQueryWords, type CandidateSearchInput } from "../../app/models/referral/candidate-search.server";
import { buildKeywordText, upsertJobseekers, type JobseekerInput } from "../../app/models/jobseeker/register.server";
import { formatDistance, haversineKm } from "../../app/utils/candidate-ranking";
import { REFERENCE_JOBCENTRES } from "../../prisma/reference-data";
import { PROJECT_ROOT } from "../../scripts/lib/tools";
import { createJobcentre, jobseekerInput } from "../factories";
import { prisma, useTestDatabase } from "../support/test-database";

useTestDatabase();

/** A postcode no PostcodeArea row has: its distance is unknown. */
const NO_COORDINATES = "0555";

function coordinates(postcode: string) {
  for (const jc of REFERENCE_JOBCENTRES) {
    const found = jc.postcodes.find(([p]) => p === postcode);
    if (found) return { latitude: found[2], longitude: found[3] };
  }
  throw new Error(`No reference coordinates for ${postcode}`);
}

function seeker(ref: string, overrides: Partial<JobseekerInput> = {}): JobseekerInput {
  return jobseekerInput({ externalRef: ref, maxTravelKm: 50, occupations: [], ...overrides });
}

/** A fresh jobcentre holding exactly these jobseekers; refOf maps a hit's id back to its externalRef. */
async function register(rows: JobseekerInput[]) {
  const { jobcentre } = await createJobcentre(prisma);
  const { ids } = await upsertJobseekers(prisma, jobcentre.id, rows);
  const refById = new Map(ids.map((id, i) => [id, rows[i]!.externalRef]));
  return { jobcentreId: jobcentre.id, refOf: (id: string) => refById.get(id) ?? `unknown:${id}` };
}

async function search(jobcentreIds: string[], overrides: Partial<CandidateSearchInput> = {}) {
  return searchCandidates(prisma, {
    jobcentreIds,
    workplacePostcode: "4900",
    kind: "ORDINARY",
    orderHours: 37,
    text: "",
    onlyContactConsent: false,
    page: 1,
    ...overrides,
  });
}

async function refsFor(reg: Awaited<ReturnType<typeof register>>, overrides: Partial<CandidateSearchInput> = {}) {
  const result = await search([reg.jobcentreId], overrides);
  return result.hits.map((h) => reg.refOf(h.id)).sort();
}

describe("candidate search", () => {
  it("forgives typos through trigram similarity", async () => {
    const reg = await register([
      seeker("lager", { occupations: ["Lagermedarbejder"], certificates: ["Truckcertifikat"] }),
      seeker("kok", { occupations: ["Kok"], skills: ["Madlavning"] }),
      seeker("smed", { occupations: ["Smed"], certificates: ["Svejsecertifikat"] }),
    ]);
    const typo = await search([reg.jobcentreId], { text: "truckcertefikat" });
    expect(typo.hits.map((h) => reg.refOf(h.id))).toEqual(["lager"]);
    expect(typo.hits[0]!.reasons[0]).toBe("truckcertifikat");
    expect(await refsFor(reg, { text: "lagermedarbejdere" })).toEqual(["lager"]);
    // Close enough to count: a welder query finds the welding certificate; unrelated words find nobody.
    expect(await refsFor(reg, { text: "svejser" })).toEqual(["smed"]);
    expect(await refsFor(reg, { text: "pædagog" })).toEqual([]);
  });

  it("matches words by trigrams against occupations, skills and certificates, one keyword at a time", async () => {
    const reg = await register([
      seeker("lager", { occupations: ["Lagerarbejder"], skills: ["Plukning"] }),
      seeker("anlaeg", { occupations: ["Anlægsarbejder"], skills: ["Kloakarbejde"] }),
      seeker("produktion", { occupations: ["Produktionsmedarbejder"], skills: ["Lean"] }),
      // Side by side, "…medarbejder · Lager…" holds nearly every trigram of "lagermedarbejder" in order.
      seeker("varehus", { occupations: ["Varehusmedarbejder"], skills: ["Lagerstyring"] }),
      seeker("kontor", { occupations: ["Administrativ medarbejder"] }),
      seeker("kasse", { occupations: ["Butiksassistent"], skills: ["Kasseekspedition"] }),
      seeker("pleje", { occupations: ["Hjemmehjælper"], skills: ["Demensomsorg"], certificates: ["Hygiejnebevis", "Forflytningskursus"] }),
    ]);
    // A variant of the word is close enough; words that share only "…arbejder" or "…medarbejder" are not.
    const lager = await search([reg.jobcentreId], { text: "lagermedarbejder" });
    expect(lager.hits.map((h) => reg.refOf(h.id))).toEqual(["lager"]);
    expect(lager.hits[0]!.reasons[0]).toBe("lagerarbejder");
    expect(await refsFor(reg, { occupation: "lagermedarbejder" })).toEqual(["lager"]);
    // Typos in skills and certificates.
    expect(await refsFor(reg, { text: "kasseekspedtion" })).toEqual(["kasse"]);
    expect(await refsFor(reg, { text: "demensomorg" })).toEqual(["pleje"]);
    expect(await refsFor(reg, { text: "hygiejnbevis" })).toEqual(["pleje"]);
    expect(await refsFor(reg, { text: "forflytningskurus" })).toEqual(["pleje"]);
    // A whole word that is the tail of a compound finds the compounds.
    expect(await refsFor(reg, { text: "medarbejder" })).toEqual(["kontor", "produktion", "varehus"]);
    // Two words: either may match (full text needs both).
    expect(await refsFor(reg, { text: "kasseekspedtion lagerarbejder" })).toEqual(["kasse", "lager"]);
  });

  it("does not make everyone a hit through the everyday words of the CV or a licence", async () => {
    // As the synthetic register writes them (prisma/synthetic-jobseekers.ts).
    const cv = (km: number, licence = "") => `Søger fuldtidsjob, ${licence}kan arbejde op til ${km} km fra bopælen.`;
    const reg = await register([
      seeker("kok", { occupations: ["Kok"], drivingLicences: ["B"], cvSummary: cv(30, "har kørekort B og ") }),
      seeker("smed", { occupations: ["Smed"], drivingLicences: ["B"], cvSummary: cv(40, "har kørekort B og ") }),
      seeker("produktion", { occupations: ["Produktionsmedarbejder"], cvSummary: cv(20) }),
      seeker("cv", { occupations: ["Tømrer"], cvSummary: "Har været lagermedarbejder i fem år." }),
    ]);
    expect(await refsFor(reg, { text: "medarbejder" })).toEqual(["produktion"]);
    // Full text still reads the CV.
    const lager = await search([reg.jobcentreId], { text: "lagermedarbejder" });
    expect(lager.hits.map((h) => reg.refOf(h.id))).toEqual(["cv"]);
    expect(lager.hits[0]!.reasons[0]).toBe("søgeord i kompetencer/CV");
    expect(await refsFor(reg, { text: "arbejde" })).toEqual(["kok", "produktion", "smed"]);
    // "kørekort" is no keyword: licences are matched by category, and full text needs every word.
    expect(await refsFor(reg, { text: "lastbilchauffør med kørekort C" })).toEqual([]);
    expect(await refsFor(reg, { text: "kørekort B" })).toEqual(["kok", "smed"]);
  });

  it("keeps the keyword text on every write, and its migration back-fills the same text", async () => {
    const rows = [
      seeker("a", {
        occupations: [" Lagerarbejder ", "Truckfører"],
        skills: ["Plukning", " "],
        certificates: ["Truckcertifikat"],
        drivingLicences: ["B"],
        cvSummary: "Kan arbejde op til 30 km fra bopælen.",
      }),
      seeker("b"),
    ];
    const reg = await register(rows);
    const keywordTexts = async () =>
      (
        await prisma.$queryRaw<Array<{ keywordText: string }>>`
          SELECT "keywordText" FROM "Jobseeker" WHERE "jobcentreId" = ${reg.jobcentreId} ORDER BY "externalRef"`
      ).map((r) => r.keywordText);
    expect(await keywordTexts()).toEqual(["Lagerarbejder · Truckfører · Plukning · Truckcertifikat", ""]);
    expect(rows.map(buildKeywordText)).toEqual(await keywordTexts());

    const migrations = path.join(PROJECT_ROOT, "prisma", "migrations");
    const folder = fs.readdirSync(migrations).find((f) => f.endsWith("_candidate_search_keywords"))!;
    const backFill = /UPDATE "Jobseeker" SET "keywordText"[^;]*/.exec(fs.readFileSync(path.join(migrations, folder, "migration.sql"), "utf8"))![0];
    await prisma.$executeRaw`UPDATE "Jobseeker" SET "keywordText" = '' WHERE "jobcentreId" = ${reg.jobcentreId}`;
    await prisma.$executeRawUnsafe(`${backFill} WHERE "jobcentreId" = $1`, reg.jobcentreId);
    expect(await keywordTexts()).toEqual(["Lagerarbejder · Truckfører · Plukning · Truckcertifikat", ""]);
  });

  it("matches by trigrams only the words a full-text search would use", () => {
    expect(trigramQueryWords("Lagermedarbejder")).toEqual(["lagermedarbejder"]);
    // websearch syntax: "or" is an operator, "-" excludes; short words say nothing as trigrams.
    expect(trigramQueryWords('"Social- og sundhedshjælper" or SOSU -kok IT')).toEqual(["social", "sundhedshjælper", "sosu"]);
    expect(trigramQueryWords("ADR-bevis, MIG/MAG-svejsning")).toEqual(["adr-bevis", "mig/mag-svejsning"]);
    expect(trigramQueryWords(" ")).toEqual([]);
  });

  it("finds Danish inflections through the full-text stemmer", async () => {
    const reg = await register([
      seeker("kok", { occupations: ["Kok"], skills: ["Rengøring"] }),
      seeker("lager", { occupations: ["Lagermedarbejder"] }),
    ]);
    // "kokkene" shares too few trigrams with "Kok" (0.375), but both stem to 'kok'.
    expect(await refsFor(reg, { text: "kokkene" })).toEqual(["kok"]);
    expect(await refsFor(reg, { text: "lagermedarbejdere" })).toEqual(["lager"]);
    // websearch syntax: either word.
    expect(await refsFor(reg, { text: "kokke or lagermedarbejder" })).toEqual(["kok", "lager"]);
    // No text: everyone.
    expect(await refsFor(reg, { text: "  " })).toEqual(["kok", "lager"]);
  });

  it("filters by distance from the workplace and by each jobseeker's own maximum travel", async () => {
    const reg = await register([
      seeker("harpelunde", { postcode: "4912", maxTravelKm: 50 }), // ~4 km from Nakskov
      seeker("maribo", { postcode: "4930", maxTravelKm: 50 }), // ~24 km
      seeker("sakskobing", { postcode: "4990", maxTravelKm: 50 }), // ~33 km
      seeker("maribo-kort", { postcode: "4930", maxTravelKm: 10 }), // would not travel that far
      seeker("ukendt", { postcode: NO_COORDINATES, maxTravelKm: 50 }),
    ]);
    const all = await search([reg.jobcentreId]);
    expect(all.hits.map((h) => reg.refOf(h.id)).sort()).toEqual(["harpelunde", "maribo", "sakskobing", "ukendt"]);
    const maribo = all.hits.find((h) => reg.refOf(h.id) === "maribo")!;
    expect(maribo.distanceKm).toBeCloseTo(haversineKm(coordinates("4900"), coordinates("4930")), 6);
    expect(maribo.city).toBe("Maribo");
    expect(all.hits.find((h) => reg.refOf(h.id) === "ukendt")!.distanceKm).toBeNull();

    expect(await refsFor(reg, { maxDistanceKm: 25 })).toEqual(["harpelunde", "maribo"]);
    expect(await refsFor(reg, { maxDistanceKm: 10 })).toEqual(["harpelunde"]);
    // From Maribo's point of view, the short-distance jobseeker is at home.
    expect(await refsFor(reg, { workplacePostcode: "4930", maxDistanceKm: 5 })).toEqual(["maribo", "maribo-kort"]);
    // A workplace without coordinates: every distance is unknown, kept only without a maximum.
    expect((await search([reg.jobcentreId], { workplacePostcode: NO_COORDINATES })).total).toBe(5);
    expect((await search([reg.jobcentreId], { workplacePostcode: NO_COORDINATES, maxDistanceKm: 200 })).total).toBe(0);
  });

  it("ranks the nearer of two equal matches first, whatever each would travel", async () => {
    const reg = await register([
      seeker("langt-villig", { occupations: ["Lagermedarbejder"], postcode: "4930", maxTravelKm: 60 }), // ~24 km, would go far
      seeker("naer-kort", { occupations: ["Lagermedarbejder"], postcode: "4912", maxTravelKm: 5 }), // ~4 km, would not go much further
    ]);
    const result = await search([reg.jobcentreId], { text: "lagermedarbejder" });
    expect(result.hits.map((h) => reg.refOf(h.id))).toEqual(["naer-kort", "langt-villig"]);
    expect(result.hits[0]!.score).toBeGreaterThan(result.hits[1]!.score);
  });

  it("offers fleksjob orders only people visiteret til fleksjob, IGU orders only IGU-eligible refugees", async () => {
    const reg = await register([
      seeker("flex", { benefitGroup: "FLEX_JOB_ELIGIBLE" }),
      seeker("igu", { benefitGroup: "IGU_ELIGIBLE_REFUGEE" }),
      seeker("dagpenge", { benefitGroup: "UNEMPLOYMENT_BENEFIT" }),
      seeker("kontanthjaelp", { benefitGroup: "JOB_READY_CASH_BENEFIT" }),
      seeker("uddannelseshjaelp", { benefitGroup: "EDUCATION_BENEFIT" }),
    ]);
    expect(await refsFor(reg, { kind: "FLEX_JOB" })).toEqual(["flex"]);
    expect(await refsFor(reg, { kind: "IGU" })).toEqual(["igu"]);
    const everyoneButFlex = ["dagpenge", "igu", "kontanthjaelp", "uddannelseshjaelp"];
    expect(await refsFor(reg, { kind: "ORDINARY" })).toEqual(everyoneButFlex);
    expect(await refsFor(reg, { kind: "SMALL_JOB" })).toEqual(everyoneButFlex);
    expect(await refsFor(reg, { kind: "WAGE_SUBSIDY" })).toEqual(everyoneButFlex);
    const flexHit = (await search([reg.jobcentreId], { kind: "FLEX_JOB" })).hits[0]!;
    expect(flexHit.benefitGroup).toBe("FLEX_JOB_ELIGIBLE");
  });

  it("shows only those who agreed to be contacted, when asked to", async () => {
    const reg = await register([seeker("ja", { contactConsent: true }), seeker("nej", { contactConsent: false })]);
    expect(await refsFor(reg, { onlyContactConsent: true })).toEqual(["ja"]);
    expect(await refsFor(reg, { onlyContactConsent: false })).toEqual(["ja", "nej"]);
  });

  it("filters by occupation (part of the title or a typo) and minimum hours", async () => {
    const reg = await register([
      seeker("lager-fuld", { occupations: ["Lagermedarbejder"], hoursPerWeek: 37 }),
      seeker("lager-deltid", { occupations: ["Lagermedarbejder", "Pakkeriarbejder"], hoursPerWeek: 20 }),
      seeker("kok", { occupations: ["Kok"], hoursPerWeek: 37 }),
    ]);
    expect(await refsFor(reg, { occupation: "lager" })).toEqual(["lager-deltid", "lager-fuld"]);
    expect(await refsFor(reg, { occupation: "lagermedarbjder" })).toEqual(["lager-deltid", "lager-fuld"]);
    expect(await refsFor(reg, { occupation: "50%_" })).toEqual([]);
    expect(await refsFor(reg, { minHours: 30 })).toEqual(["kok", "lager-fuld"]);
    expect(await refsFor(reg, { occupation: "lager", minHours: 30 })).toEqual(["lager-fuld"]);
  });

  it("filters by a skill or certificate the jobseeker holds (part of it or a typo), not one only in the CV", async () => {
    const reg = await register([
      seeker("truck", { occupations: ["Lagerarbejder"], certificates: ["Truckcertifikat"] }),
      seeker("svejs", { occupations: ["Smed"], skills: ["MIG/MAG-svejsning"] }),
      seeker("cv-only", { occupations: ["Lagerarbejder"], cvSummary: "Vil gerne tage truckcertifikat." }),
    ]);
    expect(await refsFor(reg, { skill: "truckcertifikat" })).toEqual(["truck"]);
    expect(await refsFor(reg, { skill: "truckcertefikat" })).toEqual(["truck"]);
    expect(await refsFor(reg, { skill: "svejsning" })).toEqual(["svejs"]);
    expect(await refsFor(reg, { skill: "kran" })).toEqual([]);
  });

  it("searches only the given jobcentres, and the partner jobcentres when they are added", async () => {
    const a = await register([seeker("a", { occupations: ["Tømrer"] })]);
    const b = await register([seeker("b", { occupations: ["Tømrer"] })]);
    expect((await search([a.jobcentreId], { text: "tømrer" })).total).toBe(1);
    expect((await search([a.jobcentreId, b.jobcentreId], { text: "tømrer" })).total).toBe(2);
    expect((await search([], { text: "tømrer" })).total).toBe(0);
  });

  it("pages through every hit exactly once, best first", async () => {
    const rows = Array.from({ length: 45 }, (_, i) =>
      seeker(`p${String(i).padStart(2, "0")}`, { occupations: ["Butiksassistent"], hoursPerWeek: 10 + (i % 28) }),
    );
    const reg = await register(rows);
    const pages = await Promise.all([1, 2, 3, 4].map((page) => search([reg.jobcentreId], { text: "butiksassistent", page })));
    expect(pages.map((p) => p.total)).toEqual([45, 45, 45, 45]);
    expect(pages.map((p) => p.pageCount)).toEqual([3, 3, 3, 3]);
    expect(pages.map((p) => p.hits.length)).toEqual([20, 20, 5, 0]);
    const ids = pages.flatMap((p) => p.hits.map((h) => h.id));
    expect(new Set(ids).size).toBe(45);
    const scores = pages.flatMap((p) => p.hits.map((h) => h.score));
    for (let i = 1; i < scores.length; i++) expect(scores[i]!).toBeLessThanOrEqual(scores[i - 1]! + 1e-9);

    const small = await search([reg.jobcentreId], { text: "butiksassistent", page: 2, pageSize: 10 });
    expect(small).toMatchObject({ total: 45, page: 2, pageCount: 5 });
    expect(small.hits.map((h) => h.id)).toEqual(ids.slice(10, 20));
  });

  it("counts exactly the hits it pages through, whichever way they matched and after every filter", async () => {
    // By occupation (full text and trigrams), by the CV only (full text), by a variant of the word only
    // (trigrams); every fourth is no hit, every fifth lives beyond their own maximum travel.
    const rows = Array.from({ length: 40 }, (_, i) => {
      const far = i % 5 === 0 ? { postcode: "4930", maxTravelKm: 10 } : {};
      const profile = [
        { occupations: ["Lagerarbejder"] },
        { occupations: ["Kok"], cvSummary: "Har arbejdet som lagerarbejder." },
        { occupations: ["Lagermedarbejder"] },
        { occupations: ["Kok"] },
      ][i % 4]!;
      return seeker(`c${String(i).padStart(2, "0")}`, { ...profile, ...far, hoursPerWeek: 15 + (i % 23) });
    });
    const expected = rows.filter((_, i) => i % 4 !== 3 && i % 5 !== 0).map((r) => r.externalRef);
    expect(expected).toHaveLength(24);
    const reg = await register(rows);
    const seen: string[] = [];
    for (let page = 1; page <= 5; page++) {
      const result = await search([reg.jobcentreId], { text: "lagerarbejder", page, pageSize: 7 });
      expect(result).toMatchObject({ total: 24, page, pageCount: 4 });
      expect(result.hits).toHaveLength(page < 4 ? 7 : page === 4 ? 3 : 0);
      seen.push(...result.hits.map((h) => reg.refOf(h.id)));
    }
    expect(seen.length).toBe(new Set(seen).size);
    expect(seen.sort()).toEqual(expected);
  });

  it("ranks the best match first and explains why", async () => {
    const reg = await register([
      // Everything: occupation, the certificate the order names, ~10 km of 40, full time.
      seeker("bedst", { occupations: ["Lagermedarbejder"], certificates: ["Truckcertifikat"], postcode: "4920", maxTravelKm: 40 }),
      // The certificate too, but part time and near the limit of how far they travel.
      seeker("deltid", { occupations: ["Lagermedarbejder"], certificates: ["Truckcertifikat"], postcode: "4930", maxTravelKm: 30, hoursPerWeek: 15 }),
      // Next door and full time, but without the certificate.
      seeker("uden-certifikat", { occupations: ["Lagermedarbejder"], postcode: "4900" }),
      seeker("kok", { occupations: ["Kok"] }),
    ]);
    const result = await search([reg.jobcentreId], { text: "lagermedarbejder truckcertifikat" });
    expect(result.hits.map((h) => reg.refOf(h.id))).toEqual(["bedst", "deltid", "uden-certifikat"]);
    const km = formatDistance(haversineKm(coordinates("4900"), coordinates("4920")));
    expect(result.hits[0]!.reasons).toEqual(["lagermedarbejder", "truckcertifikat", km, "37 t/uge"]);
    expect(result.hits[2]!.reasons).toEqual(["lagermedarbejder", "under 1 km", "37 t/uge"]);
    // SQL ordered by the same formula rankCandidate applies.
    const scores = result.hits.map((h) => h.score);
    expect([...scores].sort((x, y) => y - x)).toEqual(scores);
    expect(scores[0]!).toBeGreaterThan(0.8);

    // A driving licence the query names counts as a credential.
    const drivers = await register([
      seeker("c", { occupations: ["Lastbilchauffør"], drivingLicences: ["B", "C"] }),
      seeker("b", { occupations: ["Lastbilchauffør"], drivingLicences: ["B"] }),
    ]);
    const driverHits = await search([drivers.jobcentreId], { text: "lastbilchauffør med kørekort C" });
    expect(driverHits.hits.map((h) => drivers.refOf(h.id))).toEqual(["c", "b"]);
    expect(driverHits.hits[0]!.reasons).toContain("kørekort C");
  });
});
