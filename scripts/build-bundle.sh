#!/usr/bin/env bash
# Builds the bundled application (no Python needed where it runs), on Linux:
#   dist/lk3-desktop/lk3-desktop                      the program (one folder, PyInstaller)
#   dist/lk3-desktop-<version>-linux-<arch>.tar.gz    that folder, with a menu entry and icons
# Steps: scripts/setup.sh (the .venv), PyInstaller from the "bundle" extra of pyproject.toml,
# the icons (packaging/make_icons.py), `pyinstaller packaging/lk3-desktop.spec`, then the
# menu-entry files and the tarball. Takes a few minutes on 2 cores; PyInstaller keeps its
# analysis cache in build/bundle, so a rebuild is faster. Runs from any directory.
# tests/e2e/test_bundle.py checks the result (it runs when dist/lk3-desktop exists).
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PY="$REPO_ROOT/.venv/bin/python"
DIST="$REPO_ROOT/dist"
APP="$DIST/lk3-desktop"

log() { printf '[build-bundle] %s\n' "$*"; }

bash "$REPO_ROOT/scripts/setup.sh"
cd "$REPO_ROOT"

mapfile -t BUNDLE_REQUIREMENTS < <("$PY" - <<'EOF'
import tomllib
with open("pyproject.toml", "rb") as fh:
    print("\n".join(tomllib.load(fh)["project"]["optional-dependencies"]["bundle"]))
EOF
)
log "PyInstaller: ${BUNDLE_REQUIREMENTS[*]}"
"$PY" -m pip install --quiet --disable-pip-version-check "${BUNDLE_REQUIREMENTS[@]}"

VERSION="$("$PY" -c 'import lk3_desktop; print(lk3_desktop.__version__)')"
NAME="lk3-desktop-$VERSION-linux-$(uname -m)"

log "icons"
rm -rf build/icons
"$PY" packaging/make_icons.py build/icons

log "pyinstaller packaging/lk3-desktop.spec"
start=$SECONDS
rm -rf "$APP"
"$PY" -m PyInstaller --noconfirm --log-level WARN --workpath build/bundle --distpath "$DIST" \
    packaging/lk3-desktop.spec
log "PyInstaller took $((SECONDS - start)) s"

# Menu entry and icons inside the folder; pasang-di-menu.sh installs them for the user.
mkdir -p "$APP/share/applications" "$APP/share/icons"
cp packaging/linux/lk3-desktop.desktop "$APP/share/applications/"
cp -r build/icons/hicolor "$APP/share/icons/"
install -m 755 packaging/linux/pasang-di-menu.sh "$APP/pasang-di-menu.sh"

log "tarball"
rm -f "$DIST"/lk3-desktop-*-linux-*.tar.gz
tar -C "$DIST" --owner=0 --group=0 --transform "s,^lk3-desktop,$NAME," \
    -czf "$DIST/$NAME.tar.gz" lk3-desktop
log "done: $APP/lk3-desktop and $DIST/$NAME.tar.gz ($(du -sh "$DIST/$NAME.tar.gz" | cut -f1))"
