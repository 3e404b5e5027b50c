#!/usr/bin/env bash
# Builds the offline bundle for a server that cannot reach a package registry: one archive with the built web app,
# the bundled server and its production dependencies (the native better-sqlite3 compiled for this machine's
# platform and Node ABI). Unpack it on a machine of the same kind (Linux, same CPU architecture, Node 20) and run
# `node apps/server/dist/main.js` — no pnpm, no network. Usage: bash scripts/offline-bundle.sh [output-dir]
set -euo pipefail
cd "$(dirname "$0")/.."
out_dir="$(realpath -m "${1:-dist-offline}")"
export COREPACK_ENABLE_DOWNLOAD_PROMPT=0

if [ ! -f apps/web/dist/index.html ] || [ ! -f apps/server/dist/main.js ]; then
  echo "Baue Web-App und Server …"
  corepack pnpm build
fi

version="$(git describe --always --dirty 2>/dev/null || echo unversioned)"
platform="$(node -p 'process.platform + "-" + process.arch')-node$(node -p 'process.versions.node.split(".")[0]')"
name="werkbank-${version}-${platform}"
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
root="$stage/$name"

echo "Sammle die Laufzeit-Abhängigkeiten des Servers (pnpm deploy, aus dem lokalen Store) …"
corepack pnpm --filter @werkbank/server deploy --prod --legacy --prefer-offline "$stage/deploy" >/dev/null
mkdir -p "$root/apps/server" "$root/apps/web"
mv "$stage/deploy/node_modules" "$root/apps/server/node_modules"
cp -r apps/server/dist "$root/apps/server/dist"
cp -r apps/web/dist "$root/apps/web/dist"
cp deploy/systemd/werkbank.service "$root/werkbank.service.example"
cat > "$root/README.txt" <<TXT
Werkbank ${version} – Offline-Paket für ${platform}

Voraussetzung: Node.js 20 auf einem Linux-Rechner derselben Architektur. Kein Internetzugang nötig.

Starten:
  DATA_DIR=/var/lib/werkbank PORT=8080 node apps/server/dist/main.js

Alle Einstellungen (Umgebungsvariablen), Betrieb hinter nginx, systemd, Sicherungen und Wiederherstellung:
docs/OPERATIONS.md und docs/API.md im Quellcode des Projekts. werkbank.service.example ist die systemd-Unit;
passen Sie WorkingDirectory an den Ordner an, in den Sie dieses Paket entpackt haben.
TXT
echo "$version" > "$root/VERSION"

# pnpm links the deployed package to itself from its virtual store; moved here, that link points nowhere.
rm -f "$root/apps/server/node_modules/.pnpm/node_modules/@werkbank/server"
# Every link inside the bundle must stay inside it, or the archive breaks on the target machine.
outside="$(find "$root" -type l -print0 | while IFS= read -r -d '' link; do
  target="$(realpath -m "$link")"
  case "$target" in "$root"/*) ;; *) echo "$link -> $target" ;; esac
done)"
if [ -n "$outside" ]; then
  echo "Verknüpfungen zeigen aus dem Paket hinaus:" >&2
  echo "$outside" >&2
  exit 1
fi

mkdir -p "$out_dir"
archive="$out_dir/$name.tar.gz"
tar -C "$stage" -czf "$archive" "$name"
echo "Offline-Paket: $archive ($(du -h "$archive" | cut -f1))"
