// The minimal CV shared with an employer (app/utils/minimal-cv.ts), shown the same way to the employer
// who got it and, as a preview, to the jobseeker asked to share it.
import type { ReactNode } from "react";
import type { MinimalCv } from "~/utils/minimal-cv";

/**
 * `preview`: the jobseeker's own view before they decide. Every field is shown, empty ones said so, so
 * they see exactly what would be shared; the employer's view leaves empty fields out and links contacts.
 */
export function MinimalCvFacts({ cv, preview = false }: { cv: MinimalCv; preview?: boolean }) {
  const list = (items: string[]) => (items.length > 0 ? items.join(", ") : preview ? "Ingen registreret" : null);
  const rows: Array<[string, ReactNode]> = [
    ["Navn", preview ? cv.name : null],
    ["By", cv.town ?? (preview ? "Ikke oplyst" : null)],
    ["E-mail", cv.email ? preview ? cv.email : <a href={`mailto:${cv.email}`}>{cv.email}</a> : null],
    ["Telefon", cv.phone ? preview ? cv.phone : <a href={`tel:${cv.phone.replace(/\s/g, "")}`}>{cv.phone}</a> : null],
    ["Stillinger", list(cv.occupations)],
    ["Kompetencer", list(cv.skills)],
    ["Certifikater", list(cv.certificates)],
    ["Kørekort", list(cv.drivingLicences)],
    ["Sprog", list(cv.languages)],
    ["Timer om ugen", cv.hoursPerWeek > 0 ? cv.hoursPerWeek.toLocaleString("da-DK") : null],
    ["Kort CV", cv.summary.trim() ? <span className="answer-text">{cv.summary}</span> : preview ? "Intet skrevet" : null],
  ];
  return (
    <dl>
      {rows
        .filter(([, value]) => value !== null && value !== "")
        .map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  );
}
