"""The schedule through the services: clashes found before saving, no-shows counted, today's
list, rooms, and what staff may see."""

from __future__ import annotations

import datetime
from dataclasses import replace

import pytest
from support.casework import Household
from support.office import Office

from lk3_desktop.core.errors import PermissionDenied, ValidationError
from lk3_desktop.core.session_notes import AppointmentStatus
from lk3_desktop.services import schedule
from lk3_desktop.services.context import UserSession
from lk3_desktop.services.schedule import AppointmentConflict, AppointmentInput

Rooms = list[schedule.RoomInfo]
TODAY = datetime.date.today()


@pytest.fixture
def office(office: Office) -> Office:
    """The usual office, and Sri Saputra, whose case Dedi holds."""
    office.add_home("sri", "dedi", full_name="Sri Wahyuni", surname="Saputra")
    return office


@pytest.fixture
def rooms(office: Office) -> Rooms:
    return schedule.list_rooms(office.tuti)


def at(hour: int, minute: int = 0, day: datetime.date = TODAY) -> datetime.datetime:
    return datetime.datetime.combine(day, datetime.time(hour, minute))


def slot(
    counselor: UserSession,
    home: Household,
    start: datetime.datetime,
    minutes: int = 60,
    room_id: int | None = None,
) -> AppointmentInput:
    return AppointmentInput(
        counselor.actor.user_id,
        home.client_id,
        start,
        start + datetime.timedelta(minutes=minutes),
        room_id=room_id,
        case_id=home.case_id,
        note="Bawa kartu keluarga",
    )


def test_default_rooms_exist_and_the_head_keeps_the_list(
    office: Office, rooms: list[schedule.RoomInfo]
) -> None:
    assert [r.name for r in rooms] == [
        "Ruang Konseling 1",
        "Ruang Konseling 2",
        "Ruang Keluarga",
    ]
    with pytest.raises(PermissionDenied):
        schedule.add_room(office.tuti, "Ruang Bermain")
    added = schedule.add_room(office.head, "Ruang Bermain")
    with pytest.raises(ValidationError):
        schedule.add_room(office.head, "ruang bermain")
    schedule.update_room(office.head, added.id, "Ruang Bermain Anak", active=False)
    assert "Ruang Bermain Anak" not in [r.name for r in schedule.list_rooms(office.tuti)]
    everything = schedule.list_rooms(office.tuti, include_inactive=True)
    assert [r.active for r in everything if r.id == added.id] == [False]


def test_a_counselor_clash_is_found_before_saving(
    office: Office, rooms: list[schedule.RoomInfo]
) -> None:
    room1, room2 = rooms[0].id, rooms[1].id
    first = schedule.book(office.tuti, slot(office.rina, office.home, at(9), room_id=room1))
    clash = slot(office.rina, office.sri, at(9, 30), room_id=room2)
    found = schedule.find_conflicts(office.tuti, clash)
    assert [(c.kind, c.appointment_id) for c in found] == [("counselor", first.id)]
    assert found[0].client_name == "Dewi Lestari Hidayat"
    with pytest.raises(AppointmentConflict) as refused:
        schedule.book(office.tuti, clash)
    assert refused.value.conflicts == found
    assert len(schedule.list_appointments(office.tuti, TODAY)) == 1  # nothing was saved
    booked = schedule.book(office.tuti, clash, allow_conflicts=True)  # the person confirmed
    assert len(schedule.list_appointments(office.tuti, TODAY)) == 2
    assert booked.status is AppointmentStatus.TERJADWAL


def test_a_room_clash_is_found_before_saving(
    office: Office, rooms: list[schedule.RoomInfo]
) -> None:
    room = rooms[0].id
    first = schedule.book(office.rina, slot(office.rina, office.home, at(13), room_id=room))
    other = slot(office.dedi, office.sri, at(13, 45), room_id=room)
    found = schedule.find_conflicts(office.dedi, other)
    assert [(c.kind, c.appointment_id, c.room_name) for c in found] == [
        ("room", first.id, "Ruang Konseling 1")
    ]
    with pytest.raises(AppointmentConflict):
        schedule.book(office.dedi, other)
    both = slot(office.rina, office.sri, at(13, 30), room_id=room)
    assert {c.kind for c in schedule.find_conflicts(office.tuti, both)} == {"counselor", "room"}


def test_no_clash_when_times_only_touch_or_the_other_is_cancelled(
    office: Office, rooms: list[schedule.RoomInfo]
) -> None:
    room = rooms[0].id
    first = schedule.book(office.tuti, slot(office.rina, office.home, at(9), room_id=room))
    after = slot(office.rina, office.sri, at(10), room_id=room)
    assert schedule.find_conflicts(office.tuti, after) == []
    overlapping = slot(office.rina, office.sri, at(9, 15), room_id=room)
    assert schedule.find_conflicts(office.tuti, overlapping)
    schedule.cancel(office.tuti, first.id)
    assert schedule.find_conflicts(office.tuti, overlapping) == []
    # rescheduling does not clash with itself
    second = schedule.book(office.tuti, overlapping)
    moved = replace(overlapping, starts_at=at(9, 30), ends_at=at(10, 30))
    assert schedule.reschedule(office.tuti, second.id, moved).starts_at == at(9, 30)


def test_tidak_hadir_is_recorded_and_counted_per_client(office: Office) -> None:
    last_week = TODAY - datetime.timedelta(days=7)
    missed = [
        schedule.book(office.tuti, slot(office.rina, office.home, at(9, day=last_week + d)))
        for d in (datetime.timedelta(days=0), datetime.timedelta(days=1))
    ]
    came = schedule.book(
        office.tuti,
        slot(office.rina, office.home, at(11, day=last_week)),
    )
    for appointment in missed:
        assert schedule.mark_no_show(office.tuti, appointment.id).status.value == "tidak_hadir"
    schedule.mark_done(office.tuti, came.id)
    assert schedule.no_show_count(office.tuti, office.home.client_id) == 2
    assert schedule.no_show_count(office.tuti, office.sri.client_id) == 0
    listed = schedule.client_appointments(office.rina, office.home.client_id)
    assert {a.client_no_shows for a in listed} == {2}
    future = schedule.book(
        office.tuti, slot(office.rina, office.home, at(9, day=TODAY + datetime.timedelta(days=2)))
    )
    with pytest.raises(ValidationError):
        schedule.mark_no_show(office.tuti, future.id)  # not before it was due
    schedule.restore(office.tuti, missed[0].id)
    assert schedule.no_show_count(office.tuti, office.home.client_id) == 1


def test_todays_appointments_for_beranda(office: Office) -> None:
    tomorrow = TODAY + datetime.timedelta(days=1)
    schedule.book(office.tuti, slot(office.dedi, office.sri, at(14)))
    mine = schedule.book(office.tuti, slot(office.rina, office.home, at(8)))
    schedule.book(office.tuti, slot(office.rina, office.home, at(9, day=tomorrow)))
    off = schedule.book(office.tuti, slot(office.rina, office.sri, at(16)))
    schedule.cancel(office.tuti, off.id)
    assert [a.id for a in schedule.today_appointments(office.rina)] == [mine.id]
    everyone = schedule.today_appointments(office.tuti)
    assert [(a.starts_at.hour, a.counselor_name) for a in everyone] == [
        (8, "Rina Marlina"),
        (14, "Dedi Supriadi"),
    ]
    assert [a.starts_at.hour for a in schedule.today_appointments(office.head)] == [8, 14]


def test_staff_see_that_an_appointment_exists_but_not_its_notes(office: Office) -> None:
    booked = schedule.book(office.rina, slot(office.rina, office.home, at(10)))
    seen = schedule.get_appointment(office.tuti, booked.id)
    assert (seen.client_name, seen.counselor_name) == ("Dewi Lestari Hidayat", "Rina Marlina")
    assert seen.note is None and not seen.may_write_session
    assert schedule.get_appointment(office.rina, booked.id).note == "Bawa kartu keluarga"
    assert schedule.get_appointment(office.head, booked.id).note == "Bawa kartu keluarga"
    assert schedule.get_appointment(office.dedi, booked.id).note is None
    own = schedule.book(office.tuti, slot(office.rina, office.home, at(15)))
    assert schedule.get_appointment(office.tuti, own.id).note == "Bawa kartu keluarga"


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"ends_at": at(8)}, "ends_at"),
        ({"ends_at": at(20)}, "ends_at"),
        ({"counselor_id": 999}, "counselor_id"),
        ({"room_id": 999}, "room_id"),
        ({"client_id": 999}, "client_id"),
    ],
)
def test_bad_bookings_are_refused(office: Office, change: dict[str, object], field: str) -> None:
    data = replace(slot(office.rina, office.home, at(9)), **change)  # type: ignore[arg-type]
    with pytest.raises(ValidationError) as refused:
        schedule.book(office.tuti, data)
    assert refused.value.field == field


def test_staff_cannot_be_booked_as_counselor_and_case_must_match(office: Office) -> None:
    data = replace(slot(office.rina, office.home, at(9)), counselor_id=office.tuti.actor.user_id)
    with pytest.raises(ValidationError):
        schedule.book(office.tuti, data)
    wrong_case = replace(slot(office.rina, office.home, at(9)), case_id=office.sri.case_id)
    with pytest.raises(ValidationError):
        schedule.book(office.tuti, wrong_case)


def test_find_clients_for_the_booking_form(office: Office) -> None:
    found = schedule.find_clients(office.tuti, "dewi hida")
    assert [(c.full_name, [n for _, n in c.cases]) for c in found] == [
        (
            "Dewi Lestari Hidayat",
            [schedule.client_choice(office.tuti, office.home.client_id).cases[0][1]],
        )
    ]
    assert schedule.find_clients(office.tuti, "   ") == []


def test_booking_form_finds_clients_as_the_list_does_with_their_case_counselor(
    office: Office,
) -> None:
    from lk3_desktop.services import client_list

    found = schedule.find_clients(office.tuti, "sri wah")
    assert [c.full_name for c in found] == ["Sri Wahyuni Saputra"]
    listed = client_list.search_ids(office.tuti, client_list.ClientFilter(query="lestari"))
    assert [c.id for c in schedule.find_clients(office.tuti, "lestari")] == listed[:20]
    choice = schedule.client_choice(office.tuti, office.home.client_id)
    assert choice.counselor_of(office.home.case_id) == office.rina.actor.user_id
    assert found[0].counselor_of(office.sri.case_id) == office.dedi.actor.user_id
    assert choice.counselor_of(None) is None


def test_the_next_free_slot_skips_the_counselor_and_room_bookings(
    office: Office, rooms: Rooms, monkeypatch: pytest.MonkeyPatch
) -> None:
    monday = TODAY + datetime.timedelta(days=7 - TODAY.weekday())
    monkeypatch.setattr(schedule, "_now", lambda: at(6, 45, monday))  # the test's clock
    first = schedule.next_free_slot(office.tuti, office.rina.actor.user_id)
    assert first == at(8, 0, monday)
    room = rooms[0].id
    schedule.book(office.tuti, slot(office.rina, office.home, first, room_id=room))
    schedule.book(office.tuti, slot(office.rina, office.home, at(9, 30, monday), 30))
    assert schedule.next_free_slot(office.tuti, office.rina.actor.user_id) == at(10, 0, monday)
    # Dedi is free at eight, unless he would need Rina's room
    assert schedule.next_free_slot(office.tuti, office.dedi.actor.user_id) == first
    with_room = schedule.next_free_slot(office.tuti, office.dedi.actor.user_id, room_id=room)
    assert with_room == at(9, 0, monday)
