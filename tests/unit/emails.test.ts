import { describe, expect, it } from "vitest";
import { formatDeadline } from "~/utils/format";
import {
  candidateSharedMail,
  consentAnsweredMail,
  consentRequestMail,
  escapeHtml,
  feedbackReminderMail,
  hiredMail,
  meetingBookedMail,
  meetingOfferMail,
  orderClosedMail,
  regionInformedMail,
  regionalRecruitmentMail,
  surveyMail,
  surveyReminderMail,
  type CandidateSharedMailData,
  type ConsentRequestMailData,
  type Email,
} from "../../emails/index";
import { EMAIL_PREVIEWS } from "../../emails/previews";

const jobcentre = { name: "Jobcenter Lolland", phone: "54 67 67 67", email: "virksomhedsservice@lolland.jobcenter.example" };
const order = { orderNumber: "JO-2026-00099", title: "Lagermedarbejder" };
const SCRIPT = '<script>alert("x")</script>';
const ESCAPED_SCRIPT = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;";

function all(mail: Email): string {
  return `${mail.subject}\n${mail.text}\n${mail.html}`;
}

const consentRequest: ConsentRequestMailData = {
  jobseekerName: "Anders Kristensen",
  orderTitle: "Lagermedarbejder",
  companyName: "Nakskov Maskinfabrik A/S",
  workplace: "4900 Nakskov",
  hoursPerWeek: "37",
  kindLabel: "Ordinært job",
  description: "Pluk og pak i dagholdet.",
  consultantName: "Jonas Madsen",
  jobcentre,
  replyBy: new Date("2026-11-30T15:00:00Z"),
  consentUrl: "https://portal.example/samtykke/token-consent",
  sharedFields: ["dit navn", "din e-mail og dit telefonnummer", "dit korte CV"],
};

const candidateShared: CandidateSharedMailData = {
  contactName: "Mette Hansen",
  ...order,
  candidate: {
    name: "Anders Kristensen",
    occupations: ["Lagermedarbejder"],
    skills: ["Truckkørsel"],
    certificates: [],
    drivingLicences: ["B", "C"],
    languages: [],
    hoursPerWeek: 37,
    summary: `Stabil og mødestabil ${SCRIPT}`,
    email: null,
    phone: "22 33 44 55",
    town: null,
  },
  consultantName: "Jonas Madsen",
  jobcentre,
  feedbackDueAt: new Date("2026-12-08T15:00:00Z"),
  loginUrl: "https://portal.example/mine-jobordrer/log-ind/token-candidate",
  linkTtlHours: 72,
};

// Each template rendered with a link of its own, to check the link reaches both parts.
const withLinks: Array<[name: string, url: string, render: (url: string) => Email]> = [
  ["consent-request", "https://portal.example/samtykke/a1", (url) => consentRequestMail({ ...consentRequest, consentUrl: url })],
  ["candidate-shared", "https://portal.example/log-ind/a2", (url) => candidateSharedMail({ ...candidateShared, loginUrl: url })],
  [
    "feedback-reminder",
    "https://portal.example/log-ind/a3",
    (url) =>
      feedbackReminderMail({
        contactName: "Mette Hansen",
        ...order,
        candidateName: "Anders Kristensen",
        sharedAt: new Date("2026-12-01T10:00:00Z"),
        jobcentre,
        consultantName: "Jonas Madsen",
        loginUrl: url,
        linkTtlHours: 72,
      }),
  ],
  [
    "meeting-offer",
    "https://portal.example/log-ind/a4",
    (url) =>
      meetingOfferMail({
        contactName: "Mette Hansen",
        ...order,
        positions: 10,
        options: [new Date("2026-12-02T08:00:00Z"), new Date("2026-12-03T09:00:00Z")],
        dueAt: new Date("2026-11-30T15:00:00Z"),
        consultantName: "Jonas Madsen",
        jobcentre,
        loginUrl: url,
        linkTtlHours: 72,
      }),
  ],
  ...(["employer", "consultant"] as const).map(
    (audience): [string, string, (url: string) => Email] => [
      `meeting-booked-${audience}`,
      `https://portal.example/${audience}/a5`,
      (url) =>
        meetingBookedMail({
          audience,
          recipientName: "Mette Hansen",
          ...order,
          companyName: "Nakskov Maskinfabrik A/S",
          at: new Date("2026-12-03T09:00:00Z"),
          consultantName: "Jonas Madsen",
          jobcentre,
          url,
        }),
    ],
  ),
  [
    "regional-recruitment",
    "https://portal.example/ordrer/a6",
    (url) =>
      regionalRecruitmentMail({
        regionName: "Rekrutteringsservice Sjælland",
        jobcentreName: "Jobcenter Lolland",
        ...order,
        companyName: "Nakskov Maskinfabrik A/S",
        positions: 2,
        kindLabel: "Ordinært job",
        hoursPerWeek: "37",
        workplace: "4900 Nakskov",
        requirements: SCRIPT,
        receivedAt: new Date("2026-11-24T13:00:00Z"),
        referralDueAt: null,
        assigneeName: null,
        orderUrl: url,
      }),
  ],
  [
    "region-informed",
    "https://portal.example/log-ind/a7",
    (url) =>
      regionInformedMail({
        contactName: "Mette Hansen",
        ...order,
        regionName: "Rekrutteringsservice Sjælland",
        consultantName: null,
        jobcentre,
        loginUrl: url,
        linkTtlHours: 24,
      }),
  ],
  [
    "order-closed",
    "https://portal.example/log-ind/a8",
    (url) =>
      orderClosedMail({
        contactName: "Mette Hansen",
        ...order,
        outcomeLabel: "Ikke besat",
        reason: SCRIPT,
        hires: 0,
        positions: 1,
        byEmployer: false,
        jobcentre,
        loginUrl: url,
        linkTtlHours: 72,
      }),
  ],
  ...([surveyMail, surveyReminderMail] as const).map(
    (render, i): [string, string, (url: string) => Email] => [
      i === 0 ? "survey" : "survey-reminder",
      `https://portal.example/tilfredshed/a9-${i}`,
      (url) =>
        render({
          contactName: "Mette Hansen",
          ...order,
          jobcentreName: "Jobcenter Lolland",
          surveyUrl: url,
          closesAt: new Date("2026-12-18T15:00:00Z"),
        }),
    ],
  ),
  ...(["YES", "NO"] as const).map(
    (answer): [string, string, (url: string) => Email] => [
      `consent-answered-${answer}`,
      `https://portal.example/ordrer/a10-${answer}`,
      (url) =>
        consentAnsweredMail({
          recipientName: "Jonas Madsen",
          jobseekerName: "Anders Kristensen",
          answer,
          ...order,
          companyName: "Nakskov Maskinfabrik A/S",
          orderUrl: url,
        }),
    ],
  ),
  [
    "hired",
    "https://portal.example/ordrer/a11",
    (url) =>
      hiredMail({
        recipientName: "Jonas Madsen",
        jobseekerName: "Anders Kristensen",
        ...order,
        companyName: "Nakskov Maskinfabrik A/S",
        startDate: new Date("2026-12-14T07:00:00Z"),
        followUpAt: new Date("2026-12-28T09:00:00Z"),
        orderUrl: url,
      }),
  ],
];

describe("mail previews", () => {
  const previews = Object.entries(EMAIL_PREVIEWS);

  it("include both variants of the templates with variants", () => {
    const names = previews.map(([name]) => name);
    for (const name of [
      "consent-request",
      "candidate-shared",
      "feedback-reminder",
      "meeting-offer",
      "meeting-booked-employer",
      "meeting-booked-consultant",
      "regional-recruitment",
      "region-informed",
      "order-closed",
      "survey",
      "survey-reminder",
      "consent-answered-yes",
      "consent-answered-no",
      "hired",
    ]) {
      expect(names).toContain(name);
    }
  });

  it.each(previews)("%s renders a complete Danish mail", (_name, render) => {
    const mail = render();
    expect(mail.subject.trim()).not.toBe("");
    expect(mail.text.trim()).not.toBe("");
    expect(mail.html.trim()).not.toBe("");
    expect(mail.html).toContain('lang="da"');
    for (const bad of ["undefined", "null", "NaN", "Invalid"]) expect(all(mail)).not.toContain(bad);
  });

  it.each(previews)("%s has the same links in text and HTML", (_name, render) => {
    const mail = render();
    const textLinks = mail.text.match(/https?:\/\/\S+/g) ?? [];
    const htmlLinks = [...mail.html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!);
    expect(textLinks.length).toBeGreaterThan(0);
    for (const link of textLinks) expect(mail.html).toContain(`href="${escapeHtml(link)}"`);
    for (const link of htmlLinks) expect(mail.text).toContain(link.replace(/&amp;/g, "&"));
  });
});

describe("new templates", () => {
  it.each(withLinks)("%s carries its link in both text and HTML", (_name, url, render) => {
    const mail = render(url);
    expect(mail.text).toContain(url);
    expect(mail.html).toContain(`href="${escapeHtml(url)}"`);
    for (const bad of ["undefined", "null", "NaN", "Invalid"]) expect(all(mail)).not.toContain(bad);
  });

  it("escapes user text in HTML and keeps it as written in the text part", () => {
    const cases: Email[] = [
      candidateSharedMail(candidateShared),
      withLinks.find(([n]) => n === "order-closed")![2]("https://portal.example/x"),
      withLinks.find(([n]) => n === "regional-recruitment")![2]("https://portal.example/y"),
      consentRequestMail({ ...consentRequest, description: SCRIPT, companyName: "Smith & Søn <ApS>" }),
    ];
    for (const mail of cases) {
      expect(mail.html).not.toContain("<script");
      expect(mail.text).toContain(SCRIPT);
    }
    expect(cases[0]!.html).toContain(ESCAPED_SCRIPT);
    expect(cases[1]!.html).toContain(ESCAPED_SCRIPT);
    expect(cases[3]!.html).toContain("Smith &amp; Søn &lt;ApS&gt;");
  });

  it("consent-request states the reply-by date, that no answer counts as no, and what is shared", () => {
    const mail = consentRequestMail(consentRequest);
    const deadline = formatDeadline(consentRequest.replyBy);
    expect(deadline).toBe("mandag 30. november 2026 kl. 16.00");
    for (const part of [mail.text, mail.html]) {
      expect(part).toContain(deadline);
      expect(part).toContain("tæller det som et nej");
      expect(part).toContain("Det har ingen betydning for din ydelse, hvis du siger nej");
      for (const field of consentRequest.sharedFields) expect(part).toContain(field);
    }
    expect(mail.subject).toBe("Vil du henvises til et job som Lagermedarbejder?");
    expect(mail.html).toContain("Svar ja eller nej");
  });

  it("candidate-shared leaves out empty lists and missing values, and lists licences", () => {
    const mail = candidateSharedMail(candidateShared);
    expect(mail.text).toContain("Kørekort: B, C");
    expect(mail.text).toContain("Kompetencer: Truckkørsel");
    expect(mail.text).toContain("Telefon: 22 33 44 55");
    for (const label of ["Certifikater", "Sprog", "By:", "E-mail: "]) {
      expect(mail.text).not.toContain(label);
    }
    expect(mail.html).not.toContain(">Certifikater<");
    expect(mail.html).not.toContain(">Sprog<");
    expect(mail.text).toContain(formatDeadline(candidateShared.feedbackDueAt));
    expect(mail.text).toContain("samtykke");
  });

  it("candidate-shared never mentions benefits", () => {
    const previews = [candidateSharedMail(candidateShared), EMAIL_PREVIEWS["candidate-shared"]!()];
    for (const mail of previews) {
      const everything = all(mail).toLowerCase();
      for (const word of ["ydelse", "dagpenge", "kontanthjælp"]) expect(everything).not.toContain(word);
    }
  });

  it("the survey reminder says it is a reminder", () => {
    const [, url, render] = withLinks.find(([n]) => n === "survey-reminder")!;
    const mail = render(url);
    expect(mail.subject.startsWith("Påmindelse:")).toBe(true);
    expect(mail.text).toContain("påmindelse");
  });
});
