"""The bundled application (dist/lk3-desktop) works with no Python environment around it.

Runs when the bundle exists (scripts/build-bundle.sh makes it; CI builds it before the tests
and sets LK3_REQUIRE_BUNDLE=1, so a missing bundle fails there instead of skipping). Every
program run here gets an environment as bare as `env -i` gives: a home folder, and a display
for the GUI.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

import pytest
from PIL import Image, ImageChops
from support.bundle import (
    BUNDLE,
    PROGRAM,
    bare_env,
    bundle_problems,
    environment_for_display,
    hardlinked_copy,
    kill_quietly,
    run_bundle,
    window_line,
)
from support.secret_service import run_in_secret_service
from support.xvfb import xvfb_display

from lk3_desktop import __version__
from lk3_desktop.db.workstation import NoCredentialStore
from lk3_desktop.services import accounts
from lk3_desktop.ui.icons import APP_ICON_SIZES

PASSWORD = "Kantor-Bundel-Uji-2026"

if os.environ.get("LK3_REQUIRE_BUNDLE") != "1" and not (BUNDLE / PROGRAM).is_file():
    pytest.skip(
        "no bundle in dist/lk3-desktop (scripts/build-bundle.sh builds it)", allow_module_level=True
    )
pytestmark = pytest.mark.slow


def test_the_bundle_is_whole(tmp_path: Path) -> None:
    assert bundle_problems(BUNDLE, tmp_path / "home") == []


@pytest.mark.parametrize(
    ("remove", "expected"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "qxcb"),
        ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", "cupsprintersupport"),
        ("lk3_desktop/_data/resources/translations/lk3_id.qm", "translation"),
        ("lk3_desktop/_data/resources/instruments/phq9.json", "phq9.json"),
        ("lk3_desktop/_data/migrations/versions", "schema"),
        ("keyring-*.dist-info", "keyring"),
    ],
)
def test_a_bundle_missing_a_part_is_refused(tmp_path: Path, remove: str, expected: str) -> None:
    with hardlinked_copy(BUNDLE, tmp_path / "copy") as copy:
        (target,) = (copy / "_internal").glob(remove)
        if target.is_dir():
            # a migration folder without its newest revision, or keyring without its entry points
            if target.name == "versions":
                target = max(target.glob("*.py"))
            else:
                shutil.rmtree(target)
        if target.exists():
            target.unlink()
        problems = bundle_problems(copy, tmp_path / "home")
    assert any(expected in problem for problem in problems), problems


def test_init_check_demo_and_backup_without_python(tmp_path: Path) -> None:
    env = bare_env(tmp_path / "home")
    office = tmp_path / "kantor"
    init = run_bundle(
        BUNDLE, "init", "--data-dir", str(office), "--center-name", "LK3 Kabupaten Pandeglang",
        "--username", "kepala", "--full-name", "Siti Aminah", "--password-stdin",
        env=env, stdin=PASSWORD + "\n",
    )  # fmt: skip
    assert init.returncode == 0, init.stderr
    assert "kata sandi saja" in init.stdout  # no session bus: no credential store
    assert office.stat().st_mode & 0o777 == 0o700
    check = run_bundle(
        BUNDLE, "check", "--data-dir", str(office), "--username", "kepala", "--password-stdin",
        env=env, stdin=PASSWORD + "\n",
    )  # fmt: skip
    assert check.returncode == 0, check.stdout + check.stderr
    assert "GAGAL" not in check.stdout and "audit_chain" in check.stdout

    demo = tmp_path / "demo"
    made = run_bundle(
        BUNDLE, "demo", "--data-dir", str(demo), "--clients", "50", "--password-stdin",
        env=env, stdin=PASSWORD + "\n",
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    assert "50 klien" in made.stdout
    backup = run_bundle(
        BUNDLE, "backup", "--data-dir", str(demo), "--username", "kepala", "--password-stdin",
        "--to", str(tmp_path / "cadangan"), env=env, stdin=PASSWORD + "\n",
    )  # fmt: skip
    assert backup.returncode == 0, backup.stderr
    assert len(list((tmp_path / "cadangan").glob("*.lk3backup"))) == 1


@pytest.mark.secret_service
def test_the_bundle_keeps_its_workstation_secret_in_the_secret_service(tmp_path: Path) -> None:
    office = tmp_path / "kantor"
    exe = str(BUNDLE / PROGRAM)
    script = (
        'printf "%s\\n" "$PW" | "$1" init --data-dir "$2" --center-name "LK3 Uji" '
        '--username kepala --full-name "Siti Aminah" --password-stdin && '
        'printf "%s\\n" "$PW" | "$1" check --data-dir "$2" --username kepala --password-stdin'
    )
    result = run_in_secret_service(
        ["sh", "-c", script, "sh", exe, str(office)], env={"PW": PASSWORD}, timeout=180
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Perlindungan: kunci perangkat + kata sandi" in result.stdout
    assert re.search(r"^ok +unlock", result.stdout, re.M)


def _show_window(
    program: list[str], folder: Path, display: str, home: Path, title: str, shot: Path
) -> None:
    """Start ``program`` on ``folder``; wait for the window ``title``; screenshot it."""
    env = environment_for_display(display, home)
    log = home / "stderr.txt"
    with (
        log.open("wb") as err,
        subprocess.Popen(
            [*program, "--data-dir", str(folder)], env=env, cwd=home, stdout=err, stderr=err
        ) as proc,
    ):
        try:
            deadline = time.monotonic() + 60
            found = None
            while found is None and time.monotonic() < deadline and proc.poll() is None:
                time.sleep(0.5)
                tree = subprocess.run(
                    ["xwininfo", "-root", "-tree"],
                    env={"DISPLAY": display},
                    capture_output=True,
                    text=True,
                    timeout=20,
                ).stdout
                found = window_line(tree, title)
            assert found is not None, f"no window {title!r}: {log.read_text(errors='replace')}"
            time.sleep(2)  # let it paint; the caret may blink, which the comparison allows
            subprocess.run(
                ["import", "-window", found[0], str(shot)],
                env={"DISPLAY": display, "HOME": str(home)},
                check=True,
                timeout=30,
            )
        finally:
            kill_quietly(proc)


def _differing_share(first: Path, second: Path) -> float:
    with Image.open(first) as one, Image.open(second) as other:
        a, b = one.convert("RGB"), other.convert("RGB")
    assert a.size == b.size, (a.size, b.size)
    histogram = ImageChops.difference(a, b).convert("L").histogram()
    return sum(histogram[41:]) / (a.size[0] * a.size[1])  # pixels differing by more than 40


@pytest.mark.xvfb
def test_the_bundled_gui_shows_the_indonesian_wizard_and_sign_in(tmp_path: Path) -> None:
    """The bundle draws the same windows as the source app, pixel for pixel (the caret aside):
    the source app's windows are checked for Indonesian text by test_xcb_smoke and the UI
    tests; a bundle missing a translation, an icon engine or a font would draw others."""
    empty, ready = tmp_path / "baru", tmp_path / "kantor"
    accounts.initialize(
        ready,
        NoCredentialStore(),
        accounts.CenterInput(name="LK3 Kota Serang"),
        accounts.NewAccount("kepala", "Siti Aminah", PASSWORD),
    ).session.store.close()
    bundled = [str(BUNDLE / PROGRAM)]
    source = [sys.executable, "-m", "lk3_desktop"]
    with xvfb_display() as display:
        for name, folder, title in (
            ("wizard", empty, "Penyiapan LK3 Desktop"),
            ("sign-in", ready, "LK3 Desktop"),
        ):
            shots = {}
            for kind, program in (("bundle", bundled), ("source", source)):
                shots[kind] = tmp_path / f"{name}-{kind}.png"
                _show_window(
                    program, folder, display, tmp_path / f"home-{kind}", title, shots[kind]
                )
            assert _differing_share(shots["bundle"], shots["source"]) < 0.002, name
    assert not any(empty.glob("lk3.db*"))  # the wizard was only shown, nothing created


def test_the_tarball_holds_the_app_a_menu_entry_and_icons(tmp_path: Path) -> None:
    (tarball,) = BUNDLE.parent.glob(f"lk3-desktop-{__version__}-linux-*.tar.gz")
    top = tarball.name.removesuffix(".tar.gz")
    with tarfile.open(tarball) as archive:
        names = set(archive.getnames())
        assert f"{top}/{PROGRAM}" in names and f"{top}/_internal/base_library.zip" in names
        extras = [m for m in archive.getmembers() if "/_internal/" not in m.name]
        archive.extractall(tmp_path, members=extras, filter="tar")
    unpacked = tmp_path / top
    for size in APP_ICON_SIZES:
        icon = unpacked / f"share/icons/hicolor/{size}x{size}/apps/lk3-desktop.png"
        with Image.open(icon) as image:
            assert image.size == (size, size)
    data_home = tmp_path / "share"
    result = subprocess.run(
        [str(unpacked / "pasang-di-menu.sh")],
        env={"HOME": str(tmp_path), "XDG_DATA_HOME": str(data_home), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    entry = (data_home / "applications/lk3-desktop.desktop").read_text()
    assert f'Exec="{unpacked}/lk3-desktop"' in entry and "Icon=lk3-desktop" in entry
    assert "Name=LK3 Desktop" in entry and "Categories=Office;" in entry
    assert (data_home / "icons/hicolor/256x256/apps/lk3-desktop.png").is_file()
    subprocess.run(
        [str(unpacked / "pasang-di-menu.sh"), "--hapus"],
        env={"HOME": str(tmp_path), "XDG_DATA_HOME": str(data_home), "PATH": "/usr/bin:/bin"},
        check=True,
        capture_output=True,
        timeout=60,
    )
    assert not (data_home / "applications/lk3-desktop.desktop").exists()
