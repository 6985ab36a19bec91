"""Who holds a case's key (DESIGN.md "Keys per person and per case").

A case's random key is sealed to the counselor assigned to it, to every head and to the office
recovery key; staf hold none. It is made by whoever first writes clinical content in the case,
sealed to those people at once. The head's reassignment seals it to the new counselor and
deletes the previous counselor's seal. A new head receives every case key; a person whose keys
change (password reset) gets the seals of their cases again; deactivation deletes every seal of
the person; anonymisation deletes every seal of the client's cases (the key is gone).

"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from lk3_desktop.core.roles import Role
from lk3_desktop.db import certificates, key_seals
from lk3_desktop.db.certificates import Certificate, Registry
from lk3_desktop.db.models import Case, KeySeal, Setting, User
from lk3_desktop.db.sealed import CaseKeys, new_case_key
from lk3_desktop.services.office_keys import KeyContext

CASE = key_seals.SCOPE_CASE


def open_seal(
    s: Session, ctx: KeyContext, database_id: str, scope: str, scope_id: int
) -> bytes | None:
    """The key of ``scope_id`` as sealed to the signed-in person, without an autoflush (this
    runs while rows are being loaded or flushed)."""
    with s.no_autoflush:
        return key_seals.open_for(s, scope, scope_id, ctx.cert.user_id, ctx.keys, database_id)


_REGISTRY = "lk3_registry"  # Session.info: the certificates as this transaction found them


def _registry(s: Session, ctx: KeyContext) -> Registry:
    """The certificates as they are now: people certified after this person signed in (a new
    head, a new counselor, a new signer) must get their seals too. Read once a transaction."""
    found = s.info.get(_REGISTRY)
    if isinstance(found, Registry):
        return found
    with s.no_autoflush:
        registry = certificates.load_registry(s, ctx.cert.database_id, ctx.root)
    s.info[_REGISTRY] = registry
    return registry


def _pending_case(s: Session, case_id: int) -> Case | None:
    """The case ``case_id`` when it is new in this session (not in the database yet)."""
    return next((o for o in s.new if isinstance(o, Case) and o.id == case_id), None)


def _unsaved(s: Session, case_id: int) -> bool:
    return _pending_case(s, case_id) is not None


def case_recipients(s: Session, ctx: KeyContext, case_id: int) -> list[Certificate]:
    """Who must hold the case's key: its counselor (when certified as counselor or head),
    every head, the office recovery key."""
    registry = _registry(s, ctx)
    found: dict[str, Certificate] = {c.serial: c for c in registry.current_heads()}
    # The case may be new in the very flush that seals its first content: not in the
    # database yet, only among the session's pending objects.
    case = _pending_case(s, case_id)
    if case is None:
        with s.no_autoflush:
            case = s.get(Case, case_id)
    counselor = case.counselor_id if case is not None else None
    if counselor is not None:
        cert = registry.current(counselor)
        if cert is not None and cert.role in (Role.KONSELOR.value, Role.KEPALA.value):
            found[cert.serial] = cert
    recovery = registry.recovery()
    if recovery is not None:
        found[recovery.serial] = recovery
    return list(found.values())


def _seal_all(s: Session, scope: str, scope_id: int, key: bytes, to: Iterable[Certificate]) -> None:
    with s.no_autoflush:
        for cert in to:
            key_seals.seal(s, scope, scope_id, key, cert)


def _has_seal(s: Session, scope: str, scope_id: int) -> bool:
    with s.no_autoflush:
        return (
            s.execute(
                select(KeySeal.id).where(KeySeal.scope == scope, KeySeal.scope_id == scope_id)
            ).first()
            is not None
        )


def make_keyring(ctx: KeyContext, database_id: str) -> CaseKeys:
    """The signed-in person's case keys (opened on first use)."""

    def load(s: Session, case_id: int) -> bytes | None:
        if _unsaved(s, case_id):  # a case opened in this flush has no key yet
            return None
        return open_seal(s, ctx, database_id, CASE, case_id)

    def create(s: Session, case_id: int) -> bytes:
        key = new_case_key()
        with s.no_autoflush:
            key_seals.seal_new(s, CASE, case_id, key, case_recipients(s, ctx, case_id))
        return key

    def exists(s: Session, case_id: int) -> bool:
        return not _unsaved(s, case_id) and _has_seal(s, CASE, case_id)

    return CaseKeys(database_id, load, create, exists)


# -- clinical content written before case keys ------------------------------------------------


# Set once every clinical value of the office is sealed under its case's key (a new office,
# the keys upgrade, or the first head sign-in after the per-case keys came). Its value says
# which list of sealed columns that was: when a release seals more (SEAL_VERSION goes up), a
# head's next sign-in seals what the office wrote in those columns before. "true" was 1.
CONTENT_SEALED = "keys.content_sealed"
# 2: closing reasons, stage-change, assignment and referral-status notes; 3: clinical
# documents (attachments of a case's records) under the case key instead of the client's.
SEAL_VERSION = "3"


def content_sealed(s: Session) -> bool:
    """Whether every clinical value of the office is sealed as this release seals them."""
    row = s.get(Setting, CONTENT_SEALED)
    return row is not None and row.value == SEAL_VERSION


def mark_content_sealed(s: Session, user_id: int | None) -> None:
    """Note that every clinical value is sealed now (sign-in then looks no further)."""
    row = s.get(Setting, CONTENT_SEALED)
    stamp = datetime.now().replace(microsecond=0)
    if row is None:
        s.add(Setting(key=CONTENT_SEALED, value=SEAL_VERSION, updated_at=stamp, updated_by=user_id))
    else:
        row.value, row.updated_at, row.updated_by = SEAL_VERSION, stamp, user_id


# -- changes of who holds a case ----------------------------------------------------------------


def assign(
    s: Session, ctx: KeyContext, keys: CaseKeys, case_id: int, new: int | None, old: int | None
) -> None:
    """After a reassignment: the new counselor gets the case key, the previous one loses it
    (unless they are a head). A case without a key yet needs nothing: its first clinical
    writer makes it for whoever is assigned then."""
    if not _has_seal(s, CASE, case_id):
        return
    key = keys.get(s, case_id)
    if key is None:
        return  # only the head reassigns, and every head holds every case key
    registry = _registry(s, ctx)
    if new is not None:
        cert = registry.current(new)
        if cert is not None and cert.role in (Role.KONSELOR.value, Role.KEPALA.value):
            _seal_all(s, CASE, case_id, key, [cert])
    if old is not None and old != new:
        previous = registry.current(old)
        if previous is None or not previous.is_head:
            with s.no_autoflush:
                key_seals.drop(s, CASE, case_id, old)


def share_everything(s: Session, ctx: KeyContext, database_id: str, cert: Certificate) -> int:
    """A new head (or a head's new keys): every case key the signed-in head holds is sealed
    to ``cert``. How many keys."""
    count = 0
    for scope in (CASE,):
        ids = s.execute(
            select(KeySeal.scope_id).where(
                KeySeal.scope == scope, KeySeal.user_id == ctx.cert.user_id
            )
        ).scalars()
        for scope_id in list(ids):
            if scope_id is None:
                continue
            key = open_seal(s, ctx, database_id, scope, scope_id)
            if key is not None:
                _seal_all(s, scope, scope_id, key, [cert])
                count += 1
    return count


def reseal_cases_of(
    s: Session,
    ctx: KeyContext,
    database_id: str,
    user: User,
    cert: Certificate,
    *,
    assigned: bool = False,
) -> int:
    """A person's keys changed (password reset, reactivation): the case keys they held are
    sealed to the new keys (the old seals are replaced). A head gets everything.

    Only the cases they already held a seal of, so a ``counselor_id`` edited straight into
    the file does not hand anyone a key at the next reset. ``assigned`` (an account with no
    valid certificate before: new or reactivated; or a new role) also takes the cases
    assigned to them."""
    if cert.is_head:
        return share_everything(s, ctx, database_id, cert)
    if cert.role != Role.KONSELOR.value:
        return 0
    held = set(
        s.execute(
            select(KeySeal.scope_id).where(KeySeal.scope == CASE, KeySeal.user_id == user.id)
        ).scalars()
    )
    case_ids = set(held)
    if assigned:
        mine = s.execute(select(Case.id).where(Case.counselor_id == user.id)).scalars()
        case_ids |= set(mine)
    count = 0
    for case_id in sorted(i for i in case_ids if i is not None):
        key = open_seal(s, ctx, database_id, CASE, case_id)
        if key is not None:
            _seal_all(s, CASE, case_id, key, [cert])
            count += 1
    return count


def drop_beyond_role(s: Session, user_id: int) -> int:
    """A head who becomes a counselor keeps only the keys of the cases assigned to them (and
    no longer the recovery seed); someone who becomes staf keeps none."""
    keep: set[int] = set()
    user = s.get(User, user_id)
    if user is not None and user.role == Role.KEPALA.value:
        return 0
    if user is not None and user.role == Role.KONSELOR.value:
        keep = set(s.execute(select(Case.id).where(Case.counselor_id == user_id)).scalars())
    seals = s.execute(
        select(KeySeal.scope, KeySeal.scope_id).where(KeySeal.user_id == user_id)
    ).all()
    dropped = 0
    for seal in seals:
        if seal.scope == CASE and seal.scope_id in keep:
            continue
        dropped += key_seals.drop(s, seal.scope, seal.scope_id, user_id)
    return dropped


def after_new_certificate(
    s: Session,
    ctx: KeyContext,
    database_id: str,
    user: User,
    cert: Certificate,
    *,
    role_changed: bool,
    first: bool,
) -> int:
    """``user`` got new keys (account made, password reset, reactivation) or a new role: the
    case keys their role gives them are sealed to ``cert``; after a role change those it no
    longer gives are deleted first. ``first``: they had no valid certificate before (a new or
    reactivated account), so the cases assigned to them count too. How many keys."""
    s.info.pop(_REGISTRY, None)  # a certificate was just issued in this transaction
    if role_changed:
        drop_beyond_role(s, user.id)
    return reseal_cases_of(s, ctx, database_id, user, cert, assigned=first or role_changed)


# -- the head's delegates for referral letters ---------------------------------------------------


def _certified_signers(s: Session, ctx: KeyContext, user_ids: Iterable[int]) -> list[Certificate]:
    registry = _registry(s, ctx)
    found = [registry.current(uid) for uid in user_ids]
    return [c for c in found if c is not None and c.role == Role.KONSELOR.value]


def share_with_signers(
    s: Session, ctx: KeyContext, keys: CaseKeys, case_id: int, signer_ids: Iterable[int]
) -> None:
    """A referral of the case waits for a signature: the counselors the head lets sign
    letters (a.n. Kepala) get the case's key, as the head has it, to read and sign it."""
    key = keys.get(s, case_id)
    if key is not None:
        _seal_all(s, CASE, case_id, key, _certified_signers(s, ctx, signer_ids))


def signers_changed(
    s: Session, ctx: KeyContext, database_id: str, before: set[int], after: set[int]
) -> None:
    """The head changed who signs letters: a new signer gets the keys of the cases with a
    referral submitted or issued (what a signer reads, signs and prints); one no longer
    signing keeps only the keys of their own cases."""
    from lk3_desktop.core.referrals import ReferralStatus
    from lk3_desktop.db.models import Referral

    added = _certified_signers(s, ctx, after - before)
    if added:
        case_ids = s.execute(
            select(Referral.case_id).where(Referral.status != ReferralStatus.DRAF.value).distinct()
        ).scalars()
        for case_id in list(case_ids):
            key = open_seal(s, ctx, database_id, CASE, case_id)
            if key is not None:
                _seal_all(s, CASE, case_id, key, added)
    for user_id in before - after:
        drop_beyond_role(s, user_id)


def forget_cases(s: Session, case_ids: Iterable[int]) -> int:
    """Anonymisation: the cases' keys are deleted (every seal of them)."""
    from sqlalchemy import delete

    ids = list(case_ids)
    if not ids:
        return 0
    result = s.execute(delete(KeySeal).where(KeySeal.scope == CASE, KeySeal.scope_id.in_(ids)))
    return int(getattr(result, "rowcount", 0) or 0)
