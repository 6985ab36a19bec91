"""Correcting a client keeps the old values in the audit log, sealed under the client's key;
without that key (after anonymisation) they are unreadable and the chain still verifies."""

from __future__ import annotations

import datetime
import json

from sqlalchemy import select

from lk3_desktop.db import audit
from lk3_desktop.db.models import AuditEntry, SubjectKey
from lk3_desktop.services import _subject_keys, clients
from lk3_desktop.services.context import UserSession


def _client(head: UserSession) -> int:
    return clients.create_client(
        head,
        clients.ClientInput(
            full_name="Rahmawati Saputri",
            sex="P",
            birth_date=datetime.date(1991, 6, 1),
            phone="0813-2222-3333",
            street="Jl. Melati Gg. 4",
        ),
    )


def _last_update(head: UserSession, client_id: int) -> AuditEntry:
    with head.store.transaction() as s:
        row = s.execute(
            select(AuditEntry)
            .where(AuditEntry.action == "client.updated", AuditEntry.entity_id == str(client_id))
            .order_by(AuditEntry.id.desc())
            .limit(1)
        ).scalar_one()
        s.expunge(row)
        return row


def test_correction_keeps_old_values_sealed(head: UserSession) -> None:
    cid = _client(head)
    before = clients.get_client(head, cid).data
    changed = clients.ClientInput(
        **{**before.__dict__, "phone": "0857-1111-2222", "street": "Jl. Kenanga 9"}
    )
    clients.update_client(head, cid, changed)
    entry = _last_update(head, cid)
    detail = json.loads(entry.detail)
    assert detail["fields"] == ["phone", "street"]
    # Nothing readable in the chained row itself: the old values are ciphertext.
    assert "Melati" not in entry.detail and "81322223333" not in entry.detail
    other = _client_other(head)
    with head.store.transaction() as s:
        old = _subject_keys.unseal(s, cid, detail["old"])
        assert old == {"phone": "+6281322223333", "street": "Jl. Melati Gg. 4"}
        # A token is bound to its client: another client's key does not open it.
        assert _subject_keys.unseal(s, other, detail["old"]) is None


def _client_other(head: UserSession) -> int:
    other = clients.create_client(
        head,
        clients.ClientInput(
            full_name="Yusuf Maulana", sex="L", birth_date=datetime.date(1980, 1, 2)
        ),
    )
    with head.store.transaction() as s:
        _subject_keys.seal(s, other, {"x": 1})  # give it a key of its own
    return other


def test_unchanged_save_seals_nothing_and_dates_are_kept_as_text(head: UserSession) -> None:
    cid = _client(head)
    data = clients.get_client(head, cid).data
    clients.update_client(head, cid, data)
    assert "old" not in json.loads(_last_update(head, cid).detail)
    clients.update_client(
        head, cid, clients.ClientInput(**{**data.__dict__, "birth_date": datetime.date(1991, 6, 2)})
    )
    detail = json.loads(_last_update(head, cid).detail)
    with head.store.transaction() as s:
        assert _subject_keys.unseal(s, cid, detail["old"]) == {"birth_date": "1991-06-01"}


def test_shredding_the_key_makes_old_values_unreadable_and_chain_verifies(
    head: UserSession,
) -> None:
    cid = _client(head)
    data = clients.get_client(head, cid).data
    clients.update_client(head, cid, clients.ClientInput(**{**data.__dict__, "phone": ""}))
    token = json.loads(_last_update(head, cid).detail)["old"]
    with head.store.transaction() as s:
        assert _subject_keys.shred(s, cid)
        assert s.get(SubjectKey, cid) is None
    with head.store.transaction() as s:
        assert _subject_keys.unseal(s, cid, token) is None
        assert audit.verify(s).ok
