// Property-based fuzzing (fast-check) of the forms, the workflow updates behind them and the CSV import,
// against the production web process: over 10,000 cases each run. Every field is either a value the form
// takes or something else (any code point, Danish letters, emoji, right-to-left text, 4-byte characters,
// NUL bytes, very long lines). Whatever arrives: no answer of 500 or more; a refusal says in Danish what is
// wrong beside a field (never a validator's English default); nothing is stored from a refused form; what
// is stored is what was typed (trimmed, NUL removed, one-line fields on one line).
import crypto from "node:crypto";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { FORM_BODY_LIMIT_BYTES } from "../../app/utils/request-body.server";
import { toSingleLine } from "../../app/utils/text";
import { dateAhead } from "../support/dates";
import { eventually } from "../support/eventually";
import { answerFields, Browser, database, staff, submitOrder, type Reply } from "./http";

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
  private token = "";
  private next = 1;
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
    const n = this.next++;
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
      }),
      { numRuns: runs(3_000) },
    );
    // The generator reaches the far side of the rules too.
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

  it("answers every other intent with any fields below 500, and the order stays open and answered once", async () => {
    const path = `/ordrer/${encodeURIComponent(order.number)}`;
    const intents = ["answer", "takeOver", "handOver", "requestConsent", "consentByPhone", "withdraw", "completeTask", "shareWithRegion", "close", "???"];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...intents),
        fc.dictionary(fc.constantFrom("text", "toUserId", "referralId", "taskId", "replyBy", "answer", "reason", "note", "nextStep", "ownerId", "nextStepDate", "updateKey", "referralIds"), anyText(300), { maxKeys: 6 }),
        async (intent, fields) => {
          const reply = await consultant.post(path, { ...fields, intent });
          if (reply) expectNoServerError(reply, `intent ${intent}`);
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
