"""Checks of the bundled application (dist/lk3-desktop, made by scripts/build-bundle.sh).

``bundle_problems(folder)`` is what "the bundle is whole" means: the files that must be there,
and what the bundled program itself reports (``lk3-desktop info``) with no Python environment
around it, in a real Secret Service too. Every problem is one line naming what is missing.
"""

from __future__ import annotations

import contextlib
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

from lk3_desktop.core.instruments import available
from lk3_desktop.db.migrate import head_revision, known_revisions
from lk3_desktop.installation import NAME_WIDTH, PROBE_CONTEXT, PROBE_SOURCE
from lk3_desktop.paths import INSTRUMENTS, MIGRATIONS, PROJECT_ROOT
from support.secret_service import run_in_secret_service

BUNDLE = PROJECT_ROOT / "dist" / "lk3-desktop"
PROGRAM = "lk3-desktop"
REBUILD = "rebuild it with scripts/build-bundle.sh"

# Inside _internal/: what a Linux bundle cannot work without.
QT = "PySide6/Qt"
REQUIRED_FILES = (
    f"{QT}/plugins/platforms/libqxcb.so",
    f"{QT}/plugins/platforms/libqoffscreen.so",
    f"{QT}/plugins/xcbglintegrations/libqxcb-glx-integration.so",
    f"{QT}/plugins/platformthemes/libqgtk3.so",
    f"{QT}/plugins/printsupport/libcupsprintersupport.so",
    f"{QT}/plugins/imageformats/libqsvg.so",
    f"{QT}/plugins/imageformats/libqjpeg.so",
    f"{QT}/plugins/imageformats/libqpdf.so",
    f"{QT}/plugins/iconengines/libqsvgicon.so",
    "libQt6Pdf.so.6",
    "libQt6PrintSupport.so.6",
    "lk3_desktop/_data/build.json",
    "lk3_desktop/_data/resources/translations/lk3_id.qm",
    "lk3_desktop/_data/resources/schemas/subject-export-v1.schema.json",
    "lk3_desktop/_data/resources/icons/lk3-desktop.svg",
    "lk3_desktop/_data/migrations/env.py",
    "reportlab/fonts/Vera.ttf",
    "reportlab/fonts/VeraBd.ttf",
    "lokal/data/wilayah.json.gz",
)
# Plugins that must load (their libraries found) as `info` reports them, per plugin folder.
REQUIRED_PLUGINS = {
    "qt platforms": {"qxcb", "qoffscreen"},
    "qt xcbglintegrations": {"qxcb-glx-integration"},
    "qt imageformats": {"qsvg", "qjpeg", "qico", "qgif", "qpdf"},
    "qt iconengines": {"qsvgicon"},
    "qt printsupport": {"cupsprintersupport"},
}
REQUIRED_IMAGE_FORMATS = {"png", "jpeg", "svg", "ico", "pdf"}


def bare_env(home: Path, **extra: str) -> dict[str, str]:
    """What `env -i` leaves: nothing but a home folder (and what the caller adds)."""
    home.mkdir(parents=True, exist_ok=True)
    return {"HOME": str(home), **extra}


def run_bundle(
    folder: Path, *args: str, env: dict[str, str], stdin: str = "", timeout: float = 300
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(folder / PROGRAM), *args],
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=env["HOME"],
    )


def parse_info(stdout: str) -> dict[str, str]:
    """`lk3-desktop info` lines (names in a column of NAME_WIDTH, then values) as a dict."""
    return {line[:NAME_WIDTH].strip(): line[NAME_WIDTH:].strip() for line in stdout.splitlines()}


def missing_files(folder: Path) -> list[str]:
    internal = folder / "_internal"
    problems = [f"missing {path}" for path in REQUIRED_FILES if not (internal / path).is_file()]
    data = internal / "lk3_desktop" / "_data"
    for source, bundled in (
        (INSTRUMENTS, data / "resources" / "instruments"),
        (MIGRATIONS / "versions", data / "migrations" / "versions"),
    ):
        want = {p.name for p in source.glob("*.json")} | {p.name for p in source.glob("*.py")}
        have = {p.name for p in bundled.glob("*")} if bundled.is_dir() else set()
        problems += [
            f"missing {bundled.relative_to(folder)}/{name}" for name in sorted(want - have)
        ]
    return problems


def info_problems(info: dict[str, str]) -> list[str]:
    """What the bundled program reports, against what this checkout holds."""
    problems: list[str] = []
    if not info.get("build", "").startswith("bundle"):
        problems.append(f"build: {info.get('build')!r} is not a bundle")
    revisions = f"head {head_revision()}, {len(known_revisions())} revisions"
    if info.get("schema") != revisions:
        problems.append(f"schema: {info.get('schema')!r}, checkout has {revisions!r}; {REBUILD}")
    codes = " ".join(i.code for i in available())
    if info.get("instruments") != codes:
        problems.append(f"instruments: {info.get('instruments')!r}, checkout has {codes!r}")
    if info.get("translation") != f"id: {PROBE_SOURCE!r} -> 'Masuk'":
        problems.append(f"translation: {info.get('translation')!r} ({PROBE_CONTEXT})")
    if "community" not in info.get("sqlcipher", ""):
        problems.append(f"sqlcipher: {info.get('sqlcipher')!r}")
    for line, names in REQUIRED_PLUGINS.items():
        loaded = set(info.get(line, "").split())
        problems += [f"{line}: {name} does not load" for name in sorted(names - loaded)]
    formats = set(info.get("image formats", "").split())
    problems += [f"image format {f} missing" for f in sorted(REQUIRED_IMAGE_FORMATS - formats)]
    return problems


def keyring_problems(folder: Path) -> list[str]:
    """In a real Secret Service the bundled program must find and use it."""
    result = run_in_secret_service([str(folder / PROGRAM), "info"], timeout=120)
    if result.returncode != 0:
        return [f"info in a Secret Service session failed: {result.stderr.strip()[-300:]}"]
    info = parse_info(result.stdout)
    if info.get("credential store") != "keyring.backends.SecretService.Keyring (usable)":
        return [f"keyring: {info.get('credential store')!r} in a Secret Service session"]
    return []


def bundle_problems(folder: Path, home: Path) -> list[str]:
    """Everything wrong with the bundle in ``folder``; [] when it is whole."""
    if not (folder / PROGRAM).is_file():
        return [f"no {folder / PROGRAM}; {REBUILD}"]
    problems = missing_files(folder)
    result = run_bundle(folder, "info", env=bare_env(home), timeout=120)
    if result.returncode != 0:
        return [*problems, f"info failed: {result.stderr.strip()[-500:]}"]
    problems += info_problems(parse_info(result.stdout))
    problems += keyring_problems(folder)
    return problems


@contextlib.contextmanager
def hardlinked_copy(folder: Path, scratch: Path) -> Iterator[Path]:
    """A copy of the bundle that costs no space: its files are hard links, so removing one
    from the copy leaves the original whole. Hard links need one filesystem, so the copy is
    made in ``scratch`` when it shares the bundle's and beside the bundle otherwise (test
    folders may be on a RAM disk); it is removed at the end."""
    scratch.mkdir(parents=True, exist_ok=True)
    if scratch.stat().st_dev == folder.parent.stat().st_dev:
        place = Path(tempfile.mkdtemp(dir=scratch, prefix="bundle-"))
    else:
        place = Path(tempfile.mkdtemp(dir=folder.parent, prefix=".test-bundle-"))
    try:
        target = place / folder.name
        subprocess.run(["cp", "-al", str(folder), str(target)], check=True, timeout=120)
        yield target
    finally:
        shutil.rmtree(place, ignore_errors=True)


def window_line(tree: str, title: str, min_height: int = 150) -> tuple[str, int, int] | None:
    """(window id, width, height) of the first top-level window titled ``title`` that is at
    least ``min_height`` tall, from `xwininfo -root -tree` output."""
    for line in tree.splitlines():
        parts = line.split()
        if len(parts) < 2 or f'"{title}":' not in line:
            continue
        for word in parts:
            if "x" in word and "+" in word and word[0].isdigit():
                size = word.split("+")[0]
                width, height = (int(n) for n in size.split("x"))
                if height >= min_height:
                    return parts[0], width, height
    return None


def environment_for_display(display: str, home: Path) -> dict[str, str]:
    env = bare_env(home, DISPLAY=display)
    env["XDG_CONFIG_HOME"] = str(home / ".config")
    return env


def kill_quietly(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
