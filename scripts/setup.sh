#!/usr/bin/env bash
# Installs everything opfolgning needs on Debian/Ubuntu, from nothing:
# Chromium's headless shell (prints the PDFs), poppler-utils and qpdf (the tests read
# PDFs back and check them), a fallback font, git (`diff --git` and its tests), then
# the npm packages, then the build.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(chromium-headless-shell poppler-utils qpdf fonts-dejavu-core git)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# Debian's headless shell is the browser; Puppeteer must not try to download its own.
export PUPPETEER_SKIP_DOWNLOAD=true
# `npm ci`: exactly the locked versions, and the lock file is never rewritten,
# so a fresh clone stays clean after setup.
npm ci --no-audit --no-fund
npm run build
