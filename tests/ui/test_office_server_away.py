"""Issue 19 item 6: the office server stopped and started again while a counselor writes a
note. The window shows its banner (no traceback, no dialog for the autosave), what was typed
stays in the editor, the draft is kept on this workstation sealed to the counselor (the file
holds no typed word), and once the server answers again the banner goes by itself and the
draft is on the server, the local copy gone. A cluster of the test's own, stopped and
started."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from support.factories import FAST_KDF, HEAD_PASSWORD, init_database, login
from support.office import Office, build_office
from support.postgres import ServerForTests
from test_main_window import open_main_window

from lk3_desktop.db.server.vault import ServerVault
from lk3_desktop.db.workstation import KeyringStore
from lk3_desktop.services import sessions
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.sessions.note_editor import NoteEditor

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

WAIT = 30_000
TYPED = "Ibu Dewi bercerita tentang ancaman suaminya di Kragilan."


@pytest.fixture
def desk(
    ui_context: AppContext, own_server: ServerForTests, data_dir: Path, cred_store: KeyringStore
) -> Iterator[Office]:
    """Rina (konselor, holding the Hidayat case) signed in on this workstation's window."""
    enrollment, bootstrap = own_server.new_office()
    vault = ServerVault(data_dir, cred_store, FAST_KDF, enrollment=enrollment, bootstrap=bootstrap)
    init_database(data_dir, cred_store, vault=vault).session.store.close()
    head = login(data_dir, cred_store, "kepala", HEAD_PASSWORD)
    built = build_office(head, data_dir, cred_store, people=("rina",))
    built.context = ui_context
    ui_context.set_session(built.rina)
    yield built
    head.store.close()


def test_a_note_written_while_the_server_is_away_is_kept_and_sent_when_it_is_back(
    qtbot: QtBot, desk: Office, own_server: ServerForTests, data_dir: Path
) -> None:
    context = desk.context
    window = open_main_window(qtbot, context)
    qtbot.waitUntil(lambda: window.office_changes.listening)
    rina = desk.rina
    editor = NoteEditor(context)
    qtbot.addWidget(editor)
    editor.show()
    editor.start_new(sessions.note_choices(rina, desk.home.case_id))
    data_edit = editor.section_edit("data")
    assert data_edit is not None

    own_server.cluster.stop("fast")
    qtbot.waitUntil(window.server_banner.isVisible, timeout=WAIT)
    data_edit.setPlainText(TYPED)
    editor.drafts.mark_dirty()
    editor.autosave()
    qtbot.waitUntil(lambda: bool(sessions.waiting_drafts(rina)), timeout=WAIT)
    kept = sessions.waiting_drafts(rina)
    assert kept[0].parent == data_dir / "drafts-waiting"
    assert b"Kragilan" not in kept[0].read_bytes() and b"Dewi" not in kept[0].read_bytes()
    assert kept[0].stat().st_mode & 0o077 == 0
    assert data_edit.toPlainText() == TYPED  # the editor keeps what was typed

    own_server.cluster.start()
    qtbot.waitUntil(lambda: not window.server_banner.isVisible(), timeout=WAIT)
    qtbot.waitUntil(lambda: not sessions.waiting_drafts(rina), timeout=WAIT)
    drafts = sessions.pending_drafts(rina)
    assert len(drafts) == 1 and drafts[0].draft_key == editor.draft_key
    assert sessions.get_draft(rina, drafts[0].id).data.sections["data"] == TYPED
    context.lane.wait()
