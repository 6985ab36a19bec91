"""`lk3-desktop info`: what this installation has, without opening any data."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from lk3_desktop.db.migrate import head_revision
from lk3_desktop.installation import NAME_WIDTH


def test_info_names_the_parts_of_this_installation(tmp_path: Path) -> None:
    env = dict(
        os.environ, HOME=str(tmp_path), PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring"
    )
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    result = subprocess.run(
        [sys.executable, "-m", "lk3_desktop", "info"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    info = {line[:NAME_WIDTH].strip(): line[NAME_WIDTH:] for line in result.stdout.splitlines()}
    assert info["build"] == "source"
    assert info["schema"].startswith(f"head {head_revision()}, ")
    assert "PHQ-9" in info["instruments"].split()
    assert info["translation"] == "id: 'Sign in' -> 'Masuk'"
    assert {"qoffscreen", "qxcb"} <= set(info["qt platforms"].split())
    assert "community" in info["sqlcipher"]
    assert info["credential store"].startswith("keyring.backends.null.Keyring (not usable")
    assert info["default data folder"] == str(tmp_path / ".local/share/lk3-desktop")
    assert not any(tmp_path.rglob("lk3.*"))  # it opened and created no data
