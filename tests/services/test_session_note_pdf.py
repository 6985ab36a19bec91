"""One signed session note as a PDF: the note and its addenda as signed, on the letterhead
with RAHASIA on every page, for the head or the counselor of the case only; drafts, notes
marked "jangan diungkap" and notes whose content no longer matches its seal are refused."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select, update
from support.casework import COUNSELOR_PASSWORD
from support.office import Office
from test_sessions import note  # the usual note of the Hidayat household

from lk3_desktop.core.errors import PermissionDenied, ValidationError
from lk3_desktop.db.models import AuditEntry, CounselingSession
from lk3_desktop.services import sessions, withholding


def _text(pdf: bytes) -> tuple[int, str]:
    pages = PdfReader(io.BytesIO(pdf)).pages
    return len(pages), " ".join(" ".join(p.extract_text() for p in pages).split())


def _signed(office: Office) -> sessions.SessionNote:
    saved = sessions.save_note(office.rina, note(office.home))
    return sessions.sign_note(office.rina, saved.id, COUNSELOR_PASSWORD)


def test_a_signed_note_with_its_addenda_prints_as_signed(office: Office, tmp_path: Path) -> None:
    signed = _signed(office)
    sessions.add_addendum(office.rina, signed.id, "Klien menelepon: pertemuan dipindah Kamis.")
    pdf = sessions.note_pdf(office.rina, signed.id)
    (tmp_path / "catatan.pdf").write_bytes(pdf)
    pages, text = _text(pdf)
    assert pages == 1  # a short note: the signature stays on its page
    for expected in (
        "RAHASIA",
        "CATATAN SESI KONSELING",
        "Dewi Lestari Hidayat",
        signed.registration_number,
        "Ibu D. bercerita tentang pertengkaran.",  # the DAP data section as written
        "Psikoedukasi komunikasi",
        "Bicara 10 menit tiap malam",
        "Ibu Ketua RT",
        "Ditandatangani oleh Rina Marlina",
        "Adendum",
        "pertemuan dipindah Kamis",
        f"Halaman 1 dari {pages}",
        f"Segel isi: {(signed.content_sha256 or '')[:16]}",
    ):
        assert expected in text, expected
    # the head may print it too; both prints are in the audit trail
    sessions.note_pdf(office.head, signed.id)
    with office.head.store.transaction() as s:
        printed = s.execute(
            select(AuditEntry).where(AuditEntry.action == "session_note.printed")
        ).scalars()
        assert [int(e.entity_id) for e in printed] == [signed.id, signed.id]


def test_who_and_what_may_not_be_printed(office: Office) -> None:
    draft = sessions.save_note(office.rina, note(office.home))
    with pytest.raises(ValidationError, match=r"session\.pdf_unsigned"):
        sessions.note_pdf(office.rina, draft.id)
    signed = sessions.sign_note(office.rina, draft.id, COUNSELOR_PASSWORD)
    for outsider in (office.tuti, office.dedi):  # staf; a counselor of other cases
        with pytest.raises(PermissionDenied):
            sessions.note_pdf(outsider, signed.id)
    # changed behind the app's back: the content no longer matches its seal
    with office.head.store.transaction() as s:
        s.execute(
            update(CounselingSession)
            .where(CounselingSession.id == signed.id)
            .values(homework="diubah diam-diam")
        )
    with pytest.raises(ValidationError, match=r"session\.pdf_seal_broken"):
        sessions.note_pdf(office.head, signed.id)


def test_jangan_diungkap_refuses_the_note_and_leaves_the_family_out(office: Office) -> None:
    signed = _signed(office)
    client_id = office.home.client_id
    withholding.mark(office.head, client_id, "Alamat rumah aman", field_code="family")
    _pages, text = _text(sessions.note_pdf(office.rina, signed.id))
    assert "Ibu Ketua RT" in text  # not a family member
    assert "Budi Hidayat" not in text  # the husband, a family member who attended
    assert "tidak diungkapkan dalam dokumen ini" in text and "Situasi keluarga" in text
    withholding.mark(
        office.head, client_id, "Permintaan klien", kind="session", record_id=signed.id
    )
    with pytest.raises(ValidationError, match=r"session\.pdf_withheld"):
        sessions.note_pdf(office.rina, signed.id)
