// Guessing a password is slowed down, and nobody can lock a colleague out: wrong passwords from other
// clients never stop the right person on a browser they have signed in from, and slow a new computer by
// at most a minute. The user is told. The client address is the one the trusted proxy saw, however the
// client fills in X-Forwarded-For.
import { describe, expect, it } from "vitest";
import { NOTICE_AFTER_FAILURES, THROTTLE_RULES } from "../../app/models/access/sign-in.server";
import { listDevMails } from "../../app/models/dev/mails.server";
import { Browser, database, portal } from "./http";

/** A staff user of Lolland of their own, so counts do not mix between tests. */
async function newConsultant(): Promise<string> {
  const { createStaffUser } = await import("../factories");
  const jobcentre = await database().jobcentre.findUniqueOrThrow({ where: { id: "lolland" } });
  const email = `konsulent-${crypto.randomUUID().slice(0, 8)}@lolland.jobcenter.example`;
  await createStaffUser(database(), { jobcentreId: jobcentre.id, role: "CONSULTANT", email });
  return email;
}

async function failTimes(browser: Browser, email: string, times: number): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < times; i++) statuses.push((await browser.signIn(email, "forkert-adgangskode")).status);
  return statuses;
}

describe("wrong passwords", () => {
  it("slow down the guesser at one address, with a growing wait", async () => {
    const email = await newConsultant();
    const guesser = new Browser("198.51.100.1");
    const free = THROTTLE_RULES.accountAndClient.freeAttempts;
    expect(await failTimes(guesser, email, free)).toEqual(Array(free).fill(400));
    const held = await guesser.signIn(email, "forkert-adgangskode");
    expect(held.status).toBe(429);
    expect(Number(held.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect(Number(held.headers.get("Retry-After"))).toBeLessThanOrEqual(THROTTLE_RULES.accountAndClient.firstDelaySeconds);
  });

  it("never stop the right person on a browser they have signed in from", async () => {
    const email = await newConsultant();
    const colleague = new Browser("198.51.100.2");
    expect((await colleague.signIn(email)).status).toBe(302);
    await colleague.request("/log-ud", { method: "POST", body: new URLSearchParams({ csrf: await colleague.csrfToken("/indbakke") }), headers: { "Content-Type": "application/x-www-form-urlencoded" } });
    // Strangers at twenty addresses, far past every limit for the account.
    for (let i = 0; i < 20; i++) await failTimes(new Browser(`192.0.2.${i + 1}`), email, 2);
    const back = await colleague.signIn(email);
    expect(back.status).toBe(302);
    expect(back.location).toBe("/indbakke");
  });

  it("hold a new computer back by at most a minute", async () => {
    const email = await newConsultant();
    for (let i = 0; i < 20; i++) await failTimes(new Browser(`192.0.2.${100 + i}`), email, 2);
    const newComputer = await new Browser("198.51.100.3").signIn(email);
    if (newComputer.status === 429) {
      expect(Number(newComputer.headers.get("Retry-After"))).toBeLessThanOrEqual(THROTTLE_RULES.accountFromNewClients.maxDelaySeconds);
    } else {
      expect(newComputer.status).toBe(302);
    }
  });

  it("are counted against the address the proxy saw, not what the client wrote in X-Forwarded-For", async () => {
    const email = await newConsultant();
    for (let i = 0; i < 3; i++) {
      await new Browser(`10.${i}.0.1, 198.51.100.77`).signIn(email, "forkert-adgangskode");
    }
    const rows = await database().signInThrottle.findMany({ where: { key: { startsWith: `account:${email}:address:` } } });
    expect(rows.map((r) => [r.key, r.failures])).toEqual([[`account:${email}:address:198.51.100.77`, 3]]);
  });

  it("are told to the user: a mail once they pile up, and a notice on the first page after signing in", async () => {
    const email = await newConsultant();
    for (let i = 0; i < NOTICE_AFTER_FAILURES; i++) await failTimes(new Browser(`192.0.2.${200 + i}`), email, 1);
    await expect
      .poll(async () => (await listDevMails(portal.mailDir, { to: email })).map((m) => m.subject), { timeout: 15_000 })
      .toEqual(["Mange forkerte forsøg på at logge ind på din konto"]);

    const browser = new Browser("198.51.100.4");
    let signedIn = await browser.signIn(email);
    // The new computer may have to wait its minute first.
    if (signedIn.status === 429) {
      await new Promise((r) => setTimeout(r, (Number(signedIn.headers.get("Retry-After")) + 1) * 1000));
      signedIn = await browser.signIn(email);
    }
    expect(signedIn.status).toBe(302);
    const first = await browser.get("/indbakke");
    expect(first.text).toContain('data-notice="failed-sign-ins"');
    expect(first.text).toContain(`data-failures="${NOTICE_AFTER_FAILURES}"`);
    const second = await browser.get("/indbakke");
    expect(second.text).not.toContain('data-notice="failed-sign-ins"');
    expect((await database().user.findUniqueOrThrow({ where: { email } })).failedSignIns).toBe(0);
  }, 120_000);
});
