// The employer closes their order: why (filled, by themselves, no longer needed …) and a comment.
import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { Form } from "@remix-run/react";
import type { z } from "zod";
import { CsrfInput } from "~/components/csrf-input";
import { FieldError, FormErrors, RadioGroup, TextareaField } from "~/components/forms";
import { CLOSE_COMMENT_MAX_LENGTH, CLOSE_HOW_LABELS, CLOSE_HOWS, closeOrderByEmployerSchema } from "~/schemas/employer-order";

type Props = { lastResult: SubmissionResult<string[]> | undefined; updateKey: string; busy: boolean };

export function CloseForm({ lastResult, updateKey, busy }: Props) {
  const [form, fields] = useForm<z.input<typeof closeOrderByEmployerSchema>, z.output<typeof closeOrderByEmployerSchema>>({
    id: "afslut-jobordre",
    lastResult,
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: closeOrderByEmployerSchema }),
  });
  return (
    <Form method="post" {...getFormProps(form)}>
      <FormErrors heading="Jobordren er ikke afsluttet" errors={form.errors} id={form.errorId} />
      <CsrfInput />
      <input type="hidden" name="intent" value="close" />
      <input type="hidden" name="updateKey" value={updateKey} />
      <FieldError id={fields.updateKey.errorId} errors={fields.updateKey.errors} />
      <RadioGroup field={fields.how} legend="Hvorfor afslutter I jobordren?" options={CLOSE_HOWS.map((how) => ({ value: how, label: CLOSE_HOW_LABELS[how] }))} />
      <TextareaField field={fields.comment} label="Kommentar (valgfrit)" hint={`Højst ${CLOSE_COMMENT_MAX_LENGTH.toLocaleString("da-DK")} tegn.`} />
      <button type="submit" className="button button-primary" disabled={busy}>
        {busy ? "Afslutter …" : "Afslut jobordren"}
      </button>
    </Form>
  );
}
