// The jobseeker's consent page, from the link in their mail (no sign-in: the link is the key). It
// shows the job and exactly what the employer will get, and asks yes or no. Opening it only looks:
// the answer is the POST of a button, so a mail scanner fetching the link answers nothing. An
// unknown link tells nothing about any job or person; only its hash is ever looked up.
import { failureStatus } from "~/models/job-order/updates.server";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction, SerializeFrom } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import type { ReactNode } from "react";
import { z } from "zod";
import { CsrfInput } from "~/components/csrf-input";
import { isConsentReplyByPassed } from "~/domain/referral/consent";
import { referralAllows } from "~/domain/referral/steps";
import { MinimalCvFacts } from "~/components/minimal-cv";
import { Alert } from "~/components/forms";
import { placeOf, townOf } from "~/models/reference/postcodes.server";
import { getPrisma } from "~/utils/db.server";
import { recordConsentByLink } from "~/models/job-order/lifecycle.server";
import { getConsentRequestByTokenHash } from "~/models/referral/referrals.server";
import { JOB_ORDER_KIND_LABELS } from "~/schemas/job-order";
import { readForm } from "~/utils/csrf.server";
import { LINK_PAGE_HEADERS, linkPageHeaders, linkPageMeta } from "~/utils/http-headers";
import { formatDate, formatDateTime, formatDeadline } from "~/utils/format";
import { hashToken, isWellFormedToken } from "~/utils/link-tokens.server";
import { minimalCv, sharedFieldsDescription } from "~/utils/minimal-cv";

// The token is in the address: keep it out of search engines, caches and referrers.
export { linkPageHeaders as headers };

export const meta: MetaFunction = () => linkPageMeta("Vil du henvises til jobbet? – Jobcentrenes rekrutteringsservice");

const answerSchema = z.object({
  answer: z.enum(["YES", "NO"], { errorMap: () => ({ message: "Vælg \"Ja, send mit CV\" eller \"Nej tak\"." }) }),
});

/** Said yes: the CV was shared, and the employer may have answered since. */
const YES_STATUSES = new Set(["CONSENT_GIVEN", "SHARED", "INVITED", "HIRED", "NOT_RELEVANT"]);

type ConsentRequest = NonNullable<Awaited<ReturnType<typeof getConsentRequestByTokenHash>>>;

async function findRequest(token: string | undefined): Promise<ConsentRequest | null> {
  if (!isWellFormedToken(token)) return null;
  return getConsentRequestByTokenHash(hashToken(token));
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Where the page is: what it shows and with which status code. */
async function describe(referral: ConsentRequest | null, answered: string | null, now: Date) {
  if (!referral) return { page: { kind: "unknown" as const }, status: 404 };
  const { order } = referral;
  const common = {
    name: referral.jobseeker.name,
    title: order.title,
    companyName: order.company.name,
    jobcentre: { name: order.jobcentre.name, phone: order.jobcentre.phone },
  };
  const lastAnswer = referral.events[0] ?? null;
  const answeredAt = lastAnswer ? formatDateTime(lastAnswer.at) : null;
  const saidYes = YES_STATUSES.has(referral.status);

  // Just answered here (the redirect of the action): thanks, and what happens now.
  if (answered === "ja" && saidYes) return { page: { kind: "thanks-yes" as const, ...common }, status: 200 };
  if (answered === "nej" && referral.status === "CONSENT_DECLINED") return { page: { kind: "thanks-no" as const, ...common }, status: 200 };

  if (saidYes) return { page: { kind: "answered-yes" as const, ...common, answeredAt }, status: 200 };
  if (referral.status === "CONSENT_DECLINED") return { page: { kind: "answered-no" as const, ...common, answeredAt }, status: 200 };
  if (referral.status === "WITHDRAWN") {
    const yesFirst = lastAnswer?.status === "CONSENT_GIVEN";
    return { page: { kind: yesFirst ? ("withdrawn-after-yes" as const) : ("withdrawn" as const), ...common, answeredAt }, status: 410 };
  }
  const expired = referral.status === "CONSENT_EXPIRED" || isConsentReplyByPassed(referral.consentReplyBy, now.getTime());
  if (expired) {
    return {
      page: { kind: "expired" as const, ...common, replyBy: referral.consentReplyBy ? formatDeadline(referral.consentReplyBy) : null },
      status: 410,
    };
  }
  if (!referralAllows("recordConsent", referral.status)) return { page: { kind: "withdrawn" as const, ...common, answeredAt }, status: 410 };
  if (order.status === "CLOSED") return { page: { kind: "order-closed" as const, ...common }, status: 410 };

  const prisma = getPrisma();
  const [homeTown, workplace] = await Promise.all([townOf(prisma, referral.jobseeker.postcode), placeOf(prisma, order.workplacePostcode)]);
  const cv = minimalCv(referral.jobseeker, homeTown);
  return {
    page: {
      kind: "ask" as const,
      ...common,
      job: {
        workplace,
        hoursPerWeek: order.hoursPerWeek.toNumber().toLocaleString("da-DK"),
        kind: capitalize(JOB_ORDER_KIND_LABELS[order.kind] ?? order.kind),
        startDate: formatDate(order.startDate),
        description: order.description,
      },
      sharedFields: sharedFieldsDescription(cv),
      cv,
      replyBy: referral.consentReplyBy ? formatDeadline(referral.consentReplyBy) : null,
    },
    status: 200,
  };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const referral = await findRequest(params.token);
  const answered = new URL(request.url).searchParams.get("svar");
  const { page, status } = await describe(referral, answered, new Date());
  return json({ page }, { status, headers: LINK_PAGE_HEADERS });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const formData = await readForm(request);
  const referral = await findRequest(params.token);
  if (!referral) return json({ error: null }, { status: 404, headers: LINK_PAGE_HEADERS });
  const here = new URL(request.url).pathname;
  // Answered already (a double click, or a second tab): the page tells what was answered, whatever was sent,
  // since that page has no buttons to show an error beside.
  if (!referralAllows("recordConsent", referral.status)) {
    const svar = YES_STATUSES.has(referral.status) ? "?svar=ja" : referral.status === "CONSENT_DECLINED" ? "?svar=nej" : "";
    return redirect(`${here}${svar}`, { headers: LINK_PAGE_HEADERS });
  }
  // Too late, or the job is gone: nothing to send; the page says so.
  if (isConsentReplyByPassed(referral.consentReplyBy, Date.now()) || referral.order.status === "CLOSED") {
    return redirect(here, { headers: LINK_PAGE_HEADERS });
  }
  const parsed = answerSchema.safeParse({ answer: formData.get("answer") });
  if (!parsed.success) {
    return json({ error: parsed.error.issues[0]?.message ?? "Vælg ja eller nej." }, { status: 400, headers: LINK_PAGE_HEADERS });
  }
  const answer = parsed.data.answer;
  const result = await recordConsentByLink(referral.order, referral.id, hashToken(params.token ?? ""), answer);
  if (result.ok) return redirect(`${here}?svar=${answer === "YES" ? "ja" : "nej"}`, { headers: LINK_PAGE_HEADERS });
  return json({ error: result.message }, { status: failureStatus(result), headers: LINK_PAGE_HEADERS });
}

type Page = SerializeFrom<typeof loader>["page"];

function Contact({ jobcentre }: { jobcentre: { name: string; phone: string } }) {
  return (
    <p>
      Har du spørgsmål, så ring til {jobcentre.name} på{" "}
      <a href={`tel:${jobcentre.phone.replace(/\s/g, "")}`}>{jobcentre.phone}</a>.
    </p>
  );
}

function Column({ children }: { children: ReactNode }) {
  return (
    <div className="row">
      <div className="col-12 col-md-10 col-lg-8">{children}</div>
    </div>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}


function Outcome({ page }: { page: Exclude<Page, { kind: "ask" }> }) {
  if (page.kind === "unknown") {
    return (
      <Column>
        <h1>Linket virker ikke</h1>
        <Alert kind="error">
          <p>
            Vi kan ikke genkende linket. Tjek, at du har kopieret hele linket fra mailen. Virker det stadig ikke, så kontakt
            dit jobcenter – telefonnummeret står i mailen.
          </p>
        </Alert>
      </Column>
    );
  }
  const job = `jobbet som ${page.title} hos ${page.companyName}`;
  switch (page.kind) {
    case "thanks-yes":
      return (
        <Column>
          <h1>Tak for dit svar</h1>
          <Alert kind="success" heading={`Du har sagt ja til ${job}.`}>
            <p>Vi har sendt dit CV til virksomheden.</p>
          </Alert>
          <h2>Hvad sker der nu?</h2>
          <p>
            Virksomheden kontakter dig direkte, hvis de vil invitere dig til en samtale. Jobcentret følger med i, hvordan det
            går. Du skal ikke gøre mere nu.
          </p>
          <Contact jobcentre={page.jobcentre} />
        </Column>
      );
    case "thanks-no":
      return (
        <Column>
          <h1>Tak for dit svar</h1>
          <Alert kind="success" heading={`Du har sagt nej tak til ${job}.`}>
            <p>Vi har ikke sendt noget om dig til virksomheden.</p>
          </Alert>
          <h2>Hvad sker der nu?</h2>
          <p>Ingenting. Dit nej har ingen betydning for din ydelse, og du skal ikke gøre mere.</p>
          <Contact jobcentre={page.jobcentre} />
        </Column>
      );
    case "answered-yes":
      return (
        <Column>
          <h1>Du har allerede svaret</h1>
          <p>
            Du sagde ja til {job}
            {page.answeredAt ? ` ${page.answeredAt}` : ""}. Vi har sendt dit CV til virksomheden, og de kontakter dig direkte,
            hvis de vil invitere dig til en samtale.
          </p>
          <Contact jobcentre={page.jobcentre} />
        </Column>
      );
    case "answered-no":
      return (
        <Column>
          <h1>Du har allerede svaret</h1>
          <p>
            Du sagde nej tak til {job}
            {page.answeredAt ? ` ${page.answeredAt}` : ""}. Vi har ikke sendt noget om dig til virksomheden.
          </p>
          <p>Har du fortrudt, så ring til jobcentret.</p>
          <Contact jobcentre={page.jobcentre} />
        </Column>
      );
    case "withdrawn-after-yes":
      return (
        <Column>
          <h1>Henvisningen er trukket tilbage</h1>
          <p>
            Du sagde ja til {job}
            {page.answeredAt ? ` ${page.answeredAt}` : ""}, men jobcentret har siden trukket henvisningen tilbage. Du skal ikke
            gøre noget.
          </p>
          <Contact jobcentre={page.jobcentre} />
        </Column>
      );
    case "withdrawn":
      return (
        <Column>
          <h1>Forespørgslen er trukket tilbage</h1>
          <p>Jobcentret har trukket forespørgslen om {job} tilbage. Du skal ikke svare, og vi har ikke sendt noget om dig.</p>
          <Contact jobcentre={page.jobcentre} />
        </Column>
      );
    case "order-closed":
      return (
        <Column>
          <h1>Jobbet er ikke længere ledigt</h1>
          <p>Virksomheden har afsluttet {job}, så du skal ikke svare. Vi har ikke sendt noget om dig.</p>
          <Contact jobcentre={page.jobcentre} />
        </Column>
      );
    case "expired":
      return (
        <Column>
          <h1>Fristen for at svare er udløbet</h1>
          <p>
            Fristen for at svare på {job}
            {page.replyBy ? ` var ${page.replyBy}` : " er udløbet"}. Vi har ikke sendt noget om dig til virksomheden.
          </p>
          <p>
            Vil du stadig gerne henvises til jobbet, så ring til {page.jobcentre.name} på{" "}
            <a href={`tel:${page.jobcentre.phone.replace(/\s/g, "")}`}>{page.jobcentre.phone}</a>.
          </p>
        </Column>
      );
  }
}

export default function ConsentPage() {
  const { page } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const busy = navigation.state === "submitting";

  if (page.kind !== "ask") return <Outcome page={page} />;

  return (
    <Column>
      <h1>Vil du henvises til jobbet?</h1>
      <p className="font-lead">
        Hej {page.name}. {page.jobcentre.name} vil gerne henvise dig til et job som {page.title} hos {page.companyName}. Vi
        sender kun noget om dig til virksomheden, hvis du siger ja.
      </p>
      {actionData?.error ? (
        <Alert kind="error" heading="Dit svar er ikke gemt">
          <p>{actionData.error}</p>
        </Alert>
      ) : null}

      <section aria-labelledby="jobbet" className="mb-6">
        <h2 id="jobbet">Jobbet</h2>
        <dl>
          <Fact label="Stilling">{page.title}</Fact>
          <Fact label="Virksomhed">{page.companyName}</Fact>
          <Fact label="Arbejdssted">{page.job.workplace}</Fact>
          <Fact label="Timer om ugen">{page.job.hoursPerWeek}</Fact>
          <Fact label="Type job">{page.job.kind}</Fact>
          <Fact label="Forventet start">{page.job.startDate}</Fact>
          <Fact label="Om jobbet">
            <span className="answer-text">{page.job.description}</span>
          </Fact>
        </dl>
      </section>

      <section aria-labelledby="deles" className="mb-6">
        <h2 id="deles">Det får virksomheden, hvis du siger ja</h2>
        <p>Vi sender kun disse oplysninger om dig:</p>
        <ul>
          {page.sharedFields.map((field) => (
            <li key={field}>{field}</li>
          ))}
        </ul>
        <p>Sådan ser det ud for virksomheden:</p>
        <MinimalCvFacts preview cv={page.cv} />
        <p>Vi sender ikke din adresse, din ydelse eller andet fra din sag i jobcentret.</p>
      </section>

      <section aria-labelledby="svar" className="mb-6">
        <h2 id="svar">Dit svar</h2>
        <p>
          Hvis du siger nej, sender vi ingenting til virksomheden. <strong>Det har ingen betydning for din ydelse, hvis du
          siger nej.</strong>
        </p>
        {page.replyBy ? (
          <p>
            Svar senest <strong>{page.replyBy}</strong>. Hvis du ikke svarer inden da, tæller det som et nej.
          </p>
        ) : null}
        <Form method="post" aria-labelledby="svar">
          <CsrfInput />
          <button type="submit" name="answer" value="YES" className="button button-primary mr-4 mb-4" disabled={busy}>
            Ja, send mit CV
          </button>
          <button type="submit" name="answer" value="NO" className="button button-secondary mb-4" disabled={busy}>
            Nej tak
          </button>
        </Form>
        <Contact jobcentre={page.jobcentre} />
      </section>
    </Column>
  );
}
