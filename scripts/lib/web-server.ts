// The web process: Express serving the Remix build, DKFDS assets and security headers.
// Stateless: sessions, rate limits and order state live in PostgreSQL and Temporal.
import path from "node:path";
import type { Server } from "node:http";
import express from "express";
import compression from "compression";
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import { PROJECT_ROOT } from "./tools";

export async function startWebServer(options: { port: number; host?: string }): Promise<{ url: string; stop: () => Promise<void> }> {
  const buildPath = path.join(PROJECT_ROOT, "build", "index.js");
  const build = (await import(buildPath)) as ServerBuild;
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", process.env.TRUST_PROXY === "true" ? true : "loopback");
  app.use(compression());
  app.use((req, res, next) => {
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Referrer-Policy", "same-origin");
    res.setHeader("X-Frame-Options", "DENY");
    res.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    res.setHeader(
      "Content-Security-Policy",
      "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'",
    );
    // The client address for rate limits, set here so a caller cannot choose it.
    req.headers["x-portal-client-ip"] = req.ip ?? "unknown";
    next();
  });
  app.use("/build", express.static(path.join(PROJECT_ROOT, "public", "build"), { immutable: true, maxAge: "1y" }));
  app.use("/dkfds", express.static(path.join(PROJECT_ROOT, "node_modules", "dkfds", "dist"), { maxAge: "1d" }));
  app.use(express.static(path.join(PROJECT_ROOT, "public"), { maxAge: "1h" }));
  app.all("*", createRequestHandler({ build, mode: build.mode }));
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(options.port, options.host ?? "127.0.0.1", () => resolve(s));
  });
  return {
    url: `http://${options.host ?? "127.0.0.1"}:${options.port}`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
