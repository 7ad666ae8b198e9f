// The four jobcentres of the seeds (../shared/seeds), their postcodes and first response policies.
// Loaded by scripts/seed.ts; a real deployment loads its own jobcentres the same way.
// Lolland (24 h) and Frederikssund (48 h) promises come from their plans; Faxe and Lejre publish no
// response promise, so theirs are demo assumptions in working hours, to show the other counting mode.
import type { CountingMode } from "@prisma/client";
import { DEFAULT_OPENING_HOURS, type OpeningHours } from "../app/utils/deadlines";

export type ReferenceJobcentre = {
  id: string;
  name: string;
  municipality: string;
  email: string;
  phone: string;
  postcodes: Array<[postcode: string, city: string]>;
  policy: {
    responseHours: number;
    countingMode: CountingMode;
    openingHours: OpeningHours;
    warningAtPercent: number;
    escalateTeamLeadAfterHours: number;
    escalateManagerAfterHours: number;
    extraClosedDays: string[];
    note: string;
  };
};

const closedChristmas2026 = ["2026-12-24", "2026-12-31", "2027-06-05"];

export const REFERENCE_JOBCENTRES: ReferenceJobcentre[] = [
  {
    id: "faxe",
    name: "Jobcenter Faxe",
    municipality: "Faxe Kommune",
    email: "virksomhedsservice@faxe.jobcenter.example",
    phone: "56 20 30 00",
    postcodes: [["4640", "Faxe"], ["4654", "Faxe Ladeplads"], ["4690", "Haslev"], ["4683", "Rønnede"], ["4653", "Karise"], ["4682", "Tureby"]],
    policy: {
      responseHours: 15,
      countingMode: "WORKING_HOURS",
      openingHours: DEFAULT_OPENING_HOURS,
      warningAtPercent: 75,
      escalateTeamLeadAfterHours: 0,
      escalateManagerAfterHours: 8,
      extraClosedDays: closedChristmas2026,
      note: "Demo: svar inden for to arbejdsdage (15 arbejdstimer).",
    },
  },
  {
    id: "lejre",
    name: "Jobcenter Lejre",
    municipality: "Lejre Kommune",
    email: "virksomhedsservice@lejre.jobcenter.example",
    phone: "46 46 46 46",
    postcodes: [["4320", "Lejre"], ["4330", "Hvalsø"], ["4070", "Kirke Hyllinge"], ["4060", "Kirke Såby"]],
    policy: {
      responseHours: 24,
      countingMode: "WORKING_HOURS",
      openingHours: DEFAULT_OPENING_HOURS,
      warningAtPercent: 75,
      escalateTeamLeadAfterHours: 0,
      escalateManagerAfterHours: 8,
      extraClosedDays: closedChristmas2026,
      note: "Demo: svar inden for 24 arbejdstimer.",
    },
  },
  {
    id: "frederikssund",
    name: "Jobcenter Frederikssund",
    municipality: "Frederikssund Kommune",
    email: "virksomhedsservice@frederikssund.jobcenter.example",
    phone: "47 35 10 00",
    postcodes: [["3600", "Frederikssund"], ["3630", "Jægerspris"], ["3550", "Slangerup"], ["4050", "Skibby"]],
    policy: {
      responseHours: 48,
      countingMode: "CLOCK_HOURS",
      openingHours: DEFAULT_OPENING_HOURS,
      warningAtPercent: 75,
      escalateTeamLeadAfterHours: 0,
      escalateManagerAfterHours: 24,
      extraClosedDays: [],
      note: "Beskæftigelsesplanen: svar på en rekrutteringsanmodning inden der er gået 48 timer.",
    },
  },
  {
    id: "lolland",
    name: "Jobcenter Lolland",
    municipality: "Lolland Kommune",
    email: "virksomhedsservice@lolland.jobcenter.example",
    phone: "54 67 67 67",
    postcodes: [
      ["4900", "Nakskov"], ["4930", "Maribo"], ["4990", "Sakskøbing"], ["4970", "Rødby"], ["4960", "Holeby"],
      ["4941", "Bandholm"], ["4943", "Torrig L"], ["4944", "Fejø"], ["4945", "Femø"], ["4951", "Nørreballe"],
      ["4952", "Stokkemarke"], ["4953", "Vesterborg"], ["4983", "Dannemare"], ["4895", "Errindlev"],
      ["4912", "Harpelunde"], ["4913", "Horslunde"], ["4920", "Søllested"],
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
    },
  },
];
