// The consultant's forms on an order after the answer: reply-by choices and the date of one's own.
import { parseWithZod } from "@conform-to/zod";
import { describe, expect, it } from "vitest";
import { requestConsentSchema, withdrawSchema } from "~/schemas/referral";

const TODAY = "2026-11-23";
const ID = "0b5c8f8e-3d1a-4f5e-9a42-6f1c2d3e4b5a";

function form(values: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) for (const item of Array.isArray(v) ? v : [v]) data.append(k, item);
  return data;
}

function consent(values: Record<string, string | string[]>) {
  return parseWithZod(form({ intent: "requestConsent", updateKey: "0b5c8f8e-3d1a-4f5e-9a42-6f1c2d3e4b5a:requestConsent", referralIds: ID, ...values }), { schema: requestConsentSchema(TODAY) });
}

describe("asking for consent", () => {
  it("takes 2, 3 or 7 days, or a real date after today and at most 60 days ahead, ISO or Danish", () => {
    expect(consent({ replyBy: "3" }).status).toBe("success");
    const own = consent({ replyBy: "dato", replyByDate: "1-12-2026" });
    expect(own.status === "success" && own.value.replyByDate).toBe("2026-12-01");
    expect(consent({ replyBy: "dato", replyByDate: "2027-01-22" }).status).toBe("success");
  });

  it("refuses a date that does not exist instead of rolling it over, and dates out of range, in Danish", () => {
    const errors = (dato: string) => {
      const result = consent({ replyBy: "dato", replyByDate: dato });
      return result.status === "error" ? result.error?.replyByDate : undefined;
    };
    expect(errors("2026-02-31")).toEqual(["Skriv fristen som en dato, fx 2026-12-01."]);
    expect(errors("")).toEqual(["Skriv fristen som en dato, fx 2026-12-01."]);
    expect(errors(TODAY)).toEqual(["Fristen skal være efter i dag."]);
    expect(errors("2027-01-23")).toEqual(["Fristen må højst ligge 60 dage frem."]);
  });

  it("needs at least one candidate and a choice", () => {
    const none = parseWithZod(form({ intent: "requestConsent", updateKey: "0b5c8f8e-3d1a-4f5e-9a42-6f1c2d3e4b5a:requestConsent", replyBy: "3" }), { schema: requestConsentSchema(TODAY) });
    expect(none.status === "error" && none.error?.referralIds).toEqual(["Vælg mindst én kandidat, der skal spørges."]);
    const bad = consent({ replyBy: "14" });
    expect(bad.status === "error" && bad.error?.replyBy).toEqual(["Vælg en frist for samtykke."]);
  });
});

describe("withdrawing a candidate", () => {
  it("needs a reason", () => {
    const result = parseWithZod(form({ intent: "withdraw", referralId: ID, reason: "  ", updateKey: "0b5c8f8e-3d1a-4f5e-9a42-6f1c2d3e4b5a:withdraw" }), { schema: withdrawSchema });
    expect(result.status === "error" && result.error?.reason).toEqual(["Skriv, hvorfor kandidaten trækkes tilbage."]);
  });
});
