import type { StaffRole } from "@prisma/client";
import { HAND_OVER_ROLES, ORDER_OWNER_ROLES } from "../../app/domain/staff-roles";

// Every route of the portal with who may use it. tests/security/access.test.ts checks the list is
// complete (a new route file fails it until it is added here) and walks it as each kind of visitor.
export type Access =
  | "public" // anyone
  | "token" // anyone holding the link's token
  | "staff" // signed-in staff of any role
  | "leads" // team leads, managers, administrators
  | "admin" // administrators
  | "employer" // an employer signed in by their mail link
  | "dev"; // development only: absent in production

export type RouteEntry = {
  file: string;
  /**
   * A path to request; `{order}` is an order of Lolland, `{receipt}` its id, `{company}` its company's CVR number,
   * `{visit}` a visit of Lolland's to that company, `{programme}` a visit programme of Lolland's with that company in it,
   * `{agreement}` Lolland's partnership agreement with that company, `{campaign}` a campaign of Lolland's that chose it.
   */
  path: string;
  access: Access;
  /** Whether the route takes a POST (an action). */
  post: boolean;
  /** The forms of a route whose action branches on `intent`: each is posted on its own in the access matrix. */
  intents?: string[];
  /** Staff roles that may send the route's form(s), when fewer than may read it (app/domain/staff-roles.ts). */
  postRoles?: readonly StaffRole[];
  /** The same per intent, where one form is open to other roles than the rest. */
  intentRoles?: Record<string, readonly StaffRole[]>;
  /** Staff roles that may open the route at all, when fewer than its access names (a page for order owners). */
  readRoles?: readonly StaffRole[];
};

export const ROUTES: RouteEntry[] = [
  { file: "_index.tsx", path: "/", access: "public", post: false },
  { file: "aktiv.tsx", path: "/aktiv", access: "public", post: false },
  { file: "healthz.tsx", path: "/healthz", access: "public", post: false },
  { file: "jobordre.ny.tsx", path: "/jobordre/ny", access: "public", post: true },
  { file: "jobordre.$id.kvittering.tsx", path: "/jobordre/{receipt}/kvittering", access: "token", post: false },
  { file: "medarbejder.log-ind.tsx", path: "/medarbejder/log-ind", access: "public", post: true },
  { file: "log-ud.tsx", path: "/log-ud", access: "public", post: true },
  { file: "mine-jobordrer.log-ind.tsx", path: "/mine-jobordrer/log-ind", access: "public", post: true },
  { file: "mine-jobordrer.log-ind_.$token.tsx", path: "/mine-jobordrer/log-ind/{token}", access: "token", post: true },
  { file: "samtykke.$token.tsx", path: "/samtykke/{token}", access: "token", post: true },
  { file: "tilfredshed.$token.tsx", path: "/tilfredshed/{token}", access: "token", post: true },
  { file: "mine-jobordrer._index.tsx", path: "/mine-jobordrer", access: "employer", post: false },
  { file: "mine-jobordrer.$number/route.tsx", path: "/mine-jobordrer/{order}", access: "employer", post: true, intents: ["feedback", "meeting", "message", "close"] },
  { file: "mine-jobordrer.$number_.ret.tsx", path: "/mine-jobordrer/{order}/ret", access: "employer", post: true },
  { file: "indbakke.tsx", path: "/indbakke", access: "staff", post: true, postRoles: HAND_OVER_ROLES },
  {
    file: "ordrer.$number/route.tsx",
    path: "/ordrer/{order}",
    access: "staff",
    post: true,
    intents: ["answer", "takeOver", "handOver", "message", "requestConsent", "consentByPhone", "withdraw", "completeTask", "shareWithRegion", "close"],
    postRoles: ORDER_OWNER_ROLES,
    intentRoles: { handOver: HAND_OVER_ROLES },
  },
  { file: "ordrer.$number_.kandidater.tsx", path: "/ordrer/{order}/kandidater", access: "staff", post: true, postRoles: ORDER_OWNER_ROLES },
  { file: "ordrer.$number_.kandidater_.$jobseekerId.tsx", path: "/ordrer/{order}/kandidater/{jobseeker}", access: "staff", post: false },
  { file: "jobsogere._index.tsx", path: "/jobsogere", access: "staff", post: false },
  { file: "jobsogere.eksempel[.]csv.tsx", path: "/jobsogere/eksempel.csv", access: "staff", post: false },
  { file: "jobsogere.import.tsx", path: "/jobsogere/import", access: "leads", post: true },
  { file: "virksomheder._index.tsx", path: "/virksomheder", access: "staff", post: false },
  { file: "virksomheder.eksempel[.]csv.tsx", path: "/virksomheder/eksempel.csv", access: "staff", post: false },
  { file: "virksomheder.import.tsx", path: "/virksomheder/import", access: "leads", post: true },
  { file: "virksomheder.$cvr.tsx", path: "/virksomheder/{company}", access: "staff", post: true, intents: ["saveRelationship", "takeOverStated", "planVisit"] },
  { file: "virksomheder.$cvr_.aftale.tsx", path: "/virksomheder/{company}/aftale", access: "leads", post: true },
  { file: "virksomheder.aftaler._index.tsx", path: "/virksomheder/aftaler?vis=alle", access: "staff", post: false },
  { file: "virksomheder.aftaler.$id.tsx", path: "/virksomheder/aftaler/{agreement}", access: "staff", post: true, intents: ["endAgreement"], intentRoles: { endAgreement: ["TEAM_LEAD", "MANAGER", "ADMIN"] } },
  { file: "virksomheder.$cvr_.jobordre.tsx", path: "/virksomheder/{company}/jobordre?besoeg={visit}", access: "staff", post: true, readRoles: ORDER_OWNER_ROLES },
  { file: "kampagner._index.tsx", path: "/kampagner", access: "staff", post: false },
  { file: "kampagner.ny.tsx", path: "/kampagner/ny", access: "staff", post: true, intents: ["preview", "startCampaign"] },
  { file: "kampagner.$id.tsx", path: "/kampagner/{campaign}?vis=alle", access: "staff", post: false },
  { file: "kampagner.$id_.eksport.tsx", path: "/kampagner/{campaign}/eksport?format=csv", access: "staff", post: false },
  { file: "besoeg._index.tsx", path: "/besoeg?uge=2026-W49&visning=kalender", access: "staff", post: false },
  { file: "besoeg.$id.tsx", path: "/besoeg/{visit}", access: "staff", post: true, intents: ["recordVisit", "cancelVisit"] },
  { file: "besoeg.program.tsx", path: "/besoeg/program?program={programme}&vis=alle", access: "staff", post: true, intents: ["declineVisits", "enrolNow"], intentRoles: { enrolNow: ["TEAM_LEAD", "MANAGER", "ADMIN"] } },
  { file: "besoeg.kalenderlink.tsx", path: "/besoeg/kalenderlink", access: "staff", post: true, intents: ["renewFeed", "stopFeed"] },
  { file: "besoeg.kalender.$feed.tsx", path: "/besoeg/kalender/00000000-0000-4000-8000-000000000000.{token}.ics", access: "token", post: false },
  { file: "ledelse._index.tsx", path: "/ledelse", access: "staff", post: false },
  { file: "ledelse.ordrer.tsx", path: "/ledelse/ordrer?maengde=received&fra=2026-01-01&til=2026-12-31", access: "staff", post: false },
  { file: "ledelse.ordrer.eksport.tsx", path: "/ledelse/ordrer/eksport?maengde=received&fra=2026-01-01&til=2026-12-31&format=csv", access: "staff", post: false },
  { file: "ledelse.henvisninger.tsx", path: "/ledelse/henvisninger?maengde=hired&fra=2026-01-01&til=2026-12-31", access: "staff", post: false },
  { file: "ledelse.henvisninger.eksport.tsx", path: "/ledelse/henvisninger/eksport?maengde=referred&fra=2026-01-01&til=2026-12-31&format=csv", access: "staff", post: false },
  { file: "ledelse.besoeg.tsx", path: "/ledelse/besoeg?fra=2026-01-01&til=2026-12-31", access: "staff", post: false },
  { file: "ledelse.besoeg.eksport.tsx", path: "/ledelse/besoeg/eksport?fra=2026-01-01&til=2026-12-31&format=csv", access: "staff", post: false },
  { file: "ledelse.tilfredshed.tsx", path: "/ledelse/tilfredshed?svar=answered&fra=2026-01-01&til=2026-12-31", access: "staff", post: false },
  { file: "ledelse.tilfredshed.eksport.tsx", path: "/ledelse/tilfredshed/eksport?svar=answered&fra=2026-01-01&til=2026-12-31&format=csv", access: "staff", post: false },
  { file: "ledelse.tabel.tsx", path: "/ledelse/tabel?periode=aar&aar=2026&tabel=svar&format=csv", access: "staff", post: false },
  { file: "ledelse.rapport.tsx", path: "/ledelse/rapport", access: "leads", post: false },
  { file: "ledelse.rapport.pdf.tsx", path: "/ledelse/rapport/pdf?periode=kvartal&kvartal=2026-1", access: "leads", post: false },
  { file: "ledelse.svartider.tsx", path: "/ledelse/svartider", access: "leads", post: false },
  { file: "admin.politik.tsx", path: "/admin/politik", access: "admin", post: true },
  { file: "admin.maal.tsx", path: "/admin/maal", access: "admin", post: true, intents: ["saveGoal", "deleteGoal", "saveNationalFigure"] },
  { file: "dev.emails.tsx", path: "/dev/emails", access: "dev", post: false },
  { file: "dev.mails._index.tsx", path: "/dev/mails", access: "dev", post: false },
  { file: "dev.mails.$id.tsx", path: "/dev/mails/x", access: "dev", post: false },
];

/** `jobseeker`: one of the order's jobcentre's register (the profile of a jobseeker nobody has is a 404 to all). */
export type RouteValues = { order: string; receipt: string; company: string; jobseeker?: string; visit?: string; programme?: string; agreement?: string; campaign?: string };

export function pathOf(route: RouteEntry, values: RouteValues): string {
  return route.path
    .replace("{order}", encodeURIComponent(values.order))
    .replace("{receipt}", values.receipt)
    .replace("{company}", values.company)
    .replace("{jobseeker}", values.jobseeker ?? "00000000-0000-4000-8000-000000000000")
    .replace("{visit}", values.visit ?? "00000000-0000-4000-8000-000000000000")
    .replace("{programme}", values.programme ?? "00000000-0000-4000-8000-000000000000")
    .replace("{agreement}", values.agreement ?? "00000000-0000-4000-8000-000000000000")
    .replace("{campaign}", values.campaign ?? "00000000-0000-4000-8000-000000000000")
    .replace("{token}", "A".repeat(43));
}
