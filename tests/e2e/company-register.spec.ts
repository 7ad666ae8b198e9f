// The company register as the people involved use it: a team lead imports a CVR extract; an employer orders
// under a name of their own; a consultant finds the company, sees the employer's version beside the
// register's and takes it over, makes themself the key account and writes a note; the order is on the
// company's timeline. Every page is checked with axe.
import { expect, test } from "@playwright/test";
import { jobOrderFormValues, makeCvr, uniqueSuffix } from "../factories";
import { expectAccessible, fillJobOrderForm, signInAsStaff, signOut } from "./support";

test("a CVR extract is imported, an order keeps the employer's name, and a consultant takes it over and keeps the relationship", async ({ page }) => {
  test.setTimeout(180_000);
  const cvr = makeCvr();
  const suffix = uniqueSuffix();
  const registerName = `Registerets Maskinfabrik ${suffix} A/S`;
  const employerName = `Maskinfabrikken ${suffix}`;

  // 1. A team lead of Lolland imports the extract: the company and one production unit.
  await signInAsStaff(page, "teamleder@lolland.jobcenter.example");
  await page.getByRole("link", { name: "Virksomheder" }).first().click();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Importer virksomheder fra et CVR-udtræk" }).click();
  await expectAccessible(page);
  const csv =
    "cvr;pnummer;navn;adresse;postnummer;by;branchekode;branchekode_version;ansatte;reklamebeskyttet\r\n" +
    `${cvr};;${registerName};Havnegade 12;4900;Nakskov;282900;DB25;50-99;nej\r\n` +
    `${cvr};1${cvr}9;${registerName}, afd. Maribo;Industrivej 3;4930;Maribo;282900;DB25;10-19;\r\n`;
  await page.getByLabel("CSV-fil med virksomheder").setInputFiles({ name: "cvr-udtraek.csv", mimeType: "text/csv", buffer: Buffer.from(`\uFEFF${csv}`, "utf8") });
  await page.getByRole("button", { name: "Importer" }).click();
  await expect(page.getByText("cvr-udtraek.csv er importeret")).toBeVisible();
  await expectAccessible(page);
  await signOut(page);

  // 2. The employer orders under the name they use themselves.
  await page.goto("/jobordre/ny");
  await fillJobOrderForm(page, jobOrderFormValues({ cvr, companyName: employerName, companyAddress: "Havnegade 12", companyPostcode: "4900", workplacePostcode: "4900" }));
  await page.getByRole("button", { name: "Send jobordre" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Jobordren er modtaget" })).toBeVisible();
  await expect(page.getByText(employerName)).toBeVisible();
  const orderNumber = (await page.getByText(/JO-\d{4}-\d{5}/).first().innerText()).match(/JO-\d{4}-\d{5}/)![0];

  // 3. A consultant finds the company by its CVR number; the register still has its own name.
  await signInAsStaff(page, "konsulent@lolland.jobcenter.example");
  await page.getByRole("link", { name: "Virksomheder" }).first().click();
  await page.getByLabel("Søg efter virksomhed").fill(cvr);
  await page.getByRole("button", { name: "Søg" }).click();
  await page.getByRole("link", { name: registerName }).click();
  await expect(page.getByRole("heading", { level: 1, name: registerName })).toBeVisible();
  await expect(page.getByRole("rowheader", { name: `1${cvr}9` })).toBeVisible();
  await expectAccessible(page);

  // 4. The employer's version is shown beside the register's, and taken over.
  const differences = page.getByRole("region", { name: "Jobordrer, der skriver virksomheden anderledes" });
  await expect(differences.getByRole("link", { name: orderNumber })).toBeVisible();
  await differences.getByRole("button", { name: "Overtag i registret" }).click();
  await expect(page.getByText("Registret har overtaget jobordrens oplysninger")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: employerName })).toBeVisible();
  await expect(page.getByRole("region", { name: "Jobordrer, der skriver virksomheden anderledes" })).toHaveCount(0);

  // 5. The consultant becomes the key account and writes a note.
  await page.getByLabel("Fast kontaktperson (key account)").selectOption({ index: 1 });
  const chosen = await page.getByLabel("Fast kontaktperson (key account)").evaluate((s: HTMLSelectElement) => s.selectedOptions[0]!.text);
  await page.getByLabel("Note om virksomheden").fill("Ring til produktionschefen før kl. 10. Søger ofte CNC-operatører.");
  await page.getByRole("button", { name: "Gem relationen" }).click();
  await expect(page.getByText("Relationen er gemt")).toBeVisible();
  await expect(page.getByLabel("Fast kontaktperson (key account)")).toHaveValue(/.+/);
  await expect(page.getByLabel("Note om virksomheden")).toHaveValue("Ring til produktionschefen før kl. 10. Søger ofte CNC-operatører.");
  expect(chosen).not.toBe("");

  // 6. The order is on the company's timeline, and the order page leads back to the company.
  const timeline = page.getByRole("region", { name: "Tidslinje" });
  await expect(timeline.getByText(/Jobordre modtaget/).first()).toBeVisible();
  await timeline.getByRole("link", { name: orderNumber }).first().click();
  await expect(page.getByRole("link", { name: employerName })).toBeVisible();
  await expectAccessible(page);
});
