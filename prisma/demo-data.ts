// Invented data of the shapes the portal takes, for the demo (`npm start`, `npm run db:seed -- --demo`)
// and the tests (tests/factories re-exports it): valid CVR numbers, staff users with the demo password, the
// public form as an employer fills it in. Never loaded by `npm run db:seed` without --demo.
import crypto from "node:crypto";
import type { PrismaClient, StaffRole, User } from "@prisma/client";
import { danishToday } from "../app/schemas/job-order";
import { addCalendarDays } from "../app/utils/local-date";
import { hashPassword } from "../app/utils/password.server";

/** The one password of every demo staff user (README, "Demo users"). */
export const DEMO_PASSWORD = "Demo-adgangskode-2026";

const CVR_WEIGHTS = [2, 7, 6, 5, 4, 3, 2, 1];

/** A random CVR number that passes the modulus-11 check. */
export function makeCvr(): string {
  for (;;) {
    const digits = [1 + crypto.randomInt(9), ...Array.from({ length: 6 }, () => crypto.randomInt(10))];
    const partial = digits.reduce((sum, d, i) => sum + d * CVR_WEIGHTS[i]!, 0);
    const check = (11 - (partial % 11)) % 11; // weight 1 on the last digit
    if (check <= 9) return [...digits, check].join("");
  }
}

/** Eight hex characters: keeps invented names, addresses and numbers apart between runs and tests. */
export function uniqueSuffix(): string {
  return crypto.randomBytes(4).toString("hex");
}

/** A staff user with a hashed password (the demo password unless given). */
export async function createStaffUser(
  prisma: PrismaClient,
  input: { jobcentreId: string; role?: StaffRole; name?: string; email?: string; password?: string },
): Promise<User> {
  const suffix = uniqueSuffix();
  return prisma.user.create({
    data: {
      jobcentreId: input.jobcentreId,
      role: input.role ?? "CONSULTANT",
      name: input.name ?? `Konsulent ${suffix}`,
      email: (input.email ?? `konsulent-${suffix}@${input.jobcentreId}.jobcenter.example`).toLowerCase(),
      passwordHash: await hashPassword(input.password ?? DEMO_PASSWORD),
    },
  });
}

/** Values of the public job order form, as an employer would type them. */
export function jobOrderFormValues(overrides: Record<string, string> = {}): Record<string, string> {
  const suffix = uniqueSuffix();
  return {
    cvr: makeCvr(),
    companyName: `Nakskov Maskinfabrik ${suffix} A/S`,
    companyAddress: "Havnegade 12",
    companyPostcode: "4900",
    contactName: "Mette Hansen",
    contactEmail: `mette.hansen+${suffix}@virksomhed.example`,
    contactPhone: "20 30 40 50",
    title: "CNC-operatør",
    description: "Vi søger en erfaren CNC-operatør til dag- og aftenhold i vores produktion.",
    positions: "2",
    kind: "ORDINARY",
    hoursPerWeek: "37",
    // Some weeks ahead in Copenhagen: a start date the form accepts whenever it is run.
    startDate: addCalendarDays(danishToday(), 40),
    workplacePostcode: "4900",
    requirements: "Erfaring med CNC-fræsning, truckcertifikat er en fordel.",
    ...overrides,
  };
}
