// To a consultant: a new order is theirs (round robin or key account), or a colleague handed one over.
import { formatDeadline, possessive } from "../app/utils/format";
import { composeMail, type Email, type Fact } from "./layout";

export type AssignedMailData = {
  recipientName: string;
  orderNumber: string;
  title: string;
  companyName: string;
  positions: number;
  dueAt: Date | null;
  orderUrl: string;
  /**
   * "new": a new order; "key-account": new, because the recipient is the company's key account consultant;
   * "partnership": new, on the fast track of the company's partnership agreement, whose fixed contact the recipient is;
   * "handed-over": by a colleague.
   */
  reason: "new" | "key-account" | "partnership" | "handed-over";
  /** Who handed it over (reason "handed-over"). */
  byName?: string | null;
};

export function assignedMail(data: AssignedMailData): Email {
  const handedOver = data.reason === "handed-over";
  const intro = handedOver
    ? `${data.byName ?? "En kollega"} har overdraget jobordre ${data.orderNumber} fra ${data.companyName} til dig.`
    : data.reason === "key-account"
      ? `${data.companyName} har sendt en ny jobordre. Du er virksomhedens faste kontaktperson (key account), så ordren er din.`
      : data.reason === "partnership"
        ? `${data.companyName} har sendt en ny jobordre på hurtigsporet i sin partnerskabsaftale. Du er aftalens faste kontaktperson, så ordren er din, og svarfristen er aftalens.`
        : `${data.companyName} har sendt en ny jobordre, og den er fordelt til dig.`;
  const facts: Fact[] = [
    ["Ordrenummer", data.orderNumber],
    ["Stilling", data.title],
    ["Virksomhed", data.companyName],
    ["Antal stillinger", String(data.positions)],
  ];
  if (data.dueAt) facts.push(["Svarfrist", `senest ${formatDeadline(data.dueAt)}`]);
  return composeMail({
    subject: handedOver
      ? `Jobordre ${data.orderNumber} er overdraget til dig: ${data.title}`
      : `Ny jobordre til dig: ${data.orderNumber} ${data.title}`,
    heading: handedOver ? "En jobordre er overdraget til dig" : "Ny jobordre til dig",
    greeting: `Hej ${data.recipientName}`,
    blocks: [
      intro,
      { facts },
      "Giv virksomheden et svar med næste skridt inden fristen. En automatisk kvittering tæller ikke som svar.",
      { textIntro: "Åbn ordren:", link: data.orderUrl, label: "Åbn ordren" },
    ],
  });
}

export type ReassignedAwayMailData = {
  recipientName: string;
  orderNumber: string;
  title: string;
  companyName: string;
  orderUrl: string;
  /** Who has the order now. */
  newOwnerName: string;
  /** Who moved it: the new owner (taken over) or a colleague (handed over). */
  byName: string;
  takenOver: boolean;
};

/** To the consultant an order was taken from: it is no longer theirs, and whose it is now. */
export function reassignedAwayMail(data: ReassignedAwayMailData): Email {
  const intro = data.takenOver
    ? `${data.byName} har overtaget jobordre ${data.orderNumber} fra ${data.companyName}, som var din.`
    : `${data.byName} har overdraget jobordre ${data.orderNumber} fra ${data.companyName}, som var din, til ${data.newOwnerName}.`;
  return composeMail({
    subject: `Jobordre ${data.orderNumber} er nu ${possessive(data.newOwnerName)}: ${data.title}`,
    heading: "En af dine jobordrer har fået en ny ansvarlig",
    greeting: `Hej ${data.recipientName}`,
    blocks: [
      intro,
      {
        facts: [
          ["Ordrenummer", data.orderNumber],
          ["Stilling", data.title],
          ["Ny ansvarlig", data.newOwnerName],
        ],
      },
      "Ordrens åbne opgaver, der var dine, er flyttet med. Du skal ikke gøre mere ved den, medmindre I aftaler andet.",
      { textIntro: "Se ordren:", link: data.orderUrl, label: "Se ordren" },
    ],
  });
}
