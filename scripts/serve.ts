// Production web entry point: `npm run start:web` after `npm run build`. Stateless; run as many as needed.
// NODE_ENV is production unless set; the settings (secrets included) are checked before anything listens.
import { settingsOrExit } from "./lib/production-entry";
import { startWebServer } from "./lib/web-server";

const env = settingsOrExit("web");
const web = await startWebServer({ port: env.PORT, host: process.env.HOST ?? "0.0.0.0", env });
console.log(`[web] listening on ${web.url}`);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void web.stop().then(() => process.exit(0));
  });
}
