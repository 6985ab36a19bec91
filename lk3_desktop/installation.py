"""What this installation of LK3 Desktop has: ``lk3-desktop info``.

One line per part the app needs besides its own code: the build, Python/Qt/SQLCipher, the
schema revisions, the instrument definitions, the Indonesian catalogue, the Qt plugins that
actually load, the image formats, the OS credential store keyring chooses and the backends it
knows, and the default data folder. An office reads it to a helpdesk; the bundle smoke test reads
it to prove the bundle is whole. It never opens a database and holds no personal data.
"""

from __future__ import annotations

import platform
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

# Plugin folders the app needs on some platform; a folder a platform does not have is skipped.
QT_PLUGIN_TYPES = (
    "platforms",
    "xcbglintegrations",
    "platformthemes",
    "imageformats",
    "iconengines",
    "printsupport",
    "styles",
)
# A message the sign-in window shows, to see that the catalogue really translates.
PROBE_CONTEXT, PROBE_SOURCE = "LoginWindow", "Sign in"


NAME_WIDTH = 22  # the longest name, "qt xcbglintegrations", and two spaces


@dataclass(frozen=True, slots=True)
class InfoLine:
    name: str
    value: str


def _build() -> Iterator[InfoLine]:
    from lk3_desktop.build_info import current_build

    build = current_build()
    parts = [build.kind.value]
    if build.built_at is not None:
        parts.append(f"built {build.built_at.isoformat()}")
    if build.commit:
        parts.append(f"commit {build.commit}")
    yield InfoLine("version", build.version)
    yield InfoLine("build", ", ".join(parts))
    yield InfoLine("python", f"{platform.python_version()} ({platform.platform()})")


def _sqlcipher() -> str:
    import sqlcipher3

    conn = sqlcipher3.connect(":memory:")
    try:
        row = conn.execute("PRAGMA cipher_version").fetchone()
    finally:
        conn.close()
    return str(row[0]) if row and row[0] else "missing (not a SQLCipher build)"


def _schema() -> str:
    from lk3_desktop.db.migrate import head_revision, known_revisions

    return f"head {head_revision()}, {len(known_revisions())} revisions"


def _instruments() -> str:
    from lk3_desktop.core.instruments import available

    return " ".join(i.code for i in available())


def _translation() -> str:
    from PySide6.QtCore import QTranslator

    from lk3_desktop.paths import TRANSLATIONS
    from lk3_desktop.ui.i18n import QM_STEM

    translator = QTranslator()
    if not translator.load(f"{QM_STEM}_id", str(TRANSLATIONS)):
        return f"id: MISSING ({TRANSLATIONS})"
    shown = translator.translate(PROBE_CONTEXT, PROBE_SOURCE)
    return f"id: {PROBE_SOURCE!r} -> {shown!r}"


def loadable_qt_plugins() -> dict[str, list[str]]:
    """For each plugin folder: the plugins whose library loads (dependencies found)."""
    from PySide6.QtCore import QLibraryInfo, QPluginLoader

    root = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    found: dict[str, list[str]] = {}
    for kind in QT_PLUGIN_TYPES:
        folder = root / kind
        if not folder.is_dir():
            continue
        names: list[str] = []
        for library in sorted(folder.iterdir()):
            if library.suffix not in {".so", ".dll", ".dylib"}:
                continue
            loader = QPluginLoader(str(library))
            name = library.stem.removeprefix("lib")
            names.append(name if loader.load() else f"{name} (FAILED: {loader.errorString()})")
        found[kind] = names
    return found


def _image_formats() -> str:
    from PySide6.QtGui import QImageReader

    return " ".join(bytes(f.data()).decode() for f in QImageReader.supportedImageFormats())


def _keyring() -> Iterator[InfoLine]:
    from keyring.backend import get_all_keyring

    from lk3_desktop.db.workstation import KeyringStore

    store = KeyringStore(timeout=10)
    # available() asks keyring on a worker thread with a timeout (a locked store can hang);
    # keyring keeps what it found, so the two calls after it do not ask again.
    usable = "usable" if store.available() else "not usable: password-only mode"
    yield InfoLine("credential store", f"{store.describe()} ({usable})")
    viable = sorted({type(b).__module__ for b in get_all_keyring()})
    yield InfoLine("keyring backends", " ".join(viable) or "none")


def installation_report() -> list[InfoLine]:
    """Every line of ``lk3-desktop info`` (needs a Q(Core)Application for the Qt lines)."""
    import PySide6
    from PySide6.QtCore import qVersion

    from lk3_desktop.paths import default_data_dir

    lines = list(_build())
    lines.append(InfoLine("qt", f"{qVersion()} (PySide6 {PySide6.__version__})"))
    lines.append(InfoLine("sqlcipher", _sqlcipher()))
    lines.append(InfoLine("schema", _schema()))
    lines.append(InfoLine("instruments", _instruments()))
    lines.append(InfoLine("translation", _translation()))
    for kind, names in loadable_qt_plugins().items():
        lines.append(InfoLine(f"qt {kind}", " ".join(names) or "none"))
    lines.append(InfoLine("image formats", _image_formats()))
    lines.extend(_keyring())
    lines.append(InfoLine("default data folder", str(default_data_dir())))
    return lines


def format_report(lines: list[InfoLine]) -> str:
    """The report as ``lk3-desktop info`` prints it: names in a column, then the values."""
    return "\n".join(f"{line.name:<{NAME_WIDTH}}{line.value}" for line in lines)
