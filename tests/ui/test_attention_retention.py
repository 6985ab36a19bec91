"""Beranda tells the head which clients' retention period has ended; others never see it."""

from __future__ import annotations

import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot
from support.casework import add_user, household

from lk3_desktop.core.case_stages import Stage
from lk3_desktop.core.roles import Role
from lk3_desktop.services import anonymise, cases
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.pages.attention import MAX_DUE_SHOWN, AttentionPanel

TODAY = datetime.date.today()


def _texts(panel: AttentionPanel) -> list[str]:
    return [panel.items.item(i).text() for i in range(panel.items.count())]


def _activate(qtbot: QtBot, panel: AttentionPanel, row: int) -> None:
    # As a person does it (Enter on the row): emitting itemActivated from Python with a
    # QListWidgetItem crashes PySide later in the event loop.
    panel.items.setCurrentRow(row)
    qtbot.keyClick(panel.items, Qt.Key.Key_Return)


def _panel(qtbot: QtBot, context: AppContext) -> tuple[QWidget, AttentionPanel]:
    # Inside a page, as on Beranda. (Shown as a top-level window from the lane's callback
    # right after tests/ui/test_assessments_ui.py, PySide 6.11 crashes offscreen.)
    holder = QWidget()
    layout = QVBoxLayout(holder)
    panel = AttentionPanel(context, holder)
    layout.addWidget(panel)
    qtbot.addWidget(holder)
    holder.show()
    panel.reload()
    qtbot.waitUntil(panel.isVisible)
    context.lane.wait()
    return holder, panel  # the caller keeps the holder (and so the panel) alive


def test_head_sees_clients_past_retention_and_opens_one(
    qtbot: QtBot, signed_in: AppContext
) -> None:
    head = signed_in.session
    assert head is not None
    anonymise.set_retention_years(head, 1)
    old = household(head, None, full_name="Wulandari", surname="Prasetyo", intake_days_ago=900)
    cases.change_stage(
        head,
        old.case_id,
        Stage.TERMINASI,
        TODAY - datetime.timedelta(days=500),
        closing_reason="Selesai",
    )
    recent = household(head, None, full_name="Ratna", surname="Kusuma", intake_days_ago=60)
    cases.change_stage(head, recent.case_id, Stage.TERMINASI, TODAY, closing_reason="Selesai")

    _holder, panel = _panel(qtbot, signed_in)
    due = [t for t in _texts(panel) if "Retention" in t]
    assert len(due) == 1 and "Wulandari Prasetyo" in due[0]
    with qtbot.waitSignal(panel.openClient) as opened:
        _activate(qtbot, panel, _texts(panel).index(due[0]))
    assert opened.args == [old.client_id]


def test_many_due_clients_are_summed_up_and_counselors_see_none(
    qtbot: QtBot, signed_in: AppContext
) -> None:
    head = signed_in.session
    assert head is not None
    anonymise.set_retention_years(head, 1)
    for i in range(MAX_DUE_SHOWN + 2):
        home = household(head, None, full_name=f"Klien {i}", surname="Lama", intake_days_ago=900)
        cases.change_stage(
            head,
            home.case_id,
            Stage.TERMINASI,
            TODAY - datetime.timedelta(days=600),
            closing_reason="Selesai",
        )
    _holder, panel = _panel(qtbot, signed_in)
    texts = _texts(panel)
    assert sum("Retention" in t for t in texts) == MAX_DUE_SHOWN
    assert texts[-1].startswith("2 more client")
    with qtbot.assertNotEmitted(panel.openClient):
        _activate(qtbot, panel, len(texts) - 1)  # the summary line opens no client

    rina = add_user(
        head, signed_in.data_dir, signed_in.credential_store, "rina", "Rina", Role.KONSELOR
    )
    signed_in.set_session(rina)
    try:
        _holder, panel = _panel(qtbot, signed_in)
        assert not any("Retention" in t or "retention" in t for t in _texts(panel))
    finally:
        signed_in.set_session(head)
        rina.store.close()
