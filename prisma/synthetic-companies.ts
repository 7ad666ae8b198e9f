// Invented CVR extracts for the demo: companies in each jobcentre's postcodes with valid CVR numbers, some
// with production units, bands from 1 to 500+ employees, DB25 codes (a few older DB07 ones) and a few with
// advertising protection. Same seed, same file. Imported through the import itself, as a team lead would.
import { COMPANY_COLUMNS } from "../app/schemas/company";
import { formatCsv } from "../app/utils/csv";
import { isValidCvr } from "../app/utils/cvr";
import { mulberry32 } from "./synthetic-jobseekers";

const TRADES: Array<[name: string, code: string]> = [
  ["Maskinfabrik", "282900"],
  ["Byg & Anlæg", "412000"],
  ["Tømrerfirma", "433200"],
  ["VVS", "432200"],
  ["Bageri", "107100"],
  ["Supermarked", "471100"],
  ["Plejehjem", "871000"],
  ["Vognmandsforretning", "494100"],
  ["Hotel & Konference", "551000"],
  ["Revision", "692000"],
  ["Landbrug", "011100"],
  ["Rengøring", "812100"],
];
const PLACES = ["Nord", "Syd", "Øst", "Vest", "Centrum", "Havn", "Bakke", "Å", "Skov", "Strand"];
const FORMS = ["A/S", "ApS", "I/S", ""];
const BANDS = ["1", "2-4", "5-9", "10-19", "20-49", "50-99", "100-199", "200-499", "500-999"];
const STREETS = ["Industrivej", "Havnegade", "Storegade", "Østergade", "Vestergade", "Erhvervsvej", "Stationsvej"];

function validCvr(rng: () => number): string {
  for (;;) {
    const cvr = String(10_000_000 + Math.floor(rng() * 89_999_999));
    if (isValidCvr(cvr)) return cvr;
  }
}

/** A CVR extract of `count` companies in the postcodes, as the import takes it. */
export function makeSyntheticCompanyCsv(postcodes: Array<[postcode: string, city: string]>, count: number, seed: number): string {
  const rng = mulberry32(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(rng() * items.length)]!;
  const rows: string[][] = [[...COMPANY_COLUMNS]];
  const used = new Set<string>();
  for (let i = 0; i < count; i++) {
    let cvr = validCvr(rng);
    while (used.has(cvr)) cvr = validCvr(rng);
    used.add(cvr);
    const [trade, code] = pick(TRADES);
    const [postcode, city] = pick(postcodes);
    const name = `${city} ${trade} ${pick(PLACES)} ${pick(FORMS)}`.trim();
    const classification = rng() < 0.1 ? "DB07" : "DB25";
    const band = pick(BANDS);
    rows.push([cvr, "", name, `${pick(STREETS)} ${1 + Math.floor(rng() * 80)}`, postcode, city, code, classification, band, rng() < 0.08 ? "ja" : "nej"]);
    if (rng() < 0.2) {
      const [unitPostcode, unitCity] = pick(postcodes);
      rows.push([cvr, `1${cvr}${i % 10}`, `${name}, afd. ${unitCity}`, `${pick(STREETS)} ${1 + Math.floor(rng() * 80)}`, unitPostcode, unitCity, code, classification, pick(BANDS.slice(0, 4)), ""]);
    }
  }
  return "\uFEFF" + formatCsv(rows, ";");
}
