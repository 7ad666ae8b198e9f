// Postcodes and their towns (reference data, prisma/load-reference-data.ts): the one lookup the pages,
// the intake, the register and the activities use.
import type { Prisma, PrismaClient } from "@prisma/client";

type Db = PrismaClient | Prisma.TransactionClient;

/** The town of a postcode, or null for a postcode the portal does not know. */
export async function townOf(db: Db, postcode: string): Promise<string | null> {
  return (await db.postcodeArea.findUnique({ where: { postcode }, select: { city: true } }))?.city ?? null;
}

/** The towns of several postcodes in one query; unknown ones are missing from the map. */
export async function townsOf(db: Db, postcodes: string[]): Promise<Map<string, string>> {
  const areas = await db.postcodeArea.findMany({ where: { postcode: { in: [...new Set(postcodes)] } }, select: { postcode: true, city: true } });
  return new Map(areas.map((a) => [a.postcode, a.city]));
}

/** "4900 Nakskov", or the postcode alone when its town is unknown: how mails name a workplace. */
export async function placeOf(db: Db, postcode: string): Promise<string> {
  const town = await townOf(db, postcode);
  return town ? `${postcode} ${town}` : postcode;
}

/** Every postcode the portal knows with its town, for forms that name the town as the number is typed. */
export async function listTowns(db: Db): Promise<Record<string, string>> {
  const areas = await db.postcodeArea.findMany({ select: { postcode: true, city: true }, orderBy: { postcode: "asc" } });
  return Object.fromEntries(areas.map((a) => [a.postcode, a.city]));
}
