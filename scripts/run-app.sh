#!/usr/bin/env bash
# Sets everything up (scripts/setup.sh) and launches LK3 Desktop; arguments go to the app,
# e.g. `./scripts/run-app.sh --data-dir DIR`. Set-up messages go to stderr.
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

bash "$REPO_ROOT/scripts/setup.sh" >&2
exec "$REPO_ROOT/.venv/bin/lk3-desktop" "$@"
