"""Accounts, sign-in, locking and the database key: setup, login, users, rotation.

Every function returns plain data; every change writes one audit row in its transaction.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from lk3_desktop.core import limits
from lk3_desktop.core.errors import (
    NotAnLk3Database,
    NotCertified,
    PermissionDenied,
    SessionRevoked,
    ValidationError,
    WrongRecoveryCode,
)
from lk3_desktop.core.recovery_code import (
    RecoveryCodeError,
    decode_recovery_code,
    encode_recovery_code,
)
from lk3_desktop.core.roles import Permission, Role
from lk3_desktop.core.text_input import bounded
from lk3_desktop.db import audit, pending_events, restore_swap
from lk3_desktop.db.checkpoints import Signer, Watermark
from lk3_desktop.db.models import CenterProfile, User
from lk3_desktop.db.pause_points import pause_point
from lk3_desktop.db.person_keys import PrivateKeys
from lk3_desktop.db.store import (
    FolderState,
    OpenStore,
    create_store,
    discard_new_database,
    discard_unfinished_setup,
    finish_setup,
    folder_state,
    open_store,
    require_data_folder,
)
from lk3_desktop.db.vault import KeyFile, Unlocked, Vault
from lk3_desktop.db.workstation import CredentialStore
from lk3_desktop.services import key_rotation, office_keys, recovery_card, sign_in
from lk3_desktop.services.context import Actor, UserSession, check_account
from lk3_desktop.services.password_words import (
    office_words_of,
    stored_office_words,
    validate_new_password,
)

USERNAME_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{2,31}$")
NIP_RE = re.compile(r"^\d{18}$")


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


# -- data at the boundary ----------------------------------------------------------------------


@dataclass(frozen=True)
class CenterInput:
    name: str
    center_code: str = ""
    address: str = ""
    province_code: str | None = None
    regency_code: str | None = None
    phone: str = ""
    email: str = ""
    head_name: str = ""
    head_nip: str | None = None
    logo: bytes | None = None
    logo_mime: str | None = None


@dataclass(frozen=True)
class NewAccount:
    username: str
    full_name: str
    password: str
    nip: str | None = None


@dataclass(frozen=True)
class UserInfo:
    id: int
    username: str
    full_name: str
    role: Role
    active: bool
    must_change_password: bool
    nip: str | None
    last_login_at: datetime | None
    has_slot: bool

    @classmethod
    def from_user(cls, user: User, slot_ids: set[str]) -> UserInfo:
        return cls(
            user.id,
            user.username,
            user.full_name,
            Role(user.role),
            user.active,
            user.must_change_password,
            user.nip,
            user.last_login_at,
            user.slot_id in slot_ids,
        )


@dataclass(frozen=True)
class ProtectionMode:
    """How the database key is protected on this computer (shown in Settings and About)."""

    workstation_secret: bool
    description: str  # Indonesian, one line

    @classmethod
    def of(cls, key_file: KeyFile) -> ProtectionMode:
        if key_file.workstation_mode == "keyring":
            return cls(True, "Terenkripsi · kunci perangkat")
        return cls(False, "Terenkripsi · kata sandi saja (tanpa penyimpanan kunci sistem)")


@dataclass(frozen=True)
class InitResult:
    session: UserSession
    recovery_code: str = field(repr=False)  # the database key itself, written another way
    # The office recovery key (opens every case), the card's second code.
    recovery_key_code: str = field(default="", repr=False)

    @property
    def root_fingerprint(self) -> str | None:
        """The office root's fingerprint, pinned in lk3.keys and printed on the card."""
        return self.session.store.key_file.root


@dataclass
class LockedSession:
    """What remains while locked: who was signed in, and where. No key, no engine."""

    folder: Path
    vault: Vault
    actor: Actor


@dataclass
class RecoveredStore:
    """The database opened with the recovery card; a head must set a new password next.

    ``recovery_keys``: the office recovery key from the card's second code, which certifies
    the head's new keys and opens every case for them (an office with keys needs it)."""

    store: OpenStore
    heads: list[UserInfo]
    office_words: tuple[str, ...] = ()  # for judging the new password (see password_words)
    recovery_keys: PrivateKeys | None = field(default=None, repr=False)


# -- validation -----------------------------------------------------------------------------


def validate_username(username: str) -> str:
    name = username.strip().lower()
    if not USERNAME_RE.match(name):
        raise ValidationError(
            "account.username_invalid",
            "username",
        )
    return name


def validate_full_name(full_name: str) -> str:
    name = bounded(full_name, limits.PERSON_NAME, "full_name")
    if len(name) < 2:
        raise ValidationError("client.name_required", "full_name")
    return name


def validate_nip(nip: str | None) -> str | None:
    if nip is None or not nip.strip():
        return None
    digits = nip.replace(" ", "")
    if not NIP_RE.match(digits):
        raise ValidationError("account.nip_invalid", "nip")
    return digits


# -- setup ----------------------------------------------------------------------------------


def initialize(
    folder: Path,
    credential_store: CredentialStore,
    center: CenterInput,
    head: NewAccount,
    *,
    vault: Vault | None = None,
    demo: bool = False,
    finish: bool = True,
) -> InitResult:
    """Create a new encrypted database in ``folder`` with the center profile and the head.

    Returns the signed-in head and the recovery code to print on the card. A setup that was
    interrupted earlier in ``folder`` (it holds no data) is removed first: this starts it
    again. The folder reads as an unfinished setup until the end; with ``finish=False`` it
    stays so until the caller (a demo build) calls ``finish_setup`` itself.
    """
    if not center.name.strip():
        raise ValidationError("center.name_required", "center_name")
    center_name = bounded(center.name, limits.CENTER_NAME, "center_name")
    logo_mime = limits.check_image(center.logo, "logo") if center.logo else None
    username = validate_username(head.username)
    full_name = validate_full_name(head.full_name)
    nip = validate_nip(head.nip or center.head_nip)
    words = office_words_of(center.name, center.province_code, center.regency_code)
    validate_new_password(head.password, [username, full_name, *words])
    state = folder_state(folder)
    if state is FolderState.SETUP_UNFINISHED:
        discard_unfinished_setup(folder, credential_store)
    elif state is not FolderState.EMPTY:
        raise ValidationError("setup.folder_has_database", "data_dir")
    vault = vault or Vault(folder, credential_store)
    store = create_store(folder, vault, "demo" if demo else "setup")
    try:
        pause_point("setup.database_created")
        secret = vault.workstation_secret(store.key_file)
        head_keys = PrivateKeys.generate()
        now = _now()
        with store.transaction() as s:
            profile = CenterProfile(
                id=1,
                name=center_name,
                center_code=center.center_code.strip().upper(),
                address=center.address.strip(),
                province_code=center.province_code,
                regency_code=center.regency_code,
                phone=center.phone.strip(),
                email=center.email.strip(),
                head_name=center.head_name.strip() or full_name,
                head_nip=nip,
                logo=center.logo,
                logo_mime=logo_mime,
                database_id=store.database_id,
                is_demo=demo,
                created_at=now,
                updated_at=now,
            )
            s.add(profile)
            user = User(
                username=username,
                full_name=full_name,
                role=Role.KEPALA.value,
                nip=nip,
                active=True,
                must_change_password=False,
                created_at=now,
                last_login_at=now,
                password_changed_at=now,
            )
            s.add(user)
            s.flush()
            office = office_keys.new_office(s, store.database_id, user, head_keys)
            vault.remember_card(store.key(), office.recovery_seed)
            slot = vault.seal_slot(
                store.key_file,
                username,
                head.password,
                head_keys,
                user.id,
                store.key(),
                secret,
                root=office.root.fingerprint,
            )
            store.key_file.root = office.root.fingerprint
            user.slot_id = slot.slot_id
            store.signer = Signer(head_keys, user.id, office.root.serial, store.database_id)
            audit.append(
                s,
                None,
                "database.created",
                "center_profile",
                1,
                {"protection": store.key_file.workstation_mode, "demo": demo},
            )
            audit.append(s, user.id, "user.created", "user", user.id, {"role": user.role})
            audit.append(s, user.id, "login.success", "user", user.id, {"method": "setup"})
            s.info[audit.CHECKPOINT_REASON] = "signin"
            actor = Actor.from_user(user, Role.KEPALA)
        with store.transaction() as s:
            context = office_keys.verify_sign_in(
                s, store, _unlocked_for_setup(store, slot.slot_id, head_keys, user.id), user
            )
        assert context is not None
        office_keys.install(store, context)
        if context.chain.latest is not None:
            latest = context.chain.latest
            slot.watermark = Watermark.make(
                head_keys,
                store.database_id,
                slot.slot_id,
                user.id,
                latest.entry_id,
                latest.entry_hash,
            ).to_json()
        # The key file is written only now, holding the head's slot: a key file without
        # slots would open for nobody and read as "wrong password".
        vault.save(store.key_file)
        pause_point("setup.key_file_saved")
        if finish:
            finish_setup(folder)
    except BaseException:
        store.close()
        # Nothing half-made stays behind, so setup can simply be tried again.
        discard_new_database(folder, vault, store.key_file)
        raise
    return InitResult(
        UserSession(store, actor, context),
        encode_recovery_code(store.key()),
        office.recovery_key_code,
    )


def _unlocked_for_setup(
    store: OpenStore, slot_id: str, keys: PrivateKeys, user_id: int
) -> Unlocked:
    return Unlocked(store.key(), slot_id, None, keys, user_id, store.key_file.root)


# -- sign-in --------------------------------------------------------------------------------


def login(
    folder: Path,
    credential_store: CredentialStore,
    username: str,
    password: str,
    *,
    vault: Vault | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> UserSession:
    """Unlock the database with ``username``'s password and sign them in. ``progress``
    watches the sealing of an office's older clinical content at a head's sign-in (see
    services/content_sealing), when there is any.

    Known errors: DataFolderMissing, NotAnLk3Database, LoginThrottled, UnknownUser,
    WrongPassword, WorkstationSecretMissing, CredentialStoreUnavailable, AccountInactive,
    SchemaTooNew.
    """
    require_data_folder(folder)
    vault = vault or Vault(folder, credential_store)
    unlocked = vault.unlock(username, password)
    key_file = vault.load()
    keys = [unlocked.db_key] + ([unlocked.db_key_next] if unlocked.db_key_next else [])
    store = sign_in.open_with_next_key(folder, vault, key_file, keys)
    name = username.strip().lower()

    def find(s: Session) -> User | None:
        return s.execute(select(User).where(User.username == name)).scalar_one_or_none()

    method = {"method": "password"}
    return sign_in.sign_in(store, unlocked, find, "login.success", method, progress)


def logout(session: UserSession) -> None:
    """Record the sign-out and close the database (also for an account stopped meanwhile;
    when its deactivation rotated the database key away from it, the sign-out waits beside
    the database for the next sign-in to write)."""
    try:
        with session.store.transaction(guarded=False) as s:
            session.audit(s, "logout", "user", session.actor.user_id)
            s.info[audit.CHECKPOINT_REASON] = "signout"
    except SessionRevoked:
        pending_events.record(
            session.store.folder,
            "logout",
            "user",
            str(session.actor.user_id),
            {"revoked": True},
            audit.utc_now_iso(),
        )
    session.store.close()


def lock(session: UserSession, reason: str = "manual") -> LockedSession:
    """Hide everything: audit the lock, close the engine, forget the database key."""
    with session.store.transaction(guarded=False) as s:
        session.audit(s, "session.locked", "user", session.actor.user_id, {"reason": reason})
        s.info[audit.CHECKPOINT_REASON] = "lock"
    store = session.store
    store.close()
    return LockedSession(store.folder, store.vault, session.actor)


def unlock(locked: LockedSession, password: str) -> UserSession:
    """Reopen after a lock; only the person who was signed in can unlock."""
    vault = locked.vault
    unlocked = vault.unlock(locked.actor.username, password)
    key_file = vault.load()
    keys = [unlocked.db_key] + ([unlocked.db_key_next] if unlocked.db_key_next else [])
    store = sign_in.open_with_next_key(locked.folder, vault, key_file, keys)
    user_id = locked.actor.user_id
    return sign_in.sign_in(
        store, unlocked, lambda s: s.get(User, user_id), "session.unlocked", None
    )


def recovery_unlock(
    folder: Path,
    credential_store: CredentialStore,
    code: str,
    *,
    vault: Vault | None = None,
    office_code: str | None = None,
) -> RecoveredStore:
    """Open the database with the recovery card code (and, for an office with keys per
    person, the card's second code: the office recovery key).

    Checksums are verified before any decryption is tried (WrongRecoveryCode). The caller
    then lets a head set a new password with :func:`complete_recovery`.
    """
    require_data_folder(folder)
    try:
        key = decode_recovery_code(code)
        recovery_keys = PrivateKeys(decode_recovery_code(office_code)) if office_code else None
    except RecoveryCodeError as exc:
        raise WrongRecoveryCode(exc.reason) from exc
    vault = vault or Vault(folder, credential_store)
    vault.sign_in_with_card(key, recovery_keys.seed() if recovery_keys is not None else None)
    try:
        key_file = vault.load()
    except NotAnLk3Database:
        # The key file is lost: the card alone still opens the database.
        key_file = None
    try:
        if key_file is None:
            store = open_store(folder, vault, KeyFile("", "none"), key)
            with store.transaction() as s:
                profile = s.get(CenterProfile, 1)
                database_id = profile.database_id if profile else ""
            store.key_file = KeyFile(database_id, "none")
        else:
            store = open_store(folder, vault, key_file, key)
    except NotAnLk3Database as exc:
        raise WrongRecoveryCode("key") from exc
    try:
        # Written into the chain by the sign-in that follows (signed), like a restore.
        pending_events.record(
            folder, "login.recovery_code", "database", store.database_id, {}, audit.utc_now_iso()
        )
        with store.transaction() as s:
            slot_ids = {slot.slot_id for slot in store.key_file.slots}
            heads = [
                UserInfo.from_user(u, slot_ids)
                for u in s.execute(
                    select(User).where(User.role == Role.KEPALA.value, User.active.is_(True))
                ).scalars()
            ]
            words = tuple(stored_office_words(s))
    except BaseException:
        store.close()
        raise
    return RecoveredStore(store, heads, words, recovery_keys)


def complete_recovery(recovered: RecoveredStore, user_id: int, new_password: str) -> UserSession:
    """Give the chosen head a new password (new slot, this computer's secret) and sign in.

    In an office with keys per person the head also gets new keys, certified by the office
    recovery key, and every case key the recovery key holds is sealed to them again. An
    office without keys yet gets them now, with this head's certificate as its root.
    """
    store = recovered.store
    vault = store.vault
    with store.transaction() as s:
        user = s.get(User, user_id)
        if user is None or user.role != Role.KEPALA.value or not user.active:
            raise PermissionDenied("recovery is for an active head")
        validate_new_password(
            new_password, [user.username, user.full_name, *stored_office_words(s)]
        )
        has_keys = office_keys.office_has_keys(s, store.key_file)
        username = user.username
    secret = vault.ensure_workstation_secret(store.key_file)

    def seal_head(key_file: KeyFile, keys: PrivateKeys, root: str) -> str:
        slot = vault.seal_slot(
            key_file, username, new_password, keys, user_id, store.key(), secret, root=root
        )
        return slot.slot_id

    if has_keys:
        if recovered.recovery_keys is None:
            raise ValidationError("recovery.office_code_needed", "office_code")
        context = office_keys.recover_head(store, recovered.recovery_keys, user_id, seal_head)
    else:
        context, _office = office_keys.upgrade_office(store, vault, user_id, seal_head)
    with store.transaction() as s:
        user = s.get(User, user_id)
        assert user is not None
        user.slot_id = context.slot_id
        user.must_change_password = False
        user.password_changed_at = _now()
        user.last_login_at = _now()
        sign_in.flush_failed_attempts(s, store)
        audit.append(
            s,
            user.id,
            "user.password_reset_by_recovery",
            "user",
            user.id,
            {"protection": store.key_file.workstation_mode},
        )
        audit.append(s, user.id, "login.success", "user", user.id, {"method": "recovery_code"})
        recovery_card.settle_at_sign_in(s, store.key(), store.database_id, user.id)
        restore_swap.audit_pending_restore(s, store.folder, store.database_id)
        s.info[audit.CHECKPOINT_REASON] = "signin"
        actor = Actor.from_user(user, context.role)
    restore_swap.forget_note(store.folder)
    # On a server the card's own login opened it: the head goes on as themselves.
    store.sign_in_again(username, new_password)
    return UserSession(store, actor, context)


# -- own password ---------------------------------------------------------------------------


def change_password(session: UserSession, old_password: str, new_password: str) -> UserSession:
    """Seal the actor's keys under a new password; the database key stays the same."""
    store = session.store
    vault = store.vault
    username = session.actor.username
    # Proves the old password (and throttles guesses); gives the keys to seal again.
    unlocked = vault.unlock(username, old_password)
    with store.transaction(guarded=False) as s:
        check_account(
            s,
            session.actor,
            changing_password=True,
            cert_serial=session.keys.cert.serial if session.keys is not None else None,
        )
        user = s.get(User, session.actor.user_id)
        assert user is not None
        validate_new_password(
            new_password, [user.username, user.full_name, *stored_office_words(s)]
        )
        if new_password == old_password:
            raise ValidationError("password.same_as_old", "password")
        key_file = vault.load()
        secret = vault.workstation_secret(key_file)
        if unlocked.keys is not None and unlocked.user_id is not None:
            vault.seal_slot(
                key_file,
                username,
                new_password,
                unlocked.keys,
                unlocked.user_id,
                store.key(),
                secret,
                root=unlocked.root,
            )
        else:
            assert unlocked.user_key is not None
            vault.seal_legacy_slot(key_file, username, new_password, unlocked.user_key, secret)
        user.must_change_password = False
        user.password_changed_at = _now()
        session.audit(s, "user.password_changed", "user", user.id)
        vault.save(key_file)
        store.key_file = key_file
    return replace(session, actor=replace(session.actor, must_change_password=False))


def verify_password(session: UserSession, password: str) -> None:
    """Re-entry check before a sensitive act (signing, key rotation). WrongPassword if not."""
    session.store.vault.unlock(session.actor.username, password)


# -- managing users (kepala) ----------------------------------------------------------------


def list_users(session: UserSession) -> list[UserInfo]:
    """Every account, for the head's user management page."""
    session.require(Permission.MANAGE_USERS)
    slot_ids = {slot.slot_id for slot in session.store.vault.load().slots}
    with session.store.transaction() as s:
        users = s.execute(select(User).order_by(User.active.desc(), User.full_name)).scalars()
        return [UserInfo.from_user(u, slot_ids) for u in users]


def create_user(
    session: UserSession,
    username: str,
    full_name: str,
    role: Role,
    nip: str | None = None,
    *,
    password: str | None = None,
) -> tuple[UserInfo, str]:
    """Add an account. Without ``password`` it gets a temporary password that must be
    changed at first sign-in; returns the account and the password it now has."""
    session.require(Permission.MANAGE_USERS)
    username = validate_username(username)
    full_name = validate_full_name(full_name)
    nip = validate_nip(nip)
    with session.store.transaction() as s:
        if password is not None:
            validate_new_password(password, [username, full_name, *stored_office_words(s)])
        if s.execute(select(User.id).where(User.username == username)).first():
            raise ValidationError("account.username_taken", "username")
        user = User(
            username=username,
            full_name=full_name,
            role=Role(role).value,
            nip=nip,
            active=True,
            must_change_password=True,
            created_at=_now(),
            created_by=session.actor.user_id,
        )
        s.add(user)
        s.flush()
        temp = office_keys.issue_slot(session, s, user, password)
        session.audit(s, "user.created", "user", user.id, {"role": user.role})
        info = UserInfo.from_user(user, {user.slot_id or ""})
    return info, temp


def reset_password(session: UserSession, user_id: int) -> str:
    """A new temporary password for ``user_id`` (their old password stops working)."""
    session.require(Permission.MANAGE_USERS)
    with session.store.transaction() as s:
        user = s.get(User, user_id)
        if user is None:
            raise ValidationError("account.not_found")
        if not user.active:
            raise ValidationError("account.reactivate_first")
        temp = office_keys.issue_slot(session, s, user)
        session.audit(s, "user.password_reset", "user", user.id)
    return temp


def deactivate_user(session: UserSession, user_id: int, password: str) -> str:
    """Stop an account and revoke what it held: its key slot, its certificate and every key
    sealed to it (their cases') go, then the database key is rotated, so a copy of the key file
    they kept no longer opens the database. ``password`` is the head's own (checked before
    anything changes). Returns the new recovery code: the old card stops working (backups
    made before still open with the old card and the old key file). Records and the audit
    trail stay."""
    session.require(Permission.MANAGE_USERS)
    session.require(Permission.ROTATE_DATABASE_KEY)
    if user_id == session.actor.user_id:
        raise ValidationError("account.deactivate_self")
    verify_password(session, password)
    vault = session.store.vault
    with session.store.transaction() as s:
        user = s.get(User, user_id)
        if user is None or not user.active:
            raise ValidationError("account.not_found_or_inactive")
        if user.role == Role.KEPALA.value:
            others = s.execute(
                select(User.id).where(
                    User.role == Role.KEPALA.value, User.active.is_(True), User.id != user.id
                )
            ).first()
            if others is None:
                raise ValidationError("account.last_head")
        user.active = False
        user.deactivated_at = _now()
        dropped = 0
        if session.keys is not None:
            dropped = office_keys.revoke_person(s, session.keys, user.id, "deactivated")
        key_file = vault.load()
        vault.remove_slot(key_file, user.username)
        session.audit(s, "user.deactivated", "user", user.id, {"key_seals_removed": dropped})
        vault.save(key_file)
        session.store.key_file = key_file
    return key_rotation.rotate(session)


def change_role(session: UserSession, user_id: int, role: Role) -> UserInfo:
    """Give ``user_id`` another role: a new certificate for their keys, signed by the head,
    and the old one revoked (an open session of theirs stops; they sign in again)."""
    session.require(Permission.MANAGE_USERS)
    context = session.keys
    if context is None:
        raise NotCertified("the head has no keys in this office yet")
    role = Role(role)
    with session.store.transaction() as s:
        user = s.get(User, user_id)
        if user is None or not user.active:
            raise ValidationError("account.not_found_or_inactive")
        if user.role == role.value:
            raise ValidationError("account.role_unchanged")
        if user.role == Role.KEPALA.value and not _another_head(s, user.id):
            raise ValidationError("account.last_head")
        before = user.role
        user.role = role.value
        office_keys.recertify(s, context, session.store.database_id, user)
        session.audit(s, "user.role_changed", "user", user.id, {"from": before, "to": role.value})
        slot_ids = {slot.slot_id for slot in session.store.vault.load().slots}
        return UserInfo.from_user(user, slot_ids)


def _another_head(s: Session, user_id: int) -> bool:
    return (
        s.execute(
            select(User.id).where(
                User.role == Role.KEPALA.value, User.active.is_(True), User.id != user_id
            )
        ).first()
        is not None
    )


def reactivate_user(session: UserSession, user_id: int) -> str:
    """Allow an account again; returns its new temporary password."""
    session.require(Permission.MANAGE_USERS)
    with session.store.transaction() as s:
        user = s.get(User, user_id)
        if user is None or user.active:
            raise ValidationError("account.not_found_or_active")
        user.active = True
        user.deactivated_at = None
        temp = office_keys.issue_slot(session, s, user)
        session.audit(s, "user.reactivated", "user", user.id)
    return temp


# -- database key ---------------------------------------------------------------------------


def recovery_code(session: UserSession, password: str) -> str:
    """The current recovery code, for printing the card again (head, password re-entered)."""
    session.require(Permission.ROTATE_DATABASE_KEY)
    verify_password(session, password)
    with session.store.transaction() as s:
        session.audit(s, "recovery_card.shown", "database", session.store.database_id)
    return encode_recovery_code(session.store.key())


def rotate_database_key(session: UserSession, password: str) -> str:
    """Re-encrypt the database under a new random key (``PRAGMA rekey``).

    The new key is staged in every slot first, so a crash at any point leaves a database that
    every user can still open. Returns the new recovery code; the old card stops working.
    Until the head saves or prints the new card (:func:`recovery_card.card_kept`) the card is
    pending, and every sign-in of a head puts it first; a rotation cut short after the
    re-encryption is completed (and audited) at the next sign-in.
    """
    session.require(Permission.ROTATE_DATABASE_KEY)
    verify_password(session, password)
    return key_rotation.rotate(session)


def protection_mode(session: UserSession) -> ProtectionMode:
    return ProtectionMode.of(session.store.key_file)
