"""Saving a client another desk corrected meanwhile (issue 19 item 5): the editor shows both
versions of what differs, keeps what was typed, and saves over the newer version only when
the person says so."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot
from support.casework import household
from ui_helpers import ModalLog

from lk3_desktop.services import clients
from lk3_desktop.ui import dialogs
from lk3_desktop.ui.clients.client_editor import ClientEditor
from lk3_desktop.ui.context import AppContext

WAIT = 20_000


def test_a_newer_version_is_shown_beside_what_was_typed(
    qtbot: QtBot, signed_in: AppContext, modal_log: ModalLog, indonesian: None
) -> None:
    session = signed_in.session
    assert session is not None
    cid = household(session, None).client_id
    editor = ClientEditor(signed_in)
    qtbot.addWidget(editor)
    editor.resize(1100, 700)
    editor.show()
    editor.load(clients.get_client(session, cid), [])
    # Another desk corrects the occupation after this one opened the client.
    opened = clients.get_client(session, cid)
    clients.update_client(
        session, cid, dataclasses.replace(opened.data, occupation="Pedagang pasar")
    )
    editor.form.occupation.setText("Guru honorer")
    texts: list[str] = []

    def decline(dialog: QDialog) -> int:
        assert isinstance(dialog, QMessageBox)
        texts.append(dialog.text())
        return dialogs.answer(dialog, accept=False)

    modal_log.respond = decline
    editor.save()
    qtbot.waitUntil(lambda: bool(texts) and not editor._busy, timeout=WAIT)
    assert "Orang lain menyimpan data ini" in texts[0]
    assert "ketikan Anda “Guru honorer”, tersimpan “Pedagang pasar”" in texts[0]
    assert editor.form.occupation.text() == "Guru honorer"  # what was typed stays
    assert clients.get_client(session, cid).data.occupation == "Pedagang pasar"

    modal_log.respond = lambda dialog: dialogs.answer(dialog, accept=True)
    editor.save()
    qtbot.waitUntil(
        lambda: (
            clients.get_client(session, cid).data.occupation == "Guru honorer" and not editor._busy
        ),
        timeout=WAIT,
    )
    assert clients.get_client(session, cid).version == 3
    signed_in.lane.wait()
