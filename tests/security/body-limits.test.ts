// No request makes the portal read more than a form or an upload can hold: an announced oversized body
// is refused unread, a chunked one is cut off at the limit, and nothing is stored.
import net from "node:net";
import { describe, expect, it } from "vitest";
import { FORM_BODY_LIMIT_BYTES, UPLOAD_BODY_LIMIT_BYTES } from "../../app/utils/request-body.server";
import { Browser, database, portal, staff } from "./http";

/** A body that streams `total` bytes of `chunk` without announcing its length (chunked encoding). */
function chunkedBody(total: number, chunk = "a=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa&"): ReadableStream<Uint8Array> {
  const piece = new TextEncoder().encode(chunk.repeat(Math.ceil(64 * 1024 / chunk.length)));
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= total) return controller.close();
      controller.enqueue(piece);
      sent += piece.byteLength;
    },
  });
}

/** A fetch that failed because the server closed the connection while the body was still being sent. */
function connectionCut(error: unknown): "connection cut" {
  const code = (error as { cause?: { code?: string } }).cause?.code;
  if (code === "ECONNRESET" || code === "EPIPE" || code === "UND_ERR_SOCKET") return "connection cut";
  throw error;
}

describe("the body limit", () => {
  it("refuses an announced 50 MB form post before reading it", async () => {
    // The header promises 50 MB and only a few bytes follow: an answer at all shows the body was not awaited.
    const { hostname, port } = new URL(portal.baseUrl);
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = net.connect(Number(port), hostname, () => {
        socket.write(
          `POST /jobordre/ny HTTP/1.1\r\nHost: ${hostname}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: ${50 * 1024 * 1024}\r\n\r\ncsrf=x&title=y`,
        );
      });
      let received = "";
      socket.on("data", (d) => {
        received += d.toString();
        if (received.includes("\r\n\r\n")) {
          socket.destroy();
          resolve(received);
        }
      });
      socket.on("error", reject);
      socket.setTimeout(10_000, () => socket.destroy(new Error("no answer while the body was still owed")));
    });
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
  });

  it("cuts a chunked form post off at the form limit with 413", async () => {
    const browser = new Browser();
    await browser.csrfToken("/jobordre/ny");
    const before = await database().jobOrder.count();
    const reply = await browser
      .request("/jobordre/ny", { method: "POST", body: chunkedBody(4 * FORM_BODY_LIMIT_BYTES), headers: { "Content-Type": "application/x-www-form-urlencoded" } })
      .catch(connectionCut);
    // The server answers 413 and stops reading; a client still sending may see the connection close first.
    expect(reply === "connection cut" || reply.status === 413).toBe(true);
    expect(await database().jobOrder.count()).toBe(before);
    expect((await new Browser().get("/healthz")).status).toBe(200);
  });

  it("cuts a chunked CSV upload off at the upload limit with 413, changing nothing", async () => {
    const browser = new Browser();
    await browser.signIn(staff("teamleder"));
    const csrf = await browser.csrfToken("/jobsogere/import");
    const before = await database().jobseeker.count();
    const boundary = "portalgraense";
    const head = `--${boundary}\r\nContent-Disposition: form-data; name="csrf"\r\n\r\n${csrf}\r\n--${boundary}\r\nContent-Disposition: form-data; name="fil"; filename="stor.csv"\r\nContent-Type: text/csv\r\n\r\n`;
    const encoder = new TextEncoder();
    const rows = encoder.encode("REF;Navn;navn@mail.dk;20304050;4900;25;37;a-dagpenge;Lager;;;;;;ja\n".repeat(1000));
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(encoder.encode(head));
      },
      pull(controller) {
        if (sent > 2 * UPLOAD_BODY_LIMIT_BYTES) {
          controller.enqueue(encoder.encode(`\r\n--${boundary}--\r\n`));
          return controller.close();
        }
        controller.enqueue(rows);
        sent += rows.byteLength;
      },
    });
    const reply = await browser
      .request("/jobsogere/import", { method: "POST", body, headers: { "Content-Type": `multipart/form-data; boundary=${boundary}` } })
      .catch(connectionCut);
    expect(reply === "connection cut" || reply.status === 413).toBe(true);
    expect(await database().jobseeker.count()).toBe(before);
  });

  it("still takes a full-size job order form", async () => {
    const browser = new Browser();
    const reply = await browser.postForm("/jobordre/ny", {
      cvr: "12345674",
      description: "æøå ".repeat(1000),
      requirements: "😀".repeat(1000),
    });
    // Field errors (400), not a refused body: the form was read.
    expect(reply.status).toBe(400);
  });
});
