// The list of what stops a form, above it (DKFDS error summary). Each refused send moves the focus (and so
// the screen) to it: `attempt` counts the sends.
import { useEffect, useRef, useState, type FormEvent } from "react";

export type ErrorSummaryItem = { id: string | null; message: string };

export function ErrorSummary({ heading, items, formErrors, attempt }: { heading: string; items: ErrorSummaryItem[]; formErrors: string[]; attempt: number }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (attempt > 0) ref.current?.focus();
  }, [attempt]);
  if (items.length === 0) return null;
  return (
    <div ref={ref} className="alert alert-error" role="alert" data-module="error-summary" tabIndex={-1} aria-labelledby="fejlopsummering">
      <div className="alert-body">
        <h2 className="alert-heading" id="fejlopsummering">
          {heading}
        </h2>
        <ul className="alert-text nobullet-list">
          {formErrors.map((message) => (
            <li key={message}>{message}</li>
          ))}
          {items.map((item) =>
            item.id ? (
              <li key={item.id}>
                <a href={`#${item.id}`}>{item.message}</a>
              </li>
            ) : (
              <li key={item.message}>{item.message}</li>
            ),
          )}
        </ul>
      </div>
    </div>
  );
}

/** The first error of each field, in the form's order; a field with no place to jump to (a hidden token) has no id. */
export function summaryItems(fields: Record<string, { id: string; errors?: string[] }>, order: readonly string[], hidden: readonly string[] = []): ErrorSummaryItem[] {
  return order.flatMap((name) => {
    const errors = fields[name]?.errors;
    if (!errors || errors.length === 0) return [];
    return [{ id: hidden.includes(name) ? null : fields[name]!.id, message: errors[0]! }];
  });
}

/**
 * The sends of a form, for the summary's focus: an answer from the server (new action data) and a refusal in
 * the browser by the send button (marked `data-send`; Enter presses it too). Conform validates a field on
 * blur by a submit event of its own, which is no attempt.
 */
export function useSendAttempts(actionData: unknown, onSubmit: (event: FormEvent<HTMLFormElement>) => void) {
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (actionData) setAttempt((n) => n + 1);
  }, [actionData]);
  const counted = (event: FormEvent<HTMLFormElement>) => {
    onSubmit(event);
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    if (event.defaultPrevented && submitter?.hasAttribute("data-send")) setAttempt((n) => n + 1);
  };
  return { attempt, onSubmit: counted };
}
