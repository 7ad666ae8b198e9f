// The signed-in employer's job orders: only those with their address as contact (see the model).
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { listOrdersForEmployer } from "~/models/job-order/employer.server";
import { formatDate, formatDateTime } from "~/utils/format";
import { jobOrderStatusLabel } from "~/utils/labels";
import { requireEmployerEmail } from "~/utils/session.server";

export const meta: MetaFunction = () => [{ title: "Mine jobordrer – Jobcentrenes rekrutteringsservice" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const email = await requireEmployerEmail(request);
  const orders = await listOrdersForEmployer(email);
  // Times are formatted here, in Danish time, so the page does not depend on the browser's zone.
  return json({
    email,
    orders: orders.map((o) => ({
      number: o.number,
      title: o.title,
      jobcentreName: o.jobcentreName,
      received: formatDate(o.receivedAt),
      status: o.status,
      statusLabel: jobOrderStatusLabel(o.status),
      deadline: formatDateTime(o.dueAt),
      answered: o.answeredAt ? formatDateTime(o.answeredAt) : null,
    })),
  });
}

const BADGE: Record<string, string> = {
  RECEIVED: "badge badge-info",
  ASSIGNED: "badge badge-info",
  ANSWERED: "badge badge-success",
  CLOSED: "badge",
};

export default function MyJobOrders() {
  const { email, orders } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>Mine jobordrer</h1>
      <p className="font-lead">
        Jobordrer med <strong>{email}</strong> som kontaktadresse.
      </p>
      <p>
        <Link to="/jobordre/ny" className="button button-secondary">
          Opret ny jobordre
        </Link>
      </p>
      {orders.length === 0 ? (
        <p>Der er ingen jobordrer med denne e-mailadresse endnu.</p>
      ) : (
        // On a phone each order is a card with the column names beside the values (DKFDS responsive headers), so nothing is cut off.
        <div>
          <table className="table table--compact table--responsive-headers">
            <caption className="sr-only">Jobordrer, nyeste først</caption>
            <thead>
              <tr>
                <th scope="col">Jobordre</th>
                <th scope="col">Stilling</th>
                <th scope="col">Jobcenter</th>
                <th scope="col">Modtaget</th>
                <th scope="col">Status</th>
                <th scope="col">Svarfrist</th>
                <th scope="col">Svar</th>
              </tr>
            </thead>
            <tbody>
              {orders.map((order) => (
                <tr key={order.number}>
                  <td data-title="Jobordre">
                    <Link to={`/mine-jobordrer/${order.number}`}>{order.number}</Link>
                  </td>
                  <td data-title="Stilling">{order.title}</td>
                  <td data-title="Jobcenter">{order.jobcentreName}</td>
                  <td data-title="Modtaget">{order.received}</td>
                  <td data-title="Status">
                    <span className={BADGE[order.status] ?? "badge"}>{order.statusLabel}</span>
                  </td>
                  <td data-title="Svarfrist">{order.deadline}</td>
                  <td data-title="Svar">{order.answered ? `Besvaret ${order.answered}` : order.status === "CLOSED" ? "Afsluttet" : "Afventer svar"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
