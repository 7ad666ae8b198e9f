// `npm run check:lockfile` (a step of `npm test`): fails when package-lock.json would make `npm ci` fail
// on one of the supported platforms. The fix it names: regenerate the lockfile without node_modules
// (`rm -rf node_modules && npm install --package-lock-only`), then `npm ci`.
import fs from "node:fs";
import path from "node:path";
import { lockfileProblems, SUPPORTED_PLATFORMS, type Lockfile, type PackageJson } from "./lib/lockfile";
import { PROJECT_ROOT } from "./lib/tools";

const read = <T>(file: string) => JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, file), "utf8")) as T;
const problems = lockfileProblems(read<Lockfile>("package-lock.json"), read<PackageJson>("package.json"));
if (problems.length > 0) {
  console.error(`package-lock.json does not serve ${SUPPORTED_PLATFORMS.map((p) => `${p.os}-${p.cpu}`).join(", ")}:`);
  for (const problem of problems) console.error(`  - ${problem}`);
  console.error("Regenerate it without node_modules: rm -rf node_modules && npm install --package-lock-only && npm ci");
  process.exit(1);
}
console.log(`package-lock.json serves ${SUPPORTED_PLATFORMS.map((p) => `${p.os}-${p.cpu}`).join(", ")}`);
