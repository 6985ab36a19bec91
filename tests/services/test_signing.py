"""The signed-record rule, once for every kind of record (``services/signing.py``): a session
note, a screening administration and a psychosocial assessment are signed with the author's
password, locked from then on, corrected only by addenda with their own author and time, and
audited the same way. A guard fails when a service outside the rule writes a signature."""

from __future__ import annotations

import ast
import datetime
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from support.casework import COUNSELOR_PASSWORD
from support.office import Office
from test_sessions import note

import lk3_desktop.services
from lk3_desktop.core.errors import RecordLocked, ValidationError, WrongPassword
from lk3_desktop.db.models import AuditEntry
from lk3_desktop.services import assessments, sessions
from lk3_desktop.services.assessments import PsychosocialInput
from lk3_desktop.services.context import UserSession

TODAY = datetime.date.today()


@dataclass(frozen=True)
class Kind:
    """One kind of signed record as a counselor meets it through its own services."""

    name: str  # the audit prefix
    draft: Callable[[Office], int]
    sign: Callable[[UserSession, int, str], Any]
    change: Callable[[Office, int], Any]
    add_addendum: Callable[[UserSession, int, str], Any]
    addenda: Callable[[UserSession, int], tuple[Any, ...]]


def _note_draft(office: Office) -> int:
    return sessions.save_note(office.rina, note(office.home)).id


def _administration_draft(office: Office) -> int:
    return assessments.record_administration(
        office.rina, office.home.case_id, "GAD-7", [1, 1, 2, 1, 0, 1, 1], TODAY
    ).id


def _psychosocial_input() -> PsychosocialInput:
    return PsychosocialInput(
        assessed_on=TODAY,
        presenting_problem="Konflik suami istri.",
        conclusion="Perlu konseling keluarga.",
        risk_level="rendah",
    )


def _psychosocial_draft(office: Office) -> int:
    return assessments.create_psychosocial(
        office.rina, office.home.case_id, _psychosocial_input()
    ).id


KINDS = [
    Kind(
        "session_note",
        _note_draft,
        sessions.sign_note,
        lambda o, i: sessions.save_note(o.rina, note(o.home, plan="Diubah"), i),
        sessions.add_addendum,
        lambda s, i: sessions.get_note(s, i).addenda,
    ),
    Kind(
        "assessment",
        _administration_draft,
        assessments.sign_administration,
        lambda o, i: assessments.update_administration(o.rina, i, [2] * 7, TODAY),
        assessments.add_administration_addendum,
        lambda s, i: assessments.get_administration(s, i).addenda,
    ),
    Kind(
        "psychosocial",
        _psychosocial_draft,
        assessments.sign_psychosocial,
        lambda o, i: assessments.update_psychosocial(o.rina, i, _psychosocial_input()),
        assessments.add_psychosocial_addendum,
        lambda s, i: assessments.get_psychosocial(s, i).addenda,
    ),
]


@pytest.fixture(params=KINDS, ids=[k.name for k in KINDS])
def kind(request: pytest.FixtureRequest) -> Kind:
    return request.param  # type: ignore[no-any-return]


def _actions(session: UserSession, record_id: int, prefix: str) -> list[str]:
    with session.store.transaction() as s:
        rows = s.execute(
            select(AuditEntry.action)
            .where(
                AuditEntry.entity_id == str(record_id), AuditEntry.action.startswith(prefix + ".")
            )
            .order_by(AuditEntry.id)
        ).scalars()
        return [a for a in rows if a.endswith(("signed", "addendum_added"))]


def test_a_wrong_password_signs_nothing(office: Office, kind: Kind) -> None:
    record_id = kind.draft(office)
    with pytest.raises(WrongPassword):
        kind.sign(office.rina, record_id, "not-the-password")
    kind.change(office, record_id)  # still a draft: it can be changed
    assert _actions(office.rina, record_id, kind.name) == []


def test_signing_locks_and_only_addenda_follow(office: Office, kind: Kind) -> None:
    record_id = kind.draft(office)
    with pytest.raises(ValidationError):
        kind.add_addendum(office.rina, record_id, "Terlalu dini")  # a draft is changed directly
    kind.sign(office.rina, record_id, COUNSELOR_PASSWORD)

    with pytest.raises(RecordLocked):
        kind.change(office, record_id)
    with pytest.raises(RecordLocked):
        kind.sign(office.rina, record_id, COUNSELOR_PASSWORD)
    with pytest.raises(ValidationError):
        kind.add_addendum(office.rina, record_id, "   ")

    kind.add_addendum(office.rina, record_id, "Koreksi: tanggal lahir anak 2014.")
    kind.add_addendum(office.head, record_id, "Diperiksa kepala.")
    addenda = kind.addenda(office.rina, record_id)
    assert [(a.author_name, a.text) for a in addenda] == [
        ("Rina Marlina", "Koreksi: tanggal lahir anak 2014."),
        (office.head.actor.full_name, "Diperiksa kepala."),
    ]
    assert all(isinstance(a.written_at, datetime.datetime) for a in addenda)
    assert _actions(office.rina, record_id, kind.name) == [
        f"{kind.name}.signed",
        f"{kind.name}.addendum_added",
        f"{kind.name}.addendum_added",
    ]


def test_only_the_signing_rule_writes_a_signature() -> None:
    """``signed_at``/``cosigned_at`` are assigned in services/signing.py and nowhere else in the
    services (the demo builds its office directly and is the one exception)."""
    root = Path(lk3_desktop.services.__file__).parent
    writers: list[str] = []
    for path in sorted(root.rglob("*.py")):
        relative = path.relative_to(root).as_posix()
        if relative == "signing.py" or relative.startswith("demo/"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            targets = node.targets if isinstance(node, ast.Assign) else []
            for target in targets:
                if isinstance(target, ast.Attribute) and target.attr in {
                    "signed_at",
                    "signed_by",
                    "cosigned_at",
                    "cosigned_by",
                }:
                    writers.append(f"{relative}:{node.lineno}")
    assert writers == [], f"sign through services/signing.py, not here: {writers}"
