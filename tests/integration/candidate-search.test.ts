// Candidate search on the real PostgreSQL: Danish full text, trigram typos, eligibility, distance,
// consent, paging and ranking. Each test makes its own fresh jobcentre with handcrafted jobseekers, so
// counts are exact whatever else is in the database; reference postcodes give the coordinates
// (a jobseeker's postcode need not belong to their jobcentre).
import type { PrismaClient } from "@prisma/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { searchCandidates, type CandidateSearchInput } from "../../app/models/candidate-search.server";
import { upsertJobseekers, type JobseekerInput } from "../../app/models/jobseeker.server";
import { formatDistance, haversineKm } from "../../app/utils/candidate-ranking";
import { createPrismaClient } from "../../app/utils/db.server";
import { REFERENCE_JOBCENTRES } from "../../prisma/reference-data";
import { createJobcentre, ensureReferenceData } from "../factories";

let prisma: PrismaClient;

beforeAll(async () => {
  prisma = createPrismaClient(process.env.DATABASE_URL!);
  await ensureReferenceData(prisma);
});

afterAll(async () => {
  await prisma?.$disconnect();
});

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
  return {
    externalRef: ref,
    name: `Kandidat ${ref}`,
    email: null,
    phone: null,
    postcode: "4900",
    maxTravelKm: 50,
    hoursPerWeek: 37,
    benefitGroup: "UNEMPLOYMENT_BENEFIT",
    occupations: [],
    skills: [],
    certificates: [],
    drivingLicences: [],
    languages: ["dansk"],
    cvSummary: "",
    contactConsent: true,
    ...overrides,
  };
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
