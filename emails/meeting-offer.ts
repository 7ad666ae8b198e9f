// To the employer: a large order (many positions), so the jobcentre offers a meeting to plan the
// recruitment together; the employer picks one of the offered times in "Mine jobordrer".
import { formatDeadline } from "../app/utils/format";
import {
  AUTOMATIC_FOOTER,
  button,
  factsHtml,
  factsText,
  layout,
  listHtml,
  listText,
  paragraph,
  signInLinkNote,
  textBlocks,
  type Email,
  type Fact,
} from "./layout";
import type { JobcentreContact } from "./receipt";

export type MeetingOfferMailData = {
  contactName: string;
  orderNumber: string;
  title: string;
  positions: number;
  /** The times offered, in order. */
  options: Date[];
  /** Choose a time by then. */
  dueAt: Date;
  consultantName: string;
  jobcentre: JobcentreContact;
  loginUrl: string;
  linkTtlHours: number;
};

export function meetingOfferMail(data: MeetingOfferMailData): Email {
  const subject = `Tilbud om møde om jeres rekruttering: ${data.orderNumber} ${data.title}`;
  const greeting = `Kære ${data.contactName}`;
  const people = data.positions === 1 ? "1 medarbejder" : `${data.positions} medarbejdere`;
  const intro =
    `I vil gerne ansætte ${people} gennem jeres jobordre ${data.orderNumber} (${data.title}). ` +
    `Derfor tilbyder ${data.jobcentre.name} jer et møde, hvor vi sammen planlægger rekrutteringen, så vi finder de rette kandidater.`;
  const facts: Fact[] = [
    ["Ordrenummer", data.orderNumber],
    ["Stilling", data.title],
    ["Antal stillinger", String(data.positions)],
    ["Vælg et tidspunkt senest", formatDeadline(data.dueAt)],
    ["Jeres kontaktperson", `${data.consultantName}, ${data.jobcentre.name}`],
    ["Telefon", data.jobcentre.phone],
  ];
  const timesIntro = "Vi kan holde mødet på et af disse tidspunkter:";
  const times = data.options.map((d) => formatDeadline(d));
  const choose = `Vælg det tidspunkt, der passer jer bedst, under "Mine jobordrer" senest ${formatDeadline(data.dueAt)}.`;
  const noneFits = `Passer ingen af tidspunkterne, så ring til ${data.consultantName} på telefon ${data.jobcentre.phone}, så finder vi et andet.`;
  const linkNote = signInLinkNote(data.linkTtlHours);
  const regards = `Venlig hilsen\n${data.consultantName}\n${data.jobcentre.name}`;

  const text = textBlocks(
    greeting,
    intro,
    `${timesIntro}\n${listText(times)}`,
    factsText(facts),
    `${choose}\n${data.loginUrl}\n${linkNote}`,
    noneFits,
    regards,
    `--\n${AUTOMATIC_FOOTER}`,
  );
  const html = layout({
    title: subject,
    heading: "Tilbud om møde om jeres rekruttering",
    body: [
      paragraph(greeting),
      paragraph(intro),
      paragraph(timesIntro),
      listHtml(times),
      factsHtml(facts),
      paragraph(choose),
      button(data.loginUrl, "Vælg et tidspunkt"),
      paragraph(linkNote),
      paragraph(noneFits),
      paragraph(regards),
    ]
      .filter(Boolean)
      .join("\n"),
    footer: AUTOMATIC_FOOTER,
  });
  return { subject, text, html };
}
