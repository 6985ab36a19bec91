"""A session note marks an appointment done (selesai) only when that appointment is the note
author's own (or the head writes it) and belongs to the note's case (issue 11, item 16)."""

from __future__ import annotations

import datetime

import pytest
from support.casework import Household
from support.office import Office

from lk3_desktop.core.errors import ValidationError
from lk3_desktop.services import cases, schedule, sessions
from lk3_desktop.services.context import UserSession
from lk3_desktop.services.sessions import NoteInput

TODAY = datetime.date.today()


def _book(office: Office, counselor: UserSession, hour: int, case_id: int | None) -> int:
    start = datetime.datetime.combine(TODAY, datetime.time(hour, 0))
    return schedule.book(
        office.tuti,
        schedule.AppointmentInput(
            counselor.actor.user_id,
            office.home.client_id,
            start,
            start + datetime.timedelta(hours=1),
            case_id=case_id,
        ),
    ).id


def _note(home: Household, appointment_id: int, case_id: int | None = None) -> NoteInput:
    return NoteInput(
        case_id=case_id or home.case_id,
        session_date=TODAY,
        start_time=datetime.time(9, 0),
        end_time=datetime.time(10, 0),
        modality="tatap_muka",
        service_type="konseling_individu",
        attendee_member_ids=(home.client_member_id,),
        note_format="dap",
        sections={"data": "Klien hadir."},
        appointment_id=appointment_id,
    )


def _status(office: Office, appointment_id: int) -> str:
    return schedule.get_appointment(office.tuti, appointment_id).status.value


def test_a_note_cannot_mark_another_counselors_appointment_done(office: Office) -> None:
    theirs = _book(office, office.dedi, 8, office.home.case_id)
    with pytest.raises(ValidationError) as caught:
        sessions.save_note(office.rina, _note(office.home, theirs))
    assert caught.value.field == "appointment"
    assert _status(office, theirs) == "terjadwal"
    with pytest.raises(ValidationError):
        schedule.start_session(office.rina, theirs)  # not offered either
    # The head may write the note of any appointment of the case.
    sessions.save_note(office.head, _note(office.home, theirs))
    assert _status(office, theirs) == "selesai"


def test_a_note_cannot_mark_an_appointment_of_another_case_done(office: Office) -> None:
    other_case = cases.open_case(
        office.head,
        office.home.client_id,
        cases.CaseInput(TODAY, "datang_sendiri", counselor_id=office.rina.actor.user_id),
    )
    for_other_case = _book(office, office.rina, 11, other_case.id)
    with pytest.raises(ValidationError) as caught:
        sessions.save_note(office.rina, _note(office.home, for_other_case))
    assert caught.value.field == "appointment"
    assert _status(office, for_other_case) == "terjadwal"

    own = _book(office, office.rina, 13, None)  # no case named: the client's case will do
    saved = sessions.save_note(office.rina, _note(office.home, own))
    assert _status(office, own) == "selesai"
    assert schedule.get_appointment(office.tuti, own).session_id == saved.id
