// Candidate search for one job order (staff of the order's jobcentre, and of its region once shared).
// A GET form, so it works without JavaScript and a search is a link; the first visit searches for the
// order's title. Hits are put on the order's shortlist with a POST to the order's workflow.
import { failureStatus, retriesSameUpdate } from "~/models/job-order/updates.server";
import { canWorkOnOrders, NOT_AN_OWNER_MESSAGE } from "~/domain/staff-roles";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { CsrfInput } from "~/components/csrf-input";
import { shortlistCandidates } from "~/models/job-order/lifecycle.server";
import { shortlistSchema } from "~/schemas/referral";
import { readForm, withoutNul } from "~/utils/csrf.server";
import { REFERRAL_STATUS_LABELS } from "~/utils/labels";
import { safeRedirectPath, withSearchParam } from "~/utils/safe-redirect";
import { Alert, FieldError, formGroupClass } from "~/components/forms";
import { jobcentresWorkingOn } from "~/models/job-order/working-jobcentres.server";
import { DEFAULT_PAGE_SIZE, getOrderForCandidateSearch, searchCandidates } from "~/models/referral/candidate-search.server";
import { CANDIDATE_SEARCH_LIMITS, candidateSearchParams, candidateSearchSchema } from "~/schemas/candidate-search";
import { JOB_ORDER_KIND_LABELS } from "~/schemas/job-order";
import { BENEFIT_GROUP_LABELS } from "~/schemas/jobseeker";
import { formatDistance } from "~/utils/candidate-ranking";
import { getPrisma } from "~/utils/db.server";
import { requireStaffUser } from "~/utils/session.server";
import { ScrollBox } from "~/components/scroll-box";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `Kandidater til ${data.order.number} – Jobcentrenes rekrutteringsservice` : "Søg kandidater" },
];

const FIELDS = ["q", "stilling", "kompetence", "km", "timer", "kun_kontakt", "side"] as const;
type Field = (typeof FIELDS)[number];

const hoursFormat = new Intl.NumberFormat("da-DK", { maximumFractionDigits: 1 });

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireStaffUser(request);
  const prisma = getPrisma();
  const order = params.number ? await getOrderForCandidateSearch(prisma, user, params.number) : null;
  if (!order) throw new Response("Jobordren findes ikke, eller den hører til et andet jobcenter.", { status: 404 });

  const searchParams = new URL(request.url).searchParams;
  // The last value wins: the consent checkbox follows a hidden "0", so unticking it is heard.
  const raw: Partial<Record<Field, string>> = {};
  for (const field of FIELDS) {
    const values = searchParams.getAll(field);
    if (values.length > 0) raw[field] = withoutNul(values[values.length - 1]!);
  }
  // First visit: search for the order's title. The order's hours are not a default minimum: part-time
  // candidates (and fleksjob, where hours are lower by nature) would vanish; the ranking rewards those
  // who can cover the hours instead, and the consultant can set a minimum.
  raw.q ??= order.title.slice(0, CANDIDATE_SEARCH_LIMITS.q);

  const orderHours = Number(order.hoursPerWeek);
  const listed = new Map(order.referrals.map((r) => [r.jobseekerId, REFERRAL_STATUS_LABELS[r.status]]));
  const orderView = {
    number: order.number,
    title: order.title,
    kind: JOB_ORDER_KIND_LABELS[order.kind],
    hoursPerWeek: hoursFormat.format(orderHours),
    workplacePostcode: order.workplacePostcode,
    requirements: order.requirements,
    // Shortlisting starts with the answer and ends with the close.
    canShortlist: order.answeredAt !== null && order.status !== "CLOSED",
    closed: order.status === "CLOSED",
    shared: order.sharedWithRegionAt !== null,
  };
  const successCount = Number(searchParams.get("listet") ?? "");

  const parsed = candidateSearchSchema.safeParse(raw);
  if (!parsed.success) {
    const errors = parsed.error.flatten().fieldErrors;
    return json({
      order: orderView,
      values: raw,
      errors: Object.fromEntries(FIELDS.map((f) => [f, errors[f] ?? null])) as Record<Field, string[] | null>,
      result: null,
      listedCount: null,
      returnTo: `${new URL(request.url).pathname}${new URL(request.url).search}`,
      updateKey: globalThis.crypto.randomUUID(),
    });
  }

  const values = parsed.data;
  const result = await searchCandidates(prisma, {
    // The order's own jobcentre, and the region's once the order is shared with it.
    jobcentreIds: await jobcentresWorkingOn(prisma, order),
    workplacePostcode: order.workplacePostcode,
    kind: order.kind,
    orderHours,
    text: values.q,
    occupation: values.stilling,
    skill: values.kompetence,
    maxDistanceKm: values.km,
    minHours: values.timer,
    onlyContactConsent: values.kun_kontakt,
    page: values.side,
    pageSize: DEFAULT_PAGE_SIZE,
  });

  const linkTo = (page: number) => `?${candidateSearchParams(values, page).toString()}`;
  return json({
    order: orderView,
    values: {
      q: values.q,
      stilling: values.stilling ?? "",
      kompetence: values.kompetence ?? "",
      km: values.km === undefined ? "" : String(values.km),
      timer: values.timer === undefined ? "" : String(values.timer),
      kun_kontakt: values.kun_kontakt ? "1" : "0",
      side: String(values.side),
    } satisfies Record<Field, string>,
    errors: null,
    result: {
      total: result.total,
      page: result.page,
      pageCount: result.pageCount,
      first: result.hits.length > 0 ? (result.page - 1) * DEFAULT_PAGE_SIZE + 1 : 0,
      last: (result.page - 1) * DEFAULT_PAGE_SIZE + result.hits.length,
      previous: result.page > 1 ? linkTo(Math.min(result.page - 1, Math.max(result.pageCount, 1))) : null,
      next: result.page < result.pageCount ? linkTo(result.page + 1) : null,
      firstPage: linkTo(1),
      hits: result.hits.map((h) => ({
        id: h.id,
        name: h.name,
        occupations: h.occupations.join(", "),
        home: h.city ? `${h.postcode} ${h.city}` : h.postcode,
        distance: formatDistance(h.distanceKm),
        hoursPerWeek: hoursFormat.format(h.hoursPerWeek),
        benefitGroup: BENEFIT_GROUP_LABELS[h.benefitGroup] ?? h.benefitGroup,
        reasons: h.reasons.join(", "),
        listed: listed.get(h.id) ?? null,
      })),
    },
    listedCount: Number.isInteger(successCount) && successCount >= 0 && searchParams.has("listet") ? successCount : null,
    returnTo: `${new URL(request.url).pathname}?${candidateSearchParams(values, result.page).toString()}`,
    updateKey: globalThis.crypto.randomUUID(),
  });
}

/** Puts the ticked hits on the order's shortlist, then back to the same search page. */
export async function action({ request, params }: ActionFunctionArgs) {
  const formData = await readForm(request);
  const user = await requireStaffUser(request);
  const prisma = getPrisma();
  const order = params.number ? await getOrderForCandidateSearch(prisma, user, params.number) : null;
  if (!order) throw new Response("Jobordren findes ikke, eller den hører til et andet jobcenter.", { status: 404 });
  if (!canWorkOnOrders(user)) return json({ error: NOT_AN_OWNER_MESSAGE, updateKey: null }, { status: 403 });
  const back = safeRedirectPath(formData.get("tilbage"), `/ordrer/${encodeURIComponent(order.number)}/kandidater`);
  const submission = parseWithZod(formData, { schema: shortlistSchema });
  if (submission.status !== "success") {
    return json({ error: submission.error?.jobseekerIds?.join(" ") ?? "Vælg mindst én kandidat, der skal på kortlisten.", updateKey: null }, { status: 400 });
  }
  const outcome = await shortlistCandidates(order, user, submission.value.jobseekerIds, submission.value.updateKey);
  if (!outcome.ok) {
    return json({ error: outcome.message, updateKey: retriesSameUpdate(outcome) ? submission.value.updateKey : null }, { status: failureStatus(outcome) });
  }
  return redirect(withSearchParam(back, "listet", String(outcome.value.added.length)));
}

function TextField(props: { name: Field; label: string; hint?: string; value: string; errors: string[] | null; width?: string; inputMode?: "numeric" }) {
  const errorId = `${props.name}-fejl`;
  const hintId = props.hint ? `${props.name}-hint` : null;
  const describedBy = [hintId, props.errors ? errorId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={formGroupClass(props.errors)}>
      <label className="form-label" htmlFor={props.name}>{props.label}</label>
      {props.hint ? <span className="form-hint" id={hintId!}>{props.hint}</span> : null}
      <FieldError id={errorId} errors={props.errors} />
      <input
        className={`form-input ${props.width ?? ""}`.trim()}
        type="text"
        id={props.name}
        name={props.name}
        inputMode={props.inputMode}
        defaultValue={props.value}
        aria-invalid={props.errors ? true : undefined}
        aria-describedby={describedBy}
      />
    </div>
  );
}

export default function CandidateSearch() {
  const { order, values, errors, result, listedCount, returnTo, updateKey } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const shortlisting = navigation.state === "submitting" && navigation.formMethod === "POST";
  // A new search remounts the form, so its fields show the values searched for.
  const formKey = JSON.stringify(values);
  const consent = values.kun_kontakt !== "0" && values.kun_kontakt !== "off";

  return (
    <>
      <p><Link to={`/ordrer/${encodeURIComponent(order.number)}`}>Tilbage til jobordren</Link></p>
      <h1>
        Søg kandidater <span className="weight-normal">til {order.title} ({order.number})</span>
      </h1>
      <p className="font-lead">
        {order.kind}, {order.hoursPerWeek} timer pr. uge, arbejdssted {order.workplacePostcode}. Kun jobsøgere, der kan
        ansættes i denne ansættelsesform, og som vil køre så langt, vises.
      </p>
      {listedCount !== null ? (
        <Alert kind="success" heading={listedCount === 1 ? "1 kandidat er sat på kortlisten." : `${listedCount} kandidater er sat på kortlisten.`}>
          <p>
            <Link to={`/ordrer/${encodeURIComponent(order.number)}`}>Gå til jobordren</Link> for at bede dem om samtykke.
          </p>
        </Alert>
      ) : null}
      {actionData?.error ? <Alert kind="error" heading="Ingen er sat på kortlisten"><p>{actionData.error}</p></Alert> : null}
      {order.closed ? (
        <p>Jobordren er afsluttet: der kan ikke sættes flere kandidater på kortlisten.</p>
      ) : !order.canShortlist ? (
        <p>Svar virksomheden, før du sætter kandidater på kortlisten.</p>
      ) : (
        <p>Kryds de kandidater af, du vil spørge, og sæt dem på kortlisten. Derefter beder du dem om samtykke fra jobordren.</p>
      )}
      {order.shared ? <p>Jobordren er delt med den regionale rekrutteringsservice: søgningen dækker regionens jobcentre.</p> : null}

      <Form method="get" key={formKey} className="mb-6" aria-labelledby="sog-titel">
        <h2 id="sog-titel" className="h3">Søgning</h2>
        {errors ? <Alert kind="error" heading="Søgningen kan ikke bruges">Ret felterne herunder.</Alert> : null}
        <TextField
          name="q"
          label="Søgeord"
          hint="Stilling, kompetencer, certifikater eller kørekort, fx «lagermedarbejder truckcertifikat». Skriv or mellem ord for at finde ét af dem. Tomt felt finder alle."
          value={values.q ?? ""}
          errors={errors?.q ?? null}
          width="input-width-xl"
        />
        <TextField name="stilling" label="Søger job som (valgfrit)" hint="Del af en stillingsbetegnelse, fx «lager»." value={values.stilling ?? ""} errors={errors?.stilling ?? null} width="input-width-l" />
        <TextField
          name="kompetence"
          label="Skal have kompetencen eller certifikatet (valgfrit)"
          hint="Fx «truckcertifikat» eller «svejsning»."
          value={values.kompetence ?? ""}
          errors={errors?.kompetence ?? null}
          width="input-width-l"
        />
        <div className="d-flex" style={{ gap: "2.4rem", flexWrap: "wrap" }}>
          <TextField
            name="km"
            label="Højst km fra arbejdsstedet (valgfrit)"
            hint={`${CANDIDATE_SEARCH_LIMITS.kmMin}–${CANDIDATE_SEARCH_LIMITS.kmMax} km.`}
            value={values.km ?? ""}
            errors={errors?.km ?? null}
            width="input-width-xs"
            inputMode="numeric"
          />
          <TextField
            name="timer"
            label="Mindst timer pr. uge (valgfrit)"
            hint={`Ordren er på ${order.hoursPerWeek} timer.`}
            value={values.timer ?? ""}
            errors={errors?.timer ?? null}
            width="input-width-xs"
            inputMode="numeric"
          />
        </div>
        <div className={formGroupClass(errors?.kun_kontakt ?? null)}>
          <FieldError id="kun_kontakt-fejl" errors={errors?.kun_kontakt ?? null} />
          <input type="hidden" name="kun_kontakt" value="0" />
          <div className="form-group-checkbox">
            <input className="form-checkbox" type="checkbox" id="kun_kontakt" name="kun_kontakt" value="1" defaultChecked={consent} />
            <label className="form-label" htmlFor="kun_kontakt">Kun jobsøgere, der har sagt ja til at blive kontaktet om job</label>
          </div>
        </div>
        <button type="submit" className="button button-primary">Søg</button>
      </Form>

      {result ? (
        <section aria-labelledby="resultat-titel">
          <h2 id="resultat-titel">
            {result.total === 0
              ? "Ingen kandidater fundet"
              : result.total === 1
                ? "1 kandidat fundet"
                : `${result.total.toLocaleString("da-DK")} kandidater fundet`}
          </h2>
          {result.total === 0 ? (
            <p>Prøv færre eller andre søgeord, en større afstand eller færre timer.</p>
          ) : result.hits.length === 0 ? (
            <p>
              Der er ingen kandidater på side {result.page}. <Link to={result.firstPage}>Gå til første side</Link>.
            </p>
          ) : (
            <ScrollBox label="Kandidaterne fra søgningen">
              <table className="table table--zebra">
                <caption>
                  Kandidater {result.first.toLocaleString("da-DK")}–{result.last.toLocaleString("da-DK")} af {result.total.toLocaleString("da-DK")}, bedste match først (ved lige gode match den nærmeste)
                </caption>
                <thead>
                  <tr>
                    {order.canShortlist ? (
                      <th scope="col">
                        <span className="sr-only">Vælg</span>
                      </th>
                    ) : null}
                    <th scope="col">Navn</th>
                    <th scope="col">Søger job som</th>
                    <th scope="col">Bopæl</th>
                    <th scope="col">Afstand</th>
                    <th scope="col">Timer pr. uge</th>
                    <th scope="col">Ydelse</th>
                  </tr>
                </thead>
                <tbody>
                  {result.hits.map((h) => (
                    <tr key={h.id}>
                      {order.canShortlist ? (
                        <td>
                          {h.listed ? null : (
                            <div className="form-group-checkbox">
                              <input className="form-checkbox" type="checkbox" id={`kandidat-${h.id}`} name="jobseekerIds" value={h.id} form="kortliste-form" />
                              <label className="form-label" htmlFor={`kandidat-${h.id}`}>
                                <span className="sr-only">Vælg {h.name}</span>
                              </label>
                            </div>
                          )}
                        </td>
                      ) : null}
                      <th scope="row">
                        <Link to={`/ordrer/${encodeURIComponent(order.number)}/kandidater/${h.id}`}>{h.name}</Link>
                        <div className="weight-normal">Match: {h.reasons}</div>
                        {h.listed ? <div><strong>{h.listed}</strong></div> : null}
                      </th>
                      <td>{h.occupations}</td>
                      <td>{h.home}</td>
                      <td>{h.distance}</td>
                      <td>{h.hoursPerWeek}</td>
                      <td>{h.benefitGroup}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollBox>
          )}
          {order.canShortlist && result.hits.some((h) => !h.listed) ? (
            <Form method="post" id="kortliste-form" className="mt-6">
              <CsrfInput />
              <input type="hidden" name="intent" value="shortlist" />
              <input type="hidden" name="updateKey" value={actionData?.updateKey ?? updateKey} />
              <input type="hidden" name="tilbage" value={returnTo} />
              <button type="submit" className="button button-primary" disabled={shortlisting}>
                Sæt valgte på kortlisten
              </button>
            </Form>
          ) : null}
          {result.previous || result.next ? (
            <nav aria-label="Sider" className="mt-6">
              <p>
                Side {result.page} af {result.pageCount}
              </p>
              <p>
                {result.previous ? (
                  <Link to={result.previous} className="button button-secondary mr-4" rel="prev">Forrige</Link>
                ) : null}
                {result.next ? (
                  <Link to={result.next} className="button button-secondary" rel="next">Næste</Link>
                ) : null}
              </p>
            </nav>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
