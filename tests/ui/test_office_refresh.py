"""Issue 19 item 5, the workstations' screens: what another desk commits on the office server
shows here within moments, without touching anything: the client list, the open client and
Beranda read again. Two real connections to the test cluster: the head's window (this app)
and Tuti's session at the front desk (another workstation)."""

from __future__ import annotations

import dataclasses
import datetime
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from support.casework import COUNSELOR_PASSWORD, note_input
from support.factories import login
from support.office import Office, build_office
from test_main_window import open_main_window
from ui_helpers import ModalLog

from lk3_desktop.db.workstation import KeyringStore
from lk3_desktop.services import accounts, clients, schedule, sessions
from lk3_desktop.ui.clients.client_list_model import COL_NAME
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.main_window import MainWindow
from lk3_desktop.ui.sessions.note_editor import NoteEditor, load_for_session

pytestmark = pytest.mark.postgres

HEARD_WITHIN_MS = 10_000  # "a couple of seconds"; generous for a loaded CI machine


@pytest.fixture
def storage_kind() -> str:
    return "postgres"


@pytest.fixture
def desks(
    ui_context: AppContext,
    initialized: accounts.InitResult,
    data_dir: Path,
    cred_store: KeyringStore,
) -> Iterator[Office]:
    """The head signed in on this window's context; Tuti (staf) at another desk."""
    built = build_office(initialized.session, data_dir, cred_store, people=("tuti",))
    built.context = ui_context
    ui_context.set_session(built.head)
    yield built
    built.close()


def _names(window: MainWindow) -> list[str]:
    model = window.clients_page.list_panel.model
    return [str(model.data(model.index(row, COL_NAME))) for row in range(model.rowCount())]


def _correct(desk: Office, client_id: int, **fields: str) -> None:
    """Tuti saves a correction at her own workstation."""
    now = clients.get_client(desk.tuti, client_id)
    clients.update_client(
        desk.tuti,
        client_id,
        dataclasses.replace(now.data, **fields),
        expected_version=now.version,
    )


def test_another_desks_changes_show_in_the_list_the_open_client_and_beranda(
    qtbot: QtBot, desks: Office
) -> None:
    window = open_main_window(qtbot, desks.context)
    qtbot.waitUntil(lambda: window.office_changes.listening)
    cid = desks.home.client_id
    # Beranda and the status bar say where the record is, not a one-computer file's protection.
    beranda = window.beranda.protection_value
    qtbot.waitUntil(lambda: beranda.text() == "Office server · verified TLS")
    assert window.protection_status.text() == beranda.text()
    assert "office server" in window.beranda.protection_detail.text()

    window.show_page_key("klien")
    qtbot.waitUntil(lambda: _names(window) == ["Dewi Lestari Hidayat"])
    _correct(desks, cid, full_name="Dewi Lestari Putri")
    qtbot.waitUntil(lambda: _names(window) == ["Dewi Lestari Putri"], timeout=HEARD_WITHIN_MS)

    window.open_client(cid)
    form = window.clients_page.client_page.editor.form
    qtbot.waitUntil(lambda: form.full_name.text() == "Dewi Lestari Putri")
    _correct(desks, cid, occupation="Pedagang pasar")
    qtbot.waitUntil(lambda: form.occupation.text() == "Pedagang pasar", timeout=HEARD_WITHIN_MS)

    # Something typed here stays while another desk saves: the open form is not replaced.
    form.occupation.setText("Guru honorer")
    qtbot.waitUntil(lambda: window.clients_page.client_page.editor.is_dirty())
    with qtbot.waitSignal(window.inbox.loaded, timeout=HEARD_WITHIN_MS):
        _correct(desks, cid, phone="081234567890")  # Beranda reads again as well
    window._context.lane.wait()
    qtbot.wait(200)
    assert form.occupation.text() == "Guru honorer"


def test_one_computer_listens_to_nothing(qtbot: QtBot, signed_in: AppContext) -> None:
    window = open_main_window(qtbot, signed_in)
    assert not window.office_changes.listening
    qtbot.waitUntil(lambda: window.beranda.protection_value.text().startswith("Encrypted"))


def test_an_appointment_booked_at_the_front_desk_shows_in_the_schedule(
    qtbot: QtBot, desks: Office
) -> None:
    window = open_main_window(qtbot, desks.context)
    qtbot.waitUntil(lambda: window.office_changes.listening)
    window.show_page_key("jadwal")
    page = window.schedule_page
    qtbot.waitUntil(lambda: page._data is not None)
    assert page._data is not None and not page._data.appointments
    start = datetime.datetime.combine(datetime.date.today(), datetime.time(23, 0))
    schedule.book(
        desks.tuti,
        schedule.AppointmentInput(
            desks.rina.actor.user_id,
            desks.home.client_id,
            start,
            start + datetime.timedelta(minutes=45),
        ),
    )
    qtbot.waitUntil(
        lambda: page._data is not None and len(page._data.appointments) == 1,
        timeout=HEARD_WITHIN_MS,
    )


def test_signing_a_note_saved_at_another_desk_meanwhile_asks_first(
    qtbot: QtBot,
    ui_context: AppContext,
    initialized: accounts.InitResult,
    data_dir: Path,
    cred_store: KeyringStore,
    modal_log: ModalLog,
) -> None:
    """Rina's note is open here; she saves it in the counseling room too. Signing here asks
    (both versions shown) instead of signing a text this desk never showed her."""
    office = build_office(initialized.session, data_dir, cred_store, people=())
    rina = office.rina
    ui_context.set_session(rina)
    note = sessions.save_note(rina, note_input(office.home, "Versi meja."))
    editor = NoteEditor(ui_context)
    qtbot.addWidget(editor)
    editor.show()
    editor.show_note(*load_for_session(rina, note.id))
    room = login(data_dir, cred_store, "rina", COUNSELOR_PASSWORD)  # her other desk
    try:
        sessions.save_note(
            room, note_input(office.home, "Versi ruang konseling."), note.id,
            expected_version=note.version,
        )  # fmt: skip
    finally:
        room.store.close()
    editor.sign()  # the question is declined (ModalLog's default answer)
    qtbot.waitUntil(lambda: bool(modal_log.texts) and not editor._busy, timeout=HEARD_WITHIN_MS)
    assert "Versi ruang konseling." in modal_log.texts[0]
    assert "signNoteDialog" not in modal_log.names()  # no password asked: nothing signed
    assert not sessions.get_note(rina, note.id).is_signed
    ui_context.lane.wait()
    ui_context.set_session(None)
    office.close()
