// The visit forms: plan a visit (company page), record what it came to and cancel it (the visit's page).
import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { Form } from "@remix-run/react";
import { CsrfInput } from "~/components/csrf-input";
import { DateField, FormErrors, NumberField, RadioGroup, SelectField, TextareaField, TextField } from "~/components/forms";
import { PLANNABLE_VISIT_KINDS, VISIT_KIND_LABELS, VISIT_LIMITS, VISIT_OUTCOME_LABELS, VISIT_OUTCOMES } from "~/domain/visit/visits";
import { cancelVisitFormSchema, planVisitFormSchema, recordVisitFormSchema } from "~/schemas/visit";

type Choice = { id: string; name: string };
type Unit = { pNumber: string; name: string; address: string };
type Result = SubmissionResult<string[]> | undefined;

type Campaign = { id: string; topic: string; period: string };

export function PlanVisitForm({
  consultants,
  units,
  campaigns,
  defaultConsultantId,
  defaultCampaignId,
  lastResult,
  busy,
}: {
  consultants: Choice[];
  units: Unit[];
  /** The campaigns the company is in that have not ended. */
  campaigns: Campaign[];
  defaultConsultantId: string;
  /** A campaign to plan the visit for (from the campaign's page). */
  defaultCampaignId: string | null;
  lastResult: Result;
  busy: boolean;
}) {
  const campaignId = defaultCampaignId && campaigns.some((c) => c.id === defaultCampaignId) ? defaultCampaignId : "";
  const [form, fields] = useForm({
    id: "besoeg-form",
    lastResult,
    defaultValue: { kind: campaignId ? "CAMPAIGN" : "OUTREACH", durationMinutes: "60", consultantId: defaultConsultantId, time: "10:00", campaignId },
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: planVisitFormSchema }),
  });
  return (
    <>
      <h3 id="planlaeg-titel">Planlæg et besøg</h3>
      <FormErrors heading="Besøget er ikke planlagt" errors={form.errors} id={form.errorId} />
      <Form method="post" {...getFormProps(form)} aria-labelledby="planlaeg-titel">
        <CsrfInput />
        <input type="hidden" name="intent" value="planVisit" />
        <RadioGroup field={fields.kind} legend="Slags besøg" options={PLANNABLE_VISIT_KINDS.map((k) => ({ value: k, label: VISIT_KIND_LABELS[k] }))} />
        <DateField field={fields.date} label="Dato" hint="Fx 14-01-2027. Et besøg, der allerede er holdt, kan også registreres her." />
        <TextField field={fields.time} label="Klokkeslæt" hint="Fx 10:00" className="form-input input-width-xs" autoComplete="off" />
        <NumberField field={fields.durationMinutes} label="Varighed i minutter" min={VISIT_LIMITS.minMinutes} max={VISIT_LIMITS.maxMinutes} />
        <SelectField field={fields.consultantId} label="Konsulent" options={consultants.map((c) => ({ value: c.id, label: c.name }))} />
        {units.length > 0 ? (
          <SelectField
            field={fields.pNumber}
            label="Sted"
            placeholder="Virksomhedens adresse"
            options={units.map((u) => ({ value: u.pNumber, label: `${u.name}, ${u.address} (P-nr. ${u.pNumber})` }))}
          />
        ) : null}
        {campaigns.length > 0 ? (
          <SelectField
            field={fields.campaignId}
            label="Kampagne"
            placeholder="Ingen kampagne"
            options={campaigns.map((c) => ({ value: c.id, label: `${c.topic} (${c.period})` }))}
          />
        ) : null}
        <TextareaField field={fields.purpose} label="Formål" hint="Fx at præsentere jobcentrets service eller tale om en medarbejder, der er sygemeldt." rows={3} className="form-input input-width-xl" />
        <button type="submit" className="button button-primary" disabled={busy}>
          Planlæg besøget
        </button>
      </Form>
    </>
  );
}

export function RecordVisitForm({ version, lastResult, busy }: { version: string; lastResult: Result; busy: boolean }) {
  const [form, fields] = useForm({
    id: "registrer-form",
    lastResult,
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: recordVisitFormSchema }),
  });
  return (
    <section aria-labelledby="registrer-titel" className="mb-6">
      <h2 id="registrer-titel">Registrér besøget</h2>
      <FormErrors heading="Besøget er ikke registreret" errors={form.errors} id={form.errorId} />
      <Form method="post" {...getFormProps(form)}>
        <CsrfInput />
        <input type="hidden" name="intent" value="recordVisit" />
        <input type="hidden" name="version" value={version} />
        <RadioGroup field={fields.outcome} legend="Hvad førte besøget til?" options={VISIT_OUTCOMES.map((o) => ({ value: o, label: VISIT_OUTCOME_LABELS[o] }))} />
        <TextareaField field={fields.note} label="Referat" hint="Hvad I talte om. Skriv ikke helbredsoplysninger om medarbejdere her." rows={5} className="form-input input-width-xl" />
        <TextareaField field={fields.nextStep} label="Næste skridt" hint="Fx at sende kandidater, eller at ringe i marts om sommerferieafløsere." rows={2} className="form-input input-width-xl" />
        <fieldset>
          <legend className="h4">Næste besøg (valgfrit)</legend>
          <p className="form-hint">Skriv en dato, så planlægges et opfølgende besøg med næste skridt som formål.</p>
          <DateField field={fields.nextVisitDate} label="Dato for næste besøg" />
          <TextField field={fields.nextVisitTime} label="Klokkeslæt for næste besøg" hint="Tomt: samme klokkeslæt som dette besøg." className="form-input input-width-xs" autoComplete="off" />
        </fieldset>
        <button type="submit" className="button button-primary mt-4" disabled={busy}>
          Registrér besøget
        </button>
      </Form>
    </section>
  );
}

export function CancelVisitForm({ version, lastResult, busy }: { version: string; lastResult: Result; busy: boolean }) {
  const [form] = useForm({ id: "aflys-form", lastResult, onValidate: ({ formData }) => parseWithZod(formData, { schema: cancelVisitFormSchema }) });
  return (
    <section aria-labelledby="aflys-titel" className="mb-6">
      <h2 id="aflys-titel">Aflys besøget</h2>
      <FormErrors heading="Besøget er ikke aflyst" errors={form.errors} id={form.errorId} />
      <Form method="post" {...getFormProps(form)}>
        <CsrfInput />
        <input type="hidden" name="intent" value="cancelVisit" />
        <input type="hidden" name="version" value={version} />
        <button type="submit" className="button button-secondary" disabled={busy}>
          Aflys besøget
        </button>
      </Form>
    </section>
  );
}
