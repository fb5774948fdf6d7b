#!/usr/bin/env bash
# Lets the Chrome headless shell Puppeteer downloaded start its sandbox as a
# non-root user on Ubuntu 23.10+ (GitHub's ubuntu-24.04 runners), the way
# Puppeteer's troubleshooting guide documents it ("Issues with AppArmor on
# Ubuntu"): AppArmor allows unprivileged user namespaces only to programs whose
# profile says `userns`, so the browser's path gets such a profile. Nothing
# else on the machine changes, and the sandbox stays on (no --no-sandbox).
# Where AppArmor restricts nothing (older Ubuntu, Debian, containers) this
# does nothing, so it runs anywhere.
set -euo pipefail

restrict=/proc/sys/kernel/apparmor_restrict_unprivileged_userns
if [ ! -r "$restrict" ] || [ "$(cat "$restrict")" != "1" ]; then
  echo "AppArmor restricts no user namespaces here; the browser's sandbox needs no profile."
  exit 0
fi

cache="${PUPPETEER_CACHE_DIR:-$HOME/.cache/puppeteer}"
profile=/etc/apparmor.d/opfolgning-chrome-headless-shell
sudo tee "$profile" >/dev/null <<PROFILE
abi <abi/4.0>,
include <tunables/global>

profile opfolgning-chrome-headless-shell ${cache}/chrome-headless-shell/*/chrome-headless-shell-linux64/chrome-headless-shell flags=(unconfined) {
  userns,

  include if exists <local/opfolgning-chrome-headless-shell>
}
PROFILE
sudo apparmor_parser -r "$profile"
echo "AppArmor profile $profile allows the sandbox of ${cache}/chrome-headless-shell/*/."
