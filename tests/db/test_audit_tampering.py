"""The twelve tampering scenarios against the signed chain, at the storage level: every one is
reported, with and without a head printed earlier, and an untouched office reports nothing."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy.orm import Session
from support import tampering
from support.factories import MemoryKeyring, make_vault

from lk3_desktop.db import audit, certificates, checkpoints
from lk3_desktop.db.certificates import Certificate
from lk3_desktop.db.engine import create_keyed_engine
from lk3_desktop.db.person_keys import PrivateKeys
from lk3_desktop.db.store import OpenStore, create_store
from lk3_desktop.db.workstation import KeyringStore


@dataclass
class Person:
    user_id: int
    keys: PrivateKeys
    cert: Certificate

    def signer(self, database_id: str) -> checkpoints.Signer:
        return checkpoints.Signer(self.keys, self.user_id, self.cert.serial, database_id)


@dataclass
class Office:
    path: Path
    key: bytes
    database_id: str
    root: str
    people: dict[str, Person]
    watermarks: list[checkpoints.Watermark]
    printed_head: str


def _session(store: OpenStore, person: Person, actions: list[str]) -> checkpoints.Watermark:
    """One person signs in, works (one transaction per action), signs out."""
    store.signer = person.signer(store.database_id)
    with store.transaction() as s:
        s.info[audit.CHECKPOINT_REASON] = "signin"
        audit.append(s, person.user_id, "login.success", "user", person.user_id)
    for n, action in enumerate(actions):
        with store.transaction() as s:
            audit.append(s, person.user_id, action, "counseling_session", n + 1, {"n": n})
    with store.transaction() as s:
        s.info[audit.CHECKPOINT_REASON] = "signout"
        audit.append(s, person.user_id, "logout", "user", person.user_id)
        last = s.execute(
            audit.select(audit.AuditEntry).order_by(audit.AuditEntry.id.desc()).limit(1)
        ).scalar_one()
        mark = checkpoints.Watermark.make(
            person.keys,
            store.database_id,
            f"slot{person.user_id}",
            person.user_id,
            last.id,
            last.hash,
        )
    store.signer = None
    return mark


@pytest.fixture
def office(tmp_path: Path) -> Iterator[Office]:
    keyring = MemoryKeyring()
    store = create_store(tmp_path, make_vault(tmp_path, KeyringStore(keyring)))
    db_id = store.database_id
    head_keys = PrivateKeys.generate()
    root = certificates.issue(
        None,
        head_keys.public,
        database_id=db_id,
        user_id=1,
        username="kepala",
        role="kepala",
        self_signer=head_keys,
    )
    people = {"kepala": Person(1, head_keys, root)}
    for user_id, name, role in ((2, "rina", "konselor"), (3, "tuti", "staf")):
        keys = PrivateKeys.generate()
        cert = certificates.issue(
            head_keys,
            keys.public,
            database_id=db_id,
            user_id=user_id,
            username=name,
            role=role,
        )
        people[name] = Person(user_id, keys, cert)
    with store.transaction() as s:
        for p in people.values():
            certificates.store(s, p.cert)
    marks = {
        "kepala": _session(store, people["kepala"], ["client.viewed"] * 3),
        "rina": _session(store, people["rina"], ["session_note.saved"] * 4),
        "tuti": _session(store, people["tuti"], ["appointment.booked"] * 2),
    }
    marks["kepala"] = _session(store, people["kepala"], ["session_note.viewed"] * 3)
    # The head printed the report (with its chain head) after signing out.
    with store.transaction() as s:
        printed = checkpoints.verify_chain(
            s, certificates.load_registry(s, db_id, root.fingerprint), db_id
        ).short_head
    key = store.key()
    store.close()
    yield Office(
        tmp_path / "lk3.db", key, db_id, root.fingerprint, people, list(marks.values()), printed
    )


def _verify(
    office: Office, expected_head: str | None = None, with_watermarks: bool = True
) -> checkpoints.ChainVerdict:
    engine = create_keyed_engine(office.path, office.key)
    try:
        with Session(engine) as s:
            registry = certificates.load_registry(s, office.database_id, office.root)
            return checkpoints.verify_chain(
                s,
                registry,
                office.database_id,
                watermarks=office.watermarks if with_watermarks else (),
                expected_head=expected_head,
            )
    finally:
        engine.dispose()


def test_untouched_office_verifies(office: Office) -> None:
    verdict = _verify(office, expected_head=office.printed_head)
    assert verdict.ok, verdict.problems
    assert verdict.latest is not None and verdict.latest.reason == "signout"
    assert verdict.latest.signer_id == 1 and verdict.head_id == verdict.count


def test_watermark_start_verifies_only_the_rest(office: Office) -> None:
    engine = create_keyed_engine(office.path, office.key)
    with Session(engine) as s:
        registry = certificates.load_registry(s, office.database_id, office.root)
        verdict = checkpoints.verify_chain(
            s, registry, office.database_id, start=office.watermarks[1]
        )
    engine.dispose()
    assert verdict.ok and verdict.started_at == office.watermarks[1].entry_id


@pytest.mark.parametrize("scenario", list(tampering.SCENARIOS))
def test_every_tampering_is_reported(office: Office, scenario: str) -> None:
    tuti = office.people["tuti"]
    insider = tampering.Insider(
        office.key, tuti.keys, tuti.user_id, tuti.cert.serial, office.database_id
    )
    tampering.tamper(office.path, insider, scenario)
    with_marks = _verify(office)
    assert not with_marks.ok, scenario
    printed_only = _verify(office, expected_head=office.printed_head, with_watermarks=False)
    assert not printed_only.ok, scenario
    since = [p.since for p in with_marks.problems if p.code != "triggers_missing"]
    assert all(s is None or s.startswith("20") for s in since)
