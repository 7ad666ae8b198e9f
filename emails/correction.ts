// The employer has corrected an open order: the consultant who has it (else the jobcentre) reads what changed.
import { composeMail, type Email } from "./layout";

export type OrderCorrectedMailData = {
  recipientName: string;
  orderNumber: string;
  title: string;
  companyName: string;
  contactName: string;
  /** "Antal stillinger: 2 → 3", one line per changed field. */
  changes: string[];
  orderUrl: string;
};

export function orderCorrectedMail(data: OrderCorrectedMailData): Email {
  return composeMail({
    subject: `${data.companyName} har rettet jobordre ${data.orderNumber}`,
    heading: "Virksomheden har rettet jobordren",
    greeting: `Hej ${data.recipientName}`,
    blocks: [
      { intro: `${data.contactName} fra ${data.companyName} har rettet jobordre ${data.orderNumber} (${data.title}):`, list: data.changes },
      { textIntro: "Se hele jobordren, som den er nu:", link: data.orderUrl, label: "Åbn jobordren" },
    ],
  });
}
