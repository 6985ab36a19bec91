"""Sessions, schedule and timeline as a person uses them: write and sign a note (locked
afterwards), add an addendum, book two clashing appointments, read a case's history."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QDialog, QFrame, QMessageBox, QPlainTextEdit
from pytestqt.qtbot import QtBot
from support.casework import (
    COUNSELOR_PASSWORD,
    add_assessments_and_referral,
)
from support.office import Office
from support.ui_settings import save_as
from ui_helpers import ModalLog

from lk3_desktop.core.case_stages import Stage
from lk3_desktop.services import assessments, cases, schedule, sessions
from lk3_desktop.services.sessions import NoteInput
from lk3_desktop.ui import dialogs
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.password_prompt import PasswordPromptDialog
from lk3_desktop.ui.sessions import (
    DraftRecoveryDialog,
    SchedulePage,
    SessionsPanel,
    TimelinePanel,
    TodayAppointmentsWidget,
    offer_pending_drafts,
)
from lk3_desktop.ui.sessions.appointment_dialog import AppointmentDialog
from lk3_desktop.ui.sessions.note_editor import default_session_times

TODAY = datetime.date.today()
WAIT = 15_000


def settle(context: AppContext, qtbot: QtBot) -> None:
    """Let queued service calls finish and their results reach the widgets."""
    context.lane.wait()
    qtbot.wait(20)
    context.lane.wait()
    qtbot.wait(20)


def type_password(qtbot: QtBot, password: str) -> Callable[[QDialog], int]:
    def handler(dialog: QDialog) -> int:
        assert isinstance(dialog, PasswordPromptDialog)
        qtbot.keyClicks(dialog.password, password)
        with qtbot.waitSignal(dialog.finished, timeout=WAIT):
            dialog.ok_button.click()
        return dialog.result()

    return handler


def open_panel(office: Office, qtbot: QtBot) -> SessionsPanel:
    panel = SessionsPanel(office.context, office.home.client_id)
    qtbot.addWidget(panel)
    panel.resize(1150, 640)
    panel.show()
    settle(office.context, qtbot)
    return panel


def test_a_new_notes_times_stay_within_its_day_just_after_midnight() -> None:
    """The default was the hour before the last half hour: at 00:10 that began yesterday at
    23:00, and saving the untouched form said the end was before the start."""
    day = datetime.date(2026, 12, 8)

    def at(hour: int, minute: int) -> tuple[str, str]:
        date, start, end = default_session_times(
            datetime.datetime.combine(day, datetime.time(hour, minute))
        )
        assert date == day and start < end
        return start.strftime("%H.%M"), end.strftime("%H.%M")

    assert at(0, 10) == ("00.00", "00.30")
    assert at(0, 40) == ("00.00", "00.30")
    assert at(1, 10) == ("00.00", "01.00")
    assert at(14, 45) == ("13.30", "14.30")
    assert at(23, 59) == ("22.30", "23.30")


def test_write_a_note_sign_it_and_it_is_locked(
    office: Office, qtbot: QtBot, modal_log: ModalLog
) -> None:
    panel = open_panel(office, qtbot)
    assert panel.new_button.isVisible()
    qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
    settle(office.context, qtbot)
    editor = panel.editor
    assert panel.stack.currentWidget() is editor and not editor.is_read_only
    data_edit = editor.section_edit("data")
    assert data_edit is not None and data_edit.objectName() == "noteSection_data"
    qtbot.keyClicks(data_edit, "Ibu Dewi datang bersama suami.")
    plan = editor.findChild(QPlainTextEdit, "notePlan")
    assert plan is not None
    qtbot.keyClicks(plan, "Sesi keluarga minggu depan")
    with qtbot.waitSignal(editor.saved, timeout=WAIT):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    settle(office.context, qtbot)
    assert panel.tree.topLevelItemCount() == 1
    session_id = editor.session_id
    assert session_id is not None

    modal_log.respond = type_password(qtbot, COUNSELOR_PASSWORD)
    with qtbot.waitSignal(editor.signed, timeout=WAIT):
        qtbot.mouseClick(editor.sign_button, Qt.MouseButton.LeftButton)
    settle(office.context, qtbot)
    assert "signNoteDialog" in modal_log.names()
    assert editor.is_read_only
    assert not editor.save_button.isVisible() and not editor.sign_button.isVisible()
    assert not editor.form_widget.isVisible() and editor.read_view.isVisible()
    assert "Ibu Dewi datang bersama suami." in editor.read_view.text()
    locked_data = editor.section_edit("data")  # the fields were rebuilt for reading
    assert locked_data is not None and locked_data.isReadOnly() and plan.isReadOnly()
    assert editor.status_chip.text() == "Signed"
    # nothing a person does in the editor changes the signed note
    editor.save()
    editor.autosave()
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(office.context, qtbot)
    note = sessions.get_note(office.rina, session_id)
    assert note.is_signed and note.intact
    assert note.data.sections["data"] == "Ibu Dewi datang bersama suami."
    assert sessions.pending_drafts(office.rina) == []
    item = panel.tree.topLevelItem(0)
    assert item is not None and item.text(2) == "Signed"


def test_add_an_addendum_under_the_signed_note(office: Office, qtbot: QtBot) -> None:
    saved = sessions.save_note(
        office.rina,
        NoteInput(case_id=office.home.case_id, session_date=TODAY, sections={"data": "Hadir"}),
    )
    sessions.sign_note(office.rina, saved.id, COUNSELOR_PASSWORD)
    panel = open_panel(office, qtbot)
    panel.open_session(saved.id)
    settle(office.context, qtbot)
    editor = panel.editor
    assert editor.is_read_only and editor.addenda.isVisible()
    qtbot.keyClicks(editor.addenda.new_text, "Koreksi: nenek juga hadir.")
    qtbot.mouseClick(editor.addenda.add_button, Qt.MouseButton.LeftButton)
    settle(office.context, qtbot)
    assert editor.addenda.new_text.toPlainText() == ""
    addenda = sessions.get_note(office.rina, saved.id).addenda
    assert [a.text for a in addenda] == ["Koreksi: nenek juga hadir."]
    card = editor.addenda.findChild(QFrame, f"addendum_{addenda[0].id}")
    assert card is not None and card.isVisible()
    assert editor.addenda.empty.isHidden()


def test_the_head_cosigns_and_sees_but_does_not_edit(
    office: Office, qtbot: QtBot, modal_log: ModalLog
) -> None:
    from support.factories import HEAD_PASSWORD

    unsigned = sessions.save_note(
        office.rina,
        NoteInput(case_id=office.home.case_id, session_date=TODAY, sections={"data": "Draf"}),
    )
    signed = sessions.save_note(
        office.rina,
        NoteInput(case_id=office.home.case_id, session_date=TODAY, sections={"data": "Final"}),
    )
    sessions.sign_note(office.rina, signed.id, COUNSELOR_PASSWORD)
    office.context.set_session(office.head)
    panel = open_panel(office, qtbot)
    panel.open_session(unsigned.id)
    settle(office.context, qtbot)
    assert panel.editor.is_read_only  # someone else's draft: read only for the head
    assert not panel.editor.cosign_button.isVisible()
    panel.open_session(signed.id)
    settle(office.context, qtbot)
    assert panel.editor.cosign_button.isVisible()
    modal_log.respond = type_password(qtbot, HEAD_PASSWORD)
    with qtbot.waitSignal(panel.editor.signed, timeout=WAIT):
        qtbot.mouseClick(panel.editor.cosign_button, Qt.MouseButton.LeftButton)
    assert sessions.get_note(office.head, signed.id).cosigned_by_name == "Siti Rahmawati"
    assert "co-signed by Siti Rahmawati" in panel.editor.status_badge.text()
    settle(office.context, qtbot)


def test_staff_are_told_notes_are_not_for_them(office: Office, qtbot: QtBot) -> None:
    sessions.save_note(
        office.rina,
        NoteInput(case_id=office.home.case_id, session_date=TODAY, sections={"data": "x"}),
    )
    office.context.set_session(office.tuti)
    panel = open_panel(office, qtbot)
    assert panel.tree.topLevelItemCount() == 0
    assert not panel.new_button.isVisible()
    assert panel.notice.isVisible() and "head of the center" in panel.notice.text()
    office.context.set_session(office.rina)


def test_autosave_on_focus_change_and_drafts_offered_after_sign_in(
    office: Office, qtbot: QtBot, modal_log: ModalLog
) -> None:
    panel = open_panel(office, qtbot)
    panel.start_new(office.home.case_id)
    settle(office.context, qtbot)
    editor = panel.editor
    data_edit = editor.section_edit("data")
    assert data_edit is not None
    panel.activateWindow()
    qtbot.waitUntil(lambda: panel.isActiveWindow(), timeout=WAIT)
    data_edit.setFocus()
    qtbot.waitUntil(data_edit.hasFocus, timeout=WAIT)
    qtbot.keyClicks(data_edit, "Catatan yang belum disimpan")
    assert editor.is_dirty
    with qtbot.waitSignal(editor.draft_saved, timeout=WAIT):
        editor.others_edit.setFocus()  # focus moves on: the draft is saved
    pending = sessions.pending_drafts(office.rina)
    assert len(pending) == 1
    assert sessions.get_draft(office.rina, pending[0].id).data.sections["data"] == (
        "Catatan yang belum disimpan"
    )
    assert editor.autosave_label.text().startswith("Draft saved")

    seen: list[int] = []
    recovered: list[DraftRecoveryDialog] = []

    def keep(dialog: QDialog) -> int:
        assert isinstance(dialog, DraftRecoveryDialog)
        recovered.append(dialog)
        assert [d.client_name for d in dialog.drafts] == ["Dewi Lestari Hidayat"]
        with qtbot.waitSignal(dialog.finished, timeout=WAIT):
            dialog.save_button.click()
        return dialog.result()

    modal_log.respond = keep
    offer_pending_drafts(office.context, panel, seen.append)
    qtbot.waitUntil(lambda: seen == [1], timeout=WAIT)
    assert modal_log.names()[-1] == "draftRecoveryDialog"
    assert sessions.pending_drafts(office.rina) == []
    rows = sessions.list_client_sessions(office.rina, office.home.client_id).rows
    assert len(rows) == 1


def test_book_two_clashing_appointments_and_see_the_warning(
    office: Office, qtbot: QtBot, modal_log: ModalLog
) -> None:
    office.context.set_session(office.tuti)
    page = SchedulePage(office.context)
    qtbot.addWidget(page)
    page.resize(1180, 700)
    page.show()
    settle(office.context, qtbot)
    room = schedule.list_rooms(office.tuti)[0]
    client = schedule.client_choice(office.tuti, office.home.client_id)
    start = datetime.datetime.combine(TODAY + datetime.timedelta(days=1), datetime.time(10))
    clash_texts: list[str] = []

    def answer(dialog: QDialog) -> int:
        if isinstance(dialog, AppointmentDialog):
            qtbot.waitUntil(lambda: dialog.ok_button.isEnabled(), timeout=WAIT)
            with qtbot.waitSignal(dialog.finished, timeout=WAIT):
                dialog.ok_button.click()
            return dialog.result()
        assert isinstance(dialog, QMessageBox) and dialog.objectName() == "confirmDialog"
        clash_texts.append(dialog.text())
        return dialogs.answer(dialog, accept=True)  # book anyway

    modal_log.respond = answer
    first = page.new_appointment(start, office.rina.actor.user_id, room.id, client)
    assert first is not None and first.result() == QDialog.DialogCode.Accepted
    assert clash_texts == []
    second = page.new_appointment(
        start + datetime.timedelta(minutes=30), office.rina.actor.user_id, room.id, client
    )
    assert second is not None and second.result() == QDialog.DialogCode.Accepted
    assert len(clash_texts) == 1
    assert "Rina Marlina already meets Dewi Lestari Hidayat" in clash_texts[0]
    assert "Ruang Konseling 1 is taken" in clash_texts[0]
    assert "confirmDialog" in modal_log.names()
    booked = schedule.list_appointments(office.tuti, start.date())
    assert [a.starts_at.time() for a in booked] == [datetime.time(10), datetime.time(10, 30)]
    settle(office.context, qtbot)
    page.set_date(start.date())
    settle(office.context, qtbot)
    assert {a.id for a in page.grid.appointments()} == {a.id for a in booked}


def test_a_declined_clash_saves_nothing(office: Office, qtbot: QtBot, modal_log: ModalLog) -> None:
    start = datetime.datetime.combine(TODAY + datetime.timedelta(days=1), datetime.time(13))
    schedule.book(
        office.tuti,
        schedule.AppointmentInput(
            office.rina.actor.user_id,
            office.home.client_id,
            start,
            start + datetime.timedelta(hours=1),
        ),
    )
    page = SchedulePage(office.context)
    qtbot.addWidget(page)
    settle(office.context, qtbot)
    client = schedule.client_choice(office.rina, office.home.client_id)

    def answer(dialog: QDialog) -> int:
        if isinstance(dialog, AppointmentDialog):
            qtbot.waitUntil(lambda: dialog.clash.isVisibleTo(dialog), timeout=WAIT)
            assert "already meets" in dialog.clash.text()  # warned while choosing
            dialog.ok_button.click()
            qtbot.waitUntil(lambda: "confirmDialog" in modal_log.names(), timeout=WAIT)
            dialog.reject()
            return dialog.result()
        return dialogs.answer(dialog, accept=False)  # change the time instead

    modal_log.respond = answer
    page.new_appointment(start, office.rina.actor.user_id, None, client)
    settle(office.context, qtbot)
    assert len(schedule.list_appointments(office.tuti, start.date())) == 1


def test_no_show_and_start_a_session_from_the_schedule(
    office: Office, qtbot: QtBot, modal_log: ModalLog
) -> None:
    now = datetime.datetime.now().replace(second=0, microsecond=0)
    earlier = max(
        datetime.datetime.combine(TODAY, datetime.time(0, 0)), now - datetime.timedelta(hours=2)
    )
    missed = schedule.book(
        office.tuti,
        schedule.AppointmentInput(
            office.rina.actor.user_id,
            office.home.client_id,
            earlier,
            earlier + datetime.timedelta(minutes=30),
        ),
    )
    later = schedule.book(
        office.tuti,
        schedule.AppointmentInput(
            office.rina.actor.user_id,
            office.home.client_id,
            earlier + datetime.timedelta(minutes=30),
            earlier + datetime.timedelta(minutes=60),
            case_id=office.home.case_id,
        ),
    )
    page = SchedulePage(office.context)
    qtbot.addWidget(page)
    page.resize(1180, 700)
    page.show()
    settle(office.context, qtbot)
    page.grid.select(missed.id)
    assert page.details.no_show_button.isVisible()
    qtbot.mouseClick(page.details.no_show_button, Qt.MouseButton.LeftButton)
    settle(office.context, qtbot)
    assert schedule.no_show_count(office.rina, office.home.client_id) == 1
    page.grid.select(later.id)
    assert "Missed 1 appointment" in page.details.no_shows.text()
    assert page.details.start_button.isVisible()
    window = page.start_session()
    assert window is not None
    settle(office.context, qtbot)
    assert window.isVisible()
    editor = window.editor
    data_edit = editor.section_edit("data")
    assert data_edit is not None
    qtbot.keyClicks(data_edit, "Datang tepat waktu")
    with qtbot.waitSignal(editor.saved, timeout=WAIT):
        editor.save()
    settle(office.context, qtbot)
    after = schedule.get_appointment(office.rina, later.id)
    assert after.status.value == "selesai" and after.session_id == editor.session_id
    window.close()


def test_todays_appointments_widget(office: Office, qtbot: QtBot) -> None:
    start = datetime.datetime.combine(TODAY, datetime.time(23, 0))
    schedule.book(
        office.tuti,
        schedule.AppointmentInput(
            office.rina.actor.user_id,
            office.home.client_id,
            start,
            start + datetime.timedelta(minutes=45),
        ),
    )
    widget = TodayAppointmentsWidget(office.context)
    qtbot.addWidget(widget)
    widget.show()
    settle(office.context, qtbot)
    assert [a.client_name for a in widget.appointments()] == ["Dewi Lestari Hidayat"]
    item = widget.tree.topLevelItem(0)
    assert item is not None and item.text(0) == "23.00–23.45"
    with qtbot.waitSignal(widget.openClient, timeout=WAIT) as opened:
        widget.tree.itemActivated.emit(item, 0)
    assert opened.args == [office.home.client_id]


def test_a_case_timeline_lists_every_kind_of_entry(office: Office, qtbot: QtBot) -> None:
    home = office.home
    cases.change_stage(
        office.rina, home.case_id, Stage.ASESMEN, TODAY - datetime.timedelta(days=25)
    )
    add_assessments_and_referral(office.head, home)
    saved = sessions.save_note(
        office.rina,
        NoteInput(
            case_id=home.case_id,
            session_date=TODAY - datetime.timedelta(days=20),
            start_time=datetime.time(9),
            sections={"data": "Kunjungan"},
        ),
    )
    sessions.sign_note(office.rina, saved.id, COUNSELOR_PASSWORD)
    sessions.add_addendum(office.rina, saved.id, "Koreksi")
    plan = assessments.create_safety_plan(
        office.rina, home.case_id, assessments.proposed_plan(office.rina, home.case_id)
    )
    panel = TimelinePanel(office.context, home.client_id)
    qtbot.addWidget(panel)
    panel.resize(1150, 640)
    panel.show()
    settle(office.context, qtbot)
    kinds = [e.kind for e in panel.entries()]
    assert set(kinds) == {"intake", "stage", "assessment", "session", "addendum", "referral"}
    assert panel.tree.topLevelItemCount() == len(kinds)
    times = [e.at for e in panel.entries()]
    assert times == sorted(times)
    titles = [panel.tree.topLevelItem(i).text(1) for i in range(len(kinds))]  # type: ignore[union-attr]
    assert titles[0].startswith("Intake, case ")
    assert "Referral to Puskesmas Serang Kota" in titles
    # each entry opens its record; an addendum opens its session
    row = kinds.index("addendum")
    item = panel.tree.topLevelItem(row)
    assert item is not None
    panel.tree.setCurrentItem(item)
    with qtbot.waitSignal(panel.openRecord, timeout=WAIT) as opened:
        qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    assert opened.args == ["session", saved.id]
    row = titles.index("Client safety plan")  # among the assessments; opens its form
    panel.tree.setCurrentItem(panel.tree.topLevelItem(row))
    with qtbot.waitSignal(panel.openRecord, timeout=WAIT) as opened:
        qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    assert opened.args == ["safety_plan", plan.id]
    # filters
    panel.set_kind_visible("session", False)
    panel.set_kind_visible("addendum", False)
    settle(office.context, qtbot)
    assert {e.kind for e in panel.entries()} == {"intake", "stage", "assessment", "referral"}


def test_staff_see_only_intake_and_stages_in_the_timeline(office: Office, qtbot: QtBot) -> None:
    add_assessments_and_referral(office.head, office.home)
    office.context.set_session(office.tuti)
    panel = TimelinePanel(office.context, office.home.client_id)
    qtbot.addWidget(panel)
    panel.show()
    settle(office.context, qtbot)
    assert {e.kind for e in panel.entries()} == {"intake"}
    assert panel.notice.isVisible()
    office.context.set_session(office.rina)


def test_locking_saves_what_was_typed(office: Office, qtbot: QtBot) -> None:
    panel = open_panel(office, qtbot)
    panel.start_new(office.home.case_id)
    settle(office.context, qtbot)
    data_edit = panel.editor.section_edit("data")
    assert data_edit is not None
    qtbot.keyClicks(data_edit, "Diketik sebelum layar dikunci")
    rina = office.rina
    office.context.set_session(None)  # what locking does first
    office.context.locked.emit()
    settle(office.context, qtbot)
    pending = sessions.pending_drafts(rina)
    assert [sessions.get_draft(rina, d.id).data.sections["data"] for d in pending] == [
        "Diketik sebelum layar dikunci"
    ]
    office.context.set_session(rina)


def test_a_closed_new_note_stays_in_the_list_as_unsaved(office: Office, qtbot: QtBot) -> None:
    panel = open_panel(office, qtbot)
    panel.start_new(office.home.case_id)
    settle(office.context, qtbot)
    data_edit = panel.editor.section_edit("data")
    assert data_edit is not None
    qtbot.keyClicks(data_edit, "Belum selesai ditulis")
    qtbot.mouseClick(panel.editor.close_button, Qt.MouseButton.LeftButton)
    settle(office.context, qtbot)
    item = panel.tree.topLevelItem(0)
    assert item is not None and item.text(2) == "Unsaved"
    panel.tree.setCurrentItem(item)
    qtbot.mouseClick(
        panel.tree.viewport(),
        Qt.MouseButton.LeftButton,
        pos=panel.tree.visualItemRect(item).center(),
    )
    settle(office.context, qtbot)
    reopened = panel.editor.section_edit("data")
    assert reopened is not None and reopened.toPlainText() == "Belum selesai ditulis"
    assert panel.editor.banner.isVisible()


def test_a_new_appointment_takes_the_case_counselor_and_a_free_working_hour(
    office: Office, qtbot: QtBot
) -> None:
    """Booked by the head, an appointment for a client with a case goes to the case's
    counselor (not the head) at the first free time in working hours, never 18.00."""
    rina_id = office.rina.actor.user_id
    first_free = schedule.next_free_slot(office.head, rina_id)
    schedule.book(  # Rina is busy then: the next free half hour is proposed
        office.head,
        schedule.AppointmentInput(
            rina_id, office.home.client_id, first_free, first_free + datetime.timedelta(hours=1)
        ),
    )
    office.context.set_session(office.head)
    client = schedule.client_choice(office.head, office.home.client_id)
    dialog = AppointmentDialog(
        office.context,
        cases.list_counselors(office.head),
        schedule.list_rooms(office.head),
        client=client,
    )
    qtbot.addWidget(dialog)
    settle(office.context, qtbot)
    assert dialog.counselor_combo.currentData() == rina_id
    proposed = dialog.data()
    assert proposed is not None
    start, end = proposed.starts_at, proposed.ends_at
    assert start.weekday() < 5 and start.time() >= datetime.time(8)
    assert end.time() <= datetime.time(16) and end - start == datetime.timedelta(hours=1)
    assert start >= first_free + datetime.timedelta(hours=1)  # after Rina's booked hour
    # a counselor chosen by hand stays when the case is chosen again
    head_index = dialog.counselor_combo.findData(office.head.actor.user_id)
    dialog.counselor_combo.setCurrentIndex(head_index)
    dialog.counselor_combo.activated.emit(head_index)
    dialog.case_combo.setCurrentIndex(0)
    dialog.case_combo.setCurrentIndex(1)
    assert dialog.counselor_combo.currentData() == office.head.actor.user_id


def test_typing_a_day_into_a_date_field_after_a_click_replaces_it(
    office: Office, qtbot: QtBot
) -> None:
    """Typing "14" after clicking behind the "17" of a date gave 17: the click now selects
    the day, so the typed digits replace it (every date field of the app)."""
    dialog = AppointmentDialog(
        office.context,
        cases.list_counselors(office.rina),
        schedule.list_rooms(office.rina),
        start=datetime.datetime(2026, 12, 17, 9),
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    line = dialog.date_edit.lineEdit()
    behind_day = QPoint(line.fontMetrics().horizontalAdvance("17") + 3, line.height() // 2)
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton, pos=behind_day)
    qtbot.wait(10)  # the click's own handling ends before the day is selected
    qtbot.keyClicks(line, "14")
    assert dialog.date_edit.date() == QDate(2026, 12, 14)


def test_a_signed_note_is_saved_as_pdf_from_its_window(
    office: Office, qtbot: QtBot, modal_log: ModalLog, tmp_path: Path
) -> None:
    """Simpan PDF… on a signed note: the note and its addendum, RAHASIA, written where the
    person chose; a draft offers no PDF."""
    import io

    from pypdf import PdfReader

    def new_note(text: str) -> int:
        data = NoteInput(case_id=office.home.case_id, session_date=TODAY, sections={"data": text})
        return sessions.save_note(office.rina, data).id

    draft_id, signed_id = new_note("Belum selesai"), new_note("Hadir")
    sessions.sign_note(office.rina, signed_id, COUNSELOR_PASSWORD)
    sessions.add_addendum(office.rina, signed_id, "Koreksi: nenek juga hadir.")
    panel = open_panel(office, qtbot)
    panel.open_session(draft_id)
    settle(office.context, qtbot)
    assert not panel.editor.buttons.pdf_button.isVisibleTo(panel)  # a draft: no PDF yet
    panel.open_session(signed_id)
    settle(office.context, qtbot)
    editor = panel.editor
    assert editor.buttons.pdf_button.isVisibleTo(panel)
    assert editor.buttons.print_button.isVisibleTo(panel)
    target = tmp_path / "catatan.pdf"
    modal_log.respond = save_as(target)  # and "PDF saved"
    editor.buttons.pdf_button.click()
    qtbot.waitUntil(target.exists, timeout=WAIT)
    settle(office.context, qtbot)
    text = " ".join(
        " ".join(p.extract_text() for p in PdfReader(io.BytesIO(target.read_bytes())).pages).split()
    )
    assert "CATATAN SESI KONSELING" in text and "RAHASIA" in text
    assert "Koreksi: nenek juga hadir." in text
    assert (target.stat().st_mode & 0o077) == 0  # readable by the owner only
