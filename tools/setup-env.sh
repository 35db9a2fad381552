#!/usr/bin/env bash
# Sourced by tools/test.sh and tools/demo.sh: Debian packages (when we may install them)
# and the project virtualenv. Usage: . tools/setup-env.sh test|app|package
MODE="${1:-app}"
APT_PACKAGES="libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4
  libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-render-util0
  libxcb-image0 libfontconfig1 libdbus-1-3 fonts-dejavu-core"
if [ "$MODE" = test ]; then
  APT_PACKAGES="$APT_PACKAGES gnome-keyring dbus dbus-x11 xvfb x11-utils poppler-utils postgresql"
  # Printing tests (tests/cups.py): a private CUPS scheduler with a cups-pdf queue, Ghostscript
  # behind cups-pdf, zbar to decode the printed QR code, qpdf to check the printed PDF.
  # printer-driver-cups-pdf is the real package behind the virtual name "cups-pdf" (a virtual
  # name is never "installed" for dpkg-query, so it would be reinstalled on every run).
  APT_PACKAGES="$APT_PACKAGES cups printer-driver-cups-pdf cups-client cups-bsd ghostscript
  zbar-tools qpdf"
fi
missing=""
for pkg in $APT_PACKAGES; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing="$missing $pkg"
done
if [ -n "$missing" ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  echo "Installing Debian packages:$missing"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing >/dev/null
fi
if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
EXTRAS=""; [ "$MODE" != app ] && EXTRAS="[$MODE]"  # [test] or [package]
.venv/bin/python -m pip install -q --upgrade pip >/dev/null
.venv/bin/python -m pip install -q -e ".$EXTRAS"
# The translations' compiled form (.qm) is built here, from the .ts sources in git.
.venv/bin/python tools/i18n.py release
