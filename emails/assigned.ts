// To a consultant: a new order is theirs (round robin or key account), or a colleague handed one over.
import { formatDeadline } from "../app/utils/format";
import { composeMail, type Email, type Fact } from "./layout";

export type AssignedMailData = {
  recipientName: string;
  orderNumber: string;
  title: string;
  companyName: string;
  positions: number;
  dueAt: Date | null;
  orderUrl: string;
  /** "new": a new order; "key-account": new, because the recipient is the company's key account consultant; "handed-over": by a colleague. */
  reason: "new" | "key-account" | "handed-over";
  /** Who handed it over (reason "handed-over"). */
  byName?: string | null;
};

export function assignedMail(data: AssignedMailData): Email {
  const handedOver = data.reason === "handed-over";
  const intro = handedOver
    ? `${data.byName ?? "En kollega"} har overdraget jobordre ${data.orderNumber} fra ${data.companyName} til dig.`
    : data.reason === "key-account"
      ? `${data.companyName} har sendt en ny jobordre. Du er virksomhedens faste kontaktperson (key account), så ordren er din.`
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
