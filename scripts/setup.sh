#!/usr/bin/env bash
# Installs everything opfolgning needs on Debian/Ubuntu, from nothing:
# Chromium's headless shell (prints the PDFs), poppler-utils (the tests read
# PDFs back with it), a fallback font, git (`diff --git` and its tests), then
# the npm packages, then the build.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(chromium-headless-shell poppler-utils fonts-dejavu-core git)
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
# `npm install` rather than `npm ci`: the registry this project is built against
# lacks some of rollup's optional platform packages, so the lock file cannot
# list them and `npm ci` rejects it as out of sync; `npm install` still installs
# exactly the locked versions and skips the optional packages it cannot find.
npm install --no-audit --no-fund
npm run build
