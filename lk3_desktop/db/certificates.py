"""Certificates: who a person is (user id, username, role) bound to their public keys by a
head's signature, verified against the office root pinned in ``lk3.keys``.

A role that no valid head signature certifies does not exist, whatever the ``users`` row says.
Trust runs: the root (the first head, self-signed, fingerprint pinned) -> heads it or another
valid head certified -> everyone else. The office recovery key is certified by a head too, and
may itself certify a head: that is how the recovery card brings an office back when no head can
sign in any more (DESIGN.md "Recovery"). A revoked certificate's signatures count only before
its revocation time.

Bodies are canonical JSON stored verbatim, so verification is over exactly the stored bytes.
"""

from __future__ import annotations

import base64
import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from lk3_desktop.core.roles import Role
from lk3_desktop.db.audit import utc_now_iso
from lk3_desktop.db.models.keys import CertificateRevocation, CertificateRow
from lk3_desktop.db.person_keys import PrivateKeys, PublicKeys

CERT_DOMAIN = b"lk3-certificate/1\n"
REVOCATION_DOMAIN = b"lk3-revocation/1\n"
KIND_PERSON = "person"
KIND_RECOVERY = "recovery"
RECOVERY_USERNAME = "-recovery-"


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _canonical(doc: dict[str, Any]) -> str:
    return json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


@dataclass(frozen=True)
class Certificate:
    """A parsed certificate; ``body`` is the exact signed text."""

    serial: str
    database_id: str
    kind: str
    user_id: int | None
    username: str
    role: str
    keys: PublicKeys
    issued_at: str
    issuer: str  # fingerprint of the issuer's public keys (its own for the root)
    body: str
    signature: bytes

    @property
    def fingerprint(self) -> str:
        return self.keys.fingerprint()

    @property
    def self_signed(self) -> bool:
        return self.issuer == self.fingerprint

    @property
    def is_head(self) -> bool:
        return self.kind == KIND_PERSON and self.role == Role.KEPALA.value

    @classmethod
    def parse(cls, body: str, signature: bytes) -> Certificate:
        """ValueError when ``body`` is not a certificate body."""
        try:
            doc = json.loads(body)
            if doc.get("v") != 1 or _canonical(doc) != body:
                raise ValueError("not canonical")
            user_id = doc["user_id"]
            if user_id is not None and (isinstance(user_id, bool) or not isinstance(user_id, int)):
                raise ValueError("user id")
            return cls(
                serial=str(doc["serial"]),
                database_id=str(doc["db"]),
                kind=str(doc["kind"]),
                user_id=user_id,
                username=str(doc["username"]),
                role=str(doc["role"]),
                keys=PublicKeys(
                    base64.b64decode(doc["box"], validate=True),
                    base64.b64decode(doc["sign"], validate=True),
                ),
                issued_at=str(doc["issued_at"]),
                issuer=str(doc["issuer"]),
                body=body,
                signature=signature,
            )
        except (KeyError, TypeError, AttributeError) as exc:
            raise ValueError("certificate body unreadable") from exc


def issue(
    issuer: PrivateKeys | None,
    subject: PublicKeys,
    *,
    database_id: str,
    user_id: int | None,
    username: str,
    role: str,
    kind: str = KIND_PERSON,
    issued_at: str | None = None,
    self_signer: PrivateKeys | None = None,
) -> Certificate:
    """Sign a certificate for ``subject`` with ``issuer`` (a head's or the recovery key's
    private keys). With ``issuer=None``, ``self_signer`` (the subject's own keys) signs:
    that is the office root and only ever made once, at setup or at the office's upgrade."""
    signer = issuer or self_signer
    if signer is None:
        raise ValueError("a certificate needs a signer")
    doc = {
        "v": 1,
        "serial": uuid.uuid4().hex,
        "db": database_id,
        "kind": kind,
        "user_id": user_id,
        "username": username,
        "role": role,
        "box": _b64(subject.box),
        "sign": _b64(subject.sign),
        "issued_at": issued_at or utc_now_iso(),
        "issuer": signer.public.fingerprint(),
    }
    body = _canonical(doc)
    return Certificate.parse(body, signer.sign(CERT_DOMAIN + body.encode()))


def store(session: Session, cert: Certificate) -> None:
    session.add(
        CertificateRow(
            serial=cert.serial,
            user_id=cert.user_id,
            body=cert.body,
            signature=cert.signature,
            issued_at=cert.issued_at,
        )
    )
    session.flush()


def revoke(
    session: Session, issuer: PrivateKeys, cert: Certificate, reason: str, at: str | None = None
) -> None:
    """End ``cert`` now (signed by a head): later signatures with its keys do not count."""
    doc = {
        "v": 1,
        "serial": cert.serial,
        "db": cert.database_id,
        "revoked_at": at or utc_now_iso(),
        "reason": reason,
        "issuer": issuer.public.fingerprint(),
    }
    body = _canonical(doc)
    existing = session.get(CertificateRevocation, cert.serial)
    if existing is not None:
        return
    session.add(
        CertificateRevocation(
            serial=cert.serial,
            body=body,
            signature=issuer.sign(REVOCATION_DOMAIN + body.encode()),
        )
    )
    session.flush()


@dataclass(frozen=True)
class Problem:
    """Something wrong with the certificates, for the head's banner (ids and codes only)."""

    code: str  # root_missing, bad_signature, unknown_issuer, role_mismatch, ...
    serial: str | None = None
    user_id: int | None = None


@dataclass
class Registry:
    """Every certificate of the database, verified once against the pinned root."""

    database_id: str
    root_fingerprint: str | None
    valid: dict[str, Certificate] = field(default_factory=dict)
    revoked_at: dict[str, str] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    @property
    def has_root(self) -> bool:
        return any(c.self_signed for c in self.valid.values())

    def by_serial(self, serial: str) -> Certificate | None:
        return self.valid.get(serial)

    def valid_at(self, serial: str, at: str) -> Certificate | None:
        """The certificate ``serial`` when valid at time ``at`` (not yet revoked)."""
        cert = self.valid.get(serial)
        if cert is None:
            return None
        end = self.revoked_at.get(serial)
        return cert if end is None or at < end else None

    def current(self, user_id: int) -> Certificate | None:
        """The newest valid, unrevoked person certificate of ``user_id``."""
        found = [
            c
            for c in self.valid.values()
            if c.kind == KIND_PERSON and c.user_id == user_id and c.serial not in self.revoked_at
        ]
        return max(found, key=lambda c: c.issued_at) if found else None

    def current_heads(self) -> list[Certificate]:
        return [c for c in self.valid.values() if c.is_head and c.serial not in self.revoked_at]

    def current_people(self) -> list[Certificate]:
        ids = {c.user_id for c in self.valid.values() if c.kind == KIND_PERSON}
        return [c for uid in sorted(i for i in ids if i is not None) if (c := self.current(uid))]

    def recovery(self) -> Certificate | None:
        found = [
            c
            for c in self.valid.values()
            if c.kind == KIND_RECOVERY and c.serial not in self.revoked_at
        ]
        return max(found, key=lambda c: c.issued_at) if found else None


def verify_certificates(
    certs: Iterable[tuple[str, bytes]],
    revocations: Iterable[tuple[str, bytes]],
    database_id: str,
    root_fingerprint: str | None,
) -> Registry:
    """Verify certificate and revocation bodies (text, signature) against the pinned root."""
    registry = Registry(database_id, root_fingerprint)
    parsed: dict[str, Certificate] = {}
    for body, signature in certs:
        try:
            cert = Certificate.parse(body, signature)
        except ValueError:
            registry.problems.append(Problem("unreadable"))
            continue
        if cert.database_id != database_id:
            registry.problems.append(Problem("other_database", cert.serial, cert.user_id))
            continue
        parsed[cert.serial] = cert
    by_fingerprint: dict[str, list[Certificate]] = {}
    for cert in parsed.values():
        by_fingerprint.setdefault(cert.fingerprint, []).append(cert)

    # Revocations are read first (signed by a head valid at the time), then used while
    # walking issuers: a revoked head's certificates issued before its revocation still count.
    pending_revocations: list[tuple[dict[str, Any], str, bytes]] = []
    for body, signature in revocations:
        try:
            doc = json.loads(body)
            if _canonical(doc) != body or doc.get("db") != database_id:
                raise ValueError("revocation")
            pending_revocations.append((doc, body, signature))
        except (ValueError, TypeError, AttributeError):
            registry.problems.append(Problem("unreadable_revocation"))

    state: dict[str, bool] = {}

    def is_valid(cert: Certificate, depth: int = 0) -> bool:
        known = state.get(cert.serial)
        if known is not None:
            return known
        if depth > 32:
            return False
        state[cert.serial] = False  # cycle guard while walking
        message = CERT_DOMAIN + cert.body.encode()
        ok = False
        if cert.self_signed:
            ok = (
                cert.fingerprint == root_fingerprint
                and cert.is_head
                and cert.keys.verify(cert.signature, message)
            )
        else:
            for issuer in by_fingerprint.get(cert.issuer, []):
                may_certify = issuer.is_head or issuer.kind == KIND_RECOVERY
                if (
                    may_certify
                    and issuer.keys.verify(cert.signature, message)
                    and is_valid(issuer, depth + 1)
                    and _before_revocation(issuer.serial, cert.issued_at)
                ):
                    ok = True
                    break
        state[cert.serial] = ok
        return ok

    revoked: dict[str, str] = {}

    def _before_revocation(serial: str, at: str) -> bool:
        end = revoked.get(serial)
        return end is None or at < end

    # Revocations signed by a head whose own certificate verifies (revocations are applied
    # in time order, so a head revoked earlier cannot revoke others later).
    for doc, body, signature in sorted(pending_revocations, key=lambda p: str(p[0]["revoked_at"])):
        message = REVOCATION_DOMAIN + body.encode()
        at = str(doc["revoked_at"])
        signed = any(
            issuer.is_head
            and issuer.keys.verify(signature, message)
            and is_valid(issuer)
            and _before_revocation(issuer.serial, at)
            for issuer in by_fingerprint.get(str(doc.get("issuer")), [])
        )
        if signed and doc.get("serial") in parsed:
            revoked[str(doc["serial"])] = at
        else:
            registry.problems.append(Problem("bad_revocation", str(doc.get("serial"))))
    # Validity may depend on revocation times: compute again with them known.
    state.clear()

    if root_fingerprint is None or root_fingerprint not in by_fingerprint:
        registry.problems.append(Problem("root_missing"))
    for cert in parsed.values():
        if is_valid(cert):
            registry.valid[cert.serial] = cert
        else:
            registry.problems.append(Problem("invalid", cert.serial, cert.user_id))
    registry.revoked_at = {s: at for s, at in revoked.items() if s in registry.valid}
    return registry


def load_registry(session: Session, database_id: str, root_fingerprint: str | None) -> Registry:
    """Every certificate and revocation in the database, verified."""
    certs = session.execute(select(CertificateRow.body, CertificateRow.signature)).all()
    revocations = session.execute(
        select(CertificateRevocation.body, CertificateRevocation.signature)
    ).all()
    return verify_certificates(
        [(c.body, c.signature) for c in certs],
        [(r.body, r.signature) for r in revocations],
        database_id,
        root_fingerprint,
    )
