import { parseWithZod } from "@conform-to/zod";
import { describe, expect, it } from "vitest";
import { policyFormSchema } from "~/schemas/policy";

/** The form as the browser posts it: every value a string, unchecked boxes absent. */
function form(overrides: Record<string, string | null> = {}): FormData {
  const values: Record<string, string | null> = {
    responseHours: "24",
    countingMode: "WORKING_HOURS",
    "openingHours.mon.from": "08:00",
    "openingHours.mon.to": "15:30",
    "openingHours.tue.from": "08:00",
    "openingHours.tue.to": "15:30",
    "openingHours.wed.from": "08:00",
    "openingHours.wed.to": "15:30",
    "openingHours.thu.from": "08:00",
    "openingHours.thu.to": "17:00",
    "openingHours.fri.from": "08:00",
    "openingHours.fri.to": "13:00",
    "openingHours.sat.from": "",
    "openingHours.sat.to": "",
    "openingHours.sun.from": "",
    "openingHours.sun.to": "",
    useDanishHolidays: "on",
    extraClosedDays: "2026-12-31\n2026-12-24\r\n\n2026-12-24",
    warningAtPercent: "75",
    escalateTeamLeadAfterHours: "0",
    escalateManagerAfterHours: "8",
    escalationEmails: "Chef@Kommune.dk, udvalg@kommune.dk\nchef@kommune.dk",
    note: "  Ny aftale med udvalget  ",
    csrf: "ignored",
    ...overrides,
  };
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) if (value !== null) data.append(key, value);
  return data;
}

function parse(overrides: Record<string, string | null> = {}) {
  return parseWithZod(form(overrides), { schema: policyFormSchema });
}

function errorsOf(overrides: Record<string, string | null>) {
  const submission = parse(overrides);
  expect(submission.status).toBe("error");
  return submission.status === "error" ? (submission.error ?? {}) : {};
}

describe("policyFormSchema", () => {
  it("turns a valid form into the values of a new version", () => {
    const submission = parse();
    expect(submission.status).toBe("success");
    if (submission.status !== "success") return;
    expect(submission.value).toEqual({
      responseHours: 24,
      countingMode: "WORKING_HOURS",
      openingHours: {
        mon: [["08:00", "15:30"]],
        tue: [["08:00", "15:30"]],
        wed: [["08:00", "15:30"]],
        thu: [["08:00", "17:00"]],
        fri: [["08:00", "13:00"]],
        sat: [],
        sun: [],
      },
      useDanishHolidays: true,
      extraClosedDays: ["2026-12-24", "2026-12-31"],
      warningAtPercent: 75,
      escalateTeamLeadAfterHours: 0,
      escalateManagerAfterHours: 8,
      escalationEmails: ["chef@kommune.dk", "udvalg@kommune.dk"],
      note: "Ny aftale med udvalget",
    });
  });

  it("reads an unchecked holiday box, empty lists and an empty note", () => {
    const submission = parse({ useDanishHolidays: null, extraClosedDays: "", escalationEmails: "", note: "" });
    expect(submission.status).toBe("success");
    if (submission.status !== "success") return;
    expect(submission.value.useDanishHolidays).toBe(false);
    expect(submission.value.extraClosedDays).toEqual([]);
    expect(submission.value.escalationEmails).toEqual([]);
    expect(submission.value.note).toBeNull();
  });

  it("accepts clock hours with no opening hours at all", () => {
    const closed = Object.fromEntries(
      ["mon", "tue", "wed", "thu", "fri"].flatMap((d) => [[`openingHours.${d}.from`, ""], [`openingHours.${d}.to`, ""]]),
    );
    expect(parse({ countingMode: "CLOCK_HOURS", ...closed }).status).toBe("success");
  });

  it("requires opening hours on some day when counting working hours", () => {
    const closed = Object.fromEntries(
      ["mon", "tue", "wed", "thu", "fri"].flatMap((d) => [[`openingHours.${d}.from`, ""], [`openingHours.${d}.to`, ""]]),
    );
    expect(errorsOf(closed)["openingHours"]?.length).toBeGreaterThan(0);
  });

  it.each([
    ["0", "responseHours"],
    ["721", "responseHours"],
    ["1.5", "responseHours"],
    ["abc", "responseHours"],
  ])("rejects response hours %s", (value, field) => {
    const errors = errorsOf({ responseHours: value });
    expect(errors[field]?.[0]).toMatch(/helt tal fra 1 til 720/);
  });

  it("requires response hours and a counting mode, in Danish", () => {
    const errors = errorsOf({ responseHours: "", countingMode: null });
    expect(errors["responseHours"]?.[0]).toMatch(/Udfyld/);
    expect(errors["countingMode"]?.[0]).toBe("Vælg, hvordan fristen tælles.");
  });

  it.each(["0", "100"])("rejects a warning at %s %%", (value) => {
    expect(errorsOf({ warningAtPercent: value })["warningAtPercent"]?.[0]).toMatch(/fra 1 til 99/);
  });

  it("rejects a manager escalation before the team lead's", () => {
    const errors = errorsOf({ escalateTeamLeadAfterHours: "10", escalateManagerAfterHours: "4" });
    expect(errors["escalateManagerAfterHours"]?.[0]).toMatch(/efter eskalering til teamleder/);
  });

  it("accepts the same hours for team lead and manager", () => {
    expect(parse({ escalateTeamLeadAfterHours: "4", escalateManagerAfterHours: "4" }).status).toBe("success");
  });

  it("needs both times of an open day", () => {
    const errors = errorsOf({ "openingHours.mon.to": "" });
    expect(errors["openingHours.mon.to"]?.[0]).toMatch(/Mandag: udfyld både fra og til/);
  });

  it("needs the closing time after the opening time", () => {
    const errors = errorsOf({ "openingHours.tue.from": "16:00", "openingHours.tue.to": "08:00" });
    expect(errors["openingHours.tue.to"]?.[0]).toMatch(/Tirsdag: lukketid skal være efter åbningstid/);
  });

  it("rejects a malformed time", () => {
    const errors = errorsOf({ "openingHours.wed.from": "8" });
    expect(errors["openingHours.wed.from"]?.[0]).toMatch(/tt:mm/);
  });

  it("names the closed days that are not real dates", () => {
    const errors = errorsOf({ extraClosedDays: "2026-12-24\n2026-02-30\n24-12-2026" });
    expect(errors["extraClosedDays"]?.[0]).toMatch(/2026-02-30, 24-12-2026/);
  });

  it("names the escalation addresses that are not valid", () => {
    const errors = errorsOf({ escalationEmails: "chef@kommune.dk; ikke-en-adresse" });
    expect(errors["escalationEmails"]?.[0]).toMatch(/ikke-en-adresse/);
  });

  it("limits the note", () => {
    expect(errorsOf({ note: "x".repeat(501) })["note"]?.[0]).toMatch(/højst være 500 tegn/);
  });
});
