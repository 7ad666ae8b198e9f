// What an employer may correct, what a correction changed, and the correction form's rules for dates the
// order already has.
import { describe, expect, it } from "vitest";
import { changesBetween, correctionLines, correctionValueText, isCorrectionValues, type OrderCorrectionValues } from "../../app/domain/job-order/correction";
import { createOrderCorrectionSchema } from "../../app/schemas/order-correction";
import { JOB_ORDER_MESSAGES } from "../../app/schemas/job-order";

const STORED: OrderCorrectionValues = {
  title: "CNC-operatør",
  description: "Produktionsmedarbejder til CNC-fræsning.",
  positions: 2,
  hoursPerWeek: 37,
  startDate: "2026-11-02",
  applicationDeadline: null,
  requirements: "",
  openToSmallJobs: false,
  openToFlexJob: false,
  openToJobCrafting: false,
  contactName: "Mette Hansen",
  contactPhone: "20304050",
};

const FORM = {
  title: "CNC-operatør",
  description: "Produktionsmedarbejder til CNC-fræsning.",
  positions: "3",
  hoursPerWeek: "18,5",
  startDate: "2.11.2026",
  applicationDeadline: "",
  requirements: "",
  contactName: "Mette Hansen",
  contactPhone: "20 30 40 50",
  updateKey: "5f0c7c38-9f8e-4a41-a1c4-2a9e0c2b9c11",
};

const TODAY = "2026-12-02";
const schema = createOrderCorrectionSchema({ today: TODAY, unchanged: { startDate: STORED.startDate, applicationDeadline: STORED.applicationDeadline } });

describe("changesBetween", () => {
  it("lists only the fields whose value differs, in the form's order", () => {
    const after = { ...STORED, requirements: "Kørekort B", positions: 3 };
    expect(changesBetween(STORED, after)).toEqual([
      { field: "positions", before: 2, after: 3 },
      { field: "requirements", before: "", after: "Kørekort B" },
    ]);
  });

  it("finds nothing when the values are the order's own", () => {
    expect(changesBetween(STORED, { ...STORED })).toEqual([]);
  });
});

describe("correction texts", () => {
  it("writes dates in words, ticks as ja/nej and no deadline as such", () => {
    expect(correctionValueText("applicationDeadline", "2027-01-15")).toBe("15. januar 2027");
    expect(correctionValueText("applicationDeadline", null)).toBe("ingen frist");
    expect(correctionValueText("openToFlexJob", true)).toBe("ja");
    expect(correctionValueText("hoursPerWeek", 18.5)).toBe("18,5");
  });

  it("gives one line per change with the value before and after", () => {
    expect(correctionLines([{ field: "positions", before: 2, after: 3 }])).toEqual(["Antal stillinger: 2 → 3"]);
  });
});

describe("isCorrectionValues", () => {
  it("accepts every field with its type and refuses a partial object", () => {
    expect(isCorrectionValues(STORED)).toBe(true);
    expect(isCorrectionValues({ ...STORED, positions: "3" })).toBe(false);
    expect(isCorrectionValues({ title: "x" })).toBe(false);
    expect(isCorrectionValues(null)).toBe(false);
  });
});

describe("the correction form", () => {
  it("keeps a start date already past when it is the order's own, and reads the rest as the order form does", () => {
    const parsed = schema.safeParse(FORM);
    expect(parsed.success && parsed.data.values).toEqual({ ...STORED, positions: 3, hoursPerWeek: 18.5 });
  });

  it("refuses a new start date in the past", () => {
    const parsed = schema.safeParse({ ...FORM, startDate: "1.12.2026" });
    expect(parsed.success).toBe(false);
    expect(!parsed.success && parsed.error.flatten().fieldErrors.startDate).toEqual([JOB_ORDER_MESSAGES.startDatePast]);
  });

  it("takes a cleared application deadline as none", () => {
    const withDeadline = createOrderCorrectionSchema({ today: TODAY, unchanged: { startDate: STORED.startDate, applicationDeadline: "2026-12-20" } });
    const parsed = withDeadline.safeParse({ ...FORM, applicationDeadline: "" });
    expect(parsed.success && parsed.data.values.applicationDeadline).toBeNull();
  });

  it("refuses a form without its update key", () => {
    const { updateKey: _, ...withoutKey } = FORM;
    expect(schema.safeParse(withoutKey).success).toBe(false);
  });
});
