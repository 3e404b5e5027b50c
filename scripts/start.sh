#!/usr/bin/env bash
# Starts Werkbank (http://localhost:${PORT:-8080}, data in ./data). Installs dependencies only when the lockfile or
# a package.json changed, builds only when a source file changed since the last build, then replaces itself with
# `node apps/server/dist/main.js`, so SIGTERM/SIGINT reach the server, which writes every edit and exits.
set -euo pipefail
cd "$(dirname "$0")/.."
export COREPACK_ENABLE_DOWNLOAD_PROMPT=0

install_key=$(cat pnpm-lock.yaml package.json apps/*/package.json packages/*/package.json templates/package.json \
  | sha256sum | cut -d' ' -f1)
if [ "$(cat node_modules/.werkbank-installed 2>/dev/null)" != "$install_key" ]; then
  corepack pnpm install --frozen-lockfile </dev/null
  echo "$install_key" > node_modules/.werkbank-installed
fi

stamp=node_modules/.werkbank-built
changed=""
if [ ! -f "$stamp" ] || [ ! -f apps/server/dist/main.js ] || [ ! -f apps/web/dist/index.html ]; then
  changed=yes
else
  changed=$(find apps packages templates \( -name node_modules -o -name dist -o -name test-results \) -prune \
    -o -type f -newer "$stamp" -print -quit)
fi
if [ -n "$changed" ]; then
  corepack pnpm build
  touch "$stamp"
fi

exec node apps/server/dist/main.js
