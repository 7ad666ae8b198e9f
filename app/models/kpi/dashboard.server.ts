// The management dashboard (/ledelse): who may see which figures, the period's figures against the plan's
// goals, and every table as data (caption, head, rows of cells), so the page, the CSV and the XLSX export
// show the same thing. Each count links to the drill-down of the orders behind it.
import type { GoalMeasure, JobOrderKind, PrismaClient, User } from "@prisma/client";
import { DateTime } from "luxon";
import { describeTarget, formatPercent, GOAL_STATUS_LABELS, goalStatus, MEASURES, OFF_TRACK, type GoalStatus } from "~/domain/kpi/measures";
import { describeMonth, describePeriod, finalFrom, isProvisional, paceOf, periodOf, type Period, type PeriodChoice } from "~/domain/kpi/periods";
import { LEAD_ROLES } from "~/domain/staff-roles";
import { VISIT_KIND_LABELS, VISIT_KINDS, VISIT_OUTCOME_LABELS, VISIT_OUTCOMES } from "~/domain/visit/visits";
import type { KindFilter, OrderSet } from "~/schemas/dashboard";
import { JOB_ORDER_KIND_LABELS, JOB_ORDER_KINDS } from "~/schemas/job-order";
import { SURVEY_QUESTION_TEXTS } from "~/schemas/survey";
import { getPrisma } from "~/utils/db.server";
import { formatDuration } from "~/utils/format";
import { share } from "~/utils/stats";
import { shareOnTime } from "./compliance.server";
import {
  currentWorkload,
  EMPTY_FIGURES,
  monthlyFigures,
  orderFigures,
  ordersReceivedInYear,
  surveyFigures,
  ZONE,
  type FigureScope,
  type OrderFigures,
  type SurveyFigures,
} from "./figures.server";
import { listNationalFigures, nationalFigureFor } from "./goals.server";
import { campaignsOfYear } from "../campaign/campaigns.server";
import { campaignGoalCount, companiesToReach } from "~/domain/campaign/campaign";
import { cooperationFigures, programmeCoverage, programmeFigures, visitFigures, visitsHeldInYear } from "./visit-figures.server";
import { COOPERATION_NOTE } from "~/domain/company/cooperation";

export type Area = "jobcentre" | "region";

/** A cell of a figure table: its text, the raw value an export writes, and where it leads. */
export type Cell = { text: string; value?: number | string | null; href?: string };
export type FigureTable = { id: string; caption: string; head: string[]; rows: Cell[][]; note?: string };

/** What a staff user may see: a consultant their own orders, leads their jobcentre and its region's totals. */
export type Viewer = Pick<User, "id" | "role" | "jobcentreId">;

export type DashboardScope = {
  area: Area;
  scope: FigureScope;
  /** A consultant's own figures only. */
  own: boolean;
  jobcentre: { id: string; name: string };
  region: { id: string; name: string; jobcentreIds: string[] } | null;
};

/** The scope a viewer gets for the area they ask for; a consultant always gets their own orders. */
export async function dashboardScope(viewer: Viewer, area: Area, prisma: PrismaClient = getPrisma()): Promise<DashboardScope> {
  const jobcentre = await prisma.jobcentre.findUniqueOrThrow({
    where: { id: viewer.jobcentreId },
    select: { id: true, name: true, region: { select: { id: true, name: true, jobcentres: { select: { id: true } } } } },
  });
  const region = jobcentre.region ? { id: jobcentre.region.id, name: jobcentre.region.name, jobcentreIds: jobcentre.region.jobcentres.map((j) => j.id) } : null;
  const lead = LEAD_ROLES.has(viewer.role);
  const base = { jobcentre: { id: jobcentre.id, name: jobcentre.name }, region };
  if (!lead) return { ...base, area: "jobcentre", own: true, scope: { jobcentreIds: [jobcentre.id], assigneeId: viewer.id } };
  if (area === "region" && region) return { ...base, area: "region", own: false, scope: { jobcentreIds: region.jobcentreIds } };
  return { ...base, area: "jobcentre", own: false, scope: { jobcentreIds: [jobcentre.id] } };
}

const number = (n: number) => n.toLocaleString("da-DK");
const percent = (v: number | null) => (v === null ? "–" : `${formatPercent(v)} %`);
const hours = (v: number | null) => (v === null ? "–" : formatDuration(v, { days: false }));
const fraction = (v: number | null) => (v === null ? null : Math.round(v * 10_000) / 10_000);

export function todayIn(now: Date): string {
  return DateTime.fromJSDate(now, { zone: ZONE }).toISODate()!;
}

type LinkFilter = { kind?: KindFilter; assigneeId?: string | null };

/** The drill-down of one order set of a period; a region's figures are not drilled into (other jobcentres' orders). */
/** The list behind a number: its orders, or (for referrals and hires) its candidates. */
function drillHref(ds: DashboardScope, period: Period, set: OrderSet, filter: LinkFilter = {}, list: "ordrer" | "henvisninger" = "ordrer"): string | undefined {
  if (ds.area === "region") return undefined;
  const params = new URLSearchParams({ maengde: set, fra: period.from, til: period.to });
  if (filter.kind && filter.kind !== "ALL") params.set("art", filter.kind);
  if (filter.assigneeId) params.set("konsulent", filter.assigneeId);
  return `/ledelse/${list}?${params}`;
}

/** The held visits of a period (the visit goal's count), one by one. */
function visitsHref(ds: DashboardScope, period: Period): string | undefined {
  return ds.area === "region" ? undefined : `/ledelse/besoeg?${new URLSearchParams({ fra: period.from, til: period.to })}`;
}

/** The referrals on the orders of a set (its candidates), where the orders' list would not show them one by one. */
function referralCell(ds: DashboardScope, period: Period, n: number, set: "referred" | "hired"): Cell {
  return { text: number(n), value: n, href: n > 0 ? drillHref(ds, period, set, {}, "henvisninger") : undefined };
}

function countCell(ds: DashboardScope, period: Period, n: number, set: OrderSet, filter?: LinkFilter): Cell {
  return { text: number(n), value: n, href: n > 0 ? drillHref(ds, period, set, filter) : undefined };
}

function shareCell(v: number | null, provisional = false): Cell {
  return { text: `${percent(v)}${provisional && v !== null ? " (foreløbig)" : ""}`, value: fraction(v) };
}

const formidlingsgrad = (f: OrderFigures) => share(f.referred, f.received);
const besaettelsesgrad = (f: OrderFigures) => share(f.hired, f.referred);
const filledShare = (f: OrderFigures) => share(f.hired, f.ended);

export type GoalView = {
  measure: GoalMeasure;
  label: string;
  wording: string;
  measureLabel: string;
  target: string;
  value: string;
  status: GoalStatus;
  statusLabel: string;
  offTrack: boolean;
  note: string | null;
  href?: string;
};

export type Dashboard = Awaited<ReturnType<typeof buildDashboard>>;

/** Everything the dashboard shows for a scope and a period, computed in PostgreSQL. */
export async function buildDashboard(ds: DashboardScope, choice: PeriodChoice, now: Date, prisma: PrismaClient = getPrisma()) {
  const period = periodOf(choice);
  const today = todayIn(now);
  const year = Number(period.to.slice(0, 4));
  const trendPeriod = { from: `${year - 1}-01-01`, to: `${year}-12-31` };
  const goalsShown = ds.area === "jobcentre" && !ds.own;
  const [figures, workload, surveys, months, yearCount, goals, nationals, users, visits, visitsInYear, programmes, campaigns, cooperation] = await Promise.all([
    orderFigures(ds.scope, period, now, prisma, { byAssignee: ds.area === "jobcentre" && !ds.own, byJobcentre: ds.area === "region" }),
    currentWorkload(ds.scope, now, prisma),
    surveyFigures(ds.scope, period, now, prisma),
    monthlyFigures(ds.scope, trendPeriod, now, prisma),
    ordersReceivedInYear(ds.scope, year, now, prisma),
    // The plan's goals are the jobcentre's: not a region's, and not measured on one consultant's orders.
    ds.area === "jobcentre" && !ds.own ? prisma.planGoal.findMany({ where: { jobcentreId: ds.jobcentre.id, year }, orderBy: { measure: "asc" } }) : Promise.resolve([]),
    listNationalFigures(prisma),
    ds.area === "jobcentre" && !ds.own
      ? prisma.user.findMany({ where: { jobcentreId: ds.jobcentre.id, active: true }, select: { id: true, name: true, role: true } })
      : Promise.resolve([]),
    visitFigures(ds.scope, period, now, prisma),
    visitsHeldInYear(ds.scope, year, prisma),
    programmeFigures(ds.scope, year, now, prisma),
    goalsShown ? campaignsOfYear(prisma, [ds.jobcentre.id], year) : Promise.resolve([]),
    // The register's companies are the jobcentre's, not one consultant's.
    ds.own ? Promise.resolve(null) : cooperationFigures(ds.scope, year, prisma),
  ]);
  const total = figures.total;
  const ordinary = figures.byKind.get("ORDINARY") ?? EMPTY_FIGURES;
  const provisional = {
    formidlingsgrad: isProvisional(period, "formidlingsgrad", today),
    besaettelsesgrad: isProvisional(period, "besaettelsesgrad", today),
  };
  const national = (measure: GoalMeasure) => nationalFigureFor(nationals, measure, year);

  // --- goals ---
  const countSoFar = (measure: GoalMeasure) => (measure === "COMPANY_VISITS" ? visitsInYear : yearCount);
  const pace = (target: number, measure: GoalMeasure) => paceOf({ target, year, countSoFar: countSoFar(measure), today });
  const goalViews: GoalView[] = goals.map((goal) => {
    const target = goal.target?.toNumber() ?? null;
    const nationalFigure = goal.comparator === "AT_LEAST_NATIONAL" ? national(goal.measure) : null;
    const value = goalValue(goal.measure, goal.perItemTarget);
    const yearRunning = target !== null && today <= `${year}-12-31`;
    // Campaigns are not counted at a steady pace: the year heads for those reached and those still running.
    const campaignGoal = goal.measure === "CAMPAIGNS" ? campaignGoalCount(campaigns, goal.perItemTarget, today) : null;
    const running = campaignGoal || MEASURES[goal.measure].unit !== "count" || !yearRunning ? null : pace(target, goal.measure);
    const heading = campaignGoal && yearRunning ? { projectedForYear: campaignGoal.reached + campaignGoal.stillRunning } : running;
    const status = goalStatus({ measure: goal.measure, comparator: goal.comparator, target }, value.value, nationalFigure?.value ?? null, heading);
    const notes = [
      value.note,
      nationalFigure ? `Landstal ${formatPercent(nationalFigure.value)} % (${nationalFigure.year}).` : goal.comparator === "AT_LEAST_NATIONAL" ? "Landstallet er ikke indtastet." : null,
      running && target !== null && running.remaining > 0 && running.neededPerMonth !== null
        ? `Forventet ved årets udgang: ${number(running.projectedForYear ?? 0)}. Der mangler ${number(running.remaining)}, dvs. ${number(running.neededPerMonth)} om måneden resten af året.`
        : null,
    ].filter(Boolean);
    return {
      measure: goal.measure,
      label: goal.label,
      wording: goal.wording,
      measureLabel: MEASURES[goal.measure].label,
      target: describeTarget({ measure: goal.measure, comparator: goal.comparator, target, perItemTarget: goal.perItemTarget }),
      value: MEASURES[goal.measure].computable ? value.text : "Kan ikke beregnes endnu.",
      status,
      statusLabel: GOAL_STATUS_LABELS[status],
      offTrack: OFF_TRACK.has(status),
      note: notes.length > 0 ? notes.join(" ") : null,
      href: value.href,
    };
  });

  function goalValue(measure: GoalMeasure, perItemTarget: number | null): { value: number | null; text: string; note: string | null; href?: string } {
    switch (measure) {
      case "ANSWERED_ON_TIME": {
        const v = shareOnTime(total);
        return { value: v, text: percent(v), note: `${number(total.answeredOnTime)} af ${number(total.answered + total.openOverdue)} jobordrer i perioden.`, href: drillHref(ds, period, "answeredOnTime") };
      }
      case "FORMIDLINGSGRAD": {
        const v = formidlingsgrad(ordinary);
        return { value: v, text: percent(v), note: `Ordinære jobordrer (som STAR): ${number(ordinary.referred)} af ${number(ordinary.received)}.${provisional.formidlingsgrad ? ` Foreløbigt tal indtil ${describeDate(finalFrom(period, "formidlingsgrad"))}.` : ""}`, href: drillHref(ds, period, "referred", { kind: "ORDINARY" }) };
      }
      case "BESAETTELSESGRAD": {
        const v = besaettelsesgrad(ordinary);
        return { value: v, text: percent(v), note: `Ordinære jobordrer (som STAR): ${number(ordinary.hired)} af ${number(ordinary.referred)} med henvisning.${provisional.besaettelsesgrad ? ` Foreløbigt tal indtil ${describeDate(finalFrom(period, "besaettelsesgrad"))}.` : ""}`, href: drillHref(ds, period, "hired", { kind: "ORDINARY" }) };
      }
      case "ORDERS_FILLED": {
        const v = filledShare(total);
        return { value: v, text: percent(v), note: `${number(total.hired)} af ${number(total.ended)} afsluttede jobordrer; ${number(total.received - total.ended)} er ikke afsluttet endnu.`, href: drillHref(ds, period, "hired") };
      }
      case "SATISFIED": {
        const v = share(surveys.serviceSatisfied, surveys.serviceAnswers);
        return { value: v, text: percent(v), note: `${number(surveys.serviceSatisfied)} af ${number(surveys.serviceAnswers)} svar om servicen.` };
      }
      case "ORDERS_RECEIVED":
        return { value: yearCount, text: `${number(yearCount)} i ${year}`, note: null, href: drillHref(ds, { from: `${year}-01-01`, to: `${year}-12-31` }, "received") };
      case "COMPANY_VISITS":
        return {
          value: visitsInYear,
          text: `${number(visitsInYear)} i ${year}`,
          note: "Holdte besøg efter besøgets dato; et besøg, der ikke blev til noget, tæller ikke.",
          href: visitsHref(ds, { from: `${year}-01-01`, to: `${year}-12-31` }),
        };
      case "CAMPAIGNS": {
        const { reached } = campaignGoalCount(campaigns, perItemTarget, today);
        const each = campaigns.map((c) => `${c.topic}: ${number(c.visited)} af ${number(companiesToReach(c, perItemTarget))} virksomheder besøgt`);
        return {
          value: reached,
          text: `${number(reached)} i ${year}`,
          note: campaigns.length === 0 ? `Jobcentret har ingen kampagner, der begynder i ${year}.` : `Kampagner, der har nået deres antal besøgte virksomheder. ${each.join("; ")}.`,
          href: "/kampagner",
        };
      }
      case "SAMARBEJDSGRAD": {
        const v = cooperation ? share(cooperation.cooperating, cooperation.companies) : null;
        const note = cooperation
          ? `${number(cooperation.cooperating)} af ${number(cooperation.companies)} virksomheder med ansatte i registret i ${year}.${cooperation.unknownSize > 0 ? ` ${number(cooperation.unknownSize)} virksomheder uden kendt antal ansatte tæller ikke med.` : ""}`
          : null;
        return { value: v, text: percent(v), note };
      }
      case "PROGRAMME_COVERAGE": {
        const v = programmeCoverage(programmes);
        const note =
          programmes.names.length === 0
            ? `Jobcentret har intet besøgsprogram i ${year}.`
            : `${programmes.names.join(", ")}: ${number(programmes.visited)} af ${number(programmes.covered)} virksomheder er besøgt, ${number(programmes.followedUp)} også fulgt op, ${number(programmes.declined)} takkede nej.`;
        return { value: v, text: percent(v), note, href: "/besoeg/program" };
      }
    }
  }

  // --- tables ---
  const answers: FigureTable = {
    id: "svar",
    caption: `Svar på jobordrer modtaget ${describePeriod(choice)}`,
    head: ["Nøgletal", "Værdi"],
    rows: [
      [{ text: "Modtagne jobordrer" }, countCell(ds, period, total.received, "received")],
      [{ text: "Besvaret inden for svarfristen" }, countCell(ds, period, total.answeredOnTime, "answeredOnTime")],
      [{ text: "Besvaret efter svarfristen" }, countCell(ds, period, total.answeredLate, "answeredLate")],
      [{ text: "Ikke besvaret, svarfristen er overskredet" }, countCell(ds, period, total.openOverdue, "openOverdue")],
      [{ text: "Ikke besvaret, inden for svarfristen" }, countCell(ds, period, total.openWithinDeadline, "openWithinDeadline")],
      [{ text: "Afsluttet uden svar" }, countCell(ds, period, total.closedUnanswered, "closedUnanswered")],
      [{ text: "Andel besvaret inden for svarfristen" }, shareCell(shareOnTime(total))],
      [{ text: "Median svartid" }, { text: hours(total.medianHoursToAnswer) }],
      [{ text: "90 % af svarene kom inden for" }, { text: hours(total.p90HoursToAnswer) }],
    ],
    note: "Andelen regnes af de besvarede jobordrer og dem, hvis svarfrist er overskredet uden svar. Svartid er klokketimer fra modtagelse til svar.",
  };

  const now_: FigureTable = {
    id: "nu",
    caption: "Jobordrer, der venter på svar lige nu",
    head: ["Nøgletal", "Antal"],
    rows: [
      [{ text: "Venter på svar" }, countCell(ds, period, workload.total.awaitingAnswer, "awaitingAnswer")],
      [{ text: "Heraf er svarfristen overskredet" }, countCell(ds, period, workload.total.overdueNow, "overdueNow")],
    ],
  };

  const starRow = (label: string, cell: (f: OrderFigures, kind: KindFilter) => Cell): Cell[] => [{ text: label }, cell(ordinary, "ORDINARY"), cell(total, "ALL")];
  const nationalCell = (measure: GoalMeasure): Cell => {
    const n = national(measure);
    return n ? { text: `${formatPercent(n.value)} % (${n.year})`, value: n.value } : { text: "Ikke indtastet", value: null };
  };
  const star: FigureTable = {
    id: "formidling",
    caption: `Formidlingsgrad og besættelsesgrad, jobordrer oprettet ${describePeriod(choice)}`,
    head: ["Nøgletal", "Ordinære jobordrer (som STAR)", "Alle slags jobordrer"],
    rows: [
      starRow("Oprettede jobordrer", (f, kind) => countCell(ds, period, f.received, "received", { kind })),
      starRow("Jobordrer med henvisning", (f, kind) => countCell(ds, period, f.referred, "referred", { kind })),
      starRow("Formidlingsgrad", (f) => shareCell(formidlingsgrad(f), provisional.formidlingsgrad)),
      starRow("Jobordrer besat af en henvist kandidat", (f, kind) => countCell(ds, period, f.hired, "hired", { kind })),
      starRow("Besættelsesgrad", (f) => shareCell(besaettelsesgrad(f), provisional.besaettelsesgrad)),
      [{ text: "Landstal, formidlingsgrad" }, nationalCell("FORMIDLINGSGRAD"), { text: "–", value: null }],
      [{ text: "Landstal, besættelsesgrad" }, nationalCell("BESAETTELSESGRAD"), { text: "–", value: null }],
    ],
    note: [
      "Som STAR: jobordrer, ikke stillinger, efter den måned de blev oprettet. STAR's tal omfatter kun ordinære jobordrer; tallet for alle slags (løntilskud, praktik m.fl.) står ved siden af og blandes ikke med det.",
      provisional.formidlingsgrad ? `Formidlingsgraden er foreløbig indtil ${describeDate(finalFrom(period, "formidlingsgrad"))}.` : null,
      provisional.besaettelsesgrad ? `Besættelsesgraden er foreløbig indtil ${describeDate(finalFrom(period, "besaettelsesgrad"))}.` : null,
    ]
      .filter(Boolean)
      .join(" "),
  };

  const hires: FigureTable = {
    id: "ansaettelser",
    caption: `Ansættelser, jobordrer modtaget ${describePeriod(choice)}`,
    head: ["Nøgletal", "Værdi"],
    rows: [
      [{ text: "Afsluttede jobordrer (eller med ansættelse)" }, countCell(ds, period, total.ended, "ended")],
      [{ text: "Heraf endte med en ansættelse" }, countCell(ds, period, total.hired, "hired")],
      [{ text: "Andel, der endte med en ansættelse" }, shareCell(filledShare(total))],
      // Positions open the orders they are in: the list shows each order's positions and hires.
      [{ text: "Stillinger i jobordrerne" }, { ...countCell(ds, period, total.positions, "received"), value: total.positions }],
      [{ text: "Stillinger besat med en henvist kandidat" }, { ...countCell(ds, period, total.positionsFilled, "hired"), value: total.positionsFilled }],
      [{ text: "Ansatte kandidater i alt" }, referralCell(ds, period, total.hires, "hired")],
      [{ text: "Andel af stillingerne besat" }, shareCell(share(total.positionsFilled, total.positions))],
    ],
    note: "En ansættelse tæller, uanset hvornår virksomheden meldte den, også efter at jobordren blev afsluttet. En jobordre med flere ansatte end stillinger tæller med sit antal stillinger.",
  };

  const surveyHref = (set: "answered" | "unanswered" | "sent") =>
    ds.area === "region" ? undefined : `/ledelse/tilfredshed?${new URLSearchParams({ svar: set, fra: period.from, til: period.to })}`;
  const satisfaction = satisfactionTable(surveys, describePeriod(choice), surveyHref);

  const byKind: FigureTable = {
    id: "art",
    caption: `Pr. slags jobordre, ${describePeriod(choice)}`,
    head: ["Slags", "Modtaget", "Andel besvaret til tiden", "Formidlingsgrad", "Besættelsesgrad", "Endte med ansættelse"],
    rows: JOB_ORDER_KINDS.filter((kind) => figures.byKind.has(kind)).map((kind) => {
      const f = figures.byKind.get(kind as JobOrderKind)!;
      return [
        { text: JOB_ORDER_KIND_LABELS[kind] },
        countCell(ds, period, f.received, "received", { kind }),
        shareCell(shareOnTime(f)),
        shareCell(formidlingsgrad(f), provisional.formidlingsgrad),
        shareCell(besaettelsesgrad(f), provisional.besaettelsesgrad),
        shareCell(filledShare(f)),
      ];
    }),
  };

  const byConsultant: FigureTable | null =
    ds.area === "jobcentre" && !ds.own
      ? {
          id: "konsulent",
          caption: `Pr. konsulent (den, jobordren er tildelt), ${describePeriod(choice)}`,
          head: ["Konsulent", "Modtaget", "Andel besvaret til tiden", "Median svartid", "Med henvisning", "Med ansættelse", "Venter på svar nu", "Heraf over fristen"],
          rows: consultantRows(),
          note: "Alle medarbejdere, der har jobordrer fra perioden eller jobordrer, der venter på svar nu.",
        }
      : null;

  function consultantRows(): Cell[][] {
    const ids = new Set<string | null>([...figures.byAssignee.keys(), ...workload.byAssignee.keys()]);
    const names = new Map(users.map((u) => [u.id, u.name]));
    return [...ids]
      .map((id) => ({ id, name: id === null ? "Ikke tildelt" : names.get(id) ?? "Tidligere medarbejder" }))
      .sort((a, b) => (a.id === null ? 1 : b.id === null ? -1 : a.name.localeCompare(b.name, "da")))
      .map(({ id, name }) => {
        const f = figures.byAssignee.get(id) ?? EMPTY_FIGURES;
        const w = workload.byAssignee.get(id) ?? { awaitingAnswer: 0, overdueNow: 0 };
        const filter = { assigneeId: id ?? undefined };
        // "Ikke tildelt" has no assignee to filter by: its counts are not links.
        const count = (n: number, set: OrderSet) => (id === null ? { text: number(n), value: n } : countCell(ds, period, n, set, filter));
        return [
          { text: name },
          count(f.received, "received"),
          shareCell(shareOnTime(f)),
          { text: hours(f.medianHoursToAnswer) },
          count(f.referred, "referred"),
          count(f.hired, "hired"),
          count(w.awaitingAnswer, "awaitingAnswer"),
          count(w.overdueNow, "overdueNow"),
        ];
      });
  }

  const programmeTable: FigureTable | null =
    programmes.names.length === 0
      ? null
      : {
          id: "besoegsprogram",
          caption: `Besøgsprogram ${year}: ${programmes.names.join(", ")}`,
          head: ["Nøgletal", "Antal"],
          rows: [
            [{ text: "Virksomheder i programmet" }, { text: number(programmes.covered), value: programmes.covered }],
            [{ text: "Besøgt" }, { text: number(programmes.visited), value: programmes.visited }],
            [{ text: "Besøgt og fulgt op" }, { text: number(programmes.followedUp), value: programmes.followedUp }],
            [{ text: "Takkede nej" }, { text: number(programmes.declined), value: programmes.declined }],
            [{ text: "Overskredne frister" }, { text: number(programmes.overdue), value: programmes.overdue }],
            [{ text: "Andel besøgt eller takket nej" }, shareCell(programmeCoverage(programmes))],
          ],
          note: "Virksomhederne i jobcentrets besøgsprogrammer med en periode i året, som de står i dag. Listen over dem er på siden Besøgsprogrammer.",
        };

  const visitsTable: FigureTable = {
    id: "besoeg",
    caption: `Virksomhedsbesøg ${describePeriod(choice)}`,
    head: ["Nøgletal", "Antal"],
    rows: [
      [{ text: "Holdte besøg" }, { text: number(visits.held), value: visits.held, href: visits.held > 0 ? visitsHref(ds, period) : undefined }],
      [{ text: "Virksomheder besøgt" }, { text: number(visits.companies), value: visits.companies }],
      ...VISIT_KINDS.map((kind): Cell[] => [{ text: `Heraf ${VISIT_KIND_LABELS[kind].toLocaleLowerCase("da-DK")}` }, { text: number(visits.byKind.get(kind) ?? 0), value: visits.byKind.get(kind) ?? 0 }]),
      ...VISIT_OUTCOMES.filter((o) => o !== "NOT_HELD").map((o): Cell[] => [{ text: `Førte til: ${VISIT_OUTCOME_LABELS[o].toLocaleLowerCase("da-DK")}` }, { text: number(visits.byOutcome.get(o) ?? 0), value: visits.byOutcome.get(o) ?? 0 }]),
      [{ text: "Planlagte besøg, der ikke er holdt endnu" }, { text: number(visits.plannedAhead), value: visits.plannedAhead }],
      [{ text: "Aflyste besøg" }, { text: number(visits.cancelled), value: visits.cancelled }],
    ],
    note: "Et besøg tæller i perioden for sin dato, når det er registreret som holdt. Ansattes sygefravær og fastholdelse tæller som besøg som de andre.",
  };

  const cooperationTable: FigureTable | null = cooperation
    ? {
        id: "samarbejdsgrad",
        caption: `Samarbejdsgrad ${year}`,
        head: ["Nøgletal", "Værdi"],
        rows: [
          [{ text: "Virksomheder med ansatte i registret" }, { text: number(cooperation.companies), value: cooperation.companies }],
          [{ text: "Heraf samarbejdet med om ordninger" }, { text: number(cooperation.cooperating), value: cooperation.cooperating }],
          [{ text: "Samarbejdsgrad" }, shareCell(share(cooperation.cooperating, cooperation.companies))],
          [{ text: "Virksomheder uden kendt antal ansatte" }, { text: number(cooperation.unknownSize), value: cooperation.unknownSize }],
        ],
        note: COOPERATION_NOTE,
      }
    : null;

  const campaignGoal = goals.find((g) => g.measure === "CAMPAIGNS");
  const campaignTable: FigureTable | null =
    campaigns.length === 0
      ? null
      : {
          id: "kampagner",
          caption: `Kampagner, der begynder i ${year}`,
          head: ["Kampagne", "Periode", "Virksomheder besøgt", "Skal besøges"],
          rows: campaigns.map((c): Cell[] => {
            const toReach = companiesToReach(c, campaignGoal?.perItemTarget ?? null);
            return [
              { text: c.topic },
              { text: `${describeDate(c.startsOn)} – ${describeDate(c.endsOn)}` },
              { text: number(c.visited), value: c.visited, href: `/kampagner/${c.id}` },
              { text: number(toReach), value: toReach },
            ];
          }),
          note: "En virksomhed tæller som besøgt, når et kampagnebesøg hos den er registreret som holdt. Antallet, der skal besøges, er planens (fx 150) eller kampagnens eget mål.",
        };

  const byJobcentre: FigureTable | null = ds.area === "region" && ds.region ? jobcentreTable(ds, figures.byJobcentre, workload.byJobcentre, describePeriod(choice)) : null;

  const trend = trendTable(months, year, today, ds.own);

  return {
    period,
    periodText: describePeriod(choice),
    year,
    today,
    area: ds.area,
    own: ds.own,
    jobcentreName: ds.jobcentre.name,
    regionName: ds.region?.name ?? null,
    canSeeRegion: !ds.own && ds.region !== null,
    goals: goalViews,
    offTrack: goalViews.filter((g) => g.offTrack).length,
    tables: { answers, now: now_, star, hires, satisfaction, visits: visitsTable, programme: programmeTable, campaigns: campaignTable, cooperation: cooperationTable, byKind, byConsultant, byJobcentre, trend },
    trend: trendSeries(months, year, today),
  };
}

function describeDate(iso: string): string {
  return describePeriod({ type: "range", from: iso, to: iso });
}

function satisfactionTable(s: SurveyFigures, periodText: string, href: (set: "answered" | "unanswered" | "sent") => string | undefined): FigureTable {
  const answersCell = (n: number): Cell => ({ text: number(n), value: n, href: n > 0 ? href("answered") : undefined });
  const row = (question: string, satisfied: number, answers: number): Cell[] => [
    { text: question },
    shareCell(share(satisfied, answers)),
    { text: number(satisfied), value: satisfied },
    answersCell(answers),
  ];
  const responseBase = s.answered + s.unanswered;
  return {
    id: "tilfredshed",
    caption: `Tilfredshed, undersøgelser sendt ${periodText}`,
    head: ["Spørgsmål", "Andel tilfredse eller meget tilfredse", "Tilfredse", "Svar"],
    rows: [
      row(SURVEY_QUESTION_TEXTS.serviceScore, s.serviceSatisfied, s.serviceAnswers),
      row(SURVEY_QUESTION_TEXTS.communicationScore, s.communicationSatisfied, s.communicationAnswers),
      row(SURVEY_QUESTION_TEXTS.informedScore, s.informedSatisfied, s.informedAnswers),
      [{ text: SURVEY_QUESTION_TEXTS.wouldRecommend }, shareCell(share(s.recommendYes, s.recommendAnswers)), { text: `${number(s.recommendYes)} ja`, value: s.recommendYes }, answersCell(s.recommendAnswers)],
      [
        { text: "Svarprocent" },
        shareCell(share(s.answered, responseBase)),
        { text: `${number(s.answered)} besvaret`, value: s.answered, href: s.answered > 0 ? href("answered") : undefined },
        { text: number(responseBase), value: responseBase },
      ],
      [{ text: "Ubesvarede, svarfristen er udløbet" }, { text: "–", value: null }, { text: "–", value: null }, { text: number(s.unanswered), value: s.unanswered, href: s.unanswered > 0 ? href("unanswered") : undefined }],
    ],
    note: `${number(s.sent)} undersøgelser sendt; ${number(s.stillOpen)} kan stadig besvares og tæller ikke med i svarprocenten endnu.`,
  };
}

function jobcentreTable(
  ds: DashboardScope,
  byJobcentre: Map<string, OrderFigures>,
  workload: Map<string, { awaitingAnswer: number; overdueNow: number }>,
  periodText: string,
): FigureTable {
  const own = byJobcentre.get(ds.jobcentre.id) ?? EMPTY_FIGURES;
  const others = ds.region!.jobcentreIds.filter((id) => id !== ds.jobcentre.id);
  const sum = (ids: string[]) =>
    ids.reduce<OrderFigures>((acc, id) => {
      const f = byJobcentre.get(id) ?? EMPTY_FIGURES;
      return { ...acc, received: acc.received + f.received, answered: acc.answered + f.answered, answeredOnTime: acc.answeredOnTime + f.answeredOnTime, openOverdue: acc.openOverdue + f.openOverdue, referred: acc.referred + f.referred, hired: acc.hired + f.hired };
    }, EMPTY_FIGURES);
  const row = (name: string, f: OrderFigures, waiting: number): Cell[] => [
    { text: name },
    { text: number(f.received), value: f.received },
    shareCell(shareOnTime(f)),
    shareCell(formidlingsgrad(f)),
    shareCell(besaettelsesgrad(f)),
    { text: number(waiting), value: waiting },
  ];
  const waiting = (ids: string[]) => ids.reduce((n, id) => n + (workload.get(id)?.awaitingAnswer ?? 0), 0);
  const rows = [row(ds.jobcentre.name, own, waiting([ds.jobcentre.id]))];
  // One other jobcentre's figures would be that jobcentre's: they are shown only together, two or more.
  if (others.length >= 2) rows.push(row(`De øvrige ${others.length} jobcentre i regionen`, sum(others), waiting(others)));
  rows.push(row(`${ds.region!.name} i alt`, sum(ds.region!.jobcentreIds), waiting(ds.region!.jobcentreIds)));
  return {
    id: "jobcenter",
    caption: `Jobcentrene i regionen, ${periodText} (alle slags jobordrer)`,
    head: ["Jobcenter", "Modtaget", "Andel besvaret til tiden", "Formidlingsgrad", "Besættelsesgrad", "Venter på svar nu"],
    rows,
    note: others.length >= 2 ? "De øvrige jobcentres tal vises kun samlet." : "Regionens andet jobcenter vises ikke for sig: dets tal ville kunne aflæses.",
  };
}

type TrendPoint = { month: string; label: string; received: number; previous: number; partial: boolean };

/** Orders received per month of the year, with the same month of the previous year (the chart's data). */
function trendSeries(months: Awaited<ReturnType<typeof monthlyFigures>>, year: number, today: string): TrendPoint[] {
  const byMonth = new Map(months.map((m) => [m.month, m]));
  const last = today.slice(0, 4) === String(year) ? Number(today.slice(5, 7)) : 12;
  return Array.from({ length: last }, (_, i) => {
    const mm = String(i + 1).padStart(2, "0");
    return {
      month: `${year}-${mm}`,
      label: describeMonth(`${year}-${mm}`),
      received: byMonth.get(`${year}-${mm}`)?.received ?? 0,
      previous: byMonth.get(`${year - 1}-${mm}`)?.received ?? 0,
      partial: today.slice(0, 7) === `${year}-${mm}`,
    };
  });
}

function trendTable(months: Awaited<ReturnType<typeof monthlyFigures>>, year: number, today: string, own: boolean): FigureTable {
  const byMonth = new Map(months.map((m) => [m.month, m]));
  const last = today.slice(0, 4) === String(year) ? Number(today.slice(5, 7)) : 12;
  const rows: Cell[][] = [];
  for (let i = 1; i <= last; i += 1) {
    const mm = String(i).padStart(2, "0");
    const current = byMonth.get(`${year}-${mm}`);
    const previous = byMonth.get(`${year - 1}-${mm}`);
    rows.push([
      { text: describeMonth(`${year}-${mm}`) },
      { text: number(current?.received ?? 0), value: current?.received ?? 0 },
      { text: number(previous?.received ?? 0), value: previous?.received ?? 0 },
      shareCell(current ? share(current.answeredOnTime, current.answerBase) : null),
      shareCell(previous ? share(previous.answeredOnTime, previous.answerBase) : null),
      shareCell(current ? share(current.ordinaryReferred, current.ordinary) : null, isProvisional(periodOf({ type: "month", year, month: i }), "formidlingsgrad", today)),
      shareCell(previous ? share(previous.ordinaryReferred, previous.ordinary) : null),
    ]);
  }
  return {
    id: "udvikling",
    caption: `Måned for måned i ${year} med samme måned i ${year - 1}${own ? " (dine jobordrer)" : ""}`,
    head: ["Måned", `Modtaget ${year}`, `Modtaget ${year - 1}`, `Til tiden ${year}`, `Til tiden ${year - 1}`, `Formidlingsgrad ${year}`, `Formidlingsgrad ${year - 1}`],
    rows,
    note: "Formidlingsgraden er for ordinære jobordrer som STAR.",
  };
}
