#!/usr/bin/env bash
# Debian packages the tests need: Chromium for e2e, LibreOffice + poppler to read exported .docx back, nginx.
set -euo pipefail
need=()
command -v chromium >/dev/null || need+=(chromium)
command -v soffice >/dev/null || need+=(libreoffice-writer-nogui)
command -v pdftotext >/dev/null || need+=(poppler-utils)
[ -d /usr/share/fonts/truetype/dejavu ] || need+=(fonts-dejavu-core)
# LibreOffice draws Arial with Liberation Sans metrics; without it the exported TOC page numbers drift.
[ -d /usr/share/fonts/truetype/liberation2 ] || need+=(fonts-liberation2)
# German hyphenation patterns: table cells with a word wider than their column hyphenate in LibreOffice.
[ -f /usr/share/hyphen/hyph_de_DE.dic ] || need+=(hyphen-de)
# nginx in front of the server: apps/server/test/nginx.test.ts runs deploy/nginx/werkbank.conf.
[ -x /usr/sbin/nginx ] || need+=(nginx-light)
# openssl makes that test's self-signed certificate.
command -v openssl >/dev/null || need+=(openssl)
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" </dev/null
fi
