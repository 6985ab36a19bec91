"""Build hook: the wheel carries resources/ and migrations/ as lk3_desktop/_data/.

Everything else about the project is declared in pyproject.toml. The two folders stay at the
top of the repository (that is where Alembic, Qt Linguist and people look for them); this copies
the files the running app reads into the built package, where lk3_desktop/paths.py finds them,
and writes ``_data/build.json`` (version, build time, commit) for Bantuan > Tentang. An editable
install skips both and reads the repository's folders directly.

packaging/lk3-desktop.spec imports this file for the same list, so the wheel and the bundled
app carry the same files; setuptools runs it as ``__main__``.
"""

from __future__ import annotations

import datetime
import json
import os
import re
import subprocess
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
# What the running app reads; the .ts catalogue, READMEs and caches stay behind.
PACKAGED = {
    "resources": (
        "translations/*.qm",
        "instruments/*.json",
        "schemas/*.json",
        "icons/*",
        "help/*.md",
    ),
    "migrations": ("env.py", "script.py.mako", "versions/*.py"),
}


def packaged_files() -> list[tuple[Path, Path]]:
    """(source, path inside the package) of every data file the wheel carries."""
    pairs: list[tuple[Path, Path]] = []
    for folder, patterns in PACKAGED.items():
        for pattern in patterns:
            for source in sorted((ROOT / folder).glob(pattern)):
                if source.is_file():
                    pairs.append((source, Path("_data", folder, source.relative_to(ROOT / folder))))
    return pairs


def _version() -> str:
    init = (ROOT / "lk3_desktop" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"', init, re.MULTILINE)
    return match.group(1) if match else "0"


def _commit() -> str | None:
    try:
        out = subprocess.run(
            ["git", "-C", str(ROOT), "rev-parse", "--short=10", "HEAD"],
            capture_output=True,
            text=True,
            timeout=10,
            check=True,
        )
    except (OSError, subprocess.SubprocessError):
        return None  # an sdist or an archive without git: the date and version still say it
    return out.stdout.strip() or None


def build_info_json() -> str:
    """``build.json``: the version, when it was built (SOURCE_DATE_EPOCH if set) and the commit."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    built = (
        datetime.datetime.fromtimestamp(int(epoch), datetime.UTC)
        if epoch
        else datetime.datetime.now(datetime.UTC)
    )
    info = {"version": _version(), "built_at": built.isoformat(timespec="seconds")}
    info["commit"] = _commit()
    return json.dumps(info, indent=2) + "\n"


class BuildWithData(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        package_dir = Path(self.build_lib, "lk3_desktop")
        for source, relative in packaged_files():
            target = package_dir / relative
            self.mkpath(str(target.parent))
            self.copy_file(str(source), str(target))
        (package_dir / "_data" / "build.json").write_text(build_info_json(), encoding="utf-8")


if __name__ == "__main__":
    setup(cmdclass={"build_py": BuildWithData})
