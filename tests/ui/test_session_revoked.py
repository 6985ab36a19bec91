"""A person whose account the head deactivates while they are signed in: the window hides the
records, says why in one sentence, and signs out (issue 11, item 14)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from support.casework import COUNSELOR_PASSWORD, household
from support.factories import HEAD_PASSWORD, init_database, login
from ui_helpers import ModalLog

from lk3_desktop.core.roles import Role
from lk3_desktop.db.pending_events import PENDING_FILENAME
from lk3_desktop.services import accounts
from lk3_desktop.services.context import UserSession
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.main_window import NAV_KEYS, MainWindow


@pytest.fixture
def head_and_counselor(ui_context: AppContext) -> Iterator[tuple[UserSession, UserSession]]:
    """The head (own store) and a counselor signed in on ``ui_context``."""
    folder, store = ui_context.data_dir, ui_context.credential_store
    head = init_database(folder, store).session
    accounts.create_user(head, "rina", "Rina Wati", Role.KONSELOR, password=COUNSELOR_PASSWORD)
    household(head, None)
    rina = login(folder, store, "rina", COUNSELOR_PASSWORD)
    ui_context.set_session(rina)
    yield head, rina
    head.store.close()


def test_deactivated_counselor_is_told_and_signed_out(
    qtbot: QtBot,
    ui_context: AppContext,
    head_and_counselor: tuple[UserSession, UserSession],
    modal_log: ModalLog,
    indonesian: None,
    data_dir: Path,
) -> None:
    head, rina = head_and_counselor
    window = MainWindow(ui_context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.overview is not None, timeout=10_000)

    accounts.deactivate_user(head, rina.actor.user_id, HEAD_PASSWORD)
    with qtbot.waitSignal(window.signed_out, timeout=10_000):
        window.show_page(NAV_KEYS.index("klien"))  # the client list asks the services
    ui_context.lane.wait()

    assert ui_context.session is None
    assert not rina.store.is_open
    assert window.page("klien") is None  # the records are gone from the window
    assert any("dinonaktifkan oleh Kepala LK3" in t for t in modal_log.texts), modal_log.texts
    assert "errorDialog" not in modal_log.names()  # a sentence, not a crash report
    # Her deactivation rotated the database key away from her session: the sign-out waits
    # beside the database for the next sign-in to write into the trail.
    waiting = json.loads((data_dir / PENDING_FILENAME).read_text())
    assert (waiting[-1]["action"], waiting[-1]["entity_id"]) == ("logout", str(rina.actor.user_id))
