"""Certificates: a role exists only where a valid head signature, traced back to the pinned
root, says so; a forged, edited or foreign certificate is reported, never trusted."""

from __future__ import annotations

import json

import pytest

from lk3_desktop.db import certificates as certs
from lk3_desktop.db.aead import SealError
from lk3_desktop.db.person_keys import PrivateKeys, seal_to

DB = "d" * 32


def _root() -> tuple[PrivateKeys, certs.Certificate]:
    head = PrivateKeys.generate()
    root = certs.issue(
        None,
        head.public,
        database_id=DB,
        user_id=1,
        username="kepala",
        role="kepala",
        self_signer=head,
    )
    return head, root


def _verify(*items: certs.Certificate, root: str | None, revocations=()) -> certs.Registry:  # type: ignore[no-untyped-def]
    return certs.verify_certificates(
        [(c.body, c.signature) for c in items], list(revocations), DB, root
    )


def test_seal_opens_only_for_the_recipient_and_the_same_associated_data() -> None:
    alice, bob = PrivateKeys.generate(), PrivateKeys.generate()
    sealed = seal_to(alice.public, b"case key", b"case:7")
    assert alice.open(sealed, b"case:7") == b"case key"
    with pytest.raises(SealError):
        bob.open(sealed, b"case:7")
    with pytest.raises(SealError):
        alice.open(sealed, b"case:8")
    assert PrivateKeys(alice.seed()).public == alice.public


def test_root_and_issued_certificates_verify() -> None:
    head, root = _root()
    staff = PrivateKeys.generate()
    tuti = certs.issue(head, staff.public, database_id=DB, user_id=3, username="tuti", role="staf")
    registry = _verify(root, tuti, root=root.fingerprint)
    assert registry.problems == []
    assert registry.current(3) == tuti and registry.current(1) == root
    assert [c.user_id for c in registry.current_heads()] == [1]


def test_self_signed_head_is_not_root_unless_pinned() -> None:
    _head, root = _root()
    intruder = PrivateKeys.generate()
    fake_root = certs.issue(
        None,
        intruder.public,
        database_id=DB,
        user_id=3,
        username="tuti",
        role="kepala",
        self_signer=intruder,
    )
    registry = _verify(root, fake_root, root=root.fingerprint)
    assert registry.current(3) is None
    assert certs.Problem("invalid", fake_root.serial, 3) in registry.problems


def test_staff_cannot_certify_herself_as_head() -> None:
    head, root = _root()
    staff = PrivateKeys.generate()
    tuti = certs.issue(head, staff.public, database_id=DB, user_id=3, username="tuti", role="staf")
    promoted = certs.issue(
        staff, staff.public, database_id=DB, user_id=3, username="tuti", role="kepala"
    )
    registry = _verify(root, tuti, promoted, root=root.fingerprint)
    assert registry.current(3) == tuti  # the staf certificate, not the self-made head one


def test_edited_body_fails_its_signature() -> None:
    head, root = _root()
    staff = PrivateKeys.generate()
    tuti = certs.issue(head, staff.public, database_id=DB, user_id=3, username="tuti", role="staf")
    doc = json.loads(tuti.body)
    doc["role"] = "kepala"
    edited = json.dumps(doc, sort_keys=True, separators=(",", ":"))
    registry = certs.verify_certificates(
        [(root.body, root.signature), (edited, tuti.signature)], [], DB, root.fingerprint
    )
    assert registry.current(3) is None
    assert any(p.code == "invalid" for p in registry.problems)


def test_no_pinned_root_means_no_valid_certificate() -> None:
    _head, root = _root()
    registry = _verify(root, root=None)
    assert registry.valid == {} and certs.Problem("root_missing") in registry.problems


def test_revocation_ends_a_certificate_but_not_what_it_signed_before(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import os

    from sqlalchemy.orm import Session

    from lk3_desktop.db import migrate
    from lk3_desktop.db.engine import create_keyed_engine

    engine = create_keyed_engine(tmp_path / "lk3.db", os.urandom(32))
    migrate.upgrade(engine)
    head, root = _root()
    second = PrivateKeys.generate()
    deputy = certs.issue(
        head,
        second.public,
        database_id=DB,
        user_id=2,
        username="wakil",
        role="kepala",
        issued_at="2026-01-01T00:00:00+00:00",
    )
    counselor = PrivateKeys.generate()
    rina = certs.issue(
        second,
        counselor.public,
        database_id=DB,
        user_id=4,
        username="rina",
        role="konselor",
        issued_at="2026-02-01T00:00:00+00:00",
    )
    late = certs.issue(
        second,
        PrivateKeys.generate().public,
        database_id=DB,
        user_id=5,
        username="budi",
        role="konselor",
        issued_at="2026-04-01T00:00:00+00:00",
    )
    with Session(engine) as s, s.begin():
        for c in (root, deputy, rina, late):
            certs.store(s, c)
        certs.revoke(s, head, deputy, "deactivated", at="2026-03-01T00:00:00+00:00")
    with Session(engine) as s:
        registry = certs.load_registry(s, DB, root.fingerprint)
    engine.dispose()
    assert registry.current(2) is None  # revoked
    assert registry.valid_at(deputy.serial, "2026-02-15T00:00:00+00:00") == deputy
    assert registry.current(4) == rina  # issued while the deputy was valid
    assert registry.current(5) is None  # issued after the deputy's revocation
