// What `npm ci` needs of package-lock.json on every platform the portal is built on: npm 11 drops other
// platforms' optional packages from the lockfile when it is written over an installed node_modules, and
// `npm ci` then refuses the lockfile everywhere ("Missing: @swc/core-darwin-arm64 … from lock file").

/** Where the portal is built and run: build servers, developers' Macs, arm64 servers. */
export const SUPPORTED_PLATFORMS = [
  { os: "linux", cpu: "x64" },
  { os: "linux", cpu: "arm64" },
  { os: "darwin", cpu: "x64" },
  { os: "darwin", cpu: "arm64" },
] as const;

type LockPackage = {
  name?: string;
  version?: string;
  optionalDependencies?: Record<string, string>;
  hasInstallScript?: boolean;
  os?: string[];
  cpu?: string[];
};

export type Lockfile = { packages: Record<string, LockPackage> };
export type PackageJson = { allowScripts?: Record<string, boolean> };

/** Node's lookup: the package's own node_modules, then each folder above it. */
function resolves(packages: Lockfile["packages"], from: string, name: string): boolean {
  let dir = from;
  for (;;) {
    if (packages[`${dir ? `${dir}/` : ""}node_modules/${name}`]) return true;
    if (!dir) return false;
    const at = dir.lastIndexOf("/node_modules/");
    dir = at === -1 ? "" : dir.slice(0, at);
  }
}

function nameOf(key: string, entry: LockPackage): string {
  return entry.name ?? key.slice(key.lastIndexOf("node_modules/") + "node_modules/".length);
}

/** npm's os/cpu fields: a list of allowed values, or "!value" to exclude. */
function allows(list: string[] | undefined, value: string): boolean {
  if (!list || list.length === 0) return true;
  if (list.includes(`!${value}`)) return false;
  return list.some((v) => !v.startsWith("!")) ? list.includes(value) : true;
}

export function runsOnSupportedPlatform(entry: LockPackage): boolean {
  return SUPPORTED_PLATFORMS.some((p) => allows(entry.os, p.os) && allows(entry.cpu, p.cpu));
}

/**
 * Problems that make `npm ci` fail or install differently on a supported platform: an optional package
 * missing from the lockfile, or an install script on one of them that package.json neither allows nor
 * denies (npm 11 skips it silently, so the package would be broken there).
 */
export function lockfileProblems(lock: Lockfile, pkg: PackageJson): string[] {
  const problems: string[] = [];
  for (const [key, entry] of Object.entries(lock.packages)) {
    for (const dep of Object.keys(entry.optionalDependencies ?? {})) {
      if (!resolves(lock.packages, key, dep)) {
        problems.push(`${dep} (optional dependency of ${key ? nameOf(key, entry) : "the project"}) is missing from package-lock.json`);
      }
    }
    if (key && entry.hasInstallScript && runsOnSupportedPlatform(entry)) {
      const name = nameOf(key, entry);
      if (!(name in (pkg.allowScripts ?? {}))) problems.push(`${name} has an install script that package.json's allowScripts neither allows nor denies`);
    }
  }
  return [...new Set(problems)];
}
