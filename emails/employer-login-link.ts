// To an employer who asked for a new sign-in link to "Mine jobordrer" (sent by the web app).
import { composeMail, describeHours, type Email } from "./layout";

export type EmployerLoginLinkMailData = {
  loginUrl: string;
  ttlHours: number;
};

export function employerLoginLinkMail(data: EmployerLoginLinkMailData): Email {
  return composeMail({
    subject: "Jeres link til Mine jobordrer",
    heading: "Log ind på Mine jobordrer",
    blocks: [
      'I har bedt om et link til "Mine jobordrer" i Jobcentrenes Rekrutteringsportal. Brug linket herunder for at logge ind:',
      { link: data.loginUrl, label: "Log ind på Mine jobordrer" },
      `Linket kan bruges én gang og virker i ${describeHours(data.ttlHours)}. Har I ikke bedt om det, kan I se bort fra denne mail.`,
    ],
  });
}
