// The employer's feedback on one shared candidate: invited, hired (with the first working day) or not
// relevant (with why).
import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { Form } from "@remix-run/react";
import type { z } from "zod";
import { CsrfInput } from "~/components/csrf-input";
import { DateField, FieldError, FormErrors, RadioGroup, TextareaField } from "~/components/forms";
import type { FeedbackOutcome } from "~/domain/referral/steps";
import { employerFeedbackSchema, FEEDBACK_OUTCOME_LABELS } from "~/schemas/employer-order";

type Props = {
  candidate: { id: string; cv: { name: string }; feedbackOutcomes: FeedbackOutcome[] };
  lastResult: SubmissionResult<string[]> | undefined;
  updateKey: string;
  busy: boolean;
};

export function FeedbackForm({ candidate, lastResult, updateKey, busy }: Props) {
  const [form, fields] = useForm<z.input<typeof employerFeedbackSchema>, z.output<typeof employerFeedbackSchema>>({
    // Its own id per candidate: errors land on the right candidate's form.
    id: `tilbagemelding-${candidate.id}`,
    lastResult,
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: employerFeedbackSchema }),
  });
  return (
    <Form method="post" {...getFormProps(form)} aria-label={`Tilbagemelding på ${candidate.cv.name}`}>
      <FormErrors heading="Tilbagemeldingen er ikke sendt" errors={form.errors} id={form.errorId} />
      <CsrfInput />
      <input type="hidden" name="intent" value="feedback" />
      <input type="hidden" name="referralId" value={candidate.id} />
      <input type="hidden" name="updateKey" value={updateKey} />
      <FieldError id={fields.referralId.errorId} errors={fields.referralId.errors} />
      <FieldError id={fields.updateKey.errorId} errors={fields.updateKey.errors} />
      <RadioGroup
        field={fields.outcome}
        legend={`Hvordan gik det med ${candidate.cv.name}?`}
        options={candidate.feedbackOutcomes.map((outcome) => ({ value: outcome, label: FEEDBACK_OUTCOME_LABELS[outcome] }))}
      />
      <DateField field={fields.startDate} label="Første arbejdsdag" hint="Udfyldes, hvis I har ansat kandidaten. Skriv dag, måned og år, fx 1.2.2027." />
      <TextareaField
        field={fields.reason}
        label="Hvorfor er kandidaten ikke relevant?"
        hint="Udfyldes, hvis kandidaten ikke er relevant. Det hjælper jobcentret med at finde bedre kandidater."
      />
      <button type="submit" className="button button-primary" disabled={busy}>
        {busy ? "Sender …" : "Send tilbagemelding"}
      </button>
    </Form>
  );
}
