// The web process: Express serving the Remix build, DKFDS assets and security headers.
// Stateless: sessions, rate limits and order state live in PostgreSQL and Temporal.
import crypto from "node:crypto";
import path from "node:path";
import type { Server } from "node:http";
import express, { type ErrorRequestHandler, type RequestHandler } from "express";
import compression from "compression";
import onHeaders from "on-headers";
import { createRequestHandler } from "@remix-run/express";
import type { AppLoadContext, ServerBuild } from "@remix-run/node";
import type { Env } from "../../app/utils/env.server";
import { MAX_REQUEST_BODY_BYTES } from "../../app/utils/request-body.server";
import { PROJECT_ROOT } from "./tools";

const ALLOWED_METHODS = ["GET", "HEAD", "POST"];

/** A short Danish page with nothing of the server in it, for answers given before or outside Remix. */
function plainPage(title: string, message: string): string {
  return `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>${title}</title></head><body><main><h1>${title}</h1><p>${message}</p><p><a href="/">Gå til forsiden</a></p></main></body></html>`;
}

const PLAIN_ANSWERS: Record<number, [string, string]> = {
  400: ["Forkert forespørgsel", "Adressen eller det sendte kunne ikke læses. Tjek adressen, og prøv igen."],
  404: ["Siden findes ikke", "Vi kan ikke finde den side, du leder efter."],
  405: ["Handlingen er ikke tilladt", "Siden kan ikke bruges på den måde."],
  413: ["Det sendte er for stort", "Det, du sendte, er større end portalen tager imod."],
  500: ["Der skete en fejl", "Vi kunne ikke vise siden. Prøv igen om lidt."],
};

function sendPlain(res: express.Response, status: number) {
  const [title, message] = PLAIN_ANSWERS[status] ?? PLAIN_ANSWERS[status < 500 ? 400 : 500]!;
  res.status(status).set({ "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" }).send(plainPage(title, message));
}

function securityHeaders(production: boolean): RequestHandler {
  return (req, res, next) => {
    // A fresh nonce per response: only the scripts Remix renders with it may run.
    const nonce = crypto.randomBytes(16).toString("base64");
    res.locals.cspNonce = nonce;
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Referrer-Policy", "same-origin");
    res.setHeader("X-Frame-Options", "DENY");
    res.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    res.setHeader("Cross-Origin-Resource-Policy", "same-origin");
    res.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
    res.setHeader(
      "Content-Security-Policy",
      [
        "default-src 'self'",
        "img-src 'self' data:",
        // Inline style attributes only (React's style prop); no inline style elements are rendered.
        "style-src 'self' 'unsafe-inline'",
        `script-src 'self' 'nonce-${nonce}'`,
        "object-src 'none'",
        "frame-ancestors 'none'",
        "form-action 'self'",
        "base-uri 'self'",
      ].join("; "),
    );
    // Browsers remember to use HTTPS only; sent in production, where the portal is behind TLS.
    if (production) res.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    // The client address for rate limits, set here so a caller cannot choose it.
    req.headers["x-portal-client-ip"] = req.ip ?? "unknown";
    next();
  };
}

export async function startWebServer(options: { port: number; host?: string; env: Env }): Promise<{ url: string; stop: () => Promise<void> }> {
  const buildPath = path.join(PROJECT_ROOT, "build", "index.js");
  const build = (await import(buildPath)) as ServerBuild;
  const production = options.env.NODE_ENV === "production";
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", options.env.TRUST_PROXY);
  app.use(securityHeaders(production));
  // TRACE echoes the request, PUT/DELETE/PATCH/OPTIONS are used by no page: refused before any route.
  app.use((req, res, next) => {
    if (ALLOWED_METHODS.includes(req.method)) return next();
    res.setHeader("Allow", ALLOWED_METHODS.join(", "));
    sendPlain(res, 405);
  });
  // An announced body larger than any form or upload takes is refused unread; readForm and the CSV import
  // hold each route to its own, smaller limit while reading (chunked bodies included).
  app.use((req, res, next) => {
    const length = Number(req.headers["content-length"] ?? "0");
    if (!(length > MAX_REQUEST_BODY_BYTES)) return next();
    res.setHeader("Connection", "close");
    sendPlain(res, 413);
  });
  // A NUL is in no address of the portal, and PostgreSQL refuses it in a parameter: refused here, for
  // every path and query at once.
  app.use((req, res, next) => {
    if (/%00/.test(req.originalUrl)) return sendPlain(res, 400);
    next();
  });
  app.use(compression());
  app.use("/build", express.static(path.join(PROJECT_ROOT, "public", "build"), { immutable: true, maxAge: "1y" }));
  app.use("/dkfds", express.static(path.join(PROJECT_ROOT, "node_modules", "dkfds", "dist"), { maxAge: "1d" }));
  app.use(express.static(path.join(PROJECT_ROOT, "public"), { maxAge: "1h" }));
  // Pages carry personal data and a CSRF token: nothing past the static files is stored by a browser or
  // a proxy unless its route says otherwise (the example CSV). Checked as the headers go out, so it holds
  // for pages, data requests, resource routes and error answers alike.
  app.use((_req, res, next) => {
    onHeaders(res, function setNoStore(this: express.Response) {
      if (!this.getHeader("Cache-Control")) this.setHeader("Cache-Control", "no-store");
    });
    next();
  });
  // Mounted without a path pattern, so Express decodes nothing: a malformed address reaches Remix as
  // it is and gets the Danish "not found" page.
  app.use(
    createRequestHandler({
      build,
      mode: build.mode,
      getLoadContext: (_req, res): AppLoadContext => ({ cspNonce: String(res.locals.cspNonce) }),
    }),
  );
  // Last: whatever failed before or around Remix (a malformed address, a broken body) gets a plain
  // status page; the details go to the log only.
  const onError: ErrorRequestHandler = (error: unknown, req, res, _next) => {
    const status =
      typeof error === "object" && error !== null && "status" in error && typeof error.status === "number"
        ? error.status
        : // The request's address cannot be built (a Host or X-Forwarded-Host with a bad port): the client's fault.
          error instanceof TypeError && "code" in error && error.code === "ERR_INVALID_URL"
          ? 400
          : 500;
    const known = status >= 400 && status < 500;
    if (!known) console.error(`[web] ${req.method} ${req.path}:`, error);
    if (res.headersSent) {
      res.destroy();
      return;
    }
    sendPlain(res, known ? status : 500);
  };
  app.use(onError);
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(options.port, options.host ?? "127.0.0.1", () => resolve(s));
  });
  return {
    url: `http://${options.host ?? "127.0.0.1"}:${options.port}`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
