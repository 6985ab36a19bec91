"""The setup wizard's other way in (issue 19 item 2): this computer joins the office server
from the enrollment file the head made. A wrong file is said in one sentence and enrolls
nothing; the right one makes the data folder the workstation's profile, and the wizard ends
for the sign-in window (not the main window: nobody is signed in yet)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QPushButton, QWizard
from pytestqt.qtbot import QtBot
from ui_helpers import ModalLog

from lk3_desktop.db.server.enrollment import Enrollment, is_enrolled
from lk3_desktop.db.store import FolderState, folder_state
from lk3_desktop.services import office_server
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.field_feedback import FieldMessage
from lk3_desktop.ui.setup_wizard import SetupWizard

CA = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n"


def _enrollment_file(folder: Path) -> Path:
    path = folder / "kantor.lk3server"
    office_server.write_enrollment_file(
        path,
        Enrollment(
            host="192.168.1.10",
            port=5432,
            database="lk3_kantor",
            database_id="ab" * 16,
            ca_pem=CA,
            login_kdf={"time_cost": 1, "memory_cost": 8, "parallelism": 1},
        ),
    )
    return path


def _wizard(qtbot: QtBot, context: AppContext) -> SetupWizard:
    wizard = SetupWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def test_a_computer_joins_the_office_server_from_the_enrollment_file(
    qtbot: QtBot, ui_context: AppContext, modal_log: ModalLog, indonesian: None, tmp_path: Path
) -> None:
    wizard = _wizard(qtbot, ui_context)
    join = wizard.button(QWizard.WizardButton.CustomButton1)
    assert join.objectName() == "joinServerButton" and join.isVisible()
    assert join.text() == "Gabung ke server kantor…"
    good = _enrollment_file(tmp_path)
    bad = tmp_path / "bukan.lk3server"
    bad.write_text("{}", "utf-8")
    seen: dict[str, object] = {}

    def drive(dialog: QDialog) -> int:
        path = dialog.findChild(QLineEdit, "enrollmentPathField")
        enroll = dialog.findChild(QPushButton, "enrollButton")
        message = dialog.findChild(FieldMessage, "enrollmentMessage")
        server = dialog.findChild(QLabel, "enrollmentServerLine")
        assert path is not None and enroll is not None and message is not None
        assert server is not None
        path.setText(str(bad))
        seen["refused"] = (enroll.isEnabled(), message.text())
        path.setText(str(good))
        seen["server"] = server.text()
        assert enroll.isEnabled()
        enroll.click()
        return dialog.result()

    modal_log.respond = drive
    with qtbot.waitSignal(wizard.accepted, timeout=5_000):
        join.click()
    assert modal_log.names() == ["joinServerDialog"]
    assert seen["refused"] == (
        False,
        "Ini bukan berkas pendaftaran LK3. Pilih berkas yang diberikan kepala.",
    )
    assert "192.168.1.10" in str(seen["server"]) and "lk3_kantor" in str(seen["server"])
    assert wizard.joined_server and wizard.result_value is None
    folder = ui_context.data_dir
    assert is_enrolled(folder) and folder_state(folder) is FolderState.READY
    assert not (folder / "lk3.db").exists()


def test_cancelling_the_join_keeps_the_wizard_and_enrolls_nothing(
    qtbot: QtBot, ui_context: AppContext, modal_log: ModalLog
) -> None:
    wizard = _wizard(qtbot, ui_context)
    wizard.join_server()  # the modal log declines it
    assert modal_log.names() == ["joinServerDialog"]
    assert wizard.isVisible() and not wizard.joined_server
    assert not is_enrolled(ui_context.data_dir)
    assert wizard.currentPage() is wizard.center_page
