// No request can send a user to another site through the portal: sign-in's redirectTo (after signing in,
// and when already signed in) and the candidate page's way back go only to paths of the portal.
import { beforeAll, describe, expect, it } from "vitest";
import { jobseekerInput } from "../factories";
import { Browser, database, staff, submitOrder, answerFields } from "./http";

const HOSTILE = [
  "/%09/evil.example",
  "/\t/evil.example",
  "/\n/evil.example",
  "/\u3000/evil.example",
  "//evil.example",
  "/\\evil.example",
  "https://evil.example/",
  "/..//evil.example/x",
  "/%2e%2e//evil.example/x",
];

/** Whether a Location header keeps the browser on the portal. */
function staysOnPortal(location: string | null): boolean {
  return location !== null && /^\/[\x21-\x7e]*$/.test(location) && !location.startsWith("//") && !location.includes("\\");
}

describe("sign-in's redirectTo", () => {
  it.each(HOSTILE)("after signing in, %j leads to the inbox", async (redirectTo) => {
    const browser = new Browser();
    const reply = await browser.signIn(staff("konsulent2"), undefined, redirectTo);
    expect(reply.status).toBe(302);
    expect(reply.location).toBe("/indbakke");
  });

  it.each(HOSTILE)("when already signed in, %j leads to the inbox", async (redirectTo) => {
    const browser = new Browser();
    await browser.signIn(staff("konsulent2"));
    const reply = await browser.get(`/medarbejder/log-ind?redirectTo=${encodeURIComponent(redirectTo)}`);
    expect(reply.status).toBe(302);
    expect(reply.location).toBe("/indbakke");
  });

  it("keeps a path of the portal", async () => {
    const reply = await new Browser().signIn(staff("konsulent2"), undefined, "/jobsogere?side=2");
    expect(reply.location).toBe("/jobsogere?side=2");
  });
});

describe("the candidate page's way back", () => {
  let orderNumber: string;
  let consultant: Browser;
  let jobseekerId: string;

  beforeAll(async () => {
    const order = await submitOrder();
    orderNumber = order.number;
    consultant = new Browser();
    await consultant.signIn(staff("konsulent"));
    const text = `/ordrer/${encodeURIComponent(orderNumber)}`;
    const answered = await consultant.postForm(text, await answerFields(orderNumber, staff("konsulent")));
    expect(answered.status).toBe(302);
    const jobcentreId = (await database().jobOrder.findUniqueOrThrow({ where: { number: orderNumber } })).jobcentreId;
    const { upsertJobseekers } = await import("../../app/models/jobseeker/register.server");
    const ref = `SEC-${crypto.randomUUID().slice(0, 8)}`;
    await upsertJobseekers(database(), jobcentreId, [jobseekerInput({ externalRef: ref })]);
    jobseekerId = (await database().jobseeker.findFirstOrThrow({ where: { externalRef: ref } })).id;
  });

  it.each(HOSTILE)("%j leads back to the order's search", async (tilbage) => {
    const path = `/ordrer/${encodeURIComponent(orderNumber)}/kandidater`;
    const reply = await consultant.postForm(path, { intent: "shortlist", jobseekerIds: jobseekerId, updateKey: crypto.randomUUID(), tilbage });
    expect(reply.status).toBe(302);
    expect(staysOnPortal(reply.location)).toBe(true);
    expect(reply.location).toMatch(new RegExp(`^/ordrer/${encodeURIComponent(orderNumber)}/kandidater\\?listet=\\d+$`));
  });
});
