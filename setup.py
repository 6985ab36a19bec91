"""Build hook: the wheel carries resources/ and migrations/ as lk3_desktop/_data/.

Everything else about the project is declared in pyproject.toml. The two folders stay at the
top of the repository (that is where Alembic, Qt Linguist and people look for them); this copies
the files the running app reads into the built package, where lk3_desktop/paths.py finds them.
An editable install skips the copy and reads the repository's folders directly.
"""

from __future__ import annotations

from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
# What the running app reads; the .ts catalogue, READMEs and caches stay behind.
PACKAGED = {
    "resources": ("translations/*.qm", "instruments/*.json", "schemas/*.json", "icons/*"),
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


setup(cmdclass={"build_py": BuildWithData})
