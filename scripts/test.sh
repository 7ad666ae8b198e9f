#!/usr/bin/env bash
# The whole test suite (README "Quick start", .ci/run): the lockfile, types, lint, unit, workflow
# (time-skipping server), integration (embedded PostgreSQL, Temporal dev server, SMTP sink), security (the
# production web and worker processes over HTTP, so after the build), faults (the same processes broken on
# purpose) and end-to-end (Chromium).
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s ==\n' "$1"; }

step "tools (Temporal CLI, time-skipping test server, Chromium)"
npx tsx scripts/tools.ts

step "lockfile (npm ci on linux-x64, linux-arm64, macOS)"
npx tsx scripts/check-lockfile.ts

step "typecheck"
npx tsc --noEmit

step "lint"
npx eslint .

step "build"
npx remix build

step "unit, workflow, integration and security tests"
npx vitest run --project unit --project workflows --project integration --project security

step "fault tests (the worker killed, Temporal, PostgreSQL and SMTP restarted under load)"
npx vitest run --project faults

step "end-to-end tests"
npx playwright test
