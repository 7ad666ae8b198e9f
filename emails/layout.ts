// Shared layout for the portal's mails: plain text and simple, accessible HTML with inline styles
// (mail clients ignore style sheets). Everything that comes from users is escaped here.

export type Email = { subject: string; text: string; html: string };

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/** Escaped text with its line breaks kept (for free text such as an answer). */
export function multilineHtml(value: string): string {
  return escapeHtml(value.replace(/\r\n?/g, "\n")).replace(/\n/g, "<br>\n");
}

const FONT = "font-family: Arial, Helvetica, sans-serif; font-size: 16px; line-height: 1.5; color: #1a1a1a;";

export function paragraph(text: string): string {
  return `<p style="margin: 0 0 16px 0;">${multilineHtml(text)}</p>`;
}

/** A block of free text written by a person (an answer), set off from the mail's own words. */
export function quote(text: string): string {
  return `<div style="margin: 0 0 16px 0; padding: 12px 16px; border-left: 4px solid #0059b3; background: #f2f6fa;">${multilineHtml(text)}</div>`;
}

/** A link styled as a button; the address is also written out for clients that hide styles. */
export function button(href: string, label: string): string {
  const url = escapeHtml(href);
  return (
    `<p style="margin: 0 0 8px 0;"><a href="${url}" style="display: inline-block; padding: 12px 20px; background: #0059b3; color: #ffffff; ` +
    `text-decoration: underline; font-weight: bold; border-radius: 4px;">${escapeHtml(label)}</a></p>` +
    `<p style="margin: 0 0 16px 0; font-size: 14px; color: #4a4a4a;">Virker knappen ikke, så kopiér adressen: <a href="${url}" style="color: #0059b3; word-break: break-all;">${url}</a></p>`
  );
}

export type Fact = [label: string, value: string];

/** Label/value pairs as a description list in HTML. */
export function factsHtml(facts: Fact[]): string {
  const rows = facts
    .map(
      ([label, value]) =>
        `<dt style="font-weight: bold; margin: 8px 0 0 0;">${escapeHtml(label)}</dt><dd style="margin: 0 0 0 0;">${multilineHtml(value)}</dd>`,
    )
    .join("");
  return `<dl style="margin: 0 0 16px 0;">${rows}</dl>`;
}

/** The same pairs as "Label: value" lines for the plain text part. */
export function factsText(facts: Fact[]): string {
  return facts.map(([label, value]) => `${label}: ${value}`).join("\n");
}

/** A bulleted list in HTML; nothing for no items. */
export function listHtml(items: string[]): string {
  if (items.length === 0) return "";
  const rows = items.map((item) => `<li style="margin: 0 0 4px 0;">${multilineHtml(item)}</li>`).join("");
  return `<ul style="margin: 0 0 16px 0; padding-left: 24px;">${rows}</ul>`;
}

/** The same items as "- item" lines for the plain text part. */
export function listText(items: string[]): string {
  return items.map((item) => `- ${item}`).join("\n");
}

/** A full HTML document around the body. `title` is the mail's subject. */
export function layout(input: { title: string; heading: string; body: string; footer?: string }): string {
  const footer = input.footer
    ? `<p style="margin: 24px 0 0 0; padding-top: 12px; border-top: 1px solid #d0d0d0; font-size: 14px; color: #4a4a4a;">${multilineHtml(input.footer)}</p>`
    : "";
  return `<!DOCTYPE html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(input.title)}</title>
</head>
<body style="margin: 0; padding: 0; background: #ffffff;">
<div role="article" aria-label="${escapeHtml(input.title)}" lang="da" style="${FONT} max-width: 600px; margin: 0 auto; padding: 24px 16px;">
<h1 style="font-size: 22px; line-height: 1.3; margin: 0 0 16px 0;">${escapeHtml(input.heading)}</h1>
${input.body}
${footer}
</div>
</body>
</html>
`;
}

/** Joins text paragraphs with blank lines, leaving out empty ones. */
export function textBlocks(...blocks: Array<string | false | null | undefined>): string {
  return blocks.filter((b): b is string => typeof b === "string" && b.length > 0).join("\n\n") + "\n";
}

export const AUTOMATIC_FOOTER = "Denne mail er sendt automatisk fra Jobcentrenes Rekrutteringsportal.";

/** What an employer is told about the single-use sign-in link to "Mine jobordrer" in a mail. */
export function signInLinkNote(ttlHours: number): string {
  return `Linket kan bruges én gang og virker i ${describeHours(ttlHours)}. Er det udløbet, kan I bede om et nyt link på siden.`;
}

/** "72 timer" / "3 dage" for a sign-in link's lifetime. */
export function describeHours(hours: number): string {
  if (hours % 24 === 0 && hours >= 48) return `${hours / 24} dage`;
  return hours === 1 ? "1 time" : `${hours} timer`;
}
