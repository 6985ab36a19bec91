"""Saving a record someone saved meanwhile at another desk (issue 19 item 5): the form says
so, lists what differs (typed beside saved), keeps what was typed, and saves over the newer
version only on 'Simpan versi saya'. The session note, a draft client safety plan and a
case's intake fields here; the client in test_client_conflict."""

from __future__ import annotations

import dataclasses
import datetime
from collections.abc import Callable

from PySide6.QtCore import QTime
from pytestqt.qtbot import QtBot
from support.casework import note_input
from support.office import Office
from ui_helpers import ModalLog

from lk3_desktop.core.client_safety_plan import SafetyPlanInput
from lk3_desktop.services import assessments, cases, partners, referrals, schedule, sessions
from lk3_desktop.ui import dialogs
from lk3_desktop.ui.assessments.administration_form import AdministrationForm
from lk3_desktop.ui.assessments.safety_plan_form import SafetyPlanForm
from lk3_desktop.ui.clients.case_dialogs import ClinicalDialog
from lk3_desktop.ui.referrals.referral_dialog import ReferralDialog, load_form_context
from lk3_desktop.ui.sessions.appointment_dialog import AppointmentDialog
from lk3_desktop.ui.sessions.note_editor import NoteEditor, load_for_session

WAIT = 20_000
TODAY = datetime.date.today()


def test_a_note_saved_at_another_desk_is_shown_beside_what_was_typed(
    qtbot: QtBot, office: Office, modal_log: ModalLog, indonesian: None
) -> None:
    rina, home = office.rina, office.home
    first = sessions.save_note(rina, note_input(home, "Ibu D. datang sendiri."))
    editor = NoteEditor(office.context)
    qtbot.addWidget(editor)
    editor.resize(1100, 700)
    editor.show()
    editor.show_note(*load_for_session(rina, first.id))
    # The same note, open in the counseling room, is saved there after this desk opened it.
    sessions.save_note(
        rina,
        note_input(home, "Ibu D. datang bersama suami."),
        first.id,
        expected_version=first.version,
    )
    data_edit = editor.section_edit("data")
    assert data_edit is not None
    data_edit.setPlainText("Ibu D. datang bersama ibunya.")
    asked = _declined(qtbot, modal_log, editor.save, lambda: editor._busy)
    assert "Orang lain menyimpan data ini" in asked
    assert "Data: ketikan Anda “Ibu D. datang bersama ibunya.”" in asked
    assert "tersimpan “Ibu D. datang bersama suami.”" in asked
    assert data_edit.toPlainText() == "Ibu D. datang bersama ibunya."  # what was typed stays
    saved = sessions.get_note(rina, first.id)
    assert saved.data.sections["data"] == "Ibu D. datang bersama suami." and saved.version == 2

    _accept(modal_log)
    with qtbot.waitSignal(editor.saved, timeout=WAIT):
        editor.save()
    kept = sessions.get_note(rina, first.id)
    assert kept.data.sections["data"] == "Ibu D. datang bersama ibunya." and kept.version == 3
    office.context.lane.wait()


def _declined(
    qtbot: QtBot, modal_log: ModalLog, save: Callable[[], object], busy: Callable[[], bool]
) -> str:
    """Save, let the question be declined ('Lanjut mengedit', ModalLog's default answer),
    and return its text."""
    modal_log.respond = None
    asked = len(modal_log.texts)
    save()
    qtbot.waitUntil(lambda: len(modal_log.texts) > asked and not busy(), timeout=WAIT)
    return modal_log.texts[asked]


def _accept(modal_log: ModalLog) -> None:
    """The next question is answered 'Simpan versi saya'."""
    modal_log.respond = lambda dialog: dialogs.answer(dialog, accept=True)


def test_a_draft_safety_plan_the_head_saved_meanwhile(
    qtbot: QtBot, office: Office, modal_log: ModalLog, indonesian: None
) -> None:
    rina, home = office.rina, office.home
    plan = assessments.create_safety_plan(
        rina, home.case_id, SafetyPlanInput(made_on=TODAY, warning_signs=("Gelisah",))
    )
    form = SafetyPlanForm(office.context, home.case_id, "REG", existing=plan)
    qtbot.addWidget(form)
    form.show()
    assessments.update_safety_plan(  # the head, at her desk, after Rina opened the plan
        office.head,
        plan.id,
        dataclasses.replace(plan.data, reasons="Anak-anak di rumah"),
        expected_version=plan.version,
    )
    form.reasons_edit.setPlainText("Cucu pertama")
    asked = _declined(qtbot, modal_log, form.save, lambda: form._busy)
    assert "7. Hal yang paling berarti: ketikan Anda “Cucu pertama”" in asked
    assert "tersimpan “Anak-anak di rumah”" in asked
    assert form.reasons_edit.toPlainText() == "Cucu pertama"
    assert assessments.get_safety_plan(rina, plan.id).data.reasons == "Anak-anak di rumah"

    _accept(modal_log)
    with qtbot.waitSignal(form.saved, timeout=WAIT):
        form.save()
    assert assessments.get_safety_plan(rina, plan.id).data.reasons == "Cucu pertama"
    office.context.lane.wait()


def test_a_cases_intake_fields_the_head_changed_meanwhile(
    qtbot: QtBot, office: Office, modal_log: ModalLog, indonesian: None
) -> None:
    rina, case_id = office.rina, office.home.case_id
    opened = cases.get_case(rina, case_id)
    dialog = ClinicalDialog(office.context, opened, cases.list_problem_areas(rina))
    qtbot.addWidget(dialog)
    cases.update_clinical(
        office.head,
        case_id,
        "Utang dan pertengkaran.",
        (),
        opened.urgency,
        expected_version=opened.version,
    )
    dialog.presenting.setPlainText("Pertengkaran soal anak.")
    asked = _declined(qtbot, modal_log, dialog.accept, lambda: dialog._busy)
    assert "ketikan Anda “Pertengkaran soal anak.”, tersimpan “Utang dan pertengkaran.”" in asked
    assert dialog.presenting.toPlainText() == "Pertengkaran soal anak."
    assert cases.get_case(rina, case_id).presenting_problem == "Utang dan pertengkaran."

    _accept(modal_log)
    dialog.accept()
    qtbot.waitUntil(
        lambda: cases.get_case(rina, case_id).presenting_problem == "Pertengkaran soal anak.",
        timeout=WAIT,
    )
    office.context.lane.wait()


def test_an_appointment_the_front_desk_moved_meanwhile(
    qtbot: QtBot, office: Office, modal_log: ModalLog, indonesian: None
) -> None:
    rina, tuti, home = office.rina, office.tuti, office.home
    start = datetime.datetime.combine(TODAY, datetime.time(21, 0))
    hour = datetime.timedelta(hours=1)
    booked = schedule.book(
        tuti, schedule.AppointmentInput(rina.actor.user_id, home.client_id, start, start + hour)
    )
    dialog = AppointmentDialog(
        office.context,
        cases.list_counselors(rina),
        schedule.list_rooms(rina),
        client=schedule.client_choice(rina, home.client_id),
        existing=booked,
    )
    qtbot.addWidget(dialog)
    moved = start + hour
    schedule.reschedule(  # Tuti moves it at the front desk after Rina opened it
        tuti,
        booked.id,
        schedule.AppointmentInput(rina.actor.user_id, home.client_id, moved, moved + hour),
        expected_version=booked.version,
    )
    dialog.end_edit.setTime(QTime(21, 30))  # Rina shortens it to half an hour
    asked = _declined(qtbot, modal_log, dialog.save, lambda: not dialog.ok_button.isEnabled())
    assert "Kapan: ketikan Anda" in asked and "21.00–21.30" in asked and "22.00–23.00" in asked
    assert schedule.get_appointment(rina, booked.id).starts_at == moved
    assert dialog.end_edit.time() == QTime(21, 30)  # what she chose stays

    _accept(modal_log)
    dialog.save()
    qtbot.waitUntil(
        lambda: (
            schedule.get_appointment(rina, booked.id).ends_at
            == start + datetime.timedelta(minutes=30)
        ),
        timeout=WAIT,
    )
    office.context.lane.wait()


def test_a_draft_screening_the_head_saved_meanwhile(
    qtbot: QtBot, office: Office, modal_log: ModalLog, indonesian: None
) -> None:
    rina, home = office.rina, office.home
    draft = assessments.record_administration(
        rina, home.case_id, "PHQ-9", [1, 1, 1, 1, 1, 1, 1, 1, 0], TODAY
    )
    form = AdministrationForm(
        office.context, home.case_id, "REG", assessments.instrument("PHQ-9"), draft
    )
    qtbot.addWidget(form)
    form.show()
    assessments.update_administration(  # the head corrects the last answer at her desk
        office.head, draft.id, [1, 1, 1, 1, 1, 1, 1, 1, 2], TODAY, expected_version=draft.version
    )
    form.note_edit.setPlainText("Klien tampak lelah.")
    asked = _declined(qtbot, modal_log, form.save, lambda: form._busy)
    assert "Catatan konselor: ketikan Anda “Klien tampak lelah.”" in asked
    assert "1, 1, 1, 1, 1, 1, 1, 1, 2" in asked  # the answers saved at the head's desk
    assert assessments.get_administration(rina, draft.id).answers[-1] == 2

    _accept(modal_log)
    with qtbot.waitSignal(form.saved, timeout=WAIT):
        form.save()
    saved = assessments.get_administration(rina, draft.id)
    assert saved.note == "Klien tampak lelah." and saved.answers[-1] == 0
    office.context.lane.wait()


def test_a_referral_the_head_corrected_meanwhile(
    qtbot: QtBot, office: Office, modal_log: ModalLog, indonesian: None
) -> None:
    rina, home = office.rina, office.home
    kind = {t.code: t.id for t in partners.list_partner_types(office.head)}["puskesmas"]
    partner = partners.add_partner(rina, partners.PartnerInput("Puskesmas Uji", kind))
    draft = referrals.create_referral(
        rina,
        home.case_id,
        referrals.ReferralInput(
            partner.id,
            reason="Pemeriksaan kesehatan jiwa.",
            consented_fields=("name",),
            consent_given_by_name="Dewi",
        ),
    )
    dialog = ReferralDialog(office.context, load_form_context(rina, home.case_id), draft)
    qtbot.addWidget(dialog)
    referrals.update_referral(  # the head, at her desk, after Rina opened it
        office.head,
        draft.id,
        dataclasses.replace(draft.as_input(), reason="Pemeriksaan oleh psikiater."),
        expected_version=draft.version,
    )
    dialog.reason_field.setPlainText("Pemeriksaan dan konseling.")
    asked = _declined(
        qtbot, modal_log, lambda: dialog.save(False), lambda: not dialog.save_button.isEnabled()
    )
    assert "ketikan Anda “Pemeriksaan dan konseling.”" in asked
    assert "tersimpan “Pemeriksaan oleh psikiater.”" in asked
    assert referrals.get_referral(rina, draft.id).reason == "Pemeriksaan oleh psikiater."
    assert dialog.reason_field.toPlainText() == "Pemeriksaan dan konseling."

    _accept(modal_log)
    dialog.save(False)
    qtbot.waitUntil(
        lambda: referrals.get_referral(rina, draft.id).reason == "Pemeriksaan dan konseling.",
        timeout=WAIT,
    )
    office.context.lane.wait()
