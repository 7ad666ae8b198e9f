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
        <div className="table--responsive-scroll">
          <table className="table table--compact">
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
                  <td>
                    <Link to={`/mine-jobordrer/${order.number}`}>{order.number}</Link>
                  </td>
                  <td>{order.title}</td>
                  <td>{order.jobcentreName}</td>
                  <td>{order.received}</td>
                  <td>
                    <span className={BADGE[order.status] ?? "badge"}>{order.statusLabel}</span>
                  </td>
                  <td>{order.deadline}</td>
                  <td>{order.answered ? `Besvaret ${order.answered}` : order.status === "CLOSED" ? "Afsluttet" : "Afventer svar"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
