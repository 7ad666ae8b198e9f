// The thread after the answer: a message from the jobcentre to the employer, or from the employer to the
// consultant who has the order.
import { composeMail, signInLinkNote, type Email } from "./layout";
import type { JobcentreContact } from "./receipt";

export type MessageToEmployerMailData = {
  contactName: string;
  orderNumber: string;
  title: string;
  text: string;
  from: { name: string; email: string };
  jobcentre: JobcentreContact;
  loginUrl: string;
  linkTtlHours: number;
};

export function messageToEmployerMail(data: MessageToEmployerMailData): Email {
  return composeMail({
    subject: `Ny besked om jeres jobordre ${data.orderNumber}: ${data.title}`,
    heading: `Ny besked om jobordre ${data.orderNumber}`,
    greeting: `Kære ${data.contactName}`,
    blocks: [
      `${data.from.name} fra ${data.jobcentre.name} har skrevet til jer om jobordre ${data.orderNumber} (${data.title}):`,
      { quote: data.text },
      {
        intro: 'Svar under "Mine jobordrer", eller skriv direkte til ' + data.from.email + ":",
        link: data.loginUrl,
        label: "Åbn Mine jobordrer",
        note: signInLinkNote(data.linkTtlHours),
      },
    ],
    signedBy: [data.from.name, data.jobcentre.name],
  });
}

export type MessageToStaffMailData = {
  recipientName: string;
  orderNumber: string;
  title: string;
  companyName: string;
  contactName: string;
  text: string;
  orderUrl: string;
};

export function messageToStaffMail(data: MessageToStaffMailData): Email {
  return composeMail({
    subject: `Besked fra ${data.companyName} om jobordre ${data.orderNumber}`,
    heading: "Virksomheden har skrevet",
    greeting: `Hej ${data.recipientName}`,
    blocks: [
      `${data.contactName} fra ${data.companyName} har skrevet om jobordre ${data.orderNumber} (${data.title}):`,
      { quote: data.text },
      { textIntro: "Svar fra jobordren:", link: data.orderUrl, label: "Åbn jobordren" },
    ],
  });
}
