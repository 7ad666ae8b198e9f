// The portal's form building blocks on the Danish design system (DKFDS): a label, a hint and the error
// above each control, radio groups as fieldsets, the form's own error as an alert, facts as a description
// list. Fields take conform's field metadata, so ids, names, aria-invalid and aria-describedby come from
// one place and errors land beside the field they belong to.
import { getCollectionProps, getInputProps, getSelectProps, getTextareaProps, type FieldMetadata } from "@conform-to/react";
import type { ReactNode } from "react";
import { parseDanishDate, postcodeOf } from "~/schemas/job-order";
import { formatCalendarDate } from "~/utils/format";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any form's field
export type AnyField = FieldMetadata<any, any, string[]>;

/** The DKFDS error text above a field; its id is what the field's aria-describedby points at. */
export function FieldError({ id, errors }: { id: string; errors?: string[] | null }) {
  if (!errors || errors.length === 0) return null;
  return (
    <span className="form-error-message" id={id}>
      <span className="sr-only">Fejl: </span>
      {errors.join(" ")}
    </span>
  );
}

export function formGroupClass(errors?: string[] | null): string {
  return errors && errors.length > 0 ? "form-group form-error" : "form-group";
}

type AlertKind = "error" | "warning" | "success" | "info";

/** `notice`: the code of what is told (data-notice), for tests and scripts that must tell notices apart. */
export function Alert({ kind, heading, children, notice }: { kind: AlertKind; heading?: string; children?: ReactNode; notice?: string }) {
  // Errors interrupt (role=alert); the others are announced politely.
  return (
    <div className={`alert alert-${kind}`} role={kind === "error" ? "alert" : "status"} data-notice={notice}>
      <div className="alert-body">
        {heading ? <p className="alert-heading">{heading}</p> : null}
        {children ? <div className="alert-text">{children}</div> : null}
      </div>
    </div>
  );
}

/** The form's own errors (a refusal, not a field's) as an error alert with what did not happen. */
export function FormErrors({ heading, errors, id }: { heading: string; errors?: string[] | null; id?: string }) {
  if (!errors || errors.length === 0) return null;
  return (
    <Alert kind="error" heading={heading}>
      <p id={id}>{errors.join(" ")}</p>
    </Alert>
  );
}

const hintIdOf = (field: AnyField, hint: ReactNode) => (hint ? `${field.id}-hint` : undefined);

type GroupProps = {
  field: AnyField;
  label: ReactNode;
  hint?: ReactNode;
  /** The public form shows one message at a time per field. */
  firstErrorOnly?: boolean;
};

/** Label, hint and error above the control, as DKFDS places them; the control comes as a child. */
export function FieldGroup({ field, label, hint, firstErrorOnly, children }: GroupProps & { children: ReactNode }) {
  return (
    <div className={formGroupClass(field.errors)}>
      <label className="form-label" htmlFor={field.id}>
        {label}
      </label>
      {hint ? (
        <span className="form-hint" id={hintIdOf(field, hint)}>
          {hint}
        </span>
      ) : null}
      <FieldError id={field.errorId} errors={firstErrorOnly ? field.errors?.slice(0, 1) : field.errors} />
      {children}
    </div>
  );
}

type InputProps = GroupProps & {
  type?: "text" | "email" | "tel" | "date" | "number";
  className?: string;
  autoComplete?: string;
  inputMode?: "text" | "numeric" | "decimal" | "email" | "tel";
  min?: string | number;
  max?: string | number;
};

/** A one-line input: text, e-mail, phone, date or number. */
export function TextField({ type = "text", className = "form-input", autoComplete, inputMode, min, max, ...group }: InputProps) {
  const { key, ...props } = getInputProps(group.field, { type, ariaDescribedBy: hintIdOf(group.field, group.hint) });
  return (
    <FieldGroup {...group}>
      <input key={key} className={className} autoComplete={autoComplete} inputMode={inputMode} {...props} min={min} max={max} />
    </FieldGroup>
  );
}

/**
 * A date as Danes write it (1.2.2027, 01-02-2027, 1/2/2027 or 2027-02-01), in a text field rather than the
 * browser's date control, whose order of day and month follows the browser's language. The date read is
 * repeated in words below the field, so 1.2 cannot be taken for 2 January.
 */
export function DateField({ className = "form-input input-width-m", ...group }: GroupProps & { className?: string }) {
  const readId = `${group.field.id}-laest`;
  const describedBy = [hintIdOf(group.field, group.hint), readId].filter(Boolean).join(" ");
  const { key, ...props } = getInputProps(group.field, { type: "text", ariaDescribedBy: describedBy });
  const value = typeof group.field.value === "string" ? group.field.value : "";
  const iso = value ? parseDanishDate(value) : null;
  return (
    <FieldGroup {...group}>
      <input key={key} className={className} inputMode="numeric" autoComplete="off" {...props} />
      <span className="form-hint" id={readId} aria-live="polite">
        {iso ? `Det er ${formatCalendarDate(iso)}.` : ""}
      </span>
    </FieldGroup>
  );
}

/**
 * A postcode, with its town named below as it is typed (from the portal's own list; a number it does not
 * know is named by nothing, which is no error).
 */
export function PostcodeField({ towns, ...group }: GroupProps & { towns: Record<string, string> }) {
  const townId = `${group.field.id}-by`;
  const describedBy = [hintIdOf(group.field, group.hint), townId].filter(Boolean).join(" ");
  const { key, ...props } = getInputProps(group.field, { type: "text", ariaDescribedBy: describedBy });
  const value = typeof group.field.value === "string" ? group.field.value : "";
  const town = towns[postcodeOf(value)] ?? null;
  return (
    <FieldGroup {...group}>
      <input key={key} className="form-input input-width-s" inputMode="numeric" autoComplete="postal-code" {...props} />
      <span className="form-hint" id={townId} aria-live="polite">
        {town ? `${postcodeOf(value)} ${town}` : ""}
      </span>
    </FieldGroup>
  );
}

/** A whole number in a narrow field (hours, days, positions). */
export function NumberField({ min, max, ...group }: GroupProps & { min?: number; max?: number }) {
  return <TextField type="number" inputMode="numeric" className="form-input input-width-xs" min={min} max={max} {...group} />;
}

export function TextareaField({ rows = 3, className = "form-input", ...group }: GroupProps & { rows?: number; className?: string }) {
  const { key, ...props } = getTextareaProps(group.field, { ariaDescribedBy: hintIdOf(group.field, group.hint) });
  return (
    <FieldGroup {...group}>
      <textarea key={key} className={className} rows={rows} {...props} />
    </FieldGroup>
  );
}

export type Choice = { value: string; label: ReactNode };

/** A select with a first empty choice ("Vælg"), so nothing is chosen for the person. */
export function SelectField({ options, placeholder = "Vælg", ...group }: GroupProps & { options: Array<{ value: string; label: string }>; placeholder?: string }) {
  const { key, ...props } = getSelectProps(group.field, { ariaDescribedBy: hintIdOf(group.field, group.hint) });
  return (
    <FieldGroup {...group}>
      <select key={key} className="form-select" {...props}>
        <option value="">{placeholder}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldGroup>
  );
}

/** A radio group in a fieldset: the legend is the question, the error sits above the options. */
export function RadioGroup({ field, legend, options }: { field: AnyField; legend: ReactNode; options: Choice[] }) {
  return (
    <div className={formGroupClass(field.errors)}>
      <fieldset aria-describedby={field.errors ? field.errorId : undefined}>
        <legend className="form-label">{legend}</legend>
        <FieldError id={field.errorId} errors={field.errors} />
        {options.map((option) => {
          const { key, ...props } = getInputProps(field, { type: "radio", value: option.value, ariaAttributes: false });
          const id = `${field.id}-${option.value}`;
          return (
            <div className="form-group-radio" key={key ?? option.value}>
              <input className="form-radio" {...props} id={id} aria-invalid={field.errors ? true : undefined} />
              <label className="form-label" htmlFor={id}>
                {option.label}
              </label>
            </div>
          );
        })}
      </fieldset>
    </div>
  );
}

/** Several checkboxes of one field (a list of values); none ticked sends none. */
export function CheckboxGroup({ field, legend, hint, options }: { field: AnyField; legend: ReactNode; hint?: ReactNode; options: Choice[] }) {
  const hintId = `${field.id}-hint`;
  const describedBy = [hint ? hintId : null, field.errors ? field.errorId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={formGroupClass(field.errors)}>
      <fieldset aria-describedby={describedBy}>
        <legend className="form-label">{legend}</legend>
        {hint ? (
          <span className="form-hint" id={hintId}>
            {hint}
          </span>
        ) : null}
        <FieldError id={field.errorId} errors={field.errors} />
        {getCollectionProps(field, { type: "checkbox", options: options.map((o) => o.value), ariaAttributes: false }).map(({ key, ...props }, i) => (
          <div className="form-group-checkbox" key={key ?? props.value}>
            <input className="form-checkbox" {...props} aria-invalid={field.errors ? true : undefined} />
            <label className="form-label" htmlFor={props.id}>
              {options[i]!.label}
            </label>
          </div>
        ))}
      </fieldset>
    </div>
  );
}

export function CheckboxField({ field, label }: { field: AnyField; label: ReactNode }) {
  const { key, ...props } = getInputProps(field, { type: "checkbox" });
  return (
    <div className="form-group-checkbox">
      <input key={key} className="form-checkbox" {...props} />
      <label className="form-label" htmlFor={field.id}>
        {label}
      </label>
    </div>
  );
}

/** One label and value of a description list (wrap them in <dl>). */
export function Fact({ label, children }: { label: ReactNode; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}
