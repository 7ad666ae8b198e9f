// Dependencies point down: what production runs never imports the tests, the worker never imports the web
// pages, and the mail previews stay out of what sends mail.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "..", "..");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(relative);
    return /\.(ts|tsx)$/.test(entry.name) ? [relative] : [];
  });
}

/** The modules a file imports, as written (static and dynamic imports, re-exports). */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(path.join(ROOT, file), "utf8");
  return [...text.matchAll(/(?:import|export)\s[^;]*?from\s+"([^"]+)"|import\(\s*"([^"]+)"\s*\)/g)].map((m) => m[1] ?? m[2]!);
}

/** Runtime imports (not `import type`) of a file, as written. */
function runtimeImportsOf(file: string): string[] {
  const text = fs.readFileSync(path.join(ROOT, file), "utf8");
  return [...text.matchAll(/^(?:import|export)\s+(?!type\s)[^;]*?from\s+"([^"]+)"/gm)].map((m) => m[1]!);
}

/** Imports of `file` that resolve into `target` (a folder of the project). */
function importsInto(file: string, target: string): string[] {
  return importsOf(file).filter((spec) => {
    if (spec.startsWith("~/")) return path.join("app", spec.slice(2)).startsWith(target);
    if (!spec.startsWith(".")) return false;
    return path.join(path.dirname(file), spec).startsWith(target);
  });
}

// The benchmarks build their datasets with the tests' factories; they are tools, not the portal.
const PRODUCTION = [...sourceFiles("app"), ...sourceFiles("workflows"), ...sourceFiles("emails"), ...sourceFiles("prisma"), ...sourceFiles("scripts")].filter(
  (f) => !/^scripts\/(bench|lib\/bench-)/.test(f),
);

describe("dependencies", () => {
  it("nothing the portal runs imports tests/", () => {
    const offenders = PRODUCTION.flatMap((f) => importsInto(f, "tests").map((spec) => `${f} → ${spec}`));
    expect(offenders).toEqual([]);
  });

  it("the workflows and activities never import the web pages", () => {
    const offenders = sourceFiles("workflows").flatMap((f) => [...importsInto(f, "app/routes"), ...importsInto(f, "app/components")].map((spec) => `${f} → ${spec}`));
    expect(offenders).toEqual([]);
  });

  it("only the development page and the tests import the mail previews", () => {
    const offenders = PRODUCTION.filter((f) => f !== "app/routes/dev.emails.tsx").flatMap((f) => importsInto(f, "emails/previews").map((spec) => `${f} → ${spec}`));
    expect(offenders).toEqual([]);
  });

  it("the rules in app/domain are pure: no server modules, no packages at run time", () => {
    const offenders = sourceFiles("app/domain").flatMap((f) =>
      runtimeImportsOf(f)
        .filter((spec) => !spec.startsWith(".") || spec.includes(".server"))
        .map((spec) => `${f} → ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it("workflow code imports only the workflow SDK, its own definitions and the pure rules (activities as types)", () => {
    const workflowCode = [...sourceFiles("workflows/job-order"), ...sourceFiles("workflows/reconcile"), ...sourceFiles("workflows/management"), ...sourceFiles("workflows/visit-programme")];
    const allowed = (spec: string) => {
      if (spec === "@temporalio/workflow") return true;
      if (spec.startsWith("../../")) return /^\.\.\/\.\.\/app\/(domain\/|utils\/local-date$)/.test(spec);
      return spec.startsWith("./") || spec.startsWith("../job-order/") || spec.startsWith("../reconcile/") || spec.startsWith("../management/") || spec.startsWith("../visit-programme/");
    };
    const offenders = workflowCode.flatMap((f) => runtimeImportsOf(f).filter((spec) => !allowed(spec)).map((spec) => `${f} → ${spec}`));
    expect(offenders).toEqual([]);
  });
});
