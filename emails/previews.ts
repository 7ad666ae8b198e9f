// Sample data for every mail template, rendered by the development page /dev/emails (a 404 in production)
// and the mail tests. The worker and the pages that send mail import emails/index.ts, never this.
import { answerMail } from "./answer";
import { messageToEmployerMail, messageToStaffMail } from "./message";
import { orderCorrectedMail } from "./correction";
import { assignedMail, reassignedAwayMail } from "./assigned";
import { candidateSharedMail } from "./candidate-shared";
import { committeeReportMail } from "./committee-report";
import { consentAnsweredMail } from "./consent-answered";
import { consentRequestMail } from "./consent-request";
import { employerLoginLinkMail } from "./employer-login-link";
import { escalationMail } from "./escalation";
import { feedbackReminderMail } from "./feedback-reminder";
import { hiredMail } from "./hired";
import type { Email } from "./layout";
import { managementDigestMail } from "./management-digest";
import { meetingBookedMail } from "./meeting-booked";
import { meetingOfferMail } from "./meeting-offer";
import { orderClosedMail } from "./order-closed";
import { programmeReminderMail } from "./programme-reminder";
import { receiptMail } from "./receipt";
import { regionInformedMail } from "./region-informed";
import { regionalRecruitmentMail } from "./regional-recruitment";
import { signInFailuresMail } from "./sign-in-failures";
import { surveyMail, surveyReminderMail } from "./survey";
import { warningMail } from "./warning";

const sampleJobcentre = { name: "Jobcenter Lolland", phone: "54 67 67 67", email: "virksomhedsservice@lolland.jobcenter.example" };
const sampleLoginUrl = "http://localhost:3000/mine-jobordrer/log-ind/eksempel-token";
const sampleOrderUrl = "http://localhost:3000/ordrer/JO-2026-00042";
const receivedAt = new Date("2026-11-24T13:00:00Z");
const dueAt = new Date("2026-11-25T13:00:00Z");
const sampleConsentUrl = "http://localhost:3000/samtykke/eksempel-token";
const sampleSurveyUrl = "http://localhost:3000/tilfredshed/eksempel-token";
const sampleOrder = { orderNumber: "JO-2026-00042", title: "CNC-operatør" };
const sampleCompanyName = "Nakskov Maskinfabrik A/S";
const sampleSurvey = {
  contactName: "Mette Hansen",
  ...sampleOrder,
  jobcentreName: "Jobcenter Lolland",
  surveyUrl: sampleSurveyUrl,
  closesAt: new Date("2026-12-18T15:00:00Z"),
};
/** An order as the regional recruitment service is told of it. */
const sampleRegionalOrder = {
  regionName: "Rekrutteringsservice Sjælland",
  jobcentreName: "Jobcenter Lolland",
  ...sampleOrder,
  companyName: sampleCompanyName,
  positions: 2,
  kindLabel: "Ordinært job",
  hoursPerWeek: "37",
  workplace: "4900 Nakskov",
  receivedAt,
  orderUrl: sampleOrderUrl,
};
const sampleMeeting = {
  ...sampleOrder,
  companyName: sampleCompanyName,
  at: new Date("2026-12-03T09:00:00Z"),
  consultantName: "Jonas Madsen",
  jobcentre: sampleJobcentre,
};
const sampleConsentAnswer = {
  recipientName: "Jonas Madsen",
  jobseekerName: "Anders Kristensen",
  ...sampleOrder,
  companyName: sampleCompanyName,
  orderUrl: sampleOrderUrl,
};

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
        "Næste skridt: Vi finder kandidater og sender jer de første – senest torsdag 3. december 2026.\nJobordren har: Jonas Madsen.\n\nJeg har fundet tre mulige kandidater i vores CV-database og ringer til dem i morgen <i uge 49>.",
      answeredBy: { name: "Jonas Madsen", email: "jonas.madsen@lolland.jobcenter.example" },
      owner: { name: "Jonas Madsen", email: "jonas.madsen@lolland.jobcenter.example" },
      jobcentre: sampleJobcentre,
      loginUrl: sampleLoginUrl,
      linkTtlHours: 72,
    }),
  "message-to-employer": () =>
    messageToEmployerMail({
      contactName: "Mette Hansen",
      orderNumber: "JO-2026-00042",
      title: "CNC-operatør",
      text: "To af kandidaterne kan komme til samtale på tirsdag. Passer kl. 10 og kl. 11?",
      from: { name: "Jonas Madsen", email: "jonas.madsen@lolland.jobcenter.example" },
      jobcentre: sampleJobcentre,
      loginUrl: sampleLoginUrl,
      linkTtlHours: 72,
    }),
  "message-to-staff": () =>
    messageToStaffMail({
      recipientName: "Jonas Madsen",
      orderNumber: "JO-2026-00042",
      title: "CNC-operatør",
      companyName: "Nakskov Maskinfabrik A/S",
      contactName: "Mette Hansen",
      text: "Tirsdag kl. 10 passer fint. Vi har også brug for en tredje operatør fra marts.",
      orderUrl: sampleOrderUrl,
    }),
  "order-corrected": () =>
    orderCorrectedMail({
      recipientName: "Jonas Madsen",
      orderNumber: "JO-2026-00042",
      title: "CNC-operatør",
      companyName: "Nakskov Maskinfabrik A/S",
      contactName: "Mette Hansen",
      changes: ["Antal stillinger: 2 → 3", "Ansøgningsfrist: ingen frist → 15. januar 2027"],
      orderUrl: sampleOrderUrl,
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
  "reassigned-away": () =>
    reassignedAwayMail({
      recipientName: "Jonas Madsen",
      orderNumber: "JO-2026-00042",
      title: "CNC-operatør",
      companyName: "Nakskov Maskinfabrik A/S",
      orderUrl: sampleOrderUrl,
      newOwnerName: "Sara Nielsen",
      byName: "Sara Nielsen",
      takenOver: true,
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
  "sign-in-failures": () =>
    signInFailuresMail({ recipientName: "Jonas Madsen", failures: 10, lastFailureAt: new Date("2026-11-24T21:14:00Z"), jobcentreName: "Jobcenter Lolland", signInUrl: "http://localhost:3000/medarbejder/log-ind" }),
  "consent-request": () =>
    consentRequestMail({
      jobseekerName: "Anders Kristensen",
      orderTitle: "CNC-operatør",
      companyName: sampleCompanyName,
      workplace: "4900 Nakskov",
      hoursPerWeek: "37",
      kindLabel: "Ordinært job",
      description:
        "Du skal programmere og betjene CNC-maskiner i vores produktion af dele til vindmøller.\nArbejdet foregår i dagholdet, og du bliver lært op af en erfaren kollega.",
      consultantName: "Jonas Madsen",
      jobcentre: sampleJobcentre,
      replyBy: new Date("2026-11-30T15:00:00Z"),
      consentUrl: sampleConsentUrl,
      sharedFields: ["dit navn", "din e-mail og dit telefonnummer", "de stillinger og kompetencer, du har registreret", "dit korte CV"],
    }),
  "consent-answered-yes": () => consentAnsweredMail({ ...sampleConsentAnswer, answer: "YES" }),
  "consent-answered-no": () => consentAnsweredMail({ ...sampleConsentAnswer, answer: "NO" }),
  "candidate-shared": () =>
    candidateSharedMail({
      contactName: "Mette Hansen",
      ...sampleOrder,
      candidate: {
        name: "Anders Kristensen",
        occupations: ["CNC-operatør", "Industrioperatør"],
        skills: ["CNC-programmering (Heidenhain)", "Kvalitetskontrol", "Truckkørsel"],
        certificates: ["Truckcertifikat B"],
        drivingLicences: ["B", "C"],
        languages: [],
        hoursPerWeek: 37,
        summary: "Jeg har otte års erfaring fra metalindustrien og har arbejdet med både fræsning og drejning.\nJeg er stabil, mødes gerne tidligt og kan starte med kort varsel.",
        email: "anders.kristensen@post.example",
        phone: "22 33 44 55",
        town: "Maribo",
      },
      consultantName: "Jonas Madsen",
      jobcentre: sampleJobcentre,
      feedbackDueAt: new Date("2026-12-08T15:00:00Z"),
      loginUrl: sampleLoginUrl,
      linkTtlHours: 72,
    }),
  "feedback-reminder": () =>
    feedbackReminderMail({
      contactName: "Mette Hansen",
      ...sampleOrder,
      candidateName: "Anders Kristensen",
      sharedAt: new Date("2026-12-01T10:00:00Z"),
      jobcentre: sampleJobcentre,
      consultantName: "Jonas Madsen",
      loginUrl: sampleLoginUrl,
      linkTtlHours: 72,
    }),
  "meeting-offer": () =>
    meetingOfferMail({
      contactName: "Mette Hansen",
      ...sampleOrder,
      positions: 12,
      options: [new Date("2026-12-02T08:00:00Z"), new Date("2026-12-03T09:00:00Z"), new Date("2026-12-04T12:30:00Z")],
      dueAt: new Date("2026-11-30T15:00:00Z"),
      consultantName: "Jonas Madsen",
      jobcentre: sampleJobcentre,
      loginUrl: sampleLoginUrl,
      linkTtlHours: 72,
    }),
  "meeting-booked-employer": () =>
    meetingBookedMail({ ...sampleMeeting, audience: "employer", recipientName: "Mette Hansen", url: sampleLoginUrl }),
  "meeting-booked-consultant": () =>
    meetingBookedMail({ ...sampleMeeting, audience: "consultant", recipientName: "Jonas Madsen", url: sampleOrderUrl }),
  "regional-recruitment": () =>
    regionalRecruitmentMail({
      ...sampleRegionalOrder,
      requirements: "Erfaring med CNC-fræsning.\nKørekort B, da der ikke er offentlig transport til skifteholdene.",
      referralDueAt: new Date("2026-12-01T13:00:00Z"),
      assigneeName: "Jonas Madsen",
    }),
  "regional-recruitment-help": () => regionalRecruitmentMail({ ...sampleRegionalOrder, requirements: "", referralDueAt: null, assigneeName: null }),
  "region-informed": () =>
    regionInformedMail({
      contactName: "Mette Hansen",
      ...sampleOrder,
      regionName: "Rekrutteringsservice Sjælland",
      consultantName: "Jonas Madsen",
      jobcentre: sampleJobcentre,
      loginUrl: sampleLoginUrl,
      linkTtlHours: 72,
    }),
  hired: () =>
    hiredMail({
      recipientName: "Jonas Madsen",
      jobseekerName: "Anders Kristensen",
      ...sampleOrder,
      companyName: sampleCompanyName,
      startDate: new Date("2026-12-14T07:00:00Z"),
      followUpAt: new Date("2026-12-28T09:00:00Z"),
      orderUrl: sampleOrderUrl,
    }),
  "order-closed": () =>
    orderClosedMail({
      contactName: "Mette Hansen",
      ...sampleOrder,
      outcomeLabel: "Besat",
      reason: "Begge stillinger er besat med kandidater fra jobcentret.",
      hires: 2,
      positions: 2,
      byEmployer: true,
      jobcentre: sampleJobcentre,
      loginUrl: sampleLoginUrl,
      linkTtlHours: 72,
    }),
  survey: () => surveyMail(sampleSurvey),
  "survey-reminder": () => surveyReminderMail(sampleSurvey),
  "management-digest": () =>
    managementDigestMail({
      recipientName: "Dorthe Poulsen",
      jobcentreName: "Jobcenter Lolland",
      weekLabel: "uge 48 (23. november – 29. november 2026)",
      goalsOffTrack: [{ label: "Rekrutteringsenheden", target: "mindst 75 %", value: "19,8 %", status: "Ikke nået" }],
      breached: [{ number: "JO-2026-00042", title: "CNC-operatør", companyName: "Nakskov Maskinfabrik A/S", assigneeName: "Jonas Madsen", answered: true }],
      breachedTotal: 1,
      overdueTasks: [{ consultantName: "Jonas Madsen", count: 2 }],
      dashboardUrl: "http://localhost:3000/ledelse",
      breachedUrl: "http://localhost:3000/ledelse/ordrer?maengde=overdueNow",
      inboxUrl: "http://localhost:3000/indbakke",
    }),
  "committee-report": () =>
    committeeReportMail({ recipientName: "Dorthe Poulsen", jobcentreName: "Jobcenter Lolland", periodText: "3. kvartal 2026", reportUrl: "http://localhost:3000/ledelse/rapport?periode=kvartal&kvartal=2026-3" }),
  "management-digest-quiet": () =>
    managementDigestMail({
      recipientName: "Dorthe Poulsen",
      jobcentreName: "Jobcenter Lejre",
      weekLabel: "uge 48 (23. november – 29. november 2026)",
      goalsOffTrack: [],
      breached: [],
      breachedTotal: 0,
      overdueTasks: [],
      dashboardUrl: "http://localhost:3000/ledelse",
      breachedUrl: "http://localhost:3000/ledelse/ordrer?maengde=overdueNow",
      inboxUrl: "http://localhost:3000/indbakke",
    }),
  "programme-reminder": () =>
    programmeReminderMail({
      recipientName: "Sara Nielsen",
      programmeName: "Besøg og opfølgning 2026",
      companyName: "Frederikssund Tømrer ApS",
      cvr: "12345674",
      step: "FOLLOW_UP",
      dueAt: new Date("2027-03-31T21:59:59Z"),
      firstVisitAt: new Date("2026-09-30T08:00:00Z"),
      companyUrl: "http://localhost:3000/virksomheder/12345674",
      programmeUrl: "http://localhost:3000/besoeg/program",
    }),
};
