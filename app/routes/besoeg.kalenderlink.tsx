// The link of one's own calendar feed of visits, to subscribe to in Outlook: shown, renewed (the old link
// stops working) or stopped.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useLoaderData, useNavigation, useSearchParams } from "@remix-run/react";
import { CsrfInput } from "~/components/csrf-input";
import { Alert } from "~/components/forms";
import { getCalendarFeedPath, renewCalendarFeed, stopCalendarFeed } from "~/models/visit/calendar-feed.server";
import { readForm } from "~/utils/csrf.server";
import { getPrisma } from "~/utils/db.server";
import { getEnv, linkSecret } from "~/utils/env.server";
import { requireStaffUser } from "~/utils/session.server";

export const meta: MetaFunction = () => [{ title: "Dine besøg i Outlook – Besøg – Jobcentrenes rekrutteringsservice" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireStaffUser(request);
  const env = getEnv();
  const path = await getCalendarFeedPath(getPrisma(), linkSecret(env), user.id);
  return json({ url: path ? `${env.PUBLIC_URL.replace(/\/$/, "")}${path}` : null });
}

export async function action({ request }: ActionFunctionArgs) {
  const formData = await readForm(request);
  const user = await requireStaffUser(request);
  const intent = formData.get("intent");
  if (intent === "renewFeed") {
    await renewCalendarFeed(getPrisma(), user.id);
    return redirect("/besoeg/kalenderlink?nyt=1");
  }
  if (intent === "stopFeed") {
    await stopCalendarFeed(getPrisma(), user.id);
    return redirect("/besoeg/kalenderlink?stoppet=1");
  }
  throw new Response("Ukendt handling.", { status: 400 });
}

export default function CalendarLink() {
  const { url } = useLoaderData<typeof loader>();
  const busy = useNavigation().state === "submitting";
  const [search] = useSearchParams();
  return (
    <>
      <p>
        <Link to="/besoeg">Til ugens besøg</Link>
      </p>
      <h1>Dine besøg i Outlook</h1>
      {search.get("nyt") ? <Alert kind="success" heading="Du har fået et nyt kalenderlink">Det gamle link virker ikke længere.</Alert> : null}
      {search.get("stoppet") ? <Alert kind="success" heading="Kalenderlinket er stoppet">Kalendere, der abonnerer på det, får ikke flere besøg.</Alert> : null}
      <p className="font-lead">
        Abonnér på dine virksomhedsbesøg i Outlook eller en anden kalender. Kalenderen henter selv nye og ændrede besøg, og aflyste besøg
        bliver vist som aflyst.
      </p>
      <p>
        Linket giver adgang til dine besøgs tidspunkter, steder og formål uden at logge ind. Del det ikke. Referater kommer aldrig med i
        kalenderen.
      </p>
      {url ? (
        <>
          <div className="form-group">
            <label className="form-label" htmlFor="kalenderlink">
              Dit kalenderlink
            </label>
            <span className="form-hint" id="kalenderlink-hint">
              I Outlook: Tilføj kalender, Abonnér fra internettet, og indsæt linket.
            </span>
            <input id="kalenderlink" className="form-input input-width-xl" readOnly value={url} aria-describedby="kalenderlink-hint" />
          </div>
          <Form method="post" className="mb-4">
            <CsrfInput />
            <input type="hidden" name="intent" value="renewFeed" />
            <button type="submit" className="button button-secondary" disabled={busy}>
              Lav et nyt link (det gamle stopper)
            </button>
          </Form>
          <Form method="post">
            <CsrfInput />
            <input type="hidden" name="intent" value="stopFeed" />
            <button type="submit" className="button button-tertiary" disabled={busy}>
              Stop kalenderlinket
            </button>
          </Form>
        </>
      ) : (
        <Form method="post">
          <CsrfInput />
          <input type="hidden" name="intent" value="renewFeed" />
          <button type="submit" className="button button-primary" disabled={busy}>
            Lav mit kalenderlink
          </button>
        </Form>
      )}
    </>
  );
}
