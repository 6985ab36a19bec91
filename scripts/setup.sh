#!/usr/bin/env bash
# Sets up everything LK3 Desktop and its test suite need on Debian 12, from any directory:
#   1. the Debian packages in DEBIAN_PACKAGES (apt-get update + install --no-install-recommends,
#      only when dpkg-query reports one missing),
#   2. a virtual environment in <repo>/.venv (Python >= 3.11),
#   3. `pip install -e '.[test]'` into it (skipped when pyproject.toml is unchanged since the
#      last successful install; the stamp lives in .venv).
# Idempotent: a second run with nothing to do takes about a second and touches no network.
# Needs root, or sudo, for the Debian packages. Environment knobs:
#   LK3_SKIP_APT=1   skip the Debian package step (e.g. on a machine that is not Debian)
#   LK3_PYTHON=PATH  the interpreter to build .venv with (default: first python3 >= 3.11)
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$REPO_ROOT/.venv"
STAMP="$VENV/.lk3-setup.stamp"

# Debian 12 (bookworm) packages. The Qt part was derived by running `readelf -d`/`ldd` over the
# PySide6 wheels' Qt libraries, the Python modules we import and the plugins Qt loads at run time
# (platforms xcb/offscreen, xcbglintegrations, platformthemes, imageformats, iconengines,
# platforminputcontexts, printsupport/cups), then mapping each system library to its package
# with `dpkg -S`. Libraries those packages need in turn arrive through their own Depends.
DEBIAN_PACKAGES=(
    # Python and venv (Debian's python3 is 3.11; ensurepip lives in python3-venv), and the CA
    # bundle for pip's HTTPS downloads
    python3 python3-venv ca-certificates
    # C/C++ runtime: libc.so.6 libm libresolv ld-linux, libgcc_s.so.1, libstdc++.so.6
    libc6 libgcc-s1 libstdc++6
    # compression used by QtCore/QtGui/QtNetwork/QtPdf: libz, libzstd, libbrotlidec
    zlib1g libzstd1 libbrotli1
    # GLib event loop and GIO (QtCore, QtGui, xcb plugin): libglib/libgobject/libgio/libgthread
    libglib2.0-0
    # QtDBus (accessibility bridge, portals, Secret Service use the session bus)
    libdbus-1-3
    # text rendering: fontconfig, freetype, harfbuzz; one real font so Qt finds a font at all
    libfontconfig1 libfreetype6 libharfbuzz0b fonts-dejavu-core
    # OpenGL/EGL through glvnd (libGL.so.1, libEGL.so.1: QtGui, xcb glx/egl integrations)
    libgl1 libegl1
    # X11 and XCB, as linked by libQt6XcbQpa.so.6 and the xcb platform plugin
    libx11-6 libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-glx0 libxcb-icccm4 libxcb-image0
    libxcb-keysyms1 libxcb-randr0 libxcb-render0 libxcb-render-util0 libxcb-shape0
    libxcb-shm0 libxcb-sync1 libxcb-util1 libxcb-xfixes0 libxcb-xkb1
    libxkbcommon0 libxkbcommon-x11-0
    # QtNetwork (QLocalServer single-instance guard): libgssapi_krb5.so.2
    libgssapi-krb5-2
    # printing: the cups printsupport plugin links libcups.so.2
    libcups2
    # GTK3 platform theme plugin (libqgtk3.so), loaded on GNOME-like desktops
    libgtk-3-0 libgdk-pixbuf-2.0-0 libpango-1.0-0 libpangocairo-1.0-0 libcairo2
    libcairo-gobject2 libatk1.0-0
    # tests: a virtual X screen (Xvfb) and screenshots/PDF pages as pictures
    xvfb xauth x11-utils imagemagick poppler-utils
    # tests: a real Secret Service (gnome-keyring on a private D-Bus session bus)
    dbus dbus-x11 gnome-keyring
    # tests: a real printer (CUPS scheduler with a PDF queue)
    cups cups-client printer-driver-cups-pdf
    # office server mode and its tests: PostgreSQL 15 (contrib with pg_trgm and auth_delay)
    postgresql postgresql-contrib
)

log() { printf '[setup] %s\n' "$*"; }
die() {
    printf '[setup] ERROR: %s\n' "$*" >&2
    exit 1
}

as_root() {
    if [[ $(id -u) -eq 0 ]]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        die "need root or sudo to run: $*"
    fi
}

# Prints the packages of DEBIAN_PACKAGES that dpkg does not report as installed.
missing_debian_packages() {
    local -A installed=()
    local name status
    while IFS=$'\t' read -r name status; do
        [[ $status == installed ]] && installed[$name]=1
    done < <(dpkg-query -W -f='${Package}\t${db:Status-Status}\n' "${DEBIAN_PACKAGES[@]}" \
        2>/dev/null || true)
    for name in "${DEBIAN_PACKAGES[@]}"; do
        [[ -n ${installed[$name]:-} ]] || printf '%s\n' "$name"
    done
}

install_debian_packages() {
    if [[ ${LK3_SKIP_APT:-0} == 1 ]]; then
        log "LK3_SKIP_APT=1: skipping Debian packages"
        return
    fi
    command -v dpkg-query >/dev/null 2>&1 \
        || die "dpkg-query not found: this script expects Debian 12 (set LK3_SKIP_APT=1 to skip)"
    local -a missing
    mapfile -t missing < <(missing_debian_packages)
    if ((${#missing[@]} == 0)); then
        log "Debian packages: all ${#DEBIAN_PACKAGES[@]} present"
        return
    fi
    log "Debian packages missing: ${missing[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
        "${missing[@]}"
    mapfile -t missing < <(missing_debian_packages)
    ((${#missing[@]} == 0)) || die "still missing after apt-get install: ${missing[*]}"
}

# A Python that is >= 3.11 and can make a venv with pip.
python_ok() {
    "$1" -c 'import sys, venv, ensurepip; sys.exit(sys.version_info < (3, 11))' >/dev/null 2>&1
}

find_python() {
    local candidate path
    for candidate in "${LK3_PYTHON:-}" python3 python3.13 python3.12 python3.11 /usr/bin/python3; do
        [[ -n $candidate ]] || continue
        path="$(command -v "$candidate" 2>/dev/null)" || continue
        if python_ok "$path"; then
            printf '%s\n' "$path"
            return 0
        fi
    done
    return 1
}

ensure_venv() {
    if [[ -x $VENV/bin/python ]] \
        && "$VENV/bin/python" -c 'import sys, pip; sys.exit(sys.version_info < (3, 11))' \
            >/dev/null 2>&1; then
        return
    fi
    local python
    python="$(find_python)" || die "no Python >= 3.11 with venv found (install python3-venv)"
    log "creating $VENV with $python ($("$python" --version 2>&1))"
    # --clear replaces a broken environment (e.g. its interpreter was removed).
    "$python" -m venv --clear "$VENV"
    rm -f "$STAMP"
}

stamp_value() {
    # What the installed environment depends on: the project metadata and the interpreter.
    printf '%s %s\n' \
        "$(sha256sum "$REPO_ROOT/pyproject.toml" | cut -d' ' -f1)" \
        "$("$VENV/bin/python" -c 'import sys; print(sys.version.split()[0])')"
}

install_python_packages() {
    local want
    want="$(stamp_value)"
    if [[ -f $STAMP && "$(cat "$STAMP")" == "$want" && -x $VENV/bin/lk3-desktop ]] \
        && "$VENV/bin/python" -c 'import importlib.metadata as m; m.version("lk3-desktop")' \
            >/dev/null 2>&1; then
        log "Python packages: up to date (pyproject.toml unchanged)"
        return
    fi
    # pip and setuptools inside .venv past their published advisories (the floors are checked
    # against tests/security/advisories.json by tests/security/test_dependency_floors.py).
    log "upgrading pip and setuptools"
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade \
        "pip>=26.1.2" "setuptools>=83.0.0"
    log "pip install -e '.[test]'"
    (cd "$REPO_ROOT" && "$VENV/bin/python" -m pip install --disable-pip-version-check \
        --progress-bar off -e '.[test]')
    printf '%s\n' "$want" >"$STAMP"
}

install_debian_packages
ensure_venv
install_python_packages
log "ready: $VENV"
