"""The activity register through a real SQLCipher file: every role records, only the recorder
and the head change or remove, every change audited, bad input refused with one sentence."""

from __future__ import annotations

import datetime
import json
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import select
from support.casework import add_user
from support.error_text import indonesian

from lk3_desktop.core.errors import PermissionDenied, ValidationError
from lk3_desktop.core.roles import Role
from lk3_desktop.db.models import Activity, AuditEntry
from lk3_desktop.db.workstation import KeyringStore
from lk3_desktop.services import activities, partners
from lk3_desktop.services.activities import ActivityInput
from lk3_desktop.services.context import UserSession

TODAY = datetime.date.today()


def sosialisasi(**overrides: object) -> ActivityInput:
    base = ActivityInput(
        activity_date=TODAY - datetime.timedelta(days=3),
        kind="sosialisasi",
        service_type="psikoedukasi",
        title="  Sosialisasi   pencegahan KDRT di kelurahan ",
        participants_male=12,
        participants_female=30,
        place="Aula Kelurahan Cipare",
        province_code="36",
        regency_code="36.73",
        district_code="36.73.01",
        partner_name="PKK Kelurahan Cipare",
    )
    return replace(base, **overrides)  # type: ignore[arg-type]


def audit_details(session: UserSession, action: str) -> list[dict[str, object]]:
    with session.store.transaction() as s:
        rows = s.execute(
            select(AuditEntry.detail).where(AuditEntry.action == action).order_by(AuditEntry.id)
        ).scalars()
        return [json.loads(d) for d in rows]


def test_every_role_records_and_lists_by_period(
    head: UserSession, data_dir: Path, cred_store: KeyringStore
) -> None:
    tuti = add_user(head, data_dir, cred_store, "tuti", "Tuti Alawiyah", Role.STAF)
    rina = add_user(head, data_dir, cred_store, "rina", "Rina Marlina", Role.KONSELOR)
    types = {t.code: t.id for t in partners.list_partner_types(head)}
    tksk = partners.add_partner(
        head, partners.PartnerInput(name="TKSK Kecamatan Serang", type_id=types["tksk"])
    )
    first = activities.add_activity(tuti, sosialisasi())
    assert first.data.title == "Sosialisasi pencegahan KDRT di kelurahan"
    assert first.participants == 42 and first.created_by == "Tuti Alawiyah"
    assert first.partner_label == "PKK Kelurahan Cipare"
    meeting = activities.add_activity(
        rina,
        sosialisasi(
            kind="rapat_koordinasi",
            service_type="advokasi",
            title="Rapat koordinasi kasus dengan TKSK",
            activity_date=TODAY - datetime.timedelta(days=40),
            partner_id=tksk.id,
            partner_name="diabaikan karena ada mitra terdaftar",
            participants_male=3,
            participants_female=2,
        ),
    )
    assert meeting.partner_label == "TKSK Kecamatan Serang" and meeting.data.partner_name == ""
    recent = activities.list_activities(head, TODAY - datetime.timedelta(days=30), TODAY)
    assert [a.id for a in recent] == [first.id]
    both = activities.list_activities(tuti, TODAY - datetime.timedelta(days=60), TODAY)
    assert [a.id for a in both] == [first.id, meeting.id]  # newest first
    assert [a.may_change for a in both] == [True, False]  # Tuti recorded only the first
    assert audit_details(head, "activity.created") == [
        {"kind": "sosialisasi"},
        {"kind": "rapat_koordinasi"},
    ]
    for other in (tuti, rina):
        other.store.close()


def test_only_the_recorder_and_the_head_change_or_remove(
    head: UserSession, data_dir: Path, cred_store: KeyringStore
) -> None:
    tuti = add_user(head, data_dir, cred_store, "tuti", "Tuti Alawiyah", Role.STAF)
    rina = add_user(head, data_dir, cred_store, "rina", "Rina Marlina", Role.KONSELOR)
    mine = activities.add_activity(tuti, sosialisasi())
    with pytest.raises(PermissionDenied):
        activities.update_activity(rina, mine.id, sosialisasi(participants_male=99))
    with pytest.raises(PermissionDenied):
        activities.remove_activity(rina, mine.id, "salah catat")
    fixed = activities.update_activity(tuti, mine.id, sosialisasi(participants_female=31))
    assert fixed.participants == 43
    assert audit_details(head, "activity.updated") == [
        {"kind": "sosialisasi", "fields": ["participants_female"]}  # the title was the same
    ]
    with pytest.raises(ValidationError) as no_reason:
        activities.remove_activity(head, mine.id, "  ")
    assert no_reason.value.field == "reason"
    gone = activities.remove_activity(head, mine.id, "Dicatat dua kali")
    assert gone.removed_at is not None and not gone.may_change
    period = (TODAY - datetime.timedelta(days=30), TODAY)
    assert activities.list_activities(head, *period) == []
    kept = activities.list_activities(head, *period, include_removed=True)
    assert [a.removal_reason for a in kept] == ["Dicatat dua kali"]
    with pytest.raises(ValidationError):  # removed: no more changes
        activities.update_activity(head, mine.id, sosialisasi())
    with head.store.transaction() as s:
        assert s.execute(select(Activity.id)).scalars().all() == [mine.id]  # the row stays
    for other in (tuti, rina):
        other.store.close()


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"activity_date": TODAY + datetime.timedelta(days=1)}, "activity_date"),
        ({"kind": "arisan"}, "kind"),
        ({"service_type": "konseling_keluarga"}, "service_type"),  # not a Permensos type
        ({"title": " a "}, "title"),
        ({"participants_male": -1}, "participants_male"),
        ({"participants_female": 200_000}, "participants_female"),
        ({"participants_male": 0, "participants_female": 0}, "participants_male"),
        ({"district_code": "36.01.01"}, "region"),  # a district of another regency
        ({"regency_code": "99.99"}, "region"),
        ({"partner_id": 99_999}, "partner_id"),
    ],
)
def test_bad_input_is_one_sentence_on_its_field(
    head: UserSession, change: dict[str, object], field: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        activities.add_activity(head, sosialisasi(**change))
    assert refused.value.field == field and indonesian(refused.value).endswith(".")
    assert activities.list_activities(head, TODAY - datetime.timedelta(days=9), TODAY) == []
