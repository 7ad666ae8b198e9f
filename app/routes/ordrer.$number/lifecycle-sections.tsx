// The order page's sections after the answer: candidates (ask for consent, record a yes or no given by
// phone, withdraw), tasks, the meeting, the regional recruitment service and the close. Plain forms:
// everything works without JavaScript; errors come back from the action beside the form they belong to.
import { Form, Link } from "@remix-run/react";
import { CsrfInput } from "~/components/csrf-input";
import { Alert, FieldError, formGroupClass } from "~/components/forms";
import type { OrderLifecycleView } from "~/models/job-order/staff-view.server";
import { REPLY_BY_CHOICES, REPLY_BY_LABELS } from "~/schemas/referral";
import { ScrollBox } from "~/components/scroll-box";

export type LifecycleIntent = "requestConsent" | "consentByPhone" | "withdraw" | "completeTask" | "shareWithRegion" | "close";

/** What the action sent back for one form: its errors by field ("" for the form), and which row. */
export type LifecycleFeedback = { intent: LifecycleIntent; target: string | null; errors: Record<string, string[] | null | undefined>; values: Record<string, unknown> };

type Props = {
  orderNumber: string;
  view: OrderLifecycleView;
  feedback: LifecycleFeedback | null;
  updateKey: (intent: LifecycleIntent, target?: string) => string;
  busy: string | null;
};

/**
 * Whether the form a feedback belongs to is on the page. If not (its row is gone, or the post came from a page
 * out of date), the route shows the feedback's errors on their own instead of dropping them.
 */
export function isLifecycleFormShown(view: Props["view"], feedback: LifecycleFeedback): boolean {
  const referral = view.referrals.find((r) => r.id === feedback.target);
  switch (feedback.intent) {
    case "requestConsent":
      return view.canWorkOnCandidates && view.referrals.some((r) => r.canAsk);
    case "consentByPhone":
      return Boolean(referral?.canRecordConsent);
    case "withdraw":
      return Boolean(referral?.canWithdraw);
    case "completeTask":
      return view.tasks.some((t) => t.id === feedback.target && t.canComplete);
    case "shareWithRegion":
      return Boolean(view.region && !view.region.sharedAt && view.canShareWithRegion);
    case "close":
      return !view.closed && view.canClose;
  }
}

function errorsFor(feedback: LifecycleFeedback | null, intent: LifecycleIntent, target: string | null = null) {
  return feedback && feedback.intent === intent && feedback.target === target ? feedback.errors : null;
}

function FormError({ errors, heading }: { errors: Record<string, string[] | null | undefined> | null; heading: string }) {
  const messages = errors?.[""];
  return messages && messages.length > 0 ? (
    <Alert kind="error" heading={heading}>
      <p>{messages.join(" ")}</p>
    </Alert>
  ) : null;
}

export function OrderLifecycleSections({ orderNumber, view, feedback, updateKey, busy }: Props) {
  return (
    <>
      <CandidatesSection orderNumber={orderNumber} view={view} feedback={feedback} updateKey={updateKey} busy={busy} />
      <TasksSection view={view} feedback={feedback} updateKey={updateKey} busy={busy} />
      {view.meeting ? <MeetingSection meeting={view.meeting} /> : null}
      {view.region ? <RegionSection view={view} feedback={feedback} updateKey={updateKey} busy={busy} /> : null}
      <CloseSection view={view} feedback={feedback} updateKey={updateKey} busy={busy} />
    </>
  );
}

function CandidatesSection({ orderNumber, view, feedback, updateKey, busy }: Props) {
  const askable = view.referrals.filter((r) => r.canAsk);
  const askErrors = errorsFor(feedback, "requestConsent");
  const askValues = feedback?.intent === "requestConsent" ? feedback.values : null;
  const chosenReplyBy = typeof askValues?.replyBy === "string" ? askValues.replyBy : view.consentDefault;
  const chosenIds = new Set(Array.isArray(askValues?.referralIds) ? (askValues.referralIds as string[]) : typeof askValues?.referralIds === "string" ? [askValues.referralIds] : []);

  return (
    <section aria-labelledby="kandidater-titel" className="mb-6">
      <h2 id="kandidater-titel">Kandidater</h2>
      {!view.answered ? (
        <p>Svar virksomheden først. Derefter kan du sætte kandidater på kortlisten og bede dem om samtykke.</p>
      ) : (
        <p>
          {view.canWorkOnCandidates ? <Link to={`/ordrer/${encodeURIComponent(orderNumber)}/kandidater`}>Søg kandidater og sæt dem på kortlisten</Link> : null}
          {view.referralDueAt && view.canWorkOnCandidates ? ` – første kandidat skal være henvist senest ${view.referralDueAt}.` : null}
        </p>
      )}
      {view.referrals.length === 0 ? (
        view.answered ? <p>Ingen kandidater på denne jobordre endnu.</p> : null
      ) : (
        <ScrollBox label="Kandidater på jobordren">
          <table className="table table--zebra">
            <caption>Kandidater på jobordren ({view.referrals.length})</caption>
            <thead>
              <tr>
                <th scope="col">Spørg om samtykke</th>
                <th scope="col">Kandidat</th>
                <th scope="col">Status</th>
                <th scope="col">Handlinger</th>
              </tr>
            </thead>
            <tbody>
              {view.referrals.map((r) => {
                const phoneErrors = errorsFor(feedback, "consentByPhone", r.id);
                const withdrawErrors = errorsFor(feedback, "withdraw", r.id);
                return (
                  <tr key={r.id}>
                    <td>
                      {r.canAsk && view.canWorkOnCandidates ? (
                        <div className="form-group-checkbox">
                          <input
                            className="form-checkbox"
                            type="checkbox"
                            id={`spoerg-${r.id}`}
                            name="referralIds"
                            value={r.id}
                            form="samtykke-form"
                            // Those on the shortlist are the ones to ask: ticked already, unless a refused try chose others.
                            defaultChecked={askValues ? chosenIds.has(r.id) : r.askByDefault}
                          />
                          <label className="form-label" htmlFor={`spoerg-${r.id}`}>
                            <span className="sr-only">Spørg {r.name}</span>
                          </label>
                        </div>
                      ) : null}
                    </td>
                    <th scope="row">
                      {r.name}
                      <div className="weight-normal">{r.occupations}</div>
                      {r.jobcentre ? <div className="weight-normal">Fra {r.jobcentre}</div> : null}
                      {r.contact ? <div className="weight-normal">{r.contact}</div> : <div className="weight-normal">Ingen e-mail – spørg pr. telefon</div>}
                    </th>
                    <td>
                      {r.statusLabel}
                      {r.detail ? <div>{r.detail}</div> : null}
                      <details>
                        <summary>Historik</summary>
                        <ul className="m-0">
                          {r.history.map((h, i) => (
                            <li key={i}>{h}</li>
                          ))}
                        </ul>
                      </details>
                    </td>
                    <td>
                      {r.canRecordConsent ? (
                        <Form method="post" aria-label={`Svar fra ${r.name}`} className="mb-4">
                          <FormError errors={phoneErrors} heading="Svaret er ikke registreret" />
                          <CsrfInput />
                          <input type="hidden" name="intent" value="consentByPhone" />
                          <input type="hidden" name="referralId" value={r.id} />
                          <input type="hidden" name="updateKey" value={updateKey("consentByPhone", r.id)} />
                          <p className="m-0">Svar givet pr. telefon:</p>
                          <button type="submit" name="answer" value="YES" className="button button-secondary mr-4" disabled={busy === "consentByPhone"}>
                            Ja, del CV <span className="sr-only">for {r.name}</span>
                          </button>
                          <button type="submit" name="answer" value="NO" className="button button-secondary" disabled={busy === "consentByPhone"}>
                            Nej <span className="sr-only">fra {r.name}</span>
                          </button>
                        </Form>
                      ) : null}
                      {r.canWithdraw ? (
                        // Folded away until needed; opened again when a try was refused, so its error shows.
                        <details open={Boolean(withdrawErrors)}>
                          <summary>
                            Træk tilbage <span className="sr-only">{r.name}</span>
                          </summary>
                        <Form method="post" aria-label={`Træk ${r.name} tilbage`}>
                          <FormError errors={withdrawErrors?.[""] ? withdrawErrors : null} heading="Kandidaten er ikke trukket tilbage" />
                          <CsrfInput />
                          <input type="hidden" name="intent" value="withdraw" />
                          <input type="hidden" name="referralId" value={r.id} />
                          <input type="hidden" name="updateKey" value={updateKey("withdraw", r.id)} />
                          <div className={formGroupClass(withdrawErrors?.reason)}>
                            <label className="form-label" htmlFor={`aarsag-${r.id}`}>
                              Begrundelse <span className="sr-only">for at trække {r.name} tilbage</span>
                            </label>
                            <FieldError id={`aarsag-${r.id}-fejl`} errors={withdrawErrors?.reason} />
                            <input
                              className="form-input input-width-m"
                              type="text"
                              id={`aarsag-${r.id}`}
                              name="reason"
                              aria-invalid={withdrawErrors?.reason ? true : undefined}
                              aria-describedby={withdrawErrors?.reason ? `aarsag-${r.id}-fejl` : undefined}
                            />
                          </div>
                          <button type="submit" className="button button-tertiary" disabled={busy === "withdraw"}>
                            Træk tilbage <span className="sr-only">{r.name}</span>
                          </button>
                        </Form>
                        </details>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollBox>
      )}

      {askable.length > 0 && view.canWorkOnCandidates ? (
        <Form method="post" id="samtykke-form" aria-labelledby="samtykke-titel" className="mt-6">
          <h3 id="samtykke-titel">Bed om samtykke</h3>
          <p>
            Kandidaterne på kortlisten er krydset af i tabellen; fjern krydset ved dem, der ikke skal spørges nu. De får en mail med et link, hvor de svarer ja eller nej; uden svar inden fristen
            tæller det som nej. Først efter et ja deles deres korte CV med virksomheden.
          </p>
          <FormError errors={askErrors} heading="Ingen er spurgt" />
          {askErrors?.referralIds ? <FieldError id="referralIds-fejl" errors={askErrors.referralIds} /> : null}
          <CsrfInput />
          <input type="hidden" name="intent" value="requestConsent" />
          <input type="hidden" name="updateKey" value={updateKey("requestConsent")} />
          <fieldset className={formGroupClass(askErrors?.replyBy)} aria-describedby={askErrors?.replyBy ? "samtykkefrist-fejl" : undefined}>
            <legend className="form-label">Frist for samtykke</legend>
            <FieldError id="samtykkefrist-fejl" errors={askErrors?.replyBy} />
            {REPLY_BY_CHOICES.map((choice) => (
              <div className="form-group-radio" key={choice}>
                <input className="form-radio" type="radio" id={`samtykkefrist-${choice}`} name="replyBy" value={choice} defaultChecked={chosenReplyBy === choice} />
                <label className="form-label" htmlFor={`samtykkefrist-${choice}`}>{REPLY_BY_LABELS[choice]}</label>
              </div>
            ))}
          </fieldset>
          <div className={formGroupClass(askErrors?.replyByDate)}>
            <label className="form-label" htmlFor="samtykkefrist-dato">Dato (hvis du valgte en bestemt dato)</label>
            <FieldError id="samtykkefrist-dato-fejl" errors={askErrors?.replyByDate} />
            <input
              className="form-input input-width-s"
              type="date"
              id="samtykkefrist-dato"
              name="replyByDate"
              defaultValue={typeof askValues?.replyByDate === "string" ? askValues.replyByDate : undefined}
              aria-invalid={askErrors?.replyByDate ? true : undefined}
              aria-describedby={askErrors?.replyByDate ? "samtykkefrist-dato-fejl" : undefined}
            />
          </div>
          <button type="submit" className="button button-primary" disabled={busy === "requestConsent"}>
            Send forespørgsel om samtykke
          </button>
        </Form>
      ) : null}
    </section>
  );
}

function TasksSection({ view, feedback, updateKey, busy }: Omit<Props, "orderNumber">) {
  if (view.tasks.length === 0) return null;
  return (
    <section aria-labelledby="opgaver-titel" className="mb-6">
      <h2 id="opgaver-titel">Opgaver</h2>
      <ul className="nobullet-list">
        {view.tasks.map((t) => {
          const errors = errorsFor(feedback, "completeTask", t.id);
          return (
            <li key={t.id} className="mb-5">
              <strong>{t.kind}</strong>
              {t.about ? ` – ${t.about}` : ""}
              {t.regional ? " (regional)" : ""}
              <div>
                Frist {t.dueAt} · {t.assignee}
                {t.overdue ? <strong className="flag-overdue"> – Overskredet</strong> : null}
              </div>
              {t.done ? <div>{t.done}</div> : null}
              {t.canComplete ? (
                <Form method="post" aria-label={`Markér ${t.kind} som udført`}>
                  <FormError errors={errors} heading="Opgaven er ikke markeret som udført" />
                  <CsrfInput />
                  <input type="hidden" name="intent" value="completeTask" />
                  <input type="hidden" name="taskId" value={t.id} />
                  <input type="hidden" name="updateKey" value={updateKey("completeTask", t.id)} />
                  <div className={formGroupClass(errors?.note)}>
                    <label className="form-label" htmlFor={`note-${t.id}`}>
                      Note (valgfri) <span className="sr-only">til {t.kind}</span>
                    </label>
                    <FieldError id={`note-${t.id}-fejl`} errors={errors?.note} />
                    <textarea className="form-input input-width-l" rows={2} id={`note-${t.id}`} name="note" aria-describedby={errors?.note ? `note-${t.id}-fejl` : undefined} />
                  </div>
                  <button type="submit" className="button button-secondary" disabled={busy === "completeTask"}>
                    Markér som udført <span className="sr-only">{t.kind}</span>
                  </button>
                </Form>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function MeetingSection({ meeting }: { meeting: NonNullable<OrderLifecycleView["meeting"]> }) {
  return (
    <section aria-labelledby="moede-titel" className="mb-6">
      <h2 id="moede-titel">Møde med virksomheden</h2>
      <p>Jobordren har flere stillinger end jobcentrets grænse, så virksomheden får et møde senest {meeting.dueAt}.</p>
      {meeting.heldAt ? (
        <p>Mødet blev holdt {meeting.heldAt}.</p>
      ) : meeting.scheduledFor ? (
        <p>Virksomheden har valgt {meeting.scheduledFor}.</p>
      ) : (
        <>
          <p>Virksomheden har fået tilbudt disse tider og har endnu ikke valgt:</p>
          <ul>
            {meeting.options.map((o) => (
              <li key={o}>{o}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function RegionSection({ view, feedback, updateKey, busy }: Omit<Props, "orderNumber">) {
  const region = view.region!;
  const errors = errorsFor(feedback, "shareWithRegion");
  return (
    <section aria-labelledby="region-titel" className="mb-6">
      <h2 id="region-titel">Regional rekruttering</h2>
      {region.sharedAt ? (
        <p>
          Jobordren er sendt til {region.name} {region.sharedAt}. Partnerjobcentrene i regionen kan se den og søge kandidater til den.
        </p>
      ) : view.canShareWithRegion ? (
        <Form method="post" aria-labelledby="region-titel">
          <p>
            Findes der ingen kandidat i jeres eget register, kan {region.name} søge i hele regionen. Det sker automatisk, hvis ingen er
            henvist inden fristen.
          </p>
          <FormError errors={errors} heading="Jobordren er ikke sendt" />
          <CsrfInput />
          <input type="hidden" name="intent" value="shareWithRegion" />
          <input type="hidden" name="updateKey" value={updateKey("shareWithRegion")} />
          <button type="submit" className="button button-secondary" disabled={busy === "shareWithRegion"}>
            Send til {region.name}
          </button>
        </Form>
      ) : (
        <p>Jobcentret samarbejder med {region.name}.</p>
      )}
    </section>
  );
}

function CloseSection({ view, feedback, updateKey, busy }: Omit<Props, "orderNumber">) {
  const errors = errorsFor(feedback, "close");
  if (view.closed) {
    return (
      <section aria-labelledby="afslut-titel" className="mb-6">
        <h2 id="afslut-titel">Afsluttet</h2>
        <p>
          Resultat: <strong>{view.closed.outcome}</strong>
          {view.closed.at ? `, afsluttet ${view.closed.at}` : ""}.
        </p>
        {view.closed.reason ? <p>Begrundelse: {view.closed.reason}</p> : null}
      </section>
    );
  }
  if (!view.canClose) return null;
  return (
    <section aria-labelledby="afslut-titel" className="mb-6">
      <h2 id="afslut-titel">Afslut jobordren</h2>
      <p>
        Jobordren lukker af sig selv, når alle stillinger er besat{view.closesAt ? `, og senest ${view.closesAt}` : ""}. Resultatet (besat,
        delvist besat eller ikke besat) følger af de ansættelser, virksomheden har meldt.{view.closesReason ? ` ${view.closesReason}` : ""}
      </p>
      <Form method="post" aria-labelledby="afslut-titel">
        <FormError errors={errors} heading="Jobordren er ikke afsluttet" />
        <CsrfInput />
        <input type="hidden" name="intent" value="close" />
        <input type="hidden" name="updateKey" value={updateKey("close")} />
        <div className={formGroupClass(errors?.reason)}>
          <label className="form-label" htmlFor="afslut-begrundelse">Begrundelse</label>
          <FieldError id="afslut-begrundelse-fejl" errors={errors?.reason} />
          <textarea
            className="form-input input-width-l"
            rows={3}
            id="afslut-begrundelse"
            name="reason"
            defaultValue={feedback?.intent === "close" && typeof feedback.values.reason === "string" ? feedback.values.reason : undefined}
            aria-invalid={errors?.reason ? true : undefined}
            aria-describedby={errors?.reason ? "afslut-begrundelse-fejl" : undefined}
          />
        </div>
        <div className="form-group-checkbox mb-5">
          <input className="form-checkbox" type="checkbox" id="afslut-annulleret" name="cancelled" value="on" />
          <label className="form-label" htmlFor="afslut-annulleret">Virksomheden har trukket jobordren tilbage (annulleret)</label>
        </div>
        <button type="submit" className="button button-secondary" disabled={busy === "close"}>
          Afslut jobordren
        </button>
      </Form>
    </section>
  );
}
