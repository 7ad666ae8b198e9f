import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  agreementInForce,
  canEnd,
  isInForceAt,
  overlapsExisting,
  promisedResponseHours,
  statusOf,
  type AgreementPeriod,
} from "../../app/domain/partnership/agreement";
import { AGREEMENT_MESSAGES, newAgreementFormSchema } from "../../app/schemas/partnership";
import { danishToday } from "../../app/schemas/job-order";
import { addCalendarDays } from "../../app/utils/local-date";

const period = (startsOn: string, endsOn: string, ended?: { at: string; on: string }): AgreementPeriod => ({
  startsOn,
  endsOn,
  endedAt: ended ? new Date(ended.at) : null,
  endedOn: ended?.on ?? null,
});

describe("an agreement's period", () => {
  const year = period("2027-01-01", "2027-12-31");

  it("is in force from its first day to its last, both included", () => {
    expect(isInForceAt(year, new Date("2026-12-31T23:30:00Z"), "2027-01-01")).toBe(true);
    expect(isInForceAt(year, new Date("2027-12-31T22:00:00Z"), "2027-12-31")).toBe(true);
    expect(isInForceAt(year, new Date("2026-12-31T12:00:00Z"), "2026-12-31")).toBe(false);
    expect(isInForceAt(year, new Date("2028-01-01T12:00:00Z"), "2028-01-01")).toBe(false);
  });

  it("ended early is in force until the instant it was ended", () => {
    const ended = period("2027-01-01", "2027-12-31", { at: "2027-06-10T12:00:00Z", on: "2027-06-10" });
    expect(isInForceAt(ended, new Date("2027-06-10T11:59:59Z"), "2027-06-10")).toBe(true);
    expect(isInForceAt(ended, new Date("2027-06-10T12:00:00Z"), "2027-06-10")).toBe(false);
    expect(statusOf(ended, new Date("2027-06-11T12:00:00Z"), "2027-06-11")).toBe("ENDED");
  });

  it("is upcoming before its start, and ended after its end", () => {
    expect(statusOf(year, new Date("2026-12-01T12:00:00Z"), "2026-12-01")).toBe("UPCOMING");
    expect(statusOf(year, new Date("2027-03-01T12:00:00Z"), "2027-03-01")).toBe("IN_FORCE");
    expect(statusOf(year, new Date("2028-03-01T12:00:00Z"), "2028-03-01")).toBe("ENDED");
  });

  it("picks the one agreement in force among a company's", () => {
    const old = { ...period("2026-01-01", "2026-12-31"), id: "old" };
    const current = { ...period("2027-01-01", "2027-12-31"), id: "current" };
    expect(agreementInForce([old, current], new Date("2027-05-01T10:00:00Z"), "2027-05-01")?.id).toBe("current");
    expect(agreementInForce([old, current], new Date("2028-05-01T10:00:00Z"), "2028-05-01")).toBeNull();
  });

  it("may not overlap another, but one ended early frees the days after it was ended", () => {
    expect(overlapsExisting({ startsOn: "2027-12-31", endsOn: "2028-12-31" }, year)).toBe(true);
    expect(overlapsExisting({ startsOn: "2026-06-01", endsOn: "2027-01-01" }, year)).toBe(true);
    expect(overlapsExisting({ startsOn: "2028-01-01", endsOn: "2028-12-31" }, year)).toBe(false);
    const ended = period("2027-01-01", "2027-12-31", { at: "2027-06-10T12:00:00Z", on: "2027-06-10" });
    expect(overlapsExisting({ startsOn: "2027-06-10", endsOn: "2027-12-31" }, ended)).toBe(true);
    expect(overlapsExisting({ startsOn: "2027-06-11", endsOn: "2027-12-31" }, ended)).toBe(false);
    // Ended before it began: it takes no days at all.
    const cancelled = period("2027-01-01", "2027-12-31", { at: "2026-12-20T12:00:00Z", on: "2026-12-20" });
    expect(overlapsExisting({ startsOn: "2027-01-01", endsOn: "2027-12-31" }, cancelled)).toBe(false);
  });

  it("can be ended while it has days left, once", () => {
    expect(canEnd(year, "2027-12-31")).toBe(true);
    expect(canEnd(year, "2028-01-01")).toBe(false);
    expect(canEnd(period("2027-01-01", "2027-12-31", { at: "2027-06-10T12:00:00Z", on: "2027-06-10" }), "2027-06-10")).toBe(false);
  });
});

describe("the fast track's promise", () => {
  it("is the shorter of the policy's and the agreement's", () => {
    expect(promisedResponseHours(48, 24)).toBe(24);
    expect(promisedResponseHours(24, 48)).toBe(24);
    expect(promisedResponseHours(48, null)).toBe(48);
  });
});

describe("newAgreementFormSchema", () => {
  const today = danishToday();
  const typed = (iso: string) => iso.split("-").reverse().join("-");
  const valid = {
    agreementId: crypto.randomUUID(),
    startsOn: typed(today),
    endsOn: typed(addCalendarDays(today, 364)),
    contactUserId: crypto.randomUUID(),
    companyContactName: " Lone\tHolm ",
    companyContactEmail: "Lone.Holm@Virksomhed.DK",
    companyContactPhone: "+45 20 30 40 50",
    fastTrackResponseHours: "24",
    companyCommitments: "Have en fast kontaktperson\r\n\r\n  Deltage i udvælgelsen 😀 ",
    jobcentreCommitments: "Give virksomheden fast track",
  };

  it("reads the commitments one a line, the dates and the contact as typed", () => {
    const parsed = newAgreementFormSchema.parse(valid);
    expect(parsed).toMatchObject({
      startsOn: today,
      companyContactName: "Lone Holm",
      companyContactEmail: "lone.holm@virksomhed.dk",
      companyContactPhone: "20304050",
      fastTrackResponseHours: 24,
      companyCommitments: ["Have en fast kontaktperson", "Deltage i udvælgelsen 😀"],
      jobcentreCommitments: ["Give virksomheden fast track"],
      note: "",
    });
  });

  it("names each field it refuses", () => {
    const result = newAgreementFormSchema.safeParse({ ...valid, startsOn: "31-02-2027", contactUserId: "x", companyContactEmail: "lone", fastTrackResponseHours: "2,5", companyCommitments: " \n ", companyContactPhone: "123" });
    const errors = Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));
    expect(errors).toEqual({
      startsOn: AGREEMENT_MESSAGES.dateFormat,
      contactUserId: AGREEMENT_MESSAGES.contactRequired,
      companyContactEmail: AGREEMENT_MESSAGES.companyContactEmailFormat,
      companyContactPhone: AGREEMENT_MESSAGES.companyContactPhoneFormat,
      fastTrackResponseHours: AGREEMENT_MESSAGES.hoursFormat,
      companyCommitments: AGREEMENT_MESSAGES.companyCommitmentsRequired,
    });
  });

  it("names the company's contact as missing when what was typed leaves nothing on one line, through conform as the form parses", async () => {
    const { parseWithZod } = await import("@conform-to/zod");
    const form = new FormData();
    for (const [name, value] of Object.entries({ ...valid, companyContactName: "\u0001" })) form.set(name, value);
    const submission = parseWithZod(form, { schema: newAgreementFormSchema });
    expect(submission.status).toBe("error");
    expect(submission.reply().error?.companyContactName).toEqual([AGREEMENT_MESSAGES.companyContactNameRequired]);
  });

  it("refuses a period that ends before it starts, one already over and one of more than five years", () => {
    const codeOf = (startsOn: string, endsOn: string) =>
      newAgreementFormSchema.safeParse({ ...valid, startsOn: typed(startsOn), endsOn: typed(endsOn) }).error?.issues.map((i) => i.message);
    expect(codeOf(addCalendarDays(today, 10), addCalendarDays(today, 5))).toEqual([AGREEMENT_MESSAGES.endsBeforeStart]);
    expect(codeOf(addCalendarDays(today, -30), addCalendarDays(today, -1))).toEqual([AGREEMENT_MESSAGES.endsInPast]);
    expect(codeOf(today, addCalendarDays(today, 6 * 365))).toEqual([AGREEMENT_MESSAGES.tooLong]);
    expect(codeOf(addCalendarDays(today, -400), today)).toEqual([AGREEMENT_MESSAGES.startsTooEarly]);
  });
});
