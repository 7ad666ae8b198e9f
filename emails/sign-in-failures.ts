// To a staff user whose account has had many wrong passwords since they last signed in (sent by the web
// app). The account is not locked: it tells them, so they can act if it was not them.
import { formatDateTime } from "../app/utils/format";
import { composeMail, type Email } from "./layout";

export type SignInFailuresMailData = {
  recipientName: string;
  failures: number;
  lastFailureAt: Date;
  jobcentreName: string;
  signInUrl: string;
};

export function signInFailuresMail(data: SignInFailuresMailData): Email {
  return composeMail({
    subject: "Mange forkerte forsøg på at logge ind på din konto",
    heading: "Forkerte forsøg på at logge ind",
    blocks: [
      // Greeting and intro form one paragraph in this mail, so it has no separate `greeting`.
      `Kære ${data.recipientName}\n\nDer er skrevet en forkert adgangskode til din konto i Jobcentrenes Rekrutteringsportal mange gange, siden du sidst loggede ind.`,
      {
        facts: [
          ["Forkerte forsøg", String(data.failures)],
          ["Seneste forsøg", formatDateTime(data.lastFailureAt)],
        ],
      },
      "Din konto er ikke spærret: du kan logge ind som du plejer. Portalen venter længere og længere mellem forsøgene fra ukendte computere, så adgangskoden ikke kan gættes.",
      `Var det ikke dig, så kontakt ${data.jobcentreName}s it-support eller din administrator, og skift adgangskode, hvis du har brugt den samme andre steder.`,
      { textIntro: "Log ind:", inline: true, link: data.signInUrl, label: "Log ind" },
    ],
  });
}
