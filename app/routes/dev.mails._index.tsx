// Development mail viewer: the mails the SMTP sink has stored, newest first. Never in production.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { listDevMails } from "~/models/dev/mails.server";
import { devMailDir } from "~/utils/env.server";
import { formatDateTime } from "~/utils/format";

export const meta: MetaFunction = () => [{ title: "Udviklingspost – Jobcentrenes rekrutteringsservice" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const dir = devMailDir();
  if (!dir) throw new Response("Siden findes ikke.", { status: 404 });
  const to = new URL(request.url).searchParams.get("til")?.trim() ?? "";
  const mails = await listDevMails(dir, { to: to || undefined });
  return json(
    {
      to,
      mails: mails.map((m) => ({ id: m.id, to: m.to, subject: m.subject || "(intet emne)", time: m.date ? formatDateTime(m.date) : "–" })),
    },
    { headers: { "Cache-Control": "no-store" } },
  );
}

export default function DevMails() {
  const { to, mails } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>Udviklingspost</h1>
      <p>
        Mails, som portalen har sendt til den lokale SMTP-modtager. Siden findes kun under udvikling og test.{" "}
        <Link to="/dev/emails">Se eksempler på alle mailskabeloner</Link>.
      </p>
      <Form method="get" className="mb-6">
        <div className="form-group">
          <label className="form-label" htmlFor="til">Modtager indeholder</label>
          <input className="form-input input-width-xl" type="search" id="til" name="til" defaultValue={to} />
        </div>
        <button type="submit" className="button button-secondary">Filtrér</button>
        {to ? (
          <Link to="/dev/mails" className="ml-4">Vis alle</Link>
        ) : null}
      </Form>
      {mails.length === 0 ? (
        <p>{to ? `Ingen mails til modtagere, der indeholder "${to}".` : "Der er ikke sendt nogen mails endnu."}</p>
      ) : (
        <table className="table table--zebra">
          <caption>{to ? `Mails til modtagere, der indeholder "${to}" (${mails.length})` : `Seneste mails (${mails.length})`}</caption>
          <thead>
            <tr>
              <th scope="col">Emne</th>
              <th scope="col">Til</th>
              <th scope="col">Tidspunkt</th>
            </tr>
          </thead>
          <tbody>
            {mails.map((mail) => (
              <tr key={mail.id}>
                <td><Link to={`/dev/mails/${mail.id}`}>{mail.subject}</Link></td>
                <td>{mail.to}</td>
                <td>{mail.time}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
