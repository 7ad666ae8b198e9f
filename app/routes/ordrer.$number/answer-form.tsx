// The consultant's answer to the employer: the next step from the jobcentre's list, who owns the order and
// by when, beside the consultant's own words; a preview shows the text the employer gets. The first answer
// stops the answer deadline.
import { getFormProps, getSelectProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { Form } from "@remix-run/react";
import { CsrfInput } from "~/components/csrf-input";
import { DateField, FieldGroup, FormErrors, RadioGroup, TextareaField } from "~/components/forms";
import { composeAnswer, NEXT_STEP_MAX_DAYS } from "~/domain/job-order/answer";
import { parseDanishDate } from "~/schemas/job-order";
import { answerOrderSchema } from "~/schemas/staff";
import { formatCalendarDate } from "~/utils/format";

export type AnswerChoices = { nextSteps: string[]; owners: Array<{ id: string; name: string; label: string }>; today: string };

type Props = {
  contactName: string;
  maxLength: number;
  choices: AnswerChoices;
  lastResult: SubmissionResult<string[]> | undefined;
  updateKey: string;
  busy: boolean;
};

export function AnswerForm({ contactName, maxLength, choices, lastResult, updateKey, busy }: Props) {
  const schema = answerOrderSchema(maxLength, { nextSteps: choices.nextSteps, ownerIds: choices.owners.map((o) => o.id), today: choices.today });
  const [form, fields] = useForm({
    id: "answer-form",
    lastResult,
    defaultValue: { ownerId: choices.owners[0]?.id },
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
  });
  const step = typeof fields.nextStep.value === "string" ? fields.nextStep.value : "";
  const owner = choices.owners.find((o) => o.id === fields.ownerId.value) ?? null;
  const date = typeof fields.nextStepDate.value === "string" ? parseDanishDate(fields.nextStepDate.value) : null;
  const message = typeof fields.text.value === "string" ? fields.text.value : "";
  const preview =
    step && owner && date ? composeAnswer({ nextStep: step, ownerName: owner.name, byDateText: formatCalendarDate(date), message }) : null;
  const { key: ownerKey, ...ownerProps } = getSelectProps(fields.ownerId, { ariaDescribedBy: `${fields.ownerId.id}-hint` });

  return (
    <section aria-labelledby="besvar-titel" className="mb-6">
      <h2 id="besvar-titel">Svar virksomheden</h2>
      <p>
        Svaret sendes som mail til {contactName} og vises under virksomhedens jobordrer. Det siger, hvad næste skridt er, hvem
        der har jobordren, og hvornår det sker. Først svaret stopper fristen; en kvittering gør ikke.
      </p>
      <FormErrors heading="Svaret er ikke sendt" errors={form.errors} id={form.errorId} />
      <Form method="post" {...getFormProps(form)}>
        <CsrfInput />
        <input type="hidden" name="intent" value="answer" />
        <input type="hidden" name="updateKey" value={updateKey} />
        <RadioGroup field={fields.nextStep} legend="Næste skridt" options={choices.nextSteps.map((s) => ({ value: s, label: s }))} />
        <FieldGroup field={fields.ownerId} label="Hvem har jobordren" hint="Den, virksomheden skal kontakte. Vælger du en kollega, får kollegaen jobordren og en mail om det.">
          <select key={ownerKey} className="form-select" {...ownerProps}>
            {choices.owners.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          </select>
        </FieldGroup>
        <DateField
          field={fields.nextStepDate}
          label="Hvornår sker det næste skridt"
          hint={`Senest den dag. Skriv dag, måned og år, fx 7.12.2026; højst ${NEXT_STEP_MAX_DAYS} dage frem.`}
        />
        <TextareaField
          field={fields.text}
          label="Besked til virksomheden (valgfri)"
          hint="Fx hvad I har talt om, eller hvad jobcentret har brug for at vide."
          rows={5}
          className="form-input input-width-xl"
        />
        <div className="mb-5" aria-live="polite">
          <h3 className="h4">Det får virksomheden</h3>
          {preview ? <p className="answer-text">{preview}</p> : <p>Vælg næste skridt, hvem og hvornår, så ser du svaret her.</p>}
        </div>
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? "Sender svar …" : "Svar virksomheden"}
        </button>
      </Form>
    </section>
  );
}
