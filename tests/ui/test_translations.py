"""The Indonesian catalogue is complete, consistent with the code, and what the app loads."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QLocale, QSettings, QSize
from PySide6.QtGui import QColor, QImage, QPixmap
from PySide6.QtWidgets import QApplication

from lk3_desktop.core import errors as e
from lk3_desktop.paths import PROJECT_ROOT, TRANSLATIONS
from lk3_desktop.ui import i18n
from lk3_desktop.ui.messages import message_for

TS = TRANSLATIONS / "lk3_id.ts"
QM = TRANSLATIONS / "lk3_id.qm"
BIN = Path(shutil.which("pyside6-lupdate") or "").parent
VENV_BIN = PROJECT_ROOT / ".venv" / "bin"
# %1, %L1, %n, %Ln; {name}, {count}
PLACEHOLDER = re.compile(r"%L?\d+|%L?n|\{[a-z_][a-z0-9_]*\}")
ACCELERATOR = re.compile(r"&(?=[^&\s])")


def tool(name: str) -> str:
    for folder in (VENV_BIN, BIN):
        candidate = folder / name
        if candidate.is_file():
            return str(candidate)
    pytest.fail(f"{name} not found (install PySide6 into .venv)")


def messages(path: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [
        (context.findtext("name") or "", message)
        for context in root.findall("context")
        for message in context.findall("message")
    ]


def translations_of(message: ET.Element) -> list[str]:
    node = message.find("translation")
    assert node is not None
    forms = node.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [node.text or ""]


def test_catalogue_is_indonesian() -> None:
    root = ET.parse(TS).getroot()
    assert root.get("language") in {"id", "id_ID"}
    assert root.get("sourcelanguage") in {None, "en"}


def test_every_message_is_finished() -> None:
    problems = []
    for context, message in messages(TS):
        source = message.findtext("source")
        node = message.find("translation")
        assert node is not None
        if node.get("type") in {"unfinished", "vanished", "obsolete"}:
            problems.append(f"{context}: {source!r} is {node.get('type')}")
        elif not all(text.strip() for text in translations_of(message)):
            problems.append(f"{context}: {source!r} has an empty translation")
    assert not problems, "\n".join(problems)


def test_placeholders_and_accelerators_match() -> None:
    problems = []
    for context, message in messages(TS):
        node = message.find("translation")
        if node is not None and node.get("type") == "unfinished":
            continue  # reported by test_every_message_is_finished
        source = message.findtext("source") or ""
        wanted = Counter(PLACEHOLDER.findall(source))
        for text in translations_of(message):
            if Counter(PLACEHOLDER.findall(text)) != wanted:
                problems.append(f"{context}: {source!r} -> {text!r} (placeholders differ)")
            if bool(ACCELERATOR.search(source)) != bool(ACCELERATOR.search(text)):
                problems.append(f"{context}: {source!r} -> {text!r} (& shortcut differs)")
    assert not problems, "\n".join(problems)


def test_catalogue_holds_every_string_of_the_code(tmp_path: Path) -> None:
    """lupdate over the code adds nothing new and drops nothing: the .ts is up to date."""
    fresh = tmp_path / "lk3_id.ts"
    shutil.copy(TS, fresh)
    sources = sorted(str(p) for p in (PROJECT_ROOT / "lk3_desktop").rglob("*.py"))
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            "-silent",
            "-no-obsolete",
            "-locations",
            "none",
            "-source-language",
            "en",
            "-target-language",
            "id",
            *sources,
            "-ts",
            str(fresh),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )

    def keys(path: Path) -> set[tuple[str, str]]:
        return {(ctx, m.findtext("source") or "") for ctx, m in messages(path)}

    missing = keys(fresh) - keys(TS)
    stale = keys(TS) - keys(fresh)
    assert not missing, f"run scripts/update_translations.sh; new strings: {sorted(missing)}"
    assert not stale, f"run scripts/update_translations.sh; strings gone: {sorted(stale)}"


def test_compiled_catalogue_matches_the_source(tmp_path: Path) -> None:
    compiled = tmp_path / "lk3_id.qm"
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(TS), "-qm", str(compiled)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    assert QM.read_bytes() == compiled.read_bytes(), "run scripts/update_translations.sh"


def test_ketua_catalogue_matches_the_source(tmp_path: Path) -> None:
    variant, compiled = tmp_path / "ketua.ts", tmp_path / "lk3_ketua_id.qm"
    subprocess.run(
        [
            sys.executable,
            str(PROJECT_ROOT / "scripts" / "ketua_catalogue.py"),
            str(TS),
            str(variant),
        ],
        check=True,
        timeout=120,
    )
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(variant), "-qm", str(compiled)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    ketua = TS.parent / "lk3_ketua_id.qm"
    assert ketua.read_bytes() == compiled.read_bytes(), "run scripts/update_translations.sh"


def test_installed_catalogue_leaves_image_reading_alone(indonesian: None) -> None:
    """Regression: a Python QTranslator.translate override made Qt read a PNG as TGA."""
    image = QImage(64, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("#2f5d8a"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "PNG")
    pixmap = QPixmap()
    assert pixmap.loadFromData(buffer.data())
    assert pixmap.size() == QSize(64, 40)


def test_known_errors_read_in_indonesian(indonesian: None) -> None:
    samples: list[BaseException] = [
        e.WrongPassword(),
        e.UnknownUser(),
        e.AccountInactive(),
        e.WorkstationSecretMissing(),
        e.CredentialStoreUnavailable(),
        e.WrongRecoveryCode(),
        e.NotAnLk3Database(),
        e.DataFolderMissing(),
        e.DataFolderInUse(),
        e.SchemaTooNew(),
        e.DatabaseCorrupt(),
        e.DiskFull(),
        e.PermissionDenied(),
        e.OperationCancelled(),
        e.KeyFileDamaged(),
        e.SetupUnfinished(),
        e.SetupUnfinished(demo=True),
        e.DataFolderReadOnly(),
        e.BackupFromOtherDatabase("LK3 Kota Lain", "0123456789abcdef"),
        RuntimeError("a bug"),
        e.LoginThrottled(4.2),
    ]
    i18n.remove_translators()
    english = [message_for(error) for error in samples]
    i18n.install_translators("id")
    indonesian_texts = [message_for(error) for error in samples]
    for source, text in zip(english, indonesian_texts, strict=True):
        assert text != source, f"untranslated: {source!r}"
    assert indonesian_texts[-1] == "Terlalu banyak percobaan gagal. Coba lagi dalam 5 detik."


def test_qt_own_buttons_read_in_indonesian(indonesian: None) -> None:
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Batal"
    assert QCoreApplication.translate("QLineEdit", "&Paste") == "&Tempel"
    assert QCoreApplication.translate("QWizard", "&Finish") == "&Selesai"


def test_language_preference(isolated_settings: Path, qapp: QApplication) -> None:
    locale = QLocale()
    assert i18n.preferred_language() == "id"  # Indonesian by default
    i18n.set_preferred_language("en")
    assert i18n.preferred_language() == "en"
    assert i18n.install_translators() == []  # English is the source language
    assert QCoreApplication.translate("MainWindow", "Home") == "Home"
    i18n.set_preferred_language("id")
    assert i18n.install_translators()
    assert QCoreApplication.translate("MainWindow", "Home") == "Beranda"
    assert QLocale().language() == QLocale.Language.Indonesian
    i18n.remove_translators()
    QLocale.setDefault(locale)
    with pytest.raises(ValueError):
        i18n.set_preferred_language("fr")
    QSettings().setValue(i18n.LANGUAGE_KEY, "xx")
    assert i18n.preferred_language() == "id"
    QSettings().setValue(i18n.LANGUAGE_KEY, "id")
    QSettings().sync()
    # QSettings holds the language preference and nothing else: no names, no usernames
    assert QSettings().allKeys() == [i18n.LANGUAGE_KEY]


def test_a_string_translated_as_itself_or_not_at_all_still_shows(indonesian: None) -> None:
    """self.tr() of a widget: "No." (its translation is the same text) and a string missing
    from the catalogue come back as written, never as an empty label."""
    from PySide6.QtWidgets import QWidget

    class AdministrationForm(QWidget):  # the context of "No." in the catalogue
        pass

    form = AdministrationForm()
    assert form.tr("No.") == "No."
    assert form.tr("Ctrl+S") == "Ctrl+S"
    assert form.tr("A sentence no catalogue holds") == "A sentence no catalogue holds"
    assert form.tr("Question") == "Pertanyaan"
    form.deleteLater()
