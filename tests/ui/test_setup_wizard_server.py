"""The setup wizard makes the office server (issue 19 item 2), as ``server init`` does, against a
real PostgreSQL cluster of its own: a closed port, a wrong superuser password and a database
that exists each end in one sentence under the field, with everything typed kept; then the
server is made on the lane, the enrollment file written, this computer enrolled, the recovery
card shown, and the wizard ends for the sign-in window, where the head signs in to the server.
"""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QSpinBox, QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import text
from support.factories import login
from support.postgres import fresh_cluster
from test_setup_wizard import PASSWORD, fill_center_page, find, next_button, type_into
from ui_helpers import ModalLog

from lk3_desktop.core.recovery_code import decode_recovery_code
from lk3_desktop.db.server import provision
from lk3_desktop.db.server.cluster import SUPERUSER, Cluster
from lk3_desktop.db.server.enrollment import is_enrolled, read_enrollment
from lk3_desktop.services import office_server
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.setup_wizard import SetupWizard

pytestmark = [pytest.mark.postgres, pytest.mark.slow]


@pytest.fixture(scope="module")
def cluster() -> Iterator[Cluster]:
    with fresh_cluster() as made:
        yield made


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _create(qtbot: QtBot, wizard: SetupWizard) -> None:
    commit = next_button(wizard, QWizard.WizardButton.CommitButton)
    assert commit.text() == "Buat server kantor"
    commit.click()
    page = wizard.server_page
    qtbot.waitUntil(lambda: not page.busy_running, timeout=120_000)


def _shot(wizard: SetupWizard, name: str) -> None:
    folder = os.environ.get("LK3_SCREENSHOTS")
    if folder:
        wizard.grab().save(str(Path(folder) / name))


def test_the_wizard_makes_the_office_server_and_enrolls_this_computer(
    qtbot: QtBot,
    ui_context: AppContext,
    indonesian: None,
    modal_log: ModalLog,
    cluster: Cluster,
    tmp_path: Path,
) -> None:
    wizard = SetupWizard(ui_context)
    qtbot.addWidget(wizard)
    wizard.resize(900, 700)
    wizard.show()
    qtbot.waitExposed(wizard)
    qtbot.waitUntil(wizard.center_page.province.isEnabled, timeout=10_000)
    create = wizard.button(QWizard.WizardButton.CustomButton2)
    assert create.objectName() == "createServerButton" and create.isVisible()
    assert create.text() == "Buat server kantor…"
    fill_center_page(qtbot, wizard)
    create.click()
    assert wizard.currentPage() is wizard.account_page and wizard.server_mode
    assert not create.isVisible()
    type_into(qtbot, wizard, "wizardPasswordField", PASSWORD)
    type_into(qtbot, wizard, "wizardRepeatField", PASSWORD)
    # With a server the head's account is not the last step: Lanjut, not "Buat basis data".
    assert not next_button(wizard, QWizard.WizardButton.CommitButton).isVisible()
    next_button(wizard, QWizard.WizardButton.NextButton).click()
    page = wizard.server_page
    assert wizard.currentPage() is page

    out = tmp_path / "kantor.lk3server"
    type_into(qtbot, wizard, "serverHostField", "127.0.0.1")
    port = find(wizard, QSpinBox, "serverPortField")
    port.setValue(_closed_port())
    type_into(qtbot, wizard, "serverPasswordField", "salah-sandi")
    enrollment_field = find(wizard, QLineEdit, "serverEnrollmentField")
    enrollment_field.setText(str(out))

    # Nobody answers on that port.
    _create(qtbot, wizard)
    host_error = find(wizard, QLabel, "serverHostError")
    assert host_error.text().startswith("Tidak ada server PostgreSQL yang menjawab di 127.0.0.1")
    _shot(wizard, "server-page-unreachable.png")
    assert wizard.currentPage() is page and page.result is None

    # The right port, the wrong superuser password.
    port.setValue(cluster.port)
    _create(qtbot, wizard)
    password_error = find(wizard, QLabel, "serverPasswordError")
    assert "menolak" in password_error.text(), password_error.text()
    assert not host_error.text()
    assert find(wizard, QLineEdit, "serverPasswordField").text() == "salah-sandi"  # kept

    # The right password, a database that exists already.
    password = find(wizard, QLineEdit, "serverPasswordField")
    password.setText(cluster.password)
    admin = provision.superuser_engine(
        "127.0.0.1", cluster.port, SUPERUSER, cluster.password, "postgres", {"sslmode": "prefer"}
    )
    try:
        provision.create_database(admin, "lk3_ada")
    finally:
        admin.dispose()
    database = find(wizard, QLineEdit, "serverDatabaseField")
    assert database.text() == "lk3_kantor"
    database.setText("lk3_ada")
    _create(qtbot, wizard)
    assert find(wizard, QLabel, "serverDatabaseError").text()
    assert not password_error.text()
    assert not out.exists() and not is_enrolled(ui_context.data_dir)

    # Everything right: the server is made, this computer enrolled, the card shown.
    database.setText("lk3_kantor")
    _create(qtbot, wizard)
    assert page.result is not None
    assert wizard.currentPage() is wizard.finish_page
    made = page.result
    assert office_server.read_enrollment_file(out) == made.enrollment
    assert is_enrolled(ui_context.data_dir)
    assert read_enrollment(ui_context.data_dir) == made.enrollment
    assert not (ui_context.data_dir / "lk3.db").exists()
    code = find(wizard, QLabel, "recoveryCodeLabel").text().replace("\n", "-")
    assert code == made.recovery_code and made.recovery_key_code
    assert "lk3_kantor" in find(wizard, QLabel, "protectionModeLabel").text()
    _shot(wizard, "server-finish.png")
    finish = next_button(wizard, QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()
    find(wizard, QCheckBox, "cardSavedCheck").setChecked(True)
    with qtbot.waitSignal(wizard.accepted):
        finish.click()
    assert wizard.joined_server and ui_context.session is None  # the sign-in window follows

    # The head signs in to the server from this computer, as herself.
    head = login(ui_context.data_dir, ui_context.credential_store, "dewi", PASSWORD)
    try:
        assert head.store.on_server
        assert head.store.key() == decode_recovery_code(made.recovery_code)
        with head.store.transaction() as s:
            assert s.execute(text("SELECT session_user")).scalar_one() == (
                made.enrollment.login_role("dewi")
            )
    finally:
        head.store.close()
