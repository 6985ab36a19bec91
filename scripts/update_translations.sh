#!/usr/bin/env bash
# Refreshes the Indonesian catalogue from the source and compiles it for the app:
#   1. pyside6-lupdate collects every tr()/translate()/QT_TRANSLATE_NOOP string of
#      lk3_desktop/**/*.py into resources/translations/lk3_id.ts; translations already made are
#      kept, strings no longer in the code are dropped, new ones arrive as type="unfinished";
#   2. pyside6-lrelease compiles the .ts into lk3_id.qm, which the app loads at start-up, and
#      a copy saying "Ketua LK3" for "Kepala LK3" into lk3_ketua_id.qm (offices whose head is
#      a Ketua: Pengaturan > Dokumen resmi).
# Commit both files. tests/ui/test_translations.py fails while a message is unfinished or the
# .qm does not match the .ts. Runs from any directory.
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BIN="${LK3_VENV_BIN:-$REPO_ROOT/.venv/bin}"
TS="resources/translations/lk3_id.ts"
QM="resources/translations/lk3_id.qm"
QM_KETUA="resources/translations/lk3_ketua_id.qm"

cd "$REPO_ROOT"
mapfile -t SOURCES < <(find lk3_desktop -name '*.py' -not -path '*/__pycache__/*' | LC_ALL=C sort)

# No source locations: line numbers would change the .ts on every unrelated edit.
"$BIN/pyside6-lupdate" -silent -no-obsolete -locations none -source-language en \
    -target-language id "${SOURCES[@]}" -ts "$TS"
"$BIN/pyside6-lrelease" -silent "$TS" -qm "$QM"
ketua_ts="$(mktemp --suffix=.ts)"
trap 'rm -f "$ketua_ts"' EXIT
"$BIN/python" scripts/ketua_catalogue.py "$TS" "$ketua_ts"
"$BIN/pyside6-lrelease" -silent "$ketua_ts" -qm "$QM_KETUA"

unfinished="$(grep -c 'type="unfinished"' "$TS" || true)"
echo "$TS: $(grep -c '<source>' "$TS") messages, $unfinished unfinished; compiled $QM and $QM_KETUA"
if [ "$unfinished" != "0" ]; then
    echo "Translate the unfinished messages (e.g. with .venv/bin/pyside6-linguist $TS)," >&2
    echo "then run this script again." >&2
fi
