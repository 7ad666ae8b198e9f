// The employer chooses one of the meeting times the jobcentre offered.
import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { Form } from "@remix-run/react";
import type { z } from "zod";
import { CsrfInput } from "~/components/csrf-input";
import { FieldError, FormErrors, RadioGroup, type Choice } from "~/components/forms";
import { chooseMeetingSchema } from "~/schemas/employer-order";

type Props = { options: Choice[]; lastResult: SubmissionResult<string[]> | undefined; updateKey: string; busy: boolean };

export function MeetingForm({ options, lastResult, updateKey, busy }: Props) {
  const [form, fields] = useForm<z.input<typeof chooseMeetingSchema>, z.output<typeof chooseMeetingSchema>>({
    id: "moedetid",
    lastResult,
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: chooseMeetingSchema }),
  });
  return (
    <Form method="post" {...getFormProps(form)}>
      <FormErrors heading="Mødet er ikke aftalt" errors={form.errors} id={form.errorId} />
      <CsrfInput />
      <input type="hidden" name="intent" value="meeting" />
      <input type="hidden" name="updateKey" value={updateKey} />
      <FieldError id={fields.updateKey.errorId} errors={fields.updateKey.errors} />
      <RadioGroup field={fields.at} legend="Hvornår passer det jer?" options={options} />
      <button type="submit" className="button button-primary" disabled={busy}>
        {busy ? "Sender …" : "Vælg tidspunkt"}
      </button>
    </Form>
  );
}
