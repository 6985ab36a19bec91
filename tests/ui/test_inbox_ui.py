"""Beranda as an inbox in the running window: each item opens its record in one click, the
navigation counts what waits, and both follow a change at once (no restart, no polling)."""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QPlainTextEdit, QTreeWidgetItem
from pytestqt.qtbot import QtBot
from support.casework import COUNSELOR_PASSWORD
from support.office import Office, build_office
from ui_helpers import ModalLog

from lk3_desktop.core.case_stages import Stage
from lk3_desktop.services import anonymise, assessments, cases, partners, referrals
from lk3_desktop.services.inbox import Kind
from lk3_desktop.ui import dialogs
from lk3_desktop.ui.assessments.administration_form import AdministrationForm
from lk3_desktop.ui.clients.client_page import ClientPage
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.main_window import NAV_KEYS, MainWindow
from lk3_desktop.ui.pages import inbox as inbox_page
from lk3_desktop.ui.pages.inbox import InboxPanel

TODAY = datetime.date.today()
SUICIDE = [1, 1, 1, 1, 1, 1, 1, 1, 2]


@pytest.fixture
def office(signed_in: AppContext) -> Iterator[Office]:
    """The head signed in on ``signed_in``; Budi (konselor) holds the Hidayat household's
    case (support/office.py)."""
    head = signed_in.require_session()
    built = build_office(head, signed_in.data_dir, signed_in.credential_store, (), "budi")
    built.context = signed_in
    yield built
    built.close()


def _window(qtbot: QtBot, context: AppContext) -> MainWindow:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1366, 728)
    window.show()
    qtbot.waitUntil(lambda: window.inbox.inbox is not None)
    return window


def _line(panel: InboxPanel, kind: Kind) -> QTreeWidgetItem:
    tree = panel.tree
    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        assert top is not None
        for j in range(top.childCount()):
            child = top.child(j)
            assert child is not None
            value = child.data(0, inbox_page.ITEM_ROLE)
            if getattr(value, "kind", None) is kind or (
                value is None and child.data(0, inbox_page.MORE_ROLE) == kind.value
            ):
                return child
    raise AssertionError(f"no {kind} line on Beranda")


def _click(qtbot: QtBot, panel: InboxPanel, line: QTreeWidgetItem) -> None:
    rect = panel.tree.visualItemRect(line)
    qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _risk_banner_shown(qtbot: QtBot, office: Office) -> ClientPage:
    """Budi's PHQ-9 raises a suicide flag; its inbox line opens the client with the banner."""
    assessments.record_administration(office.budi, office.home.case_id, "PHQ-9", SUICIDE, TODAY)
    office.context.set_session(office.budi)
    window = _window(qtbot, office.context)
    _click(qtbot, window.inbox, _line(window.inbox, Kind.RISK))
    page = window.clients_page.client_page
    qtbot.waitUntil(lambda: page.risk_banner.isVisible())
    return page


def _kinds(window: MainWindow) -> set[Kind]:
    assert window.inbox.inbox is not None
    return {entry.kind for entry in window.inbox.inbox.lists if entry.total}


def test_the_counselor_opens_the_risk_flag_in_one_click_and_beranda_follows_the_action(
    qtbot: QtBot, office: Office, modal_log: ModalLog
) -> None:
    assessments.record_administration(office.budi, office.home.case_id, "PHQ-9", SUICIDE, TODAY)
    office.context.set_session(office.budi)
    window = _window(qtbot, office.context)
    assert {Kind.RISK, Kind.ASSESSMENT_DRAFT, Kind.NO_CONSENT} <= _kinds(window)
    klien = window.nav.item(NAV_KEYS.index("klien"))
    assert window.nav_badges.count("klien") == 3  # flag, draft, no consent
    assert klien.data(Qt.ItemDataRole.AccessibleTextRole).endswith("3 menunggu") or klien.data(
        Qt.ItemDataRole.AccessibleTextRole
    ).endswith("3 waiting")

    _click(qtbot, window.inbox, _line(window.inbox, Kind.RISK))
    page = window.clients_page.client_page
    qtbot.waitUntil(
        lambda: page.client_id == office.home.client_id and page.risk_banner.isVisible()
    )
    assert window.nav.currentRow() == NAV_KEYS.index("klien")
    assert page.tabs.currentWidget() is page.assessments
    assert page.risk_chip.isVisible()

    def record_action(dialog: QDialog) -> int:
        dialog.findChild(QPlainTextEdit, "resolveFlagAction").setPlainText(
            "Rencana keselamatan disepakati; suami dihubungi."
        )
        return dialogs.answer(dialog, accept=True)

    modal_log.respond = record_action
    page.risk_banner.resolve()
    # no restart and no polling: the audited change reloads Beranda and the counts
    qtbot.waitUntil(lambda: Kind.RISK not in _kinds(window), timeout=5000)
    assert window.nav_badges.count("klien") == 2
    qtbot.waitUntil(lambda: not page.risk_banner.isVisible())
    assert page.risk_chip.isVisible()  # the lasting mark stays after the action


def test_the_risk_banner_starts_a_safety_plan_for_the_case_of_the_flag(
    qtbot: QtBot, office: Office
) -> None:
    from lk3_desktop.ui.assessments.safety_plan_form import SafetyPlanForm

    page = _risk_banner_shown(qtbot, office)
    button = page.risk_banner.plan_button
    assert button.isVisible() and button.text() in ("Rencana keselamatan…", "Safety plan…")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    panel = page.assessments
    qtbot.waitUntil(lambda: isinstance(panel.current_form(), SafetyPlanForm))
    assert page.tabs.currentWidget() is panel
    form = panel.current_form()
    assert isinstance(form, SafetyPlanForm) and form._case_id == office.home.case_id
    assert any(c.name.startswith("SAPA 129") for c in form.lists["professionals"].contacts())
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # again: the plan being written stays
    office.context.lane.wait()
    assert panel.current_form() is form


def test_the_banner_asks_before_a_form_with_unsaved_answers_gives_way_to_a_safety_plan(
    qtbot: QtBot, office: Office, modal_log: ModalLog
) -> None:
    from lk3_desktop.ui.assessments.safety_plan_form import SafetyPlanForm

    page = _risk_banner_shown(qtbot, office)
    panel = page.assessments
    qtbot.waitUntil(lambda: panel.is_loaded and bool(panel.cases))
    screening = panel.start_administration("GAD-7")
    assert isinstance(screening, AdministrationForm)
    screening.answer(2)
    assert screening.is_dirty

    modal_log.respond = lambda dialog: dialogs.answer(dialog, accept=False)  # keep editing
    qtbot.mouseClick(page.risk_banner.plan_button, Qt.MouseButton.LeftButton)
    assert panel.current_form() is screening and screening.is_dirty
    modal_log.respond = lambda dialog: dialogs.answer(dialog, accept=True)  # discard
    qtbot.mouseClick(page.risk_banner.plan_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(panel.current_form(), SafetyPlanForm))


def test_a_draft_opens_its_form_and_the_letter_waiting_opens_on_rujukan(
    qtbot: QtBot, office: Office
) -> None:
    draft = assessments.record_administration(
        office.head, office.home.case_id, "K10", [1] * 10, TODAY
    )
    kind = partners.list_partner_types(office.head)[0].id
    partner = partners.add_partner(office.head, partners.PartnerInput("UPTD PPA Serang", kind))
    referral = referrals.create_referral(
        office.budi,
        office.home.case_id,
        referrals.ReferralInput(
            partner_id=partner.id, reason="Pendampingan", consent_given_by_name="Dewi Lestari"
        ),
    )
    referrals.submit_referral(office.budi, referral.id)
    window = _window(qtbot, office.context)
    assert {Kind.LETTER, Kind.ASSESSMENT_DRAFT} <= _kinds(window)
    assert window.nav_badges.count("rujukan") == 1

    _click(qtbot, window.inbox, _line(window.inbox, Kind.ASSESSMENT_DRAFT))
    panel = window.clients_page.client_page.assessments
    qtbot.waitUntil(lambda: isinstance(panel.current_form(), AdministrationForm))
    form = panel.current_form()
    assert isinstance(form, AdministrationForm) and form.existing is not None
    assert form.existing.id == draft.id

    window.show_page_key("beranda")
    _click(qtbot, window.inbox, _line(window.inbox, Kind.LETTER))
    page = window.referrals_page
    assert window.nav.currentRow() == NAV_KEYS.index("rujukan")
    qtbot.waitUntil(lambda: bool(page.table.selectionModel().selectedRows()))
    row = page.table.selectionModel().selectedRows()[0].row()
    assert page.model.row_at(row).id == referral.id


def test_a_draft_safety_plan_waits_on_beranda_opens_in_one_click_and_leaves_once_signed(
    qtbot: QtBot, office: Office
) -> None:
    """A plan not yet signed has not been given to the client: it waits among the drafts."""
    from lk3_desktop.ui.assessments.safety_plan_form import SafetyPlanForm

    proposed = assessments.proposed_plan(office.budi, office.home.case_id)
    plan = assessments.create_safety_plan(office.budi, office.home.case_id, proposed)
    office.context.set_session(office.budi)
    window = _window(qtbot, office.context)
    line = _line(window.inbox, Kind.ASSESSMENT_DRAFT)
    assert "rencana keselamatan klien (draf)" in line.text(0) or "client safety plan (draft)" in (
        line.text(0)
    )
    assert "Dewi Lestari" in line.text(0)

    _click(qtbot, window.inbox, line)
    panel = window.clients_page.client_page.assessments
    qtbot.waitUntil(lambda: isinstance(panel.current_form(), SafetyPlanForm))
    form = panel.current_form()
    assert isinstance(form, SafetyPlanForm) and form._existing is not None
    assert form._existing.id == plan.id

    complete = replace(proposed, warning_signs=("Tidak bisa tidur",), coping=("Berwudu dan salat",))
    assessments.update_safety_plan(office.budi, plan.id, complete)
    assessments.sign_safety_plan(office.budi, plan.id, COUNSELOR_PASSWORD)
    # the audited signature reloads Beranda: nothing of the plan waits any more
    qtbot.waitUntil(lambda: Kind.ASSESSMENT_DRAFT not in _kinds(window), timeout=5000)


def test_more_flags_than_shown_open_the_client_list_filtered_to_high_risk(
    qtbot: QtBot, office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = office.add_home("other", None, full_name="Rina Wati", surname="Kusuma")
    office.add_home("calm", None, full_name="Tanpa Risiko", surname="Aman")
    assessments.record_administration(office.head, office.home.case_id, "PHQ-9", SUICIDE, TODAY)
    assessments.record_administration(office.head, other.case_id, "PHQ-9", SUICIDE, TODAY)
    monkeypatch.setattr(inbox_page, "load", lambda session: inbox_page.load_inbox(session, limit=1))
    window = _window(qtbot, office.context)
    more = _line(window.inbox, Kind.RISK).parent()
    assert more is not None and more.text(0).endswith("(2)")
    _click(qtbot, window.inbox, _line_more(window.inbox))
    panel = window.clients_page.list_panel
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2 and panel.isVisible())
    assert panel.current_filter().risk == "open"
    assert panel.risk_filter.isVisible()


def _line_more(panel: InboxPanel) -> QTreeWidgetItem:
    for i in range(panel.tree.topLevelItemCount()):
        top = panel.tree.topLevelItem(i)
        assert top is not None
        for j in range(top.childCount()):
            child = top.child(j)
            if child is not None and child.data(0, inbox_page.MORE_ROLE) == Kind.RISK.value:
                return child
    raise AssertionError("no 'more' line under the risk flags")


def test_retention_due_opens_the_documents_tab(qtbot: QtBot, office: Office) -> None:
    anonymise.set_retention_years(office.head, 1)
    old = office.add_home("old", None, full_name="Wulandari", surname="Lama", intake_days_ago=900)
    cases.change_stage(
        office.head,
        old.case_id,
        Stage.TERMINASI,
        TODAY - datetime.timedelta(days=500),
        closing_reason="Selesai",
    )
    window = _window(qtbot, office.context)
    line = _line(window.inbox, Kind.RETENTION)
    assert "Wulandari Lama" in line.text(0)
    _click(qtbot, window.inbox, line)
    page = window.clients_page.client_page
    qtbot.waitUntil(lambda: page.client_id == old.client_id)
    qtbot.waitUntil(lambda: page.tabs.currentWidget() is page.personal_data)


def test_a_no_show_opens_its_day_in_the_schedule_for_staff(qtbot: QtBot, office: Office) -> None:
    from lk3_desktop.services import schedule

    tuti = office.person("tuti")
    day = TODAY - datetime.timedelta(days=3)
    start = datetime.datetime.combine(day, datetime.time(10, 0))
    missed = schedule.book(
        tuti,
        schedule.AppointmentInput(
            office.budi.actor.user_id,
            office.home.client_id,
            start,
            start + datetime.timedelta(hours=1),
        ),
    )
    schedule.mark_no_show(tuti, missed.id)
    office.context.set_session(tuti)
    window = _window(qtbot, office.context)
    assert _kinds(window) <= {Kind.NO_SHOW, Kind.NO_CONSENT}
    _click(qtbot, window.inbox, _line(window.inbox, Kind.NO_SHOW))
    page = window.schedule_page
    assert window.nav.currentRow() == NAV_KEYS.index("jadwal")
    qtbot.waitUntil(lambda: page.current() is not None)
    assert page.date == day and page.current().id == missed.id
    office.context.set_session(office.head)
    tuti.store.close()
