// The fields that describe the job, as the new order form and the employer's correction show them: one
// set of labels, hints and controls for both.
import { getTextareaProps } from "@conform-to/react";
import type { ReactNode } from "react";
import { CheckboxField, DateField, FieldGroup, TextField, type AnyField } from "~/components/forms";
import type { JobOrderFormInput } from "~/schemas/job-order";

type JobFieldNames =
  | "title"
  | "description"
  | "positions"
  | "hoursPerWeek"
  | "startDate"
  | "applicationDeadline"
  | "requirements"
  | "openToSmallJobs"
  | "openToFlexJob"
  | "openToJobCrafting";

function LongText({ field, label, hint, rows }: { field: AnyField; label: string; hint: string; rows: number }) {
  const { key, ...props } = getTextareaProps(field, { ariaDescribedBy: `${field.id}-hint` });
  return (
    <FieldGroup firstErrorOnly field={field} label={label} hint={hint}>
      <textarea key={key} className="form-input" rows={rows} {...props} />
    </FieldGroup>
  );
}

/** `afterPositions` and `afterDates` hold what only the new order asks (the kind of job, where it is). */
export function JobFields({ fields, afterPositions, afterDates }: { fields: Record<JobFieldNames, AnyField>; afterPositions?: ReactNode; afterDates?: ReactNode }) {
  return (
    <>
      <TextField firstErrorOnly field={fields.title} label="Stillingsbetegnelse" hint="Fx CNC-operatør, social- og sundhedshjælper eller lagermedarbejder" />
      <LongText field={fields.description} label="Beskrivelse af jobbet" hint="Fortæl om opgaverne, arbejdstiden og arbejdspladsen." rows={6} />
      <TextField
        firstErrorOnly
        field={fields.positions}
        label="Antal stillinger"
        hint="Hvor mange medarbejdere søger I til jobbet?"
        className="form-input input-width-xs"
        inputMode="numeric"
      />
      {afterPositions}
      <TextField firstErrorOnly field={fields.hoursPerWeek} label="Timer om ugen" hint="Fx 37 eller 18,5" className="form-input input-width-xs" inputMode="decimal" />
      <DateField
        firstErrorOnly
        field={fields.startDate}
        label="Startdato"
        hint="Den dag, den nye medarbejder skal starte. Skriv dag, måned og år, fx 1.2.2027 for 1. februar 2027."
      />
      <DateField
        firstErrorOnly
        field={fields.applicationDeadline}
        label="Ansøgningsfrist (valgfri)"
        hint="Sidste dag, I tager imod kandidater, skrevet som startdatoen. Uden frist lukker jobordren efter jobcentrets standardperiode, hvis I ikke selv lukker den før."
      />
      {afterDates}
      <LongText field={fields.requirements} label="Krav til kandidaterne (valgfrit)" hint="Fx uddannelse, kørekort, certifikater eller sprog" rows={4} />
      <div className="form-group">
        <fieldset aria-describedby="fleksibilitet-hint">
          <legend className="form-label">Er I åbne for andre måder at besætte jobbet på? (valgfrit)</legend>
          <span className="form-hint" id="fleksibilitet-hint">
            Sæt kryds ved det, der passer. Det giver jobcentret flere kandidater at vælge imellem.
          </span>
          <CheckboxField field={fields.openToSmallJobs} label="Jobbet kan deles op i småjob med få ugentlige timer" />
          <CheckboxField field={fields.openToFlexJob} label="Jobbet kan besættes som fleksjob" />
          <CheckboxField field={fields.openToJobCrafting} label="Vi vil gerne høre om jobcrafting, hvor opgaverne deles op, så flere kan løse dem" />
        </fieldset>
      </div>
    </>
  );
}

/** The contact's name and phone; the e-mail address (the sign-in identity) is asked only by the new order. */
export function ContactFields({ fields, email }: { fields: Record<"contactName" | "contactPhone", AnyField>; email?: ReactNode }) {
  return (
    <>
      <TextField firstErrorOnly field={fields.contactName} label="Navn" autoComplete="name" />
      {email}
      <TextField
        firstErrorOnly
        field={fields.contactPhone}
        label="Telefon"
        hint="Dansk nummer på 8 cifre, fx 20 30 40 50"
        type="tel"
        className="form-input input-width-m"
        autoComplete="tel"
      />
    </>
  );
}

/** The order form's fields in the order they appear, for the error summary (the public form and staff's). */
export const JOB_ORDER_FIELD_ORDER = [
  "cvr",
  "companyName",
  "companyAddress",
  "companyPostcode",
  "contactName",
  "contactEmail",
  "contactPhone",
  "title",
  "description",
  "positions",
  "kind",
  "hoursPerWeek",
  "startDate",
  "applicationDeadline",
  "workplacePostcode",
  "jobcentreId",
  "requirements",
  "openToSmallJobs",
  "openToFlexJob",
  "openToJobCrafting",
  "submissionKey",
] as const satisfies ReadonlyArray<keyof JobOrderFormInput>;

/** The company's fields: staff take an order for a company of the register, so their form has none of these. */
export const COMPANY_FIELDS: ReadonlyArray<keyof JobOrderFormInput> = ["cvr", "companyName", "companyAddress", "companyPostcode", "jobcentreId", "submissionKey"];

