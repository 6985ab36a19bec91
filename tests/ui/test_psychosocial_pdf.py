"""The psychosocial form's "Save PDF…": a scripted save dialog, the file written, and the cases
where nothing is written (a "jangan diungkap" record, unsaved typing)."""

from __future__ import annotations

import datetime
import io
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from support.factories import init_database
from support.office import Office, new_office
from support.ui_settings import DialogScript, Handler, accept, expect

from lk3_desktop.services import assessments, clients, withholding
from lk3_desktop.services.assessments import PsychosocialInfo, PsychosocialInput, SafetyPlanRow
from lk3_desktop.ui.assessments.psychosocial_form import PsychosocialForm
from lk3_desktop.ui.context import AppContext

TODAY = datetime.date.today()
PASSWORD = "Asesmen-Psikososial-2026"


@pytest.fixture
def office(ui_context: AppContext) -> Iterator[Office]:
    """Budi (konselor, signed in on ``ui_context``) holds Siti Aminah's case, opened 60 days
    ago."""
    folder, store = ui_context.data_dir, ui_context.credential_store
    built = new_office(init_database(folder, store).session, folder, store)
    built.person("budi", password=PASSWORD)
    siti = clients.ClientInput(full_name="Siti Aminah", sex="P", estimated_age=34)
    built.add_case("siti", "budi", siti, TODAY - datetime.timedelta(days=60))
    built.head.store.close()
    built.hand_to(ui_context, "budi")
    yield built
    built.close()


def assessment(office: Office, sign: bool) -> PsychosocialInfo:
    session = office.context.session
    assert session is not None
    info = assessments.create_psychosocial(
        session,
        office.siti.case_id,
        PsychosocialInput(
            assessed_on=TODAY,
            presenting_problem="Anak sulung menolak sekolah.",
            conclusion="Perlu pendampingan pengasuhan.",
            risk_level="tinggi",
            safety_plan=(SafetyPlanRow("Nenek klien", "Menjemput anak", "Setiap pagi"),),
        ),
    )
    if sign:
        info = assessments.sign_psychosocial(session, info.id, PASSWORD)
    return info


def open_form(qtbot: QtBot, office: Office, info: PsychosocialInfo | None) -> PsychosocialForm:
    form = PsychosocialForm(office.context, office.siti.case_id, "SRG/2026/0001", info)
    qtbot.addWidget(form)
    form.show()
    return form


def save_to(target: Path) -> Handler:
    def choose(dialog: QDialog) -> int:
        assert isinstance(dialog, QFileDialog)
        dialog.selectFile(str(target))
        return int(QDialog.DialogCode.Accepted)

    return expect("saveFileDialog", choose)


def test_save_pdf_writes_the_signed_assessment(
    qtbot: QtBot, office: Office, tmp_path: Path
) -> None:
    form = open_form(qtbot, office, assessment(office, sign=True))
    assert form.pdf_button.isVisible() and form.pdf_button.accessibleName() == "Save as PDF"
    target = tmp_path / "asesmen.pdf"
    with DialogScript(save_to(target), expect("informDialog", accept)).installed() as script:
        qtbot.mouseClick(form.pdf_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: script.done, timeout=30_000)
    pdf = target.read_bytes()
    text = " ".join(
        " ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages
    )
    assert "ASESMEN PSIKOSOSIAL" in text and "Siti Aminah" in text
    assert "Anak sulung menolak sekolah." in text
    assert "Nenek klien Menjemput anak Setiap pagi" in text
    assert "Ditandatangani secara elektronik" in text and "DRAF" not in text
    if sys.platform != "win32":
        assert os.stat(target).st_mode & 0o077 == 0  # readable by the owner only


def test_a_withheld_record_is_not_written_and_the_reason_is_shown(
    qtbot: QtBot, office: Office, tmp_path: Path
) -> None:
    info = assessment(office, sign=False)
    session = office.context.session
    assert session is not None
    withholding.mark(
        session, office.siti.client_id, "Permintaan klien", kind="psychosocial", record_id=info.id
    )
    form = open_form(qtbot, office, info)
    target = tmp_path / "asesmen.pdf"
    warnings: list[str] = []

    def read_warning(dialog: QDialog) -> int:
        assert isinstance(dialog, QMessageBox)
        warnings.append(dialog.text())
        return accept(dialog)

    with DialogScript(save_to(target), expect("warningDialog", read_warning)).installed() as script:
        qtbot.mouseClick(form.pdf_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: script.done, timeout=30_000)
    assert warnings == ["This record is marked do-not-disclose and cannot be exported."]
    assert not target.exists() and list(tmp_path.glob("*.pdf")) == []


def test_unsaved_typing_asks_to_save_first_and_a_new_form_has_no_pdf(
    qtbot: QtBot, office: Office
) -> None:
    blank = open_form(qtbot, office, None)
    assert not blank.pdf_button.isVisible()

    form = open_form(qtbot, office, assessment(office, sign=False))
    assert form.pdf_button.isVisible()
    form.text_edits["history"].setPlainText("Baru diketik, belum disimpan.")
    assert form.is_dirty
    with DialogScript(expect("informDialog", accept)).installed() as script:
        qtbot.mouseClick(form.pdf_button, Qt.MouseButton.LeftButton)
    assert script.done and [d.objectName() for d in script.seen] == ["informDialog"]


def test_screening_pdf_goes_through_the_same_private_save(
    qtbot: QtBot, office: Office, tmp_path: Path
) -> None:
    from lk3_desktop.core import instruments
    from lk3_desktop.ui.assessments.administration_form import AdministrationForm

    session = office.context.session
    assert session is not None
    for days_ago in (20, 0):  # two points: the PDF carries a trend
        info = assessments.record_administration(
            session,
            office.siti.case_id,
            "PHQ-9",
            [1] * 9,
            TODAY - datetime.timedelta(days=days_ago),
        )
    form = AdministrationForm(
        office.context, office.siti.case_id, "SRG/2026/0001", instruments.get("PHQ-9"), info
    )
    qtbot.addWidget(form)
    form.show()
    target = tmp_path / "phq9.pdf"
    with DialogScript(save_to(target), expect("informDialog", accept)).installed() as script:
        qtbot.mouseClick(form.pdf_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: script.done, timeout=30_000)
    text = " ".join(
        page.extract_text() for page in PdfReader(io.BytesIO(target.read_bytes())).pages
    )
    assert "PHQ-9" in text and "Siti Aminah" in text
    if sys.platform != "win32":
        assert os.stat(target).st_mode & 0o077 == 0  # readable by the owner only
