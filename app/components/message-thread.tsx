// The thread between the jobcentre and the employer after the answer, and the form to write in it: the same
// on the consultant's order page and the employer's.
import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { Form } from "@remix-run/react";
import { CsrfInput } from "~/components/csrf-input";
import { FormErrors, TextareaField } from "~/components/forms";
import { orderMessageSchema } from "~/schemas/message";

type Entry = { id: string; from: "STAFF" | "EMPLOYER"; name: string; at: string; text: string };

export function MessageThread({
  entries,
  canWrite,
  writeLabel,
  writeHint,
  lastResult,
  updateKey,
  busy,
}: {
  entries: Entry[];
  canWrite: boolean;
  writeLabel: string;
  writeHint: string;
  lastResult: SubmissionResult<string[]> | undefined;
  updateKey: string;
  busy: boolean;
}) {
  const [form, fields] = useForm({
    id: "besked-form",
    lastResult,
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: orderMessageSchema }),
  });
  return (
    <section aria-labelledby="beskeder-titel" className="mb-6">
      <h2 id="beskeder-titel">Beskeder</h2>
      {entries.length === 0 ? (
        <p>Der er ingen beskeder endnu.</p>
      ) : (
        <ol className="nobullet-list">
          {entries.map((e) => (
            <li key={e.id} className="mb-5">
              <p className="m-0">
                <strong>{e.name}</strong> ({e.from === "STAFF" ? "jobcentret" : "virksomheden"}) · {e.at}
              </p>
              <p className="answer-text m-0">{e.text}</p>
            </li>
          ))}
        </ol>
      )}
      {canWrite ? (
        <Form method="post" {...getFormProps(form)}>
          {/* The hidden update key has no field to stand beside: its error is the form's. */}
          <FormErrors heading="Beskeden er ikke sendt" errors={[...(form.errors ?? []), ...(fields.updateKey.errors ?? [])]} id={form.errorId} />
          <CsrfInput />
          <input type="hidden" name="intent" value="message" />
          <input type="hidden" name="updateKey" value={updateKey} />
          <TextareaField field={fields.text} label={writeLabel} hint={writeHint} rows={4} className="form-input input-width-xl" />
          <button type="submit" className="button button-secondary" disabled={busy}>
            {busy ? "Sender …" : "Send besked"}
          </button>
        </Form>
      ) : null}
    </section>
  );
}
