// Shared layout for the portal's mails: composeMail turns one description of a mail into its plain
// text part and its simple, accessible HTML part with inline styles (mail clients ignore style
// sheets). Everything that comes from users is escaped here.

export type Email = { subject: string; text: string; html: string };

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/** Escaped text with its line breaks kept (for free text such as an answer). */
function multilineHtml(value: string): string {
  return escapeHtml(value.replace(/\r\n?/g, "\n")).replace(/\n/g, "<br>\n");
}

const FONT = "font-family: Arial, Helvetica, sans-serif; font-size: 16px; line-height: 1.5; color: #1a1a1a;";

function paragraph(text: string): string {
  return `<p style="margin: 0 0 16px 0;">${multilineHtml(text)}</p>`;
}

/** A block of free text written by a person (an answer), set off from the mail's own words. */
function quote(text: string): string {
  return `<div style="margin: 0 0 16px 0; padding: 12px 16px; border-left: 4px solid #0059b3; background: #f2f6fa;">${multilineHtml(text)}</div>`;
}

/** A link styled as a button; the address is also written out for clients that hide styles. */
function button(href: string, label: string): string {
  const url = escapeHtml(href);
  return (
    `<p style="margin: 0 0 8px 0;"><a href="${url}" style="display: inline-block; padding: 12px 20px; background: #0059b3; color: #ffffff; ` +
    `text-decoration: underline; font-weight: bold; border-radius: 4px;">${escapeHtml(label)}</a></p>` +
    `<p style="margin: 0 0 16px 0; font-size: 14px; color: #4a4a4a;">Virker knappen ikke, så kopiér adressen: <a href="${url}" style="color: #0059b3; word-break: break-all;">${url}</a></p>`
  );
}

export type Fact = [label: string, value: string];

/** Label/value pairs as a description list in HTML. */
function factsHtml(facts: Fact[]): string {
  const rows = facts
    .map(
      ([label, value]) =>
        `<dt style="font-weight: bold; margin: 8px 0 0 0;">${escapeHtml(label)}</dt><dd style="margin: 0 0 0 0;">${multilineHtml(value)}</dd>`,
    )
    .join("");
  return `<dl style="margin: 0 0 16px 0;">${rows}</dl>`;
}

/** The same pairs as "Label: value" lines for the plain text part. */
function factsText(facts: Fact[]): string {
  return facts.map(([label, value]) => `${label}: ${value}`).join("\n");
}

/** A bulleted list in HTML. */
function listHtml(items: string[]): string {
  const rows = items.map((item) => `<li style="margin: 0 0 4px 0;">${multilineHtml(item)}</li>`).join("");
  return `<ul style="margin: 0 0 16px 0; padding-left: 24px;">${rows}</ul>`;
}

/** The same items as "- item" lines for the plain text part. */
function listText(items: string[]): string {
  return items.map((item) => `- ${item}`).join("\n");
}

/** A full HTML document around the body. `title` is the mail's subject. */
function layout(input: { title: string; heading: string; body: string; footer?: string }): string {
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
function textBlocks(blocks: string[]): string {
  return blocks.filter((b) => b.length > 0).join("\n\n") + "\n";
}

const AUTOMATIC_FOOTER = "Denne mail er sendt automatisk fra Jobcentrenes Rekrutteringsportal.";

/**
 * One piece of a mail's body, written to both parts. `intro` is a paragraph before the piece in the
 * HTML; the text part keeps it on the line above, so the two read as one paragraph there.
 */
export type Block =
  /** A paragraph; its line breaks are kept. */
  | string
  | { facts: Fact[] }
  | { list: string[]; intro: string }
  /** Free text written by a person (an answer, a description), set off from the mail's own words. */
  | { quote: string; intro?: string }
  | LinkBlock;

/**
 * A button to `link` in the HTML. The text part has no button, so it writes the address out: after
 * `intro` (a paragraph in both parts) or `textIntro` (the text part only; in the HTML the button's
 * label says it), on a line of its own unless `inline`, and then `note`.
 */
type LinkBlock = { link: string; label: string; intro?: string; textIntro?: string; inline?: true; note?: string };

/** A template's words and data; the skeleton around them (greeting, regards, footer) is the same in every mail. */
export type MailContent = {
  subject: string;
  /** The HTML part's heading; the text part has none, as the subject says it. */
  heading: string;
  greeting?: string;
  /** Falsy entries are left out, so a template can write `condition && block`. */
  blocks: Array<Block | false | null | undefined>;
  /** The lines under "Venlig hilsen", e.g. the consultant and the jobcentre; none for notices from the portal itself. */
  signedBy?: string[];
};

/** The plain text and HTML parts of one mail, built from one description so the two cannot drift apart. */
export function composeMail(content: MailContent): Email {
  const regards = content.signedBy && ["Venlig hilsen", ...content.signedBy].join("\n");
  const blocks = [content.greeting, ...content.blocks, regards].filter((block): block is Block => Boolean(block));
  const text = textBlocks([...blocks.map(blockText), `--\n${AUTOMATIC_FOOTER}`]);
  const html = layout({
    title: content.subject,
    heading: content.heading,
    body: blocks.flatMap(blockHtml).join("\n"),
    footer: AUTOMATIC_FOOTER,
  });
  return { subject: content.subject, text, html };
}

/** Lines of one text paragraph, leaving out the parts a block does not have. */
function lines(...parts: Array<string | undefined>): string {
  return parts.filter((part) => part !== undefined).join("\n");
}

function blockText(block: Block): string {
  if (typeof block === "string") return block;
  if ("facts" in block) return factsText(block.facts);
  if ("list" in block) return lines(block.intro, listText(block.list));
  if ("quote" in block) return lines(block.intro, block.quote.replace(/\r\n?/g, "\n"));
  const lead = block.intro ?? block.textIntro;
  const address = lead !== undefined && block.inline ? `${lead} ${block.link}` : lines(lead, block.link);
  return lines(address, block.note);
}

/** The block's HTML elements; the body puts each on a line of its own. */
function blockHtml(block: Block): string[] {
  if (typeof block === "string") return [paragraph(block)];
  if ("facts" in block) return [factsHtml(block.facts)];
  const intro = block.intro === undefined ? [] : [paragraph(block.intro)];
  // No items: the text part keeps the intro, the HTML leaves out the empty <ul>.
  if ("list" in block) return block.list.length > 0 ? [...intro, listHtml(block.list)] : intro;
  if ("quote" in block) return [...intro, quote(block.quote)];
  return [...intro, button(block.link, block.label), ...(block.note === undefined ? [] : [paragraph(block.note)])];
}

/** What an employer is told about the single-use sign-in link to "Mine jobordrer" in a mail. */
export function signInLinkNote(ttlHours: number): string {
  return `Linket kan bruges én gang og virker i ${describeHours(ttlHours)}. Er det udløbet, kan I bede om et nyt link på siden.`;
}

/** "72 timer" / "3 dage" for a sign-in link's lifetime. */
export function describeHours(hours: number): string {
  if (hours % 24 === 0 && hours >= 48) return `${hours / 24} dage`;
  return hours === 1 ? "1 time" : `${hours} timer`;
}
