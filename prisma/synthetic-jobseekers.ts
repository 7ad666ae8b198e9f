// Synthetic jobseekers for the demo and for load: plausible Danish registers made from a seed, so the
// same seed always gives the same people. Every person is invented; emails are on .example domains and
// nobody gets a phone number, since any 8 digits may belong to someone real.
import type { BenefitGroup } from "@prisma/client";
import type { JobseekerInput } from "../app/models/jobseeker/register.server";

/** mulberry32: a tiny, fast PRNG; plenty for demo data and identical on every platform. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

type Rng = () => number;

const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;

function weighted<T>(rng: Rng, entries: ReadonlyArray<readonly [T, number]>): T {
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  let r = rng() * total;
  for (const [value, w] of entries) {
    r -= w;
    if (r < 0) return value;
  }
  return entries[entries.length - 1]![0];
}

/** Up to n distinct items, in random order. */
function some<T>(rng: Rng, items: readonly T[], min: number, max: number): T[] {
  const n = Math.min(items.length, min + Math.floor(rng() * (max - min + 1)));
  const pool = [...items];
  const out: T[] = [];
  while (out.length < n) out.push(pool.splice(Math.floor(rng() * pool.length), 1)[0]!);
  return out;
}

const chance = (rng: Rng, p: number) => rng() < p;

type Branch = {
  key: string;
  label: string; // "inden for {label}" in the CV
  occupations: string[]; // DISCO-08 titles as Jobnet writes them
  skills: string[];
  certificates: Array<[certificate: string, probability: number]>;
  heavyLicences?: Array<[licences: string[], probability: number]>;
  entryLevel: string[]; // what someone without experience looks for
};

const BRANCHES: Branch[] = [
  {
    key: "bygge",
    label: "bygge og anlæg",
    occupations: ["Murer", "Tømrer", "Anlægsarbejder", "Stilladsmontør", "Betonarbejder", "Entreprenørmaskinfører", "Bygningsmaler", "Brolægger", "Jord- og betonarbejder"],
    skills: ["Forskalling", "Armering", "Betonstøbning", "Murerarbejde", "Gipsvægge", "Tagarbejde", "Kloakarbejde", "Opmåling", "Tegningslæsning", "Afstivning af udgravninger"],
    certificates: [["Stilladsuddannelse", 0.35], ["Sikkerhedskursus", 0.5], ["§26-bevis", 0.25], ["Kranførercertifikat", 0.12], ["Førstehjælpsbevis", 0.2]],
    heavyLicences: [[["C"], 0.08], [["C", "CE"], 0.06]],
    entryLevel: ["Anlægsarbejder", "Byggepladsmedhjælper"],
  },
  {
    key: "industri",
    label: "industri og håndværk",
    occupations: ["Smed", "Svejser", "CNC-operatør", "Industritekniker", "Elektriker", "Produktionsmedarbejder", "Maskinoperatør", "Klejnsmed", "Automekaniker"],
    skills: ["MIG/MAG-svejsning", "TIG-svejsning", "CNC-fræsning", "CNC-drejning", "Tegningslæsning", "Vedligehold af maskiner", "Kvalitetskontrol", "PLC-programmering", "Montage", "Lean"],
    certificates: [["Svejsecertifikat", 0.3], ["Truckcertifikat", 0.35], ["Sikkerhedskursus", 0.3], ["Kranførercertifikat", 0.1], ["Førstehjælpsbevis", 0.15]],
    entryLevel: ["Produktionsmedarbejder", "Maskinoperatør"],
  },
  {
    key: "handel",
    label: "handel og service",
    occupations: ["Butiksassistent", "Salgsassistent", "Butiksmedhjælper", "Kassemedarbejder", "Kundeservicemedarbejder", "Varehusmedarbejder"],
    skills: ["Kundeservice", "Kasseekspedition", "Varepåfyldning", "Salg", "Vareeksponering", "Lagerstyring", "Reklamationer"],
    certificates: [["Førstehjælpsbevis", 0.15], ["Truckcertifikat", 0.1]],
    entryLevel: ["Butiksmedhjælper", "Varehusmedarbejder"],
  },
  {
    key: "turisme",
    label: "turisme og oplevelser",
    occupations: ["Hotelreceptionist", "Tjener", "Bartender", "Turistguide", "Campingpladsmedarbejder", "Stuepige", "Forlystelsesmedarbejder"],
    skills: ["Gæsteservice", "Bookingsystemer", "Servering", "Kassebetjening", "Rengøring af værelser", "Omvisning", "Events"],
    certificates: [["Hygiejnebevis", 0.3], ["Førstehjælpsbevis", 0.3]],
    entryLevel: ["Campingpladsmedarbejder", "Stuepige", "Forlystelsesmedarbejder"],
  },
  {
    key: "omsorg",
    label: "omsorg og pleje",
    occupations: ["Social- og sundhedshjælper", "Social- og sundhedsassistent", "Pædagogmedhjælper", "Handicaphjælper", "Hjemmehjælper", "Sygehusportør"],
    skills: ["Personlig pleje", "Demensomsorg", "Dokumentation i omsorgssystem", "Forflytning", "Medicinhåndtering", "Aktivering af borgere", "Pædagogiske aktiviteter"],
    certificates: [["Førstehjælpsbevis", 0.6], ["Forflytningskursus", 0.4], ["Hygiejnebevis", 0.15]],
    entryLevel: ["Pædagogmedhjælper", "Hjemmehjælper", "Handicaphjælper"],
  },
  {
    key: "transport",
    label: "transport og lager",
    occupations: ["Lagerarbejder", "Truckfører", "Lastbilchauffør", "Buschauffør", "Varebilschauffør", "Pakkerimedarbejder", "Postbud"],
    skills: ["Plukning", "Scanner og WMS", "Ruteplanlægning", "Godshåndtering", "Lastsikring", "Pakning", "Kunde- og passagerservice"],
    certificates: [["Truckcertifikat", 0.55], ["ADR-bevis", 0.15], ["Chaufføruddannelse (EU-efteruddannelse)", 0.2], ["Førstehjælpsbevis", 0.2]],
    heavyLicences: [[["C", "CE"], 0.25], [["C"], 0.1], [["D"], 0.1]],
    entryLevel: ["Lagerarbejder", "Pakkerimedarbejder"],
  },
  {
    key: "kontor",
    label: "kontor og administration",
    occupations: ["Kontorassistent", "Administrativ medarbejder", "Bogholderiassistent", "Receptionist", "Lønbogholder", "Kundeservicemedarbejder"],
    skills: ["Bogføring", "Microsoft Office", "Telefonpasning", "Fakturering", "Journalisering", "e-conomic", "Dataregistrering", "Lønadministration"],
    certificates: [["Førstehjælpsbevis", 0.05]],
    entryLevel: ["Kontorassistent", "Receptionist"],
  },
  {
    key: "rengoring",
    label: "rengøring",
    occupations: ["Rengøringsassistent", "Servicemedarbejder", "Vinduespudser", "Rengøringsmedarbejder på hospital"],
    skills: ["Erhvervsrengøring", "Maskinrengøring", "Hospitalsrengøring", "Hovedrengøring", "Gulvbehandling", "Affaldssortering"],
    certificates: [["Sikkerhedskursus", 0.15], ["Hygiejnebevis", 0.15]],
    entryLevel: ["Rengøringsassistent", "Servicemedarbejder"],
  },
  {
    key: "kokken",
    label: "køkken og kantine",
    occupations: ["Køkkenmedhjælper", "Kok", "Opvasker", "Ernæringsassistent", "Cafémedarbejder", "Kantinemedarbejder"],
    skills: ["Madlavning", "Opvask", "Grøntsagsforarbejdning", "Anretning", "Storkøkken", "Bagning", "Diætkost"],
    certificates: [["Hygiejnebevis", 0.75], ["Førstehjælpsbevis", 0.1]],
    entryLevel: ["Køkkenmedhjælper", "Opvasker", "Cafémedarbejder"],
  },
];

// The seeds' focus branches weigh more where they are named (Lolland: Femern, industry, tourism, care).
const BRANCH_WEIGHTS: Record<string, Partial<Record<string, number>>> = {
  lolland: { bygge: 3, industri: 2, handel: 2, turisme: 2, omsorg: 2 },
  frederikssund: { transport: 2, omsorg: 2, handel: 2 },
  faxe: { industri: 2, transport: 2, bygge: 1.5 },
  lejre: { omsorg: 2, handel: 1.5, kokken: 1.5 },
};

const BENEFIT_MIX: Array<[BenefitGroup, number]> = [
  ["UNEMPLOYMENT_BENEFIT", 55],
  ["JOB_READY_CASH_BENEFIT", 20],
  ["EDUCATION_BENEFIT", 10],
  ["FLEX_JOB_ELIGIBLE", 8],
  ["IGU_ELIGIBLE_REFUGEE", 7],
];

type Origin = "dansk" | "polsk" | "ukrainsk" | "arabisk" | "tigrinya";

const NAMES: Record<Origin, { female: string[]; male: string[]; last: string[] }> = {
  dansk: {
    female: ["Anne", "Mette", "Kirsten", "Hanne", "Susanne", "Lene", "Marianne", "Camilla", "Louise", "Maria", "Sofie", "Ida", "Emma", "Julie", "Line", "Tina", "Pia", "Signe", "Maja", "Laura", "Karina", "Dorte", "Helle", "Bente", "Nanna", "Cecilie"],
    male: ["Jens", "Peter", "Lars", "Michael", "Henrik", "Søren", "Thomas", "Jesper", "Morten", "Anders", "Niels", "Rasmus", "Martin", "Kasper", "Mads", "Frederik", "Mikkel", "Jonas", "Emil", "Lasse", "Brian", "Kim", "Allan", "Torben", "Kenneth", "Bo"],
    last: ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen", "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Christiansen", "Poulsen", "Johansen", "Møller", "Mortensen", "Knudsen", "Jakobsen", "Lund", "Holm", "Frederiksen", "Mikkelsen", "Dahl", "Kjær", "Bech", "Friis"],
  },
  polsk: {
    female: ["Agnieszka", "Katarzyna", "Magdalena", "Joanna", "Anna", "Ewa"],
    male: ["Piotr", "Tomasz", "Krzysztof", "Marek", "Paweł", "Łukasz"],
    last: ["Kowalski", "Nowak", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowski", "Zielińska", "Szymańska"],
  },
  ukrainsk: {
    female: ["Olena", "Iryna", "Oksana", "Natalia", "Tetiana", "Yulia"],
    male: ["Oleksandr", "Andrii", "Serhii", "Dmytro", "Mykola", "Vasyl"],
    last: ["Kovalenko", "Shevchenko", "Bondarenko", "Tkachenko", "Melnyk", "Kravchenko", "Boyko", "Moroz"],
  },
  arabisk: {
    female: ["Fatima", "Amira", "Rania", "Layla", "Nour", "Hala"],
    male: ["Ahmad", "Mohammad", "Omar", "Khaled", "Yousef", "Ali"],
    last: ["Al-Hassan", "Haddad", "Khalil", "Mansour", "Saleh", "Ibrahim", "Darwish", "Al-Ahmad"],
  },
  tigrinya: {
    female: ["Semhar", "Helen", "Selam", "Luwam", "Senait", "Rahel"],
    male: ["Yonas", "Tesfay", "Dawit", "Filmon", "Robel", "Samuel"],
    last: ["Tesfamariam", "Berhane", "Ghebremedhin", "Haile", "Kidane", "Woldu", "Asmerom", "Tekle"],
  },
};

function originOf(rng: Rng, benefit: BenefitGroup): Origin {
  if (benefit === "IGU_ELIGIBLE_REFUGEE") return weighted<Origin>(rng, [["arabisk", 4], ["tigrinya", 3], ["ukrainsk", 3]]);
  return weighted<Origin>(rng, [["dansk", 86], ["polsk", 6], ["ukrainsk", 3], ["arabisk", 3], ["tigrinya", 2]]);
}

function languagesOf(rng: Rng, origin: Origin, refugee: boolean): string[] {
  const languages: string[] = [];
  const add = (language: string, p: number) => {
    if (chance(rng, p)) languages.push(language);
  };
  if (origin === "dansk") {
    languages.push("dansk");
    add("engelsk", 0.7);
    add("tysk", 0.2);
  } else {
    languages.push(origin);
    if (origin === "ukrainsk") add("russisk", 0.5);
    if (origin === "tigrinya") add("arabisk", 0.2);
    // Refugees in IGU are still learning Danish; others have mostly lived here longer.
    add("dansk", refugee ? 0.55 : 0.7);
    add("engelsk", origin === "polsk" || origin === "ukrainsk" ? 0.6 : 0.4);
  }
  return languages;
}

/** "Søren Bjørn Møller" → "soeren.bjoern.moeller": the local part of an invented email. */
function emailLocalPart(name: string): string {
  return name
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/ø/g, "oe")
    .replace(/å/g, "aa")
    .normalize("NFKD")
    .replace(/ł/g, "l")
    .replace(/[^a-z\s-]/g, "")
    .trim()
    .replace(/[\s-]+/g, ".");
}

const EMAIL_DOMAINS = ["post.example", "mail.example", "webmail.example", "net.example"];

function hoursOf(rng: Rng, benefit: BenefitGroup): number {
  if (benefit === "FLEX_JOB_ELIGIBLE") return pick(rng, [10, 12, 15, 15, 18, 20, 20, 25]);
  return weighted(rng, [[37, 60], [32, 10], [30, 10], [25, 8], [20, 7], [15, 3], [10, 2]]);
}

function joinDanish(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} og ${items[items.length - 1]}`;
}

function cvOf(
  rng: Rng,
  p: { occupation: string; branch: Branch; years: number; benefit: BenefitGroup; skills: string[]; certificates: string[]; hours: number; maxTravelKm: number; licences: string[] },
): string {
  const sentences: string[] = [];
  const role = p.occupation.toLowerCase();
  if (p.benefit === "IGU_ELIGIBLE_REFUGEE") {
    sentences.push(`Kom til Danmark for ${1 + Math.floor(rng() * 4)} år siden og går på ${pick(rng, ["danskuddannelse 2", "danskuddannelse 3", "sprogskole"])}; har erfaring som ${role} fra hjemlandet.`);
  } else if (p.benefit === "EDUCATION_BENEFIT") {
    sentences.push(`Ung uden erhvervsuddannelse, der gerne vil i gang som ${role} – gerne med praktik eller læreplads undervejs.`);
  } else if (p.years === 0) {
    sentences.push(`Motiveret nybegynder, der søger job som ${role} inden for ${p.branch.label}.`);
  } else {
    sentences.push(`${pick(rng, ["Erfaren", "Stabil og mødestabil", "Fleksibel", "Selvstændig"])} ${role} med ${p.years} års erfaring inden for ${p.branch.label}.`);
  }
  const strengths = [...p.skills.slice(0, 3).map((s) => s.toLowerCase()), ...p.certificates.slice(0, 2).map((c) => c.toLowerCase())];
  if (strengths.length > 0) sentences.push(`${pick(rng, ["Har styr på", "Er god til", "Har erfaring med"])} ${joinDanish(strengths)}.`);
  const licence = p.licences.length > 0 ? `har kørekort ${p.licences.join(", ")} og ` : "";
  const hours =
    p.benefit === "FLEX_JOB_ELIGIBLE"
      ? `Visiteret til fleksjob på ${p.hours} timer om ugen`
      : p.hours >= 37
        ? "Søger fuldtidsjob"
        : `Søger job på ${p.hours} timer om ugen`;
  sentences.push(`${hours}, ${licence}kan arbejde op til ${p.maxTravelKm} km fra bopælen.`);
  return sentences.join(" ");
}

/**
 * `count` invented jobseekers of one jobcentre, living in its `postcodes` (the first, the main town,
 * weighs most). Deterministic for a given seed; references are SYN-<jobcentre>-<number>, so seeding
 * again updates the same people.
 */
export function makeSyntheticJobseekers(jobcentreId: string, postcodes: string[], count: number, seed: number): JobseekerInput[] {
  if (postcodes.length === 0) throw new Error("makeSyntheticJobseekers needs at least one postcode");
  const rng = mulberry32(seed);
  const weights = BRANCH_WEIGHTS[jobcentreId] ?? {};
  const branchEntries = BRANCHES.map((b) => [b, weights[b.key] ?? 1] as const);
  const postcodeEntries = postcodes.map((p, i) => [p, i === 0 ? 4 : i === 1 ? 2 : 1] as const);
  const usedEmails = new Set<string>();
  const people: JobseekerInput[] = [];

  for (let i = 0; i < count; i++) {
    const benefit = weighted(rng, BENEFIT_MIX);
    const refugee = benefit === "IGU_ELIGIBLE_REFUGEE";
    const origin = originOf(rng, benefit);
    const names = NAMES[origin];
    const first = pick(rng, chance(rng, 0.5) ? names.female : names.male);
    const middle = origin === "dansk" && chance(rng, 0.15) ? `${pick(rng, names.last)} ` : "";
    const name = `${first} ${middle}${pick(rng, names.last)}`;

    const branch = weighted(rng, branchEntries);
    const inexperienced = benefit === "EDUCATION_BENEFIT" || chance(rng, 0.15);
    const years = inexperienced ? 0 : 1 + Math.floor(rng() * 20);
    const main = inexperienced ? pick(rng, branch.entryLevel) : pick(rng, branch.occupations);
    const occupations = [main, ...some(rng, branch.occupations.filter((o) => o !== main), 0, 2)];
    // Some look across branches too, mostly towards jobs anyone can start in.
    if (chance(rng, 0.2)) {
      const other = pick(rng, BRANCHES.filter((b) => b !== branch));
      const extra = pick(rng, other.entryLevel);
      if (!occupations.includes(extra)) occupations.push(extra);
    }
    const skills = some(rng, branch.skills, inexperienced ? 1 : 2, inexperienced ? 2 : 5);
    const certificates = branch.certificates.filter(([, p]) => chance(rng, inexperienced ? p / 2 : p)).map(([c]) => c);

    const licences: string[] = [];
    if (chance(rng, refugee ? 0.3 : benefit === "EDUCATION_BENEFIT" ? 0.55 : 0.8)) licences.push("B");
    if (licences.length > 0 && !inexperienced) {
      for (const [extra, p] of branch.heavyLicences ?? []) {
        if (chance(rng, p)) {
          for (const l of extra) if (!licences.includes(l)) licences.push(l);
          break;
        }
      }
    }
    if (occupations.includes("Lastbilchauffør") && !licences.includes("C")) licences.push("C", "CE");
    if (occupations.includes("Buschauffør") && !licences.includes("D")) licences.push("D");
    if ((licences.includes("C") || licences.includes("D")) && !licences.includes("B")) licences.unshift("B");

    const hours = hoursOf(rng, benefit);
    // With a car people travel further; without one the bus decides.
    const maxTravelKm = licences.includes("B") ? 15 + 5 * Math.floor(rng() * 10) : 5 + 5 * Math.floor(rng() * 4);

    let email: string | null = null;
    if (chance(rng, 0.85)) {
      const base = emailLocalPart(name);
      let candidate = `${base}@${pick(rng, EMAIL_DOMAINS)}`;
      for (let n = 2; usedEmails.has(candidate); n++) candidate = `${base}${n}@${candidate.split("@")[1]}`;
      usedEmails.add(candidate);
      email = candidate;
    }

    people.push({
      externalRef: `SYN-${jobcentreId}-${String(i + 1).padStart(5, "0")}`,
      name,
      email,
      phone: null,
      postcode: weighted(rng, postcodeEntries),
      maxTravelKm,
      hoursPerWeek: hours,
      benefitGroup: benefit,
      occupations,
      skills,
      certificates,
      drivingLicences: licences,
      languages: languagesOf(rng, origin, refugee),
      cvSummary: cvOf(rng, { occupation: main, branch, years, benefit, skills, certificates, hours, maxTravelKm, licences }),
      contactConsent: chance(rng, 0.85),
    });
  }
  return people;
}
