"""Jadwal > Kegiatan: a member of staff records an activity through the form, sees it with the
period's totals, corrects and removes it; another person may read but not change it."""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from support.casework import add_user
from support.ui_settings import DialogScript, expect, make_context

from lk3_desktop.core.roles import Role
from lk3_desktop.db.workstation import KeyringStore
from lk3_desktop.services import accounts, activities
from lk3_desktop.services.context import UserSession
from lk3_desktop.ui.activities import ActivitiesPage
from lk3_desktop.ui.activities.dialog import ActivityDialog, RemoveActivityDialog
from lk3_desktop.ui.context import AppContext

WAIT = 20_000
TODAY = datetime.date.today()


@pytest.fixture
def tuti(
    initialized: accounts.InitResult, data_dir: Path, cred_store: KeyringStore
) -> Iterator[UserSession]:
    staff = add_user(initialized.session, data_dir, cred_store, "tuti", "Tuti A", Role.STAF)
    yield staff
    staff.store.close()


def page_for(
    session: UserSession, data_dir: Path, cred_store: KeyringStore, qtbot: QtBot
) -> tuple[ActivitiesPage, AppContext]:
    context = make_context(data_dir, cred_store, session)
    page = ActivitiesPage(context)
    qtbot.addWidget(page)
    page.resize(1200, 600)
    page.show()
    qtbot.waitUntil(lambda: page.summary.text() != "", timeout=WAIT)
    return page, context


def test_staff_record_correct_and_remove_an_activity(
    tuti: UserSession, data_dir: Path, cred_store: KeyringStore, qtbot: QtBot
) -> None:
    page, context = page_for(tuti, data_dir, cred_store, qtbot)
    assert page.model.rowCount() == 0 and not page.edit_button.isEnabled()

    def fill(dialog: QDialog) -> int:
        assert isinstance(dialog, ActivityDialog)
        dialog.kind.setCurrentIndex(dialog.kind.findData("penyuluhan"))
        assert dialog.service.currentData() == "psikoedukasi"  # proposed for the kind
        dialog.title.setText("Penyuluhan pengasuhan anak")
        dialog.ok_button.click()  # no participants yet: refused under the field
        message = dialog.errors["participants_male"]
        qtbot.waitUntil(lambda: not dialog._busy and not message.isHidden(), timeout=WAIT)
        dialog.male.setValue(8)
        dialog.female.setValue(25)
        assert dialog.total.text().endswith("33")
        province = dialog.region_combos[0]
        province.setCurrentIndex(province.findData("36"))
        regency = dialog.region_combos[1]
        assert regency.isEnabled() and regency.findData("36.73") >= 0
        regency.setCurrentIndex(regency.findData("36.73"))
        dialog.partner_name.setText("PKK Kelurahan Cipare")
        with qtbot.waitSignal(dialog.finished, timeout=WAIT):
            dialog.ok_button.click()
        return dialog.result()

    script = DialogScript(expect("activityDialog", fill))
    with script.installed(), qtbot.waitSignal(page.loaded, timeout=WAIT):
        page.add_button.click()
    assert page.model.rowCount() == 1
    row = page.model.record(0)
    assert row is not None and row.data.regency_code == "36.73" and row.participants == 33
    assert "33" in page.summary.text() and "1" in page.summary.text()

    page.table.selectRow(0)
    assert page.edit_button.isEnabled()

    def correct(dialog: QDialog) -> int:
        assert isinstance(dialog, ActivityDialog)
        assert dialog.title.text() == "Penyuluhan pengasuhan anak"
        assert dialog.region_combos[1].currentData() == "36.73"  # the saved region shows
        dialog.female.setValue(27)
        with qtbot.waitSignal(dialog.finished, timeout=WAIT):
            dialog.ok_button.click()
        return dialog.result()

    script = DialogScript(expect("activityDialog", correct))
    with script.installed(), qtbot.waitSignal(page.loaded, timeout=WAIT):
        page.edit_button.click()
    assert page.model.record(0).participants == 35  # type: ignore[union-attr]

    def remove(dialog: QDialog) -> int:
        assert isinstance(dialog, RemoveActivityDialog)
        dialog.reason.setPlainText("Dicatat dua kali")
        with qtbot.waitSignal(dialog.finished, timeout=WAIT):
            dialog.ok_button.click()
        return dialog.result()

    page.table.selectRow(0)
    script = DialogScript(expect("removeActivityDialog", remove))
    with script.installed(), qtbot.waitSignal(page.loaded, timeout=WAIT):
        page.remove_button.click()
    assert page.model.rowCount() == 0
    context.lane.wait()


def test_another_person_reads_but_cannot_change(
    tuti: UserSession,
    initialized: accounts.InitResult,
    data_dir: Path,
    cred_store: KeyringStore,
    qtbot: QtBot,
) -> None:
    activities.add_activity(
        initialized.session,
        activities.ActivityInput(
            activity_date=TODAY,
            kind="rapat_koordinasi",
            service_type="advokasi",
            title="Rapat koordinasi dengan UPTD PPA",
            participants_male=2,
            participants_female=3,
        ),
    )
    page, context = page_for(tuti, data_dir, cred_store, qtbot)
    assert page.model.rowCount() == 1
    page.table.selectRow(0)
    assert not page.edit_button.isEnabled() and not page.remove_button.isEnabled()
    context.lane.wait()
