// What the web server (scripts/lib/web-server.ts) gives every loader, action and the document render.
import "@remix-run/server-runtime";

declare module "@remix-run/server-runtime" {
  interface AppLoadContext {
    /** The nonce of this response's Content-Security-Policy, for the scripts Remix renders. */
    cspNonce?: string;
  }
}
