import { describe, expect, it } from "vitest";
import { isValidCvr, normalizeCvr } from "~/utils/cvr";

// Checked by hand with weights 2,7,6,5,4,3,2,1:
// 10150817: 2+0+6+25+0+24+2+7 = 66 = 6 × 11.  25052943: 4+35+0+25+8+27+8+3 = 110 = 10 × 11.
describe("isValidCvr", () => {
  it("accepts real CVR numbers", () => {
    expect(isValidCvr("10150817")).toBe(true);
    expect(isValidCvr("25052943")).toBe(true);
  });

  it("rejects a wrong check digit", () => {
    expect(isValidCvr("10150818")).toBe(false); // sum 67
    expect(isValidCvr("25052944")).toBe(false); // sum 111
    expect(isValidCvr("12345678")).toBe(false); // sum 114
  });

  it("rejects a leading 0 even when the sum is divisible by 11", () => {
    expect(isValidCvr("01015087")).toBe(false); // sum 55
    expect(isValidCvr("00000000")).toBe(false); // sum 0
  });

  it("rejects wrong length and non-digits (normalise first)", () => {
    expect(isValidCvr("")).toBe(false);
    expect(isValidCvr("1015081")).toBe(false);
    expect(isValidCvr("101508170")).toBe(false);
    expect(isValidCvr("1015081a")).toBe(false);
    expect(isValidCvr("DK10150817")).toBe(false);
    expect(isValidCvr("1015 0817")).toBe(false);
    expect(isValidCvr("１０１５０８１７")).toBe(false); // full-width digits
  });
});

describe("normalizeCvr", () => {
  it("removes whitespace and a leading DK in any case", () => {
    expect(normalizeCvr("10150817")).toBe("10150817");
    expect(normalizeCvr("DK10150817")).toBe("10150817");
    expect(normalizeCvr(" dk 1015 0817 ")).toBe("10150817");
    expect(normalizeCvr("10 15 08 17")).toBe("10150817");
    expect(normalizeCvr("Dk\t25052943\n")).toBe("25052943");
  });

  it("leaves other characters for isValidCvr to reject", () => {
    expect(normalizeCvr("DK-10150817")).toBe("-10150817");
    expect(normalizeCvr("1015DK0817")).toBe("1015DK0817");
  });

  it("normalise then validate", () => {
    expect(isValidCvr(normalizeCvr("DK 25 05 29 43"))).toBe(true);
    expect(isValidCvr(normalizeCvr("DK 25 05 29 44"))).toBe(false);
  });
});
