"""The psychosocial assessment PDF through the service, on real SQLCipher files, read back with
pypdf: what it prints, who may print it, "jangan diungkap" marks, and the audit row."""

from __future__ import annotations

import datetime
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select
from support.casework import COUNSELOR_PASSWORD, DEWI_BIRTH
from support.error_text import indonesian
from support.office import Office, case_team

from lk3_desktop.core.dates_id import format_date_id
from lk3_desktop.core.errors import PermissionDenied, ValidationError
from lk3_desktop.db import audit
from lk3_desktop.db.models import AuditEntry
from lk3_desktop.db.workstation import KeyringStore
from lk3_desktop.services import accounts, assessments, cases, clients, withholding
from lk3_desktop.services.assessments import PsychosocialInput, SafetyPlanRow
from lk3_desktop.services.context import UserSession

TODAY = datetime.date.today()
LEGAL = "Pasal 33 UU No. 27 Tahun 2022 tentang Pelindungan Data Pribadi"
BIRTH = DEWI_BIRTH
PLAN = (
    SafetyPlanRow("Adik klien", "Menyediakan tempat menginap sementara", "Bila suami mengamuk"),
    SafetyPlanRow("Konselor", "Menelepon klien untuk memastikan keadaannya", "Setiap Senin"),
)
TEXTS = {
    "presenting_problem": "Pertengkaran dengan suami hampir setiap malam.",
    "history": "Menikah sejak 2012; suami kehilangan pekerjaan tahun lalu.",
    "family_relations": "Hubungan dengan mertua renggang.",
    "genogram_notes": "Tiga generasi tinggal serumah.",
    "strengths": "Adik klien siap membantu.",
    "risk_factors": "Suami pernah memukul saat mabuk.",
    "conclusion": "Keluarga dalam krisis; risiko kekerasan fisik tinggi.",
}


World = Office


@pytest.fixture
def world(
    initialized: accounts.InitResult, data_dir: Path, cred_store: KeyringStore
) -> Iterator[World]:
    head = initialized.session
    w = case_team(head, data_dir, cred_store)
    other = clients.create_client(
        head, clients.ClientInput(full_name="Rina Marlina", sex="P", estimated_age=30)
    )
    cases.open_case(
        head,
        other,
        cases.CaseInput(
            TODAY - datetime.timedelta(days=40), "datang_sendiri", counselor_id=w.ani.actor.user_id
        ),
    )
    yield w
    w.close()


def pages(pdf: bytes) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages]


def flat(pdf: bytes) -> str:
    return " ".join(pages(pdf))


def high_risk_assessment(w: World, assessed_on: datetime.date | None = None) -> int:
    info = assessments.create_psychosocial(
        w.budi,
        w.dewi.case_id,
        PsychosocialInput(
            assessed_on=assessed_on or TODAY - datetime.timedelta(days=3),
            kind="mendalam",
            needs={
                "perlindungan": "Pendampingan ke UPTD PPA.",
                "ekonomi": "Informasi program PKH.",
            },
            risk_level="tinggi",
            safety_plan=PLAN,
            **TEXTS,
        ),
    )
    return info.id


def printed_details(session: UserSession) -> list[dict[str, object]]:
    with session.store.transaction() as s:
        rows = s.execute(
            select(AuditEntry.detail)
            .where(AuditEntry.action == "psychosocial.printed")
            .order_by(AuditEntry.id)
        ).scalars()
        return [json.loads(detail) for detail in rows]


def test_signed_pdf_holds_every_section_the_plan_the_signature_and_addenda(
    world: World,
) -> None:
    w = world
    assessment_id = high_risk_assessment(w)
    signed = assessments.sign_psychosocial(w.budi, assessment_id, COUNSELOR_PASSWORD)
    assessments.add_psychosocial_addendum(w.budi, assessment_id, "Suami bersedia ikut sesi.")
    assert signed.signed_at is not None

    pdf = assessments.psychosocial_report(w.budi, assessment_id)
    assert pdf.startswith(b"%PDF-")
    text = flat(pdf)
    for expected in (
        "ASESMEN PSIKOSOSIAL",
        "Asesmen mendalam",
        "Dewi Lestari",
        signed.registration_number,
        format_date_id(signed.data.assessed_on),
        "Asesor : Budi Santoso",
        f"Serang, {format_date_id(BIRTH)}",
        "Permasalahan yang disampaikan",
        "Kekuatan dan faktor pelindung",
        "Kesimpulan konselor",
        *TEXTS.values(),
        "Kebutuhan menurut ranah",
        "Perlindungan Pendampingan ke UPTD PPA.",
        "Ekonomi Informasi program PKH.",
        "Tingkat risiko Tinggi",
        "Rencana keselamatan",
        "Suami bersedia ikut sesi.",
        "Ditandatangani oleh Budi Santoso",
    ):
        assert expected in text, expected
    for row in PLAN:
        assert row.who in text and row.action in text and row.timing in text
    signed_at = signed.signed_at
    assert (
        "Ditandatangani secara elektronik di LK3 Desktop pada "
        f"{format_date_id(signed_at.date())} pukul {signed_at:%H.%M}"
    ) in text
    assert "DRAF" not in text and LEGAL not in text
    # The needs table follows the domain order of the form, not the order typed.
    assert text.index("Perlindungan Pendampingan") > text.index("Ekonomi Informasi")
    # The addendum comes after the signature, with its author.
    assert text.index("Adendum") > text.index("Ditandatangani secara elektronik")

    every = pages(pdf)
    for number, page in enumerate(every, start=1):
        assert "RAHASIA" in page.replace(" ", "")
        assert f"Halaman {number} dari {len(every)}" in page


def test_a_draft_says_so_and_a_low_risk_one_has_no_plan(world: World) -> None:
    info = assessments.create_psychosocial(
        world.budi,
        world.dewi.case_id,
        PsychosocialInput(
            assessed_on=TODAY,
            kind="awal",
            presenting_problem="Anak sering bolos.",
            risk_level="rendah",
        ),
    )
    text = flat(assessments.psychosocial_report(world.head, info.id))
    assert "Asesmen awal" in text and "Anak sering bolos." in text
    assert "Draf (belum ditandatangani)" in text and "DRAF — belum ditandatangani" in text
    assert "Tingkat risiko Rendah" in text and "Rencana keselamatan" not in text
    assert "Tidak ada kebutuhan yang dicatat." in text
    assert "Riwayat Tidak diisi." in text


def test_only_the_head_and_the_counselor_of_the_case_print_it(world: World) -> None:
    assessment_id = high_risk_assessment(world)
    for outsider in (world.ani, world.sari):
        with pytest.raises(PermissionDenied):
            assessments.psychosocial_report(outsider, assessment_id)
    assert printed_details(world.head) == []
    assert assessments.psychosocial_report(world.head, assessment_id).startswith(b"%PDF-")
    with pytest.raises(ValidationError):
        assessments.psychosocial_report(world.budi, assessment_id + 1000)


def test_a_withheld_assessment_is_refused_and_a_withheld_birth_date_left_out(
    world: World,
) -> None:
    w = world
    marked = high_risk_assessment(w, TODAY - datetime.timedelta(days=9))
    other = high_risk_assessment(w)
    withholding.mark(
        w.budi, w.dewi.client_id, "Permintaan klien", kind="psychosocial", record_id=marked
    )
    for who in (w.budi, w.head):  # the mark binds every export, whoever makes it
        with pytest.raises(ValidationError) as refused:
            assessments.psychosocial_report(who, marked)
        assert indonesian(refused.value) == (
            "Catatan ini ditandai jangan diungkap dan tidak dapat diekspor."
        )
    assert printed_details(w.head) == []  # refusals print nothing, so log no print

    # Another record's mark does not touch this one, and the PDF says nothing is missing.
    text = flat(assessments.psychosocial_report(w.budi, other))
    assert format_date_id(BIRTH) in text and LEGAL not in text

    withholding.mark(w.head, w.dewi.client_id, "Keamanan klien", field_code="birth")
    text = flat(assessments.psychosocial_report(w.budi, other))
    assert format_date_id(BIRTH) not in text and "Serang" not in text
    assert (
        f"Data berikut tidak diungkapkan dalam dokumen ini berdasarkan {LEGAL}: "
        "Tempat, tanggal lahir."
    ) in text
    assert TEXTS["presenting_problem"] in text  # the assessment itself still prints
    assert printed_details(w.head)[-1]["withheld"] == 1

    # "Situasi keluarga" withheld: the family sections go too, and the sentence names it.
    assert TEXTS["family_relations"] in text and TEXTS["genogram_notes"] in text
    withholding.mark(w.head, w.dewi.client_id, "Pelaku tinggal serumah", field_code="family")
    text = flat(assessments.psychosocial_report(w.budi, other))
    assert TEXTS["family_relations"] not in text and TEXTS["genogram_notes"] not in text
    assert "Tempat, tanggal lahir; Situasi keluarga." in text
    assert TEXTS["presenting_problem"] in text and TEXTS["strengths"] in text
    assert printed_details(w.head)[-1]["withheld"] == 2


def test_printing_is_audited_with_ids_and_counts_only(world: World) -> None:
    assessment_id = high_risk_assessment(world)
    assessments.sign_psychosocial(world.budi, assessment_id, COUNSELOR_PASSWORD)
    assessments.add_psychosocial_addendum(world.budi, assessment_id, "Suami bersedia ikut sesi.")
    assessments.psychosocial_report(world.budi, assessment_id)
    with world.head.store.transaction() as s:
        row = s.execute(
            select(AuditEntry).where(AuditEntry.action == "psychosocial.printed")
        ).scalar_one()
        assert audit.verify(s).ok
        assert (row.actor_id, row.entity_type, row.entity_id) == (
            world.budi.actor.user_id,
            "psychosocial_assessment",
            str(assessment_id),
        )
        detail = json.loads(row.detail)
    assert detail == {"case": world.dewi.case_id, "safety_plan": 2, "addenda": 1, "withheld": 0}
