"""The audit viewer's service: SQL filters, pages, the chain head, verification against an
earlier printed head, and an export that carries ids only."""

from __future__ import annotations

import csv
from datetime import date, timedelta
from pathlib import Path

import pytest
from support.casework import add_user

from lk3_desktop.core.errors import PermissionDenied
from lk3_desktop.core.roles import Role
from lk3_desktop.db.models import AuditEntry
from lk3_desktop.db.workstation import KeyringStore
from lk3_desktop.services import audit_log, settings
from lk3_desktop.services.audit_log import AuditFilter
from lk3_desktop.services.context import UserSession


def test_filters_pages_and_names_on_screen_only(
    head: UserSession, data_dir: Path, cred_store: KeyringStore, tmp_path: Path
) -> None:
    staff = add_user(head, data_dir, cred_store, "tuti", "Tuti Alawiyah", Role.STAF)
    staff.store.close()
    settings.set_setting(head, settings.AUTO_LOCK_MINUTES, 15)
    everything = audit_log.count(head, AuditFilter())
    assert everything >= 6
    page = audit_log.rows(head, AuditFilter(), 0, 3)
    assert [r.id for r in page] == [everything, everything - 1, everything - 2]  # newest first
    assert page[0].action == "setting.changed" and page[0].actor_name == "Siti Rahmawati"

    staff_id = next(uid for uid, name in audit_log.choices(head).users if name == "Tuti Alawiyah")
    mine = audit_log.rows(head, AuditFilter(actor_id=staff_id), 0, 100)
    assert mine and {r.actor_id for r in mine} == {staff_id}
    logins = AuditFilter(action="login.success")
    assert audit_log.count(head, logins) == len(audit_log.rows(head, logins, 0, 100)) >= 2
    assert "login.success" in audit_log.choices(head).actions
    assert "user" in audit_log.choices(head).entity_types
    created = audit_log.rows(head, AuditFilter(entity_type="user", entity_id=str(staff_id)), 0, 100)
    assert {r.entity_id for r in created} == {str(staff_id)}

    today = date.today()
    assert audit_log.count(head, AuditFilter(date_from=today, date_to=today)) == everything
    assert audit_log.count(head, AuditFilter(date_to=today - timedelta(days=1))) == 0
    assert audit_log.count(head, AuditFilter(date_from=today + timedelta(days=1))) == 0

    out = tmp_path / "audit.csv"
    n = audit_log.export_csv(head, AuditFilter(actor_id=staff_id), out)
    text = out.read_text("utf-8")
    assert "Tuti" not in text and "Siti" not in text and "tuti" not in text
    table = list(csv.reader(text.splitlines()))
    assert tuple(table[0]) == audit_log.CSV_COLUMNS and len(table) == n + 1
    last = audit_log.rows(head, AuditFilter(action="audit.exported"), 0, 1)
    assert last and last[0].actor_id == head.actor.user_id


def test_verify_against_an_earlier_printed_head(head: UserSession) -> None:
    printed = audit_log.chain_head(head)
    assert len(printed) == 16
    settings.set_setting(head, settings.AUTO_LOCK_MINUTES, 20)
    assert audit_log.chain_head(head) != printed
    report = audit_log.verify_chain(head, printed)
    assert report.ok
    assert not audit_log.verify_chain(head, "0123456789abcdef").ok
    assert audit_log.verify_chain(head).ok
    verified = audit_log.rows(head, AuditFilter(action="audit.verified"), 0, 10)
    assert len(verified) == 3


@pytest.mark.embedded_only("drops SQLite triggers; tests/server tampers as the server's superuser")
def test_a_changed_row_is_found(head: UserSession) -> None:
    with head.store.transaction() as s:
        names = [
            r[0]
            for r in s.connection().exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'"
            )
        ]
        for name in names:
            s.connection().exec_driver_sql(f'DROP TRIGGER "{name}"')
        s.query(AuditEntry).filter(AuditEntry.id == 2).update({"action": "tampered"})
    report = audit_log.verify_chain(head)
    assert not report.ok and report.first_bad_id == 2


def test_only_the_head_reads_the_audit_log(
    head: UserSession, data_dir: Path, cred_store: KeyringStore, tmp_path: Path
) -> None:
    counselor = add_user(head, data_dir, cred_store, "rina", "Rina Marlina", Role.KONSELOR)
    try:
        for call in (
            lambda: audit_log.count(counselor, AuditFilter()),
            lambda: audit_log.rows(counselor, AuditFilter(), 0, 10),
            lambda: audit_log.verify_chain(counselor),
            lambda: audit_log.export_csv(counselor, AuditFilter(), tmp_path / "x.csv"),
            lambda: audit_log.chain_head(counselor),
        ):
            with pytest.raises(PermissionDenied):
                call()
        assert not (tmp_path / "x.csv").exists()
    finally:
        counselor.store.close()
