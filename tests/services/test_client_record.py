"""The client page's opening read: the same record, cases and choices as the single calls,
audited the same way, in one transaction (one account check, one signed checkpoint)."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select
from support.casework import COUNSELOR_PASSWORD
from support.factories import HEAD_PASSWORD, login

from lk3_desktop.core.errors import SessionRevoked, ValidationError
from lk3_desktop.core.roles import Role
from lk3_desktop.db.models import AuditEntry
from lk3_desktop.db.models.keys import AuditCheckpoint
from lk3_desktop.db.workstation import KeyringStore
from lk3_desktop.services import accounts, assessments, cases, clients, families
from lk3_desktop.services.client_record import open_client_record
from lk3_desktop.services.context import UserSession

TODAY = datetime.date.today()


def _counts(head: UserSession) -> tuple[list[str], int]:
    with head.store.transaction() as s:
        actions = list(s.execute(select(AuditEntry.action).order_by(AuditEntry.id)).scalars())
        checkpoints = s.execute(select(func.count()).select_from(AuditCheckpoint)).scalar_one()
    return actions, checkpoints


def test_the_opening_read_matches_the_single_calls_in_one_transaction(
    head: UserSession,
) -> None:
    cid = clients.create_client(
        head, clients.ClientInput(full_name="Dewi Lestari", sex="P", estimated_age=34)
    )
    clients.set_client_pmks(head, cid, ["PMKS-25"])
    case = cases.open_case(head, cid, cases.CaseInput(TODAY, "datang_sendiri"))
    family = families.create_family(head, "Keluarga Dewi")
    families.add_member(
        head, family.id, families.MemberInput("Dewi Lestari", "istri", client_id=cid)
    )
    before, checkpoints = _counts(head)

    record = open_client_record(head, cid)

    actions, after_checkpoints = _counts(head)
    assert actions[len(before) :] == ["client.viewed", "case.viewed"]
    assert after_checkpoints == checkpoints + 1  # both views under one signed checkpoint
    assert record.detail == clients.get_client(head, cid)
    assert record.cases == cases.list_cases(head, cid) and record.cases[0].id == case.id
    assert record.families == families.families_of_client(head, cid)
    assert record.pmks == clients.list_pmks(head, include_inactive=True)
    assert record.counselors == cases.list_counselors(head)
    assert record.problem_areas == cases.list_problem_areas(head)
    assert record.risk_flags == assessments.open_risk_flags(head, cid) == []
    assert record.last_high_risk == assessments.last_high_risk(head, cid) is None
    with pytest.raises(ValidationError):
        open_client_record(head, cid + 1000)


def test_the_opening_read_is_refused_as_the_single_calls_are(
    head: UserSession, data_dir: Path, cred_store: KeyringStore
) -> None:
    cid = clients.create_client(
        head, clients.ClientInput(full_name="Dewi Lestari", sex="P", estimated_age=34)
    )
    accounts.create_user(head, "tuti", "Tuti Test", Role.STAF, password=COUNSELOR_PASSWORD)
    staff = login(data_dir, cred_store, "tuti", COUNSELOR_PASSWORD)
    try:
        record = open_client_record(staff, cid)  # staf read the registry record
        assert record.detail.id == cid
        accounts.deactivate_user(head, staff.actor.user_id, HEAD_PASSWORD)
        with pytest.raises(SessionRevoked):
            open_client_record(staff, cid)
    finally:
        staff.store.close()


@pytest.mark.embedded_only("SQLite's synchronous level and its WAL")
def test_the_view_is_committed_before_the_read_returns_and_waits_for_the_disk_after(
    head: UserSession, data_dir: Path
) -> None:
    """The opening read commits its view's entries before it returns (another connection
    sees them at once); only its commit's wait for the disk is left out (synchronous NORMAL
    for that transaction alone) and done by write_through; every other transaction still
    waits for the disk (FULL)."""
    from sqlalchemy import text

    from lk3_desktop.db.engine import connect_raw

    cid = clients.create_client(
        head, clients.ClientInput(full_name="Dewi Lestari", sex="P", estimated_age=34)
    )
    open_client_record(head, cid)
    other = connect_raw(data_dir / "lk3.db", head.store.key())
    try:
        seen = other.execute(
            "SELECT action, entity_id FROM audit_log ORDER BY id DESC LIMIT 1"
        ).fetchall()
    finally:
        other.close()
    assert seen == [("client.viewed", str(cid))]
    with head.store.transaction(wait_for_disk=False) as s:
        assert s.execute(text("PRAGMA synchronous")).scalar_one() == 1  # NORMAL
    with head.store.transaction() as s:
        assert s.execute(text("PRAGMA synchronous")).scalar_one() == 2  # FULL again
    head.write_through()  # the WAL's fsync; nothing left to do the second time
    head.write_through()


@pytest.mark.embedded_only("SQLite's WAL on this computer's disk")
def test_a_view_that_cannot_reach_the_disk_is_reported_and_tried_again(
    head: UserSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    """write_through_soon runs the WAL's fsync on a thread of its own; an I/O error there is
    handed to ``failed`` (the window shows it), and the view stays due for the disk: the
    next write-through tries again."""
    import errno
    import os
    import threading

    from lk3_desktop.db import store as store_module

    cid = clients.create_client(
        head, clients.ClientInput(full_name="Dewi Lestari", sex="P", estimated_age=34)
    )

    def broken_fsync(_fd: int) -> None:
        raise OSError(errno.EIO, "Input/output error")

    real_fsync = os.fsync
    monkeypatch.setattr(store_module.os, "fsync", broken_fsync)
    open_client_record(head, cid)
    failures: list[BaseException] = []
    reported = threading.Event()

    def failed(exc: BaseException) -> None:
        failures.append(exc)
        reported.set()

    head.write_through_soon(failed)
    assert reported.wait(10)
    assert len(failures) == 1 and isinstance(failures[0], OSError)
    with pytest.raises(OSError):
        head.write_through()  # still due: tried again, still failing
    monkeypatch.setattr(store_module.os, "fsync", real_fsync)
    head.write_through()
