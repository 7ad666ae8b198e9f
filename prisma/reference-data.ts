// The four jobcentres of the seeds (../shared/seeds), their postcodes and first response policies.
// Loaded by `npm run db:seed` (scripts/seed.ts); a real deployment loads its own jobcentres the same way.
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
    },
  },
  {
    id: "lejre",
    name: "Jobcenter Lejre",
    municipality: "Lejre Kommune",
    email: "virksomhedsservice@lejre.jobcenter.example",
    phone: "46 46 46 46",
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
    },
  },
  {
    id: "frederikssund",
    name: "Jobcenter Frederikssund",
    municipality: "Frederikssund Kommune",
    email: "virksomhedsservice@frederikssund.jobcenter.example",
    phone: "47 35 10 00",
    postcodes: [["3600", "Frederikssund", 55.839, 12.069], ["3630", "Jægerspris", 55.855, 11.985], ["3550", "Slangerup", 55.849, 12.183], ["4050", "Skibby", 55.75, 11.963]],
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
    },
  },
];
