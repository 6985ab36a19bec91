"""The case timeline: every kind of entry, in chronological order, filtered, and shown only
in part to those who may not read clinical content."""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import select
from support.casework import (
    COUNSELOR_PASSWORD,
    Household,
    add_assessments_and_referral,
    add_user,
    household,
)

from lk3_desktop.core.case_stages import Stage
from lk3_desktop.core.roles import Role
from lk3_desktop.db.models import AuditEntry
from lk3_desktop.db.workstation import KeyringStore
from lk3_desktop.services import assessments, cases, sessions, timeline
from lk3_desktop.services.context import UserSession
from lk3_desktop.services.sessions import NoteInput
from lk3_desktop.services.timeline import SourceContext, TimelineEntry

TODAY = datetime.date.today()


def ago(days: int) -> datetime.date:
    return TODAY - datetime.timedelta(days=days)


@pytest.fixture
def rina(head: UserSession, data_dir: Path, cred_store: KeyringStore) -> UserSession:
    return add_user(head, data_dir, cred_store, "rina", "Rina Marlina", Role.KONSELOR)


@pytest.fixture
def home(head: UserSession, rina: UserSession) -> Household:
    """A case with one entry of every kind, at known dates."""
    found = household(head, rina.actor.user_id, intake_days_ago=30)
    cases.change_stage(rina, found.case_id, Stage.ASESMEN, ago(25))
    add_assessments_and_referral(head, found)
    note = sessions.save_note(
        rina,
        NoteInput(
            case_id=found.case_id,
            session_date=ago(20),
            start_time=datetime.time(9, 0),
            modality="kunjungan_rumah",
            service_type="konseling_keluarga",
            sections={"data": "Kunjungan pertama", "assessment": "Kooperatif"},
        ),
    )
    sessions.sign_note(rina, note.id, COUNSELOR_PASSWORD)
    sessions.add_addendum(rina, note.id, "Koreksi nama yang hadir.")
    cases.change_stage(rina, found.case_id, Stage.RENCANA, ago(5))
    return found


def kinds_and_days(entries: Iterable[TimelineEntry]) -> list[tuple[str, int]]:
    return [(e.kind, (TODAY - e.at.date()).days) for e in entries]


def test_every_kind_of_entry_appears_in_order(head: UserSession, home: Household) -> None:
    result = timeline.case_timeline(head, home.case_id)
    assert not result.restricted
    assert kinds_and_days(result.entries) == [
        ("intake", 30),
        ("stage", 25),
        ("assessment", 24),
        ("assessment", 23),
        ("session", 20),
        ("referral", 10),
        ("stage", 5),
        ("addendum", 0),
    ]
    assert set(result.kinds) == set(timeline.KINDS)
    by_kind = {e.kind: e for e in result.entries}
    assert by_kind["session"].signed is True
    assert by_kind["session"].codes == ("konseling_keluarga", "kunjungan_rumah", "asesmen")
    assert by_kind["referral"].text == "Puskesmas Serang Kota"
    assert by_kind["referral"].codes == ("draf",)
    assert result.entries[2].codes == ("instrument", "PHQ-9")
    assert result.entries[3].codes == ("psychosocial", "awal", "sedang")
    assert by_kind["addendum"].open_kind == "session"
    assert by_kind["addendum"].open_id == by_kind["session"].record_id
    assert result.entries[1].codes == ("intake", "asesmen")
    assert result.entries[0].text == by_kind["intake"].text != ""
    times = [e.at for e in result.entries]
    assert times == sorted(times)


def test_a_client_safety_plan_is_among_the_assessments_and_opens_its_form(
    head: UserSession, rina: UserSession, home: Household, data_dir: Path, cred_store: KeyringStore
) -> None:
    proposed = assessments.proposed_plan(rina, home.case_id)
    plan = assessments.create_safety_plan(
        rina,
        home.case_id,
        replace(proposed, made_on=ago(15), warning_signs=("Sulit tidur",), coping=("Salat",)),
    )

    def plans(session: UserSession) -> list[TimelineEntry]:
        entries = timeline.case_timeline(session, home.case_id).entries
        return [e for e in entries if e.codes == ("safety_plan",)]

    found = plans(head)
    assert [(e.kind, e.record_id, e.open_kind, e.open_id, e.signed) for e in found] == [
        ("assessment", plan.id, "safety_plan", plan.id, False)
    ]
    assert found[0].at.date() == ago(15) and found[0].author == "Rina Marlina"
    assessments.sign_safety_plan(rina, plan.id, COUNSELOR_PASSWORD)
    assert [e.signed for e in plans(rina)] == [True]
    tuti = add_user(head, data_dir, cred_store, "tuti", "Tuti Alawiyah", Role.STAF)
    assert plans(tuti) == []  # clinical: not for staf


def test_filters_by_kind_and_date(rina: UserSession, home: Household) -> None:
    only = timeline.case_timeline(rina, home.case_id, kinds={"session", "addendum"})
    assert [e.kind for e in only.entries] == ["session", "addendum"]
    window = timeline.case_timeline(rina, home.case_id, since=ago(24), until=ago(10))
    assert kinds_and_days(window.entries) == [
        ("assessment", 24),
        ("assessment", 23),
        ("session", 20),
        ("referral", 10),
    ]


def test_others_see_only_intake_and_stages(
    head: UserSession, home: Household, data_dir: Path, cred_store: KeyringStore
) -> None:
    tuti = add_user(head, data_dir, cred_store, "tuti", "Tuti Alawiyah", Role.STAF)
    dedi = add_user(head, data_dir, cred_store, "dedi", "Dedi Supriadi", Role.KONSELOR)
    for outsider in (tuti, dedi):
        result = timeline.case_timeline(outsider, home.case_id)
        assert result.restricted
        assert [e.kind for e in result.entries] == ["intake", "stage", "stage"]
        assert result.kinds == ("intake", "stage")
    with head.store.transaction() as s:
        viewers = s.execute(
            select(AuditEntry.actor_id).where(AuditEntry.action == "case.timeline_viewed")
        ).scalars()
        assert list(viewers) == []  # nothing clinical was shown to them


def test_viewing_the_timeline_is_audited(rina: UserSession, home: Household) -> None:
    timeline.case_timeline(rina, home.case_id)
    with rina.store.transaction() as s:
        rows = s.execute(
            select(AuditEntry.actor_id, AuditEntry.entity_id).where(
                AuditEntry.action == "case.timeline_viewed"
            )
        ).all()
    assert [tuple(r) for r in rows] == [(rina.actor.user_id, str(home.case_id))]


def test_other_modules_register_their_own_source(
    head: UserSession, home: Household, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(timeline, "_SOURCES", dict(timeline._SOURCES))

    def visits(ctx: SourceContext) -> Iterable[TimelineEntry]:
        yield TimelineEntry(
            "home_visit",
            7,
            ctx.case.id,
            datetime.datetime.combine(ago(15), datetime.time(10)),
            text="Kunjungan",
            open_kind="home_visit",
            open_id=7,
        )

    timeline.register_source("home_visit", visits)
    result = timeline.case_timeline(head, home.case_id)
    assert ("home_visit", 15) in kinds_and_days(result.entries)
    assert result.kinds[-1] == "home_visit"


def test_client_cases_for_the_picker(head: UserSession, home: Household) -> None:
    listed = timeline.timeline_cases(head, home.client_id)
    assert [c.id for c in listed] == [home.case_id]
    assert listed[0].stage is Stage.RENCANA
