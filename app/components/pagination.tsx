// Previous and next page of a long list (DKFDS pagination), with where the reader is; nothing for one page.
import { Link } from "@remix-run/react";

export function Pagination({ page, pages, hrefOf, label = "Sider" }: { page: number; pages: number; hrefOf: (page: number) => string; label?: string }) {
  if (pages <= 1) return null;
  const current = Math.min(page, pages);
  return (
    <nav className="pagination" aria-label={label}>
      <ul className="pagination__items">
        {current > 1 ? (
          <li className="pagination-item">
            <Link className="pagination-previous" to={hrefOf(current - 1)}>
              Forrige side
            </Link>
          </li>
        ) : null}
        <li className="pagination-item">
          Side {current} af {pages}
        </li>
        {current < pages ? (
          <li className="pagination-item">
            <Link className="pagination-next" to={hrefOf(current + 1)}>
              Næste side
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
