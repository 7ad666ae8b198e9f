// Who does what with job orders (decision 005, "Roles"). Browser-safe: the pages hide what a role cannot
// do, and the workflow's activities refuse it, from this one rule.
//
// Consultants and team leads own orders and speak for the jobcentre to employers and jobseekers: they
// answer, take candidates through consent, hold meetings and close. Managers watch the figures and get the
// second escalation: they read every order and may hand an order or its tasks to a consultant, but do not
// answer or close in a consultant's name. Administrators keep the policy and the register; on orders they
// read only.
import type { StaffRole } from "@prisma/client";

/** Roles that own orders and tasks and work on them. */
export const ORDER_OWNER_ROLES: readonly StaffRole[] = ["CONSULTANT", "TEAM_LEAD"];

/** Roles that may hand an order or its tasks over to an owner. */
export const HAND_OVER_ROLES: readonly StaffRole[] = ["CONSULTANT", "TEAM_LEAD", "MANAGER"];

export function canWorkOnOrders(user: { role: StaffRole }): boolean {
  return ORDER_OWNER_ROLES.includes(user.role);
}

export function canHandOverOrders(user: { role: StaffRole }): boolean {
  return HAND_OVER_ROLES.includes(user.role);
}

/** What a manager or administrator is told when a step is not theirs. */
export const NOT_AN_OWNER_MESSAGE = "Din rolle kan se jobordren, men ikke arbejde på den. Det gør virksomhedskonsulenter og teamledere.";

/** Roles that lead: they see the jobcentre's figures (a consultant sees their own) and import the register. */
export const LEAD_ROLES: ReadonlySet<StaffRole> = new Set<StaffRole>(["TEAM_LEAD", "MANAGER", "ADMIN"]);
