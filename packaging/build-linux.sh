#!/usr/bin/env bash
# Build the installable Linux bundle: dist/caseload_<version>_amd64.deb (and the unpacked
# PyInstaller folder it is made of, build/bundle/dist/caseload/). See packaging/README.md.
#   bash packaging/build-linux.sh            # set up the virtualenv first (tools/setup-env.sh)
#   bash packaging/build-linux.sh --no-setup # the virtualenv is ready (the smoke test uses this)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" != "--no-setup" ]; then
  . tools/setup-env.sh package
fi
.venv/bin/python tools/i18n.py release
OUT=build/bundle
.venv/bin/pyinstaller --noconfirm --clean --log-level WARN \
  --distpath "$OUT/dist" --workpath "$OUT/work" packaging/caseload.spec
VERSION="$(.venv/bin/python -c 'import app; print(app.__version__)')"
STAGE="$OUT/deb"
rm -rf "$STAGE"
mkdir -p "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" \
  "$STAGE/usr/share/icons/hicolor/scalable/apps"
cp -a "$OUT/dist/caseload" "$STAGE/opt/caseload"
ln -s /opt/caseload/caseload "$STAGE/usr/bin/caseload"
install -m 644 packaging/caseload.desktop "$STAGE/usr/share/applications/caseload.desktop"
install -m 644 resources/icons/caseload.svg "$STAGE/usr/share/icons/hicolor/scalable/apps/"
sed -e "s/@VERSION@/$VERSION/" \
  -e "s/@SIZE@/$(du -sk "$STAGE" | cut -f1)/" packaging/debian-control > "$STAGE/DEBIAN/control"
mkdir -p dist
DEB="dist/caseload_${VERSION}_amd64.deb"
# gzip, not xz: xz takes minutes on 300 MB and saves little on shared libraries.
dpkg-deb --root-owner-group -Zgzip --build "$STAGE" "$DEB" >/dev/null
echo "Built $DEB ($(du -h "$DEB" | cut -f1)); unpacked bundle in $OUT/dist/caseload"
