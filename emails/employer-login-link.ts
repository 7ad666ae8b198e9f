// To an employer who asked for a new sign-in link to "Mine jobordrer" (sent by the web app).
import { AUTOMATIC_FOOTER, button, describeHours, layout, paragraph, textBlocks, type Email } from "./layout";

export type EmployerLoginLinkMailData = {
  loginUrl: string;
  ttlHours: number;
};

export function employerLoginLinkMail(data: EmployerLoginLinkMailData): Email {
  const subject = "Dit link til Mine jobordrer";
  const intro = 'Du har bedt om et link til "Mine jobordrer" i Jobcentrenes Rekrutteringsportal. Brug linket herunder for at logge ind:';
  const note = `Linket kan bruges én gang og virker i ${describeHours(data.ttlHours)}. Har du ikke bedt om det, kan du se bort fra denne mail.`;
  const text = textBlocks(intro, data.loginUrl, note, `--\n${AUTOMATIC_FOOTER}`);
  const html = layout({
    title: subject,
    heading: "Log ind på Mine jobordrer",
    body: [paragraph(intro), button(data.loginUrl, "Log ind på Mine jobordrer"), paragraph(note)].join("\n"),
    footer: AUTOMATIC_FOOTER,
  });
  return { subject, text, html };
}
