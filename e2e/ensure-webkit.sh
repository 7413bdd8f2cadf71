#!/usr/bin/env bash
# The WebKit smoke suite (e2e/smoke.webkit.ts) drives Debian's WebKitGTK MiniBrowser through
# WebKitWebDriver on an Xvfb display: Playwright's own WebKit cannot be downloaded here.
# Installs webkit2gtk-driver (which brings libwebkit2gtk-4.1-0 and its MiniBrowser) and xvfb when
# missing (needs root, as on CI and the developers' machines).
set -euo pipefail
missing=()
[ -x /usr/bin/WebKitWebDriver ] || missing+=(webkit2gtk-driver)
[ -x /usr/bin/Xvfb ] || missing+=(xvfb)
if [ ${#missing[@]} -eq 0 ]; then exit 0; fi
echo "Missing for the WebKit suite: installing Debian's ${missing[*]}..."
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
dpkg-query -W webkit2gtk-driver xvfb
