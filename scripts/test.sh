#!/usr/bin/env bash
# The whole test suite (README "Quick start", .ci/run): types, lint, unit, workflow (time-skipping
# server), integration (embedded PostgreSQL, Temporal dev server, SMTP sink) and end-to-end (Chromium).
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s ==\n' "$1"; }

step "tools (Temporal CLI, time-skipping test server, Chromium)"
npx tsx scripts/tools.ts

step "typecheck"
npx tsc --noEmit

step "lint"
npx eslint .

step "unit, workflow and integration tests"
npx vitest run --project unit --project workflows --project integration

step "build"
npx remix build

step "end-to-end tests"
npx playwright test
