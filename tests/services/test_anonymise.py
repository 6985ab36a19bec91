"""Anonymisation after the retention period, through real SQLCipher files: who may, when it is
refused, and that afterwards no trace of the person is left in any table, in the search index,
in the audit log, or in the decrypted pages of the database file, while the counts remain."""

from __future__ import annotations

import datetime
import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, inspect, select, text
from sqlalchemy.orm import Session
from support.casework import COUNSELOR_PASSWORD, household
from support.decrypted import decrypted_pages
from support.error_text import indonesian
from support.factories import HEAD_PASSWORD
from support.office import Office, build_office

from lk3_desktop.core.case_stages import Stage
from lk3_desktop.core.client_safety_plan import Contact, SafetyPlanInput
from lk3_desktop.core.dates_id import format_date_id
from lk3_desktop.core.errors import PermissionDenied, ValidationError
from lk3_desktop.core.identity import age_on
from lk3_desktop.core.psychosocial import SafetyPlanRow
from lk3_desktop.core.referrals import ReferralStatus
from lk3_desktop.db import audit, sealed
from lk3_desktop.db.aead import SealError
from lk3_desktop.db.engine import connect_raw
from lk3_desktop.db.models import (
    AuditEntry,
    Base,
    Case,
    Client,
    CounselingSession,
    Family,
    FamilyMember,
    InstrumentAdministration,
    NoteDraft,
    PsychosocialAssessment,
    Referral,
    ReferralLetter,
    SubjectKey,
)
from lk3_desktop.db.workstation import KeyringStore
from lk3_desktop.services import (
    _subject_keys,
    anonymise,
    assessments,
    case_plan,
    cases,
    client_list,
    clients,
    families,
    partners,
    referrals,
    schedule,
    sessions,
    withholding,
)
from lk3_desktop.services.context import UserSession
from lk3_desktop.services.sessions import GoalReviewInput, NoteInput

TODAY = datetime.date.today()
NAME = "Larasati Kusumawardhani"
NIK = "3673015203900002"  # a woman born 12 March 1990 in Kota Serang
KK = "3673011504170009"
PHONE = "0812-7788-9911"
OLD_PHONE = "0813-9988-7766"
STREET = "Jl. Cempaka Wangi No. 17"
OLD_STREET = "Jl. Anggrek Bulan, Blok É-3"
GUARDIAN = "Hartono Prawiro"
# A term of the old street as the trigram index stores it (folded to lower case, the É
# being the first character of a term no other one shares a prefix with).
ACCENT = "é-3".encode()
# Every string below is typed into one record of the client; none may survive.
SECRETS = (
    "Larasati",
    "Kusumawardhani",  # the surname: family name and the other members' names
    NIK,
    KK,
    "81277889911",
    "81399887766",
    "Cempaka Wangi",
    "Anggrek Bulan",
    "Tasikmalaya",  # birth place
    "Cikeusal",  # the disability in the person's own words
    GUARDIAN,
    "Sumirah",  # an attendee typed by name
    "utang rentenir",  # session note sections
    "Psikoedukasi Cilegon",
    "tugas Ciruas",
    "rencana Anyer",
    "adendum Carita",
    "draf Cikande",
    "Tujuan Ngabehi",
    "Tinjauan Baros",
    "Janji Sukmajaya",
    "genogram Kragilan",
    "strengths Pontang",
    "Pak RT Darmaji",  # safety plan
    "Jembatan Kaligandu",  # the client's own safety plan: a warning sign
    "Bu Haji Nurlela",  # ... a person to call
    "pisau dapur Karangantu",  # ... making the surroundings safe
    "cucu Walantaka",  # ... what matters most
    "adendum rencana Cilowong",  # ... its addendum
    "Kramatwatu",  # risk flag action taken
    "instrumen Padarincang",
    "adendum asesmen Tirtayasa",
    "psikiatri Cinangka",  # referral texts
    "layanan Mancak",
    "ringkasan Bojonegara",
    "Desa Tegalwangi",  # attachment
    "kurir Mulyadi",  # status change note
    "balasan Pulomerak",
    "Tahap Kertajaya",
    "Terminasi Wiradana",
    "Alih kasus Cibodas",
    "Alasan Pamarayan",  # jangan diungkap
    "Masalah Cipocok",  # the case's presenting problem
)


@pytest.fixture
def office(head: UserSession, data_dir: Path, cred_store: KeyringStore) -> Iterator[Office]:
    built = build_office(head, data_dir, cred_store, full_name="Larasati", surname="Kusumawardhani")
    yield built
    built.close()


def _correct(head: UserSession, client_id: int, **changes: object) -> None:
    data = clients.get_client(head, client_id).data
    clients.update_client(head, client_id, replace(data, **changes))  # type: ignore[arg-type]


def _full_record(o: Office) -> None:
    """Every kind of record the client can have, each holding one of SECRETS."""
    head, rina, home = o.head, o.rina, o.home
    cid, case_id = home.client_id, home.case_id
    # Two corrections: the second seals the phone and street the first one wrote.
    _correct(
        head,
        cid,
        birth_date=datetime.date(1990, 3, 12),
        birth_place="Tasikmalaya",
        nik=NIK,
        kk_number=KK,
        phone=OLD_PHONE,
        street=OLD_STREET,
        rt="2",
        rw="5",
        province_code="36",
        regency_code="36.73",
        district_code="36.73.01",
        village_code="36.73.01.1001",
        guardian_name=GUARDIAN,
        guardian_relationship="Ayah",
        guardian_phone="0857-1234-5678",
        disability="kaki kiri sejak kecelakaan di Cikeusal",  # the person's own words
        photo=b"\x89PNG\r\n\x1a\n fake photo of Larasati",  # a PNG by its first bytes
        photo_mime="image/png",
    )
    _correct(head, cid, phone=PHONE, street=STREET)
    clients.set_client_pmks(head, cid, ["PMKS-01"])
    clients.record_consent(head, cid, TODAY - datetime.timedelta(days=29), "klien", NAME, "Sesi")
    withholding.mark(head, cid, "Alasan Pamarayan", field_code="address")

    cases.update_clinical(rina, case_id, "Masalah Cipocok", (), "biasa")
    goal = case_plan.add_goal(rina, case_id, case_plan.GoalInput("Tujuan Ngabehi"))
    note = NoteInput(
        case_id=case_id,
        session_date=TODAY - datetime.timedelta(days=20),
        start_time=datetime.time(9, 0),
        end_time=datetime.time(10, 0),
        service_type="konseling_keluarga",
        attendee_member_ids=(home.client_member_id, home.spouse_member_id),
        other_attendees=("Ibu Sumirah",),
        note_format="dap",
        sections={"data": "Bercerita tentang utang rentenir.", "assessment": "Cemas."},
        interventions="Psikoedukasi Cilegon",
        homework="tugas Ciruas",
        plan="rencana Anyer",
        goal_reviews=(GoalReviewInput(goal.id, "berjalan", "Tinjauan Baros"),),
    )
    saved = sessions.save_note(rina, note)
    sessions.sign_note(rina, saved.id, COUNSELOR_PASSWORD)
    sessions.add_addendum(rina, saved.id, "adendum Carita")
    sessions.save_draft(
        rina,
        sessions.new_draft_key(),
        replace(note, sections={"data": "draf Cikande"}, goal_reviews=()),
    )
    start = datetime.datetime.combine(TODAY - datetime.timedelta(days=20), datetime.time(9, 0))
    schedule.book(
        head,
        schedule.AppointmentInput(
            rina.actor.user_id,
            cid,
            start,
            start + datetime.timedelta(hours=1),
            case_id=case_id,
            note="Janji Sukmajaya",
        ),
    )

    admin = assessments.record_administration(
        rina,
        case_id,
        "PHQ-9",
        [1, 1, 1, 1, 1, 1, 1, 1, 1],  # item 9 raises a risk flag
        TODAY - datetime.timedelta(days=19),
        note="instrumen Padarincang",
    )
    assessments.sign_administration(rina, admin.id, COUNSELOR_PASSWORD)
    assessments.add_administration_addendum(rina, admin.id, "adendum asesmen Tirtayasa")
    for flag in assessments.open_risk_flags(rina, cid):
        assessments.resolve_flag(rina, flag.id, "Dirujuk ke Puskesmas Kramatwatu")
    narrative = assessments.create_psychosocial(
        rina,
        case_id,
        assessments.PsychosocialInput(
            assessed_on=TODAY - datetime.timedelta(days=18),
            presenting_problem="Bercerita tentang utang rentenir.",
            history="Menikah 12 tahun.",
            family_relations="Komunikasi tertutup.",
            genogram_notes="genogram Kragilan",
            strengths="strengths Pontang",
            risk_factors="Ancaman kekerasan.",
            needs={"ekonomi": "Bantuan usaha Larasati"},
            conclusion="Perlu konseling keluarga.",
            risk_level="sedang",
            safety_plan=(SafetyPlanRow("Pak RT Darmaji", "Menemani", "setiap malam"),),
        ),
    )
    assessments.sign_psychosocial(rina, narrative.id, COUNSELOR_PASSWORD)
    assessments.add_psychosocial_addendum(rina, narrative.id, "adendum Carita kedua")
    plan = assessments.create_safety_plan(
        rina,
        case_id,
        SafetyPlanInput(
            made_on=TODAY - datetime.timedelta(days=18),
            warning_signs=("Melamun di Jembatan Kaligandu",),
            coping=("Berwudu dan salat",),
            helpers=(Contact("Bu Haji Nurlela", "0812-1111-2222"),),
            professionals=(Contact("SAPA", "129"),),
            environment=("Menitipkan pisau dapur Karangantu",),
            reasons="cucu Walantaka",
        ),
    )
    assessments.sign_safety_plan(rina, plan.id, COUNSELOR_PASSWORD)
    assessments.add_safety_plan_addendum(rina, plan.id, "adendum rencana Cilowong")

    o.letterhead()
    kind = {t.code: t.id for t in partners.list_partner_types(head)}["puskesmas"]
    partner = partners.add_partner(rina, partners.PartnerInput("Puskesmas Uji", kind))
    ref = referrals.create_referral(
        rina,
        case_id,
        referrals.ReferralInput(
            partner_id=partner.id,
            reason="Perlu pemeriksaan psikiatri Cinangka.",
            services_requested="layanan Mancak",
            consented_fields=("name", "sex", "birth", "address"),
            consent_given_by="klien",
            consent_given_by_name=NAME,
            problem_summary="ringkasan Bojonegara",
            attachments=("Surat keterangan Desa Tegalwangi",),
            copies_to=("Kepala Dinas Sosial Kota Serang",),
        ),
    )
    referrals.submit_referral(rina, ref.id)
    referrals.sign_referral(head, ref.id, HEAD_PASSWORD)
    referrals.change_status(head, ref.id, ReferralStatus.DIKIRIM, note="Lewat kurir Mulyadi")
    referrals.record_reply(head, ref.id, TODAY, "balasan Pulomerak")

    cases.reassign(head, case_id, o.dedi.actor.user_id, "Alih kasus Cibodas")
    cases.change_stage(
        head,
        case_id,
        Stage.TERMINASI,
        TODAY,
        note="Tahap Kertajaya",
        closing_reason="Terminasi Wiradana",
    )


def _close(head: UserSession, case_id: int, on: datetime.date = TODAY) -> None:
    cases.change_stage(head, case_id, Stage.TERMINASI, on, closing_reason="Selesai")


def _row_counts(session: UserSession) -> dict[str, int]:
    with session.store.transaction() as s:
        return {
            model.__tablename__: s.execute(select(func.count()).select_from(model)).scalar_one()
            for model in (
                Case,
                CounselingSession,
                InstrumentAdministration,
                PsychosocialAssessment,
                Referral,
                ReferralLetter,
                FamilyMember,
                AuditEntry,
            )
        }


def _every_value(session: UserSession) -> list[tuple[str, str, bytes]]:
    """Every text and blob value of every table of the decrypted database (FTS5 shadow
    tables included on SQLite), as (table, column, bytes)."""
    with session.store.transaction() as s:
        names = sorted(inspect(s.connection()).get_table_names())
        assert set(Base.metadata.tables) <= set(names)
        assert "client_search" in names
        if s.get_bind().dialect.name == "sqlite":  # the FTS5 index's own shadow tables
            assert {"client_search_content", "client_search_data"} <= set(names)
        found: list[tuple[str, str, bytes]] = []
        for table in names:
            result = s.execute(text(f'SELECT * FROM "{table}"'))
            columns = list(result.keys())
            for row in result:
                for column, value in zip(columns, row, strict=True):
                    value = _opened(s, session, table, column, row, value)
                    if isinstance(value, str):
                        found.append((table, column, value.encode()))
                    elif isinstance(value, bytes | bytearray | memoryview):
                        found.append((table, column, bytes(value)))
        return found


def _opened(s: Session, session: UserSession, table: str, column: str, row: Any, value: Any) -> Any:
    """A clinical value sealed under its case's key, opened with the head's case keys while
    the case still has one (after anonymisation it has none: the value stays ciphertext)."""
    keys = session.store.case_keys
    case_id = sealed.case_of_value(value)
    if keys is None or case_id is None or column not in sealed.SEALED.get(table, ()):
        return value
    key = keys.load(s, case_id)
    if key is None:
        return value
    try:
        return sealed.open_value(key, keys.database_id, table, column, row.id, value)
    except SealError:
        return value


def _leaks(values: list[tuple[str, str, bytes]], secrets: tuple[str, ...]) -> list[str]:
    return sorted(
        f"{table}.{column}: {secret}"
        for table, column, value in values
        for secret in secrets
        if secret.lower().encode() in value.lower()
    )


def _decrypted_file(session: UserSession) -> bytes:
    """The plaintext of every page of lk3.db, free pages included."""
    return decrypted_pages(session.store.db_path, session.store.key())


def _checkpoint(session: UserSession) -> None:
    conn = connect_raw(session.store.db_path, session.store.key())
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def _search(session: UserSession, query: str) -> list[int]:
    return client_list.search_ids(session, client_list.ClientFilter(query=query))


# -- eligibility --------------------------------------------------------------------------------


def test_refused_while_a_case_is_open_and_until_the_period_ends(office: Office) -> None:
    head, home = office.head, office.home
    number = cases.get_case(head, home.case_id).registration_number
    early = anonymise.preview(head, home.client_id)
    assert not early.eligible and early.eligible_from is None
    assert early.reason is not None and number in indonesian(early.reason)
    assert early.retention_years == 5
    with pytest.raises(ValidationError) as still_open:
        anonymise.anonymise_client(head, home.client_id, today=TODAY + datetime.timedelta(3650))
    assert number in indonesian(still_open.value)

    _close(head, home.case_id)
    ends = anonymise.add_years(TODAY, 5)
    waiting = anonymise.preview(head, home.client_id)
    assert not waiting.eligible and waiting.eligible_from == ends
    assert waiting.reason is not None
    said = indonesian(waiting.reason)
    assert format_date_id(ends) in said and format_date_id(TODAY) in said
    day_before = ends - datetime.timedelta(days=1)
    assert not anonymise.preview(head, home.client_id, today=day_before).eligible
    with pytest.raises(ValidationError) as too_early:
        anonymise.anonymise_client(head, home.client_id, today=day_before)
    assert format_date_id(ends) in indonesian(too_early.value)
    ready = anonymise.preview(head, home.client_id, today=ends)
    assert ready.eligible and ready.reason is None and ready.eligible_from == ends
    assert set(ready.counts) == set(anonymise.COUNT_CODES)
    assert ready.counts["cases"] == 1 and ready.counts["family_members"] == 3
    assert any(f"Anonim {home.client_id}" in line for line in ready.consequences)
    assert any("tidak dapat dibatalkan" in line for line in ready.consequences)
    assert any("Cadangan" in line for line in ready.consequences)

    # The head changes the period; the dates follow.
    anonymise.set_retention_years(head, 2)
    assert anonymise.retention_years(office.rina) == 2
    shorter = anonymise.preview(head, home.client_id, today=anonymise.add_years(TODAY, 2))
    assert shorter.eligible and shorter.eligible_from == anonymise.add_years(TODAY, 2)
    for bad in (0, 51, True, "5"):
        with pytest.raises(ValidationError):
            anonymise.set_retention_years(head, bad)  # type: ignore[arg-type]
    with pytest.raises(PermissionDenied):
        anonymise.set_retention_years(office.rina, 3)
    assert anonymise.retention_years(head) == 2


def test_a_client_without_cases_and_a_missing_client_are_refused(office: Office) -> None:
    lone = clients.create_client(
        office.head, clients.ClientInput(full_name="Tanpa Kasus", sex="L", estimated_age=40)
    )
    result = anonymise.preview(office.head, lone, today=anonymise.add_years(TODAY, 50))
    assert not result.eligible and result.reason is not None
    assert "belum memiliki kasus" in indonesian(result.reason)
    with pytest.raises(ValidationError):
        anonymise.preview(office.head, 999_999)
    with pytest.raises(ValidationError):
        anonymise.anonymise_client(office.head, 999_999)


def test_only_the_head_may_preview_list_or_anonymise(office: Office) -> None:
    _close(office.head, office.home.case_id)
    later = anonymise.add_years(TODAY, 5)
    for other in (office.rina, office.tuti):
        with pytest.raises(PermissionDenied):
            anonymise.preview(other, office.home.client_id, today=later)
        with pytest.raises(PermissionDenied):
            anonymise.anonymise_client(other, office.home.client_id, today=later)
        with pytest.raises(PermissionDenied):
            anonymise.due_clients(other, today=later)
    assert clients.get_client(office.head, office.home.client_id).data.full_name == NAME


# -- what anonymising leaves --------------------------------------------------------------------


def test_no_trace_of_the_person_remains_and_the_counts_stay(office: Office) -> None:
    head, home = office.head, office.home
    cid = home.client_id
    _full_record(office)
    later = anonymise.add_years(TODAY, 5)
    before_values = _every_value(head)
    # Each secret really was stored somewhere, so the search below can fail.
    # (The values a correction replaced live only sealed in the audit log, checked below.)
    sealed_only = ["81399887766", "Anggrek Bulan"]
    assert [s for s in SECRETS if not _leaks(before_values, (s,))] == sealed_only
    with head.store.transaction() as s:
        tokens = [
            json.loads(row.detail)["old"]
            for row in s.execute(
                select(AuditEntry).where(
                    AuditEntry.action == "client.updated", AuditEntry.entity_id == str(cid)
                )
            ).scalars()
        ]
        assert len(tokens) == 2
        assert _subject_keys.unseal(s, cid, tokens[1]) == {
            "phone": "+6281399887766",
            "street": OLD_STREET,
        }
        letter = s.execute(select(ReferralLetter)).scalar_one()
        number, sha256, code = letter.number, letter.sha256, letter.verification_code
        assert len(letter.pdf) > 1000
    assert _search(head, "Larasati") == [cid]
    counts_before = _row_counts(head)
    shown = anonymise.preview(head, cid, today=later)
    assert shown.eligible
    assert shown.counts == {
        "cases": 1,
        "sessions": 1,
        "assessments": 1,
        "administrations": 1,
        "referrals": 1,
        "letters": 1,
        "consents": 1,
        "appointments": 1,
        "family_members": 3,
        "goals": 1,
        "corrections": 2,
        "attachments": 0,
    }

    # The search index runs with secure-delete (migration 0006): a corrected value's terms
    # leave the index at once, so the old street's "É-3" is already gone from the file. (On a
    # server the pages are PostgreSQL's: the rows are checked below, the disk is the
    # encrypted volume's to protect.)
    on_file = not head.store.on_server
    if on_file:
        _checkpoint(head)
        assert ACCENT not in _decrypted_file(head).lower()

    result = anonymise.anonymise_client(head, cid, today=later)
    assert result == anonymise.AnonymisationResult(cid, shown.counts)

    # Not a single stored text or blob names the person: tables, search index, audit log.
    assert _leaks(_every_value(head), SECRETS) == []
    if on_file:
        # Nor any page of the file: deleted cells and free pages were overwritten, and the
        # WAL was emptied into the file.
        wal = head.store.db_path.with_name("lk3.db-wal")
        assert not wal.exists() or wal.stat().st_size == 0
        plain = _decrypted_file(head)
        assert f"Anonim {cid}".encode() in plain  # the decryption really worked
        assert [s for s in SECRETS if s.lower().encode() in plain.lower()] == []
        assert plain.lower().count(ACCENT) == 0

    # Counts stay: rows are kept, only their text is gone (the audit log grew by one row).
    counts_after = _row_counts(head)
    assert counts_after.pop("audit_log") == counts_before.pop("audit_log") + 1
    assert counts_after == counts_before
    with head.store.transaction() as s:
        client = s.get(Client, cid)
        assert client is not None
        assert client.full_name == f"Anonim {cid}" and client.anonymised_at is not None
        assert (client.nik, client.kk_number, client.phone, client.photo) == (None,) * 4
        assert client.birth_date is None and client.village_code is None
        assert client.estimated_age == age_on(datetime.date(1990, 3, 12), later)
        assert client.estimated_on == later
        assert (client.sex, client.province_code, client.regency_code) == ("P", "36", "36.73")
        assert client.latest_case_id == home.case_id
        family = s.get(Family, home.family_id)
        assert family is not None and family.name == f"Keluarga anonim {home.family_id}"
        members = s.execute(
            select(FamilyMember.relationship, FamilyMember.sex).where(
                FamilyMember.family_id == home.family_id
            )
        ).all()
        assert sorted(members) == [("anak", "L"), ("istri", "P"), ("kepala_keluarga", "L")]
        case_row = s.get(Case, home.case_id)
        assert case_row is not None and case_row.closed_on == TODAY
        assert case_row.stage == "terminasi"
        admin = s.execute(select(InstrumentAdministration)).scalar_one()
        assert admin.total == 9 and admin.answers == "[1, 1, 1, 1, 1, 1, 1, 1, 1]"
        assert s.execute(select(PsychosocialAssessment.risk_level)).scalar_one() == "sedang"
        assert s.execute(select(func.count()).select_from(NoteDraft)).scalar_one() == 0
        kept = s.execute(select(ReferralLetter)).scalar_one()
        assert (kept.number, kept.sha256, kept.verification_code) == (number, sha256, code)
        assert kept.pdf == b""
        # The chain still verifies; the sealed old values cannot be opened any more.
        assert audit.verify(s).ok
        assert s.get(SubjectKey, cid) is None
        assert [_subject_keys.unseal(s, cid, t) for t in tokens] == [None, None]
        entry = s.execute(
            select(AuditEntry).where(AuditEntry.action == "client.anonymised")
        ).scalar_one()
        assert entry.entity_id == str(cid) and entry.actor_id == head.actor.user_id
        assert json.loads(entry.detail) == {**shown.counts, "retention_years": 5}

    assert _search(head, "Larasati") == [] and _search(head, "Kusumawardhani") == []
    assert _search(head, "81277889911") == [] and _search(head, "Cempaka") == []
    assert _search(head, f"Anonim {cid}") == [cid]

    # Once is enough; and the record cannot be filled in again by a correction.
    again = anonymise.preview(head, cid, today=later)
    assert not again.eligible and again.reason is not None
    assert "sudah dianonimkan" in indonesian(again.reason)
    with pytest.raises(ValidationError) as twice:
        anonymise.anonymise_client(head, cid, today=later)
    assert "sudah dianonimkan" in indonesian(twice.value)
    with pytest.raises(ValidationError):
        _correct(head, cid, full_name=NAME)
    other = clients.create_client(
        head, clients.ClientInput(full_name="Yanti Lestari", sex="P", estimated_age=30)
    )
    for keep, gone in ((cid, other), (other, cid)):
        with pytest.raises(ValidationError, match=r"client\.merge_anonymised"):
            clients.merge_clients(head, keep, gone)


def test_a_family_keeps_its_names_while_another_client_is_served(office: Office) -> None:
    head, home = office.head, office.home
    husband = clients.create_client(
        head, clients.ClientInput(full_name="Budi Santosa", sex="L", estimated_age=40)
    )
    families.update_member(
        head,
        home.spouse_member_id,
        families.MemberInput("", "kepala_keluarga", client_id=husband, sex="L"),
    )
    _close(head, home.case_id)
    anonymise.anonymise_client(head, home.client_id, today=anonymise.add_years(TODAY, 5))
    info = families.get_family(head, home.family_id)
    assert info.name == "Keluarga Kusumawardhani"
    assert {m.relationship: m.name for m in info.members}["anak"] == "Raka Kusumawardhani"
    own = [m for m in info.members if m.client_id == home.client_id]
    assert [m.name for m in own] == [""]


def test_records_merged_into_the_client_are_anonymised_with_it(office: Office) -> None:
    head, home = office.head, office.home
    old = clients.create_client(
        head,
        clients.ClientInput(
            full_name="Laras K. Wardhani", sex="P", estimated_age=35, phone="0812-5550-1234"
        ),
    )
    clients.merge_clients(head, home.client_id, old)
    _close(head, home.case_id)
    anonymise.anonymise_client(head, home.client_id, today=anonymise.add_years(TODAY, 5))
    with head.store.transaction() as s:
        gone = s.get(Client, old)
        assert gone is not None and gone.full_name == f"Anonim {old}" and gone.phone is None
        assert gone.anonymised_at is not None and gone.merged_into_id == home.client_id
    assert _leaks(_every_value(head), ("Wardhani", "81255501234")) == []


# -- who is due ---------------------------------------------------------------------------------


def test_due_clients_lists_exactly_the_eligible(office: Office) -> None:
    head, rina_id = office.head, office.rina.actor.user_id
    early = office.home  # closed 20 days ago
    _close(head, early.case_id, TODAY - datetime.timedelta(days=20))
    recent = household(head, rina_id, full_name="Ratna", surname="Sari")  # closed today
    _close(head, recent.case_id)
    household(head, rina_id, full_name="Wulan", surname="Dari")  # still open
    clients.create_client(  # no case at all
        head, clients.ClientInput(full_name="Tanpa Kasus", sex="L", estimated_age=40)
    )
    both = household(head, rina_id, full_name="Maya", surname="Putri")  # one of two closed
    _close(head, both.case_id, TODAY - datetime.timedelta(days=25))
    cases.open_case(head, both.client_id, cases.CaseInput(TODAY, "datang_sendiri"))

    first_due = anonymise.add_years(TODAY - datetime.timedelta(days=20), 5)
    assert anonymise.due_clients(head, today=first_due - datetime.timedelta(days=1)) == []
    assert anonymise.due_clients(head, today=first_due) == [
        anonymise.DueClient(early.client_id, NAME, TODAY - datetime.timedelta(days=20), first_due)
    ]
    later = anonymise.add_years(TODAY, 5)
    due = anonymise.due_clients(head, today=later)
    assert [d.client_id for d in due] == [early.client_id, recent.client_id]
    for d in due:  # the list agrees with the preview of each client
        assert anonymise.preview(head, d.client_id, today=later).eligible
    for other in (both.client_id,):
        assert not anonymise.preview(head, other, today=later).eligible

    anonymise.anonymise_client(head, early.client_id, today=later)
    assert [d.client_id for d in anonymise.due_clients(head, today=later)] == [recent.client_id]


def test_erased_note_and_letter_say_so_instead_of_looking_tampered(office: Office) -> None:
    head, cid = office.head, office.home.client_id
    _full_record(office)
    anonymise.anonymise_client(head, cid, today=anonymise.add_years(TODAY, 5))
    with head.store.transaction() as s:
        note_id = s.execute(select(CounselingSession.id)).scalar_one()
        referral_id = s.execute(select(Referral.id)).scalar_one()
        code = s.execute(select(ReferralLetter.verification_code)).scalar_one()
    note = sessions.get_note(head, note_id)
    assert note.erased and note.intact and note.is_signed
    for call in (referrals.letter_pdf, referrals.print_letter, referrals.export_letter):
        with pytest.raises(ValidationError) as refused:
            call(head, referral_id)
        assert refused.value.code == referrals.LETTER_ERASED
    found = referrals.verify_letter(head, code)
    assert found is not None and found.erased and found.pdf == b""
