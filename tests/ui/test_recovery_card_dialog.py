"""The recovery card dialog: the code on screen, Save PDF to a chosen path, Print to a printer."""

from __future__ import annotations

import io
import os
import re
import stat
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from support.ui_settings import DialogScript, accept, expect, reject

from lk3_desktop.core.recovery_code import encode_recovery_code
from lk3_desktop.ui.recovery_card_dialog import RecoveryCardDialog, grouped_lines

DATABASE_ID = "3f9a1c075b2e4d119c0a7e6f5d4c3b2a"


@pytest.fixture
def code() -> str:
    return encode_recovery_code(os.urandom(32))


@pytest.fixture
def dialog(qtbot: QtBot, code: str) -> RecoveryCardDialog:
    widget = RecoveryCardDialog(
        None,
        center_name="LK3 Kabupaten Uji Coba",
        code=code,
        database_id=DATABASE_ID,
        head_name="Siti Rahmawati",
    )
    qtbot.addWidget(widget)
    return widget


def _squashed_text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return re.sub(r"[\s-]+", "", "".join(page.extract_text() for page in reader.pages))


def test_code_is_shown_in_groups(dialog: RecoveryCardDialog, code: str) -> None:
    lines = dialog.code_label.text().splitlines()
    assert lines == grouped_lines(code)
    assert len(lines) == 3  # 14 groups of four: 5 + 5 + 4
    assert "".join(lines).replace(" - ", "") == code.replace("-", "")
    assert dialog.code_label.accessibleName()


def test_save_pdf_to_the_chosen_path(
    dialog: RecoveryCardDialog, code: str, tmp_path: Path, qtbot: QtBot
) -> None:
    asked: list[str] = []

    def choose(_parent: object, suggested: str) -> Path:
        asked.append(suggested)
        return tmp_path / "kartu-pemulihan"  # no suffix: .pdf is added

    dialog.ask_save_path = choose
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.save_button.click()

    saved = tmp_path / "kartu-pemulihan.pdf"
    assert saved.exists()
    assert asked and asked[0].endswith(".pdf")
    if os.name == "posix":
        assert stat.S_IMODE(saved.stat().st_mode) == 0o600
    assert code.replace("-", "") in _squashed_text(saved.read_bytes())
    assert not list(tmp_path.glob(".*.tmp"))  # the temporary file was renamed, not left
    assert dialog.kept
    assert dialog.status.isVisibleTo(dialog)


def test_cancelled_save_writes_nothing(dialog: RecoveryCardDialog, tmp_path: Path) -> None:
    dialog.ask_save_path = lambda _parent, _name: None
    assert dialog.save_pdf() is False
    assert list(tmp_path.iterdir()) == []
    assert not dialog.kept


def test_save_into_a_missing_folder_says_so_and_keeps_the_dialog(
    dialog: RecoveryCardDialog, tmp_path: Path
) -> None:
    dialog.ask_save_path = lambda _parent, _name: tmp_path / "tidak-ada" / "kartu.pdf"
    assert dialog.save_pdf() is False
    assert dialog.status.isVisibleTo(dialog)
    assert dialog.status.text()
    assert not dialog.kept


def test_print_sends_one_page_to_the_printer(
    dialog: RecoveryCardDialog, tmp_path: Path, qtbot: QtBot
) -> None:
    output = tmp_path / "printed.pdf"

    def pdf_printer(_parent: object) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setOutputFileName(str(output))
        return printer

    dialog.ask_printer = pdf_printer
    with qtbot.waitSignal(dialog.printed, timeout=20_000):
        dialog.print_button.click()

    reader = PdfReader(output)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert abs(float(box.width) - 595) < 3 and abs(float(box.height) - 842) < 3  # A4
    assert dialog.kept


def test_closing_before_the_card_is_kept_asks_first(dialog: RecoveryCardDialog) -> None:
    finished: list[int] = []
    dialog.finished.connect(finished.append)
    script = DialogScript(expect("confirmDialog", reject))  # "Cancel": the dialog stays
    with script.installed():
        dialog.close_button.click()
    assert finished == []
    script.add(expect("confirmDialog", accept))
    with script.installed():
        dialog.close_button.click()
    assert finished == [QDialog.DialogCode.Rejected]
    assert script.done


def test_reject_from_the_app_closes_at_once(dialog: RecoveryCardDialog) -> None:
    """Locking closes every dialog with reject(): the code must go without a question."""
    script = DialogScript()  # any question would fail the test
    with script.installed():
        dialog.reject()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert script.seen == []
