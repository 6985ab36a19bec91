"""The wheel works where a new user would put it: a fresh virtual environment, no checkout.

The wheel is built from a copy of the files a source distribution holds (so nothing else in the
worktree can leak in), installed with pip into a new venv in a temporary folder, and the venv's
own ``lk3-desktop`` runs ``init``, ``check``, ``demo --clients 50`` and ``backup`` from another
folder. Dependencies come from pip's cache or the index, as for anyone installing it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from lk3_desktop.paths import PROJECT_ROOT

pytestmark = pytest.mark.slow

PASSWORD = "Kantor-Baru-Pasang-2026"
SOURCES = ("pyproject.toml", "setup.py", "MANIFEST.in", "README.md")
SOURCE_DIRS = ("lk3_desktop", "resources", "migrations")


def _run(
    args: list[str], *, cwd: Path, env: dict[str, str], stdin: str = "", timeout: int = 900
) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        args, cwd=cwd, env=env, input=stdin, capture_output=True, text=True, timeout=timeout
    )
    assert result.returncode == 0, f"{args}\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    return result


def _clean_env(home: Path) -> dict[str, str]:
    """No checkout on the path, no real keyring: what a new user's shell would give."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key in {"PATH", "LANG", "LC_ALL", "TMPDIR", "PIP_INDEX_URL", "PIP_FIND_LINKS"}
        or key.startswith(("PIP_", "SSL_", "REQUESTS_CA"))
    }
    env.update(
        HOME=str(home),
        XDG_CACHE_HOME=os.environ.get("XDG_CACHE_HOME", str(Path.home() / ".cache")),
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
        PYTHONNOUSERSITE="1",
    )
    return env


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    root = tmp_path_factory.mktemp("wheel")
    src = root / "src"
    src.mkdir()
    for name in SOURCES:
        shutil.copy2(PROJECT_ROOT / name, src / name)
    for name in SOURCE_DIRS:
        shutil.copytree(
            PROJECT_ROOT / name, src / name, ignore=shutil.ignore_patterns("__pycache__")
        )
    env = _clean_env(root / "home")
    (root / "home").mkdir()
    wheels = root / "wheels"
    _run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-w", str(wheels), str(src)],
        cwd=root,
        env=env,
    )
    (wheel,) = wheels.glob("lk3_desktop-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "lk3_desktop/_data/migrations/env.py" in names
    assert "lk3_desktop/_data/resources/translations/lk3_id.qm" in names
    assert "lk3_desktop/_data/resources/instruments/phq9.json" in names
    assert not any(n.endswith(".ts") for n in names)  # the catalogue source stays behind

    venv = root / "venv"
    _run([sys.executable, "-m", "venv", str(venv)], cwd=root, env=env)
    # --no-compile: Python compiles what the commands import when they first import it; pip
    # compiling every module of every dependency first was a quarter of the installation's time.
    _run(
        [str(venv / "bin" / "python"), "-m", "pip", "install", "--no-compile", "--progress-bar",
         "off", str(wheel)],
        cwd=root,
        env=env,
    )  # fmt: skip
    shutil.rmtree(src)  # nothing of the sources is left to be found by accident
    return venv, env


def test_the_installed_package_reads_its_own_data(
    installed: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    venv, env = installed
    probe = _run(
        [
            str(venv / "bin" / "python"),
            "-c",
            "import lk3_desktop.paths as p; print(p.MIGRATIONS); print(p.TRANSLATIONS); "
            "print(p.INSTRUMENTS)",
        ],
        cwd=tmp_path,
        env=env,
    )
    site = str(venv / "lib")
    for line in probe.stdout.splitlines():
        assert line.startswith(site) and "_data" in line, line
        assert Path(line).is_dir(), line


def test_init_check_demo_backup_through_the_venvs_command(
    installed: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    venv, env = installed
    lk3 = str(venv / "bin" / "lk3-desktop")
    office = tmp_path / "kantor"
    init = _run(
        [lk3, "init", "--data-dir", str(office), "--center-name", "LK3 Kabupaten Lebak",
         "--username", "kepala", "--full-name", "Siti Aminah", "--password-stdin"],
        cwd=tmp_path, env=env, stdin=PASSWORD + "\n",
    )  # fmt: skip
    assert "Basis data dibuat" in init.stdout and "kata sandi saja" in init.stdout
    check = _run(
        [lk3, "check", "--data-dir", str(office), "--username", "kepala", "--password-stdin"],
        cwd=tmp_path,
        env=env,
        stdin=PASSWORD + "\n",
    )
    assert "schema" in check.stdout and "GAGAL" not in check.stdout

    demo_dir = tmp_path / "demo"
    demo = _run(
        [lk3, "demo", "--data-dir", str(demo_dir), "--clients", "50", "--password-stdin"],
        cwd=tmp_path,
        env=env,
        stdin=PASSWORD + "\n",
    )
    assert "50 klien" in demo.stdout
    backup = _run(
        [lk3, "backup", "--data-dir", str(demo_dir), "--username", "kepala", "--password-stdin",
         "--to", str(tmp_path / "cadangan")],
        cwd=tmp_path, env=env, stdin=PASSWORD + "\n",
    )  # fmt: skip
    assert "Cadangan ditulis dan diperiksa" in backup.stdout
    assert len(list((tmp_path / "cadangan").glob("*.lk3backup"))) == 1
