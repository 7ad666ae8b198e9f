// From answer to hire, as the people involved do it: a team lead imports a jobseeker from CSV; an employer
// submits an order; a consultant answers it, finds the jobseeker in the candidate search, shortlists and
// asks for consent; the jobseeker says yes from the link in their mail; the employer gets the CV by mail,
// signs in and marks the candidate hired; the order closes as filled; the employer answers the survey from
// its mail; the follow-up with the company is in the consultant's task inbox for the right day. Mails are
// read in the development SMTP sink; every page is checked with axe.
import { expect, test } from "@playwright/test";
import { REFERENCE_JOBCENTRES } from "../../prisma/reference-data";
import { addLocalDays, closingTimeOnOrAfter } from "../../app/utils/deadlines";
import { formatDateTime } from "../../app/utils/format";
import { danishToday } from "../../app/schemas/job-order";
import { jobOrderFormValues, uniqueSuffix } from "../factories";
import { expectAccessible, fillJobOrderForm, linkIn, openMail, signInAsStaff, signOut, findInInbox, answerOrder } from "./support";

const CSV_COLUMNS = "reference;navn;email;telefon;postnummer;maks_km;timer_pr_uge;ydelse;stillinger;kompetencer;certifikater;korekort;sprog;cv;kontakt_ok";

test("a jobseeker found in the search says yes, is hired, the order closes, the survey is answered and the follow-up is planned", async ({ page, browser }) => {
  test.setTimeout(240_000);
  const suffix = uniqueSuffix();
  const jobseekerName = `Sofie Svejser ${suffix}`;
  const jobseekerEmail = `sofie.${suffix}@borger.example`;
  const values = jobOrderFormValues({
    workplacePostcode: "4900",
    companyPostcode: "4900",
    title: "Robotsvejser",
    positions: "1",
    description: "Vi søger en robotsvejser til vores nye svejsecelle med KUKA-robotter.",
    requirements: "Erfaring med robotsvejsning.",
  });
  const employerEmail = values.contactEmail!;

  // 1. A team lead imports the jobseeker into Jobcenter Lolland's register.
  await signInAsStaff(page, "teamleder@lolland.jobcenter.example");
  await page.getByRole("link", { name: "Jobsøgere" }).click();
  await page.getByRole("link", { name: "Importer jobsøgere fra CSV-fil" }).click();
  await expectAccessible(page);
  const csv = `${CSV_COLUMNS}\r\nE2E-${suffix};${jobseekerName};${jobseekerEmail};;4900;40;37;a-dagpenge;Robotsvejser|Svejser;MIG/MAG-svejsning|KUKA-robotprogrammering;Svejsecertifikat;B;dansk|engelsk;Erfaren robotsvejser fra værft.;ja\r\n`;
  await page.getByLabel("CSV-fil med jobsøgere").setInputFiles({ name: "jobsogere.csv", mimeType: "text/csv", buffer: Buffer.from(`\uFEFF${csv}`, "utf8") });
  await page.getByRole("button", { name: "Importer" }).click();
  await expect(page.getByText("jobsogere.csv er importeret")).toBeVisible();
  await signOut(page);

  // 2. The employer submits the order.
  await page.goto("/jobordre/ny");
  await fillJobOrderForm(page, values);
  await page.getByRole("button", { name: "Send jobordre" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Jobordren er modtaget" })).toBeVisible();
  const orderNumber = (await page.getByText(/JO-\d{4}-\d{5}/).first().innerText()).match(/JO-\d{4}-\d{5}/)![0];

  // 3. A consultant answers it, searches, shortlists and asks for consent.
  await signInAsStaff(page, "konsulent@lolland.jobcenter.example");
  // The inbox opens on the consultant's own tasks; the order is found by its number among everyone's.
  await expect(page.getByRole("radio", { name: /^Mine/ })).toBeChecked();
  await findInInbox(page, orderNumber);
  await expectAccessible(page);
  await page.getByRole("link", { name: orderNumber }).first().click();
  await answerOrder(page, "Tak for ordren. Vi har en oplagt kandidat og vender tilbage, når hun har givet samtykke.");
  await page.getByRole("link", { name: "Søg kandidater og sæt dem på kortlisten" }).click();
  await page.getByLabel("Søgeord").fill("robotsvejser KUKA");
  await page.getByRole("button", { name: "Søg", exact: true }).click();
  const hit = page.getByRole("row", { name: new RegExp(jobseekerName) });
  await expect(hit).toContainText("km");
  await expectAccessible(page);
  // The consultant reads the profile before shortlisting, then goes back to the same search.
  await hit.getByRole("link", { name: jobseekerName }).click();
  await expect(page.getByRole("heading", { level: 1, name: jobseekerName })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "CV" })).toBeVisible();
  await expectAccessible(page);
  await page.goBack();
  await hit.getByLabel(`Vælg ${jobseekerName}`).check();
  await page.getByRole("button", { name: "Sæt valgte på kortlisten" }).click();
  await expect(page.getByText("1 kandidat er sat på kortlisten.")).toBeVisible();
  await page.getByRole("link", { name: "Gå til jobordren" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Kandidater" })).toBeVisible();
  await page.getByLabel(`Spørg ${jobseekerName}`).check();
  await page.getByLabel("3 dage").check();
  await page.getByRole("button", { name: "Send forespørgsel om samtykke" }).click();
  await expect(page.getByText("Forespørgslen om samtykke er sendt.")).toBeVisible();
  await expect(page.getByRole("row", { name: new RegExp(jobseekerName) })).toContainText("Venter på samtykke");
  await expectAccessible(page);
  await signOut(page);

  // 4. The jobseeker says yes from the link in their mail, in their own browser.
  const consentMail = await openMail(page, jobseekerEmail, /Vil du henvises til et job som Robotsvejser/);
  const consentLink = linkIn(consentMail, "/samtykke/");
  const jobseekerContext = await browser.newContext();
  const jobseeker = await jobseekerContext.newPage();
  await jobseeker.goto(consentLink);
  await expect(jobseeker.getByRole("heading", { level: 1, name: "Vil du henvises til jobbet?" })).toBeVisible();
  await expect(jobseeker.getByText("KUKA-robotprogrammering")).toBeVisible();
  await expectAccessible(jobseeker);
  await jobseeker.getByRole("button", { name: "Ja, send mit CV" }).click();
  await expect(jobseeker.getByRole("heading", { level: 1, name: "Tak for dit svar" })).toBeVisible();
  await expectAccessible(jobseeker);
  await jobseekerContext.close();

  // 5. The employer gets the CV by mail, signs in with its link and marks the candidate hired.
  const sharedMail = await openMail(page, employerEmail, /Ny kandidat til jeres jobordre/);
  expect(sharedMail).toContain(jobseekerName);
  expect(sharedMail).not.toMatch(/dagpenge/i);
  const employerContext = await browser.newContext();
  const employer = await employerContext.newPage();
  await employer.goto(linkIn(sharedMail, "/mine-jobordrer/log-ind/"));
  await employer.getByRole("button", { name: "Log ind" }).click();
  await employer.getByRole("link", { name: new RegExp(orderNumber) }).first().click();
  await expect(employer.getByRole("heading", { level: 2, name: "Kandidater" })).toBeVisible();
  await expect(employer.getByRole("heading", { level: 3, name: jobseekerName })).toBeVisible();
  await expectAccessible(employer);
  const startDate = addLocalDays(danishToday(), 14);
  const feedback = employer.getByRole("group", { name: `Hvordan gik det med ${jobseekerName}?` });
  await feedback.getByLabel("Ansat").check();
  await employer.getByLabel("Første arbejdsdag").fill(startDate);
  await employer.getByRole("button", { name: "Send tilbagemelding" }).click();
  await expect(employer.getByText("Tak for tilbagemeldingen.")).toBeVisible();

  // 6. The only position is filled: the order closes by itself as filled.
  await expect(async () => {
    await employer.reload();
    await expect(employer.getByText("Besat", { exact: true })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  await expectAccessible(employer);

  // 7. The survey arrives and is answered from its link.
  const surveyMail = await openMail(page, employerEmail, /Hvordan var samarbejdet/);
  await employer.goto(linkIn(surveyMail, "/tilfredshed/"));
  await expect(employer.getByRole("heading", { level: 1, name: "Hvordan var samarbejdet?" })).toBeVisible();
  await expectAccessible(employer);
  await employer.getByRole("group", { name: "Hvor tilfreds er I med servicen fra jobcentret?" }).getByLabel("5 – Meget tilfreds").check();
  await employer.getByRole("group", { name: "Hvor tilfreds er I med kommunikationen med jobcentret?" }).getByLabel("4 – Tilfreds").check();
  await employer.getByRole("group", { name: "Hvor tilfreds er I med den information, I har fået om muligheder og rettigheder?" }).getByLabel("4 – Tilfreds").check();
  await employer.getByRole("group", { name: "Vil I anbefale jobcentrets rekrutteringsservice til jeres netværk?" }).getByLabel("Ja", { exact: true }).check();
  await employer.getByLabel("Kommentar (valgfrit)").fill("Hurtig og relevant hjælp.");
  await employer.getByRole("button", { name: "Send svar" }).click();
  await expect(employer.getByRole("heading", { level: 1, name: "Tak for jeres svar" })).toBeVisible();
  await employerContext.close();

  // 8. The follow-up with the company is in the task inbox, due four weeks after the start date.
  const lolland = REFERENCE_JOBCENTRES.find((jc) => jc.id === "lolland")!;
  const followUpDue = formatDateTime(closingTimeOnOrAfter({ ...lolland.policy, useDanishHolidays: true }, addLocalDays(startDate, 7 * lolland.policy.followUpWeeksAfterStart)));
  await signInAsStaff(page, "konsulent@lolland.jobcenter.example");
  // The order's owner (round robin) has it; the consultant finds it among everyone's tasks.
  await findInInbox(page, orderNumber);
  const followUp = page.getByRole("row", { name: new RegExp(`${orderNumber}.*Opfølgning hos virksomheden`) });
  await expect(followUp).toContainText(jobseekerName);
  await expect(followUp).toContainText(followUpDue);
  await expectAccessible(page);
});
