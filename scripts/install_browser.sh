#!/usr/bin/env bash
# Install Debian's chromium and chromedriver for the dashboard's browser test, if missing.
#
# Idempotent: does nothing when both are on PATH. Needs root (or sudo) the first time.
# --no-install-recommends keeps the desktop extras (printing, udev, notifications) off a
# CI machine; fonts-liberation is the one recommendation a headless screenshot needs, so
# charts and labels render with real metric-compatible fonts instead of boxes.
set -euo pipefail

if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
    echo "chromium and chromedriver already installed: $(chromium --version 2>/dev/null || true)"
    exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
    as_root=()
elif command -v sudo >/dev/null 2>&1; then
    as_root=(sudo)
else
    echo "install_browser.sh: need root or sudo to apt-get install chromium chromium-driver" >&2
    exit 1
fi

export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" apt-get install -y -qq --no-install-recommends chromium chromium-driver fonts-liberation
echo "installed: $(chromium --version 2>/dev/null || true); $(chromedriver --version 2>/dev/null || true)"
