"""Jangan diungkap marks through the services: which records each role may mark, marking a
field and a record, and lifting (the head only)."""

from __future__ import annotations

import datetime

import pytest
from support.casework import Household, add_assessments_and_referral, household
from support.office import Office

from lk3_desktop.core.dates_id import format_date_id
from lk3_desktop.core.errors import PermissionDenied, ValidationError
from lk3_desktop.services import sessions, withholding
from lk3_desktop.services.context import UserSession
from lk3_desktop.services.sessions import NoteInput

TODAY = datetime.date.today()
# Every test starts from the household with records of each markable kind.
pytestmark = pytest.mark.usefixtures("session_id")


def write_note(counselor: UserSession, home: Household, day: datetime.date = TODAY) -> int:
    note = NoteInput(
        case_id=home.case_id,
        session_date=day,
        start_time=datetime.time(9, 0),
        end_time=datetime.time(10, 0),
        modality="tatap_muka",
        service_type="konseling_keluarga",
        attendee_member_ids=(home.client_member_id,),
        other_attendees=(),
        note_format="dap",
        sections={"data": "Ibu D. bercerita.", "assessment": "Cemas."},
        interventions="",
        homework="",
        plan="",
    )
    return sessions.save_note(counselor, note).id


@pytest.fixture
def session_id(office: Office) -> int:
    """The household's records: a screening, a psychosocial assessment, a referral and a note."""
    add_assessments_and_referral(office.head, office.home)
    return write_note(office.rina, office.home)


def test_markable_records_follow_who_may_see_the_case(office: Office, session_id: int) -> None:
    cid = office.home.client_id
    found = withholding.markable_records(office.head, cid)
    assert [r.kind for r in found] == ["session", "psychosocial", "administration", "referral"]
    by_kind = {r.kind: r for r in found}
    assert by_kind["session"].record_id == session_id
    assert by_kind["session"].label == f"Catatan sesi {format_date_id(TODAY)}"
    day = TODAY - datetime.timedelta(days=24)
    assert by_kind["administration"].label == f"Instrumen skrining PHQ-9 {format_date_id(day)}"
    # the counselor of the case sees the same records; another counselor and staf see none
    assert withholding.markable_records(office.rina, cid) == found
    assert withholding.markable_records(office.dedi, cid) == []
    assert withholding.markable_records(office.tuti, cid) == []
    # another client's records are never offered
    other = household(office.head, office.rina.actor.user_id, "Sri Wahyuni", surname="Putri")
    assert withholding.markable_records(office.head, other.client_id) == []


def test_record_mark_carries_the_same_label_as_the_choice(office: Office, session_id: int) -> None:
    cid = office.home.client_id
    for record in withholding.markable_records(office.rina, cid):
        withholding.mark(
            office.rina, cid, "permintaan klien", kind=record.kind, record_id=record.record_id
        )
    marks = withholding.list_marks(office.head, cid)
    assert [m.label for m in marks] == [
        r.label for r in withholding.markable_records(office.head, cid)
    ]
    with pytest.raises(PermissionDenied):
        withholding.mark(office.tuti, cid, "x", kind="session", record_id=session_id)
    with pytest.raises(PermissionDenied):
        withholding.mark(office.dedi, cid, "x", kind="session", record_id=session_id)


def test_only_the_head_lifts_a_mark(office: Office) -> None:
    cid = office.home.client_id
    mark_id = withholding.mark(office.tuti, cid, "alamat dirahasiakan", field_code="address")
    with pytest.raises(ValidationError):
        withholding.mark(office.tuti, cid, "   ", field_code="phone")  # a reason is required
    for refused in (office.rina, office.tuti):
        with pytest.raises(PermissionDenied):
            withholding.lift(refused, mark_id)
    assert [m.id for m in withholding.list_marks(office.head, cid)] == [mark_id]
    withholding.lift(office.head, mark_id)
    assert withholding.list_marks(office.head, cid) == []
    with pytest.raises(ValidationError):
        withholding.lift(office.head, mark_id)  # already lifted
