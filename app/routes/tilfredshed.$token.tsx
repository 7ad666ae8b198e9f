// The satisfaction survey from the employer's mail after an order closed (no sign-in: the link is the
// key). Frederikssund's four questions; the answers go to the order's workflow, which records them
// once. An unknown link tells nothing about any order; only its hash is ever looked up.
import { failureStatus } from "~/models/job-order/updates.server";
import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import type { ReactNode } from "react";
import type { z } from "zod";
import { CsrfInput } from "~/components/csrf-input";
import { Alert, RadioGroup, TextareaField, type AnyField } from "~/components/forms";
import { answerSurvey } from "~/models/job-order/lifecycle.server";
import { getSurveyByTokenHash } from "~/models/job-order/survey.server";
import { SURVEY_COMMENT_MAX_LENGTH, SURVEY_QUESTION_TEXTS, SURVEY_SCORE_LABELS, SURVEY_SCORES, surveySchema } from "~/schemas/survey";
import { readForm } from "~/utils/csrf.server";
import { LINK_PAGE_HEADERS, linkPageHeaders, linkPageMeta } from "~/utils/http-headers";
import { formatDeadline } from "~/utils/format";
import { hashToken, isWellFormedToken } from "~/utils/link-tokens.server";

// The token is in the address: keep it out of search engines, caches and referrers.
export { linkPageHeaders as headers };

export const meta: MetaFunction = () => linkPageMeta("Hvordan var samarbejdet? – Jobcentrenes rekrutteringsservice");

type Survey = NonNullable<Awaited<ReturnType<typeof getSurveyByTokenHash>>>;

async function findSurvey(token: string | undefined): Promise<Survey | null> {
  if (!isWellFormedToken(token)) return null;
  return getSurveyByTokenHash(hashToken(token));
}

function isClosed(survey: Survey, now: Date): boolean {
  return survey.expiredAt !== null || survey.closesAt.getTime() <= now.getTime();
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const survey = await findSurvey(params.token);
  if (!survey) return json({ page: { kind: "unknown" as const } }, { status: 404, headers: LINK_PAGE_HEADERS });
  const common = { number: survey.order.number, title: survey.order.title, jobcentreName: survey.order.jobcentre.name };
  if (survey.answeredAt) {
    const justNow = new URL(request.url).searchParams.get("tak") === "1";
    if (justNow) return json({ page: { kind: "thanks" as const, ...common } }, { headers: LINK_PAGE_HEADERS });
    return json({ page: { kind: "answered" as const, ...common } }, { headers: LINK_PAGE_HEADERS });
  }
  if (isClosed(survey, new Date())) return json({ page: { kind: "closed" as const, ...common } }, { status: 410, headers: LINK_PAGE_HEADERS });
  return json({ page: { kind: "ask" as const, ...common, closesAt: formatDeadline(survey.closesAt) } }, { headers: LINK_PAGE_HEADERS });
}

type ActionData = { result: SubmissionResult<string[]> | null };

export async function action({ request, params }: ActionFunctionArgs) {
  const formData = await readForm(request);
  const survey = await findSurvey(params.token);
  if (!survey) return json<ActionData>({ result: null }, { status: 404, headers: LINK_PAGE_HEADERS });
  const here = new URL(request.url).pathname;
  // Answered already (a double click, a second tab): thanks. Closed: the page says so.
  if (survey.answeredAt) return redirect(`${here}?tak=1`, { headers: LINK_PAGE_HEADERS });
  if (isClosed(survey, new Date())) return redirect(here, { headers: LINK_PAGE_HEADERS });

  const submission = parseWithZod(formData, { schema: surveySchema });
  if (submission.status !== "success") return json<ActionData>({ result: submission.reply() }, { status: 400, headers: LINK_PAGE_HEADERS });
  const result = await answerSurvey(survey.order, hashToken(params.token ?? ""), submission.value);
  if (result.ok) return redirect(`${here}?tak=1`, { headers: LINK_PAGE_HEADERS });
  return json<ActionData>(
    { result: submission.reply({ formErrors: [result.message] }) },
    { status: failureStatus(result), headers: LINK_PAGE_HEADERS },
  );
}

function Column({ children }: { children: ReactNode }) {
  return (
    <div className="row">
      <div className="col-12 col-md-10 col-lg-8">{children}</div>
    </div>
  );
}

const SCORE_OPTIONS = SURVEY_SCORES.map((n) => ({ value: String(n), label: `${n} – ${SURVEY_SCORE_LABELS[n]}` }));
const YES_NO_OPTIONS = [
  { value: "ja", label: "Ja" },
  { value: "nej", label: "Nej" },
];

// The questions in the order they are asked, for the error summary.
const QUESTION_ORDER = ["serviceScore", "communicationScore", "informedScore", "wouldRecommend", "comment"] as const;

export default function SurveyPage() {
  const { page } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const busy = navigation.state === "submitting";

  const [form, fields] = useForm<z.input<typeof surveySchema>, z.output<typeof surveySchema>>({
    id: "tilfredshed",
    lastResult: actionData?.result ?? undefined,
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: surveySchema }),
  });

  if (page.kind === "unknown") {
    return (
      <Column>
        <h1>Linket virker ikke</h1>
        <Alert kind="error">
          <p>
            Vi kan ikke genkende linket. Tjek, at I har kopieret hele linket fra mailen. Virker det stadig ikke, så kontakt
            jobcentret.
          </p>
        </Alert>
      </Column>
    );
  }
  if (page.kind === "thanks" || page.kind === "answered") {
    return (
      <Column>
        <h1>Tak for jeres svar</h1>
        <Alert kind="success" heading={page.kind === "thanks" ? "Jeres svar er sendt." : "I har allerede svaret på undersøgelsen."}>
          <p>
            {page.jobcentreName} bruger svarene til at blive bedre til at hjælpe virksomheder med at rekruttere. I skal ikke
            gøre mere.
          </p>
        </Alert>
      </Column>
    );
  }
  if (page.kind === "closed") {
    return (
      <Column>
        <h1>Undersøgelsen er lukket</h1>
        <p>
          Undersøgelsen om jobordre {page.number} ({page.title}) er lukket, så der kan ikke længere svares på den. Tak for
          jeres samarbejde med {page.jobcentreName}.
        </p>
      </Column>
    );
  }

  const all = fields as unknown as Record<(typeof QUESTION_ORDER)[number], AnyField>;
  // Each message links to its question: the first option of a radio group, or the comment field.
  const target = (name: (typeof QUESTION_ORDER)[number]) =>
    name === "comment" ? all[name].id : `${all[name].id}-${name === "wouldRecommend" ? YES_NO_OPTIONS[0]!.value : SCORE_OPTIONS[0]!.value}`;
  const fieldErrors = QUESTION_ORDER.flatMap((name) => {
    const message = all[name].errors?.[0];
    return message ? [{ id: target(name), message }] : [];
  });

  return (
    <Column>
      <h1>Hvordan var samarbejdet?</h1>
      <p className="font-lead">
        Jeres jobordre {page.number} ({page.title}) er afsluttet. Fortæl {page.jobcentreName}, hvordan I har oplevet
        samarbejdet. Der er fire korte spørgsmål, og det tager ca. 2 minutter.
      </p>
      <p>Undersøgelsen er åben indtil {page.closesAt}. Det er frivilligt at svare.</p>

      {form.errors ? (
        <Alert kind="error" heading="Jeres svar er ikke sendt">
          <p id={form.errorId}>{form.errors.join(" ")}</p>
        </Alert>
      ) : null}
      {fieldErrors.length > 0 ? (
        <div className="alert alert-error" role="alert" aria-labelledby="fejlopsummering">
          <div className="alert-body">
            <h2 className="alert-heading" id="fejlopsummering">
              Svar på disse spørgsmål, før I sender
            </h2>
            <ul className="alert-text nobullet-list">
              {fieldErrors.map((item) => (
                <li key={item.id}>
                  <a href={`#${item.id}`}>{item.message}</a>
                </li>
              ))}
            </ul>
          </div>
        </div>
      ) : null}

      <Form method="post" {...getFormProps(form)}>
        <CsrfInput />
        <RadioGroup field={fields.serviceScore} legend={SURVEY_QUESTION_TEXTS.serviceScore} options={SCORE_OPTIONS} />
        <RadioGroup field={fields.communicationScore} legend={SURVEY_QUESTION_TEXTS.communicationScore} options={SCORE_OPTIONS} />
        <RadioGroup field={fields.informedScore} legend={SURVEY_QUESTION_TEXTS.informedScore} options={SCORE_OPTIONS} />
        <RadioGroup field={fields.wouldRecommend} legend={SURVEY_QUESTION_TEXTS.wouldRecommend} options={YES_NO_OPTIONS} />
        <TextareaField
          field={fields.comment}
          label="Kommentar (valgfrit)"
          hint={`Er der noget, jobcentret kan gøre bedre, eller noget, I vil fremhæve? Højst ${SURVEY_COMMENT_MAX_LENGTH.toLocaleString("da-DK")} tegn.`}
          rows={5}
        />
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? "Sender …" : "Send svar"}
        </button>
      </Form>
    </Column>
  );
}
