// The Chromium the worker prints PDFs with: the CHROMIUM_PATH setting, else Debian's package, found the
// same way as for the end-to-end tests (scripts/lib/tools.ts). Null when there is none: the report then
// fails with a clear message instead of printing something else.
import fs from "node:fs";

const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

export function findChromium(configured: string | undefined): string | null {
  if (configured) return fs.existsSync(configured) ? configured : null;
  return CANDIDATES.find((candidate) => fs.existsSync(candidate)) ?? null;
}

/** The flags the end-to-end tests use too: no sandbox inside containers, nothing reaching out to the net. */
export const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
