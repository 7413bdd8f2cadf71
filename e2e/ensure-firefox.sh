#!/usr/bin/env bash
# The Firefox smoke suite (e2e/smoke.firefox.ts) drives Debian's Firefox ESR through puppeteer-core,
# which downloads no browser. Installs it when missing (needs root, as on CI and the developers' machines).
set -euo pipefail
if [ -x /usr/bin/firefox-esr ]; then exit 0; fi
echo "Firefox ESR is missing: installing Debian's firefox-esr package..."
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq firefox-esr >/dev/null
/usr/bin/firefox-esr --version
