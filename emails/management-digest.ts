// To a jobcentre's managers and team leads every Monday: last week's broken answer promises, the goals
// off track and the consultants' overdue tasks, each with a link to where it is dealt with.
import { composeMail, type Email } from "./layout";

export type ManagementDigestMailData = {
  recipientName: string;
  jobcentreName: string;
  weekLabel: string;
  goalsOffTrack: Array<{ label: string; target: string; value: string; status: string }>;
  breached: Array<{ number: string; title: string; companyName: string; assigneeName: string | null; answered: boolean }>;
  breachedTotal: number;
  overdueTasks: Array<{ consultantName: string; count: number }>;
  dashboardUrl: string;
  breachedUrl: string;
  inboxUrl: string;
};

export function managementDigestMail(d: ManagementDigestMailData): Email {
  const quiet = d.goalsOffTrack.length === 0 && d.breachedTotal === 0 && d.overdueTasks.length === 0;
  return composeMail({
    subject: `Ugens overblik, ${d.weekLabel}: ${d.jobcentreName}`,
    heading: `Ugens overblik for ${d.jobcentreName}`,
    greeting: `Hej ${d.recipientName}`,
    blocks: [
      `Her er ${d.weekLabel}.`,
      quiet && "Alle mål er på sporet, ingen jobordre overskred svarfristen, og ingen opgaver er over tid.",
      d.goalsOffTrack.length > 0 && {
        intro: `Mål, der ikke er på sporet (${d.goalsOffTrack.length}):`,
        list: d.goalsOffTrack.map((g) => `${g.label}: ${g.value}, mål ${g.target} (${g.status.toLowerCase()})`),
      },
      d.breachedTotal > 0 && {
        intro: `Jobordrer, der overskred svarfristen i ugen (${d.breachedTotal}${d.breachedTotal > d.breached.length ? `, de første ${d.breached.length} herunder` : ""}):`,
        list: d.breached.map((o) => `${o.number} ${o.title}, ${o.companyName}, ${o.assigneeName ?? "ikke tildelt"}${o.answered ? " (nu besvaret)" : " (stadig ikke besvaret)"}`),
      },
      d.breachedTotal > 0 && { textIntro: "Se jobordrerne:", link: d.breachedUrl, label: "Se jobordrerne, der venter på svar" },
      d.overdueTasks.length > 0 && {
        intro: "Åbne opgaver over tid pr. konsulent:",
        list: d.overdueTasks.map((t) => `${t.consultantName}: ${t.count} ${t.count === 1 ? "opgave" : "opgaver"}`),
      },
      d.overdueTasks.length > 0 && { textIntro: "Åbn indbakken:", link: d.inboxUrl, label: "Åbn indbakken" },
      { textIntro: "Alle mål og nøgletal:", link: d.dashboardUrl, label: "Se mål og nøgletal" },
    ],
  });
}
