import { describe, expect, it } from "vitest";
import type { JobOrderKind } from "@prisma/client";
import {
  eligibleBenefitGroups,
  formatDistance,
  haversineKm,
  mentionedLicences,
  RANKING_WEIGHTS,
  rankCandidate,
  rankParts,
  type RankSignals,
} from "~/utils/candidate-ranking";

function signals(overrides: Partial<RankSignals> = {}): RankSignals {
  return {
    textRank: 0,
    trigramSimilarity: 0,
    matchedOccupation: null,
    matchedCredentials: [],
    distanceKm: 12,
    maxTravelKm: 30,
    hoursAvailable: 37,
    orderHours: 37,
    ...overrides,
  };
}

describe("rankCandidate", () => {
  it("explains a hit in the order of the weights: words, credentials, distance, hours", () => {
    const ranked = rankCandidate(signals({ trigramSimilarity: 0.68, matchedCredentials: ["Truckcertifikat"], distanceKm: 12.3 }));
    expect(ranked.reasons).toEqual(["truckcertifikat", "12 km", "37 t/uge"]);

    const withOccupation = rankCandidate(
      signals({ textRank: 0.1, trigramSimilarity: 0.9, matchedOccupation: "Lagermedarbejder", matchedCredentials: ["Truckcertifikat", "kørekort C"] }),
    );
    expect(withOccupation.reasons).toEqual(["lagermedarbejder", "truckcertifikat", "kørekort C", "12 km", "37 t/uge"]);
  });

  it("keeps acronyms as written and does not repeat an occupation that is also the credential", () => {
    expect(rankCandidate(signals({ matchedCredentials: ["ADR-bevis"], trigramSimilarity: 1 })).reasons[0]).toBe("ADR-bevis");
    expect(rankCandidate(signals({ matchedOccupation: "Truckfører", matchedCredentials: ["truckfører"], trigramSimilarity: 1 })).reasons).toEqual([
      "truckfører",
      "12 km",
      "37 t/uge",
    ]);
  });

  it("says the words matched in the profile when neither an occupation nor a credential did", () => {
    expect(rankCandidate(signals({ textRank: 0.1 })).reasons).toEqual(["søgeord i kompetencer/CV", "12 km", "37 t/uge"]);
    // No query: nothing about words, only distance and hours.
    expect(rankCandidate(signals()).reasons).toEqual(["12 km", "37 t/uge"]);
  });

  it("formats distances and hours in Danish", () => {
    expect(formatDistance(null)).toBe("afstand ukendt");
    expect(formatDistance(0.4)).toBe("under 1 km");
    expect(formatDistance(11.6)).toBe("12 km");
    expect(rankCandidate(signals({ distanceKm: null, hoursAvailable: 37 })).reasons).toEqual(["afstand ukendt", "37 t/uge"]);
  });

  it("scores between 0 and 1, with 1 for a perfect match", () => {
    const perfect = rankCandidate(signals({ textRank: 10, trigramSimilarity: 1, matchedCredentials: ["a", "b"], distanceKm: 0, hoursAvailable: 40 }));
    expect(perfect.score).toBeCloseTo(1, 2);
    const nothing = rankCandidate(signals({ distanceKm: 50, hoursAvailable: 0 }));
    expect(nothing.score).toBe(0);
    const weights = Object.values(RANKING_WEIGHTS).reduce((a, b) => a + b, 0);
    expect(weights).toBeCloseTo(1, 10);
  });

  it("ranks the better text match, the named credential, the nearer and the one with more hours higher", () => {
    const base = signals({ trigramSimilarity: 0.6 });
    const score = (s: Partial<RankSignals>) => rankCandidate({ ...base, ...s }).score;
    expect(score({ trigramSimilarity: 1 })).toBeGreaterThan(score({}));
    expect(score({ textRank: 0.2 })).toBeGreaterThan(score({ textRank: 0.1 }));
    expect(score({ matchedCredentials: ["Truckcertifikat"] })).toBeGreaterThan(score({}));
    expect(score({ distanceKm: 3 })).toBeGreaterThan(score({ distanceKm: 20 }));
    expect(score({ hoursAvailable: 37 })).toBeGreaterThan(score({ hoursAvailable: 20 }));
    // Text outweighs convenience: a close, full-time weak match loses to a far, exact one.
    expect(score({ trigramSimilarity: 1, distanceKm: 29, hoursAvailable: 30 })).toBeGreaterThan(score({ trigramSimilarity: 0.45, distanceKm: 0 }));
  });

  it("measures distance on one scale for every jobseeker, so the nearer always scores higher", () => {
    expect(rankParts(signals({ distanceKm: 25, maxTravelKm: 30 })).distance).toBeCloseTo(0.5);
    expect(rankParts(signals({ distanceKm: 25, maxTravelKm: 60 })).distance).toBeCloseTo(0.5);
    // The order's example: one under 1 km with a short reach above one 10 km away with a long one.
    expect(rankParts(signals({ distanceKm: 0.8, maxTravelKm: 5 })).distance).toBeGreaterThan(rankParts(signals({ distanceKm: 10, maxTravelKm: 50 })).distance);
    expect(rankParts(signals({ distanceKm: 0, maxTravelKm: 0 })).distance).toBe(1);
    expect(rankParts(signals({ distanceKm: 80 })).distance).toBe(0);
    expect(rankParts(signals({ distanceKm: null })).distance).toBe(0.5);
  });

  it("rewards hours up to the order's hours, and anyone for an order without hours", () => {
    expect(rankParts(signals({ hoursAvailable: 20, orderHours: 10 })).hours).toBe(1);
    expect(rankParts(signals({ hoursAvailable: 15, orderHours: 30 })).hours).toBeCloseTo(0.5);
    expect(rankParts(signals({ hoursAvailable: 15, orderHours: 0 })).hours).toBe(1);
  });
});

describe("haversineKm", () => {
  const nakskov = { latitude: 54.831, longitude: 11.137 };
  const maribo = { latitude: 54.776, longitude: 11.501 };

  it("gives the great-circle distance", () => {
    expect(haversineKm(nakskov, nakskov)).toBe(0);
    expect(haversineKm(nakskov, maribo)).toBeCloseTo(24.2, 0);
    expect(haversineKm(maribo, nakskov)).toBeCloseTo(haversineKm(nakskov, maribo), 10);
    // Copenhagen – Aarhus, about 157 km as the crow flies.
    expect(haversineKm({ latitude: 55.6761, longitude: 12.5683 }, { latitude: 56.1629, longitude: 10.2039 })).toBeCloseTo(157, -1);
  });
});

describe("eligibleBenefitGroups", () => {
  const everyoneButFlex = ["UNEMPLOYMENT_BENEFIT", "JOB_READY_CASH_BENEFIT", "EDUCATION_BENEFIT", "IGU_ELIGIBLE_REFUGEE"];

  it("fleksjob finds only people visiteret til fleksjob, IGU only IGU-eligible refugees", () => {
    expect(eligibleBenefitGroups("FLEX_JOB")).toEqual(["FLEX_JOB_ELIGIBLE"]);
    expect(eligibleBenefitGroups("IGU")).toEqual(["IGU_ELIGIBLE_REFUGEE"]);
  });

  it.each<JobOrderKind>(["ORDINARY", "SMALL_JOB", "WAGE_SUBSIDY", "COMPANY_INTERNSHIP", "ADULT_APPRENTICE", "APPRENTICE", "JOB_ROTATION"])(
    "%s finds every group except people visiteret til fleksjob",
    (kind) => {
      expect([...eligibleBenefitGroups(kind)].sort()).toEqual([...everyoneButFlex].sort());
    },
  );
});

describe("mentionedLicences", () => {
  it("finds the categories a query names", () => {
    expect(mentionedLicences("Lastbilchauffør med kørekort C")).toEqual(["C"]);
    expect(mentionedLicences("chauffør, CE-kørekort og ADR")).toEqual(["CE"]);
    expect(mentionedLicences("kørekort til BE, gerne også D-kort")).toEqual(expect.arrayContaining(["BE", "D"]));
    expect(mentionedLicences("KØREKORT kategori c1")).toEqual(["C1"]);
  });

  it("takes a bare 'kørekort' as any licence, and ignores words that only contain it", () => {
    expect(mentionedLicences("pædagog med kørekort")).toEqual(["*"]);
    expect(mentionedLicences("lagermedarbejder")).toEqual([]);
    expect(mentionedLicences("kørekortsfri stilling")).toEqual([]);
  });
});
