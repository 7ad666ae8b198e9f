// What an order's employer wrote about the company, set against the register: the order keeps its own copy,
// and staff see where the two differ and may take the employer's version over (app/models/company).

/** What staff may take over from an order into the register. */
export const TAKE_OVER_FIELDS = ["name", "address"] as const;
export type TakeOverField = (typeof TAKE_OVER_FIELDS)[number];

export type CompanyAddress = { name: string; address: string; postcode: string; city: string | null };

export const TAKE_OVER_LABELS: Record<TakeOverField, string> = { name: "Navn", address: "Adresse" };

/** Compared as people read them: case and runs of spaces do not make a difference. */
function same(a: string | null, b: string | null): boolean {
  const norm = (v: string | null) => (v ?? "").trim().replace(/\s+/g, " ").toLocaleLowerCase("da-DK");
  return norm(a) === norm(b);
}

/** The fields in which the employer's version differs from the register's (the address with its postcode). */
export function statedDifferences(register: CompanyAddress, stated: CompanyAddress): TakeOverField[] {
  const fields: TakeOverField[] = [];
  if (!same(register.name, stated.name)) fields.push("name");
  if (!same(register.address, stated.address) || register.postcode !== stated.postcode) fields.push("address");
  return fields;
}

export function formatAddress(a: Pick<CompanyAddress, "address" | "postcode" | "city">): string {
  return `${a.address}, ${a.postcode}${a.city ? ` ${a.city}` : ""}`;
}
