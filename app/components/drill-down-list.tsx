// The rows behind a number (orders, survey answers, visits): a heading, how many, the downloads, a page of
// 50 with each row's first cell linking to its order (or its own page), and pages.
import { Link } from "@remix-run/react";
import { Pagination } from "./pagination";
import { ScrollBox } from "~/components/scroll-box";

type List = { title: string; total: number; periodText: string; kindText?: string | null; page: number; pages: number; head: string[]; rows: Array<{ number: string; href?: string; cells: string[] }> };

/** `related` links to the other list behind the same number (the orders ↔ their referrals). */
export function DrillDownList({ list, query, base, back, related }: { list: List; query: string; base: string; back: string; related?: { href: string; text: string } }) {
  const pageHref = (page: number) => `${base}?${query}&side=${page}`;
  return (
    <>
      <p>
        <Link to={back}>Tilbage til mål og nøgletal</Link>
      </p>
      <h1>{list.title}</h1>
      <p className="font-lead">
        {list.total.toLocaleString("da-DK")} i alt, {list.periodText}
        {list.kindText ? `, ${list.kindText}` : ""}.
      </p>
      <p>
        <a href={`${base}/eksport?${query}&format=csv`} download>
          Hent listen som CSV
        </a>
        {" · "}
        <a href={`${base}/eksport?${query}&format=xlsx`} download>
          Hent listen som Excel (XLSX)
        </a>
      </p>
      {related ? (
        <p>
          <Link to={related.href}>{related.text}</Link>
        </p>
      ) : null}
      {list.total === 0 ? (
        <p>Listen er tom.</p>
      ) : (
        <>
          <ScrollBox label={list.title}>
            <table className="table table--zebra">
              <caption>
                {list.title}, side {list.page} af {list.pages}
              </caption>
              <thead>
                <tr>
                  {list.head.map((h) => (
                    <th key={h} scope="col">
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {list.rows.map((row, i) => (
                  <tr key={`${row.number}-${i}`}>
                    <th scope="row">
                      <Link to={row.href ?? `/ordrer/${encodeURIComponent(row.number)}`}>{row.number}</Link>
                    </th>
                    {row.cells.slice(1).map((cell, j) => (
                      <td key={j}>{cell}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
          <Pagination page={list.page} pages={list.pages} hrefOf={pageHref} />
        </>
      )}
    </>
  );
}
