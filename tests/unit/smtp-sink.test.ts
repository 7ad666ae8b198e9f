// The development SMTP sink outlives a sender that goes away mid-connection (a worker killed -9 resets its
// pooled connections), instead of ending the process it runs in.
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { expect, it } from "vitest";
import { freePort } from "../../scripts/lib/free-port";
import { startSmtpSink } from "../../scripts/lib/smtp-sink";

it("a connection reset by its sender is logged and the sink keeps accepting connections", async () => {
  const lines: string[] = [];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sink-"));
  const sink = await startSmtpSink({ port: await freePort(), dir, log: (line) => lines.push(line) });
  const port = Number(new URL(sink.url).port);
  try {
    const greeted = (socket: net.Socket) => new Promise<string>((resolve) => socket.once("data", (d: Buffer) => resolve(d.toString())));
    const first = net.connect(port, "127.0.0.1");
    await greeted(first);
    first.write("EHLO worker\r\nMAIL FROM:<a@b.example>\r\n");
    await new Promise((r) => setTimeout(r, 100));
    first.resetAndDestroy();
    await new Promise((r) => setTimeout(r, 200));

    const second = net.connect(port, "127.0.0.1");
    expect(await greeted(second)).toMatch(/^220 /);
    second.destroy();
    expect(lines.some((line) => line.startsWith("connection error: "))).toBe(true);
  } finally {
    await sink.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
