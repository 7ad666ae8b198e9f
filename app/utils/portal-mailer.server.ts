// The web process's mailer, from its settings (SMTP_URL, MAIL_FROM): one transport for every page that
// mails (sign-in links, sign-in notices). The worker builds its own in scripts/lib/worker-process.ts.
import { getEnv } from "~/utils/env.server";
import { createSmtpMailer, type Mailer } from "~/utils/mailer.server";

let mailer: Mailer | undefined;

export function getMailer(): Mailer {
  if (!mailer) {
    const env = getEnv();
    mailer = createSmtpMailer(env.SMTP_URL, env.MAIL_FROM);
  }
  return mailer;
}
