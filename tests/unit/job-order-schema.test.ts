import { parseWithZod } from "@conform-to/zod";
import { describe, expect, it } from "vitest";
import {
  createJobOrderSchema,
  danishToday,
  JOB_ORDER_KIND_LABELS,
  JOB_ORDER_KINDS,
  JOB_ORDER_MESSAGES as M,
  normalizeDanishPhone,
  parseDanishDate,
} from "~/schemas/job-order";
import { jobOrderFormValues } from "../factories";

const TODAY = "2026-06-01";
const schema = createJobOrderSchema({ today: TODAY });
const KEY = "0b5c8f8e-3d1a-4f5e-9a42-6f1c2d3e4b5a";

/** The form as an employer submits it: strings only, unchecked boxes absent. */
function formValues(overrides: Record<string, string | undefined> = {}): Record<string, string> {
  const values: Record<string, string | undefined> = {
    ...jobOrderFormValues({
      cvr: "25313763",
      companyName: "Nakskov Maskinfabrik A/S",
      contactEmail: "Mette.Hansen@Virksomhed.example",
      requirements: "Truckcertifikat er en fordel.",
      startDate: "2027-01-04",
    }),
    submissionKey: KEY,
    csrf: "token",
    ...overrides,
  };
  return Object.fromEntries(Object.entries(values).filter((e): e is [string, string] => e[1] !== undefined));
}

function toFormData(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) data.append(k, v);
  return data;
}

/** The real path: the form data through conform, as the route and the browser parse it. */
function submit(overrides: Record<string, string | undefined> = {}) {
  return parseWithZod(toFormData(formValues(overrides)), { schema });
}

function errorsOf(overrides: Record<string, string | undefined>, field: string): string[] | undefined {
  const submission = submit(overrides);
  expect(submission.status).toBe("error");
  return submission.status === "error" ? (submission.error?.[field] ?? undefined) : undefined;
}

describe("job order schema: valid input", () => {
  it("accepts the form and normalises the values", () => {
    const submission = submit({ openToSmallJobs: "on", openToJobCrafting: "on" });
    expect(submission.status).toBe("success");
    if (submission.status !== "success") return;
    expect(submission.value).toEqual({
      cvr: "25313763",
      companyName: "Nakskov Maskinfabrik A/S",
      companyAddress: "Havnegade 12",
      companyPostcode: "4900",
      contactName: "Mette Hansen",
      contactEmail: "mette.hansen@virksomhed.example",
      contactPhone: "20304050",
      title: "CNC-operatør",
      description: "Vi søger en erfaren CNC-operatør til dag- og aftenhold i vores produktion.",
      positions: 2,
      kind: "ORDINARY",
      hoursPerWeek: 37,
      startDate: "2027-01-04",
      workplacePostcode: "4900",
      requirements: "Truckcertifikat er en fordel.",
      openToSmallJobs: true,
      openToFlexJob: false,
      openToJobCrafting: true,
      jobcentreId: undefined,
      submissionKey: KEY,
    });
  });

  it("also parses a plain object (scripts and tests use it without conform)", () => {
    const result = schema.safeParse(formValues({ openToFlexJob: "on" }));
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data.positions).toBe(2);
    expect(result.data.openToFlexJob).toBe(true);
    expect(result.data.openToSmallJobs).toBe(false);
    expect(result.data.requirements).toBe("Truckcertifikat er en fordel.");
  });

  it("leaves out the optional fields", () => {
    const submission = submit({ requirements: "", jobcentreId: "" });
    expect(submission.status).toBe("success");
    if (submission.status !== "success") return;
    expect(submission.value.requirements).toBe("");
    expect(submission.value.jobcentreId).toBeUndefined();
  });

  it("keeps a chosen jobcentre", () => {
    const submission = submit({ jobcentreId: "lolland" });
    expect(submission.status === "success" && submission.value.jobcentreId).toBe("lolland");
  });
});

describe("CVR number", () => {
  it("accepts spaces and a DK prefix", () => {
    for (const cvr of ["25 31 37 63", "DK25313763", "dk 2531 3763", " 25313763 "]) {
      const submission = submit({ cvr });
      expect(submission.status, cvr).toBe("success");
      expect(submission.status === "success" && submission.value.cvr).toBe("25313763");
    }
  });

  it("asks for the number when it is missing", () => {
    expect(errorsOf({ cvr: "" }, "cvr")).toEqual([M.cvrRequired]);
    expect(errorsOf({ cvr: undefined }, "cvr")).toEqual([M.cvrRequired]);
  });

  it("requires 8 digits", () => {
    expect(errorsOf({ cvr: "2531376" }, "cvr")).toEqual([M.cvrFormat]);
    expect(errorsOf({ cvr: "253137631" }, "cvr")).toEqual([M.cvrFormat]);
    expect(errorsOf({ cvr: "2531376x" }, "cvr")).toEqual([M.cvrFormat]);
  });

  it("rejects a number that fails the modulus 11 check, in Danish", () => {
    expect(errorsOf({ cvr: "12345678" }, "cvr")).toEqual([M.cvrChecksum]);
    expect(errorsOf({ cvr: "25313764" }, "cvr")).toEqual([M.cvrChecksum]);
  });
});

describe("company and contact", () => {
  it("requires name, address and postcode", () => {
    expect(errorsOf({ companyName: "" }, "companyName")).toEqual([M.companyNameRequired]);
    expect(errorsOf({ companyName: "   " }, "companyName")).toEqual([M.companyNameRequired]);
    expect(errorsOf({ companyAddress: "" }, "companyAddress")).toEqual([M.companyAddressRequired]);
    expect(errorsOf({ companyPostcode: "" }, "companyPostcode")).toEqual([M.companyPostcodeRequired]);
  });

  it("limits the length of names", () => {
    expect(errorsOf({ companyName: "x".repeat(201) }, "companyName")).toEqual([M.companyNameTooLong]);
    expect(errorsOf({ contactName: "x".repeat(121) }, "contactName")).toEqual([M.contactNameTooLong]);
  });

  it("accepts a postcode written with its town or a DK- prefix, keeping the number", () => {
    for (const value of ["4900 Nakskov", "4900, Nakskov", " DK-4900 ", "4900 Nørre Alslev"]) {
      const submission = submit({ companyPostcode: value, workplacePostcode: value });
      expect(submission.status, value).toBe("success");
      if (submission.status !== "success") continue;
      expect(submission.value.companyPostcode).toBe("4900");
      expect(submission.value.workplacePostcode).toBe("4900");
    }
  });

  it("reads a start date as day, month and year", () => {
    const submission = submit({ startDate: "1/2/2099" });
    expect(submission.status === "success" && submission.value.startDate).toBe("2099-02-01");
  });

  it("requires 4-digit postcodes", () => {
    for (const value of ["490", "49000", "49a0", "4900 4901", "Nakskov 4900"]) {
      expect(errorsOf({ companyPostcode: value }, "companyPostcode"), value).toEqual([M.postcodeFormat]);
      expect(errorsOf({ workplacePostcode: value }, "workplacePostcode"), value).toEqual([M.postcodeFormat]);
    }
    expect(errorsOf({ workplacePostcode: "" }, "workplacePostcode")).toEqual([M.workplacePostcodeRequired]);
  });

  it("requires a contact name and a valid email, stored lower-cased", () => {
    expect(errorsOf({ contactName: "" }, "contactName")).toEqual([M.contactNameRequired]);
    expect(errorsOf({ contactEmail: "" }, "contactEmail")).toEqual([M.contactEmailRequired]);
    expect(errorsOf({ contactEmail: "mette@" }, "contactEmail")).toContain(M.contactEmailFormat);
    expect(errorsOf({ contactEmail: "mette hansen@virksomhed.dk" }, "contactEmail")).toContain(M.contactEmailFormat);
  });

  it("accepts Danish phone numbers with spaces, dashes and +45", () => {
    for (const phone of ["20304050", "20 30 40 50", "+45 20 30 40 50", "+4520304050", "0045 2030 4050", "20-30-40-50"]) {
      const submission = submit({ contactPhone: phone });
      expect(submission.status, phone).toBe("success");
      expect(submission.status === "success" && submission.value.contactPhone).toBe("20304050");
    }
  });

  it("rejects other phone numbers, in Danish", () => {
    expect(errorsOf({ contactPhone: "" }, "contactPhone")).toEqual([M.contactPhoneRequired]);
    for (const phone of ["2030405", "203040506", "+46 20 30 40 50", "telefon"]) {
      expect(errorsOf({ contactPhone: phone }, "contactPhone"), phone).toEqual([
        "Telefonnummeret skal være et dansk nummer på 8 cifre, fx 20 30 40 50",
      ]);
    }
  });
});

describe("the job", () => {
  it("requires a title and limits it", () => {
    expect(errorsOf({ title: "" }, "title")).toEqual([M.titleRequired]);
    expect(errorsOf({ title: "x".repeat(121) }, "title")).toEqual([M.titleTooLong]);
  });

  it("requires a description of some length, with one message at a time", () => {
    expect(errorsOf({ description: "" }, "description")).toEqual([M.descriptionRequired]);
    expect(errorsOf({ description: "  " }, "description")).toEqual([M.descriptionRequired]);
    expect(errorsOf({ description: "For kort" }, "description")).toEqual([M.descriptionTooShort]);
    expect(errorsOf({ description: "x".repeat(4001) }, "description")).toEqual([M.descriptionTooLong]);
  });

  it("takes 1 to 500 positions as a whole number", () => {
    expect(submit({ positions: "1" }).status).toBe("success");
    expect(submit({ positions: "500" }).status).toBe("success");
    expect(errorsOf({ positions: "" }, "positions")).toEqual([M.positionsRequired]);
    for (const value of ["0", "501", "2,5", "-1", "to"]) {
      expect(errorsOf({ positions: value }, "positions"), value).toEqual([M.positionsRange]);
    }
  });

  it("knows every kind of job order, each with a Danish label", () => {
    for (const kind of JOB_ORDER_KINDS) expect(submit({ kind }).status, kind).toBe("success");
    expect(JOB_ORDER_KIND_LABELS).toMatchObject({ SMALL_JOB: "småjob", FLEX_JOB: "fleksjob", IGU: "IGU (integrationsgrunduddannelse)" });
    expect(Object.keys(JOB_ORDER_KIND_LABELS).sort()).toEqual([...JOB_ORDER_KINDS].sort());
    expect(errorsOf({ kind: "" }, "kind")).toEqual([M.kindRequired]);
    expect(errorsOf({ kind: "VOLUNTEER" }, "kind")).toEqual([M.kindRequired]);
  });

  it("takes hours per week with a Danish decimal comma", () => {
    const comma = submit({ hoursPerWeek: "18,5" });
    expect(comma.status === "success" && comma.value.hoursPerWeek).toBe(18.5);
    const point = submit({ hoursPerWeek: "18.5" });
    expect(point.status === "success" && point.value.hoursPerWeek).toBe(18.5);
    expect(submit({ hoursPerWeek: "1" }).status).toBe("success");
    expect(submit({ hoursPerWeek: "60" }).status).toBe("success");
  });

  it("rejects hours outside 1–60 or with more than one decimal", () => {
    expect(errorsOf({ hoursPerWeek: "" }, "hoursPerWeek")).toEqual([M.hoursRequired]);
    for (const value of ["0", "0,5", "61", "37,25", "fuld tid", "-5"]) {
      expect(errorsOf({ hoursPerWeek: value }, "hoursPerWeek"), value).toEqual([M.hoursRange]);
    }
  });
});

describe("start date", () => {
  it("accepts today and later dates, ISO or Danish", () => {
    const cases: Array<[string, string]> = [
      [TODAY, TODAY],
      ["2027-01-04", "2027-01-04"],
      ["4-1-2027", "2027-01-04"],
      ["04.01.2027", "2027-01-04"],
      ["4/1/2027", "2027-01-04"],
    ];
    for (const [input, expected] of cases) {
      const submission = submit({ startDate: input });
      expect(submission.status === "success" && submission.value.startDate, input).toBe(expected);
    }
  });

  it("rejects a date before today", () => {
    expect(errorsOf({ startDate: "2026-05-31" }, "startDate")).toEqual(["Startdatoen kan ikke ligge før i dag"]);
  });

  it("rejects dates that do not exist", () => {
    expect(errorsOf({ startDate: "" }, "startDate")).toEqual([M.startDateRequired]);
    for (const value of ["2027-02-30", "31-04-2027", "2027-13-01", "snarest", "2027/01/04"]) {
      expect(errorsOf({ startDate: value }, "startDate"), value).toEqual([M.startDateFormat]);
    }
  });

  it("takes an optional application deadline from today up to a year ahead", () => {
    const none = submit({});
    expect(none.status === "success" && none.value.applicationDeadline).toBeUndefined();
    const given = submit({ applicationDeadline: "15-12-2026" });
    expect(given.status === "success" && given.value.applicationDeadline).toBe("2026-12-15");
    expect(errorsOf({ applicationDeadline: "2026-05-31" }, "applicationDeadline")).toEqual([M.applicationDeadlinePast]);
    expect(errorsOf({ applicationDeadline: "2027-06-02" }, "applicationDeadline")).toEqual([M.applicationDeadlineTooFar]);
    expect(errorsOf({ applicationDeadline: "snart" }, "applicationDeadline")).toEqual([M.applicationDeadlineFormat]);
  });

  it("uses the Danish date as today", () => {
    // 23:30 UTC on 31 December is already New Year's Day in Copenhagen.
    expect(danishToday(new Date("2026-12-31T23:30:00Z"))).toBe("2027-01-01");
    expect(danishToday(new Date("2026-06-30T21:59:00Z"))).toBe("2026-06-30");
  });

  it("parses dates strictly", () => {
    expect(parseDanishDate("2028-02-29")).toBe("2028-02-29");
    expect(parseDanishDate("2027-02-29")).toBeNull();
  });
});

describe("other fields", () => {
  it("limits the requirements", () => {
    expect(errorsOf({ requirements: "x".repeat(2001) }, "requirements")).toEqual([M.requirementsTooLong]);
  });

  it("needs the submission token", () => {
    expect(errorsOf({ submissionKey: undefined }, "submissionKey")).toEqual([M.submissionKeyInvalid]);
    expect(errorsOf({ submissionKey: "not-a-uuid" }, "submissionKey")).toEqual([M.submissionKeyInvalid]);
  });

  it("reports every wrong field at once", () => {
    const submission = parseWithZod(toFormData({ submissionKey: KEY }), { schema });
    expect(submission.status).toBe("error");
    if (submission.status !== "error") return;
    expect(Object.keys(submission.error ?? {}).sort()).toEqual(
      [
        "cvr",
        "companyName",
        "companyAddress",
        "companyPostcode",
        "contactName",
        "contactEmail",
        "contactPhone",
        "title",
        "description",
        "positions",
        "kind",
        "hoursPerWeek",
        "startDate",
        "workplacePostcode",
      ].sort(),
    );
  });

  it("normalises phone numbers", () => {
    expect(normalizeDanishPhone("+45 20 30 40 50")).toBe("20304050");
    expect(normalizeDanishPhone("12 34 56")).toBeNull();
  });
});
