import crypto from "node:crypto";
import { parseWithZod } from "@conform-to/zod";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { campaignGoalCount, campaignState, campaignYear, companiesToReach, isIndustryPrefix, mayBeChosen, progressOf, splitAmong } from "../../app/domain/campaign/campaign";
import { focusBranchOf, overlappingPrefixes } from "../../app/domain/company/focus-branches";
import { REFERENCE_FOCUS_BRANCHES } from "../../prisma/reference-data";
import { CAMPAIGN_MESSAGES, campaignSelectionSchema, newCampaignFormSchema } from "../../app/schemas/campaign";
import { danishToday } from "../../app/schemas/job-order";
import { planVisitFormSchema, VISIT_MESSAGES } from "../../app/schemas/visit";
import { addCalendarDays } from "../../app/utils/local-date";

const typed = (iso: string) => iso.split("-").reverse().join("-");

describe("splitting a campaign's companies among consultants", () => {
  it("gives each consultant a run of neighbours, the runs differing by at most one", () => {
    const split = splitAmong(["a", "b", "c", "d", "e"], ["x", "y"]);
    expect(split.map((s) => `${s.company}${s.consultantId}`)).toEqual(["ax", "bx", "cx", "dy", "ey"]);
  });

  it("gives every company to exactly one consultant, in the order given", () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { maxLength: 300 }), fc.uniqueArray(fc.uuid(), { minLength: 1, maxLength: 12 }), (companies, consultants) => {
        const split = splitAmong(companies, consultants);
        expect(split.map((s) => s.company)).toEqual(companies);
        const sizes = consultants.map((c) => split.filter((s) => s.consultantId === c).length);
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
      }),
    );
  });

  it("gives nothing when nobody is to visit", () => {
    expect(splitAmong(["a"], [])).toEqual([]);
  });
});

describe("a campaign's rules", () => {
  it("never chooses a company with advertising protection", () => {
    expect(mayBeChosen({ advertisingProtected: true })).toBe(false);
    expect(mayBeChosen({ advertisingProtected: false })).toBe(true);
  });

  it("is coming before its first day, running to its last, ended after it", () => {
    const c = { startsOn: "2027-03-01", endsOn: "2027-05-31" };
    expect(campaignState(c, "2027-02-28")).toBe("COMING");
    expect(campaignState(c, "2027-03-01")).toBe("RUNNING");
    expect(campaignState(c, "2027-05-31")).toBe("RUNNING");
    expect(campaignState(c, "2027-06-01")).toBe("ENDED");
    expect(campaignYear(c)).toBe(2027);
  });

  it("reaches its target when as many companies are visited, the goal's number before its own", () => {
    expect(progressOf(149, 150)).toMatchObject({ reached: false });
    expect(progressOf(150, 150)).toMatchObject({ reached: true, share: 1 });
    expect(companiesToReach({ targetCompanies: 100 }, 150)).toBe(150);
    expect(companiesToReach({ targetCompanies: 100 }, null)).toBe(100);
  });

  it("counts for the goal the campaigns reached, and heads for those still running too", () => {
    const campaigns = [
      { startsOn: "2027-01-01", endsOn: "2027-03-31", targetCompanies: 150, visited: 160 },
      { startsOn: "2027-01-01", endsOn: "2027-03-31", targetCompanies: 150, visited: 20 },
      { startsOn: "2027-04-01", endsOn: "2027-06-30", targetCompanies: 150, visited: 40 },
    ];
    expect(campaignGoalCount(campaigns, 150, "2027-05-01")).toEqual({ reached: 1, stillRunning: 1 });
    expect(campaignGoalCount(campaigns, 30, "2027-07-01")).toEqual({ reached: 2, stillRunning: 0 });
  });
});

describe("the new campaign form", () => {
  const today = danishToday();
  const valid = {
    intent: "startCampaign",
    campaignId: crypto.randomUUID(),
    topic: "  Rekruttering\ttil byggeriet ",
    startsOn: typed(today),
    endsOn: typed(addCalendarDays(today, 90)),
    targetCompanies: "150",
    industryCodes: "41, 43.2;561010 41",
    employeeBands: ["E10_19", "E20_49"],
    postcodes: ["4690", "4690"],
    consultantIds: [crypto.randomUUID()],
  };

  it("reads the choice as codes without dots, once each", () => {
    const parsed = newCampaignFormSchema.parse(valid);
    expect(parsed).toMatchObject({ topic: "Rekruttering til byggeriet", industryCodes: ["41", "432", "561010"], postcodes: ["4690"], targetCompanies: 150 });
  });

  it("takes a single ticked box as a list, as the browser sends it", () => {
    const form = new FormData();
    for (const [name, value] of Object.entries({ ...valid, employeeBands: "E10_19", postcodes: "4690", consultantIds: valid.consultantIds[0]! })) form.append(name, value as string);
    const submission = parseWithZod(form, { schema: newCampaignFormSchema });
    expect(submission.status).toBe("success");
    if (submission.status === "success") expect(submission.value).toMatchObject({ employeeBands: ["E10_19"], postcodes: ["4690"] });
  });

  it("names each field it refuses, in Danish", () => {
    const result = newCampaignFormSchema.safeParse({
      ...valid,
      topic: " \u0001 ",
      targetCompanies: "0",
      industryCodes: "byg",
      employeeBands: ["E7"],
      consultantIds: [],
    });
    expect(result.success).toBe(false);
    const errors = result.success ? {} : result.error.flatten().fieldErrors;
    expect(errors).toMatchObject({
      topic: [CAMPAIGN_MESSAGES.topicRequired],
      targetCompanies: [CAMPAIGN_MESSAGES.targetFormat],
      industryCodes: [CAMPAIGN_MESSAGES.industryCodeFormat],
      consultantIds: [CAMPAIGN_MESSAGES.consultantsRequired],
    });
    expect(errors.employeeBands?.[0]).toBe(CAMPAIGN_MESSAGES.bandUnknown);
  });

  it("lasts at most a year, and ends after it starts", () => {
    const tooLong = newCampaignFormSchema.safeParse({ ...valid, endsOn: typed(addCalendarDays(today, 400)) });
    expect(tooLong.success ? null : tooLong.error.flatten().fieldErrors.endsOn).toEqual([CAMPAIGN_MESSAGES.tooLong]);
    const backwards = newCampaignFormSchema.safeParse({ ...valid, startsOn: typed(addCalendarDays(today, 10)), endsOn: typed(addCalendarDays(today, 5)) });
    expect(backwards.success ? null : backwards.error.flatten().fieldErrors.endsOn).toEqual([CAMPAIGN_MESSAGES.endsBeforeStart]);
  });

  it("asks for the topic in Danish when conform reads what was typed as nothing", () => {
    const form = new FormData();
    for (const [name, value] of Object.entries({ ...valid, topic: "\u0001" })) for (const v of [value].flat()) form.append(name, v);
    const submission = parseWithZod(form, { schema: newCampaignFormSchema });
    expect(submission.status).toBe("error");
    expect(submission.reply().error?.topic).toEqual([CAMPAIGN_MESSAGES.topicRequired]);
  });

  it("previews a choice without the rest of the form", () => {
    expect(campaignSelectionSchema.parse({ industryCodes: "" })).toEqual({ industryCodes: [], focusBranchIds: [], employeeBands: [], postcodes: [] });
  });
});

describe("a visit planned for a campaign", () => {
  const base = { intent: "planVisit", date: typed(danishToday()), time: "10:00", consultantId: crypto.randomUUID(), campaignId: crypto.randomUUID() };

  it("is a campaign visit", () => {
    expect(planVisitFormSchema.parse({ ...base, kind: "CAMPAIGN" }).campaignId).toBe(base.campaignId);
    const other = planVisitFormSchema.safeParse({ ...base, kind: "OUTREACH" });
    expect(other.success ? null : other.error.flatten().fieldErrors.kind).toEqual([VISIT_MESSAGES.campaignNeedsKind]);
  });

  it("is no campaign's when none is chosen", () => {
    expect(planVisitFormSchema.parse({ ...base, kind: "OUTREACH", campaignId: undefined }).campaignId).toBeNull();
  });
});

describe("a jobcentre's focus branches", () => {
  const branches = [
    { id: "a", name: "Bygge og anlæg", industryCodes: ["41", "42", "43"] },
    { id: "b", name: "Installation", industryCodes: ["4321"] },
  ];

  it("take a company by its code's longest matching prefix", () => {
    expect(focusBranchOf("412000", branches)?.name).toBe("Bygge og anlæg");
    expect(focusBranchOf("432100", branches)?.name).toBe("Installation");
    expect(focusBranchOf("471100", branches)).toBeNull();
    expect(focusBranchOf(null, branches)).toBeNull();
  });

  it("are, in the reference data, apart: no code belongs to two of a jobcentre's branches", () => {
    for (const jobcentreId of new Set(REFERENCE_FOCUS_BRANCHES.map((b) => b.jobcentreId))) {
      const own = REFERENCE_FOCUS_BRANCHES.filter((b) => b.jobcentreId === jobcentreId).map((b) => ({ ...b, id: b.name }));
      expect(overlappingPrefixes(own), jobcentreId).toEqual([]);
      expect(own.flatMap((b) => b.industryCodes).every(isIndustryPrefix)).toBe(true);
    }
    expect(overlappingPrefixes(branches)).toEqual(["43", "4321"]);
  });
});
