// The committee report printed to PDF by a real Chromium (playwright-core), from the same component as the
// report page, with the design system's and the portal's style sheets inlined. Tagged, with an outline
// from the headings, so a screen reader reads the PDF as it reads the page.
import fs from "node:fs";
import path from "node:path";
import { chromium } from "playwright-core";
import { renderToStaticMarkup } from "react-dom/server";
import { CommitteeReport } from "~/components/committee-report";
import { CHROMIUM_ARGS } from "~/utils/chromium.server";
import { escapeHtml } from "../../../emails/layout";
import type { CommitteeReportData } from "./committee-report.server";

const STYLE_SHEETS = ["node_modules/dkfds/dist/css/dkfds-virkdk.min.css", "app/styles/portal.css"];

let styles: string | undefined;

function reportStyles(root: string): string {
  styles ??= STYLE_SHEETS.map((file) => fs.readFileSync(path.join(root, file), "utf8")).join("\n");
  return styles;
}

export function committeeReportHtml(report: CommitteeReportData, root: string = process.cwd()): string {
  const title = `${report.title} – ${report.jobcentreName}, ${report.periodText}`;
  return `<!DOCTYPE html>${renderToStaticMarkup(
    <html lang="da">
      <head>
        <meta charSet="utf-8" />
        <title>{title}</title>
        <style dangerouslySetInnerHTML={{ __html: reportStyles(root) }} />
      </head>
      <body>
        <main className="container">
          <CommitteeReport report={report} />
        </main>
      </body>
    </html>,
  )}`;
}

/** The report as an A4 PDF with page numbers, printed by the Chromium at `chromiumPath`. */
export async function printCommitteeReport(report: CommitteeReportData, chromiumPath: string): Promise<Buffer> {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    // No network: everything the report needs is in the document.
    await page.route("**/*", (route) => (route.request().url().startsWith("data:") ? route.continue() : route.abort()));
    await page.setContent(committeeReportHtml(report), { waitUntil: "load" });
    await page.emulateMedia({ media: "print" });
    return await page.pdf({
      format: "A4",
      margin: { top: "18mm", bottom: "18mm", left: "16mm", right: "16mm" },
      printBackground: true,
      tagged: true,
      outline: true,
      displayHeaderFooter: true,
      headerTemplate: "<span></span>",
      footerTemplate: `<div style="font-size:9px;width:100%;text-align:center;font-family:Arial,sans-serif;">${escapeHtml(report.jobcentreName)}, ${escapeHtml(report.periodText)} · side <span class="pageNumber"></span> af <span class="totalPages"></span></div>`,
    });
  } finally {
    await browser.close();
  }
}
