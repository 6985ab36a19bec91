"""The Official documents tab: the head sets the head's title, the kop lines, "di Tempat" and
the report's addressee; everyone else reads; the whole interface names the head as chosen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot
from support.casework import add_user
from support.ui_settings import make_context

from lk3_desktop.core.errors import ValidationError
from lk3_desktop.core.roles import Role
from lk3_desktop.db.workstation import KeyringStore
from lk3_desktop.services import accounts, document_settings
from lk3_desktop.ui import i18n
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.labels import role_label
from lk3_desktop.ui.messages import message_for
from lk3_desktop.ui.settings import SettingsPage
from lk3_desktop.ui.settings.documents_tab import DocumentsTab

WAIT = 20_000


@pytest.fixture
def context(
    initialized: accounts.InitResult, data_dir: Path, cred_store: KeyringStore
) -> Iterator[AppContext]:
    ctx = make_context(data_dir, cred_store, initialized.session)
    yield ctx
    ctx.lane.wait()
    i18n.set_head_title("Kepala")


def shown_tab(context: AppContext, qtbot: QtBot) -> DocumentsTab:
    tab = DocumentsTab(context)
    qtbot.addWidget(tab)
    tab.session_changed(context.session)
    tab.resize(1000, 700)
    tab.show()
    return tab


def test_the_settings_page_has_the_tab(context: AppContext, qtbot: QtBot) -> None:
    page = SettingsPage(context)
    qtbot.addWidget(page)
    assert page.tabs.tabText(page.tabs.indexOf(page.documents_tab)) == "Official documents"


def test_head_saves_and_the_interface_says_ketua(
    context: AppContext, qtbot: QtBot, indonesian: None
) -> None:
    tab = shown_tab(context, qtbot)
    assert tab.head_title.currentData() == "kepala" and tab.save_button.isVisible()
    assert role_label(Role.KEPALA) == "Kepala LK3"
    tab.head_title.setCurrentIndex(tab.head_title.findData("ketua"))
    tab.parent_lines.setPlainText("PEMERINTAH KOTA SERANG\n\nDINAS SOSIAL")
    tab.region_line.setText("SERANG")
    tab.di_tempat.setChecked(True)
    tab.addressee.setCurrentIndex(tab.addressee.findData("provinsi"))
    tab.report_copies.setPlainText("Kepala Dinas Sosial Kota Serang")
    tab.save_button.click()
    qtbot.waitUntil(lambda: tab.status.text() != "", timeout=WAIT)
    stored = document_settings.document_settings(context.require_session())
    assert stored == document_settings.DocumentSettings(
        head_title="ketua",
        kop_parent_lines=("PEMERINTAH KOTA SERANG", "DINAS SOSIAL"),
        kop_region_line="SERANG",
        letter_di_tempat=True,
        report_addressee="provinsi",
        report_copies=("Kepala Dinas Sosial Kota Serang",),
    )
    assert "Ketua" in tab.status.text()
    # every translated string now names the head "Ketua", messages from services too
    assert role_label(Role.KEPALA) == "Ketua LK3"
    assert (
        QCoreApplication.translate(
            "ProfileTab", "Only the head of the center can change the profile."
        )
        == "Hanya Ketua LK3 yang dapat mengubah profil."
    )
    refused = ValidationError("Harus tetap ada satu Kepala LK3 yang aktif.")
    assert message_for(refused) == "Harus tetap ada satu Ketua LK3 yang aktif."
    assert "kepala keluarga" in message_for(ValidationError("Pilih kepala keluarga."))


def test_a_refused_value_shows_under_its_field(context: AppContext, qtbot: QtBot) -> None:
    tab = shown_tab(context, qtbot)
    tab.parent_lines.setPlainText("A\nB\nC\nD")
    tab.save_button.click()
    message = tab.errors["kop_parent_lines"]
    qtbot.waitUntil(lambda: not message.isHidden() and message.text() != "", timeout=WAIT)
    assert "3" in message.text()
    assert tab.parent_lines.toPlainText() == "A\nB\nC\nD"  # what was typed stays
    assert document_settings.document_settings(context.require_session()).kop_parent_lines == ()


def test_a_counselor_reads_but_cannot_change(
    context: AppContext,
    qtbot: QtBot,
    initialized: accounts.InitResult,
    data_dir: Path,
    cred_store: KeyringStore,
) -> None:
    document_settings.set_document_settings(
        initialized.session, document_settings.DocumentSettings(kop_region_line="SERANG")
    )
    budi = add_user(initialized.session, data_dir, cred_store, "budi", "Budi", Role.KONSELOR)
    other = make_context(data_dir, cred_store, budi)
    tab = DocumentsTab(other)
    qtbot.addWidget(tab)
    tab.session_changed(budi)
    assert tab.region_line.text() == "SERANG"
    assert tab.region_line.isReadOnly() and not tab.head_title.isEnabled()
    assert tab.save_button.isHidden()
    other.lane.wait()
    budi.store.close()
