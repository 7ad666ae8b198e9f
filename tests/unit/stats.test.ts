import { describe, expect, it } from "vitest";
import { median, percentile, share } from "~/utils/stats";

describe("percentile (nearest rank)", () => {
  it("returns null for no values", () => {
    expect(percentile([], 90)).toBeNull();
  });

  it("returns the single value for any p", () => {
    expect(percentile([7], 1)).toBe(7);
    expect(percentile([7], 50)).toBe(7);
    expect(percentile([7], 100)).toBe(7);
  });

  it("picks the value at rank ceil(p/100 · n) of the sorted values", () => {
    // The textbook example: 15, 20, 35, 40, 50.
    const values = [50, 15, 40, 20, 35];
    expect(percentile(values, 5)).toBe(15);
    expect(percentile(values, 30)).toBe(20);
    expect(percentile(values, 40)).toBe(20);
    expect(percentile(values, 50)).toBe(35);
    expect(percentile(values, 100)).toBe(50);
  });

  it("gives the 90th percentile of ten values as the ninth smallest", () => {
    const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(percentile(values, 90)).toBe(9);
    expect(percentile(values, 91)).toBe(10);
  });

  it("is always an observed value, never interpolated", () => {
    const values = [0.5, 1.25, 30, 47.75];
    for (const p of [10, 25, 50, 75, 90, 99, 100]) expect(values).toContain(percentile(values, p));
  });

  it("ignores non-finite values and does not reorder the input", () => {
    const values = [3, Number.NaN, 1, 2];
    expect(percentile(values, 100)).toBe(3);
    expect(values).toEqual([3, Number.NaN, 1, 2]);
  });

  it("rejects p outside (0, 100]", () => {
    expect(() => percentile([1], 0)).toThrow(RangeError);
    expect(() => percentile([1], 101)).toThrow(RangeError);
    expect(() => percentile([1], Number.NaN)).toThrow(RangeError);
  });
});

describe("median", () => {
  it("returns null for no values", () => {
    expect(median([])).toBeNull();
  });

  it("takes the middle value of an odd count", () => {
    expect(median([9, 1, 5])).toBe(5);
  });

  it("averages the two middle values of an even count", () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});

describe("share", () => {
  it("divides, and is null when the denominator is zero", () => {
    expect(share(3, 4)).toBe(0.75);
    expect(share(0, 4)).toBe(0);
    expect(share(0, 0)).toBeNull();
  });
});
