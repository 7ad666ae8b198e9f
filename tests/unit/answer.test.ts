import { parseWithZod } from "@conform-to/zod";
import { describe, expect, it } from "vitest";
import { composeAnswer } from "~/domain/job-order/answer";
import { answerOrderSchema } from "~/schemas/staff";

const OWNER = "5b6c7d8e-1111-4222-8333-944455556666";
const STEPS = ["Vi ringer til jer for at høre mere om jobbet", "Vi holder et møde med jer"];
const schema = answerOrderSchema(5000, { nextSteps: STEPS, ownerIds: [OWNER], today: "2026-12-02" });

function submit(values: Record<string, string>) {
  const data = new FormData();
  const all = { intent: "answer", nextStep: STEPS[0]!, ownerId: OWNER, nextStepDate: "3.12.2026", text: "", updateKey: "0b5c8f8e-3d1a-4f5e-9a42-6f1c2d3e4b5a", ...values };
  for (const [k, v] of Object.entries(all)) data.append(k, v);
  return parseWithZod(data, { schema });
}

describe("composeAnswer", () => {
  it("states the next step, by when and who owns the order, then the consultant's words", () => {
    expect(composeAnswer({ nextStep: "Vi ringer til jer.", ownerName: "Sara Nielsen", byDateText: "torsdag 3. december 2026", message: " Vi har to kandidater i tankerne. " })).toBe(
      "Næste skridt: Vi ringer til jer – senest torsdag 3. december 2026.\nJobordren har: Sara Nielsen.\n\nVi har to kandidater i tankerne.",
    );
  });

  it("leaves out an empty message", () => {
    expect(composeAnswer({ nextStep: "Vi holder et møde med jer", ownerName: "Bo", byDateText: "fredag 4. december 2026", message: "  " })).toBe(
      "Næste skridt: Vi holder et møde med jer – senest fredag 4. december 2026.\nJobordren har: Bo.",
    );
  });
});

describe("answerOrderSchema", () => {
  it("takes a step from the list, an owner offered, a date written by hand and no message", () => {
    const submission = submit({});
    expect(submission.status).toBe("success");
    expect(submission.status === "success" && submission.value).toMatchObject({ nextStep: STEPS[0], ownerId: OWNER, nextStepDate: "2026-12-03", text: "" });
  });

  it("refuses an answer without a next step, or with one not on the jobcentre's list", () => {
    expect(submit({ nextStep: "" }).status).toBe("error");
    const invented = submit({ nextStep: "ok" });
    expect(invented.status === "error" && invented.error?.nextStep).toBeTruthy();
  });

  it("refuses an owner not offered", () => {
    const other = submit({ ownerId: "9b6c7d8e-1111-4222-8333-944455556666" });
    expect(other.status === "error" && other.error?.ownerId).toBeTruthy();
  });

  it("refuses a date that is not one, in the past, or more than 60 days ahead", () => {
    for (const date of ["", "31.2.2027", "1.12.2026", "1.3.2027"]) {
      const submission = submit({ nextStepDate: date });
      expect(submission.status === "error" && submission.error?.nextStepDate, date).toBeTruthy();
    }
    expect(submit({ nextStepDate: "31.1.2027" }).status).toBe("success");
  });
});
