// Route `headers` exports: what a loader or action sets reaches a full page response only through them.
import type { HeadersFunction } from "@remix-run/node";

/** A 429's Retry-After from the action (or loader), for the page a form post without JavaScript gets. */
export const retryAfterHeaders: HeadersFunction = ({ actionHeaders, loaderHeaders }) => {
  const retryAfter = actionHeaders.get("Retry-After") ?? loaderHeaders.get("Retry-After");
  return retryAfter ? { "Retry-After": retryAfter } : new Headers();
};
