// The link from the sign-in mail. Opening it only shows a button: mail scanners that fetch links in
// advance would otherwise use up the single-use token before the employer clicks.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { CsrfInput } from "~/components/csrf-input";
import { Alert } from "~/components/forms";
import { consumeEmployerLoginToken, inspectEmployerLoginToken } from "~/models/access/employer-login.server";
import { readForm } from "~/utils/csrf.server";
import { getPrisma } from "~/utils/db.server";
import { checkRateLimit, clientAddress } from "~/utils/rate-limit.server";
import { linkPageMeta } from "~/utils/http-headers";
import { createEmployerSession, getPortalSession } from "~/utils/session.server";

export { retryAfterHeaders as headers } from "~/utils/http-headers";

// The token is in the address: keep it out of search engines and referrers.
export const meta: MetaFunction = () => linkPageMeta("Log ind på Mine jobordrer – Jobcentrenes rekrutteringsservice");

type Failure = "unknown" | "used" | "expired" | "rate-limited";

export async function loader({ params }: LoaderFunctionArgs) {
  // Only looks: the token is used by the POST of the button below.
  const state = await inspectEmployerLoginToken(getPrisma(), params.token ?? "");
  const failure: Failure | null = state.ok ? null : state.reason;
  return json({ failure }, { status: failure === null ? 200 : failure === "unknown" ? 404 : 410 });
}

export async function action({ request, params }: ActionFunctionArgs) {
  await readForm(request);
  const limit = await checkRateLimit(`employer-link-use:ip:${clientAddress(request)}`, 30, 15 * 60);
  if (!limit.ok) {
    return json({ failure: "rate-limited" as Failure }, { status: 429, headers: { "Retry-After": String(limit.retryAfterSeconds) } });
  }
  const result = await consumeEmployerLoginToken(getPrisma(), params.token ?? "");
  if (result.ok) return createEmployerSession(request, result.email, "/mine-jobordrer");
  // A double click without JavaScript posts twice: the second finds the link used by the first.
  if (result.reason === "used" && (await getPortalSession(request))?.employerEmail) return redirect("/mine-jobordrer");
  return json({ failure: result.reason as Failure }, { status: result.reason === "unknown" ? 404 : 410 });
}

const FAILURES: Record<Failure, { heading: string; text: string }> = {
  used: {
    heading: "Linket er allerede brugt",
    text: "Et link til Mine jobordrer kan kun bruges én gang. Bed om et nyt link, så sender vi det til jeres e-mail.",
  },
  expired: {
    heading: "Linket er udløbet",
    text: "Et link til Mine jobordrer virker kun i en begrænset tid. Bed om et nyt link, så sender vi det til jeres e-mail.",
  },
  unknown: {
    heading: "Linket virker ikke",
    text: "Vi kan ikke genkende linket. Tjek, at I har kopieret hele linket fra mailen, eller bed om et nyt link.",
  },
  "rate-limited": {
    heading: "For mange forsøg",
    text: "Der er prøvet mange links fra jeres forbindelse på kort tid. Vent et kvarter, og prøv igen.",
  },
};

export default function UseLoginLink() {
  const loaderData = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const failureKind = actionData?.failure ?? loaderData.failure;
  const failure = failureKind ? FAILURES[failureKind] : null;

  if (failure) {
    return (
      <div className="row">
        <div className="col-12 col-md-8 col-lg-6">
          <h1>{failure.heading}</h1>
          <Alert kind="error">
            <p>{failure.text}</p>
          </Alert>
          <p>
            <Link to="/mine-jobordrer/log-ind" className="button button-primary">
              Bed om et nyt link
            </Link>
          </p>
        </div>
      </div>
    );
  }

  return (
    <div className="row">
      <div className="col-12 col-md-8 col-lg-6">
        <h1>Log ind på Mine jobordrer</h1>
        <p className="font-lead">Tryk på knappen for at se jeres jobordrer og jobcentrets svar.</p>
        <p>
          Vi beder jer trykke, fordi mailprogrammer og virusscannere ofte åbner links i mails af sig selv for at
          tjekke dem. Logger linket først ind, når I trykker her, bliver det ikke brugt op af sådan et tjek.
        </p>
        <Form method="post">
          <CsrfInput />
          <button type="submit" className="button button-primary" disabled={navigation.state === "submitting"}>
            Log ind
          </button>
        </Form>
        <p className="mt-6">Linket kan bruges én gang. Har I brug for at logge ind igen senere, kan I bede om et nyt link.</p>
      </div>
    </div>
  );
}
