#!/usr/bin/env bash
# Installs everything this repo needs on a fresh Debian machine with Node 20, then runs every check:
# lint, typecheck, unit + integration tests (vitest), e2e (Playwright in Debian's Chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-system-deps.sh
export COREPACK_ENABLE_DOWNLOAD_PROMPT=0
corepack pnpm install --frozen-lockfile </dev/null
corepack pnpm lint
corepack pnpm typecheck
corepack pnpm build
# Initial JavaScript of every workspace view within its budget (bytes as sent, see BENCHMARKS.md).
corepack pnpm --filter @werkbank/web size
corepack pnpm test
corepack pnpm e2e
