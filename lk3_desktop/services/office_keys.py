"""Keys per person in use (DESIGN.md "Keys per person and per case").

* Setup makes the office root (the first head's self-signed certificate), the office recovery
  key (its seed goes on the recovery card, and is sealed to every head for reprinting it) and
  pins the root's fingerprint in ``lk3.keys``.
* Sign-in opens the person's keys from their slot, verifies every certificate against the
  root their slot trusts, and takes the role from their certificate, never from the ``users``
  row. A row whose role or username differs from its certificate is refused and reported.
  The audit chain is verified from the person's last watermark; the head sees what is broken.
* The head gives new people keys (and a certificate) when creating them or resetting their
  password; rotation seals the new database key to every current certificate's public key.
* An office made before keys existed is upgraded at its head's first sign-in: a verified
  backup first, then keys and certificates for everyone, handed over in their slots.
"""

from __future__ import annotations

import json
import secrets
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from lk3_desktop.core.errors import NotCertified, ServerSchemaBehind
from lk3_desktop.core.passwords import generate_temporary_password
from lk3_desktop.core.recovery_code import encode_recovery_code
from lk3_desktop.core.roles import Permission, Role
from lk3_desktop.db import audit, certificates, checkpoints, key_seals
from lk3_desktop.db.certificates import Certificate, Problem, Registry
from lk3_desktop.db.checkpoints import ChainVerdict, Checkpoint, Signer, Watermark
from lk3_desktop.db.migrate import BACKUP_SUBDIR, copy_database
from lk3_desktop.db.models import AuditEntry, User
from lk3_desktop.db.models.keys import (
    AuditCheckpoint,
    CertificateRevocation,
    CertificateRow,
    KeySeal,
)
from lk3_desktop.db.person_keys import PrivateKeys, PublicKeys
from lk3_desktop.db.store import OpenStore
from lk3_desktop.db.vault import KEYS_FILENAME, KeyFile, Unlocked, Vault
from lk3_desktop.services import recovery_card
from lk3_desktop.services.context import UserSession

# A watermark is written at sign-out and lock, and every this many checkpoints in between.
WATERMARK_EVERY = 50


@dataclass
class KeyContext:
    """The signed-in person's keys and what sign-in verified with them."""

    keys: PrivateKeys
    cert: Certificate
    registry: Registry
    slot_id: str
    root: str
    chain: ChainVerdict
    problems: list[Problem] = field(default_factory=list)
    checkpoints_since_watermark: int = 0
    # What the head's banner shows: found now or recorded earlier, not yet acknowledged.
    open_problems: list[KeyProblem] = field(default_factory=list)

    @property
    def role(self) -> Role:
        return Role(self.cert.role)

    def signer(self, database_id: str) -> Signer:
        return Signer(self.keys, self.cert.user_id or 0, self.cert.serial, database_id)


@dataclass(frozen=True)
class OfficeKeys:
    """What setup (or an upgrade) made: the root, and the recovery key's seed for the card."""

    root: Certificate
    recovery_seed: bytes

    @property
    def recovery_key_code(self) -> str:
        return encode_recovery_code(self.recovery_seed)


# -- setup ------------------------------------------------------------------------------------


def new_office(s: Session, database_id: str, head: User, head_keys: PrivateKeys) -> OfficeKeys:
    """The root certificate (the head's own, self-signed) and the office recovery key,
    certified by the head and sealed to the head (so a new card can be printed later)."""
    root = certificates.issue(
        None,
        head_keys.public,
        database_id=database_id,
        user_id=head.id,
        username=head.username,
        role=Role.KEPALA.value,
        self_signer=head_keys,
    )
    certificates.store(s, root)
    seed = secrets.token_bytes(32)
    _certify_recovery(s, database_id, head_keys, seed)
    key_seals.seal(s, key_seals.SCOPE_RECOVERY, None, seed, root)
    from lk3_desktop.services import case_keys  # (it builds on this module)

    case_keys.mark_content_sealed(s, head.id)  # a new office has nothing written yet
    return OfficeKeys(root, seed)


def _certify_recovery(s: Session, database_id: str, issuer: PrivateKeys, seed: bytes) -> None:
    certificates.store(
        s,
        certificates.issue(
            issuer,
            PrivateKeys(seed).public,
            database_id=database_id,
            user_id=None,
            username=certificates.RECOVERY_USERNAME,
            role="recovery",
            kind=certificates.KIND_RECOVERY,
        ),
    )


def card_login_if_missing(store: OpenStore, ctx: KeyContext) -> None:
    """At a head's sign-in on an office server made by an earlier version (upgraded since):
    give the recovery card its login, so the card in the drawer signs in. Nothing when the
    card already signs in, on one computer, or on a server not upgraded yet (the sign-in goes
    on; ``check`` says so)."""
    vault = store.vault
    if not vault.card_login_missing():
        return
    try:
        with store.transaction() as s:
            seed = recovery_seed(s, ctx, store.database_id)
            if seed is None:
                return
            vault.remember_card(store.key(), seed)
            vault.save(vault.load())
    except ServerSchemaBehind:
        return


def recovery_seed(s: Session, ctx: KeyContext, database_id: str) -> bytes | None:
    """The office recovery key's seed, as sealed to this head (None for anyone else)."""
    return key_seals.open_for(
        s, key_seals.SCOPE_RECOVERY, None, ctx.cert.user_id, ctx.keys, database_id
    )


# -- people -----------------------------------------------------------------------------------


def issue_person(
    s: Session, ctx: KeyContext, database_id: str, user: User
) -> tuple[PrivateKeys, Certificate]:
    """New keys for ``user`` and a certificate signed by the signed-in head; their earlier
    certificate (if any) is revoked. A new head also receives the recovery seed."""
    keys = PrivateKeys.generate()
    cert = certificates.issue(
        ctx.keys,
        keys.public,
        database_id=database_id,
        user_id=user.id,
        username=user.username,
        role=user.role,
    )
    previous = ctx.registry.current(user.id)
    certificates.store(s, cert)
    if previous is not None:
        certificates.revoke(s, ctx.keys, previous, "replaced")
    ctx.registry.valid[cert.serial] = cert
    if previous is not None:
        ctx.registry.revoked_at[previous.serial] = cert.issued_at
    if cert.is_head:
        seed = recovery_seed(s, ctx, database_id)
        if seed is not None:
            key_seals.seal(s, key_seals.SCOPE_RECOVERY, None, seed, cert)
    fresh = previous is None  # new, or reactivated (deactivation revoked the last one)
    _case_keys_follow(s, ctx, database_id, user, cert, role_changed=False, first=fresh)
    return keys, cert


def recertify(s: Session, ctx: KeyContext, database_id: str, user: User) -> Certificate:
    """A new certificate for ``user``'s current keys with the row's (new) role and name,
    signed by the signed-in head; the previous one is revoked. A new head also receives the
    recovery seed."""
    previous = ctx.registry.current(user.id)
    if previous is None:
        raise NotCertified("no certificate to renew")
    cert = certificates.issue(
        ctx.keys,
        previous.keys,
        database_id=database_id,
        user_id=user.id,
        username=user.username,
        role=user.role,
    )
    certificates.store(s, cert)
    certificates.revoke(s, ctx.keys, previous, "recertified")
    ctx.registry.valid[cert.serial] = cert
    ctx.registry.revoked_at[previous.serial] = cert.issued_at
    if cert.is_head:
        seed = recovery_seed(s, ctx, database_id)
        if seed is not None:
            key_seals.seal(s, key_seals.SCOPE_RECOVERY, None, seed, cert)
    _case_keys_follow(s, ctx, database_id, user, cert, role_changed=True, first=False)
    return cert


def _case_keys_follow(
    s: Session,
    ctx: KeyContext,
    database_id: str,
    user: User,
    cert: Certificate,
    *,
    role_changed: bool,
    first: bool,
) -> None:
    """The case keys go where the new certificate's role says (services/case_keys)."""
    from lk3_desktop.services import case_keys

    case_keys.after_new_certificate(
        s, ctx, database_id, user, cert, role_changed=role_changed, first=first
    )


def revoke_person(s: Session, ctx: KeyContext, user_id: int, reason: str) -> int:
    """End ``user_id``'s certificate and delete every key sealed to them; seals removed."""
    current = ctx.registry.current(user_id)
    if current is not None:
        certificates.revoke(s, ctx.keys, current, reason)
        ctx.registry.revoked_at[current.serial] = audit.utc_now_iso()
    return key_seals.drop_person(s, user_id)


def certified_role(session_keys: KeyContext | None, user: User) -> Role | None:
    """The role a valid certificate gives ``user``; in an office without keys, the row's."""
    if session_keys is None:
        return Role(user.role)
    cert = session_keys.registry.current(user.id)
    if cert is None or cert.username != user.username:
        return None
    return Role(cert.role)


def rotation_recipients(ctx: KeyContext, active_ids: set[int]) -> dict[str, PublicKeys]:
    """Public keys a new database key is sealed to: current certificates of active people,
    by fingerprint (a slot names the fingerprint of its keys)."""
    return {
        cert.fingerprint: cert.keys
        for cert in ctx.registry.current_people()
        if cert.user_id in active_ids
    }


# -- sign-in ----------------------------------------------------------------------------------


def _row_problems(s: Session, registry: Registry) -> list[Problem]:
    """Active accounts whose row says another role or name than their certificate."""
    problems: list[Problem] = []
    for user in s.execute(select(User).where(User.active.is_(True))).scalars():
        cert = registry.current(user.id)
        if cert is None:
            problems.append(Problem("uncertified", None, user.id))
        elif cert.role != user.role:
            problems.append(Problem("role_edited", cert.serial, user.id))
        elif cert.username != user.username:
            problems.append(Problem("username_edited", cert.serial, user.id))
    return problems


def certificate_problems(s: Session, registry: Registry) -> list[Problem]:
    """Everything wrong with the certificates and the accounts they certify."""
    return list(registry.problems) + _row_problems(s, registry)


def _watermarks(key_file: KeyFile) -> tuple[list[Watermark], dict[str, Watermark]]:
    found: list[Watermark] = []
    by_slot: dict[str, Watermark] = {}
    for slot in key_file.slots:
        if slot.watermark is None:
            continue
        mark = Watermark.from_json(slot.watermark)
        if mark is not None:
            found.append(mark)
            by_slot[slot.slot_id] = mark
    return found, by_slot


def office_has_keys(s: Session, key_file: KeyFile) -> bool:
    """Whether the office was set up with (or upgraded to) keys per person."""
    if key_file.root is not None:
        return True
    return s.execute(select(CertificateRow.serial).limit(1)).first() is not None


def verify_sign_in(
    s: Session, store: OpenStore, unlocked: Unlocked, user: User
) -> KeyContext | None:
    """Verify the signing-in person's certificate and the audit chain; None only in an
    office without keys yet (a legacy slot and no certificates anywhere).

    NotCertified when the slot's keys have no valid certificate (a legacy slot in an office
    with keys, an edited certificate, a root that is not the one the slot trusts).
    """
    key_file = store.key_file
    if unlocked.keys is None:
        if office_has_keys(s, key_file) and not _upgrade_interrupted(s, key_file):
            raise NotCertified("legacy slot in an office with keys")
        return None
    if unlocked.root is None or unlocked.user_id != user.id:
        raise NotCertified("slot does not name this person or a root")
    registry = certificates.load_registry(s, store.database_id, unlocked.root)
    cert = registry.current(user.id)
    if (
        cert is None
        or cert.fingerprint != unlocked.keys.public.fingerprint()
        or cert.username != user.username
    ):
        raise NotCertified("no valid certificate for these keys")
    problems = list(registry.problems) + _row_problems(s, registry)
    if key_file.root != unlocked.root:
        problems.append(Problem("key_file_root"))
    marks, by_slot = _watermarks(key_file)
    chain = checkpoints.verify_chain(
        s,
        registry,
        store.database_id,
        watermarks=marks,
        start=by_slot.get(unlocked.slot_id),
    )
    return KeyContext(
        unlocked.keys, cert, registry, unlocked.slot_id, unlocked.root, chain, problems
    )


FOUND = "audit.problems_found"
ACKNOWLEDGED = "audit.problems_acknowledged"


@dataclass(frozen=True)
class KeyProblem:
    """One thing wrong with the audit trail or the certificates, as the head's banner shows
    it: a code, where (entry or account), since when it was last known good."""

    code: str
    entry_id: int | None = None
    user_id: int | None = None
    since: str | None = None

    def key(self) -> tuple[str, int | None, int | None]:
        return (self.code, self.entry_id, self.user_id)

    def to_json(self) -> dict[str, str | int | None]:
        return {
            "code": self.code,
            "entry": self.entry_id,
            "user": self.user_id,
            "since": self.since,
        }

    @classmethod
    def from_json(cls, doc: dict[str, object]) -> KeyProblem:
        def num(value: object) -> int | None:
            return value if isinstance(value, int) and not isinstance(value, bool) else None

        since = doc.get("since")
        return cls(
            str(doc.get("code")),
            num(doc.get("entry")),
            num(doc.get("user")),
            since if isinstance(since, str) else None,
        )


def found_now(ctx: KeyContext) -> list[KeyProblem]:
    """What this sign-in's verification found."""
    return [KeyProblem(p.code, None, p.user_id) for p in ctx.problems] + [
        KeyProblem(p.code, p.entry_id, p.user_id, p.since) for p in ctx.chain.problems
    ]


def _recorded(s: Session) -> tuple[list[KeyProblem], set[tuple[str, int | None, int | None]]]:
    """Problems recorded in the trail by earlier sign-ins since the head last acknowledged
    them, and every problem ever acknowledged (by key)."""
    rows = s.execute(
        select(AuditEntry.action, AuditEntry.detail)
        .where(AuditEntry.action.in_((FOUND, ACKNOWLEDGED)))
        .order_by(AuditEntry.id)
    ).all()
    recorded: dict[tuple[str, int | None, int | None], KeyProblem] = {}
    acknowledged: set[tuple[str, int | None, int | None]] = set()
    for row in rows:
        try:
            items = json.loads(row.detail).get("problems", [])
        except (ValueError, AttributeError):
            continue
        problems = [KeyProblem.from_json(i) for i in items if isinstance(i, dict)]
        if row.action == ACKNOWLEDGED:
            acknowledged |= {p.key() for p in problems}
            recorded = {k: v for k, v in recorded.items() if k not in acknowledged}
        else:
            recorded.update({p.key(): p for p in problems if p.key() not in acknowledged})
    return list(recorded.values()), acknowledged


def record_problems(s: Session, ctx: KeyContext) -> None:
    """Write what this sign-in found into the trail (codes and ids only), signed by the
    person signing in: once recorded, a finding outlives even a later signature over the
    damaged entries, and stays on the head's banner until a head acknowledges it."""
    recorded, acknowledged = _recorded(s)
    known = {p.key() for p in recorded} | acknowledged
    new = [p for p in found_now(ctx) if p.key() not in known]
    ctx.open_problems = recorded + new
    ctx.open_problems = [p for p in ctx.open_problems if p.key() not in acknowledged]
    if new:
        audit.append(
            s,
            ctx.cert.user_id,
            FOUND,
            "database",
            None,
            {"problems": [p.to_json() for p in new[:50]]},
        )


def acknowledge_problems(session_keys: KeyContext, s: Session) -> int:
    """A head has looked at the open problems: they leave the banner (the entries that
    record them stay in the trail). How many were acknowledged."""
    if session_keys.role is not Role.KEPALA:
        raise NotCertified("only a head acknowledges")
    problems = list(session_keys.open_problems)
    if problems:
        audit.append(
            s,
            session_keys.cert.user_id,
            ACKNOWLEDGED,
            "database",
            None,
            {"problems": [p.to_json() for p in problems[:200]]},
        )
    session_keys.open_problems = []
    return len(problems)


def card_extras(session: UserSession) -> tuple[str | None, str | None]:
    """For the recovery card (head): the office recovery key's code and the root's
    fingerprint; (None, None) in an office without keys yet."""
    session.require(Permission.ROTATE_DATABASE_KEY)
    if session.keys is None:
        return None, None
    with session.store.transaction() as s:
        seed = recovery_seed(s, session.keys, session.store.database_id)
    return (encode_recovery_code(seed) if seed else None), session.keys.root


def acknowledge(session: UserSession) -> int:
    """The head's "I have looked into this" on the banner: the open findings leave it."""
    session.require(Permission.READ_AUDIT)
    if session.keys is None:
        return 0
    with session.store.transaction() as s:
        return acknowledge_problems(session.keys, s)


def install(store: OpenStore, ctx: KeyContext) -> None:
    """From now on the store signs checkpoints with these keys, keeps the watermark, and
    opens and seals clinical content with the person's case keys."""
    from lk3_desktop.services import case_keys

    store.signer = ctx.signer(store.database_id)
    store.case_keys = case_keys.make_keyring(ctx, store.database_id)

    def remember(cp: Checkpoint) -> None:
        ctx.checkpoints_since_watermark += 1
        if not ctx.chain.ok:
            return  # a broken chain keeps the older watermark, so every sign-in sees it
        if cp.reason in ("signin", "signout", "lock", "adopt") or (
            ctx.checkpoints_since_watermark >= WATERMARK_EVERY
        ):
            mark = Watermark.make(
                ctx.keys, store.database_id, ctx.slot_id, cp.signer_id, cp.entry_id, cp.entry_hash
            )
            store.vault.set_watermark(ctx.slot_id, mark.to_json())
            ctx.checkpoints_since_watermark = 0

    store.on_checkpoint = remember


def finish_sign_in(s: Session, store: OpenStore, unlocked: Unlocked) -> None:
    """Leftovers of an office upgrade: a handed-over slot goes under its person's own KEK,
    and no user key stays in the database."""
    if unlocked.handed_over:
        key_file = store.vault.load()
        if store.vault.finish_hand_over(key_file, unlocked):
            store.vault.save(key_file)
            store.key_file = key_file
    if store.key_file.root is not None:
        s.execute(update(User).where(User.user_key.is_not(None)).values(user_key=None))


# -- upgrading an office made before keys per person --------------------------------------


def _upgrade_interrupted(s: Session, key_file: KeyFile) -> bool:
    """Certificates in the database but no root pinned anywhere: an upgrade stopped before
    it saved the key file (the legacy slots still open; the upgrade simply runs again)."""
    return key_file.root is None and all(slot.is_legacy for slot in key_file.slots)


def backup_before_upgrade(store: OpenStore) -> str:
    """A verified copy of the database, and the key file beside it, in ``backups/``; its
    name. The copy this very sign-in made before a schema upgrade serves, if there is one."""
    folder = store.folder / BACKUP_SUBDIR
    if store.upgrade_backup is not None:
        target = folder / store.upgrade_backup
    else:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        target = folder / f"lk3-before-keys-{stamp}.db"
        copy_database(store.db_path, store.key(), target)
    shutil.copy2(store.folder / KEYS_FILENAME, target.with_suffix(".keys"))
    return target.name


# Seals the head's own slot into the key file with the head's new keys and the root; returns
# the slot id. Sign-in hands the head's legacy slot over; recovery seals a new one.
SealHead = Callable[[KeyFile, PrivateKeys, str], str]


def seal_head_from_legacy_slot(vault: Vault, unlocked: Unlocked, head_id: int) -> SealHead:
    def seal(key_file: KeyFile, keys: PrivateKeys, root: str) -> str:
        assert unlocked.user_key is not None
        vault.hand_over_keys(
            key_file,
            unlocked.slot_id,
            unlocked.user_key,
            keys,
            head_id,
            unlocked.db_key,
            root=root,
        )
        mine = Unlocked(
            unlocked.db_key,
            unlocked.slot_id,
            None,
            keys,
            head_id,
            root,
            unlocked.user_key,
            unlocked.kek,
        )
        vault.finish_hand_over(key_file, mine)
        return unlocked.slot_id

    return seal


def upgrade_office(
    store: OpenStore,
    vault: Vault,
    head_id: int,
    seal_head: SealHead,
    progress: Callable[[int, int], None] | None = None,
) -> tuple[KeyContext, OfficeKeys]:
    """Give an office made before keys per person its keys, at its head's sign-in.

    Order, so an interruption at any point leaves an office everyone can open: a verified
    backup; the certificates (one transaction, the head's ``adopt`` checkpoint over the whole
    old chain); the key file with every slot handed over and the root pinned; then the user
    keys are deleted from the database.
    """
    backup_before_upgrade(store)
    head_keys = PrivateKeys.generate()
    db_key = store.key()
    handed: list[tuple[str, bytes, PrivateKeys, int]] = []
    with store.transaction() as s:
        # An earlier attempt that never pinned its root is discarded first.
        for table in (KeySeal, CertificateRevocation, CertificateRow, AuditCheckpoint):
            s.execute(delete(table))
        head = s.get(User, head_id)
        assert head is not None
        office = new_office(s, store.database_id, head, head_keys)
        people = s.execute(
            select(User).where(
                User.active.is_(True),
                User.id != head_id,
                User.slot_id.is_not(None),
                User.user_key.is_not(None),
            )
        ).scalars()
        for user in people:
            keys = PrivateKeys.generate()
            cert = certificates.issue(
                head_keys,
                keys.public,
                database_id=store.database_id,
                user_id=user.id,
                username=user.username,
                role=user.role,
            )
            certificates.store(s, cert)
            if cert.is_head:
                key_seals.seal(s, key_seals.SCOPE_RECOVERY, None, office.recovery_seed, cert)
            assert user.slot_id is not None and user.user_key is not None
            handed.append((user.slot_id, user.user_key, keys, user.id))
        # The card gets a second code: the head prints it again first thing.
        recovery_card.card_due(s, db_key, head_id)
        audit.append(
            s,
            head_id,
            "office.keys_created",
            "database",
            store.database_id,
            {"certified": len(handed) + 1},
        )
        s.info[audit.CHECKPOINT_REASON] = "adopt"
        store.signer = Signer(head_keys, head_id, office.root.serial, store.database_id)
    key_file = vault.load()
    root = office.root.fingerprint
    for slot_id, user_key, keys, user_id in handed:
        vault.hand_over_keys(key_file, slot_id, user_key, keys, user_id, db_key, root=root)
    slot_id = seal_head(key_file, head_keys, root)
    key_file.root = root
    vault.save(key_file)
    store.key_file = key_file
    with store.transaction() as s:
        s.execute(update(User).where(User.user_key.is_not(None)).values(user_key=None))
        ctx = _context_after(s, store, head_keys, head_id, slot_id, root)
    from lk3_desktop.services import content_sealing

    content_sealing.seal_existing_content(store, ctx, progress)  # watched by ``progress``
    _start_watermark(store, vault, ctx)
    return ctx, office


def recover_head(
    store: OpenStore, recovery: PrivateKeys, head_id: int, seal_head: SealHead
) -> KeyContext:
    """New keys for a head who lost their password, certified by the office recovery key
    (the card's second code); their old certificate is revoked and every key the recovery
    key holds (cases, clients, the recovery seed) is sealed to them again."""
    head_keys = PrivateKeys.generate()
    with store.transaction() as s:
        root = _root_certifying(s, store.database_id, recovery)
        registry = certificates.load_registry(s, store.database_id, root)
        recovery_cert = registry.recovery()
        if recovery_cert is None or recovery_cert.fingerprint != recovery.public.fingerprint():
            raise NotCertified("the office recovery key is not this office's")
        head = s.get(User, head_id)
        assert head is not None
        cert = certificates.issue(
            recovery,
            head_keys.public,
            database_id=store.database_id,
            user_id=head.id,
            username=head.username,
            role=Role.KEPALA.value,
        )
        certificates.store(s, cert)
        previous = registry.current(head_id)
        if previous is not None:
            certificates.revoke(s, head_keys, previous, "recovered")
        for seal in s.execute(select(KeySeal).where(KeySeal.user_id.is_(None))).scalars().all():
            key = key_seals.open_for(
                s, seal.scope, seal.scope_id, None, recovery, store.database_id
            )
            if key is not None:
                key_seals.seal(s, seal.scope, seal.scope_id, key, cert)
        key_seals.seal(s, key_seals.SCOPE_RECOVERY, None, recovery.seed(), cert)
        store.signer = Signer(head_keys, head_id, cert.serial, store.database_id)
        audit.append(s, head_id, "keys.recovered", "user", head_id, {"cert": cert.serial})
    key_file = store.vault.load() if store.vault.exists() else store.key_file
    key_file.database_id = store.database_id
    slot_id = seal_head(key_file, head_keys, root)
    key_file.root = root
    store.vault.save(key_file)
    store.key_file = key_file
    with store.transaction() as s:
        ctx = _context_after(s, store, head_keys, head_id, slot_id, root)
    _start_watermark(store, store.vault, ctx)
    return ctx


def _root_certifying(s: Session, database_id: str, recovery: PrivateKeys) -> str:
    """The root whose chain certifies this recovery key: the card holder's office root,
    found without trusting ``lk3.keys`` (which recovery may be replacing)."""
    rows = s.execute(select(CertificateRow.body, CertificateRow.signature)).all()
    parsed = []
    for row in rows:
        try:
            parsed.append(Certificate.parse(row.body, row.signature))
        except ValueError:
            continue
    by_fp: dict[str, list[Certificate]] = {}
    for c in parsed:
        by_fp.setdefault(c.fingerprint, []).append(c)
    wanted = recovery.public.fingerprint()
    for cert in by_fp.get(wanted, []):
        current: Certificate | None = cert
        for _ in range(32):
            if current is None:
                break
            if current.self_signed:
                registry = certificates.load_registry(s, database_id, current.fingerprint)
                if cert.serial in registry.valid:
                    return current.fingerprint
                break
            issuers = by_fp.get(current.issuer, [])
            current = issuers[0] if issuers else None
    raise NotCertified("no certificate of this office vouches for the recovery key")


def _context_after(
    s: Session, store: OpenStore, keys: PrivateKeys, user_id: int, slot_id: str, root: str
) -> KeyContext:
    registry = certificates.load_registry(s, store.database_id, root)
    cert = registry.current(user_id)
    assert cert is not None
    marks, _ = _watermarks(store.key_file)
    chain = checkpoints.verify_chain(s, registry, store.database_id, watermarks=marks)
    ctx = KeyContext(keys, cert, registry, slot_id, root, chain)
    ctx.problems = list(registry.problems) + _row_problems(s, registry)
    install(store, ctx)
    return ctx


def _start_watermark(store: OpenStore, vault: Vault, ctx: KeyContext) -> None:
    last = _last_entry(store)
    if last is not None and ctx.chain.ok:
        mark = Watermark.make(
            ctx.keys, store.database_id, ctx.slot_id, ctx.cert.user_id or 0, *last
        )
        vault.set_watermark(ctx.slot_id, mark.to_json())


def _last_entry(store: OpenStore) -> tuple[int, str] | None:
    with store.transaction() as s:
        row = s.execute(
            select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)
        ).first()
    return (row.id, row.hash) if row else None


def issue_slot(session: UserSession, s: Session, user: User, password: str | None = None) -> str:
    """New keys and certificate for ``user`` (signed by the head), sealed in their slot
    under ``password``, or under a temporary password to be changed at first sign-in."""
    context = session.keys
    if context is None:
        raise NotCertified("the head has no keys in this office yet")
    vault = session.store.vault
    key_file = vault.load()
    secret = vault.ensure_workstation_secret(key_file)
    chosen = password or generate_temporary_password()
    keys, _cert = issue_person(s, context, session.store.database_id, user)
    slot = vault.seal_slot(
        key_file,
        user.username,
        chosen,
        keys,
        user.id,
        session.store.key(),
        secret,
        root=context.root,
    )
    last = s.execute(
        select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)
    ).first()
    if last is not None:
        slot.watermark = Watermark.make(
            keys, key_file.database_id, slot.slot_id, user.id, last.id, last.hash
        ).to_json()
    user.slot_id = slot.slot_id
    user.must_change_password = password is None
    vault.save(key_file)
    session.store.key_file = key_file
    return chosen
