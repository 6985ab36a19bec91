"""Interface language: Indonesian by default, English on request (Settings).

The preference lives in QSettings under ``ui/language``. QSettings is plain text on disk, so it
holds preferences only: never a username, a name or anything typed about a person.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from lk3_desktop.paths import TRANSLATIONS

LANGUAGE_KEY = "ui/language"
DEFAULT_LANGUAGE = "id"
LANGUAGES = ("id", "en")
QM_STEM = "lk3"

_installed: list[QTranslator] = []


def preferred_language(settings: QSettings | None = None) -> str:
    """'id' or 'en'; anything else stored there counts as the default."""
    value = (settings or QSettings()).value(LANGUAGE_KEY, DEFAULT_LANGUAGE)
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def set_preferred_language(language: str, settings: QSettings | None = None) -> None:
    """Remember the language for the next start (the running windows keep theirs)."""
    if language not in LANGUAGES:
        raise ValueError(f"unsupported language: {language!r}")
    store = settings or QSettings()
    store.setValue(LANGUAGE_KEY, language)
    store.sync()


def app_translation_file(language: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"{QM_STEM}_{language}.qm"


def install_translators(
    language: str | None = None, *, folder: Path = TRANSLATIONS
) -> list[QTranslator]:
    """Load our own catalogue and Qt's ``qtbase`` catalogue for ``language`` (default: the
    stored preference) into the running application, replacing earlier ones.

    English is the source language, so 'en' installs nothing. Returns what was installed.
    """
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("create the QApplication before installing translators")
    remove_translators()
    lang = language or preferred_language()
    if lang == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
    if lang == "en":
        return []
    candidates = [
        (QM_STEM, str(folder)),
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
    ]
    for stem, directory in candidates:
        translator = QTranslator(app)
        if translator.load(f"{stem}_{lang}", directory):
            QCoreApplication.installTranslator(translator)
            _installed.append(translator)
        else:
            translator.deleteLater()
    return list(_installed)


def remove_translators() -> None:
    while _installed:
        translator = _installed.pop()
        QCoreApplication.removeTranslator(translator)
        translator.deleteLater()
