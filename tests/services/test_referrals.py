"""Referrals through real SQLCipher files: who may do what, numbering under races and crashes,
cancelled letters, reprints, verification, follow-up, and what the letter discloses."""

from __future__ import annotations

import datetime
import hashlib
import io
import json
import os
import subprocess
import sys
import textwrap
import threading
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select
from support.casework import COUNSELOR_PASSWORD
from support.factories import HEAD_PASSWORD, init_database, login
from support.office import letterhead, new_office

from lk3_desktop.core.dates_id import format_date_id, month_roman
from lk3_desktop.core.errors import PermissionDenied, ValidationError, WrongPassword
from lk3_desktop.core.referrals import PARTNER_TYPES, ReferralStatus
from lk3_desktop.core.verification import verification_code
from lk3_desktop.db import audit
from lk3_desktop.db.models import (
    AuditEntry,
    NumberSequence,
    Referral,
    ReferralConsent,
    ReferralLetter,
)
from lk3_desktop.db.workstation import KeyringStore, NoCredentialStore
from lk3_desktop.services import (
    cases,
    clients,
    document_settings,
    partners,
    referrals,
)
from lk3_desktop.services.context import UserSession
from lk3_desktop.services.referrals import _issuing

TODAY = datetime.date.today()
TESTS_DIR = Path(__file__).resolve().parent.parent
NIK_SITI = "3673015203900002"


def _pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def expected_number(seq: int, code: str = "SRG") -> str:
    return f"{seq:03d}/LK3-{code}/{month_roman(TODAY.month)}/{TODAY.year}"


@dataclass
class World:
    head: UserSession
    budi: UserSession  # konselor assigned to the case
    ani: UserSession  # another konselor
    sari: UserSession  # staf
    case_id: int
    client_id: int
    partner_id: int


LETTERHEAD: dict[str, object] = {
    "phone": "0254-201234",
    "email": "lk3@example.org",
    "head_nip": "198703152010012003",
}


def make_client_case(
    head: UserSession,
    counselor_id: int,
    name: str = "Siti Nurhaliza",
    birth_date: datetime.date = datetime.date(1990, 3, 12),
    guardian_name: str = "",
) -> int:
    cid = clients.create_client(
        head,
        clients.ClientInput(
            full_name=name,
            sex="P",
            birth_place="Serang",
            birth_date=birth_date,
            guardian_name=guardian_name,
            guardian_relationship="Ibu" if guardian_name else "",
            nik=NIK_SITI if name == "Siti Nurhaliza" else "",
            phone="0812-3456-7890",
            street="Jl. Ki Mas Jong No. 5",
            rt="2",
            rw="5",
            province_code="36",
            regency_code="36.73",
            district_code="36.73.01",
            village_code="36.73.01.1001",
        ),
    )
    case = cases.open_case(
        head,
        cid,
        cases.CaseInput(
            TODAY, "datang_sendiri", presenting_problem="Konflik", counselor_id=counselor_id
        ),
    )
    return case.id


@pytest.fixture
def world(head: UserSession, data_dir: Path, cred_store: KeyringStore) -> Iterator[World]:
    office = new_office(head, data_dir, cred_store, "budi", "ani", "sari")
    office.letterhead(**LETTERHEAD)
    case_id = make_client_case(head, office.budi.actor.user_id)
    client_id = cases.get_case(head, case_id).client_id
    partner_id = office.add_partner(
        "ciruas",
        "Puskesmas Demo Ciruas",
        by="budi",
        address="Jl. Raya Ciruas No. 4, Kabupaten Serang",
        contact_person="dr. Rina Kusuma",
        contact_position="Kepala Puskesmas",
        services="Pemeriksaan umum, konseling",
    )
    yield World(head, office.budi, office.ani, office.sari, case_id, client_id, partner_id)
    office.close()


def draft_input(partner_id: int, **overrides: object) -> referrals.ReferralInput:
    base: dict[str, object] = {
        "partner_id": partner_id,
        "reason": "Klien memerlukan pemeriksaan kesehatan jiwa lanjutan.",
        "services_requested": "Konseling oleh psikolog klinis.",
        "urgency": "segera",
        "consented_fields": ("name", "sex", "birth", "address"),
        "consent_given_by": "klien",
        "consent_given_by_name": "Siti Nurhaliza",
        "problem_summary": "Sulit tidur sejak konflik keluarga.",
        "attachments": ("Fotokopi KTP",),
        "copies_to": ("Kepala Dinas Sosial Kota Serang",),
    }
    base.update(overrides)
    return referrals.ReferralInput(**base)  # type: ignore[arg-type]


def submitted(w: World, **overrides: object) -> int:
    """A referral of Budi's case, drafted and submitted by Budi."""
    ref = referrals.create_referral(w.budi, w.case_id, draft_input(w.partner_id, **overrides))
    referrals.submit_referral(w.budi, ref.id)
    return ref.id


def audit_rows(session: UserSession, action: str) -> list[AuditEntry]:
    with session.store.transaction() as s:
        return list(
            s.execute(
                select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.id)
            ).scalars()
        )


def test_letter_place_is_the_regency_without_its_kind() -> None:
    assert referrals.place_name("36.73") == "Serang"  # Kota Serang
    assert referrals.place_name("36.04") == "Serang"  # Kabupaten Serang
    assert referrals.place_name("36.01") == "Pandeglang"
    assert referrals.place_name("31.74") == "Jakarta Selatan"  # Kota Administrasi
    assert referrals.place_name(None) is None and referrals.place_name("99.99") is None


# -- partner directory -----------------------------------------------------------------------


def test_partner_types_seeded_and_directory_roles(world: World) -> None:
    w = world
    types = partners.list_partner_types(w.sari)
    assert [(t.code, t.name) for t in types] == list(PARTNER_TYPES)
    assert partners.list_partners(w.head)[0].name == "Puskesmas Demo Ciruas"  # no invented ones
    assert [p.name for p in partners.list_partners(w.sari, query="konseling")] == [
        "Puskesmas Demo Ciruas"
    ]
    data = partners.PartnerInput(name="UPTD PPA Demo", type_id=types[0].id, phone="0254-1")
    with pytest.raises(PermissionDenied):
        partners.add_partner(w.sari, data)
    with pytest.raises(ValidationError) as bad:
        partners.add_partner(w.ani, replace(data, email="bukan-surel"))
    assert bad.value.field == "email"
    added = partners.add_partner(w.ani, data)
    with pytest.raises(ValidationError):
        partners.add_partner(w.head, replace(data, name="uptd ppa demo"))  # same name
    changed = partners.update_partner(w.head, added.id, replace(data, contact_person="Ibu Dewi"))
    assert changed.contact_person == "Ibu Dewi" and changed.type_name == "UPTD PPA (d/h P2TP2A)"
    partners.update_partner(w.head, added.id, data, active=False)
    assert [p.name for p in partners.list_partners(w.sari)] == ["Puskesmas Demo Ciruas"]
    # types: the head edits the list, others do not
    with pytest.raises(PermissionDenied):
        partners.add_partner_type(w.budi, "Posyandu")
    posyandu = partners.add_partner_type(w.head, "Posyandu")
    assert posyandu.code == "posyandu"
    partners.update_partner_type(w.head, posyandu.id, "Posyandu", active=False)
    assert "Posyandu" not in [t.name for t in partners.list_partner_types(w.head)]


# -- workflow and permissions -----------------------------------------------------------------


def test_draft_submit_sign_follow_up_with_history(world: World) -> None:
    w = world
    with pytest.raises(PermissionDenied):  # staf drafts nothing
        referrals.create_referral(w.sari, w.case_id, draft_input(w.partner_id))
    with pytest.raises(PermissionDenied):  # not ani's case
        referrals.create_referral(w.ani, w.case_id, draft_input(w.partner_id))
    ref = referrals.create_referral(w.budi, w.case_id, draft_input(w.partner_id, reason=""))
    assert ref.status is ReferralStatus.DRAF and ref.drafted_by == "Budi Santoso"
    with pytest.raises(ValidationError) as no_reason:
        referrals.submit_referral(w.budi, ref.id)
    assert no_reason.value.field == "reason"
    ref = referrals.update_referral(w.budi, ref.id, draft_input(w.partner_id))
    for other in (w.sari, w.ani):
        with pytest.raises(PermissionDenied):
            referrals.get_referral(other, ref.id)
        with pytest.raises(PermissionDenied):
            referrals.submit_referral(other, ref.id)
    with pytest.raises(PermissionDenied):
        referrals.list_referrals(w.sari)
    assert referrals.list_referrals(w.ani) == []
    referrals.submit_referral(w.budi, ref.id)
    with pytest.raises(PermissionDenied):  # a konselor drafts and submits, never signs
        referrals.sign_referral(w.budi, ref.id, COUNSELOR_PASSWORD)
    assert not referrals.may_sign(w.budi) and referrals.may_sign(w.head)

    signed = referrals.sign_referral(w.head, ref.id, HEAD_PASSWORD)
    assert signed.status is ReferralStatus.DITANDATANGANI
    assert signed.letter is not None and signed.letter.number == expected_number(1)
    assert signed.letter.signed_by == "Siti Rahmawati"
    with pytest.raises(ValidationError):  # signed: no more edits
        referrals.update_referral(w.budi, ref.id, draft_input(w.partner_id))
    with pytest.raises(ValidationError):  # cannot jump to selesai
        referrals.change_status(w.budi, ref.id, ReferralStatus.SELESAI)
    referrals.change_status(w.budi, ref.id, ReferralStatus.DIKIRIM, note="Diantar keluarga")
    referrals.change_status(w.head, ref.id, ReferralStatus.DITERIMA_MITRA)
    with pytest.raises(PermissionDenied):
        referrals.change_status(w.ani, ref.id, ReferralStatus.SELESAI)
    replied = referrals.record_reply(
        w.budi, ref.id, TODAY, "Klien sudah diperiksa psikolog.", ReferralStatus.DITINDAKLANJUTI
    )
    assert replied.reply_text == "Klien sudah diperiksa psikolog." and replied.reply_on == TODAY
    done = referrals.change_status(w.budi, ref.id, ReferralStatus.SELESAI)
    assert [(h.from_status, h.to_status, h.changed_by) for h in done.history] == [
        (None, ReferralStatus.DRAF, "Budi Santoso"),
        (ReferralStatus.DRAF, ReferralStatus.DIAJUKAN, "Budi Santoso"),
        (ReferralStatus.DIAJUKAN, ReferralStatus.DITANDATANGANI, "Siti Rahmawati"),
        (ReferralStatus.DITANDATANGANI, ReferralStatus.DIKIRIM, "Budi Santoso"),
        (ReferralStatus.DIKIRIM, ReferralStatus.DITERIMA_MITRA, "Siti Rahmawati"),
        (ReferralStatus.DITERIMA_MITRA, ReferralStatus.DITINDAKLANJUTI, "Budi Santoso"),
        (ReferralStatus.DITINDAKLANJUTI, ReferralStatus.SELESAI, "Budi Santoso"),
    ]
    assert all(h.changed_on == TODAY for h in done.history)
    assert done.history[3].note == "Diantar keluarga"
    with w.head.store.transaction() as s:
        assert audit.verify(s).ok


def test_return_to_draft_and_cancel_before_signing(world: World) -> None:
    w = world
    rid = submitted(w)
    back = referrals.return_to_draft(w.head, rid, "Lengkapi ringkasan asesmen")
    assert back.status is ReferralStatus.DRAF and back.history[-1].note.startswith("Lengkapi")
    with pytest.raises(ValidationError):
        referrals.cancel_referral(w.budi, rid, " ")
    gone = referrals.cancel_referral(w.budi, rid, "Keluarga memilih layanan lain")
    assert gone.status is ReferralStatus.BATAL and gone.letter is None
    with w.head.store.transaction() as s:
        assert s.get(NumberSequence, f"letter:{TODAY.year}") is None  # no number taken


def test_delegated_counselor_signs_on_behalf_of_the_head(world: World) -> None:
    w = world
    with pytest.raises(PermissionDenied):
        referrals.set_referral_signers(w.budi, [w.budi.actor.user_id])
    with pytest.raises(ValidationError):  # staff cannot be given the pen
        referrals.set_referral_signers(w.head, [w.sari.actor.user_id])
    referrals.set_referral_signers(w.head, [w.ani.actor.user_id])
    assert referrals.referral_signers(w.head) == [w.ani.actor.user_id]
    assert referrals.may_sign(w.ani)
    rid = submitted(w)
    # a signer sees what waits for a signature, also from other counselors' cases
    assert [r.id for r in referrals.list_referrals(w.ani)] == [rid]
    signed = referrals.sign_referral(w.ani, rid, COUNSELOR_PASSWORD)
    assert signed.letter is not None and signed.letter.signed_by == "Ani Wijaya"
    text = _pdf_text(referrals.print_letter(w.ani, rid))
    assert "a.n. Kepala LK3 Kabupaten Uji Coba" in text and "Ani Wijaya" in text
    referrals.set_referral_signers(w.head, [])
    with pytest.raises(PermissionDenied):
        referrals.print_letter(w.ani, rid)


# -- numbering ----------------------------------------------------------------------------------


def test_numbers_per_year_and_template(world: World) -> None:
    w = world
    with pytest.raises(ValidationError):
        referrals.set_letter_number_template(w.head, "{seq}/{bulan}")
    with pytest.raises(ValidationError):
        referrals.set_letter_number_template(w.head, "{seq:03d}/LK3")  # no year
    with pytest.raises(PermissionDenied):
        referrals.set_letter_number_template(w.budi, "{seq}/{year}")
    first = referrals.sign_referral(w.head, submitted(w), HEAD_PASSWORD)
    referrals.set_letter_number_template(w.head, "{seq:04d}/RJK/{center_code}/{month}/{year}")
    second = referrals.sign_referral(w.head, submitted(w), HEAD_PASSWORD)
    assert first.letter and first.letter.number == expected_number(1)
    assert second.letter and second.letter.number == (
        f"0002/RJK/SRG/{TODAY.month:02d}/{TODAY.year}"
    )
    with w.head.store.transaction() as s:
        assert s.get(NumberSequence, f"letter:{TODAY.year}").last_value == 2  # type: ignore[union-attr]


def test_concurrent_signing_gives_consecutive_distinct_numbers(
    world: World, data_dir: Path, cred_store: KeyringStore
) -> None:
    """Four connections sign eight referrals at once: 1..8, each once, none skipped."""
    w = world
    referrals.set_referral_signers(w.head, [w.ani.actor.user_id])
    ids = [submitted(w) for _ in range(8)]
    signers = [
        login(data_dir, cred_store, "kepala", HEAD_PASSWORD),
        login(data_dir, cred_store, "kepala", HEAD_PASSWORD),
        w.ani,
        w.head,
    ]
    barrier = threading.Barrier(len(signers))
    errors: list[BaseException] = []

    def sign(session: UserSession, mine: list[int]) -> None:
        password = COUNSELOR_PASSWORD if session is w.ani else HEAD_PASSWORD
        try:
            barrier.wait(timeout=30)
            for rid in mine:
                referrals.sign_referral(session, rid, password)
        except BaseException as exc:
            errors.append(exc)

    threads = [
        threading.Thread(target=sign, args=(session, ids[i :: len(signers)]))
        for i, session in enumerate(signers)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    for session in signers[:2]:
        session.store.close()
    assert not errors, errors
    with w.head.store.transaction() as s:
        letters = list(s.execute(select(ReferralLetter)).scalars())
        seq = s.get(NumberSequence, f"letter:{TODAY.year}")
        assert audit.verify(s).ok
    assert sorted(letter.seq_value for letter in letters) == list(range(1, 9))
    assert {letter.number for letter in letters} == {expected_number(i) for i in range(1, 9)}
    assert {letter.referral_id for letter in letters} == set(ids)
    assert seq is not None and seq.last_value == 8


def test_two_signers_racing_for_one_referral_issue_one_letter(
    world: World, data_dir: Path, cred_store: KeyringStore
) -> None:
    w = world
    rid = submitted(w)
    other = login(data_dir, cred_store, "kepala", HEAD_PASSWORD)
    barrier = threading.Barrier(2)
    outcomes: list[object] = []

    def sign(session: UserSession) -> None:
        barrier.wait(timeout=30)
        try:
            outcomes.append(referrals.sign_referral(session, rid, HEAD_PASSWORD))
        except ValidationError as exc:
            outcomes.append(exc)

    threads = [threading.Thread(target=sign, args=(s,)) for s in (w.head, other)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    other.store.close()
    assert len(outcomes) == 2
    assert sum(isinstance(o, ValidationError) for o in outcomes) == 1
    with w.head.store.transaction() as s:
        assert s.execute(select(func.count()).select_from(ReferralLetter)).scalar_one() == 1
        assert s.get(NumberSequence, f"letter:{TODAY.year}").last_value == 1  # type: ignore[union-attr]


def test_failure_after_the_number_was_taken_consumes_nothing(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = world
    rid = submitted(w)

    def broken_renderer(_data: object) -> bytes:
        raise RuntimeError("renderer died after the number was taken")

    monkeypatch.setattr(_issuing, "render_referral_letter", broken_renderer)
    with pytest.raises(RuntimeError):
        referrals.sign_referral(w.head, rid, HEAD_PASSWORD)
    monkeypatch.undo()
    info = referrals.get_referral(w.head, rid)
    assert info.status is ReferralStatus.DIAJUKAN and info.letter is None
    with w.head.store.transaction() as s:
        assert s.get(NumberSequence, f"letter:{TODAY.year}") is None
        assert s.execute(select(func.count()).select_from(ReferralLetter)).scalar_one() == 0
    assert audit_rows(w.head, "referral.signed") == []
    signed = referrals.sign_referral(w.head, rid, HEAD_PASSWORD)
    assert signed.letter is not None and signed.letter.number == expected_number(1)


CRASH_SCRIPT = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    from lk3_desktop.db.workstation import NoCredentialStore
    from lk3_desktop.services import referrals
    from lk3_desktop.services.referrals import _issuing
    from support.factories import HEAD_PASSWORD, login

    session = login(Path(sys.argv[1]), NoCredentialStore(), "kepala", HEAD_PASSWORD)
    real = _issuing.render_referral_letter

    def die_mid_way(data):
        real(data)          # the number was taken and the PDF made ...
        print("dying", flush=True)
        os._exit(9)         # ... and the process is killed before the commit

    _issuing.render_referral_letter = die_mid_way
    referrals.sign_referral(session, int(sys.argv[2]), HEAD_PASSWORD)
    """
)


def test_process_killed_mid_signing_consumes_no_number(
    data_dir: Path, no_cred_store: NoCredentialStore
) -> None:
    init = init_database(data_dir, no_cred_store)
    head = init.session
    try:
        letterhead(head, **LETTERHEAD)
        case_id = make_client_case(head, head.actor.user_id)
        kind = partners.list_partner_types(head)[1].id
        partner = partners.add_partner(head, partners.PartnerInput("Puskesmas Demo Taktakan", kind))
        ref = referrals.create_referral(head, case_id, draft_input(partner.id))
        referrals.submit_referral(head, ref.id)
        result = subprocess.run(
            [sys.executable, "-c", CRASH_SCRIPT, str(data_dir), str(ref.id)],
            env={**os.environ, "PYTHONPATH": str(TESTS_DIR)},
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert result.returncode == 9, result.stderr
        assert "dying" in result.stdout
        after = referrals.get_referral(head, ref.id)
        assert after.status is ReferralStatus.DIAJUKAN and after.letter is None
        with head.store.transaction() as s:
            assert s.get(NumberSequence, f"letter:{TODAY.year}") is None
            assert audit.verify(s).ok
        signed = referrals.sign_referral(head, ref.id, HEAD_PASSWORD)
        assert signed.letter is not None and signed.letter.number == expected_number(1)
    finally:
        head.store.close()


# -- the issued letter ---------------------------------------------------------------------


def test_cancelled_letter_keeps_its_number(world: World) -> None:
    w = world
    first = referrals.sign_referral(w.head, submitted(w), HEAD_PASSWORD)
    referrals.change_status(w.budi, first.id, ReferralStatus.DIKIRIM)
    with pytest.raises(PermissionDenied):  # a signed letter is cancelled by a signer
        referrals.cancel_referral(w.budi, first.id, "Salah alamat")
    cancelled = referrals.cancel_referral(w.head, first.id, "Salah alamat lembaga")
    assert cancelled.status is ReferralStatus.BATAL
    assert cancelled.letter is not None and cancelled.letter.cancelled
    assert cancelled.letter.number == expected_number(1)
    assert cancelled.letter.cancel_reason == "Salah alamat lembaga"
    with pytest.raises(ValidationError):
        referrals.print_letter(w.head, first.id)
    assert referrals.letter_pdf(w.budi, first.id)  # still in the archive, viewable
    second = referrals.sign_referral(w.head, submitted(w), HEAD_PASSWORD)
    assert second.letter is not None and second.letter.number == expected_number(2)
    rows = referrals.list_referrals(w.head, status=ReferralStatus.BATAL)
    assert [(r.id, r.letter_number) for r in rows] == [(first.id, expected_number(1))]


def test_reprint_is_identical_and_every_print_and_export_is_audited(world: World) -> None:
    w = world
    signed = referrals.sign_referral(w.head, submitted(w), HEAD_PASSWORD)
    assert signed.letter is not None
    one = referrals.print_letter(w.head, signed.id)
    two = referrals.print_letter(w.head, signed.id)
    saved = referrals.export_letter(w.head, signed.id)
    assert one == two == saved
    assert hashlib.sha256(one).hexdigest() == signed.letter.sha256
    with pytest.raises(PermissionDenied):
        referrals.print_letter(w.budi, signed.id)
    with pytest.raises(PermissionDenied):
        referrals.export_letter(w.budi, signed.id)
    printed = audit_rows(w.head, "referral.printed")
    exported = audit_rows(w.head, "referral.exported")
    assert len(printed) == 2 and len(exported) == 1
    for row in (*printed, *exported):
        assert row.entity_type == "referral_letter"
        assert row.entity_id == str(signed.letter.id)
        assert json.loads(row.detail) == {}


def test_letter_follows_the_office_settings_and_an_issued_letter_never_changes(
    world: World,
) -> None:
    """Hal per letter, Ketua, the kop's parent-agency and city lines and "di Tempat" shape the
    next letter; the stored PDF and its hash of a letter already issued stay byte for byte
    when the settings change later (the archive is the letter that was sent)."""
    w = world
    first = referrals.sign_referral(w.head, submitted(w), HEAD_PASSWORD)
    assert first.letter is not None and first.letter_subject == "Rujukan Klien"
    before = referrals.letter_pdf(w.head, first.id)
    plain = " ".join(_pdf_text(before).split())
    assert "Hal : Rujukan Klien" in plain and "Kepala LK3 Kabupaten Uji Coba" in plain
    assert "di Tempat" not in plain and "PEMERINTAH" not in plain
    assert "NIP. 19870315 201001 2 003" in plain

    looks = document_settings.DocumentSettings(
        head_title="ketua",
        kop_parent_lines=("Pemerintah Kota Serang", "  Dinas   Sosial "),
        kop_region_line="Serang",
        letter_di_tempat=True,
    )
    stored = document_settings.set_document_settings(w.head, looks)
    assert stored.kop_parent_lines == ("Pemerintah Kota Serang", "Dinas Sosial")
    assert document_settings.document_settings(w.sari).head_title == "ketua"  # all may read
    second = referrals.sign_referral(
        w.head, submitted(w, letter_subject="Permohonan Pendampingan Hukum"), HEAD_PASSWORD
    )
    text = " ".join(_pdf_text(referrals.letter_pdf(w.head, second.id)).split())
    assert "Hal : Permohonan Pendampingan Hukum" in text
    assert "Ketua LK3 Kabupaten Uji Coba" in text and "Kepala LK3" not in text
    assert "PEMERINTAH KOTA SERANG DINAS SOSIAL LK3 KABUPATEN UJI COBA" in text
    assert "di Tempat" in text

    # the first letter, fetched every way, is still the bytes it was signed with
    after = referrals.letter_pdf(w.head, first.id)
    assert after == before == referrals.print_letter(w.head, first.id)
    assert hashlib.sha256(after).hexdigest() == first.letter.sha256
    with w.head.store.transaction() as s:
        row = s.execute(
            select(ReferralLetter).where(ReferralLetter.referral_id == first.id)
        ).scalar_one()
        assert bytes(row.pdf) == before and row.sha256 == first.letter.sha256
    found = referrals.verify_letter(w.head, first.letter.verification_code)
    assert found is not None and found.intact and found.pdf == before


def test_document_settings_are_the_heads_and_checked(world: World) -> None:
    w = world
    for other in (w.budi, w.sari):
        with pytest.raises(PermissionDenied):
            document_settings.set_document_settings(other, document_settings.DocumentSettings())
    bad = (
        {"head_title": "ketua umum"},
        {"report_addressee": "kecamatan"},
        {"kop_parent_lines": ("A", "B", "C", "D")},
        {"kop_region_line": "x" * 300},
    )
    for change in bad:
        with pytest.raises(ValidationError):
            document_settings.set_document_settings(
                w.head,
                replace(document_settings.DocumentSettings(), **change),  # type: ignore[arg-type]
            )
    with pytest.raises(ValidationError) as subject:
        referrals.create_referral(w.budi, w.case_id, draft_input(w.partner_id, letter_subject=" "))
    assert subject.value.field == "letter_subject"
    # nothing refused was written; a change is audited with its values
    assert not [r for r in audit_rows(w.head, "setting.changed") if r.entity_id == "documents"]
    document_settings.set_document_settings(
        w.head, document_settings.DocumentSettings(report_addressee="provinsi")
    )
    (row,) = [r for r in audit_rows(w.head, "setting.changed") if r.entity_id == "documents"]
    assert json.loads(row.detail)["value"]["report_addressee"] == "provinsi"


def test_verify_letter_by_its_code(world: World) -> None:
    w = world
    signed = referrals.sign_referral(w.head, submitted(w), HEAD_PASSWORD)
    assert signed.letter is not None
    code = signed.letter.verification_code
    text = _pdf_text(referrals.print_letter(w.head, signed.id))
    assert f"Kode verifikasi: {code}" in text
    found = referrals.verify_letter(w.head, code.replace("-", " ").lower())
    assert found is not None and found.intact
    assert found.letter.number == expected_number(1)
    assert found.client_name == "Siti Nurhaliza" and found.partner_name == "Puskesmas Demo Ciruas"
    assert found.pdf == referrals.print_letter(w.head, signed.id)
    with pytest.raises(ValidationError):
        referrals.verify_letter(w.head, code[:-1])  # mistyped
    other = verification_code(hashlib.sha256(b"a letter never issued").digest())
    assert referrals.verify_letter(w.head, other) is None  # well-formed, not in the archive
    with pytest.raises(PermissionDenied):
        referrals.verify_letter(w.budi, code)
    assert [r.entity_id for r in audit_rows(w.head, "referral.verified")] == [str(signed.letter.id)]


def test_letter_shows_only_consented_fields(world: World) -> None:
    w = world
    rid = submitted(w, consented_fields=("name", "sex", "birth", "address"))
    signed = referrals.sign_referral(w.head, rid, HEAD_PASSWORD)
    text = _pdf_text(referrals.letter_pdf(w.budi, rid))
    flat = " ".join(text.split())
    assert signed.letter is not None and signed.letter.number in flat
    assert "Siti Nurhaliza" in flat and "Perempuan" in flat
    assert f"Serang, {format_date_id(TODAY)}" in flat
    assert "Serang, 12 Maret 1990" in flat and "Kelurahan Serang" in flat
    assert "Puskesmas Demo Ciruas" in flat and "Yth. Kepala Puskesmas" in flat
    assert NIK_SITI not in flat and "0812" not in flat  # NIK and phone were not consented
    assert "Sulit tidur" not in flat  # nor the problem summary
    assert "RAHASIA" in flat
    # the consent record is kept with who agreed and who recorded it
    info = referrals.get_referral(w.head, rid)
    assert info.consent is not None and info.consent.given_by_name == "Siti Nurhaliza"
    assert info.consent.fields == ("name", "sex", "birth", "address")
    assert info.consent.recorded_by == "Budi Santoso"


def test_consent_changes_are_kept_and_minor_needs_guardian(world: World) -> None:
    w = world
    ref = referrals.create_referral(w.budi, w.case_id, draft_input(w.partner_id))
    referrals.update_referral(
        w.budi, ref.id, draft_input(w.partner_id, consented_fields=("name", "nik", "problem"))
    )
    with w.head.store.transaction() as s:
        rows = s.execute(
            select(ReferralConsent.fields).where(ReferralConsent.referral_id == ref.id)
        ).scalars()
        assert [json.loads(r) for r in rows] == [
            ["name", "sex", "birth", "address"],
            ["name", "nik", "problem"],
        ]
    with pytest.raises(ValidationError):
        referrals.update_referral(
            w.budi, ref.id, draft_input(w.partner_id, consented_fields=("x",))
        )
    child_case = make_client_case(
        w.head,
        w.budi.actor.user_id,
        name="Rafi Pratama",
        birth_date=TODAY.replace(year=TODAY.year - 12),
        guardian_name="Siti Nurhaliza",
    )
    with pytest.raises(ValidationError) as minor:
        referrals.create_referral(
            w.budi,
            child_case,
            draft_input(w.partner_id, consent_given_by="klien", consent_given_by_name="Rafi"),
        )
    assert minor.value.field == "consent_given_by"
    child = referrals.create_referral(
        w.budi,
        child_case,
        draft_input(
            w.partner_id,
            consented_fields=("name", "guardian"),
            consent_given_by="orang_tua",
            consent_given_by_name="Siti Nurhaliza",
        ),
    )
    referrals.submit_referral(w.budi, child.id)
    flat = " ".join(
        _pdf_text(
            referrals.print_letter(
                w.head, referrals.sign_referral(w.head, child.id, HEAD_PASSWORD).id
            )
        ).split()
    )
    assert "Rafi Pratama" in flat and "Siti Nurhaliza (Ibu)" in flat


def test_overdue_follow_ups_for_counselor_and_head(world: World) -> None:
    w = world
    tomorrow = TODAY + datetime.timedelta(days=1)
    later = TODAY + datetime.timedelta(days=10)
    mine = referrals.sign_referral(w.head, submitted(w, follow_up_on=tomorrow), HEAD_PASSWORD)
    case_ani = make_client_case(w.head, w.ani.actor.user_id, name="Dewi Lestari")
    ref_ani = referrals.create_referral(
        w.ani, case_ani, draft_input(w.partner_id, follow_up_on=tomorrow,
                                     consent_given_by_name="Dewi Lestari"),
    )  # fmt: skip
    referrals.submit_referral(w.ani, ref_ani.id)
    referrals.sign_referral(w.head, ref_ani.id, HEAD_PASSWORD)
    draft_only = referrals.create_referral(
        w.budi, w.case_id, draft_input(w.partner_id, follow_up_on=tomorrow)
    )
    with pytest.raises(ValidationError):
        referrals.set_follow_up(w.budi, mine.id, TODAY - datetime.timedelta(days=1))
    assert referrals.overdue_referrals(w.head) == []  # nothing is late today
    assert [r.id for r in referrals.overdue_referrals(w.budi, today=later)] == [mine.id]
    assert [r.id for r in referrals.overdue_referrals(w.ani, today=later)] == [ref_ani.id]
    head_sees = [r.id for r in referrals.overdue_referrals(w.head, today=later)]
    assert sorted(head_sees) == sorted([mine.id, ref_ani.id])
    assert draft_only.id not in head_sees  # a draft is not followed up
    assert referrals.overdue_referrals(w.sari, today=later) == []
    referrals.change_status(w.budi, mine.id, ReferralStatus.DIKIRIM)
    referrals.change_status(w.budi, mine.id, ReferralStatus.TIDAK_DATANG, note="Tidak datang")
    assert referrals.overdue_referrals(w.budi, today=later) == []  # closed: no longer followed


def test_list_orders_overdue_first_then_by_status(world: World) -> None:
    w = world
    a = referrals.create_referral(w.budi, w.case_id, draft_input(w.partner_id))
    b = submitted(w)
    c = referrals.sign_referral(w.head, submitted(w), HEAD_PASSWORD)
    # make c overdue by moving its follow-up date into the past directly
    with w.head.store.transaction() as s:
        row = s.get(Referral, c.id)
        assert row is not None
        row.follow_up_on = TODAY - datetime.timedelta(days=3)
    rows = referrals.list_referrals(w.head)
    assert [r.id for r in rows] == [c.id, a.id, b]
    assert rows[0].overdue and rows[0].letter_number == expected_number(1)
    assert [r.id for r in referrals.list_referrals(w.budi, ReferralStatus.DIAJUKAN)] == [b]
    assert [r.id for r in referrals.list_referrals(w.head, query="ciruas")] == [c.id, a.id, b]
    assert [r.id for r in referrals.list_case_referrals(w.budi, w.case_id)] == [c.id, b, a.id]
    with pytest.raises(PermissionDenied):
        referrals.list_case_referrals(w.sari, w.case_id)


def test_the_signer_reads_the_letter_first_and_signs_with_the_password(world: World) -> None:
    """Signing is like signing a note: the letter as it will be issued, then the password.
    The preview takes no number; a wrong password issues nothing; a counselor gets neither."""
    w = world
    rid = submitted(w)
    preview = referrals.preview_letter(w.head, rid)
    text = " ".join(_pdf_text(preview).split())
    assert "Siti Nurhaliza" in text, text
    assert expected_number(1) in text, text
    with w.head.store.transaction() as s:
        assert s.get(NumberSequence, f"letter:{TODAY.year}") is None  # nothing taken
        previewed = s.execute(
            select(AuditEntry).where(AuditEntry.action == "referral.letter_previewed")
        ).scalar_one()
        assert previewed.entity_id == str(rid)
    with pytest.raises(PermissionDenied):
        referrals.preview_letter(w.budi, rid)
    with pytest.raises(WrongPassword):
        referrals.sign_referral(w.head, rid, "bukan-kata-sandi-kepala")
    assert referrals.get_referral(w.head, rid).letter is None
    with pytest.raises(PermissionDenied):  # said before any password is checked
        referrals.sign_referral(w.budi, rid, "apa-saja")
    signed = referrals.sign_referral(w.head, rid, HEAD_PASSWORD)
    assert signed.letter is not None and signed.letter.number == expected_number(1)
    with pytest.raises(ValidationError):  # signed: nothing left to preview
        referrals.preview_letter(w.head, rid)
