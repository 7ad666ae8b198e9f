// Reads mails stored by the development SMTP sink (scripts/lib/smtp-sink.ts). Development only.
import fs from "node:fs/promises";
import path from "node:path";
import { simpleParser } from "mailparser";

export type DevMailSummary = { id: string; to: string; subject: string; date: Date | null };
export type DevMail = DevMailSummary & {
  from: string;
  text: string;
  html: string | null;
  messageId: string | null;
  attachments: Array<{ filename: string | null; contentType: string; size: number }>;
};

const ID_PATTERN = /^[\w-]+$/;

async function readMail(dir: string, id: string): Promise<DevMail | null> {
  if (!ID_PATTERN.test(id)) return null;
  let raw: Buffer;
  try {
    raw = await fs.readFile(path.join(dir, `${id}.eml`));
  } catch {
    return null;
  }
  const parsed = await simpleParser(raw);
  const addressText = (value: typeof parsed.to) =>
    (Array.isArray(value) ? value : value ? [value] : []).map((a) => a.text).join(", ");
  return {
    id,
    to: addressText(parsed.to),
    from: parsed.from?.text ?? "",
    subject: parsed.subject ?? "",
    date: parsed.date ?? null,
    text: parsed.text ?? "",
    html: typeof parsed.html === "string" ? parsed.html : null,
    messageId: parsed.messageId ?? null,
    attachments: parsed.attachments.map((a) => ({ filename: a.filename ?? null, contentType: a.contentType, size: a.size })),
  };
}

export async function listDevMails(dir: string, filter?: { to?: string }, limit = 100): Promise<DevMailSummary[]> {
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return [];
  }
  const ids = names.filter((n) => n.endsWith(".eml")).map((n) => n.slice(0, -4)).sort().reverse();
  const mails: DevMailSummary[] = [];
  for (const id of ids) {
    const mail = await readMail(dir, id);
    if (!mail) continue;
    if (filter?.to && !mail.to.toLowerCase().includes(filter.to.toLowerCase())) continue;
    mails.push({ id: mail.id, to: mail.to, subject: mail.subject, date: mail.date });
    if (mails.length >= limit) break;
  }
  return mails;
}

export function getDevMail(dir: string, id: string): Promise<DevMail | null> {
  return readMail(dir, id);
}
