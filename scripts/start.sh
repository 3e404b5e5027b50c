#!/usr/bin/env bash
# Installs dependencies, builds the web app and starts the server (http://localhost:${PORT:-8080}).
set -euo pipefail
cd "$(dirname "$0")/.."
export COREPACK_ENABLE_DOWNLOAD_PROMPT=0
corepack pnpm install --frozen-lockfile </dev/null
corepack pnpm build
exec corepack pnpm start
