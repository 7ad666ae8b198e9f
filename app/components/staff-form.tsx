// Small DKFDS building blocks for the staff pages: field errors and alerts.
import type { ReactNode } from "react";

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

export function Alert({ kind, heading, children }: { kind: AlertKind; heading?: string; children?: ReactNode }) {
  // Errors interrupt (role=alert); the others are announced politely.
  return (
    <div className={`alert alert-${kind}`} role={kind === "error" ? "alert" : "status"}>
      <div className="alert-body">
        {heading ? <p className="alert-heading">{heading}</p> : null}
        {children ? <div className="alert-text">{children}</div> : null}
      </div>
    </div>
  );
}
