// What a browser does with the portal's defences, as a user meets them: a sign-in link crafted to send a
// consultant to another site lands in the inbox, Back after signing out shows no personal page, and the
// pages' scripts run under the nonce CSP with no violation.
import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD, expectAccessible, signInAsStaff, signOut } from "./support";

function collectCspViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

test("a sign-in link to another site lands the consultant in the inbox, signed out and signed in", async ({ page, baseURL }) => {
  const violations = collectCspViolations(page);
  const crafted = "/medarbejder/log-ind?redirectTo=/%09/evil.example";
  await page.goto(crafted);
  await page.getByLabel("E-mail").fill("konsulent@faxe.jobcenter.example");
  await page.getByLabel("Adgangskode").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Log ind" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Indbakke" })).toBeVisible();
  expect(page.url()).toBe(`${baseURL}/indbakke`);
  await expectAccessible(page);

  // Already signed in, the same link is one click: it must not leave the portal either.
  await page.goto(crafted);
  await expect(page.getByRole("heading", { level: 1, name: "Indbakke" })).toBeVisible();
  expect(new URL(page.url()).host).toBe(new URL(baseURL!).host);
  expect(violations).toEqual([]);
});

test.describe("without JavaScript, where Back is the browser's own", () => {
  test.use({ javaScriptEnabled: false });

  test("after signing out, Back shows the sign-in page, not the register that was open", async ({ page }) => {
    await signInAsStaff(page, "teamleder@lejre.jobcenter.example");
    await page.goto("/jobsogere");
    await expect(page.getByRole("heading", { level: 1, name: "Jobsøgere" })).toBeVisible();
    await signOut(page);
    await page.goBack();
    await expect(page.getByRole("heading", { level: 1, name: "Log ind som medarbejder" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 1, name: "Jobsøgere" })).toHaveCount(0);
  });
});

test("the order form validates in the browser under the nonce CSP", async ({ page }) => {
  const violations = collectCspViolations(page);
  await page.goto("/jobordre/ny");
  // Client-side validation on blur needs the hydrated page, so it shows the scripts ran.
  await page.getByLabel("CVR-nummer").fill("123");
  await page.getByLabel("Virksomhedens navn").focus();
  await expect(page.getByText("CVR-nummeret skal være 8 cifre, fx 12345678")).toBeVisible();
  expect(violations).toEqual([]);
});

test("typing keeps a signed-in session alive: the page tells the server at most every five minutes", async ({ page }) => {
  await page.clock.install();
  await signInAsStaff(page, "konsulent2@lolland.jobcenter.example");
  const pings: string[] = [];
  page.on("request", (request) => {
    if (new URL(request.url()).pathname === "/aktiv") pings.push(request.url());
  });
  await page.goto("/jobordre/ny");
  const field = page.getByLabel("Stillingsbetegnelse");
  await field.pressSequentially("Kok");
  expect(pings).toHaveLength(0);
  await page.clock.fastForward("06:00");
  await field.pressSequentially(" og køkkenchef");
  await expect.poll(() => pings.length).toBe(1);
  await field.pressSequentially(" i Nakskov");
  expect(pings).toHaveLength(1);
});
