"""The client's safety plan through the service, on real SQLCipher files: what a new plan
proposes (the LK3 and SAPA 129), the draft and its checks, signing with the password like the
other clinical records, addenda, who may see it, and the PDF for the client read back with
pypdf (every step, the numbers to call, the signatures, RAHASIA, the audit row)."""

from __future__ import annotations

import datetime
import io
import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select
from support.casework import COUNSELOR_PASSWORD
from support.error_text import indonesian
from support.office import Office, case_team

from lk3_desktop.core.client_safety_plan import Contact, SafetyPlanInput
from lk3_desktop.core.errors import PermissionDenied, RecordLocked, ValidationError, WrongPassword
from lk3_desktop.db import audit
from lk3_desktop.db.models import AuditEntry
from lk3_desktop.db.workstation import KeyringStore
from lk3_desktop.services import accounts, assessments, center

TODAY = datetime.date.today()


World = Office


@pytest.fixture
def world(
    initialized: accounts.InitResult, data_dir: Path, cred_store: KeyringStore
) -> Iterator[World]:
    head = initialized.session
    profile = center.get_center(head)
    center.update_center(head, replace(profile, phone="(0254) 123456"))
    w = case_team(head, data_dir, cred_store)
    yield w
    w.close()


def full_plan(w: World) -> SafetyPlanInput:
    proposed = assessments.proposed_plan(w.budi, w.dewi.case_id)
    return replace(
        proposed,
        made_on=TODAY - datetime.timedelta(days=2),
        warning_signs=("Tidak bisa tidur dua malam berturut-turut", "Suami mulai minum lagi"),
        coping=("Berwudu dan salat", "Menulis di buku harian"),
        distractions=(
            Contact("Warung Bu Imas di ujung gang"),
            Contact("Adik, Rina", "0812-3333-4444"),
        ),
        helpers=(Contact("Kakak, Siti Aminah", "0813-1111-2222"),),
        environment=("Menitipkan obat tidur kepada kakak",),
        reasons="Kedua anak saya, Raka dan Nisa.",
    )


def pages(pdf: bytes) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages]


def test_a_new_plan_proposes_the_lk3_and_the_crisis_services(world: World) -> None:
    proposed = assessments.proposed_plan(world.budi, world.dewi.case_id)
    names = [c.name for c in proposed.professionals]
    phones = [c.phone for c in proposed.professionals]
    assert "Budi Santoso" in names[0] and names[0].startswith("LK3")
    assert phones[0] == "(0254) 123456"
    assert any(name.startswith("SAPA 129") for name in names)
    assert {"112", "110"} <= set(phones)
    assert proposed.made_on == TODAY and not proposed.warning_signs


def test_draft_then_signed_with_the_password_then_only_addenda(world: World) -> None:
    w = world
    draft = assessments.create_safety_plan(
        w.budi, w.dewi.case_id, SafetyPlanInput(made_on=TODAY, warning_signs=("Gelisah",))
    )
    assert not draft.is_signed and draft.created_by_name == "Budi Santoso"
    listed = assessments.list_for_client(w.budi, w.dewi.client_id)
    assert [p.id for p in listed[0].safety_plans] == [draft.id]
    # signing says what is missing, in the order of the plan
    with pytest.raises(ValidationError) as missing:
        assessments.sign_safety_plan(w.budi, draft.id, COUNSELOR_PASSWORD)
    assert missing.value.code == "client_safety_plan.coping_required"
    assert missing.value.field == "coping"
    assert "menenangkan diri" in indonesian(missing.value)
    half = replace(full_plan(w), helpers=(Contact("Kakak"),), professionals=(Contact("", "129"),))
    problems = [p for p, _ in assessments.safety_plan_problems_of(half)]
    assert problems == ["helpers", "professionals", "professionals"]
    updated = assessments.update_safety_plan(w.budi, draft.id, full_plan(w))
    assert updated.data.helpers == (Contact("Kakak, Siti Aminah", "0813-1111-2222"),)
    assert updated.data.distractions[0] == Contact("Warung Bu Imas di ujung gang", "")
    with pytest.raises(WrongPassword):
        assessments.sign_safety_plan(w.budi, draft.id, "salah")
    signed = assessments.sign_safety_plan(w.budi, draft.id, COUNSELOR_PASSWORD)
    assert signed.is_signed and signed.signed_by_name == "Budi Santoso"
    with pytest.raises(RecordLocked):
        assessments.update_safety_plan(w.budi, draft.id, full_plan(w))
    with pytest.raises(RecordLocked):
        assessments.delete_safety_plan(w.budi, draft.id)
    assessments.add_safety_plan_addendum(w.head, draft.id, "Nomor kakak berganti: 0813-9999-0000.")
    again = assessments.get_safety_plan(w.budi, draft.id)
    assert [a.text for a in again.addenda] == ["Nomor kakak berganti: 0813-9999-0000."]
    assert again.addenda[0].author_name == w.head.actor.full_name
    with w.head.store.transaction() as s:
        actions = list(
            s.execute(
                select(AuditEntry.action).where(AuditEntry.entity_type == "client_safety_plan")
            ).scalars()
        )
        assert audit.verify(s).ok
    assert actions[:1] == ["client_safety_plan.created"]
    assert {"client_safety_plan.signed", "client_safety_plan.addendum_added"} <= set(actions)


def test_a_draft_is_deleted_and_the_date_stays_inside_the_case(world: World) -> None:
    w = world
    with pytest.raises(ValidationError) as early:
        assessments.create_safety_plan(
            w.budi, w.dewi.case_id, SafetyPlanInput(made_on=TODAY - datetime.timedelta(days=90))
        )
    assert early.value.field == "made_on"
    too_many = SafetyPlanInput(made_on=TODAY, coping=tuple(f"Langkah {i}" for i in range(21)))
    with pytest.raises(ValidationError) as many:
        assessments.create_safety_plan(w.budi, w.dewi.case_id, too_many)
    assert many.value.code == "client_safety_plan.too_many" and many.value.field == "coping"
    draft = assessments.create_safety_plan(w.budi, w.dewi.case_id, SafetyPlanInput(made_on=TODAY))
    assessments.delete_safety_plan(w.budi, draft.id)
    assert assessments.list_for_client(w.budi, w.dewi.client_id)[0].safety_plans == ()


def test_only_the_head_and_the_case_counselor_see_it(world: World) -> None:
    w = world
    plan = assessments.create_safety_plan(w.budi, w.dewi.case_id, full_plan(w))
    assert assessments.get_safety_plan(w.head, plan.id).id == plan.id
    for outsider in (w.ani, w.sari):
        with pytest.raises(PermissionDenied):
            assessments.get_safety_plan(outsider, plan.id)
        with pytest.raises(PermissionDenied):
            assessments.safety_plan_pdf(outsider, plan.id)
        with pytest.raises(PermissionDenied):
            assessments.create_safety_plan(outsider, w.dewi.case_id, full_plan(w))


def test_the_pdf_for_the_client_holds_every_step_and_the_numbers_to_call(world: World) -> None:
    w = world
    plan = assessments.create_safety_plan(w.budi, w.dewi.case_id, full_plan(w))
    with pytest.raises(ValidationError) as unsigned:
        assessments.safety_plan_pdf(w.budi, plan.id)
    assert unsigned.value.code == "client_safety_plan.pdf_unsigned"
    assessments.sign_safety_plan(w.budi, plan.id, COUNSELOR_PASSWORD)
    assessments.add_safety_plan_addendum(w.budi, plan.id, "Kakak pindah ke Cilegon.")
    pdf = assessments.safety_plan_pdf(w.budi, plan.id)
    assert pdf.startswith(b"%PDF")
    text = " ".join(pages(pdf))
    for expected in (
        "RENCANA KESELAMATAN",
        "RAHASIA",
        "Dewi Lestari",
        "segera hubungi 112",
        "SAPA 129",
        "08111-129-129",
        "Langkah 1. Tanda bahaya",
        "Tidak bisa tidur dua malam berturut-turut",
        "Langkah 2.",
        "Berwudu dan salat",
        "Warung Bu Imas di ujung gang",
        "Kakak, Siti Aminah 0813-1111-2222",
        "(0254) 123456",
        "Menitipkan obat tidur kepada kakak",
        "Langkah 7.",
        "Kedua anak saya, Raka dan Nisa.",
        "Klien,",
        "Konselor,",
        "Ditandatangani secara elektronik",
        "Kakak pindah ke Cilegon.",
    ):
        assert expected in text, expected
    total = len(pages(pdf))
    assert all(f"dari {total}" in page for page in pages(pdf))
    with w.head.store.transaction() as s:
        printed = s.execute(
            select(AuditEntry.detail).where(AuditEntry.action == "client_safety_plan.printed")
        ).scalars()
        assert [json.loads(d) for d in printed] == [{"case": w.dewi.case_id, "addenda": 1}]
