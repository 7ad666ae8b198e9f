import type { LinksFunction, LoaderFunctionArgs, MetaFunction, SerializeFrom } from "@remix-run/node";
import { json } from "@remix-run/node";
import {
  Form,
  isRouteErrorResponse,
  Link,
  Links,
  Meta,
  NavLink,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLoaderData,
  useRouteError,
  useRouteLoaderData,
} from "@remix-run/react";
import { useEffect, type ReactNode } from "react";
import { CsrfInput } from "~/components/csrf-input";
import { Alert } from "~/components/forms";
import { useNonce } from "~/components/nonce";
import { LEAD_ROLES } from "~/domain/staff-roles";
import { getCsrfToken } from "~/utils/csrf.server";
import { clearSignInNotice, getPortalSession } from "~/utils/session.server";
import { devMailDir } from "~/utils/env.server";
import { formatDateTime } from "~/utils/format";
import portalStyles from "~/styles/portal.css";

export const links: LinksFunction = () => [
  // The Danish public design system, virk.dk theme (services for businesses); served from node_modules.
  { rel: "stylesheet", href: "/dkfds/css/dkfds-virkdk.min.css" },
  { rel: "stylesheet", href: portalStyles },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export const meta: MetaFunction = () => [{ title: "Jobcentrenes rekrutteringsservice" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const [session, csrf] = await Promise.all([getPortalSession(request), getCsrfToken(request)]);
  const user = session?.user
    ? { id: session.user.id, name: session.user.name, role: session.user.role, jobcentreId: session.user.jobcentreId }
    : null;
  // Told on the first page after signing in, then cleared.
  const failed = session?.failedSignInsBefore ?? null;
  if (session && failed) await clearSignInNotice(session.id);
  const signInNotice = failed ? { failures: failed.failures, lastAt: failed.lastAt ? formatDateTime(failed.lastAt) : null } : null;
  return json(
    { user, employerEmail: session?.employerEmail ?? null, csrfToken: csrf.token, devMail: Boolean(devMailDir()), signInNotice },
    csrf.setCookie ? { headers: { "Set-Cookie": csrf.setCookie } } : undefined,
  );
}

export type RootLoaderData = SerializeFrom<typeof loader>;


function PortalHeader() {
  const data = useRouteLoaderData<typeof loader>("root");
  const user = data?.user;
  return (
    <header className="portal-header-wrap">
      <div className="portal-header">
        <div className="container portal-header-inner">
          <Link to="/" className="portal-logo">
            Jobcentrenes rekrutteringsservice
          </Link>
          <div className="portal-info">
            {user ? (
              <>
                <span className="weight-semibold">{user.name}</span>
                <Form method="post" action="/log-ud" className="d-inline ml-4">
                  <CsrfInput />
                  <button type="submit" className="button button-secondary button-small">Log ud</button>
                </Form>
              </>
            ) : data?.employerEmail ? (
              <>
                <span>{data.employerEmail}</span>
                <Form method="post" action="/log-ud" className="d-inline ml-4">
                  <CsrfInput />
                  <button type="submit" className="button button-secondary button-small">Log ud</button>
                </Form>
              </>
            ) : (
              <Link to="/medarbejder/log-ind">Log ind som medarbejder</Link>
            )}
          </div>
        </div>
      </div>
      <nav className="portal-nav" aria-label="Hovedmenu">
        <div className="container">
          <ul className="portal-nav-list">
            {user ? (
              <>
                <li><NavLink className="portal-nav-link" to="/indbakke"><span>Indbakke</span></NavLink></li>
                <li><NavLink className="portal-nav-link" to="/jobsogere"><span>Jobsøgere</span></NavLink></li>
                <li><NavLink className="portal-nav-link" to="/virksomheder"><span>Virksomheder</span></NavLink></li>
                <li><NavLink className="portal-nav-link" to="/besoeg"><span>Besøg</span></NavLink></li>
                <li><NavLink className="portal-nav-link" to="/kampagner"><span>Kampagner</span></NavLink></li>
                <li><NavLink className="portal-nav-link" to="/ledelse" end><span>Mål og nøgletal</span></NavLink></li>
                {LEAD_ROLES.has(user.role) ? (
                  <>
                    <li><NavLink className="portal-nav-link" to="/ledelse/svartider"><span>Svartider</span></NavLink></li>
                    <li><NavLink className="portal-nav-link" to="/ledelse/rapport" end><span>Udvalgsrapport</span></NavLink></li>
                  </>
                ) : null}
                {user.role === "ADMIN" ? (
                  <>
                    <li><NavLink className="portal-nav-link" to="/admin/politik"><span>Frister og regler</span></NavLink></li>
                    <li><NavLink className="portal-nav-link" to="/admin/maal"><span>Mål</span></NavLink></li>
                  </>
                ) : null}
              </>
            ) : (
              <>
                <li><NavLink className="portal-nav-link" to="/jobordre/ny"><span>Opret jobordre</span></NavLink></li>
                <li><NavLink className="portal-nav-link" to="/mine-jobordrer"><span>Mine jobordrer</span></NavLink></li>
              </>
            )}
            {data?.devMail ? (
              <li><NavLink className="portal-nav-link" to="/dev/mails"><span>Udviklingspost</span></NavLink></li>
            ) : null}
          </ul>
        </div>
      </nav>
    </header>
  );
}

function Document({ children }: { children: ReactNode }) {
  const nonce = useNonce();
  return (
    <html lang="da">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        <a className="skipnav" href="#main-content">Gå til sidens indhold</a>
        {children}
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

// A session ends after SESSION_IDLE_MINUTES without requests. Someone typing a long answer is not idle:
// while they type, the page tells the server so now and then, so what they write is not lost to a sign-in.
const KEEP_ALIVE_EVERY_MS = 5 * 60_000;

function useKeepAliveWhileTyping(signedIn: boolean) {
  useEffect(() => {
    if (!signedIn) return;
    let last = Date.now();
    const onInput = () => {
      if (Date.now() - last < KEEP_ALIVE_EVERY_MS) return;
      last = Date.now();
      fetch("/aktiv", { credentials: "same-origin", cache: "no-store" }).catch(() => {});
    };
    document.addEventListener("input", onInput);
    return () => document.removeEventListener("input", onInput);
  }, [signedIn]);
}

function SignInNotice({ notice }: { notice: NonNullable<RootLoaderData["signInNotice"]> }) {
  return (
    <div data-notice="failed-sign-ins" data-failures={notice.failures}>
      <Alert kind="warning" heading="Forkerte forsøg på at logge ind på din konto">
        <p>
          Siden du sidst loggede ind, er der skrevet forkert adgangskode til din konto {notice.failures}{" "}
          {notice.failures === 1 ? "gang" : "gange"}
          {notice.lastAt ? `, senest ${notice.lastAt}` : ""}. Var det ikke dig, så kontakt din administrator.
        </p>
      </Alert>
    </div>
  );
}

export default function App() {
  const { user, employerEmail, signInNotice } = useLoaderData<typeof loader>();
  useKeepAliveWhileTyping(Boolean(user ?? employerEmail));
  return (
    <Document>
      <PortalHeader />
      <main id="main-content" className="container page-container">
        {signInNotice ? <SignInNotice notice={signInNotice} /> : null}
        <Outlet />
      </main>
      <footer className="portal-footer">
        <div className="container">
          <p>Jobcentrenes rekrutteringsservice for virksomheder · Gratis hjælp til at finde medarbejdere</p>
        </div>
      </footer>
    </Document>
  );
}

export function ErrorBoundary() {
  const error = useRouteError();
  let title = "Der skete en fejl";
  let message = "Vi kunne ikke vise siden. Prøv igen om lidt. Intet af det, du har sendt, er gået tabt.";
  if (isRouteErrorResponse(error)) {
    if (error.status === 404) {
      title = "Siden findes ikke";
      message = "Vi kan ikke finde den side, du leder efter. Tjek adressen, eller gå til forsiden.";
    } else if (error.status === 403) {
      title = "Ingen adgang";
      message = typeof error.data === "string" && error.data ? error.data : "Du har ikke adgang til denne side.";
    } else if (error.status === 429) {
      title = "For mange forsøg";
      message = typeof error.data === "string" && error.data ? error.data : "Vent lidt, og prøv igen.";
    } else if (error.status < 500 && typeof error.data === "string" && error.data) {
      message = error.data;
    }
  }
  return (
    <Document>
      <main id="main-content" className="container page-container">
        <h1>{title}</h1>
        <p>{message}</p>
        <p><a href="/">Gå til forsiden</a></p>
      </main>
    </Document>
  );
}
