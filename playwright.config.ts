import { defineConfig } from "@playwright/test";
import { embeddedPostgresUrl } from "./scripts/lib/embedded-postgres";
import { CHROMIUM_ARGS } from "./app/utils/chromium.server";
import { ensureChromium } from "./scripts/lib/tools";

// The e2e suite starts the portal exactly as `npm start` does (scripts/dev.ts with embedded
// PostgreSQL, Temporal dev server and SMTP sink), on its own ports and fresh data.
const PORT = Number(process.env.E2E_PORT ?? 3111);
const BASE_URL = `http://localhost:${PORT}`;
const POSTGRES_PORT = 54339 + PORT - 3111;
// Tests that change data (a policy, say) first create their own jobcentre in the portal's database.
process.env.E2E_DATABASE_URL = embeddedPostgresUrl(POSTGRES_PORT, "portal");

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [["list"]],
  use: {
    baseURL: BASE_URL,
    locale: "da-DK",
    timezoneId: "Europe/Copenhagen",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.PLAYWRIGHT_CHROMIUM_PATH ?? ensureChromium(),
      args: CHROMIUM_ARGS,
    },
  },
  projects: [{ name: "chromium", use: { browserName: "chromium" } }],
  webServer: {
    command: "npx tsx scripts/dev.ts --fresh",
    url: `${BASE_URL}/healthz`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      PORT: String(PORT),
      PUBLIC_URL: BASE_URL,
      DEV_DATA_DIR: ".data/e2e",
      DEV_POSTGRES_PORT: String(POSTGRES_PORT),
      DEV_SMTP_PORT: String(PORT - 3111 + 2535),
      DEV_TEMPORAL_PORT: String(PORT - 3111 + 7243),
      DEV_TEMPORAL_UI: "false",
      DEV_DEMO_ORDERS: "false",
    },
  },
});
