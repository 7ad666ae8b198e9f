// The period of the management pages as a GET form: month, quarter, year or from–to, each field with its
// label and its own Danish error. Works without JavaScript; the choice stays in the URL.
import { Form } from "@remix-run/react";
import type { ReactNode } from "react";
import { Alert, FieldError, formGroupClass } from "~/components/forms";
import type { PeriodErrors, PeriodForm as Values } from "~/schemas/dashboard";

const TYPES = [
  { value: "maaned", label: "Måned" },
  { value: "kvartal", label: "Kvartal" },
  { value: "aar", label: "År" },
  { value: "interval", label: "Fra og med – til og med" },
];

function Field({ name, label, hint, errors, children }: { name: keyof Values; label: string; hint?: string; errors?: PeriodErrors; children: (props: { id: string; name: string; "aria-invalid"?: true; "aria-describedby"?: string }) => ReactNode }) {
  const fieldErrors = errors?.[name];
  const describedBy = [hint ? `${name}-hint` : null, fieldErrors ? `${name}-fejl` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={formGroupClass(fieldErrors)}>
      <label className="form-label" htmlFor={name}>
        {label}
      </label>
      {hint ? (
        <span className="form-hint" id={`${name}-hint`}>
          {hint}
        </span>
      ) : null}
      <FieldError id={`${name}-fejl`} errors={fieldErrors} />
      {children({ id: name, name, "aria-invalid": fieldErrors ? true : undefined, "aria-describedby": describedBy })}
    </div>
  );
}

export function PeriodForm({ values, errors, quarters, extra, submitLabel }: { values: Values; errors?: PeriodErrors | null; quarters: Array<{ value: string; label: string }>; extra?: ReactNode; submitLabel: string }) {
  const e = errors ?? undefined;
  return (
    <Form method="get" className="mb-6" aria-labelledby="periode-titel">
      <h2 id="periode-titel" className="h3">
        Periode
      </h2>
      <p className="form-hint">Jobordrer tælles efter den dag, de blev modtaget (dansk tid). Udfyld feltet for den slags periode, du vælger.</p>
      {errors ? (
        <Alert kind="error" heading="Perioden kan ikke bruges">
          Ret feltet, der er markeret herunder.
        </Alert>
      ) : null}
      <div className="d-flex" style={{ gap: "2.4rem", flexWrap: "wrap", alignItems: "flex-end" }}>
        <Field name="periode" label="Slags periode" errors={e}>
          {(props) => (
            <select className="form-select" defaultValue={values.periode} {...props}>
              {TYPES.map((t) => (
                <option key={t.value} value={t.value}>
                  {t.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="maaned" label="Måned" hint="åååå-mm" errors={e}>
          {(props) => <input className="form-input input-width-xs" type="month" defaultValue={values.maaned} {...props} />}
        </Field>
        <Field name="kvartal" label="Kvartal" errors={e}>
          {(props) => (
            <select className="form-select" defaultValue={values.kvartal} {...props}>
              {quarters.map((q) => (
                <option key={q.value} value={q.value}>
                  {q.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="aar" label="År" errors={e}>
          {(props) => <input className="form-input input-width-xxs" inputMode="numeric" defaultValue={values.aar} {...props} />}
        </Field>
        <Field name="fra" label="Fra og med" errors={e}>
          {(props) => <input className="form-input" type="date" defaultValue={values.fra} {...props} />}
        </Field>
        <Field name="til" label="Til og med" errors={e}>
          {(props) => <input className="form-input" type="date" defaultValue={values.til} {...props} />}
        </Field>
        {extra}
      </div>
      <button type="submit" className="button button-primary">
        {submitLabel}
      </button>
    </Form>
  );
}
