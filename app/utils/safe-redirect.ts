// The one place a redirect target from a request is checked (sign-in's redirectTo, the candidate page's
// way back). Browsers repair what they are given, so the target is judged as a browser would read it:
// parsed against a placeholder origin, its normal form must still be a path on that origin.
const PLACEHOLDER_ORIGIN = "http://portal.invalid";
const MAX_LENGTH = 2048;
// Printable ASCII only: browsers drop tabs and newlines and fold some Unicode spaces, so
// `/\t/evil.example` or `/\u3000/…` could turn into `//evil.example`; a header cannot carry them either.
const PRINTABLE_PATH = /^\/[\x21-\x7e]*$/;
// The same characters percent-encoded (and the backslash), for whatever decodes the path once more.
const ENCODED_CONTROL = /%(?:[01][0-9a-f]|7f|5c)/i;

/**
 * The same-site path to redirect to, in its normal form, or `fallback` when `to` is anything else:
 * another origin, a protocol-relative or backslash path, control or non-ASCII characters, or a path
 * whose dot segments normalise to `//host`.
 */
export function safeRedirectPath(to: FormDataEntryValue | string | null | undefined, fallback = "/"): string {
  if (typeof to !== "string" || to.length > MAX_LENGTH || !PRINTABLE_PATH.test(to) || to.includes("\\") || ENCODED_CONTROL.test(to)) return fallback;
  let url: URL;
  try {
    url = new URL(to, PLACEHOLDER_ORIGIN);
  } catch {
    return fallback;
  }
  if (url.origin !== PLACEHOLDER_ORIGIN) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  if (path.startsWith("//") || !PRINTABLE_PATH.test(path)) return fallback;
  return path;
}

/** A safe path with one query parameter set (the candidate page's "listet=3" after shortlisting). */
export function withSearchParam(path: string, name: string, value: string): string {
  const url = new URL(path, PLACEHOLDER_ORIGIN);
  url.searchParams.set(name, value);
  return safeRedirectPath(`${url.pathname}${url.search}${url.hash}`);
}
