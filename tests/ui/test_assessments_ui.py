"""The Asesmen tab: a counselor answers PHQ-9 with the keyboard, sees the risk warning and the
banner, reads the trend, saves the chart, and records the action that closes the flag."""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFrame,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot
from support.casework import COUNSELOR_PASSWORD
from support.factories import init_database
from support.office import Office, new_office
from support.ui_settings import save_as, type_password
from ui_helpers import ModalLog

from lk3_desktop.core import instruments
from lk3_desktop.services import assessments, clients
from lk3_desktop.ui import dialogs
from lk3_desktop.ui.assessments import AssessmentsPanel, RiskBanner
from lk3_desktop.ui.assessments.administration_form import AdministrationForm
from lk3_desktop.ui.assessments.psychosocial_form import PsychosocialForm
from lk3_desktop.ui.context import AppContext

TODAY = datetime.date.today()
KEYS = {n: getattr(Qt.Key, f"Key_{n}") for n in range(10)}


def _office(ui_context: AppContext, username: str) -> Office:
    """Budi (konselor) holds Siti Aminah's case, opened 200 days ago; ``username`` is signed
    in on ``ui_context``."""
    folder, store = ui_context.data_dir, ui_context.credential_store
    built = new_office(init_database(folder, store).session, folder, store, "budi", username)
    siti = clients.ClientInput(full_name="Siti Aminah", sex="P", estimated_age=34)
    built.add_case("siti", "budi", siti, TODAY - datetime.timedelta(days=200))
    built.head.store.close()
    built.hand_to(ui_context, username)
    return built


@pytest.fixture
def office(ui_context: AppContext) -> Iterator[Office]:
    built = _office(ui_context, "budi")
    yield built
    built.close()


@pytest.fixture
def staff_office(ui_context: AppContext) -> Iterator[Office]:
    """The same office with Sari (staf) signed in."""
    built = _office(ui_context, "sari")
    yield built
    built.close()


@pytest.fixture
def page(qtbot: QtBot, office: Office) -> Iterator[tuple[AssessmentsPanel, RiskBanner]]:
    """What the client page mounts: the banner above the Asesmen tab, wired together."""
    holder = QWidget()
    layout = QVBoxLayout(holder)
    banner = RiskBanner(office.context, office.siti.client_id, holder)
    panel = AssessmentsPanel(office.context, office.siti.client_id, holder)
    layout.addWidget(banner)
    layout.addWidget(panel)
    panel.riskChanged.connect(banner.reload)
    banner.riskChanged.connect(panel.reload)
    qtbot.addWidget(holder)
    holder.resize(1366, 700)
    holder.show()
    panel.reload()
    banner.reload()
    qtbot.waitUntil(lambda: panel.is_loaded)
    office.context.lane.wait()
    yield panel, banner


def _type(qtbot: QtBot, form: AdministrationForm, *keys: Qt.Key) -> None:
    for key in keys:
        qtbot.keyClick(form, key)


def test_counselor_answers_phq9_by_keyboard_and_a_risk_answer_warns_then_shows_the_banner(
    qtbot: QtBot,
    office: Office,
    page: tuple[AssessmentsPanel, RiskBanner],
    modal_log: ModalLog,
) -> None:
    panel, banner = page
    assert banner.isHidden()
    panel.instrument_combo.setCurrentIndex(panel.instrument_combo.findData("PHQ-9"))
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    form = panel.current_form()
    assert isinstance(form, AdministrationForm)
    assert form.current_index == 0 and form.score.total is None

    # items 1-8: a number answers, Enter moves on; 7 is not a PHQ-9 answer and is ignored
    for digit in (1, 2, 1, 1, 0, 1, 1, 0):
        _type(qtbot, form, KEYS[7], KEYS[digit], Qt.Key.Key_Return)
    assert form.answers[:8] == [1, 2, 1, 1, 0, 1, 1, 0] and form.current_index == 8
    assert "At least 7" in form.score_label.text()  # the live lower bound while item 9 is open
    # Backspace goes back, Enter forward again
    _type(qtbot, form, Qt.Key.Key_Backspace)
    assert form.current_index == 7
    _type(qtbot, form, Qt.Key.Key_Return)
    assert form.risk_warning.isHidden() and modal_log.names() == []

    modal_log.respond = lambda dialog: dialogs.answer(dialog, accept=True)
    _type(qtbot, form, KEYS[2])  # item 9: "more than half the days"
    assert form.risk_warning.isVisible()
    assert "item 9" in form.risk_warning_text.text()
    assert modal_log.names() == ["confirmDialog"]  # one modal, at once
    assert form.score.total == 9 and form.score.severity is not None
    assert form.score_label.text() == "Score 9 of 27"
    assert "Ringan" in form.band_label.text() or "Mild" in form.band_label.text()
    _type(qtbot, form, KEYS[1])  # a changed answer that still flags does not ask again
    assert modal_log.names() == ["confirmDialog"]
    _type(qtbot, form, KEYS[2])

    with qtbot.waitSignal(panel.riskChanged, timeout=5000):
        qtbot.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: panel.current_form() is None and panel.is_loaded)
    qtbot.waitUntil(banner.isVisible)
    assert banner.objectName() == "riskBanner"
    assert "PHQ-9" in banner.text.text() and "9" in banner.text.text()

    [case] = assessments.list_for_client(office.budi, office.siti.client_id)
    [saved] = case.administrations
    engine = instruments.get("PHQ-9").score(list(saved.answers))
    assert saved.answers == (1, 2, 1, 1, 0, 1, 1, 0, 2) and saved.total == engine.total == 9
    assert saved.severity_code == "mild" and not saved.is_signed
    assert panel.list.topLevelItemCount() == 1


def test_declining_the_risk_confirmation_clears_the_answer_for_correction(
    qtbot: QtBot, office: Office, page: tuple[AssessmentsPanel, RiskBanner], modal_log: ModalLog
) -> None:
    panel, _banner = page
    form = panel.start_administration("SRQ-20")
    assert isinstance(form, AdministrationForm)
    for _ in range(16):
        _type(qtbot, form, KEYS[0], Qt.Key.Key_Return)
    _type(qtbot, form, KEYS[1])  # item 17: thoughts of ending one's life
    assert modal_log.names() == ["confirmDialog"]  # declined by default: a slip of the finger
    assert form.answers[16] is None and form.current_index == 16
    assert form.risk_warning.isHidden()
    modal_log.respond = lambda dialog: dialogs.answer(dialog, accept=True)
    _type(qtbot, form, KEYS[1])
    assert form.risk_warning.isVisible() and form.answers[16] == 1


def test_three_phq9_results_make_a_trend_of_three_points_saved_as_png(
    qtbot: QtBot,
    office: Office,
    page: tuple[AssessmentsPanel, RiskBanner],
    modal_log: ModalLog,
    tmp_path: Path,
) -> None:
    panel, _banner = page
    for days_ago, answers in ((90, [3] * 9), (45, [2, 2, 2, 1, 1, 1, 1, 1, 0]), (5, [1] * 8 + [0])):
        assessments.record_administration(
            office.budi,
            office.siti.case_id,
            "PHQ-9",
            answers,
            TODAY - datetime.timedelta(days=days_ago),
        )
    panel.reload()
    qtbot.waitUntil(lambda: panel.trend_chart.point_count() == 3)
    assert panel.trend_combo.currentData() == "PHQ-9"
    [line] = panel.trend_chart.line_series()
    assert [line.at(i).y() for i in range(line.count())] == [27, 11, 8]  # oldest first
    assert len(panel.trend_chart.band_series()) == 5  # the PHQ-9 bands behind the line

    direct = tmp_path / "direct.png"
    assert panel.save_chart_png(str(direct))
    image = QImage(str(direct))
    assert not image.isNull() and image.width() == 1520  # 760 x 320 drawn twice as sharp

    chosen = tmp_path / "tren-phq9.png"

    def choose(dialog: QDialog) -> int:
        assert isinstance(dialog, QFileDialog)
        dialog.selectFile(str(chosen))
        return int(QDialog.DialogCode.Accepted)

    modal_log.respond = choose
    qtbot.mouseClick(panel.save_chart_button, Qt.MouseButton.LeftButton)
    assert chosen.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    assert modal_log.names() == ["saveFileDialog"]


def test_recording_the_action_taken_hides_the_banner(
    qtbot: QtBot, office: Office, page: tuple[AssessmentsPanel, RiskBanner], modal_log: ModalLog
) -> None:
    panel, banner = page
    assessments.record_administration(
        office.budi, office.siti.case_id, "PHQ-9", [1, 1, 1, 1, 1, 1, 1, 1, 1], TODAY
    )
    banner.reload()
    qtbot.waitUntil(banner.isVisible)

    def resolve(dialog: QDialog) -> int:
        assert dialog.objectName() == "resolveFlagDialog"
        dialogs.answer(dialog, accept=True)  # empty: refused, the dialog stays
        assert dialog.result() != QDialog.DialogCode.Accepted
        action = dialog.findChild(QPlainTextEdit, "resolveFlagAction")
        assert action is not None
        action.setPlainText("Rencana keselamatan disusun bersama ibu klien; kontrol besok.")
        return dialogs.answer(dialog, accept=True)

    modal_log.respond = resolve
    with qtbot.waitSignal(banner.riskChanged, timeout=5000):
        qtbot.mouseClick(banner.resolve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(banner.isHidden)
    assert assessments.open_risk_flags(office.budi, office.siti.client_id) == []
    # the banner told the tab, which now lists the flag as handled
    qtbot.waitUntil(
        lambda: (
            panel.list.topLevelItemCount() == 1 and panel.list.topLevelItem(0).text(5) == "handled"
        )
    )
    assert assessments.clients_with_open_high_risk(office.budi, [office.siti.client_id]) == set()


def test_high_risk_narrative_asks_for_a_safety_plan_before_signing(
    qtbot: QtBot, office: Office, page: tuple[AssessmentsPanel, RiskBanner], modal_log: ModalLog
) -> None:
    panel, banner = page
    form = panel.start_psychosocial()
    assert isinstance(form, PsychosocialForm)
    form.text_edits["conclusion"].setPlainText("Perlu pendampingan intensif.")
    form.risk_buttons["tinggi"].setChecked(True)
    assert form.plan_table.rowCount() == 1  # an empty row to start the plan
    assert form.plan_message.isVisible()
    qtbot.mouseClick(form.sign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not form._busy)
    office.context.lane.wait()
    qtbot.waitUntil(lambda: "safety plan" in form.plan_message.text())
    assert "passwordPromptDialog" not in modal_log.names()  # no signing without a plan
    assert panel.current_form() is form  # the draft was saved; the form stays to complete it
    qtbot.waitUntil(banner.isVisible)  # a high overall risk raises a flag at once


def test_staff_sees_neither_assessments_nor_banner(qtbot: QtBot, staff_office: Office) -> None:
    office = staff_office
    panel = AssessmentsPanel(office.context, office.siti.client_id)
    banner = RiskBanner(office.context, office.siti.client_id)
    qtbot.addWidget(panel)
    qtbot.addWidget(banner)
    panel.reload()
    banner.reload()
    qtbot.waitUntil(lambda: panel.is_loaded)
    assert banner.isHidden()
    assert not panel.start_button.isEnabled()
    assert "head of the center" in panel.message.text()


def test_signing_asks_the_password_and_locks_the_form(
    qtbot: QtBot,
    office: Office,
    page: tuple[AssessmentsPanel, RiskBanner],
    modal_log: ModalLog,
    tmp_path: Path,
) -> None:
    panel, _banner = page
    form = panel.start_administration("GAD-7")
    assert isinstance(form, AdministrationForm)
    assert not form.sign_button.isEnabled()  # nothing to sign before every item is answered
    for digit in (1, 1, 2, 1, 0, 1, 1):
        _type(qtbot, form, KEYS[digit], Qt.Key.Key_Return)
    assert form.sign_button.isEnabled()

    modal_log.respond = type_password(qtbot, COUNSELOR_PASSWORD)
    with qtbot.waitSignal(panel.riskChanged, timeout=10000):
        qtbot.mouseClick(form.sign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.current_form() is None and panel.is_loaded)
    item = panel.list.topLevelItem(0)
    assert item is not None and item.text(4) == "Signed" and item.text(2) == "7"
    panel.open_current()
    qtbot.waitUntil(lambda: isinstance(panel.current_form(), AdministrationForm))
    signed = panel.current_form()
    assert isinstance(signed, AdministrationForm)
    assert signed.addenda.add_button.isVisible() and not signed.save_button.isVisible()
    _type(qtbot, signed, KEYS[3])  # a signed form takes no answers
    assert signed.answers == [1, 1, 2, 1, 0, 1, 1]

    # a correction goes under it as an addendum, the same piece as under a signed note
    assert signed.addenda.empty.isVisible()
    qtbot.keyClicks(signed.addenda.new_text, "Klien mengisi ulang butir 3 bersama konselor.")
    qtbot.mouseClick(signed.addenda.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: signed.addenda.findChild(QFrame, "addendum_1") is not None)
    assert signed.addenda.new_text.toPlainText() == ""
    assert signed.addenda.empty.isHidden()

    # the signed assessment prints as a PDF (the trend picture comes from the screen's chart)
    target = tmp_path / "asesmen-gad7.pdf"
    modal_log.respond = save_as(target)
    qtbot.mouseClick(signed.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "informDialog" in modal_log.names(), timeout=10000)
    assert target.read_bytes().startswith(b"%PDF-")


def test_a_reopened_draft_shows_the_risk_box_only_until_the_action_is_recorded(
    qtbot: QtBot, office: Office
) -> None:
    counselor = office.budi
    draft = assessments.record_administration(
        counselor, office.siti.case_id, "PHQ-9", [1, 1, 1, 1, 1, 1, 1, 1, 2], TODAY
    )
    phq9 = assessments.instrument("PHQ-9")

    def reopen() -> AdministrationForm:
        info = assessments.get_administration(counselor, draft.id)
        form = AdministrationForm(office.context, office.siti.case_id, "LK3/UJI/1", phq9, info)
        qtbot.addWidget(form)
        form.show()
        return form

    still_open = reopen()
    assert still_open.risk_warning.isVisible()
    assert not still_open.findChild(QWidget, "riskHandledNote").isVisible()

    flag = assessments.open_risk_flags(counselor, office.siti.client_id)[0]
    assessments.resolve_flag(counselor, flag.id, "Rencana keselamatan disepakati; suami dihubungi.")
    handled = reopen()
    assert not handled.risk_warning.isVisible()
    note = handled.findChild(QWidget, "riskHandledNote")
    assert note.isVisible() and "suami dihubungi" in note.text()
    # the answer stays as it was, and changing another answer raises no new box or question
    assert handled.answers[8] == 2
    handled._go_to(0)
    handled.answer(2)
    assert not handled.risk_warning.isVisible()


def test_a_safety_plan_is_written_with_the_client_signed_and_saved_as_pdf(
    qtbot: QtBot,
    office: Office,
    page: tuple[AssessmentsPanel, RiskBanner],
    modal_log: ModalLog,
    tmp_path: Path,
) -> None:
    """New safety plan: the crisis services are proposed (SAPA 129), signing first says what
    is missing under the step (no password asked), then signs with the password; the signed
    plan is read-only, shows every row, and saves as PDF for the client."""
    from lk3_desktop.ui.assessments.safety_plan_form import SafetyPlanForm

    panel, _banner = page
    panel.start_safety_plan()
    qtbot.waitUntil(lambda: isinstance(panel.current_form(), SafetyPlanForm))
    form = panel.current_form()
    assert isinstance(form, SafetyPlanForm)
    services = form.lists["professionals"].contacts()
    assert any(c.name.startswith("SAPA 129") for c in services)
    assert not form.print_button.isVisible() and not form.pdf_button.isVisible()
    hint = form.messages["warning_signs"].text()
    assert hint  # what the step is for, in its kept line

    qtbot.mouseClick(form.sign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not form._busy)
    office.context.lane.wait()
    qtbot.waitUntil(lambda: form.messages["warning_signs"].text() != hint)
    assert "passwordPromptDialog" not in modal_log.names()
    assert panel.current_form() is form and form.delete_button.isVisible()

    def fill(step: str, *texts: str) -> None:
        table = form.lists[step].table
        for row, text in enumerate(texts):
            if row >= table.rowCount():
                form.lists[step].add_row()
            item = table.item(row, 0)
            assert item is not None
            item.setText(text)

    fill("warning_signs", "Tidak bisa tidur", "Merasa sendirian")
    fill("coping", "Salat dan berzikir")
    form.lists["helpers"].table.item(0, 0).setText("Kakak, Siti")  # type: ignore[union-attr]
    form.lists["helpers"].table.item(0, 1).setText("0813-1111-2222")  # type: ignore[union-attr]
    form.reasons_edit.setPlainText("Anak-anak saya")
    assert form.value().warning_signs == ("Tidak bisa tidur", "Merasa sendirian")

    modal_log.respond = type_password(qtbot, COUNSELOR_PASSWORD)
    qtbot.mouseClick(form.sign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.current_form() is None and panel.is_loaded, timeout=10000)
    item = panel.list.topLevelItem(0)
    assert item is not None and item.text(1) == "Client safety plan" and item.text(4) == "Signed"
    panel.open_current()
    qtbot.waitUntil(lambda: isinstance(panel.current_form(), SafetyPlanForm))
    signed = panel.current_form()
    assert isinstance(signed, SafetyPlanForm)
    assert not signed.save_button.isVisible() and signed.print_button.isVisible()
    warning_table = signed.lists["warning_signs"].table
    row_height = warning_table.verticalHeader().defaultSectionSize()
    assert warning_table.height() >= 2 * row_height  # both rows shown, not scrolled
    assert not signed.lists["professionals"].add_button.isVisible()

    target = tmp_path / "rencana.pdf"
    modal_log.respond = save_as(target)
    qtbot.mouseClick(signed.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: target.exists() and target.stat().st_size > 0, timeout=10000)
    assert target.read_bytes().startswith(b"%PDF-")


def test_a_safety_plan_list_is_typed_without_the_mouse(
    qtbot: QtBot, office: Office, page: tuple[AssessmentsPanel, RiskBanner]
) -> None:
    """Type an item, Enter ends it, Enter again starts the next one on the step's last row."""
    from PySide6.QtWidgets import QApplication

    from lk3_desktop.ui.assessments.safety_plan_form import SafetyPlanForm

    panel, _banner = page
    panel.start_safety_plan()
    qtbot.waitUntil(lambda: isinstance(panel.current_form(), SafetyPlanForm))
    form = panel.current_form()
    assert isinstance(form, SafetyPlanForm)
    steps = form.lists["warning_signs"]
    steps.focus_first()

    def type_text(text: str) -> None:
        for char in text:
            qtbot.keyClicks(QApplication.focusWidget(), char)

    def enter() -> None:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        qtbot.wait(20)  # the delegate ends an edit in a queued call

    type_text("Sulit tidur")
    enter()  # ends the typing
    assert steps.table.rowCount() == 1
    enter()  # a new row, being typed into
    assert steps.table.rowCount() == 2 and steps.table.currentRow() == 1
    type_text("Menarik diri")
    enter()
    assert steps.lines() == ("Sulit tidur", "Menarik diri")
    steps.table.setCurrentCell(0, 0)
    enter()  # not on the last row: no new row
    assert steps.table.rowCount() == 2


def test_a_refused_save_says_why_under_the_date_and_the_form_works_again(
    qtbot: QtBot,
    office: Office,
    page: tuple[AssessmentsPanel, RiskBanner],
    modal_log: ModalLog,
) -> None:
    """The three assessment forms save through one piece (ui/assessments/draft_form): a date
    before the case's intake is refused and said under the date, nothing is saved, the buttons
    work again, and Back asks before the typing is discarded."""
    from PySide6.QtCore import QDate

    from lk3_desktop.ui.assessments.safety_plan_form import SafetyPlanForm

    panel, _banner = page
    forms = (AdministrationForm, PsychosocialForm, SafetyPlanForm)
    starts = (
        lambda: panel.start_administration("GAD-7"),
        panel.start_psychosocial,
        panel.start_safety_plan,
    )
    modal_log.respond = lambda dialog: dialogs.answer(dialog, accept=True)
    for kind, start in zip(forms, starts, strict=True):
        start()
        qtbot.waitUntil(lambda kind=kind: isinstance(panel.current_form(), kind))
        form = panel.current_form()
        assert isinstance(form, kind)
        form.date_edit.setDate(QDate.currentDate().addDays(-300))  # intake: 200 days ago
        assert form.is_dirty
        form.save()
        office.context.lane.wait()
        qtbot.waitUntil(lambda form=form: not form._busy and form.date_error.isVisible())
        assert form.date_error.text() and form._existing is None, kind
        assert form.save_button.isEnabled() and form.back_button.isEnabled(), kind
        assert panel.current_form() is form and form.is_dirty, kind
        asked = len(modal_log.names())
        qtbot.mouseClick(form.back_button, Qt.MouseButton.LeftButton)
        assert modal_log.names()[asked:] == ["confirmDialog"], kind  # "Discard changes?"
        qtbot.waitUntil(lambda: panel.current_form() is None)
    (case,) = assessments.list_for_client(office.budi, office.siti.client_id)
    assert not case.administrations and not case.psychosocial and not case.safety_plans


def test_each_draft_is_deleted_after_the_question_and_a_signed_plan_takes_an_addendum(
    qtbot: QtBot,
    office: Office,
    page: tuple[AssessmentsPanel, RiskBanner],
    modal_log: ModalLog,
) -> None:
    """Deleting a draft and adding an addendum, the same piece in every assessment form."""
    from dataclasses import replace

    from PySide6.QtWidgets import QFrame

    from lk3_desktop.core.client_safety_plan import SafetyPlanInput
    from lk3_desktop.ui.assessments.safety_plan_form import SafetyPlanForm

    panel, _banner = page
    who, case_id = office.budi, office.siti.case_id
    drafts = (
        ("administration", AdministrationForm,
         assessments.record_administration(who, case_id, "GAD-7", [0] * 7, TODAY).id),
        ("psychosocial", PsychosocialForm,
         assessments.create_psychosocial(who, case_id, assessments.PsychosocialInput(TODAY)).id),
        ("safety_plan", SafetyPlanForm,
         assessments.create_safety_plan(who, case_id, SafetyPlanInput(made_on=TODAY)).id),
    )  # fmt: skip
    modal_log.respond = lambda dialog: dialogs.answer(dialog, accept=True)
    for kind, form_type, record_id in drafts:
        panel.open_record(kind, record_id)
        qtbot.waitUntil(lambda t=form_type: isinstance(panel.current_form(), t))
        form = panel.current_form()
        assert isinstance(form, form_type) and form.delete_button.isVisible()
        asked = len(modal_log.names())
        qtbot.mouseClick(form.delete_button, Qt.MouseButton.LeftButton)
        assert modal_log.names()[asked:] == ["confirmDialog"], kind  # "Delete this draft?"
        qtbot.waitUntil(lambda: panel.current_form() is None and panel.is_loaded)
    (case,) = assessments.list_for_client(who, office.siti.client_id)
    assert not case.administrations and not case.psychosocial and not case.safety_plans

    proposed = assessments.proposed_plan(who, case_id)
    plan = assessments.create_safety_plan(
        who, case_id, replace(proposed, warning_signs=("Sulit tidur",), coping=("Salat",))
    )
    assessments.sign_safety_plan(who, plan.id, COUNSELOR_PASSWORD)
    panel.open_record("safety_plan", plan.id)
    qtbot.waitUntil(lambda: isinstance(panel.current_form(), SafetyPlanForm))
    signed = panel.current_form()
    assert isinstance(signed, SafetyPlanForm) and not signed.delete_button.isVisible()
    qtbot.keyClicks(signed.addenda.new_text, "Nomor kakak klien berganti: 0813-2222-3333.")
    qtbot.mouseClick(signed.addenda.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: signed.addenda.findChild(QFrame, "addendum_1") is not None)
    assert signed._existing is not None and len(signed._existing.addenda) == 1
    (addendum,) = assessments.get_safety_plan(who, plan.id).addenda
    assert addendum.text == "Nomor kakak klien berganti: 0813-2222-3333."


def test_ctrl_s_saves_a_new_psychosocial_assessment_and_a_new_safety_plan_as_drafts(
    qtbot: QtBot, office: Office, page: tuple[AssessmentsPanel, RiskBanner]
) -> None:
    """Save draft, Save and sign… and Ctrl+S are one piece of ui/assessments/draft_form for
    every form (the screening's Ctrl+S is tested above): here the other two forms."""
    from lk3_desktop.ui.assessments.safety_plan_form import SafetyPlanForm

    panel, _banner = page
    forms = ((panel.start_psychosocial, PsychosocialForm, "psychosocial"),
             (panel.start_safety_plan, SafetyPlanForm, "safetyPlan"))  # fmt: skip
    for start, kind, name in forms:
        start()
        qtbot.waitUntil(lambda kind=kind: isinstance(panel.current_form(), kind))
        form = panel.current_form()
        assert isinstance(form, kind)
        assert form.save_button.objectName() == f"{name}Save" and form.save_button.isVisible()
        assert form.sign_button.objectName() == f"{name}Sign" and form.sign_button.isVisible()
        assert form.save_button.toolTip() == "Ctrl+S"
        qtbot.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: panel.current_form() is None and panel.is_loaded)
    (case,) = assessments.list_for_client(office.budi, office.siti.client_id)
    assert len(case.psychosocial) == 1 and len(case.safety_plans) == 1
    assert not case.psychosocial[0].is_signed and not case.safety_plans[0].is_signed
