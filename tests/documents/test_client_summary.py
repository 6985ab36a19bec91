"""The client record summary PDF: content, RAHASIA on every page, session notes only on request."""

from __future__ import annotations

import datetime
import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from support.casework import COUNSELOR_PASSWORD
from support.factories import login

from lk3_desktop.core.errors import PermissionDenied
from lk3_desktop.core.roles import Role
from lk3_desktop.db.workstation import KeyringStore
from lk3_desktop.documents.client_summary import ClientSummaryData, render_client_summary
from lk3_desktop.services import accounts, assessments, case_summary, cases, clients, families
from lk3_desktop.services.context import UserSession

TODAY = datetime.date.today()


def texts(pdf: bytes) -> list[str]:
    return [" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages]


def summary(**overrides: object) -> ClientSummaryData:
    values: dict[str, object] = {
        "center_name": "LK3 Kabupaten Uji Coba",
        "generated_on": datetime.date(2026, 11, 28),
        "generated_by": "Siti Rahmawati",
        "registration_number": "LK3/2026/0042",
        "identity": (("Nama lengkap", "Siti Nurhaliza"), ("Jenis kelamin", "Perempuan")),
        "case": (("Tahap sekarang", "Asesmen"),),
        "family_name": "Keluarga Rahman",
        "family": (("Ahmad Rahman", "Kepala keluarga", "Laki-laki", "1985"),),
        "pmks": ("PMKS-25 Keluarga Bermasalah Sosial Psikologis",),
        "stages": (("28 November 2026", "Penerimaan (intake)", "Siti Rahmawati", ""),),
        "assessments": (("28 November 2026", "SRQ-20", "9", "Indikasi gangguan"),),
        "referrals": (("28 November 2026", "001/LK3-SRG/XI/2026", "Puskesmas Demo", "Dikirim"),),
    }
    values.update(overrides)
    return ClientSummaryData(**values)  # type: ignore[arg-type]


def test_summary_sections_and_marking() -> None:
    pdf = render_client_summary(summary())
    text = " ".join(texts(pdf))
    for words in (
        "RINGKASAN CATATAN KASUS",
        "Nomor registrasi LK3/2026/0042",
        "Siti Nurhaliza",
        "Keluarga Rahman",
        "Ahmad Rahman",
        "PMKS-25",
        "SRQ-20",
        "001/LK3-SRG/XI/2026",
        "Isi catatan sesi tidak disertakan.",
        "dibuat 28 November 2026 oleh Siti Rahmawati",
    ):
        assert words in text, words
    assert render_client_summary(summary()) == pdf  # reproducible
    reader = PdfReader(io.BytesIO(pdf))
    for page in reader.pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            descendants = [d.get_object() for d in font.get("/DescendantFonts", [])] or [font]
            assert all("/FontFile2" in d["/FontDescriptor"].get_object() for d in descendants)


def test_every_page_is_marked_and_numbered() -> None:
    many = tuple(
        (f"{i} November 2026", "Intervensi", "Budi", "Kunjungan rumah " * 8) for i in range(1, 90)
    )
    notes = (("1 Desember 2026", "Budi", "Catatan sesi pertama."),)
    pdf = render_client_summary(summary(stages=many, session_notes=notes))
    pages = texts(pdf)
    assert len(pages) >= 2
    for number, text in enumerate(pages, start=1):
        assert "RAHASIA" in text and f"Halaman {number} dari {len(pages)}" in text
    assert "Catatan sesi pertama." in pages[-1]


def test_service_builds_the_summary_for_the_case_worker_only(
    initialized: accounts.InitResult, data_dir: Path, cred_store: KeyringStore
) -> None:
    head: UserSession = initialized.session
    accounts.create_user(head, "budi", "Budi Test", Role.KONSELOR, password=COUNSELOR_PASSWORD)
    budi = login(data_dir, cred_store, "budi", COUNSELOR_PASSWORD)
    try:
        cid = clients.create_client(
            head,
            clients.ClientInput(
                full_name="Siti Nurhaliza",
                sex="P",
                birth_date=datetime.date(1990, 3, 12),
                street="Jl. Ki Mas Jong No. 5",
                regency_code="36.73",
                province_code="36",
            ),
        )
        clients.set_client_pmks(head, cid, ["PMKS-25"])
        family = families.create_family(head, "Keluarga Rahman")
        families.add_member(head, family.id, families.MemberInput("", "istri", client_id=cid))
        case = cases.open_case(
            head,
            cid,
            cases.CaseInput(
                TODAY, "datang_sendiri", presenting_problem="Konflik rumah tangga",
                counselor_id=head.actor.user_id,
            ),
        )  # fmt: skip
        plan = assessments.proposed_plan(head, case.id)
        assessments.create_safety_plan(head, case.id, plan)  # a draft, dated today
        text = " ".join(texts(case_summary.case_summary_pdf(head, case.id)))
        assert "Rencana keselamatan klien (draf)" in text
        assert "SAPA 129" not in text  # the plan's steps are the client's copy, not listed
        assert "Siti Nurhaliza" in text and case.registration_number in text
        assert "Konflik rumah tangga" in text and "PMKS-25" in text
        assert "Keluarga Rahman" in text and "Kota Serang" in text
        # her own row in the family table says what her record says (issue 12 item 4)
        assert "Siti Nurhaliza Istri Perempuan 1990" in text
        with pytest.raises(PermissionDenied):  # not budi's case
            case_summary.case_summary_pdf(budi, case.id)
        cases.reassign(head, case.id, budi.actor.user_id)
        assert case_summary.case_summary_pdf(budi, case.id)
        with pytest.raises(PermissionDenied):  # session notes: the head decides
            case_summary.case_summary_pdf(budi, case.id, include_session_notes=True)
        with_notes = " ".join(texts(case_summary.case_summary_pdf(head, case.id, True)))
        assert "Belum ada catatan sesi." in with_notes
    finally:
        budi.store.close()


def test_withheld_family_and_the_omission_sentence() -> None:
    note = "Data berikut tidak diungkapkan dalam dokumen ini: Situasi keluarga."
    text = " ".join(texts(render_client_summary(summary(family_withheld=True, omission_note=note))))
    assert "Data keluarga tidak dicantumkan dalam ringkasan ini." in text
    # the document never prints a withheld family, even when handed one
    assert "Ahmad Rahman" not in text and "Keluarga Rahman" not in text
    assert text.index(note) < text.index("A. Identitas klien")
    plain = " ".join(texts(render_client_summary(summary())))
    assert "tidak diungkapkan" not in plain and "Ahmad Rahman" in plain
