// Property-based fuzzing (fast-check) of the forms, the workflow updates behind them and the CSV import,
// against the production web process: over 10,000 cases each run. Every field is either a value the form
// takes or something else (any code point, Danish letters, emoji, right-to-left text, 4-byte characters,
// NUL bytes, very long lines). Whatever arrives: no answer of 500 or more; a refusal says in Danish what is
// wrong beside a field (never a validator's English default); nothing is stored from a refused form; what
// is stored is what was typed (trimmed, NUL removed, one-line fields on one line).
import crypto from "node:crypto";
import fc from "fast-check";
import type { ResponsePolicy } from "@prisma/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FORM_BODY_LIMIT_BYTES } from "../../app/utils/request-body.server";
import { toSingleLine } from "../../app/utils/text";
import { dateAhead } from "../support/dates";
import { eventually } from "../support/eventually";
import { answerFields, Browser, database, portal, staff, submitOrder, type Reply } from "./http";

/** Cases per property; their sum is the run's (over 10,000). FUZZ_RUNS scales them for a longer local run. */
const SCALE = Number(process.env.FUZZ_RUNS ?? 1);
const runs = (n: number) => Math.max(1, Math.round(n * SCALE));

// Lejre's orders: the other security tests count and read Lolland's and Faxe's.
const POSTCODE = "4320";

const STRANGE = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "æøå ÆØÅ é ü",
  "שלום עולם",
  "مرحبا بالعالم",
  "\u202Eevil\u202C",
  "😀👩‍👩‍👧‍👦🇩🇰",
  "𝄞 𠜎 🀄",
  "\r\n\t",
  "<script>alert(1)</script>",
  "'; DROP TABLE \"JobOrder\"; --",
  "%00%0d%0a",
  "x".repeat(5_000),
  "ø".repeat(10_000),
];

/** Any text at all: single code points of the whole range, graphemes, control characters, the strange list. */
function anyText(maxLength: number): fc.Arbitrary<string> {
  return fc.oneof(
    fc.string({ unit: "binary", maxLength }),
    fc.string({ unit: "grapheme", maxLength }),
    fc.string({ unit: "binary-ascii", maxLength }),
    fc.constantFrom(...STRANGE),
  );
}

/** Text a field takes: non-blank, of any script, mostly within `maxLength` code units (a long grapheme may pass it). */
function typedText(maxLength: number, prefix = ""): fc.Arbitrary<string> {
  return fc
    .string({ unit: fc.oneof(fc.constant("æ"), fc.constant("😀"), fc.constant("ש"), fc.constant("𠜎"), fc.constant("\u0000"), fc.constant("\n"), fc.string({ unit: "grapheme", minLength: 1, maxLength: 1 })), minLength: 1, maxLength: Math.floor(maxLength / 3) })
    .map((s) => `${prefix}${s}x`);
}

/** A field's value: mostly what the form takes, sometimes anything. */
function field(valid: fc.Arbitrary<string>, maxLength = 300): fc.Arbitrary<string> {
  return fc.oneof({ weight: 4, arbitrary: valid }, { weight: 1, arbitrary: anyText(maxLength) });
}

const withoutNul = (s: string) => s.split("\u0000").join("");
const multiLine = (s: string) => withoutNul(s).trim();
const oneLine = (s: string) => toSingleLine(withoutNul(s).trim());

// zod's own English messages: a refusal that shows one has a path no Danish message was written for.
const ENGLISH_DEFAULTS = /\b(Required|Invalid input|Invalid enum value|Invalid uuid|Invalid email|Invalid date|Expected [a-z]+, received|String must contain|Number must be|Invalid literal value)\b/;

/** A client with one CSRF token for many posts, each from its own address (the form's rate limit is per address). */
class Sender {
  /** One counter for every sender of the file: no two posts share an address, whichever form they go to. */
  private static next = 1;
  private token = "";
  constructor(readonly browser = new Browser()) {}

  async ready(formPage: string): Promise<this> {
    this.token = await this.browser.csrfToken(formPage);
    return this;
  }

  /**
   * Null for a body over the form limit: the server cuts those off unread (body-limits.test.ts), which would
   * leave a broken connection in the shared pool for the next case.
   */
  async post(path: string, fields: Record<string, string>): Promise<Reply | null> {
    const body = new URLSearchParams({ csrf: this.token, ...fields });
    if (Buffer.byteLength(body.toString()) > FORM_BODY_LIMIT_BYTES) return null;
    const n = Sender.next++;
    return this.browser.request(path, {
      method: "POST",
      body,
      headers: { "Content-Type": "application/x-www-form-urlencoded", "X-Forwarded-For": `2001:db8:${(n >> 16).toString(16)}::${(n & 0xffff).toString(16)}` },
    });
  }
}

function expectNoServerError(reply: Reply, what: string) {
  expect(reply.status, `${what}: ${reply.text.slice(0, 300)}`).toBeLessThan(500);
}

/** A refused form: said beside a field, in Danish. */
function expectDanishRefusal(reply: Reply, what: string) {
  expect(reply.text, `${what}: no error beside a field`).toMatch(/class="form-error-message"|role="alert"/);
  expect(reply.text, `${what}: a validator's English default`).not.toMatch(ENGLISH_DEFAULTS);
}

// --- the public job order form ----------------------------------------------------------------------------

/** Each field's values the form takes (some with text of every script), and values it refuses. */
const ORDER_FIELDS: Record<string, { takes: fc.Arbitrary<string>; refuses?: string[] }> = {
  cvr: { takes: fc.constantFrom("29189919", "29 18 99 19", "10150817"), refuses: ["12345679"] },
  companyName: { takes: typedText(200, "Firma ") },
  companyAddress: { takes: typedText(200, "Vej ") },
  companyPostcode: { takes: fc.constantFrom(POSTCODE, `${POSTCODE} Lejre`, "DK-4320"), refuses: ["43"] },
  contactName: { takes: typedText(120) },
  contactPhone: { takes: fc.constantFrom("20304050", "+45 20 30 40 50"), refuses: ["2030"] },
  title: { takes: typedText(120) },
  description: { takes: typedText(4000, "Opgaverne er disse: ") },
  positions: { takes: fc.constantFrom("1", "3", "500"), refuses: ["0", "501", "2,5"] },
  kind: { takes: fc.constantFrom("ORDINARY", "FLEX_JOB", "IGU"), refuses: ["SOMETHING"] },
  hoursPerWeek: { takes: fc.constantFrom("37", "18,5", "18.5"), refuses: ["0", "61"] },
  startDate: { takes: fc.constantFrom(dateAhead(30).typed, dateAhead(30).iso), refuses: ["31.2.2027", "1.1.2020"] },
  applicationDeadline: { takes: fc.constantFrom("", dateAhead(20).typed), refuses: ["2.13.2027"] },
  workplacePostcode: { takes: fc.constantFrom(POSTCODE, "4330"), refuses: ["0000"] },
  requirements: { takes: fc.oneof(fc.constant(""), typedText(2000)) },
  openToFlexJob: { takes: fc.constantFrom("on", "") },
};

const entries = Object.entries(ORDER_FIELDS);
// A fifth of the cases are whole orders the form takes, with strange text; the rest mix in refused values and anything at all.
const orderForm = fc.oneof(
  { weight: 1, arbitrary: fc.record(Object.fromEntries(entries.map(([name, f]) => [name, f.takes]))) },
  { weight: 2, arbitrary: fc.record(Object.fromEntries(entries.map(([name, f]) => [name, field(f.refuses ? fc.oneof(f.takes, fc.constantFrom(...f.refuses)) : f.takes)]))) },
  { weight: 2, arbitrary: fc.record(Object.fromEntries(entries.map(([name, f]) => [name, field(f.takes)]))) },
) as fc.Arbitrary<Record<string, string>>;


describe("the public job order form", () => {
  it("answers every submission below 500, refuses in Danish and stores nothing refused, and stores what was typed", async () => {
    const sender = await new Sender().ready("/jobordre/ny");
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(orderForm, async (form) => {
        const submissionKey = crypto.randomUUID();
        const contactEmail = `fuzz+${submissionKey.slice(0, 12)}@virksomhed.example`;
        const reply = await sender.post("/jobordre/ny", { ...form, contactEmail, submissionKey });
        if (!reply) return;
        expectNoServerError(reply, "order form");
        const stored = await database().jobOrder.findUnique({ where: { submissionKey }, include: { company: true } });
        if (reply.status !== 302) {
          expect(stored, "a refused order was stored").toBeNull();
          if (reply.status === 400) expectDanishRefusal(reply, "order form");
          return;
        }
        accepted++;
        expect(stored, "an accepted order is stored").not.toBeNull();
        expect(stored!.title).toBe(oneLine(form.title!));
        expect(stored!.description).toBe(multiLine(form.description!));
        expect(stored!.requirements).toBe(multiLine(form.requirements!));
        expect(stored!.contactName).toBe(oneLine(form.contactName!));
        // The order keeps the company as typed, whatever the register says.
        expect(stored!.statedCompanyName).toBe(oneLine(form.companyName!));
        expect(stored!.statedCompanyAddress).toBe(oneLine(form.companyAddress!));
      }),
      { numRuns: runs(3_000) },
    );
    // The generator reaches the far side of the rules too.
    expect(accepted).toBeGreaterThan(0);
  }, 600_000);
});

describe("the job order a consultant takes for a company", () => {
  it("answers every submission below 500, refuses in Danish, stores nothing refused, and stores what was typed for the register's company", async () => {
    const order = await submitOrder(new Browser(), { companyPostcode: POSTCODE, workplacePostcode: POSTCODE, companyName: "Fuzz På Vegne ApS" });
    const company = (await database().jobOrder.findUniqueOrThrow({ where: { id: order.id }, include: { company: true } })).company;
    const path = `/virksomheder/${company.cvr}/jobordre`;
    const signedIn = new Browser();
    await signedIn.signIn(staff("konsulent", "lejre"));
    const consultant = await new Sender(signedIn).ready(path);
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(orderForm, async (form) => {
        const submissionKey = crypto.randomUUID();
        const contactEmail = `fuzz+${submissionKey.slice(0, 12)}@virksomhed.example`;
        const reply = await consultant.post(path, { ...form, contactEmail, submissionKey });
        if (!reply) return;
        expectNoServerError(reply, "order taken for a company");
        const stored = await database().jobOrder.findUnique({ where: { submissionKey } });
        if (reply.status !== 302) {
          expect(stored, "a refused order was stored").toBeNull();
          if (reply.status === 400) expectDanishRefusal(reply, "order taken for a company");
          return;
        }
        accepted++;
        expect(stored!.title).toBe(oneLine(form.title!));
        expect(stored!.description).toBe(multiLine(form.description!));
        expect(stored!.contactName).toBe(oneLine(form.contactName!));
        // The company is the register's, whatever the form carried.
        expect({ companyId: stored!.companyId, statedCompanyName: stored!.statedCompanyName }).toEqual({ companyId: company.id, statedCompanyName: company.name });
      }),
      { numRuns: runs(500) },
    );
    expect(accepted).toBeGreaterThan(0);
  }, 600_000);
});

// --- the employer's correction and the thread --------------------------------------------------------------

describe("an employer's forms on their order", () => {
  let order: { id: string; number: string; contactEmail: string };
  let employer: Sender;

  beforeAll(async () => {
    order = await submitOrder(new Browser(), { companyPostcode: POSTCODE, workplacePostcode: POSTCODE });
    const { createEmployerLoginToken } = await import("../../app/models/access/employer-login.server");
    const browser = new Browser();
    expect((await browser.postForm(`/mine-jobordrer/log-ind/${await createEmployerLoginToken(database(), order.contactEmail, 1)}`, {})).status).toBe(302);
    employer = await new Sender(browser).ready(`/mine-jobordrer/${encodeURIComponent(order.number)}/ret`);
  });

  const correction = fc.record({
    title: field(typedText(120)),
    description: field(typedText(4000, "Opgaverne er disse: ")),
    positions: field(fc.constantFrom("1", "2", "7", "0", "-1")),
    hoursPerWeek: field(fc.constantFrom("37", "20,5", "100")),
    startDate: field(fc.constantFrom(dateAhead(35).typed, "1.1.2020", "x")),
    applicationDeadline: field(fc.constantFrom("", dateAhead(25).typed)),
    requirements: field(fc.oneof(fc.constant(""), typedText(2000))),
    contactName: field(typedText(120)),
    contactPhone: field(fc.constantFrom("20304050", "123")),
    updateKey: field(fc.uuid()),
  });

  it("answers every correction below 500, and a saved one holds what was typed", async () => {
    const path = `/mine-jobordrer/${encodeURIComponent(order.number)}/ret`;
    await fc.assert(
      fc.asyncProperty(correction, async (form) => {
        const before = await database().jobOrder.findUniqueOrThrow({ where: { id: order.id } });
        const reply = await employer.post(path, form);
        if (!reply) return;
        expectNoServerError(reply, "correction");
        const after = await database().jobOrder.findUniqueOrThrow({ where: { id: order.id } });
        if (reply.status !== 302) {
          expect(after, "a refused correction changed the order").toEqual(before);
          if (reply.status === 400) expectDanishRefusal(reply, "correction");
          return;
        }
        expect(after.title).toBe(oneLine(form.title));
        expect(after.description).toBe(multiLine(form.description));
        expect(after.contactName).toBe(oneLine(form.contactName));
      }),
      { numRuns: runs(1_500) },
    );
  }, 600_000);
});

describe("a consultant's forms on an order", () => {
  let order: { id: string; number: string };
  let consultant: Sender;

  beforeAll(async () => {
    order = await submitOrder(new Browser(), { companyPostcode: POSTCODE, workplacePostcode: POSTCODE });
    const browser = new Browser();
    await browser.signIn(staff("konsulent", "lejre"));
    // Answered first (by the form as a consultant fills it in), so the thread is open.
    await eventually(async () => (await database().jobOrder.findUniqueOrThrow({ where: { id: order.id } })).assigneeId, "the order to be assigned", { timeoutMs: 30_000 });
    const answered = await browser.postForm(`/ordrer/${encodeURIComponent(order.number)}`, await answerFields(order.number, staff("konsulent", "lejre")));
    expect(answered.status).toBe(302);
    consultant = await new Sender(browser).ready(`/ordrer/${encodeURIComponent(order.number)}`);
  });

  it("answers every message below 500, and a sent one is stored as typed", async () => {
    const path = `/ordrer/${encodeURIComponent(order.number)}`;
    await fc.assert(
      fc.asyncProperty(field(typedText(5000)), field(fc.uuid()), async (text, updateKey) => {
        const count = await database().orderMessage.count({ where: { orderId: order.id } });
        const reply = await consultant.post(path, { intent: "message", text, updateKey });
        if (!reply) return;
        expectNoServerError(reply, "message");
        if (reply.status !== 302) {
          expect(await database().orderMessage.count({ where: { orderId: order.id } })).toBe(count);
          if (reply.status === 400) expectDanishRefusal(reply, "message");
          return;
        }
        const stored = await database().orderMessage.findFirstOrThrow({ where: { orderId: order.id }, orderBy: { at: "desc" } });
        expect(stored.text).toBe(multiLine(text));
      }),
      { numRuns: runs(600) },
    );
  }, 600_000);

  it("answers every other intent with any fields below 500 and a refusal in Danish, and the order stays open and answered once", async () => {
    const path = `/ordrer/${encodeURIComponent(order.number)}`;
    const intents = ["answer", "takeOver", "handOver", "requestConsent", "consentByPhone", "withdraw", "completeTask", "shareWithRegion", "close", "???"];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...intents),
        fc.dictionary(fc.constantFrom("text", "toUserId", "referralId", "taskId", "replyBy", "answer", "reason", "note", "nextStep", "ownerId", "nextStepDate", "updateKey", "referralIds"), anyText(300), { maxKeys: 6 }),
        async (intent, fields) => {
          const reply = await consultant.post(path, { ...fields, intent });
          if (!reply) return;
          expectNoServerError(reply, `intent ${intent}`);
          // A refused form says why: beside the form, or on its own when that form is not on the page (its
          // row gone, the order answered, a hand-made post). An unknown intent gets the error page.
          if (reply.status === 400 && intents.indexOf(intent) < intents.length - 1) expectDanishRefusal(reply, `intent ${intent}`);
        },
      ),
      { numRuns: runs(1_000) },
    );
    const after = await database().jobOrder.findUniqueOrThrow({ where: { id: order.id } });
    expect(await database().jobOrderEvent.count({ where: { orderId: order.id, kind: "ANSWERED" } })).toBe(1);
    // A close needs a reason and a fresh update key: random fields may close it, which is allowed; never twice.
    expect(await database().jobOrderEvent.count({ where: { orderId: order.id, kind: "CLOSED" } })).toBeLessThanOrEqual(1);
    expect(after.answeredAt).not.toBeNull();
  }, 600_000);
});

// --- what staff look things up with ------------------------------------------------------------------------

describe("the staff pages' searches", () => {
  const query = (names: string[]) => fc.dictionary(fc.constantFrom(...names), anyText(500), { maxKeys: names.length });
  const toQuery = (params: Record<string, string>) => new URLSearchParams(params).toString();
  let lead: Browser;

  beforeAll(async () => {
    lead = new Browser();
    await lead.signIn(staff("teamleder", "lejre"));
  });

  it("the inbox answers any filter below 500", async () => {
    await fc.assert(
      fc.asyncProperty(query(["vis", "type", "forfaldne", "soeg", "side"]), async (params) => {
        expectNoServerError(await lead.get(`/indbakke?${toQuery(params)}`), "inbox");
      }),
      { numRuns: runs(1_500) },
    );
  }, 600_000);

  it("the management pages answer any period and filter below 500", async () => {
    const pages = ["/ledelse", "/ledelse/ordrer", "/ledelse/svartider", "/ledelse/henvisninger", "/ledelse/tilfredshed"];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...pages), query(["periode", "maaned", "kvartal", "aar", "fra", "til", "maengde", "omraade", "konsulent", "art", "svar", "side"]), async (page, params) => {
        expectNoServerError(await lead.get(`${page}?${toQuery(params)}`), page);
      }),
      { numRuns: runs(1_200) },
    );
  }, 600_000);

  it("the candidate search answers any search below 500", async () => {
    const order = await database().jobOrder.findFirstOrThrow({ where: { jobcentreId: "lejre" }, orderBy: { receivedAt: "desc" } });
    await fc.assert(
      fc.asyncProperty(query(["q", "stilling", "kompetence", "certifikat", "korekort", "sprog", "afstand", "timer", "side"]), async (params) => {
        expectNoServerError(await lead.get(`/ordrer/${encodeURIComponent(order.number)}/kandidater?${toQuery(params)}`), "candidate search");
      }),
      { numRuns: runs(800) },
    );
  }, 600_000);
});

// --- the CSV import ----------------------------------------------------------------------------------------

describe("the company register", () => {
  it("the CVR extract import answers any CSV file below 500, and stores nothing from a refused file", async () => {
    const lead = new Browser();
    await lead.signIn(staff("teamleder", "lejre"));
    const example = (await lead.get("/virksomheder/eksempel.csv")).text.replace(/^\uFEFF/, "");
    const [header] = example.split(/\r?\n/);
    const cell = fc.oneof({ weight: 3, arbitrary: fc.constantFrom("10150817", "29403473", "1012345678", "4320", "5-9", "471100", "DB07", "ja", "Vej 1", "") }, { weight: 1, arbitrary: anyText(60) });
    const row = fc.array(cell, { minLength: 0, maxLength: 12 }).map((cells) => cells.join(";"));
    const file = fc.oneof(fc.array(row, { maxLength: 8 }).map((rows) => [header, ...rows].join("\n")), anyText(2_000), fc.constant(example));
    const csrf = await lead.csrfToken("/virksomheder/import");
    const relationships = () => database().companyRelationship.count({ where: { jobcentreId: "lejre" } });
    await fc.assert(
      fc.asyncProperty(file, fc.constantFrom("utf-8", "latin1"), async (content, encoding) => {
        const before = await relationships();
        const body = new FormData();
        body.set("csrf", csrf);
        body.set("fil", new Blob([Buffer.from(content, encoding === "utf-8" ? "utf8" : "latin1")], { type: "text/csv" }), "fuzz.csv");
        const reply = await lead.request("/virksomheder/import", { method: "POST", body });
        expectNoServerError(reply, "company import");
        if (reply.status >= 400) expect(await relationships()).toBe(before);
      }),
      { numRuns: runs(300) },
    );
  }, 600_000);

  it("the company page's forms answer any fields below 500, refuse in Danish, change nothing refused, and keep the note as typed", async () => {
    const order = await submitOrder(new Browser(), { companyPostcode: POSTCODE, workplacePostcode: POSTCODE, companyName: "Fuzz Register ApS" });
    const company = await database().company.findUniqueOrThrow({ where: { cvr: (await database().jobOrder.findUniqueOrThrow({ where: { id: order.id }, include: { company: true } })).company.cvr } });
    const path = `/virksomheder/${company.cvr}`;
    const signedIn = new Browser();
    await signedIn.signIn(staff("konsulent", "lejre"));
    const consultant = await new Sender(signedIn).ready(path);
    const me = await database().user.findUniqueOrThrow({ where: { email: staff("konsulent", "lejre") } });
    const CURRENT = "current-version";
    const relationshipForm = formOf({
      intent: { takes: fc.constant("saveRelationship") },
      version: { takes: fc.constant(CURRENT), refuses: ["2020-01-01T00:00:00.000Z", "gammel"] },
      keyAccountConsultantId: { takes: fc.constantFrom("", me.id), refuses: [crypto.randomUUID()] },
      note: { takes: fc.oneof(fc.constant(""), typedText(4_000)) },
    });
    const takeOverForm = formOf({
      intent: { takes: fc.constant("takeOverStated") },
      orderNumber: { takes: fc.constant(order.number), refuses: ["JO-0000-00000"] },
      fields: { takes: fc.constantFrom("name", "address"), refuses: ["cvr"] },
    });
    const state = async () => {
      const relationship = await database().companyRelationship.findFirstOrThrow({ where: { companyId: company.id, jobcentreId: "lejre" } });
      const row = await database().company.findUniqueOrThrow({ where: { id: company.id } });
      return { relationship, company: { name: row.name, address: row.address, postcode: row.postcode } };
    };
    let saved = 0;
    await fc.assert(
      fc.asyncProperty(fc.oneof(relationshipForm, takeOverForm, fc.record({ intent: anyText(30) })), async (typed) => {
        const before = await state();
        const form = Object.fromEntries(Object.entries(typed).map(([name, value]) => [name, value === CURRENT ? before.relationship.updatedAt.toISOString() : value]));
        const reply = await consultant.post(path, form);
        if (!reply) return;
        expectNoServerError(reply, `company page (${form.intent})`);
        const after = await state();
        if (reply.status !== 302) {
          expect(after, "a refused form changed the relationship or the register").toEqual(before);
          if (reply.status === 400 && (form.intent === "saveRelationship" || form.intent === "takeOverStated")) expectDanishRefusal(reply, `company page (${form.intent})`);
          return;
        }
        if (form.intent === "saveRelationship") {
          saved++;
          expect(after.relationship.note).toBe(withoutNul(form.note!).replace(/\r\n?/g, "\n").trim());
        }
      }),
      { numRuns: runs(300) },
    );
    // The generator reaches the far side of the rules too.
    expect(saved).toBeGreaterThan(0);
  }, 600_000);
});

describe("company visits", () => {
  async function lejreCompany(name: string) {
    const order = await submitOrder(new Browser(), { companyPostcode: POSTCODE, workplacePostcode: POSTCODE, companyName: name });
    return (await database().jobOrder.findUniqueOrThrow({ where: { id: order.id }, include: { company: true } })).company;
  }

  it("the plan form answers any fields below 500, refuses in Danish, stores nothing refused, and keeps the purpose as typed", async () => {
    const company = await lejreCompany("Fuzz Besøg ApS");
    const path = `/virksomheder/${company.cvr}`;
    const signedIn = new Browser();
    await signedIn.signIn(staff("konsulent", "lejre"));
    const consultant = await new Sender(signedIn).ready(path);
    const me = await database().user.findUniqueOrThrow({ where: { email: staff("konsulent", "lejre") } });
    const faxe = await database().user.findUniqueOrThrow({ where: { email: staff("konsulent", "faxe") } });
    const campaignOf = (jobcentreId: string, consultantId: string) =>
      database().campaign.create({
        data: {
          id: crypto.randomUUID(),
          jobcentreId,
          topic: "Fuzz",
          startsOn: new Date(`${dateAhead(-1).iso}T00:00:00Z`),
          endsOn: new Date(`${dateAhead(60).iso}T00:00:00Z`),
          targetCompanies: 1,
          createdById: consultantId,
          companies: { create: { companyId: company.id, consultantId } },
        },
      });
    // Another jobcentre's campaign, of one the access matrix does not watch.
    const frederikssund = await database().user.findUniqueOrThrow({ where: { email: staff("konsulent", "frederikssund") } });
    const lejreCampaign = await campaignOf("lejre", me.id);
    const otherCampaign = await campaignOf("frederikssund", frederikssund.id);
    const planForm = formOf({
      intent: { takes: fc.constant("planVisit") },
      kind: { takes: fc.constantFrom("OUTREACH", "FOLLOW_UP", "CAMPAIGN", "RETENTION"), refuses: ["AFTER_HIRE", "VISIT"] },
      date: { takes: fc.constantFrom(dateAhead(3).typed, dateAhead(40).iso, dateAhead(-20).typed), refuses: ["31.2.2027", "1.1.2020", dateAhead(900).iso] },
      time: { takes: fc.constantFrom("10:00", "8.30", "23:59"), refuses: ["24:00", "10", "kl. 10"] },
      durationMinutes: { takes: fc.constantFrom("15", "60", "480"), refuses: ["14", "481", "1,5"] },
      consultantId: { takes: fc.constant(me.id), refuses: [faxe.id, crypto.randomUUID(), ""] },
      pNumber: { takes: fc.constant(""), refuses: ["1234567890", "12"] },
      purpose: { takes: fc.oneof(fc.constant(""), typedText(1_000)) },
      // Empty, or the Lejre campaign that chose the company (with kind CAMPAIGN); another jobcentre's is refused.
      campaignId: { takes: fc.constantFrom("", lejreCampaign.id), refuses: [otherCampaign.id, crypto.randomUUID(), "1"] },
    });
    const count = () => database().companyVisit.count({ where: { companyId: company.id } });
    let planned = 0;
    await fc.assert(
      fc.asyncProperty(fc.oneof({ weight: 5, arbitrary: planForm }, { weight: 1, arbitrary: fc.record({ intent: anyText(30) }) }), async (form: Record<string, string>) => {
        const before = await count();
        const reply = await consultant.post(path, form);
        if (!reply) return;
        expectNoServerError(reply, "plan a visit");
        if (reply.status !== 302) {
          expect(await count(), "a refused plan stored a visit").toBe(before);
          if (reply.status === 400 && form.intent === "planVisit") expectDanishRefusal(reply, "plan a visit");
          return;
        }
        planned++;
        const visit = await database().companyVisit.findFirstOrThrow({ where: { companyId: company.id }, orderBy: { createdAt: "desc" } });
        expect(visit.purpose).toBe(withoutNul(form.purpose!).replace(/\r\n?/g, "\n").trim());
        expect(visit.campaignId).toBe(form.campaignId || null);
      }),
      { numRuns: runs(300) },
    );
    expect(planned).toBeGreaterThan(0);
  }, 600_000);

  it("the record form answers any fields below 500, refuses in Danish, changes nothing refused, and keeps the notes as typed", async () => {
    const company = await lejreCompany("Fuzz Referat ApS");
    const me = await database().user.findUniqueOrThrow({ where: { email: staff("konsulent", "lejre") } });
    const signedIn = new Browser();
    await signedIn.signIn(staff("konsulent", "lejre"));
    const first = await database().companyVisit.create({ data: { companyId: company.id, jobcentreId: "lejre", kind: "OUTREACH", consultantId: me.id, plannedFor: new Date() } });
    const consultant = await new Sender(signedIn).ready(`/besoeg/${first.id}`);
    const CURRENT = "current-version";
    const recordForm = formOf({
      intent: { takes: fc.constantFrom("recordVisit", "recordVisit", "cancelVisit") },
      version: { takes: fc.constant(CURRENT), refuses: ["2020-01-01T00:00:00.000Z", "gammel"] },
      outcome: { takes: fc.constantFrom("JOB_ORDER", "SCHEMES", "NO_NEED"), refuses: ["MAYBE", ""] },
      note: { takes: fc.oneof(fc.constant(""), typedText(4_000)) },
      nextStep: { takes: fc.oneof(fc.constant(""), typedText(1_000)) },
      nextVisitDate: { takes: fc.constantFrom("", dateAhead(30).typed), refuses: ["30.2.2027", dateAhead(-30).iso] },
      nextVisitTime: { takes: fc.constantFrom("", "09:00"), refuses: ["9"] },
    });
    let recorded = 0;
    await fc.assert(
      fc.asyncProperty(recordForm, async (typed) => {
        const visit = await database().companyVisit.create({ data: { companyId: company.id, jobcentreId: "lejre", kind: "OUTREACH", consultantId: me.id, plannedFor: new Date() } });
        const form = Object.fromEntries(Object.entries(typed).map(([name, value]) => [name, value === CURRENT ? visit.updatedAt.toISOString() : value]));
        const reply = await consultant.post(`/besoeg/${visit.id}`, form);
        if (!reply) return;
        expectNoServerError(reply, `visit page (${form.intent})`);
        const after = await database().companyVisit.findUniqueOrThrow({ where: { id: visit.id }, include: { nextVisit: true } });
        if (reply.status !== 302) {
          expect(after, "a refused form changed the visit").toMatchObject({ doneAt: null, cancelledAt: null, outcome: null, nextVisit: null });
          if (reply.status === 400 && (form.intent === "recordVisit" || form.intent === "cancelVisit")) expectDanishRefusal(reply, `visit page (${form.intent})`);
          return;
        }
        if (form.intent === "cancelVisit") {
          expect(after.cancelledAt).not.toBeNull();
          return;
        }
        recorded++;
        expect(after.note ?? "").toBe(withoutNul(form.note!).replace(/\r\n?/g, "\n").trim());
        expect(after.nextStep).toBe(withoutNul(form.nextStep!).replace(/\r\n?/g, "\n").trim());
        expect(after.nextVisit !== null).toBe(withoutNul(form.nextVisitDate!) !== "");
      }),
      { numRuns: runs(300) },
    );
    expect(recorded).toBeGreaterThan(0);
  }, 600_000);

  it("the programme's no answers any fields below 500, refuses in Danish and changes no enrolment", async () => {
    const company = await lejreCompany("Fuzz Program ApS");
    const other = await lejreCompany("Fuzz Program Faxe ApS");
    const programme = (jobcentreId: string) =>
      database().visitProgramme.create({ data: { jobcentreId, name: `Fuzz ${crypto.randomUUID().slice(0, 8)}`, employeesAbove: 3, startsOn: new Date("2026-01-01"), endsOn: new Date("2027-12-31"), followUpWithinMonths: 6 } });
    const dueAt = new Date("2027-12-31T22:59:59.999Z");
    // Lejre's own without a workflow yet, and Faxe's: neither may change from here.
    const own = await database().programmeEnrolment.create({ data: { programmeId: (await programme("lejre")).id, companyId: company.id, jobcentreId: "lejre", firstVisitDueAt: dueAt } });
    const faxes = await database().programmeEnrolment.create({ data: { programmeId: (await programme("faxe")).id, companyId: other.id, jobcentreId: "faxe", firstVisitDueAt: dueAt } });
    const signedIn = new Browser();
    await signedIn.signIn(staff("konsulent", "lejre"));
    const path = "/besoeg/program";
    const consultant = await new Sender(signedIn).ready(path);
    const declineForm = formOf({
      intent: { takes: fc.constant("declineVisits"), refuses: ["decline", ""] },
      enrolmentId: { takes: fc.constantFrom(own.id, faxes.id), refuses: [crypto.randomUUID(), "1", ""] },
      updateKey: { takes: fc.constant(FRESH), refuses: ["gammel", ""] },
    });
    await fc.assert(
      fc.asyncProperty(declineForm, async (form: Record<string, string>) => {
        const reply = await consultant.post(path, freshKeys(form));
        if (!reply) return;
        expectNoServerError(reply, "a programme's no");
        expect(reply.status, "a no without a running workflow was taken").not.toBe(302);
        expectDanishRefusal(reply, "a programme's no");
      }),
      { numRuns: runs(200) },
    );
    const after = await database().programmeEnrolment.findMany({ where: { id: { in: [own.id, faxes.id] } }, select: { status: true, declinedAt: true } });
    expect(after).toEqual([
      { status: "AWAITING_VISIT", declinedAt: null },
      { status: "AWAITING_VISIT", declinedAt: null },
    ]);
  }, 600_000);
});

describe("partnership agreements", () => {
  it("the new agreement form answers any fields below 500, refuses in Danish, stores nothing refused, and keeps the commitments as typed", async () => {
    const order = await submitOrder(new Browser(), { companyPostcode: POSTCODE, workplacePostcode: POSTCODE, companyName: "Fuzz Aftale ApS" });
    const company = (await database().jobOrder.findUniqueOrThrow({ where: { id: order.id }, include: { company: true } })).company;
    const path = `/virksomheder/${company.cvr}/aftale`;
    const signedIn = new Browser();
    await signedIn.signIn(staff("teamleder", "lejre"));
    const lead = await new Sender(signedIn).ready(path);
    const contact = await database().user.findUniqueOrThrow({ where: { email: staff("konsulent", "lejre") } });
    const faxe = await database().user.findUniqueOrThrow({ where: { email: staff("konsulent", "faxe") } });
    const commitments = fc.array(typedText(300), { minLength: 1, maxLength: 5 }).map((lines) => lines.join("\r\n"));
    const agreementForm = formOf({
      agreementId: { takes: fc.constant(FRESH), refuses: ["1", ""] },
      startsOn: { takes: fc.constantFrom(dateAhead(0).typed, dateAhead(-30).iso), refuses: ["31.2.2027", "1.1.2020"] },
      endsOn: { takes: fc.constantFrom(dateAhead(300).typed, dateAhead(30).iso), refuses: [dateAhead(-1).typed, dateAhead(3000).iso] },
      contactUserId: { takes: fc.constant(contact.id), refuses: [faxe.id, crypto.randomUUID(), ""] },
      companyContactName: { takes: typedText(200) },
      companyContactEmail: { takes: fc.constantFrom("lone.holm@virksomhed.example", "Lone@Virksomhed.DK"), refuses: ["lone", ""] },
      companyContactPhone: { takes: fc.constantFrom("", "20304050", "+45 20 30 40 50"), refuses: ["123"] },
      // Lejre promises 24 working hours: the fast track must be shorter.
      fastTrackResponseHours: { takes: fc.constantFrom("4", "23"), refuses: ["24", "0", "2,5"] },
      companyCommitments: { takes: commitments },
      jobcentreCommitments: { takes: commitments },
      note: { takes: fc.oneof(fc.constant(""), typedText(2_000)) },
    });
    const count = () => database().partnershipAgreement.count({ where: { companyId: company.id } });
    const lines = (text: string) => withoutNul(text).split(/\r\n?|\n/).map(oneLine).filter((line) => line.length > 0);
    let made = 0;
    await fc.assert(
      fc.asyncProperty(agreementForm, async (form: Record<string, string>) => {
        const before = await count();
        const reply = await lead.post(path, freshKeys(form));
        if (!reply) return;
        expectNoServerError(reply, "a new agreement");
        if (reply.status !== 302) {
          expect(await count(), "a refused agreement was stored").toBe(before);
          expectDanishRefusal(reply, "a new agreement");
          return;
        }
        made++;
        const agreement = await database().partnershipAgreement.findFirstOrThrow({ where: { companyId: company.id }, orderBy: { createdAt: "desc" } });
        expect(agreement.companyContactName).toBe(oneLine(form.companyContactName!));
        expect(agreement.companyCommitments).toEqual(lines(form.companyCommitments!));
        expect(agreement.jobcentreCommitments).toEqual(lines(form.jobcentreCommitments!));
        expect(agreement.note).toBe(withoutNul(form.note!).replace(/\r\n?/g, "\n").trim());
        // One agreement at a time: the next case may make its own.
        await database().partnershipAgreement.deleteMany({ where: { companyId: company.id } });
      }),
      { numRuns: runs(300) },
    );
    expect(made).toBeGreaterThan(0);
  }, 600_000);
});

describe("campaigns", () => {
  it("the new campaign form answers any fields below 500, refuses in Danish, stores nothing refused, and keeps the topic as typed", async () => {
    // Lejre's register has the companies of the orders these tests sent: a campaign has something to choose.
    await submitOrder(new Browser(), { companyPostcode: POSTCODE, workplacePostcode: POSTCODE, companyName: "Fuzz Kampagne ApS" });
    const path = "/kampagner/ny";
    const signedIn = new Browser();
    await signedIn.signIn(staff("konsulent", "lejre"));
    const consultant = await new Sender(signedIn).ready(path);
    const me = await database().user.findUniqueOrThrow({ where: { email: staff("konsulent", "lejre") } });
    const faxe = await database().user.findUniqueOrThrow({ where: { email: staff("konsulent", "faxe") } });
    const campaignForm = formOf({
      intent: { takes: fc.constantFrom("startCampaign", "startCampaign", "preview"), refuses: ["start", ""] },
      campaignId: { takes: fc.constant(FRESH), refuses: ["1", ""] },
      topic: { takes: typedText(200) },
      description: { takes: fc.oneof(fc.constant(""), typedText(2_000)) },
      startsOn: { takes: fc.constantFrom(dateAhead(0).typed, dateAhead(-30).iso), refuses: ["31.2.2027", "1.1.2020"] },
      endsOn: { takes: fc.constantFrom(dateAhead(60).typed, dateAhead(300).iso), refuses: [dateAhead(-1).typed, dateAhead(900).iso] },
      targetCompanies: { takes: fc.constant("1"), refuses: ["0", "2001", "1,5", "100000"] },
      industryCodes: { takes: fc.constant(""), refuses: ["byg", "1", "99"] },
      employeeBands: { takes: fc.constant(""), refuses: ["E7", "E1"] },
      postcodes: { takes: fc.constant(""), refuses: ["43", "9999"] },
      consultantIds: { takes: fc.constant(me.id), refuses: [faxe.id, crypto.randomUUID(), ""] },
    });
    const count = () => database().campaign.count({ where: { jobcentreId: { in: ["lejre", "faxe"] } } });
    let started = 0;
    await fc.assert(
      fc.asyncProperty(campaignForm, async (form: Record<string, string>) => {
        // An unticked box sends nothing.
        const sent = Object.fromEntries(Object.entries(freshKeys(form)).filter(([name, value]) => !(["employeeBands", "postcodes"].includes(name) && value === "")));
        const before = await count();
        const reply = await consultant.post(path, sent);
        if (!reply) return;
        expectNoServerError(reply, "a new campaign");
        if (reply.status !== 302) {
          expect(await count(), "a refused campaign was stored").toBe(before);
          if (reply.status !== 200 && (form.intent === "startCampaign" || form.intent === "preview")) expectDanishRefusal(reply, "a new campaign");
          return;
        }
        started++;
        const campaign = await database().campaign.findUniqueOrThrow({ where: { id: sent.campaignId }, include: { _count: { select: { companies: true } } } });
        expect(campaign.jobcentreId).toBe("lejre");
        expect(campaign.topic).toBe(oneLine(form.topic!));
        expect(campaign.description).toBe(withoutNul(form.description!).replace(/\r\n?/g, "\n").trim());
        expect(campaign._count.companies).toBeGreaterThan(0);
      }),
      { numRuns: runs(300) },
    );
    expect(started).toBeGreaterThan(0);
  }, 600_000);
});

describe("the jobseeker import", () => {
  it("answers any CSV file below 500, lists what it refuses, and stores nothing from a refused file", async () => {
    const lead = new Browser();
    await lead.signIn(staff("teamleder", "lejre"));
    const example = (await lead.get("/jobsogere/eksempel.csv")).text.replace(/^\uFEFF/, "");
    const [header] = example.split(/\r?\n/);
    const cell = fc.oneof({ weight: 3, arbitrary: fc.constantFrom("4320", "37", "ja", "Lager", "navn@mail.dk", "20304050", "") }, { weight: 1, arbitrary: anyText(60) });
    const row = fc.array(cell, { minLength: 0, maxLength: 18 }).map((cells) => cells.join(";"));
    const file = fc.oneof(
      fc.array(row, { maxLength: 8 }).map((rows) => [header, ...rows].join("\n")),
      anyText(2_000),
      fc.constant(example),
    );
    const csrf = await lead.csrfToken("/jobsogere/import");
    await fc.assert(
      fc.asyncProperty(file, fc.constantFrom("utf-8", "latin1"), async (content, encoding) => {
        const before = await database().jobseeker.count({ where: { jobcentreId: "lejre" } });
        const body = new FormData();
        body.set("csrf", csrf);
        body.set("fil", new Blob([Buffer.from(content, encoding === "utf-8" ? "utf8" : "latin1")], { type: "text/csv" }), "fuzz.csv");
        const reply = await lead.request("/jobsogere/import", { method: "POST", body });
        expectNoServerError(reply, "import");
        if (reply.status >= 400) expect(await database().jobseeker.count({ where: { jobcentreId: "lejre" } })).toBe(before);
      }),
      { numRuns: runs(500) },
    );
  }, 600_000);
});

// --- Frederikssund: the employer's order after the answer, the link pages, the admin's forms ----------------
// Frederikssund's orders, staff and rules: the one jobcentre that promises a meeting (over five positions),
// and one no other security test reads. Its rules and goals are fuzzed last, and its rules put back after.

const FREDERIKSSUND = "frederikssund";
const FREDERIKSSUND_POSTCODE = "3600";

/** A field's placeholder for a fresh update key: one the workflow has not seen, so an accepted form is a new update. */
const FRESH = "fresh-update-key";
const freshKeys = (form: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(form).map(([name, value]) => [name, value === FRESH ? crypto.randomUUID() : value]));

/** A form of named fields: a fifth whole forms the page takes, the rest mixed with refused values and anything at all. */
function formOf(fields: Record<string, { takes: fc.Arbitrary<string>; refuses?: string[] }>): fc.Arbitrary<Record<string, string>> {
  const all = Object.entries(fields);
  return fc.oneof(
    { weight: 1, arbitrary: fc.record(Object.fromEntries(all.map(([name, f]) => [name, f.takes]))) },
    { weight: 2, arbitrary: fc.record(Object.fromEntries(all.map(([name, f]) => [name, field(f.refuses ? fc.oneof(f.takes, fc.constantFrom(...f.refuses)) : f.takes)]))) },
    { weight: 2, arbitrary: fc.record(Object.fromEntries(all.map(([name, f]) => [name, field(f.takes)]))) },
  ) as fc.Arbitrary<Record<string, string>>;
}

/** A token in a link's address: the real one, another well-formed one nobody has, or anything at all. */
const linkTokenChoice = fc.oneof(
  { weight: 8, arbitrary: fc.constant({ kind: "real" as const, text: "" }) },
  { weight: 1, arbitrary: fc.constant({ kind: "unknown" as const, text: "" }) },
  { weight: 1, arbitrary: anyText(80).map((text) => ({ kind: "garbage" as const, text })) },
);

function tokenPath(prefix: string, real: string, choice: { kind: "real" | "unknown" | "garbage"; text: string }): string {
  if (choice.kind === "real") return `${prefix}${real}`;
  if (choice.kind === "unknown") return `${prefix}${crypto.randomBytes(32).toString("base64url")}`;
  // encodeURIComponent takes no lone surrogate: a browser sends U+FFFD for one.
  return `${prefix}${encodeURIComponent(choice.text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD"))}`;
}

/** An employer signed in to "Mine jobordrer" (every order sent from `email`), with the CSRF token of `formPage`. */
async function signedInEmployer(email: string, formPage: string): Promise<Sender> {
  const { createEmployerLoginToken } = await import("../../app/models/access/employer-login.server");
  const browser = new Browser();
  expect((await browser.postForm(`/mine-jobordrer/log-ind/${await createEmployerLoginToken(database(), email, 1)}`, {})).status).toBe(302);
  return new Sender(browser).ready(formPage);
}

/** An order of Frederikssund from `contactEmail`, as the public form sends it. */
function frederikssundOrder(contactEmail: string, positions = "500") {
  return submitOrder(new Browser(), { companyPostcode: FREDERIKSSUND_POSTCODE, workplacePostcode: FREDERIKSSUND_POSTCODE, positions, contactEmail });
}

/** The order answered by a consultant of Frederikssund (signed in in the browser returned). */
async function answered(order: { id: string; number: string }): Promise<Browser> {
  const consultant = new Browser();
  expect((await consultant.signIn(staff("konsulent", FREDERIKSSUND))).status).toBe(302);
  await eventually(async () => (await database().jobOrder.findUniqueOrThrow({ where: { id: order.id } })).assigneeId, "the order to be assigned", { timeoutMs: 30_000 });
  const reply = await consultant.postForm(`/ordrer/${encodeURIComponent(order.number)}`, await answerFields(order.number, staff("konsulent", FREDERIKSSUND)));
  expect(reply.status, reply.text.slice(0, 300)).toBe(302);
  return consultant;
}

/**
 * `count` new jobseekers of Frederikssund shortlisted on the order and asked for consent by the consultant,
 * each with the token of the link in their mail.
 */
async function askedForConsent(order: { id: string; number: string }, consultant: Browser, count: number): Promise<Array<{ id: string; token: string }>> {
  const { createJobseeker } = await import("../factories");
  const { hashToken, linkToken } = await import("../../app/utils/link-tokens.server");
  const jobseekers = [];
  for (let i = 0; i < count; i++) {
    jobseekers.push(await createJobseeker(database(), FREDERIKSSUND, { postcode: FREDERIKSSUND_POSTCODE, email: `fuzz+${crypto.randomUUID().slice(0, 12)}@borger.example` }));
  }
  const path = `/ordrer/${encodeURIComponent(order.number)}`;
  const shortlisted = await consultant.postForm(`${path}/kandidater`, { intent: "shortlist", jobseekerIds: jobseekers.map((j) => j.id), updateKey: crypto.randomUUID() });
  expect(shortlisted.status, shortlisted.text.slice(0, 300)).toBe(302);
  const ids = (await database().referral.findMany({ where: { orderId: order.id, jobseekerId: { in: jobseekers.map((j) => j.id) } } })).map((r) => r.id);
  expect(ids).toHaveLength(count);
  const asked = await consultant.postForm(path, { intent: "requestConsent", referralIds: ids, replyBy: "7", updateKey: crypto.randomUUID() });
  expect(asked.status, asked.text.slice(0, 300)).toBe(302);
  const referrals = await eventually(async () => {
    const rows = await database().referral.findMany({ where: { id: { in: ids } } });
    return rows.every((r) => r.status === "CONSENT_REQUESTED" && r.consentTokenHash) && rows;
  }, "the consent requests");
  return referrals.map((r) => {
    // The first request of a referral is its link number 1 (workflows/activities/referrals.ts).
    const token = linkToken(portal.linkSecret, "consent", r.id, r.linkKey, 1);
    expect(hashToken(token)).toBe(r.consentTokenHash);
    return { id: r.id, token };
  });
}

describe("an employer's feedback, meeting and close on their order", () => {
  const contactEmail = `fuzz+${crypto.randomUUID().slice(0, 12)}@virksomhed.example`;
  let order: { id: string; number: string };
  let shared: string[];
  let employer: Sender;

  beforeAll(async () => {
    order = await frederikssundOrder(contactEmail);
    const consultant = await answered(order);
    const referrals = await askedForConsent(order, consultant, 6);
    for (const { token } of referrals) expect((await new Browser().postForm(`/samtykke/${token}`, { answer: "YES" })).status).toBe(302);
    shared = referrals.map((r) => r.id);
    await eventually(async () => (await database().referral.count({ where: { id: { in: shared }, status: "SHARED" } })) === shared.length, "the candidates to be shared");
    await eventually(async () => ((await database().orderMeeting.findUnique({ where: { orderId: order.id } }))?.options.length ?? 0) > 0, "the meeting to be offered");
    employer = await signedInEmployer(contactEmail, `/mine-jobordrer/${encodeURIComponent(order.number)}`);
  }, 120_000);

  const candidatesOf = (orderId: string) =>
    database().referral.findMany({ where: { orderId }, orderBy: { id: "asc" }, include: { events: { orderBy: { seq: "asc" } } } });

  it("answers every feedback on a candidate below 500, stores nothing refused, and a reason as typed", async () => {
    const path = `/mine-jobordrer/${encodeURIComponent(order.number)}`;
    const feedback = formOf({
      // A candidate of the order; another order's or nobody's id is refused.
      referralId: { takes: fc.constantFrom(...shared), refuses: [crypto.randomUUID(), "not-a-uuid"] },
      outcome: { takes: fc.constantFrom("INVITED", "HIRED", "NOT_RELEVANT"), refuses: ["SHARED", "hired"] },
      startDate: { takes: fc.constantFrom("", dateAhead(14).typed, dateAhead(14).iso), refuses: ["1.1.2020", dateAhead(800).typed, "31.2.2027"] },
      reason: { takes: fc.oneof(fc.constant(""), typedText(1_000, "Begrundelse: ")), refuses: ["x".repeat(1_001)] },
      updateKey: { takes: fc.constant(FRESH), refuses: ["not-a-uuid"] },
    });
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(feedback, async (typed) => {
        const form: Record<string, string> = { ...freshKeys(typed), intent: "feedback" };
        const before = await candidatesOf(order.id);
        const reply = await employer.post(path, form);
        if (!reply) return;
        expectNoServerError(reply, "feedback");
        const after = await candidatesOf(order.id);
        if (reply.status !== 302) {
          expect(after, "a refused feedback changed a candidate").toEqual(before);
          if (reply.status === 400) expectDanishRefusal(reply, "feedback");
          return;
        }
        accepted++;
        const candidate = after.find((r) => r.id === form.referralId)!;
        expect(candidate.status).toBe(form.outcome);
        if (form.outcome === "NOT_RELEVANT") expect((candidate.events.at(-1)!.data as { reason?: string }).reason).toBe(multiLine(form.reason!));
      }),
      { numRuns: runs(180) },
    );
    expect(accepted).toBeGreaterThan(0);
  }, 600_000);

  it("answers every choice of a meeting time below 500, stores nothing refused, and books one of the times offered", async () => {
    const path = `/mine-jobordrer/${encodeURIComponent(order.number)}`;
    const offered = (await database().orderMeeting.findUniqueOrThrow({ where: { orderId: order.id } })).options.map((o) => o.toISOString());
    const choice = formOf({
      // As the page offers it, or the same instant without its milliseconds.
      at: { takes: fc.constantFrom(...offered, offered[0]!.replace(".000Z", "Z")), refuses: ["2030-01-01T09:00:00.000Z", "2026-13-40T25:61:00Z", "i morgen kl. 9"] },
      updateKey: { takes: fc.constant(FRESH), refuses: ["not-a-uuid"] },
    });
    let booked = 0;
    await fc.assert(
      fc.asyncProperty(choice, async (typed) => {
        const form: Record<string, string> = { ...freshKeys(typed), intent: "meeting" };
        const before = await database().orderMeeting.findUniqueOrThrow({ where: { orderId: order.id } });
        const reply = await employer.post(path, form);
        if (!reply) return;
        expectNoServerError(reply, "meeting");
        const after = await database().orderMeeting.findUniqueOrThrow({ where: { orderId: order.id } });
        if (reply.status !== 302) {
          expect(after, "a refused choice changed the meeting").toEqual(before);
          if (reply.status === 400) expectDanishRefusal(reply, "meeting");
          return;
        }
        booked++;
        expect(before.scheduledFor, "a meeting booked twice").toBeNull();
        expect(after.scheduledFor?.toISOString()).toBe(new Date(form.at!.trim()).toISOString());
      }),
      { numRuns: runs(120) },
    );
    expect(booked).toBe(1);
  }, 600_000);

  it("answers every close below 500, stores nothing refused, and a close holds the comment as typed", async () => {
    const { CLOSE_HOW_LABELS, CLOSE_HOWS } = await import("../../app/schemas/employer-order");
    // Each accepted close closes its order; the next cases go to a new one, up to a few, then the closed one refuses.
    const most = runs(8);
    let current = await frederikssundOrder(contactEmail, "2");
    let closed = 0;
    // What a close writes (the workflow may assign the new order meanwhile: its status moves on by itself).
    const closeFields = async (id: string) => {
      const { status, ...fields } = await database().jobOrder.findUniqueOrThrow({ where: { id }, select: { status: true, closedAt: true, closeReason: true, outcome: true } });
      return { closed: status === "CLOSED", ...fields };
    };
    const close = formOf({
      how: { takes: fc.constantFrom(...CLOSE_HOWS), refuses: ["CANCELLED", "filled"] },
      comment: { takes: fc.oneof(fc.constant(""), typedText(900)), refuses: ["x".repeat(901)] },
      updateKey: { takes: fc.constant(FRESH), refuses: ["not-a-uuid"] },
    });
    await fc.assert(
      fc.asyncProperty(close, async (typed) => {
        const form: Record<string, string> = { ...freshKeys(typed), intent: "close" };
        const before = await closeFields(current.id);
        const reply = await employer.post(`/mine-jobordrer/${encodeURIComponent(current.number)}`, form);
        if (!reply) return;
        expectNoServerError(reply, "close");
        const after = await closeFields(current.id);
        if (reply.status !== 302) {
          expect(after, "a refused close changed the order").toEqual(before);
          if (reply.status === 400) expectDanishRefusal(reply, "close");
          return;
        }
        closed++;
        expect(before.closed, "an order closed twice").toBe(false);
        expect(after.closed).toBe(true);
        const label = CLOSE_HOW_LABELS[form.how as keyof typeof CLOSE_HOW_LABELS];
        const comment = multiLine(form.comment ?? "");
        expect(after.closeReason).toBe(comment ? `${label}. ${comment}` : label);
        if (closed < most) current = await frederikssundOrder(contactEmail, "2");
      }),
      { numRuns: runs(120) },
    );
    expect(closed).toBeGreaterThan(0);
  }, 600_000);
});

describe("the jobseeker's consent page", () => {
  let referrals: Array<{ id: string; token: string }>;
  let jobseeker: Sender;

  beforeAll(async () => {
    const order = await frederikssundOrder(`fuzz+${crypto.randomUUID().slice(0, 12)}@virksomhed.example`);
    referrals = await askedForConsent(order, await answered(order), 10);
    jobseeker = await new Sender().ready(`/samtykke/${referrals[0]!.token}`);
  }, 120_000);

  const stateOf = (id: string) => database().referral.findUniqueOrThrow({ where: { id }, include: { events: { orderBy: { seq: "asc" } } } });

  it("answers every answer by any link below 500, stores nothing refused, and records a yes or a no once", async () => {
    const answer = formOf({ answer: { takes: fc.constantFrom("YES", "NO"), refuses: ["yes", "JA", "MAYBE"] } });
    let answeredCount = 0;
    await fc.assert(
      fc.asyncProperty(answer, linkTokenChoice, async (form, choice) => {
        // The first request nobody has answered yet; when all are answered, the last one.
        const states = await Promise.all(referrals.map((r) => stateOf(r.id)));
        const open = states.findIndex((s) => s.status === "CONSENT_REQUESTED");
        const index = open === -1 ? referrals.length - 1 : open;
        const { id, token } = referrals[index]!;
        const before = states[index]!;
        const reply = await jobseeker.post(tokenPath("/samtykke/", token, choice), form);
        if (!reply) return;
        expectNoServerError(reply, "consent");
        const after = await stateOf(id);
        if (reply.status !== 302 || choice.kind !== "real" || before.status !== "CONSENT_REQUESTED") {
          expect(after, "a refused answer changed the referral").toEqual(before);
          // A made-up answer to an open question is refused beside the buttons; once the question is answered,
          // any answer is sent on to the page that says what was answered.
          if (choice.kind === "real" && before.status === "CONSENT_REQUESTED") {
            if (reply.status === 400) expectDanishRefusal(reply, "consent");
          } else if (choice.kind === "real") {
            expect(reply.status, "an answered link did not send on to its page").toBe(302);
          } else expect(reply.text).not.toMatch(ENGLISH_DEFAULTS);
          return;
        }
        answeredCount++;
        expect(after.status).toBe(form.answer === "YES" ? "SHARED" : "CONSENT_DECLINED");
      }),
      { numRuns: runs(250) },
    );
    expect(answeredCount).toBeGreaterThan(0);
  }, 600_000);
});

describe("the employer's satisfaction survey", () => {
  const contactEmail = `fuzz+${crypto.randomUUID().slice(0, 12)}@virksomhed.example`;
  let employer: Sender;

  /** A closed order of the employer's with its survey sent, and the token of the survey's link. */
  async function surveyed(): Promise<{ orderId: string; token: string }> {
    const { hashToken, linkToken } = await import("../../app/utils/link-tokens.server");
    const order = await frederikssundOrder(contactEmail, "2");
    const closed = await employer.post(`/mine-jobordrer/${encodeURIComponent(order.number)}`, { intent: "close", how: "done", comment: "", updateKey: crypto.randomUUID() });
    expect(closed?.status).toBe(302);
    const survey = await eventually(() => database().satisfactionSurvey.findUnique({ where: { orderId: order.id } }), "the survey to be sent");
    const { linkKey } = await database().jobOrder.findUniqueOrThrow({ where: { id: order.id }, select: { linkKey: true } });
    const token = linkToken(portal.linkSecret, "survey", order.id, linkKey);
    expect(hashToken(token)).toBe(survey.tokenHash);
    return { orderId: order.id, token };
  }

  beforeAll(async () => {
    const first = await frederikssundOrder(contactEmail, "2");
    employer = await signedInEmployer(contactEmail, `/mine-jobordrer/${encodeURIComponent(first.number)}`);
  }, 120_000);

  it("answers every survey answer by any link below 500, stores nothing refused, and the comment as typed", async () => {
    const score = { takes: fc.constantFrom("1", "2", "3", "4", "5"), refuses: ["0", "6", "4,5"] };
    const survey = formOf({
      serviceScore: score,
      communicationScore: score,
      informedScore: score,
      wouldRecommend: { takes: fc.constantFrom("ja", "nej"), refuses: ["måske", "true"] },
      comment: { takes: fc.oneof(fc.constant(""), typedText(2_000)), refuses: ["x".repeat(2_001)] },
    });
    // Each accepted answer ends its survey; the next cases go to a new one, up to a few, then the answered one thanks.
    const most = runs(6);
    let current = await surveyed();
    let answeredCount = 0;
    const stateOf = (orderId: string) => database().satisfactionSurvey.findUniqueOrThrow({ where: { orderId } });
    const browser = new Sender();
    await browser.ready(`/tilfredshed/${current.token}`);
    await fc.assert(
      fc.asyncProperty(survey, linkTokenChoice, async (form, choice) => {
        const before = await stateOf(current.orderId);
        const reply = await browser.post(tokenPath("/tilfredshed/", current.token, choice), form);
        if (!reply) return;
        expectNoServerError(reply, "survey");
        const after = await stateOf(current.orderId);
        if (reply.status !== 302 || choice.kind !== "real" || before.answeredAt !== null) {
          expect(after, "a refused answer changed the survey").toEqual(before);
          // (A NUL in the address is refused before any route, with a page of its own.)
          if (reply.status === 400 && choice.kind === "real") expectDanishRefusal(reply, "survey");
          else expect(reply.text).not.toMatch(ENGLISH_DEFAULTS);
          return;
        }
        answeredCount++;
        expect(after.answeredAt).not.toBeNull();
        expect(after.serviceScore).toBe(Number(form.serviceScore));
        expect(after.wouldRecommend).toBe(form.wouldRecommend === "ja");
        expect(after.comment).toBe(multiLine(form.comment ?? "") || null);
        if (answeredCount < most) current = await surveyed();
      }),
      { numRuns: runs(250) },
    );
    expect(answeredCount).toBeGreaterThan(0);
  }, 600_000);
});

// --- signing in --------------------------------------------------------------------------------------------

describe("the sign-in forms", () => {
  it("the staff sign-in answers every attempt below 500, refuses in Danish without a session, and only ever sends to this site", async () => {
    const { createStaffUser, DEMO_PASSWORD } = await import("../factories");
    // A user of its own: wrong passwords slow its new clients down, and nobody else's account.
    const email = `fuzz-${crypto.randomUUID().slice(0, 8)}@${FREDERIKSSUND}.jobcenter.example`;
    const user = await createStaffUser(database(), { jobcentreId: FREDERIKSSUND, role: "TEAM_LEAD", email });
    const signIn = formOf({
      email: { takes: fc.constantFrom(email, ` ${email.toUpperCase()} `, `ingen-${crypto.randomUUID().slice(0, 8)}@${FREDERIKSSUND}.jobcenter.example`), refuses: ["ikke-en-mail", "@"] },
      password: { takes: fc.constantFrom(DEMO_PASSWORD, "forkert-adgangskode"), refuses: ["x".repeat(201)] },
      redirectTo: { takes: fc.constantFrom("", "/indbakke", "/ledelse?periode=aar", "//evil.example/", "https://evil.example/", "/\\evil.example", "javascript:alert(1)") },
    });
    let sender = await new Sender().ready("/medarbejder/log-ind");
    await fc.assert(
      fc.asyncProperty(signIn, async (form) => {
        const sessions = await database().session.count({ where: { userId: user.id } });
        const reply = await sender.post("/medarbejder/log-ind", form);
        if (!reply) return;
        expectNoServerError(reply, "staff sign-in");
        if (reply.status === 302) {
          expect(reply.location, "a sign-in sent elsewhere").toMatch(/^\/(?![/\\])/);
          // Signed in: the next case starts in a browser of its own.
          sender = await new Sender().ready("/medarbejder/log-ind");
          return;
        }
        expect(sender.browser.cookies.has("__session"), "a refused sign-in gave a session").toBe(false);
        expect(await database().session.count({ where: { userId: user.id } })).toBe(sessions);
        if (reply.status === 400 || reply.status === 429) expectDanishRefusal(reply, "staff sign-in");
      }),
      { numRuns: runs(300) },
    );
  }, 600_000);

  it("the employer's link request answers every address below 500, refuses in Danish, and makes no link for an address without orders", async () => {
    const domain = `fuzz-${crypto.randomUUID().slice(0, 8)}.example`;
    const request = formOf({ email: { takes: fc.oneof(typedText(60).map((s) => `${encodeURIComponent(s).slice(0, 60)}@${domain}`), fc.constantFrom(`INGEN@${domain.toUpperCase()}`, ` ingen@${domain} `)), refuses: ["ikke-en-mail", `${"x".repeat(250)}@${domain}`] } });
    const sender = await new Sender().ready("/mine-jobordrer/log-ind");
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(request, async (form) => {
        const reply = await sender.post("/mine-jobordrer/log-ind", form);
        if (!reply) return;
        expectNoServerError(reply, "link request");
        if (reply.status === 200) accepted++;
        else if (reply.status === 400 || reply.status === 429) expectDanishRefusal(reply, "link request");
      }),
      { numRuns: runs(300) },
    );
    expect(accepted).toBeGreaterThan(0);
    // The same answer whether or not the address has orders; a link only for one that has.
    await new Promise((r) => setTimeout(r, 500));
    expect(await database().employerLoginToken.count({ where: { email: { endsWith: `@${domain}` } } })).toBe(0);
  }, 600_000);

  it("the employer's sign-in link answers any link below 500, is used once, and gives a session only by a real one", async () => {
    const { createEmployerLoginToken } = await import("../../app/models/access/employer-login.server");
    const { hashToken } = await import("../../app/utils/link-tokens.server");
    const email = `fuzz+${crypto.randomUUID().slice(0, 12)}@virksomhed.example`;
    let sender = await new Sender().ready("/mine-jobordrer/log-ind");
    let token = await createEmployerLoginToken(database(), email, 1);
    let signedIn = 0;
    const stateOf = (t: string) => database().employerLoginToken.findUniqueOrThrow({ where: { tokenHash: hashToken(t) } });
    await fc.assert(
      fc.asyncProperty(linkTokenChoice, fc.dictionary(fc.constantFrom("token", "email", "redirectTo"), anyText(100), { maxKeys: 2 }), async (choice, fields) => {
        const before = await stateOf(token);
        const reply = await sender.post(tokenPath("/mine-jobordrer/log-ind/", token, choice), fields);
        if (!reply) return;
        expectNoServerError(reply, "sign-in link");
        const after = await stateOf(token);
        if (reply.status === 302 && choice.kind === "real" && before.usedAt === null) {
          signedIn++;
          expect(reply.location).toBe("/mine-jobordrer");
          expect(after.usedAt).not.toBeNull();
          // Signed in: the next case has a new link and a browser of its own.
          sender = await new Sender().ready("/mine-jobordrer/log-ind");
          token = await createEmployerLoginToken(database(), email, 1);
          return;
        }
        expect(after, "a refused link was used up").toEqual(before);
        expect(sender.browser.cookies.has("__session"), "a refused link gave a session").toBe(false);
        if (reply.status === 404 || reply.status === 410) expectDanishRefusal(reply, "sign-in link");
      }),
      { numRuns: runs(250) },
    );
    expect(signedIn).toBeGreaterThan(0);
  }, 600_000);
});

// --- the administrator's forms (last: they change Frederikssund's rules for new orders) ----------------------

describe("the administrator's forms", () => {
  let admin: Sender;
  let original: ResponsePolicy;
  // Goals and national figures only for years far ahead, which no figures of the portal read yet.
  const YEARS = ["2095", "2100"];

  beforeAll(async () => {
    const browser = new Browser();
    expect((await browser.signIn(staff("admin", FREDERIKSSUND))).status).toBe(302);
    admin = await new Sender(browser).ready("/admin/politik");
    original = await database().responsePolicy.findFirstOrThrow({ where: { jobcentreId: FREDERIKSSUND }, orderBy: { version: "desc" } });
  });

  afterAll(async () => {
    // The rules as they were, as the next version; the far years' goals and figures gone.
    const { createNextPolicyVersion } = await import("../factories");
    const latest = await database().responsePolicy.findFirstOrThrow({ where: { jobcentreId: FREDERIKSSUND }, orderBy: { version: "desc" } });
    if (latest.id !== original.id) await createNextPolicyVersion(database(), original, { version: latest.version + 1 });
    await database().planGoal.deleteMany({ where: { jobcentreId: FREDERIKSSUND, year: { gte: 2090 } } });
    await database().nationalFigure.deleteMany({ where: { year: { gte: 2090 } } });
  });

  it("the rules' form answers every version below 500, refuses in Danish, stores nothing refused, and the note as typed", async () => {
    const { WEEKDAYS } = await import("../../app/utils/deadlines");
    const number = (takes: string[], refuses: string[]) => ({ takes: fc.constantFrom(...takes), refuses });
    // A day's hours as the table takes them (both times or neither), or each time on its own, refused or anything.
    const window = fc.constantFrom(["", ""], ["08:00", "15:30"], ["09:30", "16:00"], ["08:00", "13:00"]);
    const openingHours = fc.oneof(
      { weight: 3, arbitrary: fc.tuple(...WEEKDAYS.map(() => window)).map((windows) => Object.fromEntries(WEEKDAYS.flatMap((day, i) => [[`openingHours.${day}.from`, windows[i]![0]], [`openingHours.${day}.to`, windows[i]![1]]]))) },
      {
        weight: 1,
        arbitrary: formOf(
          Object.fromEntries(
            WEEKDAYS.flatMap((day) => [
              [`openingHours.${day}.from`, { takes: fc.constantFrom("", "08:00", "09:30"), refuses: ["8", "25:00", "16:00"] }],
              [`openingHours.${day}.to`, { takes: fc.constantFrom("", "15:30", "16:00"), refuses: ["24:00", "07:00"] }],
            ]),
          ),
        ),
      },
    );
    const rules = formOf({
      responseHours: number(["24", "48", "1", "720"], ["0", "721", "2,5"]),
      countingMode: number(["CLOCK_HOURS", "WORKING_HOURS"], ["HOURS"]),
      useDanishHolidays: number(["on", ""], ["true"]),
      extraClosedDays: { takes: fc.constantFrom("", "2026-12-24", "2026-12-24\n2026-12-31, 2027-06-05"), refuses: ["2027-02-30", "24.12.2026", "2026-12-24\n".repeat(2_000)] },
      warningAtPercent: number(["75", "1", "99"], ["0", "100"]),
      escalateTeamLeadAfterHours: number(["0", "8"], ["-1", "721"]),
      escalateManagerAfterHours: number(["8", "24", "720"], ["721"]),
      escalationEmails: { takes: fc.constantFrom("", "chef@frederikssund.jobcenter.example", "a@frederikssund.dk, b@frederikssund.dk\nc@frederikssund.dk"), refuses: ["ikke en mail", "a@b.dk, ,@"] },
      note: { takes: fc.oneof(fc.constant(""), typedText(500, "Ændret: ")), refuses: ["x".repeat(501)] },
      consentReplyDays: number(["3", "1", "30"], ["0", "31"]),
      referralWithinWorkingDays: number(["10", "60"], ["61"]),
      meetingAbovePositions: number(["", "5", "500"], ["0", "501"]),
      meetingWithinWorkingDays: number(["10", "30"], ["31"]),
      meetingSlotTimes: { takes: fc.constantFrom("09:00, 13:00", "9.00", "08:00\n10:00\n12:00"), refuses: ["", "25:00", "1:2"] },
      answerNextSteps: { takes: fc.array(typedText(120), { minLength: 1, maxLength: 4 }).map((steps) => steps.join("\n")), refuses: ["", "x".repeat(121)] },
      feedbackReminderWorkingDays: number(["5", "30"], ["31"]),
      followUpWeeksAfterStart: number(["4", "52"], ["53"]),
      orderOpenDays: number(["60", "7", "365"], ["6", "366"]),
      surveyReminderDays: number(["7"], ["0"]),
      surveyCloseDays: number(["14", "60"], ["61"]),
    });
    const policy = fc.tuple(rules, openingHours).map(([form, hours]) => ({ ...form, ...hours }));
    const versions = () => database().responsePolicy.count({ where: { jobcentreId: FREDERIKSSUND } });
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(policy, async (form) => {
        const before = await versions();
        const reply = await admin.post("/admin/politik", form);
        if (!reply) return;
        expectNoServerError(reply, "policy");
        if (reply.status !== 302) {
          expect(await versions(), "a refused version was stored").toBe(before);
          if (reply.status === 400) expectDanishRefusal(reply, "policy");
          return;
        }
        accepted++;
        expect(await versions()).toBe(before + 1);
        const stored = await database().responsePolicy.findFirstOrThrow({ where: { jobcentreId: FREDERIKSSUND }, orderBy: { version: "desc" } });
        expect(stored.note).toBe(multiLine(form.note ?? "") || null);
        expect(stored.answerNextSteps.length).toBeGreaterThan(0);
        for (const step of stored.answerNextSteps) expect(step, "a next step on more than one line").toBe(oneLine(step));
      }),
      { numRuns: runs(250) },
    );
    expect(accepted).toBeGreaterThan(0);
  }, 600_000);

  it("the goals' forms answer every goal, deletion and national figure below 500, store nothing refused, and the texts as typed", async () => {
    const { GOAL_MEASURES } = await import("../../app/domain/kpi/measures");
    const EXISTING = "an-existing-goal";
    const year = { takes: fc.constantFrom(...YEARS), refuses: ["2019", "2101", "2095,5"] };
    const saveGoal = formOf({
      intent: { takes: fc.constant("saveGoal") },
      year,
      measure: { takes: fc.constantFrom(...GOAL_MEASURES), refuses: ["SOMETHING"] },
      comparator: { takes: fc.constantFrom("AT_LEAST", "AT_MOST", "AT_LEAST_NATIONAL"), refuses: ["EXACTLY"] },
      target: { takes: fc.constantFrom("85", "72,5", "75", "100"), refuses: ["", "0", "101", "100001", "-5"] },
      perItemTarget: { takes: fc.constantFrom("", "150"), refuses: ["0", "1,5"] },
      label: { takes: typedText(120, "Resultatmål ") },
      wording: { takes: typedText(1_000, "Målet er ") },
    });
    const deleteGoal = formOf({
      intent: { takes: fc.constant("deleteGoal") },
      goalId: { takes: fc.constant(EXISTING), refuses: [crypto.randomUUID()] },
      year,
    });
    const saveNationalFigure = formOf({
      intent: { takes: fc.constant("saveNationalFigure") },
      year,
      measure: { takes: fc.constantFrom("FORMIDLINGSGRAD", "BESAETTELSESGRAD"), refuses: ["ORDERS_RECEIVED"] },
      value: { takes: fc.constantFrom("72", "72,5", "100"), refuses: ["0", "101", ""] },
      source: { takes: typedText(300, "STAR, jobindsats.dk ") },
    });
    const other: fc.Arbitrary<Record<string, string>> = fc.record({ intent: anyText(30) });
    const goals = () => database().planGoal.findMany({ where: { jobcentreId: FREDERIKSSUND }, orderBy: { id: "asc" } });
    const figures = () => database().nationalFigure.findMany({ orderBy: { id: "asc" } });
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(fc.oneof({ weight: 3, arbitrary: saveGoal }, { weight: 1, arbitrary: deleteGoal }, { weight: 2, arbitrary: saveNationalFigure }, { weight: 1, arbitrary: other }), async (typed) => {
        const before = { goals: await goals(), figures: await figures() };
        const some = before.goals.find((g) => g.year >= 2090);
        const form = typed.goalId === EXISTING ? { ...typed, goalId: some?.id ?? crypto.randomUUID() } : typed;
        const reply = await admin.post("/admin/maal", form);
        if (!reply) return;
        expectNoServerError(reply, `goals (${form.intent})`);
        const after = { goals: await goals(), figures: await figures() };
        if (reply.status !== 302) {
          expect(after, "a refused form changed a goal or a national figure").toEqual(before);
          if (reply.status === 400 && (form.intent === "saveGoal" || form.intent === "saveNationalFigure")) expectDanishRefusal(reply, `goals (${form.intent})`);
          return;
        }
        accepted++;
        if (form.intent === "saveGoal") {
          const goal = after.goals.find((g) => g.year === Number(form.year) && g.measure === form.measure)!;
          expect(goal.label).toBe(oneLine(form.label!));
          expect(goal.wording).toBe(multiLine(form.wording!));
        } else if (form.intent === "saveNationalFigure") {
          const figure = after.figures.find((f) => f.year === Number(form.year) && f.measure === form.measure)!;
          expect(figure.source).toBe(oneLine(form.source!));
        } else {
          expect(after.goals.some((g) => g.id === form.goalId), "a deleted goal is gone").toBe(false);
        }
      }),
      { numRuns: runs(300) },
    );
    expect(accepted).toBeGreaterThan(0);
  }, 600_000);
});
