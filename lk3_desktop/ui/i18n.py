"""Interface language: Indonesian by default, English on request (Settings).

The preference lives in QSettings under ``ui/language``. QSettings is plain text on disk, so it
holds preferences only: never a username, a name or anything typed about a person.

The head of an LK3 is "Kepala" where the Dinas runs it and "Ketua" where a community
organisation does (Pengaturan > Dokumen resmi). Every Indonesian string names the head as
"Kepala LK3"; scripts/update_translations.sh compiles a second catalogue (``lk3_ketua_id.qm``)
that says "Ketua LK3" instead, and the office's choice decides which one is installed: every
screen, dialog and message follows. (Not a Python ``QTranslator.translate`` override: Qt calls
translators from every thread and from inside its own locks, and a Python override there
needs the GIL in places where that can deadlock; it also upset Qt's image-format detection.)
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from lk3_desktop.paths import TRANSLATIONS

LANGUAGE_KEY = "ui/language"
DEFAULT_LANGUAGE = "id"
LANGUAGES = ("id", "en")
QM_STEM = "lk3"
QM_STEM_KETUA = "lk3_ketua"  # the same catalogue naming the head "Ketua LK3"

_installed: list[QTranslator] = []
_installed_language: str | None = None  # the language installed last, while installed
_KEPALA = "Kepala"
_head_title = _KEPALA  # "Kepala" or "Ketua", as the signed-in office calls its head


def office_words(text: str) -> str:
    """``text`` with the head named as the office names it ("Kepala LK3" -> "Ketua LK3")."""
    if _head_title == _KEPALA or not text:
        return text
    lower = _head_title.lower()
    return text.replace("Kepala LK3", f"{_head_title} LK3").replace("kepala LK3", f"{lower} LK3")


def set_head_title(title: str) -> None:
    """Name the head "Kepala" or "Ketua" in every string translated from now on (screens
    built earlier keep their words until they are built again)."""
    global _head_title
    wanted = title if title in ("Kepala", "Ketua") else _KEPALA
    if wanted == _head_title:
        return
    _head_title = wanted
    if _installed_language is not None:
        install_translators(_installed_language)


def head_title_word() -> str:
    """ "Kepala" or "Ketua": how the signed-in office names its head (for documents the
    interface makes, such as the recovery card)."""
    return _head_title


def catalogue_stem() -> str:
    """The stem of our catalogue for the head's title now chosen."""
    return QM_STEM if _head_title == _KEPALA else QM_STEM_KETUA


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
    global _installed_language
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
    _installed_language = lang
    candidates = [
        (catalogue_stem(), str(folder)),
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
    global _installed_language
    _installed_language = None
    while _installed:
        translator = _installed.pop()
        QCoreApplication.removeTranslator(translator)
        translator.deleteLater()
