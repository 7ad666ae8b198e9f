// A new information campaign: its topic, period and target, and the companies of the jobcentre's register it
// chooses by branch, size and area (never one with advertising protection), split among the consultants who
// visit them. "Vis udvalget" shows what the choice would be; "Start kampagnen" makes it, once.
import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { CsrfInput } from "~/components/csrf-input";
import { Alert, CheckboxGroup, DateField, FormErrors, NumberField, TextareaField, TextField } from "~/components/forms";
import { ScrollBox } from "~/components/scroll-box";
import { CAMPAIGN_LIMITS } from "~/domain/campaign/campaign";
import { EMPLOYEE_BANDS, employeeBandLabel } from "~/domain/company/employees";
import { CAMPAIGN_STATUS_OF, getNewCampaignForm, previewSelection, startCampaign } from "~/models/campaign/campaigns.server";
import { campaignSelectionSchema, newCampaignFormSchema } from "~/schemas/campaign";
import { readForm } from "~/utils/csrf.server";
import { getPrisma } from "~/utils/db.server";
import { localDateOf } from "~/utils/deadlines";
import { addCalendarDays } from "~/utils/local-date";
import { requireStaffUser } from "~/utils/session.server";
import { withHiddenFieldErrorsOnForm } from "~/utils/submission";

export const meta: MetaFunction = () => [{ title: "Ny kampagne – Kampagner – Jobcentrenes rekrutteringsservice" }];

/** "2027-01-04" → "04-01-2027", as the date fields are written. */
const typedDate = (iso: string) => iso.split("-").reverse().join("-");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireStaffUser(request);
  const form = await getNewCampaignForm(getPrisma(), user.jobcentreId);
  const today = localDateOf(new Date());
  return json({
    ...form,
    me: user.id,
    campaignId: crypto.randomUUID(),
    defaultPeriod: { startsOn: typedDate(today), endsOn: typedDate(addCalendarDays(today, 90)) },
  });
}

export async function action({ request }: ActionFunctionArgs) {
  const formData = await readForm(request);
  const user = await requireStaffUser(request);
  const prisma = getPrisma();
  const intent = formData.get("intent");
  if (intent === "preview") {
    // The preview reads only the choice: the rest of the form may still be unwritten.
    const submission = parseWithZod(formData, { schema: campaignSelectionSchema });
    if (submission.status !== "success") return json({ result: submission.reply(), preview: null }, { status: 400 });
    const preview = await previewSelection(prisma, user.jobcentreId, submission.value);
    if (!preview.ok) return json({ result: submission.reply({ fieldErrors: { [preview.field ?? ""]: [preview.message] } }), preview: null }, { status: CAMPAIGN_STATUS_OF[preview.code] });
    return json({ result: submission.reply(), preview });
  }
  if (intent === "startCampaign") {
    const submission = parseWithZod(formData, { schema: newCampaignFormSchema });
    if (submission.status !== "success") return json({ result: withHiddenFieldErrorsOnForm(submission.reply(), ["campaignId", "intent"]), preview: null }, { status: 400 });
    const result = await startCampaign(prisma, { jobcentreId: user.jobcentreId, byUserId: user.id, values: submission.value });
    if (result.ok) return redirect(`/kampagner/${result.id}?startet=1`);
    const reply = result.field ? submission.reply({ fieldErrors: { [result.field]: [result.message] } }) : submission.reply({ formErrors: [result.message] });
    return json({ result: reply, preview: null }, { status: CAMPAIGN_STATUS_OF[result.code] });
  }
  throw new Response("Ukendt handling.", { status: 400 });
}

export default function NewCampaign() {
  const { consultants, postcodes, focusBranches, me, campaignId, defaultPeriod } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const [form, fields] = useForm({
    id: "kampagne-form",
    lastResult: actionData?.result,
    defaultValue: { ...defaultPeriod, consultantIds: consultants.some((c) => c.id === me) ? [me] : [] },
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: formData.get("intent") === "startCampaign" ? newCampaignFormSchema : campaignSelectionSchema }),
  });
  const preview = actionData?.preview ?? null;
  return (
    <>
      <p>
        <Link to="/kampagner">Til kampagnerne</Link>
      </p>
      <h1>Ny kampagne</h1>
      <p>
        Kampagnen vælger virksomheder i jobcentrets register efter branche, størrelse og område og fordeler dem mellem de konsulenter, der skal
        besøge dem. Virksomheder med reklamebeskyttelse kommer aldrig med. Udvalget laves, når kampagnen startes.
      </p>
      <FormErrors heading="Kampagnen er ikke startet" errors={form.errors} id={form.errorId} />
      <Form method="post" {...getFormProps(form)} className="mt-4">
        <CsrfInput />
        <input type="hidden" name="campaignId" value={campaignId} />
        <fieldset>
          <legend className="h3">Kampagnen</legend>
          <TextField field={fields.topic} label="Emne" hint="Fx »Rekruttering til byggeriet« eller »Fleksjob i detailhandlen«." autoComplete="off" className="form-input input-width-xl" />
          <TextareaField field={fields.description} label="Beskrivelse (valgfrit)" hint="Hvad konsulenterne skal fortælle virksomhederne om." rows={4} className="form-input input-width-xl" />
          <DateField field={fields.startsOn} label="Første dag" hint="Fx 01-03-2027." />
          <DateField field={fields.endsOn} label="Sidste dag" hint={`Højst ${CAMPAIGN_LIMITS.days} dage.`} />
          <NumberField field={fields.targetCompanies} label="Mål: antal virksomheder, der skal besøges" min={1} max={CAMPAIGN_LIMITS.companies} />
        </fieldset>
        <fieldset>
          <legend className="h3">Udvalget af virksomheder</legend>
          {focusBranches.length > 0 ? (
            <CheckboxGroup
              field={fields.focusBranchIds}
              legend="Jobcentrets fokusbrancher (valgfrit)"
              hint="Deres branchekoder kommer med sammen med dem, du skriver nedenfor."
              options={focusBranches.map((b) => ({ value: b.id, label: `${b.name} (${b.industryCodes.join(", ")})` }))}
            />
          ) : null}
          <TextField
            field={fields.industryCodes}
            label="Branchekoder (valgfrit)"
            hint="Begyndelsen af branchekoden, adskilt af komma, fx 41, 43 for byggeri. Tomt: alle brancher."
            autoComplete="off"
            className="form-input input-width-l"
          />
          <CheckboxGroup field={fields.employeeBands} legend="Antal ansatte (valgfrit)" hint="Ingen valgt: alle størrelser." options={EMPLOYEE_BANDS.map((b) => ({ value: b, label: employeeBandLabel(b) }))} />
          {postcodes.length > 0 ? (
            <CheckboxGroup field={fields.postcodes} legend="Område (valgfrit)" hint="Virksomheden eller en af dens produktionsenheder ligger her. Ingen valgt: hele jobcentrets område." options={postcodes.map((p) => ({ value: p.postcode, label: `${p.postcode} ${p.city}` }))} />
          ) : null}
          <button type="submit" name="intent" value="preview" className="button button-secondary" disabled={busy}>
            Vis udvalget
          </button>
        </fieldset>
        {preview?.ok ? <Preview preview={preview} /> : null}
        <fieldset className="mt-5">
          <legend className="h3">Konsulenter</legend>
          <CheckboxGroup field={fields.consultantIds} legend="Hvem skal besøge virksomhederne?" hint="Virksomhederne fordeles ligeligt, så hver konsulent får naboer efter postnummer." options={consultants.map((c) => ({ value: c.id, label: c.name }))} />
        </fieldset>
        <button type="submit" name="intent" value="startCampaign" className="button button-primary mt-4" disabled={busy}>
          Start kampagnen
        </button>
      </Form>
    </>
  );
}

type PreviewData = Extract<NonNullable<NonNullable<ReturnType<typeof useActionData<typeof action>>>["preview"]>, { ok: true }>;

function Preview({ preview }: { preview: PreviewData }) {
  const n = preview.protectedLeftOut;
  const leftOut = n > 0 ? ` ${n} ${n === 1 ? "virksomhed" : "virksomheder"} med reklamebeskyttelse er udeladt.` : "";
  return (
    <section aria-labelledby="udvalg-titel" className="mt-5">
      <h2 id="udvalg-titel" className="h3">
        Udvalget
      </h2>
      {preview.tooMany ? (
        <Alert kind="warning" heading={`Udvalget rummer ${preview.chosen} virksomheder: det er for mange`}>
          <p>En kampagne kan højst vælge {CAMPAIGN_LIMITS.companies.toLocaleString("da-DK")}. Gør udvalget smallere.{leftOut}</p>
        </Alert>
      ) : (
        <Alert kind="info" heading={`Kampagnen vil vælge ${preview.chosen} ${preview.chosen === 1 ? "virksomhed" : "virksomheder"}`}>
          {leftOut ? <p>{leftOut.trim()}</p> : null}
        </Alert>
      )}
      {preview.first.length > 0 ? (
        <ScrollBox label="De første virksomheder i udvalget">
          <table className="table table--compact">
            <caption>De første {preview.first.length} efter postnummer og navn</caption>
            <thead>
              <tr>
                <th scope="col">Virksomhed</th>
                <th scope="col">CVR-nummer</th>
                <th scope="col">Adresse</th>
                <th scope="col">Ansatte</th>
              </tr>
            </thead>
            <tbody>
              {preview.first.map((c) => (
                <tr key={c.cvr}>
                  <th scope="row">{c.name}</th>
                  <td>{c.cvr}</td>
                  <td>{c.address}</td>
                  <td>{c.employees}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      ) : null}
    </section>
  );
}
