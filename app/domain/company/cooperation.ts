// The samarbejdsgrad (jobindsats, 2017 definition): the companies with at least one employee that had contact
// with the jobcentre about løntilskud, praktik, jobrotation, skånejob, fleksjob or mentor, ÷ all such companies,
// each company once. In the portal, "contact about a scheme" is a job order of one of those kinds the jobcentre
// received, or a held visit that came to interest in schemes; "all such companies" are those of the jobcentre's
// register whose employee band is known and not 0. Pure: the figures' SQL and the page's note read it.
import type { EmployeeBand, JobOrderKind, VisitOutcome } from "@prisma/client";

export const COOPERATION_ORDER_KINDS = ["WAGE_SUBSIDY", "COMPANY_INTERNSHIP", "JOB_ROTATION", "FLEX_JOB"] as const satisfies readonly JobOrderKind[];

export const COOPERATION_VISIT_OUTCOMES = ["SCHEMES"] as const satisfies readonly VisitOutcome[];

/** Bands of a company with no employees: not in the samarbejdsgrad's count. */
export const NO_EMPLOYEE_BANDS = ["E0"] as const satisfies readonly EmployeeBand[];

export const COOPERATION_NOTE =
  "Som jobindsats: virksomheder med mindst én ansat, som jobcentret har haft kontakt med om løntilskud, praktik, jobrotation eller fleksjob (en jobordre af den slags eller et besøg, der førte til interesse for ordninger) i året, ÷ alle virksomheder med ansatte i jobcentrets register. Virksomheder uden kendt antal ansatte tæller ikke med.";
