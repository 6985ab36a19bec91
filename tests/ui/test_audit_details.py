"""The Details column of the audit trail: a client correction's old values, unsealed for the
head's screen only; "erased" once the client is anonymised; never in the CSV export."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog
from pytestqt.qtbot import QtBot
from support.casework import household
from support.ui_settings import DialogScript, expect, temp_ui_settings

from lk3_desktop.core.case_stages import Stage
from lk3_desktop.services import anonymise, audit_log, cases, clients
from lk3_desktop.services.audit_log import AuditFilter
from lk3_desktop.services.context import UserSession
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.settings import SettingsPage, general_tab
from lk3_desktop.ui.settings.audit_tab import AuditTab

TODAY = datetime.date.today()
DETAILS = 5  # the Details column


@pytest.fixture(autouse=True)
def _ui_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(general_tab, "ui_settings", temp_ui_settings(tmp_path))


def corrected_client(head: UserSession) -> int:
    """A client whose case closed 700 days ago (one year of retention: due), whose phone and
    street were then corrected."""
    home = household(head, None, "Sri Wahyuni", 800, "Putri")
    cases.change_stage(
        head,
        home.case_id,
        Stage.TERMINASI,
        TODAY - datetime.timedelta(days=700),
        closing_reason="Tujuan tercapai",
    )
    anonymise.set_retention_years(head, 1)
    first = clients.get_client(head, home.client_id).data
    clients.update_client(
        head,
        home.client_id,
        clients.ClientInput(
            **{**first.__dict__, "phone": "0812-1111-2222", "street": "Jl. Mawar 1"}
        ),
    )
    now = clients.get_client(head, home.client_id).data
    clients.update_client(
        head,
        home.client_id,
        clients.ClientInput(**{**now.__dict__, "phone": "0857-3333-4444"}),
    )
    return home.client_id


def corrections(tab: AuditTab) -> list[str]:
    model = tab.model
    return [
        model.index(r, DETAILS).data()
        for r in range(model.rowCount())
        if model.index(r, 3).data() == "client.updated"
    ]


def test_details_show_old_values_until_the_client_is_anonymised(
    context: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    head = context.require_session()
    cid = corrected_client(head)
    page = SettingsPage(context)
    qtbot.addWidget(page)
    page.show()
    tab = page.audit_tab
    page.tabs.setCurrentWidget(tab)
    assert tab.model.headerData(DETAILS, Qt.Orientation.Horizontal) == "Details"
    newest, first = corrections(tab)  # newest first
    assert newest == "fields: phone · old values: phone = +6281211112222"
    assert first.startswith("fields: phone, street · old values: phone = ")
    assert "street = –" in first  # the street was empty before
    # the column cuts long details: the selected entry's show in full under the table
    row = next(r for r in range(tab.model.rowCount()) if tab.model.row_at(r).detail_text == first)
    tab.table.selectRow(row)
    assert tab.row_detail.isVisibleTo(tab) and tab.row_detail.text().endswith(first)
    # other rows read as their codes and values, e.g. the retention setting
    settings_rows = [
        (tab.model.index(r, 4).data(), tab.model.index(r, DETAILS).data())
        for r in range(tab.model.rowCount())
        if tab.model.index(r, 3).data() == "setting.changed"
    ]
    assert settings_rows == [("setting #privacy.retention_years", "value: 1")]

    # the CSV holds the sealed token, never the unsealed values
    out = tmp_path / "audit.csv"

    def choose(dialog: QDialog) -> int:
        assert isinstance(dialog, QFileDialog)
        dialog.selectFile(str(out))
        return int(QDialog.DialogCode.Accepted)

    with DialogScript(expect("saveFileDialog", choose)).installed():
        tab.export_button.click()
    qtbot.waitUntil(lambda: tab.export_status.isVisibleTo(tab), timeout=30_000)
    text = out.read_text("utf-8")
    assert '""old"":' in text and "client.updated" in text
    # (Not a short run of digits: hashes and sealed tokens may hold any by chance.)
    assert not any(form in text for form in ("6281211112222", "081211112222", "0812-1111-2222"))
    assert "old values" not in text

    anonymise.anonymise_client(head, cid)
    tab.apply_button.click()
    assert corrections(tab) == [
        "fields: phone · old values erased (anonymised)",
        "fields: phone, street · old values erased (anonymised)",
    ]


def test_service_gives_the_readable_detail_and_keeps_the_raw_one(head: UserSession) -> None:
    cid = corrected_client(head)
    found = audit_log.rows(head, AuditFilter(action="client.updated", entity_id=str(cid)), 0, 10)
    assert found[0].detail_text == ("fields: phone · old values: phone = +6281211112222")
    assert all("1211112222" not in r.detail and "1111-2222" not in r.detail for r in found)
    # another client's correction is unsealed with that client's own key
    other = clients.create_client(
        head,
        clients.ClientInput(
            full_name="Nur Aini", sex="P", estimated_age=30, phone="0813-5555-6666"
        ),
    )
    data = clients.get_client(head, other).data
    clients.update_client(head, other, clients.ClientInput(**{**data.__dict__, "phone": ""}))
    (mine,) = audit_log.rows(
        head, AuditFilter(action="client.updated", entity_id=str(other)), 0, 10
    )
    assert mine.detail_text == "fields: phone · old values: phone = +6281355556666"
