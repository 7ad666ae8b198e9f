// Route `headers` exports: what a loader or action sets reaches a full page response only through them.
import type { HeadersFunction } from "@remix-run/node";

/** A 429's Retry-After from the action (or loader), for the page a form post without JavaScript gets. */
export const retryAfterHeaders: HeadersFunction = ({ actionHeaders, loaderHeaders }) => {
  const retryAfter = actionHeaders.get("Retry-After") ?? loaderHeaders.get("Retry-After");
  return retryAfter ? { "Retry-After": retryAfter } : new Headers();
};

/** Pages with a secret in their address (a consent or survey link): out of caches and referrers. */
export const LINK_PAGE_HEADERS = { "Cache-Control": "no-store", "Referrer-Policy": "no-referrer" } as const;

export const linkPageHeaders: HeadersFunction = () => LINK_PAGE_HEADERS;

/** The meta tags of such a page: its title, and no indexing or referrer. */
export function linkPageMeta(title: string) {
  return [{ title }, { name: "robots", content: "noindex" }, { name: "referrer", content: "no-referrer" }];
}
