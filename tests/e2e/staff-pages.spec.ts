// The staff pages outside the order journeys, as their users reach them from the menu: an admin changes
// the promise after the answer (a bad value is refused in Danish and nothing is lost, then a new version is
// saved), a team lead browses the jobseeker register, and the mail previews render. Axe on the users' pages.
// The admin works on a jobcentre of the test's own, so no other test sees the changed policy.
import { expect, test } from "@playwright/test";
import { createJobcentre, createStaffUser, jobOrderFormValues } from "../factories";
import { database, expectAccessible, signInAsStaff, signOut } from "./support";

test("an admin saves a new policy version after a refused value; the register and the mail previews render", async ({ page }) => {
  const { jobcentre } = await createJobcentre(database(), { meetingAbovePositions: 5 });
  const admin = await createStaffUser(database(), { jobcentreId: jobcentre.id, role: "ADMIN" });
  await signInAsStaff(page, admin.email);
  await page.getByRole("link", { name: "Frister og regler" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Jobcentrets frister og regler for jobordrer" })).toBeVisible();
  await expectAccessible(page);

  const meeting = page.getByLabel("Møde med virksomheden ved flere stillinger end");
  await expect(meeting).toHaveValue("5");
  await meeting.fill("501");
  await page.getByRole("button", { name: "Opret ny version" }).click();
  await expect(meeting).toHaveAttribute("aria-invalid", "true");
  await expect(meeting).toHaveValue("501");
  await expect(page.getByText(/Antal stillinger for møde skal være et helt tal fra 1 til 500/).first()).toBeVisible();
  await expectAccessible(page);
  await meeting.fill("8");
  await page.getByRole("button", { name: "Opret ny version" }).click();
  await expect(page.getByText(/Version \d+ er gemt/)).toBeVisible();
  await expect(page.getByLabel("Møde med virksomheden ved flere stillinger end")).toHaveValue("8");
  await signOut(page);

  await signInAsStaff(page, "teamleder@lolland.jobcenter.example");
  await page.getByRole("link", { name: "Jobsøgere" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Jobsøgere" })).toBeVisible();
  await expect(page.getByText(/Jobcenter Lolland har [\d.]+ jobsøgere i registret/)).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Næste side" }).click();
  await expect(page.getByText("Side 2 af")).toBeVisible();

  await page.goto("/dev/emails");
  await expect(page.getByRole("heading", { level: 1, name: "Mailskabeloner" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "consent-request" })).toBeVisible();
  // A development tool, not a user's page; its sandboxed preview frames stall axe, so no axe here.
});

test("a crafted post with a NUL character is stored without it, never a server error", async ({ page }) => {
  await page.goto("/jobordre/ny");
  const csrf = await page.locator('input[name="csrf"]').first().getAttribute("value");
  const submissionKey = await page.locator('input[name="submissionKey"]').getAttribute("value");
  const values = jobOrderFormValues({ title: "Lager\u0000medarbejder", workplacePostcode: "4900", companyPostcode: "4900" });
  const response = await page.request.post("/jobordre/ny", { form: { ...values, csrf: csrf!, submissionKey: submissionKey! } });
  expect(response.status()).toBeLessThan(500);
  expect(response.url()).toMatch(/\/jobordre\/[\w-]+\/kvittering$/);
  expect(await response.text()).toContain("Lagermedarbejder");
});

test("an admin enters a plan goal: an impossible target is refused in Danish, then the goal is saved and listed", async ({ page }) => {
  const { jobcentre } = await createJobcentre(database());
  const admin = await createStaffUser(database(), { jobcentreId: jobcentre.id, role: "ADMIN" });
  await signInAsStaff(page, admin.email);
  await page.getByRole("link", { name: "Mål", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mål i beskæftigelsesplanen" })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("Hvad måler målet?").selectOption({ label: "Virksomheder, der er tilfredse eller meget tilfredse med servicen" });
  await page.getByRole("radio", { name: "Mindst", exact: true }).check();
  const target = page.getByLabel("Målets tal");
  await target.fill("120");
  await page.getByLabel("Målets navn i planen").fill("Resultatmål 5a");
  await page.getByLabel("Målet med planens egne ord").fill("Mindst 85 % af virksomhederne er tilfredse med servicen.");
  await page.getByRole("button", { name: "Gem målet" }).click();
  await expect(target).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Målets navn i planen")).toHaveValue("Resultatmål 5a");
  await expectAccessible(page);

  await target.fill("85");
  await page.getByRole("button", { name: "Gem målet" }).click();
  await expect(page.getByText("Målet er gemt.")).toBeVisible();
  const row = page.getByRole("row", { name: /Resultatmål 5a/ });
  await expect(row).toContainText("mindst 85 %");
  await expect(row).toContainText("Ja");
});
