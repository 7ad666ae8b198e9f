// All mail templates, and sample data for the development previews (/dev/mails in the web app).
import { answerMail } from "./answer";
import { assignedMail } from "./assigned";
import { employerLoginLinkMail } from "./employer-login-link";
import { escalationMail } from "./escalation";
import type { Email } from "./layout";
import { receiptMail } from "./receipt";
import { warningMail } from "./warning";

export { answerMail, ANSWER_NEXT_STEP, type AnswerMailData } from "./answer";
export { assignedMail, type AssignedMailData } from "./assigned";
export { employerLoginLinkMail, type EmployerLoginLinkMailData } from "./employer-login-link";
export { escalationMail, type EscalationMailData } from "./escalation";
export { escapeHtml, type Email } from "./layout";
export { receiptMail, type JobcentreContact, type ReceiptMailData } from "./receipt";
export { warningMail, type WarningMailData } from "./warning";

const sampleJobcentre = { name: "Jobcenter Lolland", phone: "54 67 67 67", email: "virksomhedsservice@lolland.jobcenter.example" };
const sampleLoginUrl = "http://localhost:3000/mine-jobordrer/log-ind/eksempel-token";
const sampleOrderUrl = "http://localhost:3000/ordrer/JO-2026-00042";
const receivedAt = new Date("2026-11-24T13:00:00Z");
const dueAt = new Date("2026-11-25T13:00:00Z");

export const EMAIL_PREVIEWS: Record<string, () => Email> = {
  receipt: () =>
    receiptMail({
      contactName: "Mette Hansen",
      orderNumber: "JO-2026-00042",
      title: "CNC-operatør",
      assigneeName: "Jonas Madsen",
      jobcentre: sampleJobcentre,
      dueAt,
      loginUrl: sampleLoginUrl,
      linkTtlHours: 72,
    }),
  answer: () =>
    answerMail({
      contactName: "Mette Hansen",
      orderNumber: "JO-2026-00042",
      title: "CNC-operatør",
      answerText:
        "Tak for jeres ordre. Jeg har fundet tre mulige kandidater i vores CV-database og ringer til dem i morgen.\nJeg kontakter dig torsdag med en status, og vi kan aftale samtaler <i din uge 49>.",
      answeredBy: { name: "Jonas Madsen", email: "jonas.madsen@lolland.jobcenter.example" },
      jobcentre: sampleJobcentre,
      loginUrl: sampleLoginUrl,
      linkTtlHours: 72,
    }),
  assigned: () =>
    assignedMail({
      recipientName: "Jonas Madsen",
      orderNumber: "JO-2026-00042",
      title: "CNC-operatør",
      companyName: "Nakskov Maskinfabrik A/S",
      positions: 2,
      dueAt,
      orderUrl: sampleOrderUrl,
      reason: "new",
    }),
  "assigned-handed-over": () =>
    assignedMail({
      recipientName: "Sara Nielsen",
      orderNumber: "JO-2026-00042",
      title: "CNC-operatør",
      companyName: "Nakskov Maskinfabrik A/S",
      positions: 2,
      dueAt,
      orderUrl: sampleOrderUrl,
      reason: "handed-over",
      byName: "Jonas Madsen",
    }),
  warning: () =>
    warningMail({
      recipientName: "Jonas Madsen",
      orderNumber: "JO-2026-00042",
      title: "CNC-operatør",
      companyName: "Nakskov Maskinfabrik A/S",
      dueAt,
      warningAtPercent: 75,
      orderUrl: sampleOrderUrl,
    }),
  "escalation-team-lead": () =>
    escalationMail({
      level: 1,
      orderNumber: "JO-2026-00042",
      title: "CNC-operatør",
      companyName: "Nakskov Maskinfabrik A/S",
      jobcentreName: "Jobcenter Lolland",
      receivedAt,
      dueAt,
      assigneeName: "Jonas Madsen",
      orderUrl: sampleOrderUrl,
    }),
  "escalation-manager": () =>
    escalationMail({
      level: 2,
      orderNumber: "JO-2026-00042",
      title: "CNC-operatør",
      companyName: "Nakskov Maskinfabrik A/S",
      jobcentreName: "Jobcenter Lolland",
      receivedAt,
      dueAt,
      assigneeName: null,
      orderUrl: sampleOrderUrl,
    }),
  "employer-login-link": () => employerLoginLinkMail({ loginUrl: sampleLoginUrl, ttlHours: 72 }),
};
