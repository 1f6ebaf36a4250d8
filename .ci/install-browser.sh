#!/usr/bin/env bash
# Install headless Chromium (and Arabic fonts for readable screenshots) for tests/web; idempotent.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  echo "chromium: already installed ($(/usr/bin/chromium --version 2>/dev/null || echo unknown version))"
  exit 0
fi
SUDO=""
if [ "$(id -u)" != 0 ]; then
  if command -v sudo >/dev/null; then SUDO="sudo"; else echo "install-browser: needs root or sudo" >&2; exit 1; fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q chromium chromium-driver
# Arabic UI and Naskh fonts (small); the UI falls back to DejaVu Sans without them.
$SUDO apt-get install -y -q fonts-noto-ui-core fonts-hosny-amiri || echo "install-browser: Arabic fonts not installed (optional)"
/usr/bin/chromium --version || true
