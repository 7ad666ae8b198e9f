// Production web entry point: `npm run start:web` after `npm run build`. Stateless; run as many as needed.
import { getEnv } from "../app/utils/env.server";
import { startWebServer } from "./lib/web-server";

const env = getEnv();
const web = await startWebServer({ port: env.PORT, host: process.env.HOST ?? "0.0.0.0" });
console.log(`[web] listening on ${web.url}`);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void web.stop().then(() => process.exit(0));
  });
}
