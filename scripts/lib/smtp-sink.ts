// Development SMTP sink: a real SMTP server on loopback that accepts every mail and stores it as an
// .eml file; the portal shows them under /dev/mails (development only). Production sets SMTP_URL.
import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";
import { SMTPServer } from "smtp-server";

export type RunningSmtpSink = { url: string; dir: string; stop: () => Promise<void> };

export async function startSmtpSink(options: { port: number; dir: string; log?: (line: string) => void }): Promise<RunningSmtpSink> {
  fs.mkdirSync(options.dir, { recursive: true });
  const log = options.log ?? (() => {});
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    banner: "Jobcentre portal development mail sink",
    size: 10 * 1024 * 1024,
    // Senders keep pooled connections open: a stop closes them after a second instead of waiting 30 s.
    closeTimeout: 1000,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        // Sortable names: the newest mail lists first.
        const name = `${new Date().toISOString().replace(/[:.]/g, "-")}-${crypto.randomBytes(4).toString("hex")}.eml`;
        const target = path.join(options.dir, name);
        fs.writeFileSync(`${target}.tmp`, Buffer.concat(chunks));
        fs.renameSync(`${target}.tmp`, target);
        log(`mail to ${session.envelope.rcptTo.map((r) => r.address).join(", ")} stored as ${name}`);
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, "127.0.0.1", () => resolve());
  });
  // A sender that goes away mid-connection (a worker killed, a reset) is an "error" of the server: heard and
  // logged, it ends that connection only; unheard, it would end the process the sink runs in.
  server.on("error", (error) => log(`connection error: ${error.message}`));
  return {
    url: `smtp://127.0.0.1:${options.port}`,
    dir: options.dir,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
