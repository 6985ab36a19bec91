"""Hints never move fields: typing into any field of the app's forms leaves every other
control where it was, so a click aimed at the next field lands on it.

Each form is shown at a laptop size, every text field gets the kinds of text people type
(digits of a NIK, a phone, a date, words, an e-mail address), and after each the position of
every other control is compared with where it stood before. The client page's tabs stay at
the same height for a client with PMKS chips and no consent as for one with neither.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, QRect, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot
from support.screen_fit import settle

from lk3_desktop.services import cases, clients, partners, schedule
from lk3_desktop.services.clients import ClientInput
from lk3_desktop.ui.change_password_dialog import ChangePasswordDialog
from lk3_desktop.ui.clients import ClientsPage
from lk3_desktop.ui.clients.client_page import ClientPage
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.field_feedback import FieldMessage
from lk3_desktop.ui.referrals.partner_dialog import PartnerDialog
from lk3_desktop.ui.sessions.appointment_dialog import AppointmentDialog
from lk3_desktop.ui.settings.lists_tab import ListsTab
from lk3_desktop.ui.settings.profile_tab import ProfileTab
from lk3_desktop.ui.settings.users_tab import AddUserDialog
from lk3_desktop.ui.setup_wizard import SetupWizard

WAIT = 20_000
# What people type into fields: a partial and a whole NIK, a phone, a date, a short and a
# long word, an e-mail address being typed, a number template. Each makes some field speak.
SAMPLES = (
    "3201",
    "3673015203900002",
    "0812",
    "081234567890",
    "17-08-1985",
    "12",
    "Serang",
    "a@",
    "kantor@lk3.id",
    "abc def ghi jkl",
)
CONTROLS = (
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QPlainTextEdit,
    QTextEdit,
    QAbstractButton,
)


def _settle() -> None:
    for _ in range(3):
        QCoreApplication.processEvents()


def _controls(window: QWidget) -> dict[int, tuple[QWidget, QRect]]:
    """Every visible control of ``window`` with its place in the window."""
    found: dict[int, tuple[QWidget, QRect]] = {}
    for kind in CONTROLS:
        for widget in window.findChildren(kind):
            if widget.isVisibleTo(window) and not isinstance(widget.parent(), QLineEdit):
                top_left = widget.mapTo(window, QPoint(0, 0))
                found[id(widget)] = (widget, QRect(top_left, widget.size()))
    return found


def _text_fields(window: QWidget) -> list[QLineEdit]:
    return [
        edit
        for edit in window.findChildren(QLineEdit)
        if edit.isVisibleTo(window) and edit.isEnabled() and not edit.isReadOnly()
    ]


def _fire_debounce_timers(window: QWidget) -> None:
    """Run now what the window's pending single-shot timers (a search's debounce) would."""
    for timer in window.findChildren(QTimer):
        if timer.isActive() and timer.isSingleShot():
            timer.stop()
            timer.timeout.emit()


def assert_typing_moves_nothing(
    qtbot: QtBot, window: QWidget, context: AppContext | None = None
) -> int:
    """Type every sample into every text field of ``window``; fail when any other control
    moves or changes size. With ``context``, what the typing started (a debounced search on
    the lane) has answered before the controls are measured. Returns how many fields were
    typed into."""
    _settle()
    fields = _text_fields(window)
    assert fields, f"{window.objectName()} has no text field to type into"
    for field in fields:
        before = _controls(window)
        for sample in SAMPLES:
            field.clear()
            qtbot.keyClicks(field, sample)
            _settle()
            if context is not None:
                _fire_debounce_timers(window)
                settle(context)
            after = _controls(window)
            for key, (widget, place) in before.items():
                if widget is field or key not in after:
                    continue
                now = after[key][1]
                assert now == place, (
                    f"typing {sample!r} into {field.objectName() or field.accessibleName()!r}"
                    f" of {window.objectName()} moved {widget.objectName() or widget!r}"
                    f" from {place.getRect()} to {now.getRect()}"
                )
        field.clear()
        _settle()
    return len(fields)


def _show(qtbot: QtBot, widget: QWidget, width: int = 1000, height: int = 700) -> QWidget:
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def context(signed_in: AppContext) -> Iterator[AppContext]:
    yield signed_in
    signed_in.lane.wait()


def _registration(context: AppContext) -> QWidget:
    page = ClientsPage(context)
    page.new_client()
    context.lane.wait()
    _settle()
    return page


def _appointment(context: AppContext) -> QWidget:
    session = context.require_session()
    return AppointmentDialog(
        context,
        cases.list_counselors(session),
        schedule.list_rooms(session),
        start=datetime.datetime.combine(datetime.date.today(), datetime.time(9)),
    )


def _partner(context: AppContext) -> QWidget:
    return PartnerDialog(context, partners.list_partner_types(context.require_session()))


FORMS: dict[str, Callable[[AppContext], QWidget]] = {
    "client registration": _registration,
    "add user": AddUserDialog,
    "change password": lambda c: ChangePasswordDialog(c, forced=False),
    "center profile": ProfileTab,
    "letter numbering": ListsTab,
    "partner institution": _partner,
    "appointment": _appointment,
}


@pytest.mark.parametrize("name", sorted(FORMS))
def test_typing_into_a_form_moves_no_other_control(
    name: str, context: AppContext, qtbot: QtBot
) -> None:
    window = _show(qtbot, FORMS[name](context), 1366, 740)
    context.lane.wait()
    _settle()
    assert assert_typing_moves_nothing(qtbot, window, context) >= 1


def test_setup_wizard_pages_do_not_move_while_typing(ui_context: AppContext, qtbot: QtBot) -> None:
    wizard = _show(qtbot, SetupWizard(ui_context), 900, 700)
    assert isinstance(wizard, SetupWizard)
    typed = 0
    for _ in range(3):  # welcome/center/account: type into whatever page is showing
        page = wizard.currentPage()
        if _text_fields(page):
            typed += assert_typing_moves_nothing(qtbot, page)
        if page.objectName() == "accountPage":
            break
        wizard.next()
        _settle()
    assert typed >= 4


def test_a_long_message_keeps_its_line_and_reads_in_full_as_tooltip(qtbot: QtBot) -> None:
    holder = QWidget()
    message = FieldMessage("probe", "probe", holder)
    message.setGeometry(0, 0, 200, message.sizeHint().height())
    _show(qtbot, holder, 200, 60)
    height = message.height()
    message.show_error("Tanggal lahir dalam NIK tidak cocok dengan tanggal lahir yang diisi.")
    _settle()
    assert message.height() == height and message.is_elided()
    assert message.toolTip().startswith("Tanggal lahir dalam NIK")
    message.show_hint("Usia: 38")
    assert not message.is_elided() and message.toolTip() == ""
    message.clear_message()
    assert message.isHidden() and message.sizePolicy().retainSizeWhenHidden()


def _client(context: AppContext, name: str, *, pmks: tuple[str, ...], consent: bool) -> int:
    session = context.require_session()
    data = ClientInput(full_name=name, sex="P", birth_date=datetime.date(1990, 3, 12))
    client_id = clients.create_client(session, data)
    if pmks:
        clients.set_client_pmks(session, client_id, list(pmks))
    if consent:
        today = datetime.date.today()
        clients.record_consent(session, client_id, today, "klien", name, "Konseling keluarga")
    return client_id


def test_client_tabs_stay_put_between_clients_with_and_without_chips(
    context: AppContext, qtbot: QtBot
) -> None:
    codes = [c.code for c in clients.list_pmks(context.require_session())][:3]
    plain = _client(context, "Ani Plain", pmks=(), consent=True)
    marked = _client(context, "Budi Marked", pmks=tuple(codes), consent=False)
    page = _show(qtbot, ClientPage(context), 1100, 700)
    assert isinstance(page, ClientPage)
    tabs = page.findChild(QTabWidget, "clientTabs")
    places = {}
    for client_id in (plain, marked, plain):
        page.load(client_id)
        qtbot.waitUntil(
            lambda cid=client_id: page.bundle is not None and page.bundle.detail.id == cid,
            timeout=WAIT,
        )
        _settle()
        places[client_id] = tabs.mapTo(page, QPoint(0, 0))
        if client_id == marked:
            assert len(page.chips.chips()) == len(codes) and page.consent_warning.isVisible()
        else:
            assert not page.chips.chips() and not page.consent_warning.isVisible()
    assert places[plain] == places[marked]
