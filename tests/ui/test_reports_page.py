"""The Laporan page with qtbot: choose a period, read the counts and the chain head, save the
PDF through the file dialog, print it, and the one sentence other roles see."""

from __future__ import annotations

import datetime
import hashlib
import io
import json
import threading
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from support.casework import add_user
from support.ui_settings import DialogScript, expect
from ui_helpers import ModalLog

from lk3_desktop.core.roles import Role
from lk3_desktop.db.models import AuditEntry
from lk3_desktop.services import audit_log, cases, clients
from lk3_desktop.services.context import UserSession
from lk3_desktop.ui import dialogs
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.main_window import MainWindow
from lk3_desktop.ui.pages.reports import ReportsPage, ReportTableModel

TODAY = datetime.date.today()
LAST_DAY = TODAY.replace(day=1) - datetime.timedelta(days=1)


def open_case(head: UserSession, name: str, sex: str, on: datetime.date) -> None:
    client = clients.create_client(
        head, clients.ClientInput(full_name=name, sex=sex, birth_date=datetime.date(1990, 5, 5))
    )
    cases.open_case(head, client, cases.CaseInput(intake_date=on, referral_source="penjangkauan"))


@pytest.fixture
def head_context(signed_in: AppContext) -> AppContext:
    head = signed_in.require_session()
    open_case(head, "Klien Bulan Lalu", "P", LAST_DAY)  # the default period: last month
    open_case(head, "Klien Bulan Ini", "L", TODAY)
    return signed_in


def make_page(qtbot: QtBot, context: AppContext) -> ReportsPage:
    page = ReportsPage(context)
    qtbot.addWidget(page)
    page.resize(1100, 640)
    return page


def shown(qtbot: QtBot, page: ReportsPage) -> None:
    """Show the page and wait for its counts."""
    with qtbot.waitSignal(page.report_shown, timeout=30_000):
        page.show()


def summary(page: ReportsPage) -> dict[str, str]:
    model = page.summary_model
    return {
        str(model.data(model.index(r, 1))): str(model.data(model.index(r, 2)))
        for r in range(model.rowCount())
    }


def choose_file(path: Path) -> Callable[[QDialog], int]:
    def handler(dialog: QDialog) -> int:
        assert isinstance(dialog, QFileDialog)
        dialog.selectFile(str(path))
        return int(QDialog.DialogCode.Accepted)

    return expect("saveFileDialog", handler)


def pdf_printer(path: Path) -> Callable[[object], QPrinter]:
    def make(_parent: object) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setOutputFileName(str(path))
        return printer

    return make


def audit_details(session: UserSession, action: str) -> list[dict[str, object]]:
    with session.store.transaction() as s:
        rows = s.execute(select(AuditEntry.detail).where(AuditEntry.action == action)).scalars()
        return [json.loads(d) for d in rows]


def test_counts_of_last_month_with_the_chain_head(qtbot: QtBot, head_context: AppContext) -> None:
    head = head_context.require_session()
    page = make_page(qtbot, head_context)
    shown(qtbot, page)
    assert page.report is not None
    assert page.report.period.end == LAST_DAY
    assert summary(page)["Klien baru"] == "1"
    assert summary(page)["Kasus baru"] == "1"
    assert audit_log.chain_head(head) in page.chain_head.text()
    assert page.save_button.isEnabled() and page.print_button.isEnabled()

    # Another period: this year holds both cases (or last month's falls in last year).
    with qtbot.waitSignal(page.report_shown, timeout=30_000):
        page.select_period("tahun", TODAY.year, 1)
    expected = "2" if LAST_DAY.year == TODAY.year else "1"
    assert summary(page)["Kasus baru"] == expected
    # The detail table of new clients: its last row is the total, its last column both sexes.
    page.table_box.setCurrentIndex(page.table_box.findData("clients_by_age"))
    model = page.table_model
    last = model.rowCount() - 1
    assert model.data(model.index(last, 1)) == "Jumlah"
    assert model.data(model.index(last, model.columnCount() - 1)) == expected


def test_save_pdf_through_the_file_dialog(
    qtbot: QtBot, head_context: AppContext, tmp_path: Path
) -> None:
    head = head_context.require_session()
    page = make_page(qtbot, head_context)
    shown(qtbot, page)
    printed_head = audit_log.chain_head(head)
    assert page.report is not None
    period = page.report.period
    target = tmp_path / "laporan"
    with (
        DialogScript(choose_file(target)).installed(),
        qtbot.waitSignal(page.saved, timeout=30_000) as saved,
    ):
        page.save_button.click()
    path = saved.args[0]
    assert path == target.with_name("laporan.pdf")
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    for number, pdf_page in enumerate(reader.pages, start=1):
        text = " ".join(pdf_page.extract_text().split())
        assert f"Kode ujung rantai audit: {printed_head}" in text
        assert f"Halaman {number} dari {len(reader.pages)}" in text
    assert page.status.text() == "Saved as laporan.pdf."
    assert audit_details(head, "report.exported") == [
        {"period": period.as_detail(), "head": printed_head, "format": "pdf"}
    ]
    # The export was audited, so the page now shows the chain's new head.
    qtbot.waitUntil(lambda: audit_log.chain_head(head) in page.chain_head.text(), timeout=30_000)
    assert printed_head not in page.chain_head.text()


def test_cancelling_the_file_dialog_saves_nothing(
    qtbot: QtBot, head_context: AppContext, modal_log: ModalLog
) -> None:
    head = head_context.require_session()
    page = make_page(qtbot, head_context)
    shown(qtbot, page)
    page.save_button.click()  # the test runner declines every dialog
    head_context.lane.wait()
    assert modal_log.names() == ["saveFileDialog"]
    assert audit_details(head, "report.exported") == []


def test_print_sends_every_page_and_is_audited(
    qtbot: QtBot, head_context: AppContext, tmp_path: Path
) -> None:
    head = head_context.require_session()
    page = make_page(qtbot, head_context)
    shown(qtbot, page)
    out = tmp_path / "printed.pdf"
    page.ask_printer = pdf_printer(out)
    with qtbot.waitSignal(page.printed, timeout=60_000) as printed:
        page.print_button.click()
    pages = printed.args[0]
    assert pages >= 1 and len(PdfReader(out).pages) == pages
    assert len(audit_details(head, "report.printed")) == 1


def test_other_roles_read_one_sentence(qtbot: QtBot, signed_in: AppContext, data_dir: Path) -> None:
    head = signed_in.require_session()
    counselor = add_user(
        head, data_dir, signed_in.credential_store, "rina", "Rina Marlina", Role.KONSELOR
    )
    signed_in.set_session(counselor)
    try:
        page = make_page(qtbot, signed_in)
        page.show()
        label = page.findChild(QLabel, "reportsHeadOnly")
        assert label is not None and label.isVisible()
        assert label.text().startswith("Only the head of the center makes the periodic report")
        assert page.findChild(QPushButton, "saveReportPdfButton") is None
        assert page.report is None
    finally:
        signed_in.set_session(head)
        counselor.store.close()


def test_ctrl_5_opens_the_reports_page(qtbot: QtBot, head_context: AppContext) -> None:
    window = MainWindow(head_context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.overview is not None)
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    holder = window.pages.currentWidget()
    assert holder is not None and holder.objectName() == "laporanPage"
    page = holder.findChild(ReportsPage)
    assert page is not None and page.isVisible()
    qtbot.waitUntil(lambda: page.report is not None, timeout=30_000)


def test_table_model(qtmodeltester: object, head_context: AppContext, qtbot: QtBot) -> None:
    page = make_page(qtbot, head_context)
    shown(qtbot, page)
    assert page.report is not None
    model = ReportTableModel()
    model.set_table(page.report.table("open_by_stage"))
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.rowCount() == len(page.report.table("open_by_stage").rows) + 1


def test_save_xlsx_and_csv_with_the_notes_typed(
    qtbot: QtBot, head_context: AppContext, tmp_path: Path
) -> None:
    head = head_context.require_session()
    page = make_page(qtbot, head_context)
    shown(qtbot, page)
    page.narrative.kendala.setPlainText("Kendaraan dinas rusak.")
    for fmt, button in (("xlsx", page.xlsx_button), ("csv", page.csv_button)):
        target = tmp_path / f"laporan-{fmt}"
        with (
            DialogScript(choose_file(target)).installed(),
            qtbot.waitSignal(page.saved, timeout=30_000) as saved,
        ):
            button.click()
        path = saved.args[0]
        assert path.suffix == (".zip" if fmt == "csv" else ".xlsx")
        if fmt == "xlsx":
            book = load_workbook(path)
            assert book.sheetnames[0] == "Ringkasan"
            notes = [r for r in book["Catatan"].iter_rows(values_only=True) if r[1] == "Kendala"]
            assert notes and notes[0][2] == "Kendaraan dinas rusak."
        else:
            assert "00-ringkasan.csv" in zipfile.ZipFile(path).namelist()
        qtbot.waitUntil(lambda: page.report is not None, timeout=30_000)
    formats = [d["format"] for d in audit_details(head, "report.exported")]
    assert formats == ["xlsx", "csv"]


def test_issue_the_report_then_save_the_issued_pdf(
    qtbot: QtBot, head_context: AppContext, tmp_path: Path
) -> None:
    head = head_context.require_session()
    page = make_page(qtbot, head_context)
    shown(qtbot, page)
    page.narrative.rekomendasi.setPlainText("Tambah satu konselor.")

    def confirm(dialog: QDialog) -> int:
        return dialogs.answer(dialog, accept=True)

    with (
        DialogScript(expect("confirmDialog", confirm)).installed(),
        qtbot.waitSignal(page.issued, timeout=60_000) as issued,
    ):
        page.issue_button.click()
    info = issued.args[0]
    assert page.tabs.currentWidget() is page.issued_panel
    qtbot.waitUntil(lambda: page.issued_panel.model.rowCount() == 1, timeout=30_000)
    assert page.issued_panel.selected() == info
    target = tmp_path / "terbit"
    with (
        DialogScript(choose_file(target)).installed(),
        qtbot.waitSignal(page.saved, timeout=30_000) as saved,
    ):
        page.issued_panel.buttons["pdf"].click()
    data = saved.args[0].read_bytes()
    assert hashlib.sha256(data).hexdigest() == info.sha256
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(data)).pages)
    assert "Tambah satu konselor." in text
    assert [d["sha256"] for d in audit_details(head, "report.issued")] == [info.sha256]


def test_empty_notes_are_asked_about_before_issuing(
    qtbot: QtBot, head_context: AppContext, modal_log: ModalLog
) -> None:
    head = head_context.require_session()
    page = make_page(qtbot, head_context)
    shown(qtbot, page)
    page.issue_button.click()  # the runner declines: go and write the notes
    assert modal_log.names() == ["confirmDialog"]
    assert page.tabs.currentWidget() is page.narrative
    head_context.lane.wait()
    assert audit_details(head, "report.issued") == []


def test_counting_can_be_stopped_and_a_range_of_dates_counted(
    qtbot: QtBot, head_context: AppContext
) -> None:
    page = make_page(qtbot, head_context)
    shown(qtbot, page)
    # Hold the lane so the count waits behind it; stop it before it starts.
    gate = threading.Event()
    head_context.lane.run(head_context, gate.wait, lambda _r: None, lambda _e: None)
    page.select_period("tahun", TODAY.year, 1)
    assert page.progress.isVisibleTo(page) and page.cancel_button.isVisibleTo(page)
    page.cancel_button.click()
    gate.set()
    qtbot.waitUntil(lambda: not page.progress.isVisibleTo(page), timeout=30_000)
    assert page.report is None and "stopped" in page.status.text()
    with qtbot.waitSignal(page.report_shown, timeout=30_000) as shown_report:
        page.picker.select_range(LAST_DAY, TODAY)
    report = shown_report.args[0]
    assert (report.period.start, report.period.end) == (LAST_DAY, TODAY)
    assert summary(page)["Kasus baru"] == "2"


def test_the_activity_register_is_one_click_from_the_report(
    qtbot: QtBot, head_context: AppContext
) -> None:
    window = MainWindow(head_context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.overview is not None)
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    page = window.pages.currentWidget().findChild(ReportsPage)  # type: ignore[union-attr]
    assert page is not None
    page.activities_button.click()
    holder = window.pages.currentWidget()
    assert holder is not None and holder.objectName() == "jadwalPage"
    assert window.activities_page.isVisible()
