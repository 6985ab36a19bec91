"""Assessments on real SQLCipher files: engine scores, locking, addenda, access, flags, trends."""

from __future__ import annotations

import datetime
import json
import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select
from support.casework import COUNSELOR_PASSWORD
from support.factories import HEAD_PASSWORD, login
from support.office import Office, new_office

from lk3_desktop.core import instruments
from lk3_desktop.core.errors import PermissionDenied, RecordLocked, ValidationError, WrongPassword
from lk3_desktop.db import audit
from lk3_desktop.db.models import AuditEntry, InstrumentAdministration, RiskFlag
from lk3_desktop.db.workstation import KeyringStore
from lk3_desktop.services import assessments, client_list, clients
from lk3_desktop.services.assessments import PsychosocialInput, SafetyPlanRow
from lk3_desktop.services.context import UserSession

TODAY = datetime.date.today()
INTAKE = TODAY - datetime.timedelta(days=120)
PHQ9_CALM = [0, 1, 0, 1, 0, 0, 1, 0, 0]  # total 3, minimal, item 9 = 0
PHQ9_ITEM9 = [2, 2, 1, 2, 1, 1, 1, 0, 1]  # total 11, moderate, item 9 = 1


@pytest.fixture
def world(head: UserSession, data_dir: Path, cred_store: KeyringStore) -> Iterator[Office]:
    """Budi holds Siti Aminah's case, Ani Dewi Lestari's (both from :data:`INTAKE`); Sari is
    staf."""
    built = new_office(head, data_dir, cred_store, "budi", "ani", "sari")
    built.add_case(
        "siti",
        "budi",
        clients.ClientInput(full_name="Siti Aminah", sex="P", estimated_age=34),
        INTAKE,
    )
    built.add_case(
        "dewi",
        "ani",
        clients.ClientInput(full_name="Dewi Lestari", sex="P", estimated_age=29),
        INTAKE,
    )
    yield built
    built.close()


def _day(days_ago: int) -> datetime.date:
    return TODAY - datetime.timedelta(days=days_ago)


# -- scores --------------------------------------------------------------------------------


def test_stored_scores_are_the_engine_scores(world: Office) -> None:
    rng = random.Random(4)
    for definition in instruments.available():
        for _ in range(3):
            answers = [rng.choice(sorted(item.values)) for item in definition.items]
            info = assessments.record_administration(
                world.budi, world.siti.case_id, definition.code, answers, _day(3)
            )
            expected = definition.score(answers)
            assert info.total == expected.total
            assert info.severity_code == (expected.severity.code if expected.severity else None)
            assert info.severity_label == (expected.severity.label if expected.severity else "")
            assert {r.code: r.value for r in info.subscales} == dict(expected.subscales)
            assert {r.code: r.band_code for r in info.subscales} == {
                code: sev.code for code, sev in expected.subscale_severity.items()
            }
            assert info.complete and info.instrument_version == definition.version
            assert [f.code for f in info.flags] == [f.code for f in expected.flags]
    # an incomplete PHQ-9 gets no total (refused, never a silent zero) but keeps the answers
    partial = [1, 1, None, 1, 1, 1, 1, 1, 0]
    info = assessments.record_administration(
        world.budi, world.siti.case_id, "phq9", partial, _day(1)
    )
    assert info.total is None and info.severity_code is None and not info.complete
    assert info.answers == tuple(partial)
    # the stored row holds what the engine said, whatever a caller might want
    with world.head.store.transaction() as s:
        row = s.get(InstrumentAdministration, info.id)
        assert row is not None and row.total is None and json.loads(row.answers) == partial
    # an answer that is not one of the item's options is refused
    with pytest.raises(ValidationError):
        assessments.record_administration(
            world.budi, world.siti.case_id, "PHQ-9", [4, 0, 0, 0, 0, 0, 0, 0, 0], _day(1)
        )
    with pytest.raises(ValidationError):
        assessments.record_administration(world.budi, world.siti.case_id, "PHQ-9", [0] * 8, _day(1))
    with pytest.raises(ValidationError):
        assessments.record_administration(world.budi, world.siti.case_id, "XYZ-1", [0], _day(1))


def test_dates_must_lie_between_intake_and_today(world: Office) -> None:
    with pytest.raises(ValidationError) as future:
        assessments.record_administration(
            world.budi, world.siti.case_id, "GAD-7", [0] * 7, TODAY + datetime.timedelta(days=1)
        )
    assert future.value.field == "administered_on"
    with pytest.raises(ValidationError):
        assessments.record_administration(
            world.budi, world.siti.case_id, "GAD-7", [0] * 7, INTAKE - datetime.timedelta(days=1)
        )


# -- locking -------------------------------------------------------------------------------


def test_signed_administration_cannot_be_changed_by_any_call(world: Office) -> None:
    budi = world.budi
    draft = assessments.record_administration(budi, world.siti.case_id, "PHQ-9", PHQ9_CALM, _day(2))
    incomplete = assessments.record_administration(
        budi, world.siti.case_id, "PHQ-9", [0, 0, 0, None, 0, 0, 0, 0, 0], _day(2)
    )
    with pytest.raises(ValidationError):
        assessments.sign_administration(budi, incomplete.id, COUNSELOR_PASSWORD)
    with pytest.raises(WrongPassword):
        assessments.sign_administration(budi, draft.id, "not-the-password")
    assert not assessments.get_administration(budi, draft.id).is_signed
    with pytest.raises(ValidationError):  # drafts are edited, not amended
        assessments.add_administration_addendum(budi, draft.id, "tambahan")

    signed = assessments.sign_administration(budi, draft.id, COUNSELOR_PASSWORD)
    assert signed.is_signed and signed.signed_by_name == "Budi Santoso"
    assert signed.signed_at is not None

    for attempt in (
        lambda: assessments.update_administration(budi, draft.id, PHQ9_ITEM9, _day(2)),
        lambda: assessments.update_administration(budi, draft.id, PHQ9_CALM, _day(5)),
        lambda: assessments.update_administration(budi, draft.id, PHQ9_CALM, _day(2), "catatan"),
        lambda: assessments.delete_administration(budi, draft.id),
        lambda: assessments.sign_administration(budi, draft.id, COUNSELOR_PASSWORD),
        lambda: assessments.update_administration(world.head, draft.id, PHQ9_ITEM9, _day(2)),
        lambda: assessments.delete_administration(world.head, draft.id),
    ):
        with pytest.raises(RecordLocked):
            attempt()
    after = assessments.get_administration(budi, draft.id)
    assert after.answers == tuple(PHQ9_CALM) and after.total == 3
    assert after.administered_on == _day(2) and after.note == "" and not after.flags

    # only an addendum, with its own author and time
    note = assessments.add_administration_addendum(world.head, draft.id, "Klien minta dijadwalkan")
    assert note.author_name == "Siti Rahmawati"
    again = assessments.get_administration(budi, draft.id)
    assert [a.text for a in again.addenda] == ["Klien minta dijadwalkan"]
    assert again.answers == tuple(PHQ9_CALM)
    with pytest.raises(ValidationError):
        assessments.add_administration_addendum(budi, draft.id, "   ")

    # a draft can still be changed and deleted
    changed = assessments.update_administration(budi, incomplete.id, PHQ9_CALM, _day(1), "lengkap")
    assert changed.total == 3 and changed.note == "lengkap"
    assessments.delete_administration(budi, incomplete.id)
    with pytest.raises(ValidationError):
        assessments.get_administration(budi, incomplete.id)


def _narrative(**changes: object) -> PsychosocialInput:
    values: dict[str, object] = {
        "assessed_on": _day(1),
        "kind": "awal",
        "presenting_problem": "Pertengkaran suami-istri hampir setiap hari.",
        "history": "Menikah 12 tahun, dua anak.",
        "family_relations": "Komunikasi tertutup.",
        "genogram_notes": "Tiga generasi tinggal serumah.",
        "strengths": "Ibu mertua mendukung.",
        "risk_factors": "Ancaman kekerasan.",
        "needs": {"relasi_keluarga": "Konseling pasangan", "ekonomi": "Bantuan usaha"},
        "conclusion": "Perlu konseling keluarga intensif.",
        "risk_level": "tinggi",
        "safety_plan": (),
    }
    values.update(changes)
    return PsychosocialInput(**values)  # type: ignore[arg-type]


def test_high_risk_assessment_needs_safety_plan_and_locks_when_signed(world: Office) -> None:
    budi, password = world.budi, COUNSELOR_PASSWORD
    draft = assessments.create_psychosocial(budi, world.siti.case_id, _narrative())
    assert draft.data.needs == {"relasi_keluarga": "Konseling pasangan", "ekonomi": "Bantuan usaha"}
    assert [f.code for f in draft.flags] == ["high_risk_assessment"] and draft.flags[0].is_open
    with pytest.raises(ValidationError) as no_plan:
        assessments.sign_psychosocial(budi, draft.id, password)
    assert no_plan.value.field == "safety_plan"
    half = (SafetyPlanRow("Ibu mertua", "Menemani klien", ""),)
    assessments.update_psychosocial(budi, draft.id, _narrative(safety_plan=half))
    with pytest.raises(ValidationError) as partial:
        assessments.sign_psychosocial(budi, draft.id, password)
    assert partial.value.field == "safety_plan"
    plan = (
        SafetyPlanRow("Ibu mertua", "Menemani klien dan anak di rumah", "Setiap malam"),
        SafetyPlanRow("", "", ""),  # blank rows are dropped
        SafetyPlanRow("Konselor", "Menghubungi UPTD PPA", "Hari ini"),
    )
    assessments.update_psychosocial(budi, draft.id, _narrative(safety_plan=plan))
    with pytest.raises(ValidationError) as no_level:
        assessments.update_psychosocial(budi, draft.id, _narrative(risk_level="gawat"))
    assert no_level.value.field == "risk_level"
    signed = assessments.sign_psychosocial(budi, draft.id, password)
    assert signed.is_signed and [r.who for r in signed.data.safety_plan] == [
        "Ibu mertua",
        "Konselor",
    ]
    for attempt in (
        lambda: assessments.update_psychosocial(budi, draft.id, _narrative(risk_level="rendah")),
        lambda: assessments.delete_psychosocial(budi, draft.id),
        lambda: assessments.sign_psychosocial(budi, draft.id, password),
    ):
        with pytest.raises(RecordLocked):
            attempt()
    assessments.add_psychosocial_addendum(budi, draft.id, "Klien pindah ke rumah orang tua.")
    final = assessments.get_psychosocial(budi, draft.id)
    assert final.data.risk_level == "tinggi" and len(final.addenda) == 1
    # low risk needs no plan, but a risk level and a conclusion
    low = assessments.create_psychosocial(
        budi, world.siti.case_id, _narrative(risk_level=None, conclusion="")
    )
    assert not low.flags
    with pytest.raises(ValidationError) as missing:
        assessments.sign_psychosocial(budi, low.id, password)
    assert missing.value.field == "risk_level"
    assessments.update_psychosocial(budi, low.id, _narrative(risk_level="rendah"))
    assert assessments.sign_psychosocial(budi, low.id, password).is_signed


# -- who may --------------------------------------------------------------------------------


def test_other_counselor_and_staff_may_neither_read_nor_write(world: Office) -> None:
    admin = assessments.record_administration(
        world.budi, world.siti.case_id, "PHQ-9", PHQ9_ITEM9, _day(2)
    )
    narrative = assessments.create_psychosocial(world.budi, world.siti.case_id, _narrative())
    flag_id = admin.flags[0].id
    for outsider in (world.ani, world.sari):
        reads = (
            lambda o=outsider: assessments.list_for_client(o, world.siti.client_id),
            lambda o=outsider: assessments.get_administration(o, admin.id),
            lambda o=outsider: assessments.get_psychosocial(o, narrative.id),
            lambda o=outsider: assessments.trend(o, world.siti.client_id, "PHQ-9"),
            lambda o=outsider: assessments.open_risk_flags(o, world.siti.client_id),
            lambda o=outsider: assessments.administration_report(o, admin.id),
        )
        writes = (
            lambda o=outsider: assessments.record_administration(
                o, world.siti.case_id, "PHQ-9", PHQ9_CALM, _day(1)
            ),
            lambda o=outsider: assessments.update_administration(o, admin.id, PHQ9_CALM, _day(1)),
            lambda o=outsider: assessments.delete_administration(o, admin.id),
            lambda o=outsider: assessments.sign_administration(o, admin.id, "x"),
            lambda o=outsider: assessments.add_administration_addendum(o, admin.id, "x"),
            lambda o=outsider: assessments.create_psychosocial(o, world.siti.case_id, _narrative()),
            lambda o=outsider: assessments.update_psychosocial(o, narrative.id, _narrative()),
            lambda o=outsider: assessments.delete_psychosocial(o, narrative.id),
            lambda o=outsider: assessments.sign_psychosocial(o, narrative.id, "x"),
            lambda o=outsider: assessments.resolve_flag(o, flag_id, "sudah ditangani"),
        )
        for call in (*reads, *writes):
            with pytest.raises(PermissionDenied):
                call()
        assert assessments.clients_with_open_high_risk(outsider, [world.siti.client_id]) == set()
    # nothing changed
    assert assessments.get_administration(world.budi, admin.id).answers == tuple(PHQ9_ITEM9)
    assert len(assessments.open_risk_flags(world.budi, world.siti.client_id)) == 2
    # the head sees and may act on every case
    assert [c.case_id for c in assessments.list_for_client(world.head, world.siti.client_id)] == [
        world.siti.case_id
    ]
    # a counselor sees their own case of a client and nothing of another counselor's client
    assert assessments.list_for_client(world.ani, world.dewi.client_id)[0].administrations == ()


def test_open_high_risk_flag_marks_the_client_until_resolved(world: Office) -> None:
    budi = world.budi
    everyone = [world.siti.client_id, world.dewi.client_id]
    assert assessments.clients_with_open_high_risk(budi, everyone) == set()
    admin = assessments.record_administration(
        budi, world.siti.case_id, "PHQ-9", PHQ9_ITEM9, _day(2)
    )
    [flag] = assessments.open_risk_flags(budi, world.siti.client_id)
    assert (flag.source, flag.item, flag.code, flag.administration_id) == (
        "PHQ-9", 9, "suicide_risk", admin.id
    )  # fmt: skip
    assert assessments.clients_with_open_high_risk(budi, everyone) == {world.siti.client_id}
    assert assessments.clients_with_open_high_risk(world.head, everyone) == {world.siti.client_id}
    # the client list marks the client for those who may see the flag
    listed = client_list.fetch_rows(world.head, everyone)
    assert listed[world.siti.client_id].high_risk and not listed[world.dewi.client_id].high_risk
    # signing keeps the flag open; it closes only with the action taken
    assessments.sign_administration(budi, admin.id, COUNSELOR_PASSWORD)
    assert assessments.clients_with_open_high_risk(budi, everyone) == {world.siti.client_id}
    with pytest.raises(ValidationError) as empty:
        assessments.resolve_flag(budi, flag.id, "  ")
    assert empty.value.field == "action_taken"
    done = assessments.resolve_flag(budi, flag.id, "Rencana keselamatan disusun bersama ibu.")
    assert done.status == assessments.FLAG_RESOLVED and done.resolved_by_name == "Budi Santoso"
    assert assessments.clients_with_open_high_risk(budi, everyone) == set()
    assert not client_list.fetch_rows(world.head, everyone)[world.siti.client_id].high_risk
    assert assessments.open_risk_flags(budi, world.siti.client_id) == []
    with pytest.raises(ValidationError):
        assessments.resolve_flag(budi, flag.id, "lagi")
    # SRQ-20 item 17 raises the same kind of flag
    srq = [0] * 20
    srq[16] = 1
    assessments.record_administration(budi, world.siti.case_id, "SRQ-20", srq, _day(1))
    [srq_flag] = assessments.open_risk_flags(budi, world.siti.client_id)
    assert (srq_flag.source, srq_flag.item) == ("SRQ-20", 17)
    assert assessments.clients_with_open_high_risk(world.head, everyone) == {world.siti.client_id}


def test_correcting_a_draft_withdraws_its_flag_and_open_flags_block_deletion(
    world: Office,
) -> None:
    budi = world.budi
    admin = assessments.record_administration(
        budi, world.siti.case_id, "PHQ-9", PHQ9_ITEM9, _day(2)
    )
    with pytest.raises(ValidationError):
        assessments.delete_administration(budi, admin.id)
    corrected = assessments.update_administration(budi, admin.id, PHQ9_CALM, _day(2))
    assert [f.status for f in corrected.flags] == [assessments.FLAG_WITHDRAWN]
    assert assessments.clients_with_open_high_risk(budi, [world.siti.client_id]) == set()
    again = assessments.update_administration(budi, admin.id, PHQ9_ITEM9, _day(2))
    assert [f.status for f in again.flags] == ["withdrawn", "open"]
    # saving the same answers again does not raise a second flag
    same = assessments.update_administration(budi, admin.id, PHQ9_ITEM9, _day(2), "catatan")
    assert [f.status for f in same.flags] == ["withdrawn", "open"]
    assessments.resolve_flag(budi, same.flags[1].id, "Salah klien; dicatat ulang pada klien benar.")
    assessments.delete_administration(budi, admin.id)
    with world.head.store.transaction() as s:
        kept = s.execute(select(RiskFlag).order_by(RiskFlag.id)).scalars().all()
        assert [(f.status, f.administration_id) for f in kept] == [
            ("withdrawn", None),
            ("resolved", None),
        ]


# -- trend and audit ------------------------------------------------------------------------


def test_trend_points_in_date_order(world: Office) -> None:
    budi = world.budi
    for days_ago, answers in ((10, [2] * 9), (70, [3] * 9), (40, [1] * 9)):
        assessments.record_administration(
            budi, world.siti.case_id, "PHQ-9", answers, _day(days_ago)
        )
    assessments.record_administration(
        budi, world.siti.case_id, "PHQ-9", [None] * 9, _day(5)
    )  # not scored: no point
    assessments.record_administration(budi, world.siti.case_id, "GAD-7", [1] * 7, _day(5))
    points = assessments.trend(budi, world.siti.client_id, "phq-9")
    assert [p.administered_on for p in points] == [_day(70), _day(40), _day(10)]
    assert [p.total for p in points] == [27, 9, 18]
    assert [p.severity_code for p in points] == ["severe", "mild", "moderately_severe"]
    dass = [1] * 21
    assessments.record_administration(budi, world.siti.case_id, "DASS-21", dass, _day(9))
    assessments.record_administration(budi, world.siti.case_id, "DASS-21", [2] * 21, _day(3))
    dass_points = assessments.trend(world.head, world.siti.client_id, "DASS-21")
    assert [p.total for p in dass_points] == [None, None]
    assert [p.subscales["stress"] for p in dass_points] == [14, 28]


def test_audit_records_views_creates_and_signs_without_content(world: Office) -> None:
    budi = world.budi
    admin = assessments.record_administration(
        budi, world.siti.case_id, "PHQ-9", PHQ9_ITEM9, _day(2), "Klien menangis saat butir 9"
    )
    assessments.get_administration(budi, admin.id)
    assessments.list_for_client(budi, world.siti.client_id)
    assessments.sign_administration(budi, admin.id, COUNSELOR_PASSWORD)
    assessments.resolve_flag(budi, admin.flags[0].id, "Dirujuk ke puskesmas")
    pdf = assessments.administration_report(budi, admin.id)
    assert pdf.startswith(b"%PDF-")
    with world.head.store.transaction() as s:
        rows = s.execute(
            select(AuditEntry.action, AuditEntry.actor_id, AuditEntry.detail).where(
                AuditEntry.actor_id == budi.actor.user_id
            )
        ).all()
        assert audit.verify(s).ok
        count = s.execute(select(func.count()).select_from(AuditEntry)).scalar_one()
    actions = [r.action for r in rows]
    for expected in (
        "assessment.created",
        "risk_flag.raised",
        "assessment.viewed",
        "assessment.listed",
        "assessment.signed",
        "risk_flag.resolved",
        "assessment.printed",
    ):
        assert expected in actions, expected
    details = " ".join(r.detail for r in rows)
    assert "menangis" not in details and "puskesmas" not in details and "Siti" not in details
    assert count > len(rows)


def test_head_password_signs_and_client_without_cases(world: Office) -> None:
    admin = assessments.record_administration(
        world.head, world.siti.case_id, "K10", [1] * 10, _day(1)
    )
    signed = assessments.sign_administration(world.head, admin.id, HEAD_PASSWORD)
    assert signed.signed_by_name == "Siti Rahmawati" and signed.total == 10
    lonely = clients.create_client(
        world.head, clients.ClientInput(full_name="Rudi Hartono", sex="L", estimated_age=40)
    )
    assert assessments.list_for_client(world.budi, lonely) == []
    with pytest.raises(PermissionDenied):
        assessments.list_for_client(world.sari, lonely)


# -- demo data ------------------------------------------------------------------------------


def test_demo_assessments_show_trends_and_open_flags(tmp_path: Path) -> None:
    from support.factories import make_vault

    from lk3_desktop.db.workstation import NoCredentialStore
    from lk3_desktop.services import demo

    folder = tmp_path / "demo"
    store = NoCredentialStore()
    password = "Demo-Kantor-LK3-2026"
    demo.generate(folder, store, password, 400, seed=3, vault=make_vault(folder, store))
    head = login(folder, store, "kepala", password)
    try:
        with head.store.transaction() as s:
            rows = s.execute(select(InstrumentAdministration)).scalars().all()
            assert audit.verify(s).ok
            flags = s.execute(select(RiskFlag)).scalars().all()
        assert len(rows) >= 6 * 5
        for row in rows:  # every stored score is the engine's
            engine = instruments.get(row.instrument_code).score(json.loads(row.answers))
            assert row.total == engine.total
            assert row.severity_code == (engine.severity.code if engine.severity else None)
        phq9_by_client: dict[int, int] = {}
        for row in rows:
            if row.instrument_code == "PHQ-9":
                phq9_by_client[row.client_id] = phq9_by_client.get(row.client_id, 0) + 1
        client_id = next(c for c, n in phq9_by_client.items() if n == 3)
        points = assessments.trend(head, client_id, "PHQ-9")
        assert len(points) == 3
        assert [p.administered_on for p in points] == sorted(p.administered_on for p in points)
        assert {f.status for f in flags} <= {"open", "resolved"}
        open_clients = {f.client_id for f in flags if f.status == "open"}
        marked = assessments.clients_with_open_high_risk(head, list(phq9_by_client))
        assert marked == open_clients
    finally:
        head.store.close()
