/** Remix v2 with its classic compiler (the stack's choice). @type {import('@remix-run/dev').AppConfig} */
export default {
  ignoredRouteFiles: ["**/.*", "**/*.test.{ts,tsx}"],
  serverModuleFormat: "esm",
  serverDependenciesToBundle: [/^@conform-to\//],
  // Server-only code is named *.server.ts and never reaches the browser bundle.
  browserNodeBuiltinsPolyfill: { modules: {} },
};
