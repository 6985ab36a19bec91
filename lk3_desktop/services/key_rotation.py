"""Changing the database key (``PRAGMA rekey``) so every active person keeps opening it.

The new key is staged in every slot first, so a crash at any point leaves a database that
every user can still open; the recovery card is due until the head keeps the new one. On an
office server the same change is one transaction (:func:`_rotate_on_server`).
"""

from __future__ import annotations

import secrets

from sqlalchemy import select

from lk3_desktop.core.errors import NotCertified
from lk3_desktop.core.recovery_code import encode_recovery_code
from lk3_desktop.db.engine import connect_raw, raw_key_pragma
from lk3_desktop.db.models import User
from lk3_desktop.db.pause_points import pause_point
from lk3_desktop.services import office_keys, recovery_card
from lk3_desktop.services.context import UserSession


def rotate(session: UserSession) -> str:
    """Re-encrypt the database under a new random key, staged in every slot of an active,
    certified person first (see accounts.rotate_database_key, which checks the head's
    password; deactivation rotates too). Returns the new recovery code."""
    if session.store.on_server:
        return _rotate_on_server(session)
    store = session.store
    vault = store.vault
    new_key = secrets.token_bytes(32)
    with store.transaction() as s:
        active = list(s.execute(select(User).where(User.active.is_(True))).scalars())
        # Slots of people with keys get the new key sealed to their certified public key;
        # user keys in the database serve only an office not upgraded yet.
        user_keys = {u.slot_id: u.user_key for u in active if u.slot_id and u.user_key}
        recipients = (
            office_keys.rotation_recipients(session.keys, {u.id for u in active})
            if session.keys is not None
            else {}
        )
        session.audit(s, "database.key_rotation_started", "database", store.database_id)
        recovery_card.rotation_started(s, new_key, session.actor.user_id)
    key_file = vault.load()
    vault.stage_next_db_key(key_file, new_key, recipients, user_keys)
    vault.save(key_file)
    pause_point("rotation.staged")
    old_key = store.key()
    store.engine.dispose()
    conn = connect_raw(store.db_path, old_key)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute(raw_key_pragma(new_key).replace("PRAGMA key", "PRAGMA rekey", 1))
    finally:
        conn.close()
    pause_point("rotation.rekeyed")
    store.replace_key(new_key)
    with store.transaction() as s:
        recovery_card.rotation_done(
            s, new_key, store.database_id, session.actor.user_id, "rotation"
        )
    pause_point("rotation.audited")
    vault.promote_next_db_key(key_file)
    vault.save(key_file)
    store.key_file = key_file
    return encode_recovery_code(new_key)


def _rotate_on_server(session: UserSession) -> str:
    """On an office server the database key encrypts no file: it is what every slot holds,
    what backups are encrypted under, and with the office recovery key it makes the password
    of the recovery card's login. So a rotation there is one transaction: the new key sealed
    into every slot of an active, certified person (the others' slots and logins go), the
    card's login given the new card's password, the card due; all of it commits or none."""
    store = session.store
    vault = store.vault
    if session.keys is None:
        raise NotCertified("the head has no keys in this office")
    new_key = secrets.token_bytes(32)
    with store.transaction() as s:
        seed = office_keys.recovery_seed(s, session.keys, store.database_id)
        if seed is None:
            raise NotCertified("the office recovery key is not sealed to this head")
        active = {u.id for u in s.execute(select(User).where(User.active.is_(True))).scalars()}
        recipients = office_keys.rotation_recipients(session.keys, active)
        session.audit(s, "database.key_rotation_started", "database", store.database_id)
        recovery_card.rotation_started(s, new_key, session.actor.user_id)
        key_file = vault.load()
        vault.stage_next_db_key(key_file, new_key, recipients)
        vault.promote_next_db_key(key_file)
        vault.remember_card(new_key, seed)
        vault.save(key_file)
        recovery_card.rotation_done(
            s, new_key, store.database_id, session.actor.user_id, "rotation"
        )
    store.replace_key(new_key)
    store.key_file = key_file
    return encode_recovery_code(new_key)
