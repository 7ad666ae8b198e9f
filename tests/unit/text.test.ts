import { describe, expect, it } from "vitest";
import { jobOrderSchema } from "~/schemas/job-order";
import { toSingleLine } from "~/utils/text";
import { jobOrderFormValues } from "../factories";

describe("toSingleLine", () => {
  it.each([
    ["Nakskov\r\nMaskinfabrik", "Nakskov Maskinfabrik"],
    ["Mette\tHansen", "Mette Hansen"],
    ["CNC-operatør\u2028Bcc: alle", "CNC-operatør Bcc: alle"],
    ["  to   mellemrum  ", "to mellemrum"],
  ])("%j → %j", (input, expected) => {
    expect(toSingleLine(input)).toBe(expected);
  });
});

describe("the job order form's one-line fields", () => {
  it("keep a pasted line break out of names, title and address, and keep it in the description", () => {
    const parsed = jobOrderSchema.parse(
      jobOrderFormValues({
        companyName: "Nakskov\r\nMaskinfabrik",
        contactName: "Mette\nHansen",
        title: "CNC-operatør\n\nSe vedhæftede",
        companyAddress: "Havnegade 12\r\n4900 Nakskov",
        description: "Linje et\nLinje to med mere tekst",
        submissionKey: crypto.randomUUID(),
      }),
    );
    expect([parsed.companyName, parsed.contactName, parsed.title, parsed.companyAddress]).toEqual([
      "Nakskov Maskinfabrik",
      "Mette Hansen",
      "CNC-operatør Se vedhæftede",
      "Havnegade 12 4900 Nakskov",
    ]);
    expect(parsed.description).toContain("\n");
  });
});
