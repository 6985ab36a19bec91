"""The signed-record rule, written once.

A session note, a screening administration and a psychosocial assessment are drafts until
their author signs them, re-entering the password. Signing locks the record for good: it is
never changed again (``RecordLocked``), and a later correction is an addendum with its own
author and time, final too. The head may co-sign a counselor's signed note (supervision); the
note itself does not change.

Each kind of record says once, in a :class:`SignedKind`, how its row is found (with the
permission checks of its area), when it is ready to sign, what signing seals into it and how
its addendum row is made; :func:`sign`, :func:`cosign` and :func:`add_addendum` apply the rule
the same way to all three. Storage details (how clinical text is kept) stay with the kind.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from sqlalchemy.orm import Session

from lk3_desktop.core.errors import PermissionDenied, RecordLocked, ValidationError
from lk3_desktop.core.roles import Role
from lk3_desktop.db.models import Case
from lk3_desktop.db.models.signed import CoSignedRecord, SignedRecord
from lk3_desktop.services import accounts
from lk3_desktop.services.context import UserSession

R = TypeVar("R", bound=SignedRecord)
T = TypeVar("T")


@dataclass(frozen=True)
class AddendumInfo:
    """An addendum under a signed record: its own author and time, never changed."""

    id: int
    author_id: int | None
    author_name: str
    written_at: datetime.datetime
    text: str


def _nothing(_s: Session, _session: UserSession, _row: Any) -> None:
    return None


def _anyone_with_access(_session: UserSession, _row: Any) -> None:
    return None


@dataclass(frozen=True)
class SignedKind(Generic[R]):
    """How one kind of record takes part in the rule.

    ``name`` starts its audit actions (``<name>.signed``, ``<name>.addendum_added``,
    ``<name>.cosigned``) and ``entity`` is the audited entity type. ``load`` finds the row
    and its case with the checks of a writer (a ValidationError when it does not exist);
    ``may_edit`` adds who may change a draft (the note's author only). ``ready`` raises
    when a draft is not complete enough to sign; ``seal`` writes what signing fixes in the
    row (a content hash, the final score) and returns the audit details; ``after_signed``
    runs after the audit entry (risk flags). ``clean_addendum`` checks an addendum's text
    and ``new_addendum`` makes its row.
    """

    name: str
    entity: str
    load: Callable[[Session, UserSession, int], tuple[R, Case]]
    seal: Callable[[Session, UserSession, R, Case], dict[str, Any] | None]
    clean_addendum: Callable[[str], str]
    new_addendum: Callable[[R, int, datetime.datetime, str], Any]
    addendum_field: str
    draft_has_no_addenda: str  # the code of the sentence when a draft is given an addendum
    may_edit: Callable[[UserSession, R], None] = _anyone_with_access
    ready: Callable[[Session, UserSession, R], None] = _nothing
    after_signed: Callable[[Session, UserSession, R], None] = _nothing
    locked_code: str = "signed"


def now() -> datetime.datetime:
    """The time a signature or an addendum is written with (whole seconds)."""
    return datetime.datetime.now().replace(microsecond=0)


def require_draft(row: SignedRecord, code: str = "signed") -> None:
    """RecordLocked once ``row`` is signed: nobody changes a signed record."""
    if row.signed_at is not None:
        raise RecordLocked(code)


def sign(
    session: UserSession,
    kind: SignedKind[R],
    record_id: int,
    password: str,
    result: Callable[[Session, R, Case], T],
) -> T:
    """The author signs a draft after re-entering the password; it is locked from then on.

    Who may and whether it is ready are checked before the (slow) password check and again
    in the transaction that signs, so nothing that changed meanwhile is signed unseen.
    """
    with session.store.transaction() as s:
        row, _case = kind.load(s, session, record_id)
        _check_signable(s, session, kind, row)
    accounts.verify_password(session, password)  # WrongPassword; outside any transaction
    with session.store.transaction() as s:
        row, case = kind.load(s, session, record_id)
        _check_signable(s, session, kind, row)
        row.signed_by = session.actor.user_id
        row.signed_at = now()
        details = kind.seal(s, session, row, case)
        s.flush()
        session.audit(s, f"{kind.name}.signed", kind.entity, row.id, details)
        kind.after_signed(s, session, row)
        return result(s, row, case)


def _check_signable(s: Session, session: UserSession, kind: SignedKind[R], row: R) -> None:
    require_draft(row, kind.locked_code)
    kind.may_edit(session, row)
    kind.ready(s, session, row)


def cosign(
    session: UserSession,
    kind: SignedKind[Any],
    record_id: int,
    password: str,
    result: Callable[[Session, Any, Case], T],
) -> T:
    """The head co-signs someone else's signed record after re-entering the password."""
    if session.actor.role is not Role.KEPALA:
        raise PermissionDenied("cosign")
    with session.store.transaction() as s:
        row, _case = kind.load(s, session, record_id)
        _check_cosign(session, row)
    accounts.verify_password(session, password)
    with session.store.transaction() as s:
        row, case = kind.load(s, session, record_id)
        _check_cosign(session, row)
        row.cosigned_at = now()
        row.cosigned_by = session.actor.user_id
        s.flush()
        session.audit(s, f"{kind.name}.cosigned", kind.entity, row.id)
        return result(s, row, case)


def _check_cosign(session: UserSession, row: CoSignedRecord) -> None:
    if row.signed_at is None:
        raise ValidationError("signing.cosign_unsigned")
    if row.cosigned_at is not None:
        raise ValidationError("signing.cosign_twice")
    if row.signed_by == session.actor.user_id:
        raise ValidationError("signing.cosign_own")


def add_addendum(
    session: UserSession,
    kind: SignedKind[R],
    record_id: int,
    text: str,
    result: Callable[[Session, R, Case, AddendumInfo], T],
) -> T:
    """Add a correction under a signed record (head or assigned counselor): its own author
    and time, final once added. A draft is changed directly instead."""
    with session.store.transaction() as s:
        row, case = kind.load(s, session, record_id)
        body = kind.clean_addendum(text)
        if row.signed_at is None:
            raise ValidationError(kind.draft_has_no_addenda, kind.addendum_field)
        if not body:
            raise ValidationError("signing.addendum_empty", kind.addendum_field)
        written_at = now()
        addendum = kind.new_addendum(row, session.actor.user_id, written_at, body)
        s.add(addendum)
        s.flush()
        session.audit(
            s, f"{kind.name}.addendum_added", kind.entity, row.id, {"addendum": addendum.id}
        )
        info = AddendumInfo(
            addendum.id, session.actor.user_id, session.actor.full_name, written_at, body
        )
        return result(s, row, case, info)
