// The minimal CV a jobseeker consents to share with an employer: enough to judge and contact them,
// nothing more. Benefit group, reference, address and travel distance stay with the jobcentre.
// Shared by the activity that snapshots it, the consent page that shows it and the employer's page.

export type MinimalCv = {
  name: string;
  occupations: string[];
  skills: string[];
  certificates: string[];
  drivingLicences: string[];
  languages: string[];
  hoursPerWeek: number;
  summary: string;
  email: string | null;
  phone: string | null;
  /** Town only ("Nakskov"), never the address. */
  town: string | null;
};

type JobseekerFields = Omit<MinimalCv, "summary" | "town"> & { cvSummary: string };

export function minimalCv(jobseeker: JobseekerFields, town: string | null): MinimalCv {
  return {
    name: jobseeker.name,
    occupations: [...jobseeker.occupations],
    skills: [...jobseeker.skills],
    certificates: [...jobseeker.certificates],
    drivingLicences: [...jobseeker.drivingLicences],
    languages: [...jobseeker.languages],
    hoursPerWeek: jobseeker.hoursPerWeek,
    summary: jobseeker.cvSummary,
    email: jobseeker.email,
    phone: jobseeker.phone,
    town,
  };
}

/** What the jobseeker is told will be shared, in their words. */
export function sharedFieldsDescription(cv: Pick<MinimalCv, "email" | "phone">): string[] {
  const contact = cv.email && cv.phone ? "din e-mail og dit telefonnummer" : cv.email ? "din e-mail" : cv.phone ? "dit telefonnummer" : null;
  return [
    "dit navn og din by",
    ...(contact ? [contact] : []),
    "de stillinger, kompetencer, certifikater, kørekort og sprog, du har registreret",
    "hvor mange timer om ugen du kan arbejde",
    "dit korte CV",
  ];
}

/** A stored snapshot back as a MinimalCv (JSON from the database; missing fields become empty). */
export function readMinimalCv(value: unknown): MinimalCv | null {
  if (typeof value !== "object" || value === null) return null;
  const v = value as Record<string, unknown>;
  const list = (x: unknown) => (Array.isArray(x) ? x.filter((i): i is string => typeof i === "string") : []);
  const text = (x: unknown) => (typeof x === "string" ? x : null);
  return {
    name: text(v.name) ?? "",
    occupations: list(v.occupations),
    skills: list(v.skills),
    certificates: list(v.certificates),
    drivingLicences: list(v.drivingLicences),
    languages: list(v.languages),
    hoursPerWeek: typeof v.hoursPerWeek === "number" ? v.hoursPerWeek : 0,
    summary: text(v.summary) ?? "",
    email: text(v.email),
    phone: text(v.phone),
    town: text(v.town),
  };
}
