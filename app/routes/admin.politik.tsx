// The jobcentre's response policy for admins: the current version, all versions, and a form that
// creates a new version. A version is never edited: running orders keep the one they started with.
import { getFormProps, getInputProps, getTextareaProps, useForm } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import type { z } from "zod";
import { Alert, FieldError, formGroupClass, NumberField } from "~/components/forms";
import { CsrfInput } from "~/components/csrf-input";
import {
  describeLifecycle,
  describeOpeningHours,
  holidaysOfYear,
  parsePolicyForm,
  policyFormDefaults,
  weekdayOptions,
} from "~/models/policy/admin.server";
import { createPolicyVersion, describePolicy, getCurrentPolicy, listPolicyVersions } from "~/models/policy/policy.server";
import { LIFECYCLE_LIMITS, type policyFormSchema } from "~/schemas/policy";
import { readForm } from "~/utils/csrf.server";
import { getPrisma } from "~/utils/db.server";
import type { OpeningHours } from "~/utils/deadlines";
import { formatDate, formatDateTime } from "~/utils/format";
import { requireStaffUser } from "~/utils/session.server";
import { ScrollBox } from "~/components/scroll-box";

export const meta: MetaFunction = () => [{ title: "Frister og regler – Jobcentrenes rekrutteringsservice" }];

type PolicyFormInput = z.input<typeof policyFormSchema>;

function modeText(mode: string): string {
  return mode === "WORKING_HOURS" ? "Arbejdstimer inden for åbningstiden" : "Timer døgnet rundt";
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function afterDeadline(hours: number): string {
  if (hours === 0) return "når fristen udløber";
  return `${hours} ${hours === 1 ? "time" : "timer"} efter fristen`;
}

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireStaffUser(request, { roles: ["ADMIN"] });
  const prisma = getPrisma();
  const [jobcentre, current, versions] = await Promise.all([
    prisma.jobcentre.findUniqueOrThrow({ where: { id: user.jobcentreId }, select: { name: true } }),
    getCurrentPolicy(prisma, user.jobcentreId),
    listPolicyVersions(prisma, user.jobcentreId),
  ]);
  const year = Number(new Intl.DateTimeFormat("en", { year: "numeric", timeZone: "Europe/Copenhagen" }).format(new Date()));
  const saved = new URL(request.url).searchParams.get("gemt");
  return json({
    jobcentreName: jobcentre.name,
    saved: saved && /^\d+$/.test(saved) ? Number(saved) : null,
    current: current
      ? {
          title: describePolicy(current),
          responseHours: current.responseHours,
          mode: modeText(current.countingMode),
          openingHours: describeOpeningHours(current.openingHours as OpeningHours),
          holidays: current.useDanishHolidays ? "Lukket på danske helligdage" : "Helligdage tæller som almindelige dage",
          extraClosedDays: (current.extraClosedDays as string[]).join(", ") || "Ingen",
          warningAtPercent: current.warningAtPercent,
          escalateTeamLeadAfterHours: current.escalateTeamLeadAfterHours,
          escalateManagerAfterHours: current.escalateManagerAfterHours,
          escalationEmails: current.escalationEmails.join(", ") || "Ingen ud over teamledere og ledere",
          note: current.note,
          consentReply: count(current.consentReplyDays, "dag", "dage"),
          referralWithin: count(current.referralWithinWorkingDays, "arbejdsdag", "arbejdsdage"),
          meeting:
            current.meetingAbovePositions === null
              ? "Intet møde"
              : `Ved flere end ${count(current.meetingAbovePositions, "stilling", "stillinger")}, inden for ${count(current.meetingWithinWorkingDays, "arbejdsdag", "arbejdsdage")}`,
          meetingSlotTimes: current.meetingSlotTimes.map((t) => t.replace(":", ".")).join(", "),
          answerNextSteps: current.answerNextSteps,
          feedbackReminder: count(current.feedbackReminderWorkingDays, "arbejdsdag", "arbejdsdage"),
          followUp: count(current.followUpWeeksAfterStart, "uge", "uger"),
          orderOpen: count(current.orderOpenDays, "dag", "dage"),
          surveyReminder: count(current.surveyReminderDays, "dag", "dage"),
          surveyClose: count(current.surveyCloseDays, "dag", "dage"),
        }
      : null,
    versions: versions.map((v) => ({
      id: v.id,
      version: v.version,
      current: v.id === current?.id,
      createdAt: formatDateTime(v.createdAt),
      createdBy: v.createdBy?.name ?? "Systemet",
      responseHours: v.responseHours,
      mode: v.countingMode === "WORKING_HOURS" ? "Arbejdstimer" : "Døgnet rundt",
      openingHours: v.countingMode === "WORKING_HOURS" ? describeOpeningHours(v.openingHours as OpeningHours) : "–",
      lifecycle: describeLifecycle(v),
      note: v.note ?? "",
    })),
    defaults: policyFormDefaults(current),
    weekdays: weekdayOptions(),
    year,
    holidays: holidaysOfYear(year).map((h) => ({ date: h.date, name: h.name, text: formatDate(new Date(`${h.date}T12:00:00Z`)) })),
  });
}

export async function action({ request }: ActionFunctionArgs) {
  const formData = await readForm(request);
  const user = await requireStaffUser(request, { roles: ["ADMIN"] });
  const submission = parsePolicyForm(formData);
  if (submission.status !== "success") return json(submission.reply(), { status: 400 });
  const created = await createPolicyVersion(getPrisma(), user.jobcentreId, user.id, submission.value);
  return redirect(`/admin/politik?gemt=${created.version}`);
}

export default function PolicyAdmin() {
  const { jobcentreName, saved, current, versions, defaults, weekdays, year, holidays } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const navigation = useNavigation();
  const [form, fields] = useForm<PolicyFormInput>({
    // A new id per saved version, so the form starts again from the version just created.
    id: `policy-form-${versions[0]?.version ?? 0}`,
    lastResult,
    defaultValue: defaults as PolicyFormInput | undefined,
    shouldValidate: "onSubmit",
  });
  const openingFields = fields.openingHours.getFieldset();

  return (
    <>
      <h1>Jobcentrets frister og regler for jobordrer</h1>
      <p className="font-lead">{jobcentreName}</p>
      {saved ? <Alert kind="success" heading={`Version ${saved} er gemt`}>Den gælder for nye jobordrer fra nu.</Alert> : null}
      <Alert kind="info" heading="En ændring gælder kun nye jobordrer">
        <p>Jobordrer, der allerede er modtaget, beholder den version af reglerne, de startede med.</p>
      </Alert>

      <h2>Gældende regler</h2>
      {current ? (
        <dl>
          <dt>Version</dt>
          <dd>{current.title}</dd>
          <dt>Svarfrist</dt>
          <dd>{current.responseHours} timer</dd>
          <dt>Fristen tælles</dt>
          <dd>{current.mode}</dd>
          <dt>Åbningstid</dt>
          <dd>{current.openingHours}</dd>
          <dt>Helligdage</dt>
          <dd>{current.holidays}</dd>
          <dt>Ekstra lukkedage</dt>
          <dd>{current.extraClosedDays}</dd>
          <dt>Varsel til konsulenten</dt>
          <dd>Når {current.warningAtPercent} % af tiden er brugt</dd>
          <dt>Eskalering</dt>
          <dd>
            Til teamleder {afterDeadline(current.escalateTeamLeadAfterHours)}, til leder {afterDeadline(current.escalateManagerAfterHours)}
          </dd>
          <dt>Ekstra modtagere af eskaleringer</dt>
          <dd>{current.escalationEmails}</dd>
          <dt>Frist for jobsøgerens samtykke</dt>
          <dd>{current.consentReply}</dd>
          <dt>Første kandidat henvist inden for</dt>
          <dd>{current.referralWithin} – ellers den regionale rekrutteringsservice</dd>
          <dt>Møde med virksomheden</dt>
          <dd>{current.meeting}</dd>
          <dt>Mødetider, der tilbydes</dt>
          <dd>{current.meetingSlotTimes}</dd>
          <dt>Næste skridt, konsulenterne vælger i svaret</dt>
          <dd>
            <ul className="m-0">
              {current.answerNextSteps.map((step) => (
                <li key={step}>{step}</li>
              ))}
            </ul>
          </dd>
          <dt>Påmindelse om tilbagemelding efter</dt>
          <dd>{current.feedbackReminder}</dd>
          <dt>Opfølgning efter ansættelsesstart</dt>
          <dd>{current.followUp}</dd>
          <dt>Jobordren lukkes uden ansøgningsfrist efter</dt>
          <dd>{current.orderOpen}</dd>
          <dt>Tilfredshedsundersøgelse</dt>
          <dd>Påmindelse efter {current.surveyReminder}, lukkes {current.surveyClose} efter påmindelsen</dd>
          {current.note ? (
            <>
              <dt>Note</dt>
              <dd>{current.note}</dd>
            </>
          ) : null}
        </dl>
      ) : (
        <p>Jobcentret har endnu ingen regler for jobordrer. Opret den første version herunder.</p>
      )}

      <h2 className="mt-8">Opret en ny version</h2>
      {form.errors || Object.values(lastResult?.error ?? {}).some((e) => e && e.length > 0) ? (
        <Alert kind="error" heading="Den nye version er ikke gemt">
          <p id={form.errorId}>{form.errors?.join(" ") ?? "Ret fejlene i formularen herunder."}</p>
        </Alert>
      ) : null}
      <Form method="post" {...getFormProps(form)}>
        <CsrfInput />

        <div className={formGroupClass(fields.responseHours.errors)}>
          <label className="form-label" htmlFor={fields.responseHours.id}>Svarfrist i timer</label>
          <span className="form-hint" id="responseHours-hint">Fra 1 til 720 timer.</span>
          <FieldError id={fields.responseHours.errorId} errors={fields.responseHours.errors} />
          <input
            className="form-input input-width-xs"
            inputMode="numeric"
            {...getInputProps(fields.responseHours, { type: "number", ariaDescribedBy: "responseHours-hint" })}
            min={1}
            max={720}
          />
        </div>

        <div className={formGroupClass(fields.countingMode.errors)}>
          <fieldset aria-describedby={fields.countingMode.errors ? fields.countingMode.errorId : undefined}>
            <legend className="form-label">Hvordan tælles fristen?</legend>
            <FieldError id={fields.countingMode.errorId} errors={fields.countingMode.errors} />
            <div className="form-group-radio">
              <input className="form-radio" {...getInputProps(fields.countingMode, { type: "radio", value: "CLOCK_HOURS", ariaAttributes: false })} id="countingMode-clock" />
              <label className="form-label" htmlFor="countingMode-clock">Timer døgnet rundt</label>
            </div>
            <div className="form-group-radio">
              <input className="form-radio" {...getInputProps(fields.countingMode, { type: "radio", value: "WORKING_HOURS", ariaAttributes: false })} id="countingMode-working" />
              <label className="form-label" htmlFor="countingMode-working">Arbejdstimer inden for åbningstiden</label>
            </div>
          </fieldset>
        </div>

        <div className={formGroupClass(fields.openingHours.errors)}>
          <fieldset aria-describedby="openingHours-hint">
            <legend className="form-label">Åbningstid</legend>
            <span className="form-hint" id="openingHours-hint">
              Bruges, når fristen tælles i arbejdstimer. Lad begge felter stå tomme på en lukket dag.
            </span>
            <FieldError id={fields.openingHours.errorId} errors={fields.openingHours.errors} />
            <table className="table table--compact">
              <caption className="sr-only">Åbningstid pr. ugedag</caption>
              <thead>
                <tr>
                  <th scope="col">Ugedag</th>
                  <th scope="col">Åbner</th>
                  <th scope="col">Lukker</th>
                </tr>
              </thead>
              <tbody>
                {weekdays.map(({ key, label }) => {
                  const day = openingFields[key].getFieldset();
                  const errors = [...(day.from.errors ?? []), ...(day.to.errors ?? [])];
                  return (
                    <tr key={key}>
                      <th scope="row">
                        {label}
                        <FieldError id={`openingHours-${key}-error`} errors={errors.length > 0 ? errors : null} />
                      </th>
                      <td>
                        <label className="sr-only" htmlFor={day.from.id}>{label} åbner</label>
                        <input
                          className="form-input"
                          {...getInputProps(day.from, { type: "time", ariaAttributes: false })}
                          aria-invalid={day.from.errors ? true : undefined}
                          aria-describedby={errors.length > 0 ? `openingHours-${key}-error` : undefined}
                        />
                      </td>
                      <td>
                        <label className="sr-only" htmlFor={day.to.id}>{label} lukker</label>
                        <input
                          className="form-input"
                          {...getInputProps(day.to, { type: "time", ariaAttributes: false })}
                          aria-invalid={day.to.errors ? true : undefined}
                          aria-describedby={errors.length > 0 ? `openingHours-${key}-error` : undefined}
                        />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </fieldset>
        </div>

        <div className="form-group">
          <div className="form-group-checkbox">
            <input className="form-checkbox" {...getInputProps(fields.useDanishHolidays, { type: "checkbox" })} />
            <label className="form-label" htmlFor={fields.useDanishHolidays.id}>Lukket på danske helligdage</label>
          </div>
        </div>

        <div className={formGroupClass(fields.extraClosedDays.errors)}>
          <label className="form-label" htmlFor={fields.extraClosedDays.id}>Ekstra lukkedage</label>
          <span className="form-hint" id="extraClosedDays-hint">Én dato pr. linje som åååå-mm-dd, fx 2026-12-24.</span>
          <FieldError id={fields.extraClosedDays.errorId} errors={fields.extraClosedDays.errors} />
          <textarea className="form-input input-width-m" rows={5} {...getTextareaProps(fields.extraClosedDays, { ariaDescribedBy: "extraClosedDays-hint" })} />
        </div>

        <div className={formGroupClass(fields.warningAtPercent.errors)}>
          <label className="form-label" htmlFor={fields.warningAtPercent.id}>Varsel til konsulenten, når så mange procent af tiden er brugt</label>
          <span className="form-hint" id="warningAtPercent-hint">Fra 1 til 99.</span>
          <FieldError id={fields.warningAtPercent.errorId} errors={fields.warningAtPercent.errors} />
          <input
            className="form-input input-width-xs"
            inputMode="numeric"
            {...getInputProps(fields.warningAtPercent, { type: "number", ariaDescribedBy: "warningAtPercent-hint" })}
            min={1}
            max={99}
          />
        </div>

        <div className={formGroupClass(fields.escalateTeamLeadAfterHours.errors)}>
          <label className="form-label" htmlFor={fields.escalateTeamLeadAfterHours.id}>Eskalér til teamleder, timer efter fristen</label>
          <span className="form-hint" id="escalateTeamLeadAfterHours-hint">0 betyder, når fristen udløber. Tælles på samme måde som fristen.</span>
          <FieldError id={fields.escalateTeamLeadAfterHours.errorId} errors={fields.escalateTeamLeadAfterHours.errors} />
          <input
            className="form-input input-width-xs"
            inputMode="numeric"
            {...getInputProps(fields.escalateTeamLeadAfterHours, { type: "number", ariaDescribedBy: "escalateTeamLeadAfterHours-hint" })}
            min={0}
            max={720}
          />
        </div>

        <div className={formGroupClass(fields.escalateManagerAfterHours.errors)}>
          <label className="form-label" htmlFor={fields.escalateManagerAfterHours.id}>Eskalér til leder, timer efter fristen</label>
          <span className="form-hint" id="escalateManagerAfterHours-hint">Samme antal som teamlederen eller flere.</span>
          <FieldError id={fields.escalateManagerAfterHours.errorId} errors={fields.escalateManagerAfterHours.errors} />
          <input
            className="form-input input-width-xs"
            inputMode="numeric"
            {...getInputProps(fields.escalateManagerAfterHours, { type: "number", ariaDescribedBy: "escalateManagerAfterHours-hint" })}
            min={0}
            max={720}
          />
        </div>

        <div className={formGroupClass(fields.escalationEmails.errors)}>
          <label className="form-label" htmlFor={fields.escalationEmails.id}>Ekstra modtagere af eskaleringer</label>
          <span className="form-hint" id="escalationEmails-hint">
            E-mailadresser adskilt af komma eller linjeskift. Jobcentrets teamledere og ledere får dem altid.
          </span>
          <FieldError id={fields.escalationEmails.errorId} errors={fields.escalationEmails.errors} />
          <textarea className="form-input input-width-xl" rows={3} {...getTextareaProps(fields.escalationEmails, { ariaDescribedBy: "escalationEmails-hint" })} />
        </div>

        <fieldset className="mb-6" aria-describedby="efter-svaret-hint">
          <legend className="h3">Efter svaret</legend>
          <p className="form-hint" id="efter-svaret-hint">
            Frister for forløbet, efter at virksomheden har fået svar. Arbejdsdage er dage med åbningstid – helligdage (hvis
            valgt) og ekstra lukkedage tæller ikke med – uanset hvordan svarfristen tælles.
          </p>

          <NumberField
            field={fields.consentReplyDays}
            label="Standardfrist for jobsøgerens samtykke (dage)"
            hint={`Foreslås, når en jobsøger bliver spurgt, om vedkommende vil henvises. Konsulenten kan vælge en anden. Fra ${LIFECYCLE_LIMITS.consentReplyDays.min} til ${LIFECYCLE_LIMITS.consentReplyDays.max} dage.`}
            {...LIFECYCLE_LIMITS.consentReplyDays}
          />
          <NumberField
            field={fields.referralWithinWorkingDays}
            label="Henvisning af første kandidat inden for (arbejdsdage) – ellers regional rekrutteringsservice"
            hint={`Tælles fra svaret. Er ingen kandidat henvist til virksomheden inden da, får den regionale rekrutteringsservice jobordren. Fra ${LIFECYCLE_LIMITS.referralWithinWorkingDays.min} til ${LIFECYCLE_LIMITS.referralWithinWorkingDays.max} arbejdsdage.`}
            {...LIFECYCLE_LIMITS.referralWithinWorkingDays}
          />
          <NumberField
            field={fields.meetingAbovePositions}
            label="Møde med virksomheden ved flere stillinger end"
            hint={`Fx 5: en jobordre med 6 stillinger eller flere giver et møde med virksomheden. Lad feltet stå tomt, hvis der ikke loves møde. Fra ${LIFECYCLE_LIMITS.meetingAbovePositions.min} til ${LIFECYCLE_LIMITS.meetingAbovePositions.max}.`}
            {...LIFECYCLE_LIMITS.meetingAbovePositions}
          />
          <NumberField
            field={fields.meetingWithinWorkingDays}
            label="Mødet holdes inden for (arbejdsdage)"
            hint={`Tælles fra svaret. Bruges kun, når der loves møde. Fra ${LIFECYCLE_LIMITS.meetingWithinWorkingDays.min} til ${LIFECYCLE_LIMITS.meetingWithinWorkingDays.max} arbejdsdage.`}
            {...LIFECYCLE_LIMITS.meetingWithinWorkingDays}
          />
          <div className={formGroupClass(fields.meetingSlotTimes.errors)}>
            <label className="form-label" htmlFor={fields.meetingSlotTimes.id}>Mødetider, der tilbydes</label>
            <span className="form-hint" id="meetingSlotTimes-hint">
              Klokkeslæt som tt:mm adskilt af komma eller linjeskift, fx 09:00, 13:00. Virksomheden kan vælge et af dem på
              hver arbejdsdag frem til mødefristen. Fra {LIFECYCLE_LIMITS.meetingSlotTimes.min} til {LIFECYCLE_LIMITS.meetingSlotTimes.max} tider.
            </span>
            <FieldError id={fields.meetingSlotTimes.errorId} errors={fields.meetingSlotTimes.errors} />
            <textarea className="form-input input-width-m" rows={2} {...getTextareaProps(fields.meetingSlotTimes, { ariaDescribedBy: "meetingSlotTimes-hint" })} />
          </div>
          <div className={formGroupClass(fields.answerNextSteps.errors)}>
            <label className="form-label" htmlFor={fields.answerNextSteps.id}>Næste skridt i svaret til virksomheden</label>
            <span className="form-hint" id="answerNextSteps-hint">
              Ét pr. linje, i jeres egne ord. Konsulenten vælger et af dem i svaret på en ny jobordre og skriver, hvem der har
              jobordren, og hvornår det sker. Fra {LIFECYCLE_LIMITS.answerNextSteps.min} til {LIFECYCLE_LIMITS.answerNextSteps.max}, hver højst{" "}
              {LIFECYCLE_LIMITS.answerNextSteps.length} tegn.
            </span>
            <FieldError id={fields.answerNextSteps.errorId} errors={fields.answerNextSteps.errors} />
            <textarea className="form-input input-width-xl" rows={5} {...getTextareaProps(fields.answerNextSteps, { ariaDescribedBy: "answerNextSteps-hint" })} />
          </div>
          <NumberField
            field={fields.feedbackReminderWorkingDays}
            label="Påmind virksomheden om tilbagemelding på en kandidat efter (arbejdsdage)"
            hint={`Når virksomheden ikke har svaret på en henvist kandidat. Fra ${LIFECYCLE_LIMITS.feedbackReminderWorkingDays.min} til ${LIFECYCLE_LIMITS.feedbackReminderWorkingDays.max} arbejdsdage.`}
            {...LIFECYCLE_LIMITS.feedbackReminderWorkingDays}
          />
          <NumberField
            field={fields.followUpWeeksAfterStart}
            label="Opfølgning hos virksomheden efter ansættelsesstart (uger)"
            hint={`Konsulenten får en opgave om at følge op, når en henvist kandidat er ansat. Fra ${LIFECYCLE_LIMITS.followUpWeeksAfterStart.min} til ${LIFECYCLE_LIMITS.followUpWeeksAfterStart.max} uger.`}
            {...LIFECYCLE_LIMITS.followUpWeeksAfterStart}
          />
          <NumberField
            field={fields.orderOpenDays}
            label="Jobordren lukkes efter (dage) uden ansøgningsfrist"
            hint={`Dage fra modtagelsen, når virksomheden ikke har angivet en ansøgningsfrist. Fra ${LIFECYCLE_LIMITS.orderOpenDays.min} til ${LIFECYCLE_LIMITS.orderOpenDays.max} dage.`}
            {...LIFECYCLE_LIMITS.orderOpenDays}
          />
          <NumberField
            field={fields.surveyReminderDays}
            label="Påmindelse om tilfredshedsundersøgelsen efter (dage)"
            hint={`Undersøgelsen sendes, når jobordren lukker; én påmindelse efter så mange dage uden svar. Fra ${LIFECYCLE_LIMITS.surveyReminderDays.min} til ${LIFECYCLE_LIMITS.surveyReminderDays.max} dage.`}
            {...LIFECYCLE_LIMITS.surveyReminderDays}
          />
          <NumberField
            field={fields.surveyCloseDays}
            label="Tilfredshedsundersøgelsen lukkes efter påmindelsen (dage)"
            hint={`Derefter kan den ikke længere besvares. Fra ${LIFECYCLE_LIMITS.surveyCloseDays.min} til ${LIFECYCLE_LIMITS.surveyCloseDays.max} dage.`}
            {...LIFECYCLE_LIMITS.surveyCloseDays}
          />
        </fieldset>

        <div className={formGroupClass(fields.note.errors)}>
          <label className="form-label" htmlFor={fields.note.id}>Note om ændringen (valgfri)</label>
          <FieldError id={fields.note.errorId} errors={fields.note.errors} />
          <textarea className="form-input input-width-xl" rows={2} {...getTextareaProps(fields.note)} />
        </div>

        <button type="submit" className="button button-primary" disabled={navigation.state === "submitting"}>
          Opret ny version
        </button>
      </Form>

      <h2 className="mt-8">Alle versioner</h2>
      {versions.length === 0 ? (
        <p>Ingen versioner endnu.</p>
      ) : (
        <ScrollBox label="Versioner af reglerne">
          <table className="table table--zebra">
            <caption>Versioner af reglerne, nyeste først</caption>
            <thead>
              <tr>
                <th scope="col">Version</th>
                <th scope="col">Oprettet</th>
                <th scope="col">Af</th>
                <th scope="col">Svarfrist</th>
                <th scope="col">Tælles</th>
                <th scope="col">Åbningstid</th>
                <th scope="col">Efter svaret</th>
                <th scope="col">Note</th>
              </tr>
            </thead>
            <tbody>
              {versions.map((v) => (
                <tr key={v.id}>
                  <th scope="row">
                    v{v.version}
                    {v.current ? " (gældende)" : ""}
                  </th>
                  <td>{v.createdAt}</td>
                  <td>{v.createdBy}</td>
                  <td>{v.responseHours} timer</td>
                  <td>{v.mode}</td>
                  <td>{v.openingHours}</td>
                  <td>{v.lifecycle}</td>
                  <td>{v.note}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      )}

      <h2 className="mt-8">Danske helligdage {year}</h2>
      <p>Når &quot;Lukket på danske helligdage&quot; er valgt, tæller disse dage ikke med i arbejdstimer.</p>
      <ul>
        {holidays.map((h) => (
          <li key={h.date}>
            {h.text}: {h.name}
          </li>
        ))}
      </ul>
    </>
  );
}
