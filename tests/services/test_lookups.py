"""The editable lists (PMKS categories, problem areas) through a real SQLCipher file."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select
from support.casework import add_user, household
from support.error_text import indonesian

from lk3_desktop.core.errors import PermissionDenied, ValidationError
from lk3_desktop.core.roles import Role
from lk3_desktop.db.models import AuditEntry
from lk3_desktop.db.workstation import KeyringStore
from lk3_desktop.services import cases, clients, lookups
from lk3_desktop.services.context import UserSession


def actions(head: UserSession) -> list[str]:
    with head.store.transaction() as s:
        return list(
            s.execute(
                select(AuditEntry.action)
                .where(AuditEntry.action.like("lookup.%"))
                .order_by(AuditEntry.id)
            ).scalars()
        )


def test_seeded_pmks_keep_their_codes_and_new_ones_get_the_next(head: UserSession) -> None:
    seeded = lookups.list_lookup(head, lookups.PMKS)
    assert [c.code for c in seeded] == [f"PMKS-{i:02d}" for i in range(1, 27)]
    first = lookups.add_lookup(head, lookups.PMKS, "  Korban   pinjaman daring ")
    second = lookups.add_lookup(head, lookups.PMKS, "Pekerja migran bermasalah")
    assert (first.code, first.name) == ("PMKS-27", "Korban pinjaman daring")
    assert second.code == "PMKS-28"
    renamed = lookups.rename_lookup(head, lookups.PMKS, first.id, "Korban pinjol")
    assert renamed.code == "PMKS-27" and renamed.name == "Korban pinjol"
    lookups.set_lookup_active(head, lookups.PMKS, second.id, False)
    third = lookups.add_lookup(head, lookups.PMKS, "Keluarga rentan lain")
    assert third.code == "PMKS-29"  # an inactive code is never handed out again
    assert actions(head) == [
        "lookup.added",
        "lookup.added",
        "lookup.changed",
        "lookup.changed",
        "lookup.added",
    ]


def test_problem_areas_get_unique_codes_from_their_names(head: UserSession) -> None:
    area = lookups.add_lookup(head, lookups.PROBLEM_AREA, "Kecanduan gawai")
    again = lookups.add_lookup(head, lookups.PROBLEM_AREA, "Kecanduan: gawai!")
    assert area.code == "kecanduan_gawai" and again.code == "kecanduan_gawai_2"
    assert "kecanduan_gawai" in {p.code for p in cases.list_problem_areas(head)}
    lookups.set_lookup_active(head, lookups.PROBLEM_AREA, area.id, False)
    assert "kecanduan_gawai" not in {p.code for p in cases.list_problem_areas(head)}
    everything = lookups.list_lookup(head, lookups.PROBLEM_AREA)
    assert any(p.code == "kecanduan_gawai" and not p.active for p in everything)
    lookups.set_lookup_active(head, lookups.PROBLEM_AREA, area.id, True)
    assert "kecanduan_gawai" in {p.code for p in cases.list_problem_areas(head)}


def test_names_are_checked_in_one_indonesian_sentence(head: UserSession) -> None:
    for bad in ("", "  a ", "x" * 201):
        with pytest.raises(ValidationError) as err:
            lookups.add_lookup(head, lookups.PMKS, bad)
        assert err.value.field == "name" and indonesian(err.value).endswith(".")
    existing = lookups.list_lookup(head, lookups.PMKS)[0]
    with pytest.raises(ValidationError, match=r"lookup\.name_taken"):
        lookups.add_lookup(head, lookups.PMKS, existing.name.upper())
    other = lookups.list_lookup(head, lookups.PMKS)[1]
    with pytest.raises(ValidationError, match=r"lookup\.name_taken"):
        lookups.rename_lookup(head, lookups.PMKS, other.id, existing.name)
    with pytest.raises(ValidationError, match=r"lookup\.not_found"):
        lookups.rename_lookup(head, lookups.PMKS, 99_999, "Apa saja")


def test_inactive_category_is_not_offered_but_stays_on_the_client(head: UserSession) -> None:
    cid = household(head, None).client_id
    pmks = lookups.list_lookup(head, lookups.PMKS)
    clients.set_client_pmks(head, cid, [pmks[2].code])
    lookups.set_lookup_active(head, lookups.PMKS, pmks[2].id, False)
    assert pmks[2].code not in {c.code for c in clients.list_pmks(head)}
    assert pmks[2].code in {c.code for c in clients.list_pmks(head, include_inactive=True)}
    assert clients.get_client(head, cid).pmks_codes == (pmks[2].code,)


@pytest.mark.parametrize("role", [Role.KONSELOR, Role.STAF])
def test_only_the_head_changes_the_lists(
    head: UserSession, data_dir: Path, cred_store: KeyringStore, role: Role
) -> None:
    other = add_user(head, data_dir, cred_store, "rina", "Rina Test", role)
    item = lookups.list_lookup(other, lookups.PMKS)[0]  # everyone may read
    with pytest.raises(PermissionDenied):
        lookups.add_lookup(other, lookups.PMKS, "Kategori baru")
    with pytest.raises(PermissionDenied):
        lookups.rename_lookup(other, lookups.PMKS, item.id, "Nama lain")
    with pytest.raises(PermissionDenied):
        lookups.set_lookup_active(other, lookups.PROBLEM_AREA, item.id, False)
    assert actions(head) == []
