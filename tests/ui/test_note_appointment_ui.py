"""The schedule offers "Start session note" only on the counselor's own appointments (the
services refuse a note on another counselor's appointment; issue 11, item 16)."""

from __future__ import annotations

import datetime
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot
from support.casework import add_user, household
from support.factories import init_database

from lk3_desktop.core.roles import Role
from lk3_desktop.services import schedule
from lk3_desktop.services.context import UserSession
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.sessions import SchedulePage


@pytest.fixture
def rina_signed_in(ui_context: AppContext) -> Iterator[tuple[UserSession, list[int]]]:
    """Rina (counselor of the case) signed in; one appointment of hers and one of Dedi's for
    the same client and case, booked by the staff."""
    folder, store = ui_context.data_dir, ui_context.credential_store
    head = init_database(folder, store).session
    rina = add_user(head, folder, store, "rina", "Rina Marlina", Role.KONSELOR)
    dedi = add_user(head, folder, store, "dedi", "Dedi Supriadi", Role.KONSELOR)
    tuti = add_user(head, folder, store, "tuti", "Tuti Alawiyah", Role.STAF)
    home = household(head, rina.actor.user_id)
    start = datetime.datetime.combine(datetime.date.today(), datetime.time(8, 0))
    booked = [
        schedule.book(
            tuti,
            schedule.AppointmentInput(
                who.actor.user_id,
                home.client_id,
                start + datetime.timedelta(hours=hour),
                start + datetime.timedelta(hours=hour + 1),
                case_id=home.case_id,
            ),
        ).id
        for hour, who in ((0, rina), (2, dedi))
    ]
    ui_context.set_session(rina)
    yield rina, booked
    ui_context.lane.wait()
    QCoreApplication.processEvents()
    for other in (head, dedi, tuti):
        other.store.close()


def test_start_session_is_offered_only_on_ones_own_appointment(
    ui_context: AppContext, rina_signed_in: tuple[UserSession, list[int]], qtbot: QtBot
) -> None:
    _rina, (own, dedis) = rina_signed_in
    page = SchedulePage(ui_context)
    qtbot.addWidget(page)
    page.resize(1180, 700)
    page.show()
    qtbot.waitUntil(lambda: page.counselor_combo.count() > 1, timeout=10_000)
    page.counselor_combo.setCurrentIndex(0)  # "All counselors": Dedi's appointment shows too
    qtbot.waitUntil(lambda: len(page.grid.appointments()) == 2, timeout=10_000)
    page.grid.select(own)
    assert page.details.start_button.isVisible()
    page.grid.select(dedis)
    assert page.current() is not None and page.current().id == dedis
    assert not page.details.start_button.isVisible()
