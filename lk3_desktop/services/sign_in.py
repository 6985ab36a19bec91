"""Signing in, once a slot opened the database: the account, its verified certificate (its
role), the audit chain since the person's watermark, the failed attempts and other entries
that waited for a sign-in, the sign-in entry signed with the person's key. An office made
before keys per person is upgraded when its head signs in. Used by ``accounts.login`` and
``accounts.unlock``."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from sqlalchemy.orm import Session, configure_mappers

from lk3_desktop.core.errors import AccountInactive, KnownError, NotAnLk3Database
from lk3_desktop.core.roles import Role
from lk3_desktop.db import audit, pending_events, restore_swap
from lk3_desktop.db.models import User
from lk3_desktop.db.store import OpenStore, open_store
from lk3_desktop.db.vault import KeyFile, Unlocked, Vault
from lk3_desktop.services import content_sealing, office_keys, recovery_card
from lk3_desktop.services.context import Actor, UserSession


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


def prepare() -> None:
    """Configure the models' mappers now (SQLAlchemy does it at the first query otherwise:
    some 30 ms of the sign-in after Argon2id) and import the cryptography backend a person's
    keys open with (imported at their first use otherwise). The preload calls this while the
    password is typed (benchmarks: sign_in)."""
    import cryptography.hazmat.backends.openssl  # noqa: F401

    configure_mappers()


def flush_failed_attempts(s: Session, store: OpenStore) -> None:
    """Write the failed unlocks recorded outside the database into the audit log (in the
    sign-in's transaction, after the chain was verified, so the sign-in signs them)."""
    pending = store.vault.attempts.take_pending()
    for item in pending:
        audit.append(
            s,
            None,
            "login.failed",
            "slot_lookup",
            item["lookup"],
            {"reason": item["reason"], "failed_at": item["at"]},
        )
    for event in pending_events.take(store.folder):
        audit.append(
            s,
            None,
            event["action"],
            event.get("entity_type"),
            event.get("entity_id"),
            {**dict(event.get("detail") or {}), "happened_at": event.get("at")},
        )


def open_with_next_key(
    folder: Path, vault: Vault, key_file: KeyFile, keys: list[bytes]
) -> OpenStore:
    last_error: KnownError | None = None
    for key in keys:
        try:
            store = open_store(folder, vault, key_file, key)
        except NotAnLk3Database as exc:
            last_error = exc
            continue
        if len(keys) > 1:
            # A rotation was interrupted after staging: finish the key file now.
            if key == keys[-1]:
                vault.promote_next_db_key(key_file)
            else:
                for slot in key_file.slots:
                    slot.wrapped_db_key_next = None
            vault.save(key_file)
        return store
    assert last_error is not None
    raise last_error


def sign_in(
    store: OpenStore,
    unlocked: Unlocked,
    find_user: Callable[[Session], User | None],
    action: str,
    detail: dict[str, str] | None,
    progress: Callable[[int, int], None] | None = None,
) -> UserSession:
    """The part every way in shares, once the slot opened the database: the account, its
    verified certificate (its role), the audit chain since the person's watermark, the
    sign-in entry signed with their key; an office without keys is upgraded when its head
    signs in, and one whose clinical content is not (all) sealed under case keys yet is
    sealed then, a batch at a time, watched by ``progress(done, total)`` when given."""
    try:
        with store.transaction() as s:
            user = find_user(s)
            if user is None or user.slot_id != unlocked.slot_id:
                raise NotAnLk3Database("slot without user")
            if not user.active:
                audit.append(s, user.id, "login.refused", "user", user.id, {"reason": "inactive"})
                raise AccountInactive()
            context = office_keys.verify_sign_in(s, store, unlocked, user)
            if context is not None:
                office_keys.install(store, context)
            flush_failed_attempts(s, store)
            user.last_login_at = _now()
            audit.append(s, user.id, action, "user", user.id, detail)
            recovery_card.settle_at_sign_in(s, store.key(), store.database_id, user.id)
            restore_swap.audit_pending_restore(s, store.folder, store.database_id)
            if context is not None:
                office_keys.record_problems(s, context)
            s.info[audit.CHECKPOINT_REASON] = "signin"
            office_keys.finish_sign_in(s, store, unlocked)
            actor = Actor.from_user(user, context.role if context is not None else None)
        if context is None and actor.role is Role.KEPALA and unlocked.user_key is not None:
            # The first sign-in of a head in an office made before keys per person.
            seal_head = office_keys.seal_head_from_legacy_slot(store.vault, unlocked, actor.user_id)
            context, _office = office_keys.upgrade_office(
                store, store.vault, actor.user_id, seal_head, progress
            )
        elif context is not None:
            content_sealing.seal_content_if_due(store, context, progress)
        if context is not None and actor.role is Role.KEPALA:
            office_keys.card_login_if_missing(store, context)
    except BaseException:
        store.close()
        raise
    restore_swap.forget_note(store.folder)
    return UserSession(store, actor, context)
