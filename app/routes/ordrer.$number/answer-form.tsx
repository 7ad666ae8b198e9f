// The consultant's answer to the employer: the first real answer stops the answer deadline.
import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { Form } from "@remix-run/react";
import { CsrfInput } from "~/components/csrf-input";
import { FormErrors, TextareaField } from "~/components/forms";
import { answerOrderSchema } from "~/schemas/staff";

type Props = { contactName: string; maxLength: number; lastResult: SubmissionResult<string[]> | undefined; updateKey: string; busy: boolean };

export function AnswerForm({ contactName, maxLength, lastResult, updateKey, busy }: Props) {
  const schema = answerOrderSchema(maxLength);
  const [form, fields] = useForm({
    id: "answer-form",
    lastResult,
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
  });
  return (
    <section aria-labelledby="besvar-titel" className="mb-6">
      <h2 id="besvar-titel">Svar virksomheden</h2>
      <p>
        Svaret sendes som mail til {contactName} og vises under virksomhedens jobordrer. Skriv, hvad næste skridt er, og hvem
        der har ordren. Først et rigtigt svar stopper fristen.
      </p>
      <FormErrors heading="Svaret er ikke sendt" errors={form.errors} id={form.errorId} />
      <Form method="post" {...getFormProps(form)}>
        <CsrfInput />
        <input type="hidden" name="intent" value="answer" />
        <input type="hidden" name="updateKey" value={updateKey} />
        <TextareaField
          field={fields.text}
          label="Svar til virksomheden"
          hint={`Højst ${maxLength.toLocaleString("da-DK")} tegn.`}
          rows={8}
          className="form-input input-width-xl"
        />
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? "Sender svar …" : "Svar virksomheden"}
        </button>
      </Form>
    </section>
  );
}
