// The update key every update form carries, and where a hidden field's refusal is said.
import { describe, expect, it } from "vitest";
import { rowUpdateKeyField, STALE_FORM_MESSAGE, updateKeyField } from "../../app/schemas/update-key";
import { withHiddenFieldErrorsOnForm } from "../../app/utils/submission";

const KEY = "0b5c8f8e-3d1a-4f5e-9a42-6f1c2d3e4b5a";

const refusalOf = (schema: typeof updateKeyField | typeof rowUpdateKeyField, value: unknown) => {
  const parsed = schema.safeParse(value);
  return parsed.success ? null : parsed.error.issues.map((i) => i.message);
};

describe("the update key", () => {
  it("takes one fresh key per form and refuses anything else as a page out of date", () => {
    expect(refusalOf(updateKeyField, KEY)).toBeNull();
    for (const value of [undefined, "", "not-a-uuid", `${KEY}:close`, 42]) expect(refusalOf(updateKeyField, value)).toEqual([STALE_FORM_MESSAGE]);
  });

  it("on a page with a form per row, takes the page's key with the form's intent and row after it", () => {
    for (const value of [KEY, `${KEY}:close`, `${KEY}:withdraw:${KEY}`]) expect(refusalOf(rowUpdateKeyField, value)).toBeNull();
    for (const value of [undefined, "", "key-12345678", `${KEY}:a:b:c`, `${KEY}:<script>`, `x${KEY}`]) {
      expect(refusalOf(rowUpdateKeyField, value)).toEqual([STALE_FORM_MESSAGE]);
    }
  });
});

describe("a hidden field's refusal", () => {
  it("is said for the whole form, after the form's own errors, and once", () => {
    const result = withHiddenFieldErrorsOnForm(
      { status: "error", error: { "": ["Svaret er ikke sendt."], text: ["Skriv et svar."], updateKey: [STALE_FORM_MESSAGE], referralId: [STALE_FORM_MESSAGE] } },
      ["updateKey", "referralId"],
    );
    expect(result.error).toEqual({ "": ["Svaret er ikke sendt.", STALE_FORM_MESSAGE], text: ["Skriv et svar."] });
  });

  it("leaves a result without hidden-field errors as it is", () => {
    const result = { status: "error" as const, error: { text: ["Skriv et svar."] } };
    expect(withHiddenFieldErrorsOnForm(result, ["updateKey"])).toBe(result);
    expect(withHiddenFieldErrorsOnForm({ status: "success" }, ["updateKey"])).toEqual({ status: "success" });
  });
});
