// Previews of every mail template with sample data, for writing and reviewing mails. Never in production.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { EMAIL_PREVIEWS } from "../../emails/previews";
import { devMailDir } from "~/utils/env.server";

export const meta: MetaFunction = () => [{ title: "Mailskabeloner – Udviklingspost" }];

export async function loader(_args: LoaderFunctionArgs) {
  if (!devMailDir()) throw new Response("Siden findes ikke.", { status: 404 });
  const previews = Object.entries(EMAIL_PREVIEWS).map(([name, render]) => ({ name, ...render() }));
  return json({ previews }, { headers: { "Cache-Control": "no-store" } });
}

export default function DevEmails() {
  const { previews } = useLoaderData<typeof loader>();
  return (
    <>
      <p><Link to="/dev/mails">Tilbage til udviklingsposten</Link></p>
      <h1>Mailskabeloner</h1>
      <p>Hver skabelon vist med eksempeldata, som tekst og som HTML.</p>
      <nav aria-label="Skabeloner">
        <ul>
          {previews.map((p) => (
            <li key={p.name}><a href={`#skabelon-${p.name}`}>{p.name}</a></li>
          ))}
        </ul>
      </nav>
      {previews.map((p) => (
        <section key={p.name} id={`skabelon-${p.name}`} aria-labelledby={`skabelon-${p.name}-titel`} className="mt-8">
          <h2 id={`skabelon-${p.name}-titel`}>{p.name}</h2>
          <p><strong>Emne:</strong> {p.subject}</p>
          <h3>Tekst</h3>
          <pre className="mail-body">{p.text}</pre>
          <h3>HTML</h3>
          <iframe
            title={`HTML-udgaven af skabelonen ${p.name}`}
            sandbox=""
            srcDoc={p.html}
            style={{ width: "100%", minHeight: "50rem", border: "1px solid #d6d6d6" }}
          />
        </section>
      ))}
    </>
  );
}
