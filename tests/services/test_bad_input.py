"""Bad input ends in one sentence or sane behaviour, never a traceback (issue 11, items 11
and 12): NUL and half characters anywhere text enters, searches of a thousand words, dates of
year 1 and 9999, and bounds on names, photos and drafts. Real SQLCipher files."""

from __future__ import annotations

import datetime
import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select, text
from support.casework import COUNSELOR_PASSWORD, add_user, household
from support.error_text import indonesian
from support.factories import login

from lk3_desktop.core import limits
from lk3_desktop.core.errors import UnknownUser, ValidationError, WrongPassword
from lk3_desktop.core.roles import Role
from lk3_desktop.db.models import Case, Client, NoteDraft
from lk3_desktop.db.workstation import KeyringStore
from lk3_desktop.services import (
    accounts,
    case_summary,
    cases,
    client_list,
    clients,
    families,
    partners,
    schedule,
    sessions,
    withholding,
)
from lk3_desktop.services.context import UserSession
from lk3_desktop.services.sessions import NoteInput

TODAY = datetime.date.today()
NUL = "\x00"
HALF = "\ud83d"  # the first half of an emoji, alone
PNG_1PX = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
    b"\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\xff\xff?\x00\x05\xfe\x02\xfe\xa75\x81\x84"
    b"\x00\x00\x00\x00IEND\xaeB`\x82"
)


def _client(**overrides: object) -> clients.ClientInput:
    base: dict[str, object] = {"full_name": "Siti Aminah", "sex": "P", "estimated_age": 34}
    base.update(overrides)
    return clients.ClientInput(**base)  # type: ignore[arg-type]


def _note(case_id: int, sections: dict[str, str]) -> NoteInput:
    return NoteInput(
        case_id=case_id,
        session_date=TODAY,
        start_time=datetime.time(9, 0),
        end_time=datetime.time(10, 0),
        modality="tatap_muka",
        service_type="konseling_individu",
        note_format="dap",
        sections=sections,
    )


def _refused(call: object, field: str) -> str:
    with pytest.raises(ValidationError) as caught:
        call()  # type: ignore[operator]
    assert caught.value.field == field, indonesian(caught.value)
    assert indonesian(caught.value).endswith(".")  # one sentence, already Indonesian
    return indonesian(caught.value)


# -- item 11: NUL, half characters, long searches, far dates -------------------------------


def test_searches_with_nul_and_half_characters_find_what_they_can(head: UserSession) -> None:
    cid = clients.create_client(head, _client(full_name="Siti Nurhaliza"))
    for query in (f"Siti{NUL}", f"Nur{NUL}haliza", f"Siti {HALF}", f'"{NUL}', NUL, HALF):
        found = client_list.search_ids(head, client_list.ClientFilter(query=query))
        assert found in ([cid], []), query
    assert client_list.search_ids(head, client_list.ClientFilter(query=f"Siti{NUL}")) == [cid]
    assert [c.id for c in schedule.find_clients(head, f"Siti{NUL}{HALF}")] == [cid]
    assert partners.list_partners(head, query=f"Puskesmas{NUL}{HALF}") == []


def test_a_thousand_word_search_is_cut_to_its_first_words(head: UserSession) -> None:
    cid = clients.create_client(head, _client(full_name="Siti Nurhaliza"))
    words = " ".join(["Siti"] + ["Nurhaliza"] * 999)
    assert [c.id for c in schedule.find_clients(head, words)] == [cid]
    assert client_list.search_ids(head, client_list.ClientFilter(query=words)) == [cid]
    many = " ".join(f"kata{i}" for i in range(1000))
    assert schedule.find_clients(head, many) == []
    assert client_list.search_ids(head, client_list.ClientFilter(query=many)) == []


def test_half_characters_and_nul_are_stored_safely_everywhere_text_enters(
    head: UserSession, data_dir: Path, cred_store: KeyringStore
) -> None:
    cid = clients.create_client(
        head,
        _client(full_name=f"Siti{NUL} {HALF}Aminah", street=f"Jl. Mawar{NUL} {HALF}No. 5"),
    )
    detail = clients.get_client(head, cid).data
    assert detail.full_name == "Siti \ufffdAminah"  # NUL gone, the half character marked
    assert NUL not in detail.street and HALF not in detail.street
    family = families.create_family(head, f"Keluarga {HALF}Hidayat{NUL}")
    assert family.name == "Keluarga \ufffdHidayat"
    families.add_member(
        head, family.id, families.MemberInput(f"Budi{NUL}{HALF}", "kepala_keluarga", sex="L")
    )
    accounts.create_user(
        head, "rina", f"Rina {HALF}Wati", Role.KONSELOR, password=COUNSELOR_PASSWORD
    )
    rina = login(data_dir, cred_store, "rina", COUNSELOR_PASSWORD)
    home = household(head, rina.actor.user_id)
    note = _note(
        home.case_id, {"data": f"Klien bercerita{NUL} {HALF}panjang.", "assessment": "Cemas."}
    )
    sessions.save_draft(rina, sessions.new_draft_key(), note)
    saved = sessions.save_note(rina, note)
    assert (
        sessions.get_note(rina, saved.id).data.sections["data"] == "Klien bercerita \ufffdpanjang."
    )
    # Every text in the file is storable now: the search index, and a PDF made from it.
    with head.store.transaction() as s:
        indexed = s.execute(text("SELECT names FROM client_search")).scalars().all()
        assert all(NUL not in n and HALF not in n for n in indexed)
        drafts = [d.payload for d in s.execute(select(NoteDraft)).scalars()]  # opened
        assert drafts == [] or all(HALF not in d for d in drafts)
    other_case = cases.open_case(head, cid, cases.CaseInput(TODAY, "datang_sendiri"))
    pdf = case_summary.case_summary_pdf(head, other_case.id)
    assert "Aminah" in " ".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages)
    rina.store.close()


def test_appointments_near_year_1_and_9999_are_refused_or_empty(head: UserSession) -> None:
    home = household(head, head.actor.user_id)
    for start, end in (
        (datetime.datetime(1, 1, 1, 9, 0), datetime.datetime(1, 1, 1, 10, 0)),
        (datetime.datetime(9999, 12, 31, 22, 0), datetime.datetime(9999, 12, 31, 23, 0)),
        (datetime.datetime(9999, 12, 31, 23, 0), datetime.datetime(9999, 12, 31, 23, 59)),
    ):
        message = _refused(
            lambda start=start, end=end: schedule.book(
                head, schedule.AppointmentInput(head.actor.user_id, home.client_id, start, end)
            ),
            "starts_at",
        )
        assert "Janji temu" in message
    assert schedule.list_appointments(head, datetime.date(9999, 12, 28), days=7) == []
    assert schedule.list_appointments(head, datetime.date(1, 1, 1), days=7) == []


# -- item 12: bounds with a sentence each -------------------------------------------------------


def test_a_million_character_name_and_a_megabyte_family_or_user_name_are_refused(
    head: UserSession,
) -> None:
    huge = "A" * 1_000_000
    assert "200" in _refused(
        lambda: clients.create_client(head, _client(full_name=huge)), "full_name"
    )
    _refused(lambda: clients.create_client(head, _client(nickname=huge)), "nickname")
    _refused(lambda: clients.create_client(head, _client(street=huge)), "street")
    _refused(lambda: families.create_family(head, "K" * 1_048_576), "name")
    family = families.create_family(head, "Keluarga Hidayat")
    _refused(
        lambda: families.add_member(
            head, family.id, families.MemberInput("B" * 1_048_576, "anak", sex="L")
        ),
        "name",
    )
    _refused(lambda: accounts.create_user(head, "budi", "B" * 1_048_576, Role.STAF), "full_name")
    with head.store.transaction() as s:
        assert s.execute(select(Client.id)).first() is None


def test_photos_are_checked_by_content_and_size(head: UserSession) -> None:
    html = b"<html><script>alert(1)</script></html>"
    message = _refused(
        lambda: clients.create_client(head, _client(photo=html, photo_mime="image/jpeg")), "photo"
    )
    assert "bukan foto" in message
    big = b"\xff\xd8\xff" + b"\x00" * (20 * 1024 * 1024)
    message = _refused(
        lambda: clients.create_client(head, _client(photo=big, photo_mime="text/html")), "photo"
    )
    assert "5 MB" in message
    cid = clients.create_client(head, _client(photo=PNG_1PX, photo_mime="text/html"))
    with head.store.transaction() as s:
        row = s.get(Client, cid)
        assert row is not None and row.photo_mime == "image/png"  # what the bytes are


def test_a_fifty_megabyte_draft_is_refused_and_nothing_is_stored(
    head: UserSession, data_dir: Path, cred_store: KeyringStore
) -> None:
    rina = add_user(head, data_dir, cred_store, "rina", "Rina Marlina", Role.KONSELOR)
    home = household(head, rina.actor.user_id)
    note = _note(home.case_id, {"data": "x" * (50 * 1024 * 1024)})
    assert "terlalu besar" in _refused(
        lambda: sessions.save_draft(rina, sessions.new_draft_key(), note), "draft"
    )
    with head.store.transaction() as s:
        assert s.execute(select(NoteDraft.id)).first() is None
    rina.store.close()


def test_dates_of_year_1_are_refused_with_a_sentence(head: UserSession) -> None:
    old = datetime.date(1, 1, 1)
    assert "1900" in _refused(
        lambda: clients.create_client(head, _client(birth_date=old, estimated_age=None)),
        "birth_date",
    )
    cid = clients.create_client(head, _client())
    assert "1950" in _refused(
        lambda: cases.open_case(head, cid, cases.CaseInput(old, "datang_sendiri")),
        "intake_date",
    )
    with head.store.transaction() as s:
        numbers = s.execute(select(Case.registration_number)).scalars().all()
    assert numbers == []  # no LK3/1/0001
    case = cases.open_case(head, cid, cases.CaseInput(TODAY, "datang_sendiri"))
    assert case.registration_number.startswith(f"LK3-UJI/{TODAY.year}/")


def test_the_bounds_fit_the_stored_columns() -> None:
    """A bound larger than its column would let a value through that the file cuts or a
    server refuses (PostgreSQL enforces VARCHAR sizes)."""
    columns = Client.__table__.columns
    for name, limit in clients.TEXT_LIMITS.items():
        length = getattr(columns[name].type, "length", None)
        assert length is None or limit.max_chars <= length, name
    assert limits.PERSON_NAME.max_chars <= 200 and limits.FAMILY_NAME.max_chars <= 200


def test_a_half_character_in_the_username_is_a_wrong_sign_in_not_a_crash(
    initialized: accounts.InitResult, data_dir: Path, cred_store: KeyringStore
) -> None:
    initialized.session.store.close()
    with pytest.raises((UnknownUser, WrongPassword)):  # the server cannot say which
        login(data_dir, cred_store, f"ke{HALF}pala{NUL}", "Rahasia-Kantor-2026!")


def test_reasons_and_narratives_have_bounds_too(head: UserSession) -> None:
    home = household(head, None)
    huge = "x" * 1_000_000
    _refused(lambda: withholding.mark(head, home.client_id, huge, field_code="address"), "reason")
    _refused(
        lambda: cases.open_case(
            head,
            home.client_id,
            cases.CaseInput(TODAY, "datang_sendiri", presenting_problem=huge),
        ),
        "presenting_problem",
    )
    _refused(lambda: cases.reassign(head, home.case_id, head.actor.user_id, huge), "reason")
    assert withholding.list_marks(head, home.client_id) == []
