// Finds or installs the external tools the embedded defaults and tests need, from the registries
// this machine kind reaches (docs/decisions/004-embedded-services.md):
// - the Temporal CLI (dev server) from the Go module proxy,
// - the Temporal time-skipping test server from Maven Central,
// - Chromium from Debian's packages (tests only).
import fs from "node:fs";
import path from "node:path";
import { execFileSync, spawnSync } from "node:child_process";

export const PROJECT_ROOT = path.resolve(import.meta.dirname, "..", "..");
export const TOOLS_DIR = path.join(PROJECT_ROOT, ".tools");
const TEMPORAL_CLI_MODULE = "github.com/temporalio/cli/cmd/temporal@v1.5.1";

function onPath(command: string): string | undefined {
  const result = spawnSync("sh", ["-c", `command -v ${command}`], { encoding: "utf8" });
  const found = result.stdout.trim();
  return result.status === 0 && found ? found : undefined;
}

function log(message: string) {
  process.stderr.write(`[tools] ${message}\n`);
}

/** TEMPORAL_CLI_PATH, then .tools/bin/temporal, then `temporal` on PATH, else `go install` it. */
export function ensureTemporalCli(): string {
  const fromEnv = process.env.TEMPORAL_CLI_PATH;
  if (fromEnv && fs.existsSync(fromEnv)) return fromEnv;
  const local = path.join(TOOLS_DIR, "bin", "temporal");
  if (fs.existsSync(local)) return local;
  const found = onPath("temporal");
  if (found) return found;
  if (!onPath("go")) throw new Error("The Temporal CLI is missing and Go is not installed to build it: set TEMPORAL_ADDRESS or TEMPORAL_CLI_PATH");
  log(`installing the Temporal CLI (${TEMPORAL_CLI_MODULE}) with go install; this takes a few minutes once`);
  execFileSync("go", ["install", TEMPORAL_CLI_MODULE], {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, GOBIN: path.join(TOOLS_DIR, "bin"), GOFLAGS: "-mod=mod" },
  });
  return local;
}

/** A wrapper that `exec`s java, because the Temporal SDK stops the server it started with SIGKILL. */
export function ensureTemporalTestServer(): string {
  const wrapper = path.join(TOOLS_DIR, "bin", "temporal-test-server");
  if (fs.existsSync(wrapper)) return wrapper;
  if (!onPath("java") || !onPath("mvn")) throw new Error("Java and Maven are needed for the Temporal time-skipping test server");
  log("resolving the Temporal time-skipping test server from Maven Central");
  const classpathFile = path.join(TOOLS_DIR, "temporal-test-server.classpath");
  fs.mkdirSync(path.dirname(wrapper), { recursive: true });
  execFileSync(
    "mvn",
    ["-q", "-B", "-f", path.join(PROJECT_ROOT, "scripts", "temporal-test-server", "pom.xml"), "dependency:build-classpath", `-Dmdep.outputFile=${classpathFile}`],
    { stdio: ["ignore", "inherit", "inherit"] },
  );
  const classpath = fs.readFileSync(classpathFile, "utf8").trim();
  fs.writeFileSync(wrapper, `#!/bin/sh\nexec java -cp '${classpath}' io.temporal.testserver.TestServer "$@"\n`, { mode: 0o755 });
  return wrapper;
}

/** PLAYWRIGHT_CHROMIUM_PATH, else Debian's chromium (installed with apt-get when running as root). */
export function ensureChromium(): string {
  const fromEnv = process.env.PLAYWRIGHT_CHROMIUM_PATH;
  if (fromEnv && fs.existsSync(fromEnv)) return fromEnv;
  for (const candidate of ["/usr/bin/chromium", "/usr/bin/chromium-browser"]) if (fs.existsSync(candidate)) return candidate;
  if (process.getuid?.() !== 0) throw new Error("Chromium is missing: install it (apt-get install chromium) or set PLAYWRIGHT_CHROMIUM_PATH");
  log("installing Chromium from Debian's packages");
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
  execFileSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
  return "/usr/bin/chromium";
}
