// One stored development mail: headers, the plain text (where tests read links) and the HTML part.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { getDevMail } from "~/models/dev/mails.server";
import { devMailDir } from "~/utils/env.server";
import { formatDateTime } from "~/utils/format";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.mail.subject ?? "Mail"} – Udviklingspost` },
];

export async function loader({ params }: LoaderFunctionArgs) {
  const dir = devMailDir();
  if (!dir) throw new Response("Siden findes ikke.", { status: 404 });
  const mail = params.id ? await getDevMail(dir, params.id) : null;
  if (!mail) throw new Response("Mailen findes ikke.", { status: 404 });
  return json(
    {
      mail: {
        subject: mail.subject || "(intet emne)",
        from: mail.from,
        to: mail.to,
        time: mail.date ? formatDateTime(mail.date) : "–",
        messageId: mail.messageId,
        text: mail.text,
        html: mail.html,
      },
    },
    { headers: { "Cache-Control": "no-store" } },
  );
}

export default function DevMail() {
  const { mail } = useLoaderData<typeof loader>();
  return (
    <>
      <p><Link to="/dev/mails">Tilbage til udviklingsposten</Link></p>
      <h1>{mail.subject}</h1>
      <dl>
        <dt>Fra</dt>
        <dd>{mail.from}</dd>
        <dt>Til</dt>
        <dd>{mail.to}</dd>
        <dt>Tidspunkt</dt>
        <dd>{mail.time}</dd>
        {mail.messageId ? (
          <>
            <dt>Message-ID</dt>
            <dd><code>{mail.messageId}</code></dd>
          </>
        ) : null}
      </dl>
      <h2>Tekst</h2>
      <pre className="mail-body" data-testid="mail-text">{mail.text}</pre>
      {mail.html ? (
        <>
          <h2>HTML</h2>
          {/* Empty sandbox: the mail's HTML runs no scripts and cannot reach the portal's origin. */}
          <iframe
            title={`HTML-udgaven af mailen: ${mail.subject}`}
            sandbox=""
            srcDoc={mail.html}
            style={{ width: "100%", minHeight: "60rem", border: "1px solid #d6d6d6" }}
          />
        </>
      ) : null}
    </>
  );
}
