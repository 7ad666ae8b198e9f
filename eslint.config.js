// Lint: TypeScript rules everywhere, and the Temporal workflow rules on workflow code, which must be
// deterministic: no Node built-ins, no I/O modules, no floating promises.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

const nodeBuiltins = [
  "assert", "buffer", "child_process", "cluster", "crypto", "dgram", "dns", "events", "fs", "fs/promises", "http", "http2",
  "https", "net", "os", "path", "perf_hooks", "process", "readline", "stream", "timers", "tls", "url", "util", "v8", "vm",
  "worker_threads", "zlib",
];

export default tseslint.config(
  { ignores: ["build/**", "public/build/**", "node_modules/**", ".data/**", ".tools/**", "playwright-report/**", "test-results/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // The workflow bundle: every module of a process folder and the entry (activities and the worker are Node code).
    files: ["workflows/job-order/**/*.ts", "workflows/reconcile/**/*.ts", "workflows/management/**/*.ts", "workflows/index.ts"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "no-restricted-imports": [
        "error",
        {
          paths: [
            ...nodeBuiltins.flatMap((name) => [name, `node:${name}`]).map((name) => ({
              name,
              message: "Workflow code must be deterministic: use an activity for I/O.",
            })),
            { name: "@prisma/client", allowTypeImports: true, message: "Workflow code must not touch the database: use an activity." },
          ],
          patterns: [
            {
              group: ["**/activities", "**/activities.ts", "**/*-activities", "**/*-activities.ts"],
              allowTypeImports: true,
              message: "Import only the types of activities.",
            },
            {
              regex: "^~/|/app/(?!domain/|utils/local-date$)|\\.server(\\.ts)?$",
              message: "Workflow code imports only the pure rules of app/domain, never app or server modules.",
            },
          ],
        },
      ],
    },
  },
);
