#!/bin/sh
# Adds LK3 Desktop to this user's application menu (no administrator rights needed):
# the icons go to ~/.local/share/icons, the menu entry to ~/.local/share/applications and
# points at the program in this folder. Run it again after moving this folder.
# "./pasang-di-menu.sh --hapus" removes the menu entry and the icons. Neither ever touches the
# data folder (~/.local/share/lk3-desktop).
set -eu

HERE="$(cd "$(dirname "$0")" && pwd)"
DATA_HOME="${XDG_DATA_HOME:-$HOME/.local/share}"
APPS="$DATA_HOME/applications"
ICONS="$DATA_HOME/icons/hicolor"
ENTRY="$APPS/lk3-desktop.desktop"

# No icon cache is written: a cache in the user's folder would hide icons other programs add
# there later. Desktops read ~/.local/share/icons without one.
refresh() {
    command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$APPS" || true
}

if [ "${1:-}" = "--hapus" ]; then
    rm -f "$ENTRY"
    for icon in "$ICONS"/*/apps/lk3-desktop.png "$ICONS"/scalable/apps/lk3-desktop.svg; do
        rm -f "$icon"
    done
    refresh
    echo "LK3 Desktop sudah dihapus dari menu. Data kantor tidak diubah."
    exit 0
fi

[ -x "$HERE/lk3-desktop" ] || { echo "Program lk3-desktop tidak ada di $HERE." >&2; exit 1; }
mkdir -p "$APPS"
(cd "$HERE/share/icons/hicolor" && find . -name 'lk3-desktop.*' -type f) | while read -r icon; do
    mkdir -p "$ICONS/$(dirname "$icon")"
    cp "$HERE/share/icons/hicolor/$icon" "$ICONS/$icon"
done
# The menu entry with the full path of this copy (quoted, the folder may have spaces; "&", "|"
# and "\" are escaped for sed).
PROGRAM="$(printf '%s' "$HERE/lk3-desktop" | sed 's/[&|\\]/\\&/g')"
sed -e "s|^Exec=.*|Exec=\"$PROGRAM\"|" -e "s|^TryExec=.*|TryExec=$PROGRAM|" \
    "$HERE/share/applications/lk3-desktop.desktop" >"$ENTRY"
chmod 644 "$ENTRY"
refresh
echo "LK3 Desktop sudah ada di menu aplikasi (Kantor / Office)."
