// `npm run tools`: installs what the embedded defaults and the tests need, once (see scripts/lib/tools.ts).
import { ensureChromium, ensureTemporalCli, ensureTemporalTestServer } from "./lib/tools";

const wanted = new Set(process.argv.slice(2));
const all = wanted.size === 0;
if (all || wanted.has("temporal")) console.log(`Temporal CLI:         ${ensureTemporalCli()}`);
if (all || wanted.has("test-server")) console.log(`Temporal test server: ${ensureTemporalTestServer()}`);
if (all || wanted.has("chromium")) console.log(`Chromium:             ${ensureChromium()}`);
