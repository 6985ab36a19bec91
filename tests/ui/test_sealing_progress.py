"""A head's sign-in that seals an office's older clinical notes under their case keys shows
its progress in a window (the sealing runs on the lane, batch by batch), in Indonesian; the
window goes once the head is in, and the notes are sealed."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLineEdit, QPushButton
from pytestqt.qtbot import QtBot
from support.factories import HEAD_PASSWORD, init_database
from support.unsealed import notes, stored_plans, unsealed_notes

from lk3_desktop.db import sealed
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.login_window import LoginWindow


@pytest.mark.usefixtures("indonesian")
def test_the_heads_sign_in_shows_the_sealing_in_steps(
    qtbot: QtBot, ui_context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, store = ui_context.data_dir, ui_context.credential_store
    head = init_database(folder, store).session
    unsealed_notes(head, folder, store, notes(5))
    monkeypatch.setattr(sealed, "BATCH", 1)  # a step per row: several steps to see

    window = LoginWindow(ui_context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    seen: list[tuple[int, int, bool, str]] = []

    def looked(done: int, total: int) -> None:
        dialog = window.sealing.dialog  # shown by the watch's own slot, connected first
        assert dialog is not None
        seen.append((done, total, dialog.isVisible(), dialog.windowTitle()))

    window.sealing.step.connect(looked)
    username = window.findChild(QLineEdit, "usernameField")
    password = window.findChild(QLineEdit, "passwordField")
    assert username is not None and password is not None
    qtbot.keyClicks(username, "kepala")
    qtbot.keyClicks(password, HEAD_PASSWORD)
    with qtbot.waitSignal(window.signed_in, timeout=60_000):
        button = window.findChild(QPushButton, "loginButton")
        assert button is not None
        button.click()

    assert len(seen) > 3
    assert all(visible for _, _, visible, _ in seen)
    assert seen[0][3] == "Mengamankan catatan kasus"
    assert [d for d, *_ in seen] == sorted(d for d, *_ in seen)
    assert seen[-1][0] == seen[-1][1]
    assert window.sealing.dialog is None  # gone once the head is in
    assert all(v.startswith(sealed.TEXT_PREFIX) for v in stored_plans(folder, store))
