// No request makes the portal read more than a form or an upload can hold: an announced oversized body
// is refused unread, a chunked one is cut off at the limit, and nothing is stored.
import net from "node:net";
import { describe, expect, it } from "vitest";
import { FORM_BODY_LIMIT_BYTES, UPLOAD_BODY_LIMIT_BYTES } from "../../app/utils/request-body.server";
import { Browser, database, portal, staff } from "./http";

/**
 * Sends a chunked POST on a socket of its own (so a connection the server cuts never reaches the shared
 * fetch pool): `head` first, then `piece` until `total` bytes or the server answers or closes. The status
 * of the answer, or "connection cut" when the server closed before the answer could be read.
 */
function chunkedPost(path: string, contentType: string, cookies: string, head: string, piece: string, total: number): Promise<number | "connection cut"> {
  const { hostname, port } = new URL(portal.baseUrl);
  const chunk = (data: Buffer) => Buffer.concat([Buffer.from(`${data.byteLength.toString(16)}\r\n`), data, Buffer.from("\r\n")]);
  const block = chunk(Buffer.from(piece.repeat(Math.ceil((64 * 1024) / piece.length))));
  return new Promise((resolve) => {
    let answer = "";
    let sent = 0;
    let finished = false;
    const done = (value: number | "connection cut") => {
      if (finished) return;
      finished = true;
      socket.destroy();
      resolve(value);
    };
    const socket = net.connect(Number(port), hostname, () => {
      socket.write(`POST ${path} HTTP/1.1\r\nHost: ${hostname}\r\nContent-Type: ${contentType}\r\nCookie: ${cookies}\r\nTransfer-Encoding: chunked\r\n\r\n`);
      socket.write(chunk(Buffer.from(head)));
      const pump = () => {
        while (!finished && sent < total) {
          sent += block.byteLength;
          if (!socket.write(block)) return socket.once("drain", pump);
        }
        if (!finished) socket.write("0\r\n\r\n");
      };
      pump();
    });
    socket.on("data", (d) => {
      answer += d.toString();
      const status = /^HTTP\/1\.1 (\d{3})/.exec(answer);
      if (status) done(Number(status[1]));
    });
    socket.on("error", () => done("connection cut"));
    socket.on("close", () => done("connection cut"));
    socket.setTimeout(30_000, () => done("connection cut"));
  });
}

function cookieHeader(browser: Browser): string {
  return [...browser.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
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
    const csrf = await browser.csrfToken("/jobordre/ny");
    const before = await database().jobOrder.count();
    const answer = await chunkedPost("/jobordre/ny", "application/x-www-form-urlencoded", cookieHeader(browser), `csrf=${csrf}&`, "a=aaaaaaaaaaaaaaaa&", 4 * FORM_BODY_LIMIT_BYTES);
    // The server answers 413 and stops reading; a client still sending may see the connection close first.
    expect([413, "connection cut"]).toContain(answer);
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
    const row = "REF;Navn;navn@mail.dk;20304050;4900;25;37;a-dagpenge;Lager;;;;;;ja\n";
    const answer = await chunkedPost("/jobsogere/import", `multipart/form-data; boundary=${boundary}`, cookieHeader(browser), head, row, 2 * UPLOAD_BODY_LIMIT_BYTES);
    expect([413, "connection cut"]).toContain(answer);
    expect(await database().jobseeker.count()).toBe(before);
    expect((await new Browser().get("/healthz")).status).toBe(200);
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
