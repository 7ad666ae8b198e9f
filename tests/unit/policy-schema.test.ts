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
    consentReplyDays: "3",
    referralWithinWorkingDays: "10",
    meetingAbovePositions: "5",
    meetingWithinWorkingDays: "5",
    meetingSlotTimes: "13:00, 9.00\n09:00",
    answerNextSteps: "Vi ringer til jer, i dag eller i morgen\n  Vi  holder et møde  \n\nVi ringer til jer, i dag eller i morgen",
    feedbackReminderWorkingDays: "5",
    followUpWeeksAfterStart: "4",
    orderOpenDays: "60",
    surveyReminderDays: "7",
    surveyCloseDays: "14",
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
      consentReplyDays: 3,
      referralWithinWorkingDays: 10,
      meetingAbovePositions: 5,
      meetingWithinWorkingDays: 5,
      meetingSlotTimes: ["09:00", "13:00"],
      answerNextSteps: ["Vi ringer til jer, i dag eller i morgen", "Vi holder et møde"],
      feedbackReminderWorkingDays: 5,
      followUpWeeksAfterStart: 4,
      orderOpenDays: 60,
      surveyReminderDays: 7,
      surveyCloseDays: 14,
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

  it("requires opening hours also with clock hours, since the working days after the answer count in them", () => {
    const closed = Object.fromEntries(
      ["mon", "tue", "wed", "thu", "fri"].flatMap((d) => [[`openingHours.${d}.from`, ""], [`openingHours.${d}.to`, ""]]),
    );
    expect(errorsOf({ countingMode: "CLOCK_HOURS", ...closed })["openingHours"]?.[0]).toMatch(/arbejdsdagene efter svaret/);
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

  it("keeps a next step to one line without control characters, and a step of only those is no step", () => {
    expect(errorsOf({ answerNextSteps: "\u0001" })["answerNextSteps"]?.[0]).toBeDefined();
    const submission = parse({ answerNextSteps: "Vi\u0001ringer\ttil jer\n\u0007" });
    expect(submission.status === "success" && submission.value.answerNextSteps).toEqual(["Vi ringer til jer"]);
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

  describe("after the answer", () => {
    it("reads an empty meeting threshold as no meeting promised", () => {
      const submission = parse({ meetingAbovePositions: "" });
      expect(submission.status).toBe("success");
      if (submission.status !== "success") return;
      expect(submission.value.meetingAbovePositions).toBeNull();
    });

    it("accepts the limits of every range", () => {
      const low = parse({
        consentReplyDays: "1",
        referralWithinWorkingDays: "1",
        meetingAbovePositions: "1",
        meetingWithinWorkingDays: "1",
        meetingSlotTimes: "00:00",
        feedbackReminderWorkingDays: "1",
        followUpWeeksAfterStart: "1",
        orderOpenDays: "7",
        surveyReminderDays: "1",
        surveyCloseDays: "1",
      });
      expect(low.status).toBe("success");
      const high = parse({
        consentReplyDays: "30",
        referralWithinWorkingDays: "60",
        meetingAbovePositions: "500",
        meetingWithinWorkingDays: "30",
        meetingSlotTimes: "08:00\n09:00\n10:00\n11:00\n12:00\n23:59",
        feedbackReminderWorkingDays: "30",
        followUpWeeksAfterStart: "52",
        orderOpenDays: "365",
        surveyReminderDays: "30",
        surveyCloseDays: "60",
      });
      expect(high.status).toBe("success");
      if (high.status !== "success") return;
      expect(high.value.meetingSlotTimes).toHaveLength(6);
    });

    it.each([
      ["consentReplyDays", "0", "Fristen for samtykke skal være et helt tal fra 1 til 30."],
      ["consentReplyDays", "31", "Fristen for samtykke skal være et helt tal fra 1 til 30."],
      ["consentReplyDays", "", "Udfyld fristen for samtykke."],
      ["referralWithinWorkingDays", "61", "Fristen for første henvisning skal være et helt tal fra 1 til 60."],
      ["referralWithinWorkingDays", "2.5", "Fristen for første henvisning skal være et helt tal fra 1 til 60."],
      ["referralWithinWorkingDays", "", "Udfyld fristen for første henvisning."],
      ["meetingAbovePositions", "0", "Antal stillinger for møde skal være et helt tal fra 1 til 500, eller tomt, hvis der ikke tilbydes møde."],
      ["meetingAbovePositions", "501", "Antal stillinger for møde skal være et helt tal fra 1 til 500, eller tomt, hvis der ikke tilbydes møde."],
      ["meetingAbovePositions", "fem", "Antal stillinger for møde skal være et helt tal fra 1 til 500, eller tomt, hvis der ikke tilbydes møde."],
      ["meetingWithinWorkingDays", "31", "Fristen for mødet skal være et helt tal fra 1 til 30."],
      ["meetingWithinWorkingDays", "", "Udfyld fristen for mødet."],
      ["feedbackReminderWorkingDays", "0", "Påmindelsen om tilbagemelding skal være et helt tal fra 1 til 30."],
      ["followUpWeeksAfterStart", "53", "Antal uger til opfølgning skal være et helt tal fra 1 til 52."],
      ["orderOpenDays", "6", "Antal dage til lukning skal være et helt tal fra 7 til 365."],
      ["orderOpenDays", "366", "Antal dage til lukning skal være et helt tal fra 7 til 365."],
      ["surveyReminderDays", "31", "Påmindelsen om tilfredshedsundersøgelsen skal være et helt tal fra 1 til 30."],
      ["surveyCloseDays", "61", "Lukningen af tilfredshedsundersøgelsen skal være et helt tal fra 1 til 60."],
      ["surveyCloseDays", "", "Udfyld lukningen af tilfredshedsundersøgelsen."],
    ])("rejects %s = %j with a Danish message", (field, value, message) => {
      expect(errorsOf({ [field]: value })[field]).toEqual([message]);
    });

    it.each([
      ["", "Skriv mindst ét mødetidspunkt, fx 09:00."],
      [" , \n ", "Skriv mindst ét mødetidspunkt, fx 09:00."],
      ["09:00, 25:00, 9", "Skriv hvert mødetidspunkt som tt:mm, fx 09:00, adskilt af komma eller linjeskift. Ikke gyldig: 25:00, 9."],
      ["08:00, 09:00, 10:00, 11:00, 12:00, 13:00, 14:00", "Skriv højst 6 mødetider."],
    ])("rejects the meeting times %j", (value, message) => {
      expect(errorsOf({ meetingSlotTimes: value })["meetingSlotTimes"]).toEqual([message]);
    });

    it("shows the meeting times' error beside the field even when another field is wrong too", () => {
      const errors = errorsOf({ responseHours: "0", meetingSlotTimes: "kl. 9" });
      expect(errors["responseHours"]?.[0]).toMatch(/helt tal fra 1 til 720/);
      expect(errors["meetingSlotTimes"]?.[0]).toMatch(/Ikke gyldig: kl\. 9/);
    });
  });
});
