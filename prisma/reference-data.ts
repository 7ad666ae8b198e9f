// The four jobcentres of the seeds (../shared/seeds), their regions, postcodes and first policies.
// Loaded by `npm run db:seed` (scripts/seed.ts); a real deployment loads its own jobcentres the same way.
// Lolland (24 h) and Frederikssund (48 h) promises come from their plans; Faxe and Lejre publish no
// response promise, so theirs are demo assumptions in working hours, to show the other counting mode.
// What happens after the answer is the schema's default everywhere but where a plan promises more.
import type { CountingMode, GoalComparator, GoalMeasure } from "@prisma/client";
import { DEFAULT_OPENING_HOURS, type OpeningHours } from "../app/utils/deadlines";

/** What a policy promises after the answer; the schema's defaults where a jobcentre states nothing. */
export type LifecyclePolicy = {
  consentReplyDays: number;
  referralWithinWorkingDays: number;
  meetingAbovePositions: number | null;
  meetingWithinWorkingDays: number;
  meetingSlotTimes: string[];
  answerNextSteps: string[];
  feedbackReminderWorkingDays: number;
  followUpWeeksAfterStart: number;
  orderOpenDays: number;
  surveyReminderDays: number;
  surveyCloseDays: number;
};

export const DEFAULT_LIFECYCLE_POLICY: LifecyclePolicy = {
  consentReplyDays: 3,
  referralWithinWorkingDays: 10,
  meetingAbovePositions: null,
  meetingWithinWorkingDays: 5,
  meetingSlotTimes: ["09:00", "13:00"],
  answerNextSteps: [
    "Vi finder kandidater og sender jer de første",
    "Vi ringer til jer for at høre mere om jobbet",
    "Vi holder et møde med jer om rekrutteringen",
    "Vi slår jobbet op på Jobnet for jer",
    "Vi sender jobordren videre til den regionale rekrutteringsservice",
  ],
  feedbackReminderWorkingDays: 5,
  followUpWeeksAfterStart: 4,
  orderOpenDays: 60,
  surveyReminderDays: 7,
  surveyCloseDays: 7,
};

export type ReferenceRegion = { id: string; name: string; email: string };

// The regional recruitment services the plans name: Lolland works with Jobcentrenes Rekrutteringsservice
// Sjælland (JRS), as do Faxe and Lejre in the same region; Frederikssund with Nordsjællands
// Rekrutteringsservice (NRS).
export const REFERENCE_REGIONS: ReferenceRegion[] = [
  { id: "sjaelland", name: "Jobcentrenes Rekrutteringsservice Sjælland (JRS)", email: "jrs@rekrutteringsservice-sjaelland.example" },
  { id: "nordsjaelland", name: "Nordsjællands Rekrutteringsservice (NRS)", email: "nrs@rekrutteringsservice-nordsjaelland.example" },
];

export type ReferenceJobcentre = {
  id: string;
  name: string;
  municipality: string;
  email: string;
  phone: string;
  regionId: string;
  // Approximate town centres (WGS84), enough for "12 km" in candidate search.
  postcodes: Array<[postcode: string, city: string, latitude: number, longitude: number]>;
  policy: {
    responseHours: number;
    countingMode: CountingMode;
    openingHours: OpeningHours;
    warningAtPercent: number;
    escalateTeamLeadAfterHours: number;
    escalateManagerAfterHours: number;
    extraClosedDays: string[];
    note: string;
  } & LifecyclePolicy;
};

const closedChristmas2026 = ["2026-12-24", "2026-12-31", "2027-06-05"];

export const REFERENCE_JOBCENTRES: ReferenceJobcentre[] = [
  {
    id: "faxe",
    name: "Jobcenter Faxe",
    municipality: "Faxe Kommune",
    email: "virksomhedsservice@faxe.jobcenter.example",
    phone: "56 20 30 00",
    regionId: "sjaelland",
    postcodes: [["4640", "Faxe", 55.256, 12.119], ["4654", "Faxe Ladeplads", 55.219, 12.166], ["4690", "Haslev", 55.323, 11.963], ["4683", "Rønnede", 55.261, 12.02], ["4653", "Karise", 55.303, 12.218], ["4682", "Tureby", 55.311, 12.067]],
    policy: {
      responseHours: 15,
      countingMode: "WORKING_HOURS",
      openingHours: DEFAULT_OPENING_HOURS,
      warningAtPercent: 75,
      escalateTeamLeadAfterHours: 0,
      escalateManagerAfterHours: 8,
      extraClosedDays: closedChristmas2026,
      note: "Demo: svar inden for to arbejdsdage (15 arbejdstimer).",
      ...DEFAULT_LIFECYCLE_POLICY,
    },
  },
  {
    id: "lejre",
    name: "Jobcenter Lejre",
    municipality: "Lejre Kommune",
    email: "virksomhedsservice@lejre.jobcenter.example",
    phone: "46 46 46 46",
    regionId: "sjaelland",
    postcodes: [["4320", "Lejre", 55.604, 11.97], ["4330", "Hvalsø", 55.59, 11.862], ["4070", "Kirke Hyllinge", 55.7, 11.958], ["4060", "Kirke Såby", 55.652, 11.876]],
    policy: {
      responseHours: 24,
      countingMode: "WORKING_HOURS",
      openingHours: DEFAULT_OPENING_HOURS,
      warningAtPercent: 75,
      escalateTeamLeadAfterHours: 0,
      escalateManagerAfterHours: 8,
      extraClosedDays: closedChristmas2026,
      note: "Demo: svar inden for 24 arbejdstimer.",
      ...DEFAULT_LIFECYCLE_POLICY,
    },
  },
  {
    id: "frederikssund",
    name: "Jobcenter Frederikssund",
    municipality: "Frederikssund Kommune",
    email: "virksomhedsservice@frederikssund.jobcenter.example",
    phone: "47 35 10 00",
    regionId: "nordsjaelland",
    postcodes: [["3600", "Frederikssund", 55.839, 12.069], ["3630", "Jægerspris", 55.855, 11.985], ["3550", "Slangerup", 55.849, 12.183], ["4050", "Skibby", 55.75, 11.963]],
    policy: {
      responseHours: 48,
      countingMode: "CLOCK_HOURS",
      openingHours: DEFAULT_OPENING_HOURS,
      warningAtPercent: 75,
      escalateTeamLeadAfterHours: 0,
      escalateManagerAfterHours: 24,
      extraClosedDays: [],
      note: "Beskæftigelsesplanen: svar på en rekrutteringsanmodning inden der er gået 48 timer, og møde med virksomheden ved mere end fem stillinger.",
      ...DEFAULT_LIFECYCLE_POLICY,
      // "Ved rekruttering af mere end fem personer afholdes møde med virksomheden."
      meetingAbovePositions: 5,
    },
  },
  {
    id: "lolland",
    name: "Jobcenter Lolland",
    municipality: "Lolland Kommune",
    email: "virksomhedsservice@lolland.jobcenter.example",
    phone: "54 67 67 67",
    regionId: "sjaelland",
    postcodes: [
      ["4900", "Nakskov", 54.831, 11.137], ["4930", "Maribo", 54.776, 11.501], ["4990", "Sakskøbing", 54.8, 11.641], ["4970", "Rødby", 54.695, 11.389], ["4960", "Holeby", 54.71, 11.462],
      ["4941", "Bandholm", 54.834, 11.492], ["4943", "Torrig L", 54.88, 11.255], ["4944", "Fejø", 54.948, 11.417], ["4945", "Femø", 54.983, 11.538], ["4951", "Nørreballe", 54.79, 11.43],
      ["4952", "Stokkemarke", 54.835, 11.371], ["4953", "Vesterborg", 54.86, 11.29], ["4983", "Dannemare", 54.738, 11.203], ["4895", "Errindlev", 54.668, 11.52],
      ["4912", "Harpelunde", 54.868, 11.125], ["4913", "Horslunde", 54.91, 11.205], ["4920", "Søllested", 54.808, 11.29],
    ],
    policy: {
      responseHours: 24,
      countingMode: "CLOCK_HOURS",
      openingHours: DEFAULT_OPENING_HOURS,
      warningAtPercent: 75,
      escalateTeamLeadAfterHours: 0,
      escalateManagerAfterHours: 24,
      extraClosedDays: [],
      note: "Beskæftigelsesplanen: svar inden for 24 timer.",
      ...DEFAULT_LIFECYCLE_POLICY,
    },
  },
];

/** A goal of a plan as reference data; a share as a fraction. */
export type ReferenceGoal = {
  jobcentreId: string;
  measure: GoalMeasure;
  comparator: GoalComparator;
  target: number | null;
  perItemTarget?: number;
  label: string;
  wording: string;
};

/**
 * The year the plans' goals are loaded for. The seeds are the plans of 2022–2023; the portal starts
 * measuring in 2026, so their goals stand as the current plan until an admin enters the year's own.
 */
export const REFERENCE_GOAL_YEAR = 2026;

// The business-service goals of the four plans (../shared/seeds; ../shared/domain.md, "Plan goals").
// Frederikssund's answer promise names no share, so it is not a goal here: the dashboard shows it anyway.
export const REFERENCE_GOALS: ReferenceGoal[] = [
  {
    jobcentreId: "frederikssund",
    measure: "SATISFIED",
    comparator: "AT_LEAST",
    target: 0.85,
    label: "Resultatmål 5a",
    wording: "Mindst 85 % af virksomhederne, som jobcenteret samarbejder med, udtrykker generel tilfredshed med den service, de får af jobcenteret.",
  },
  {
    jobcentreId: "frederikssund",
    measure: "FORMIDLINGSGRAD",
    comparator: "AT_LEAST_NATIONAL",
    target: null,
    label: "Resultatmål 5b",
    wording: "Andelen af jobordrer (rekrutteringsanmodninger) der formidles skal mindst være på niveau med landsgennemsnittet.",
  },
  {
    jobcentreId: "frederikssund",
    measure: "BESAETTELSESGRAD",
    comparator: "AT_LEAST_NATIONAL",
    target: null,
    label: "Resultatmål 5b",
    wording: "Andelen af jobordrer (rekrutteringsanmodninger) der besættes skal mindst være på niveau med landsgennemsnittet.",
  },
  {
    jobcentreId: "frederikssund",
    measure: "PROGRAMME_COVERAGE",
    comparator: "AT_LEAST",
    target: 1,
    label: "Besøg og opfølgning",
    wording: "Alle virksomheder med mere end 3 ansatte vil blive tilbudt et besøg – og et opfølgende besøg.",
  },
  {
    jobcentreId: "lolland",
    measure: "ORDERS_FILLED",
    comparator: "AT_LEAST",
    target: 0.75,
    label: "Rekrutteringsenheden",
    wording: "Minimum 75 % af alle jobordrer til Jobcentrets Rekrutteringsenhed skal resultere i en ansættelse.",
  },
  {
    jobcentreId: "lejre",
    measure: "ORDERS_RECEIVED",
    comparator: "AT_LEAST",
    target: 75,
    label: "Virksomhedsrettet mål",
    wording: "Målet er, at der skal indhentes 75 jobordrer i løbet af året.",
  },
  {
    jobcentreId: "faxe",
    measure: "COMPANY_VISITS",
    comparator: "AT_LEAST",
    target: 450,
    label: "Virksomhedsbesøg",
    wording: "Jobcenter Faxe forventer at nå det ønskede mål på 450 virksomhedsbesøg om året.",
  },
  {
    jobcentreId: "faxe",
    measure: "CAMPAIGNS",
    comparator: "AT_LEAST",
    target: 3,
    perItemTarget: 150,
    label: "Oplysningskampagner",
    wording: "Gennemføre mindst 3 oplysningskampagner målrettet lokale virksomheder. Der vil for hver kampagne blive besøgt mindst 150 virksomheder.",
  },
];

/** The national figures the plans quote (Frederikssund's plan, from STAR, for 2022). */
export const REFERENCE_NATIONAL_FIGURES: Array<{ measure: "FORMIDLINGSGRAD" | "BESAETTELSESGRAD"; year: number; value: number; source: string }> = [
  { measure: "FORMIDLINGSGRAD", year: 2022, value: 0.72, source: "STAR, gengivet i Beskæftigelsesplan 2023 for Frederikssund Kommune" },
  { measure: "BESAETTELSESGRAD", year: 2022, value: 0.22, source: "STAR, gengivet i Beskæftigelsesplan 2023 for Frederikssund Kommune" },
];


/**
 * The standard terms of a jobcentre's partnership agreements, where its plan names them: Frederikssund's lists
 * both sides' commitments (seed 002, "Partnerskabsaftaler"). The plan names no fast-track promise; 24 hours
 * (half of its 48) is the reference choice, as data a new agreement can change.
 */
export const REFERENCE_PARTNERSHIP_TERMS: Array<{ jobcentreId: string; companyCommitments: string[]; jobcentreCommitments: string[]; fastTrackResponseHours: number }> = [
  {
    jobcentreId: "frederikssund",
    companyCommitments: [
      "Bruge Job- og virksomhedsindsats, blandt andet til annoncering på Jobnet.dk, i det omfang det er nødvendigt",
      "Påtage sig et socialt ansvar og løse sociale opgaver i et samarbejde",
      "Have en fast kontaktperson til samarbejdet",
      "Deltage i udvælgelsen af de personer, der henvises til virksomheden",
      "Afsætte tid og ressourcer til at introducere og oplære personen",
      "Løbende forholde sig til muligheden for at oprette (ekstra) lære- og elevpladser, herunder også pladser til voksenlærlinge",
      "Etablere fleks-praktikpladser: en kombination af lønnede timer og praktik",
    ],
    jobcentreCommitments: [
      "Have en fast kontaktperson til virksomheden og ledelsesmæssig fokus på samarbejdet",
      "Give virksomheden fast track i forhold til opfølgning og rekruttering",
      "Opkvalificere virksomhedens kontaktperson(er) til opgaven",
    ],
    fastTrackResponseHours: 24,
  },
];

/**
 * Lolland's five focus branches (seed 003) as DB25 divisions (two digits, read the same in DB07): construction
 * for the Femern tunnel, manufacturing and crafts, trade, tourism and experiences, care. Where the plan names
 * a branch and not its codes, the divisions are the reference choice, as data an admin can change.
 */
export const REFERENCE_FOCUS_BRANCHES: Array<{ jobcentreId: string; name: string; industryCodes: string[] }> = [
  { jobcentreId: "lolland", name: "Bygge og anlæg", industryCodes: ["41", "42", "43"] },
  {
    jobcentreId: "lolland",
    name: "Industri og håndværk",
    industryCodes: ["10", "11", "13", "14", "15", "16", "17", "18", "20", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "32", "33", "95"],
  },
  { jobcentreId: "lolland", name: "Handel og service", industryCodes: ["45", "46", "47", "77", "81", "82", "96"] },
  { jobcentreId: "lolland", name: "Turisme og oplevelser", industryCodes: ["55", "56", "79", "90", "91", "93"] },
  { jobcentreId: "lolland", name: "Omsorg og pleje", industryCodes: ["86", "87", "88"] },
];
