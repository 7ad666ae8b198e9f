// To a staff user whose account has had many wrong passwords since they last signed in (sent by the web
// app). The account is not locked: it tells them, so they can act if it was not them.
import { formatDateTime } from "../app/utils/format";
import { AUTOMATIC_FOOTER, button, factsHtml, factsText, layout, paragraph, textBlocks, type Email, type Fact } from "./layout";

export type SignInFailuresMailData = {
  recipientName: string;
  failures: number;
  lastFailureAt: Date;
  jobcentreName: string;
  signInUrl: string;
};

export function signInFailuresMail(data: SignInFailuresMailData): Email {
  const subject = "Mange forkerte forsøg på at logge ind på din konto";
  const intro = `Kære ${data.recipientName}\n\nDer er skrevet en forkert adgangskode til din konto i Jobcentrenes Rekrutteringsportal mange gange, siden du sidst loggede ind.`;
  const facts: Fact[] = [
    ["Forkerte forsøg", String(data.failures)],
    ["Seneste forsøg", formatDateTime(data.lastFailureAt)],
  ];
  const calm =
    "Din konto er ikke spærret: du kan logge ind som du plejer. Portalen venter længere og længere mellem forsøgene fra ukendte computere, så adgangskoden ikke kan gættes.";
  const act = `Var det ikke dig, så kontakt ${data.jobcentreName}s it-support eller din administrator, og skift adgangskode, hvis du har brugt den samme andre steder.`;
  const text = textBlocks(intro, factsText(facts), calm, act, `Log ind: ${data.signInUrl}`, `--\n${AUTOMATIC_FOOTER}`);
  const html = layout({
    title: subject,
    heading: "Forkerte forsøg på at logge ind",
    body: [paragraph(intro), factsHtml(facts), paragraph(calm), paragraph(act), button(data.signInUrl, "Log ind")].join("\n"),
    footer: AUTOMATIC_FOOTER,
  });
  return { subject, text, html };
}
