"""Qt's own dialogs speak Indonesian in the Indonesian app: the print dialog (with its options
and the printer's properties), the file dialogs the app opens, message boxes, the date
calendar and the right-click menu of text fields.

Qt ships no Indonesian catalogue, so our own catalogue answers for Qt's contexts
(``lk3_desktop/ui/qt_strings.py``). Each dialog is opened the way the app opens it, once in
English and once in Indonesian; every label, button, tab, list entry, tooltip and menu entry
that reads the same in both is English left untranslated, and the test names it. Proper
names that are the same in both languages (paper sizes such as A4, "PDF", "OK") are allowed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QWidget,
)

from lk3_desktop.ui import dialogs, pdf_printing
from lk3_desktop.ui.i18n import install_translators, remove_translators

# the same in English and Indonesian: no letters, paper names, units, paths, loan words
SAME_IN_BOTH = re.compile(
    r"""^(
      [^A-Za-z]*
    | OK | PDF | Printer | /.* | A\d+.* | B\d+.* | C\d+.* | JIS\ B\d+ | ANSI\ [A-E] | PRC\ \d+K.*
    | (Letter|Legal|Ledger|Tabloid|Folio|Quarto|Statement|Executive|Super)\b.*
    | .*\((mm|pt|in|DD|CC|P̸)\)
    | \d.*\ (in|mm) | \d+\ \(\d+x\d+\)
    | Ctrl\+.* | Alt\+.* | Tab | Esc | Enter
    )$""",
    re.VERBOSE,
)


def _texts(window: QWidget) -> set[str]:
    """Every piece of text a person can read in ``window`` now, menus and tooltips included."""
    found = {window.windowTitle()}
    for widget in [window, *window.findChildren(QWidget)]:
        if widget is not window and not widget.isVisibleTo(window):
            continue
        found.add(widget.toolTip())
        if isinstance(widget, (QLabel, QAbstractButton, QLineEdit)):
            if not isinstance(widget, QLineEdit):
                found.add(widget.text())
            else:
                found.add(widget.placeholderText())
        if isinstance(widget, QGroupBox):
            found.add(widget.title())
        if isinstance(widget, QComboBox):
            found.update(widget.itemText(i) for i in range(widget.count()))
        if isinstance(widget, QTabWidget):
            found.update(widget.tabText(i) for i in range(widget.count()))
        if isinstance(widget, QHeaderView) and widget.model() is not None:
            model = widget.model()
            count = model.columnCount() if widget.orientation().name == "Horizontal" else 0
            found.update(str(model.headerData(i, widget.orientation())) for i in range(count))
    for action in window.findChildren(QAction):
        found.add(action.text())
        found.add(action.toolTip())
    return {" ".join(t.replace("&", "").split()) for t in found if t and t.strip()}


def assert_indonesian(
    english: set[str], indonesian: set[str], given: set[str] = frozenset()
) -> None:
    left = _untranslated(english, indonesian, given)
    assert not left, "English left untranslated: " + " | ".join(left)


def _untranslated(
    english: set[str], indonesian: set[str], given: set[str] = frozenset()
) -> list[str]:
    """What reads the same in both languages, apart from proper names and what the test
    itself passed in (titles, file names)."""
    return sorted(t for t in english & indonesian if not SAME_IN_BOTH.match(t) and t not in given)


def _settle() -> None:
    for _ in range(5):
        QCoreApplication.processEvents()


def _in_both_languages(
    qapp: QApplication, collect: Callable[[], set[str]]
) -> tuple[set[str], set[str]]:
    locale = QLocale()
    try:
        remove_translators()
        QLocale.setDefault(QLocale(QLocale.Language.English))
        english = collect()
        assert install_translators("id"), "lk3_id.qm did not load"
        indonesian = collect()
    finally:
        remove_translators()
        QLocale.setDefault(locale)
    return english, indonesian


def _open_and_read(open_dialog: Callable[[], object], read: Callable[[QDialog], set[str]]):
    """Open a dialog the way the app does; ``read`` gets it while it is up, then it is
    cancelled."""
    seen: set[str] = set()

    def runner(dialog: QDialog) -> int:
        dialog.show()
        _settle()
        seen.update(read(dialog))
        dialog.reject()
        return int(QDialog.DialogCode.Rejected)

    with dialogs.replaced_runner(runner):
        open_dialog()
    return seen


# -- the print dialog ----------------------------------------------------------------------


def _read_print_dialog(dialog: QDialog) -> set[str]:
    texts = _texts(dialog)
    buttons = dialog.findChildren(QPushButton)
    options = [b for b in buttons if b.isVisible() and ">>" in b.text()]
    assert options, "the print dialog has no options button"
    options[0].click()  # the page range, copies and colour options
    _settle()
    texts |= _texts(dialog)
    properties = [b for b in buttons if b.isVisible() and b.objectName() == "properties"]
    if properties and properties[0].isEnabled():
        texts |= _read_modal_after(properties[0].click)
    return texts


def _read_modal_after(click: Callable[[], None]) -> set[str]:
    """Texts of the modal dialog that ``click`` opens (every tab of it), then closed."""
    seen: set[str] = set()

    def read() -> None:
        modal = QApplication.activeModalWidget()
        if not isinstance(modal, QDialog) or not modal.isVisible():
            QTimer.singleShot(50, read)
            return
        for tabs in modal.findChildren(QTabWidget):
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                _settle()
                seen.update(_texts(modal))
        seen.update(_texts(modal))
        modal.reject()

    QTimer.singleShot(50, read)
    click()
    assert seen, "the properties dialog did not open"
    return seen


def test_print_dialog_is_indonesian(qapp: QApplication) -> None:
    def collect() -> set[str]:
        return _open_and_read(
            lambda: pdf_printing.ask_printer(None, "surat", "Cetak", "printDialogProbe"),
            _read_print_dialog,
        )

    english, indonesian = _in_both_languages(qapp, collect)
    assert "Print range" in english and "Copies:" in english  # the options were read
    assert "Paper" in english  # and the printer's properties
    assert_indonesian(english, indonesian, {"Cetak", "surat"})


# -- file dialogs --------------------------------------------------------------------------


def test_file_dialogs_are_indonesian(qapp: QApplication, tmp_path: Path) -> None:
    (tmp_path / "surat.pdf").write_bytes(b"%PDF-1.4\n")

    def collect() -> set[str]:
        seen = _open_and_read(
            lambda: dialogs.choose_save_file(
                None, "Simpan", str(tmp_path / "surat.pdf"), "PDF (*.pdf)", "pdf"
            ),
            _texts,
        )
        seen |= _open_and_read(lambda: dialogs.choose_open_file(None, "Buka", "*.pdf"), _texts)
        seen |= _open_and_read(lambda: dialogs.choose_folder(None, "Folder", str(tmp_path)), _texts)
        return seen

    english, indonesian = _in_both_languages(qapp, collect)
    assert "File name:" in english  # Qt's own dialog was read, not a native one
    given = {"Simpan", "Buka", "Folder", "PDF (*.pdf)", "*.pdf", "surat.pdf", str(tmp_path)}
    assert_indonesian(english, indonesian, given)


# -- message boxes, the calendar, text fields ----------------------------------------------


def test_message_boxes_are_indonesian(qapp: QApplication) -> None:
    def collect() -> set[str]:
        seen = _open_and_read(lambda: dialogs.error(None, "", "", details="kode 42"), _texts)
        seen |= _open_and_read(lambda: dialogs.inform(None, "", ""), _texts)
        seen |= _open_and_read(lambda: dialogs.confirm(None, "", "", ok_text="Hapus"), _texts)
        return seen

    english, indonesian = _in_both_languages(qapp, collect)
    assert "Show Details..." in english and "Cancel" in english
    assert_indonesian(english, indonesian, {"Hapus", "kode 42"})


def test_calendar_and_text_field_menu_are_indonesian(qapp: QApplication) -> None:
    def collect() -> set[str]:
        # made after the language is set, as the app's widgets are
        calendar = QCalendarWidget()
        calendar.setSelectedDate(QDate(2026, 8, 17))
        calendar.show()
        _settle()
        edit = QLineEdit()
        edit.setText("teks")
        menu = edit.createStandardContextMenu()
        seen = _texts(calendar) | {a.text().replace("&", "") for a in menu.actions()}
        menu.deleteLater()
        calendar.close()
        calendar.deleteLater()
        edit.deleteLater()
        return {" ".join(t.split()) for t in seen if t.strip()}

    english, indonesian = _in_both_languages(qapp, collect)
    indonesian_locale = QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)
    names = {indonesian_locale.monthName(m) for m in range(1, 13)}
    names |= {indonesian_locale.standaloneMonthName(m) for m in range(1, 13)}
    assert "Select All" in english or any(t.startswith("Select All") for t in english)
    assert_indonesian(english, indonesian, names)  # April, November: the same in both


def test_item_views_of_dialogs_were_read(qapp: QApplication, tmp_path: Path) -> None:
    """The file list's column titles count as labels too (a guard on the reader itself)."""
    seen = _open_and_read(
        lambda: dialogs.choose_open_file(None, "Buka", "*"),
        lambda d: _texts(d) if d.findChildren(QAbstractItemView) else set(),
    )
    assert "Name" in seen or "Nama" in seen


# -- where "Save PDF" starts -------------------------------------------------------------


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "home"
    folder.mkdir()
    monkeypatch.setenv("HOME", str(folder))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))  # no user-dirs.dirs
    return folder


def _proposed(ask: Callable[[], object]) -> Path:
    proposed: list[str] = []

    def runner(dialog: QDialog) -> int:
        assert isinstance(dialog, QFileDialog)
        proposed.extend(dialog.selectedFiles())
        return int(QDialog.DialogCode.Rejected)

    with dialogs.replaced_runner(runner):
        assert ask() is None
    assert len(proposed) == 1
    return Path(proposed[0])


def test_save_pdf_proposes_documents_else_home_and_creates_nothing(
    qapp: QApplication, home: Path
) -> None:
    def ask() -> object:
        return dialogs.ask_pdf_path(None, "Simpan", "surat.pdf")

    assert _proposed(ask) == home / "surat.pdf"  # no Documents folder: home
    assert not (home / "Documents").exists()  # and none was made
    (home / "Documents").mkdir()
    assert _proposed(ask) == home / "Documents" / "surat.pdf"
    # a suggestion in a folder that is gone (a removed USB stick) starts in Documents instead
    gone = home / "stick" / "cadangan.lk3backup"
    chosen = _proposed(lambda: dialogs.choose_save_file(None, "x", str(gone), "*", "lk3backup"))
    assert chosen == home / "Documents" / "cadangan.lk3backup"
    assert not gone.parent.exists()


def test_words_our_catalogue_does_not_hold_stay_as_qt_wrote_them(qapp: QApplication) -> None:
    """A catalogue that answered "" for what it does not hold blanked every other Qt word
    (the paper sizes' "%1 x %2 in" became "")."""
    try:
        assert install_translators("id")
        assert QCoreApplication.translate("QPageSize", "%1 x %2 in") == "%1 x %2 in"
        assert QCoreApplication.translate("QPrintDialog", "&Print") == "&Cetak"
    finally:
        remove_translators()
