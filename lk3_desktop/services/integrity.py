"""What ``lk3-desktop check`` verifies: the key opens the file, SQLCipher and SQLite
integrity, the schema revision, and the audit chain. Read-only: nothing is migrated."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, inspect, select
from sqlalchemy.orm import Session

from lk3_desktop.core.errors import (
    KnownError,
    NotAnLk3Database,
    SchemaTooNew,
    WrongRecoveryCode,
)
from lk3_desktop.core.recovery_code import RecoveryCodeError, decode_recovery_code
from lk3_desktop.db import audit, certificates, checkpoints
from lk3_desktop.db.checkpoints import Watermark
from lk3_desktop.db.engine import check_readable, connect_raw, create_keyed_engine
from lk3_desktop.db.migrate import current_revision, head_revision, known_revisions
from lk3_desktop.db.models import CenterProfile
from lk3_desktop.db.models.keys import CertificateRow
from lk3_desktop.db.store import db_path, require_data_folder
from lk3_desktop.db.vault import KEYS_FILENAME, KeyFile, Vault
from lk3_desktop.services import office_keys, recovery_card
from lk3_desktop.services.case_keys import content_sealed
from lk3_desktop.services.content_sealing import sealing_stopped_at
from lk3_desktop.services.context import UserSession


@dataclass(frozen=True)
class CheckLine:
    """One check: its name, whether it passed, the detail in English (for logs), and the
    same detail as a code with its values, which screens and the CLI word in their language
    (``lk3_desktop.check_text``)."""

    name: str
    ok: bool
    detail: str
    code: str = ""
    values: tuple[str, ...] = ()


def keys_from_password(vault: Vault, username: str, password: str) -> list[bytes]:
    """The database key from a user's slot (the same errors as signing in), plus the staged
    next key while a key rotation is unfinished."""
    unlocked = vault.unlock(username, password)
    return [unlocked.db_key] + ([unlocked.db_key_next] if unlocked.db_key_next else [])


def root_from_password(vault: Vault, username: str, password: str) -> str | None:
    """The office root the user's slot trusts (sealed under their password), or None for a
    slot made before keys per person."""
    return vault.unlock(username, password).root


def key_from_recovery_code(code: str) -> bytes:
    """The key on a recovery card; the checksum is verified before anything is decrypted."""
    try:
        return decode_recovery_code(code)
    except RecoveryCodeError as exc:
        raise WrongRecoveryCode(exc.reason) from exc


def _first_opening_key(path: Path, keys: Sequence[bytes]) -> bytes:
    for key in keys:
        engine = create_keyed_engine(path, key)
        try:
            check_readable(engine)
            return key
        except NotAnLk3Database:
            continue
        finally:
            engine.dispose()
    raise NotAnLk3Database("no key opens the database")


def run_checks(
    folder: Path,
    keys: Sequence[bytes],
    *,
    root: str | None = None,
    expected_head: str | None = None,
) -> list[CheckLine]:
    """Every check, each as one line. A key that opens nothing raises NotAnLk3Database.

    ``root``: the office root a password's slot trusts (without it, the one pinned in
    ``lk3.keys`` is used); ``expected_head``: a chain head printed earlier, which must still be
    in the chain."""
    require_data_folder(folder)
    path = db_path(folder)
    key = _first_opening_key(path, keys)
    engine = create_keyed_engine(path, key)
    lines: list[CheckLine] = [CheckLine("key", True, "the key opens the database", "key_opens")]
    try:
        conn = connect_raw(path, key)
        try:
            cipher = conn.execute("PRAGMA cipher_integrity_check").fetchall()
            lines.append(
                CheckLine(
                    "cipher_integrity",
                    not cipher,
                    "every page authenticates" if not cipher else f"{len(cipher)} bad page(s)",
                    "pages_ok" if not cipher else "pages_bad",
                    () if not cipher else (str(len(cipher)),),
                )
            )
            sqlite = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
            ok = sqlite == ["ok"]
            lines.append(
                CheckLine(
                    "integrity",
                    ok,
                    "ok" if ok else f"{len(sqlite)} problem(s) found",
                    "integrity_ok" if ok else "integrity_bad",
                    () if ok else (str(len(sqlite)),),
                )
            )
        finally:
            conn.close()
        with engine.connect() as c:
            current = current_revision(c)
            has_audit = "audit_log" in inspect(c).get_table_names()
        schema = schema_line(current)
        lines.append(schema)
        if has_audit:
            with Session(engine) as s:
                lines.extend(_audit_lines(s, folder, root, expected_head))
        else:
            lines.append(CheckLine("audit_chain", False, "no audit log", "chain_missing"))
        if schema.ok:
            lines.append(attachments_line(engine))
        if has_audit:
            lines.extend(_key_change_lines(folder, engine, key, keys))
        if schema.ok:
            with Session(engine) as s:
                lines.extend(sealing_lines(s))
    finally:
        engine.dispose()
    return lines


def checks_for(session: UserSession) -> list[CheckLine]:
    """Every check of ``lk3-desktop check`` on the signed-in session's database: the file on
    this computer, or the office server over the session's own connection."""
    from lk3_desktop.db.server.vault import ServerVault
    from lk3_desktop.services import integrity_server

    key = session.store.key()
    vault = session.store.vault
    if isinstance(vault, ServerVault):
        return integrity_server.run_checks(vault, [key])
    return run_checks(session.folder, [key])


def sealing_lines(s: Session) -> list[CheckLine]:
    """A line only while older clinical text still waits to be sealed under its case's key
    (an office upgraded, or a sealing cut short): the database is sound, and the next head's
    sign-in seals the rest, going on from where it stopped."""
    if content_sealed(s):
        return []
    stopped = sealing_stopped_at(s)
    if stopped is None:
        detail = (
            "older clinical text is not sealed under its case's key yet; the next head's "
            "sign-in seals it"
        )
        return [CheckLine("content_sealing", True, detail, "sealing_due")]
    detail = (
        f"sealing older clinical text stopped at {stopped}; the next head's sign-in goes on "
        "from there"
    )
    return [CheckLine("content_sealing", True, detail, "sealing_stopped", (stopped,))]


def attachments_line(engine: Engine) -> CheckLine:
    """Every attached document opens and matches the SHA-256 kept with it."""
    from lk3_desktop.db.attachment_seal import damaged_attachments

    with engine.connect() as c:
        raw = c.connection.driver_connection
        assert raw is not None
        total = raw.execute("SELECT count(*) FROM attachments").fetchone()[0]
        bad = damaged_attachments(raw)
    if not bad:
        return CheckLine(
            "attachments", True, f"{total} document(s), every SHA-256 matches",
            "attachments_ok", (str(total),),
        )  # fmt: skip
    ids = ", ".join(str(i) for i in bad[:20])
    return CheckLine(
        "attachments", False, f"{len(bad)} of {total} do not match their SHA-256: {ids}",
        "attachments_bad", (str(len(bad)), str(total), ids),
    )  # fmt: skip


def _key_change_lines(
    folder: Path, engine: Engine, key: bytes, keys: Sequence[bytes]
) -> list[CheckLine]:
    """An interrupted key rotation, and a recovery card not yet kept for the key in use."""
    lines: list[CheckLine] = []
    try:
        key_file = KeyFile.from_bytes((folder / KEYS_FILENAME).read_bytes())
        staged = any(slot.wrapped_db_key_next for slot in key_file.slots)
    except (OSError, KnownError):
        staged = False
    if staged and len(keys) > 1 and key == keys[-1]:
        lines.append(
            CheckLine(
                "key_rotation",
                False,
                "a change of the database key was interrupted after the database was "
                "re-encrypted; the next sign-in finishes it",
                "rotation_finish",
            )
        )
    elif staged:
        lines.append(
            CheckLine(
                "key_rotation",
                True,
                "a change of the database key was interrupted before it took effect; the next "
                "sign-in cancels it and the current recovery card still works",
                "rotation_cancel",
            )
        )
    with Session(engine) as s:
        pending = recovery_card.is_pending(s, key)
    lines.append(recovery_card_line(pending))
    return lines


def recovery_card_line(pending: bool) -> CheckLine:
    """Whether a new recovery card waits to be printed (the key was changed since)."""
    return CheckLine(
        "recovery_card",
        not pending,
        "the database key was changed and its new recovery card has not been printed or "
        "saved yet: the head signs in and prints it first"
        if pending
        else "no new recovery card waiting to be printed",
        "card_pending" if pending else "card_none",
    )


def _unsigned_audit_lines(s: Session, expected_head: str | None) -> list[CheckLine]:
    """An office without keys yet: the plain chain, and whether its triggers are there."""
    values: tuple[str, ...]
    report = audit.verify(s, expected_head)
    triggers = checkpoints.triggers_present(s)
    detail = (
        f"{report.count} entries, head {report.short_head}"
        if report.ok
        else f"broken at entry {report.first_bad_id} ({report.problem})"
    )
    code, values = (
        ("chain_ok", (str(report.count), report.short_head))
        if report.ok
        else ("chain_broken", (str(report.first_bad_id), str(report.problem)))
    )
    return [
        CheckLine("audit_chain", report.ok, detail, code, values),
        CheckLine(
            "audit_guards",
            triggers,
            "triggers refuse changes" if triggers else "the triggers were dropped",
            "guards_ok" if triggers else "guards_dropped",
        ),
    ]


def _audit_lines(
    s: Session, folder: Path, root: str | None, expected_head: str | None
) -> list[CheckLine]:
    try:
        key_file: KeyFile | None = KeyFile.from_bytes((folder / KEYS_FILENAME).read_bytes())
    except (OSError, KnownError):
        key_file = None
    return audit_lines(s, key_file, root, expected_head)


def audit_lines(
    s: Session, key_file: KeyFile | None, root: str | None, expected_head: str | None
) -> list[CheckLine]:
    """The chain, its signed checkpoints, the watermarks in every slot, the certificates."""
    values: tuple[str, ...]
    cert_values: tuple[str, ...]
    has_certificates = s.execute(select(CertificateRow.serial).limit(1)).first() is not None
    if not has_certificates:
        return _unsigned_audit_lines(s, expected_head)
    database_id = str(
        s.execute(select(CenterProfile.database_id).where(CenterProfile.id == 1)).scalar() or ""
    )
    pinned = root or (key_file.root if key_file else None)
    registry = certificates.load_registry(s, database_id, pinned)
    marks = []
    for slot in key_file.slots if key_file else []:
        mark = Watermark.from_json(slot.watermark) if slot.watermark else None
        if mark is not None:
            marks.append(mark)
    verdict = checkpoints.verify_chain(
        s, registry, database_id, watermarks=marks, expected_head=expected_head
    )
    if verdict.ok and verdict.latest is not None:
        latest = verdict.latest
        detail = (
            f"{verdict.count} entries, head {verdict.short_head}; latest checkpoint entry "
            f"{latest.entry_id} {latest.short_hash} signed by user {latest.signer_id} at "
            f"{latest.at}"
        )
        signer = registry.current(latest.signer_id)
        code, values = (
            "chain_signed",
            (
                str(verdict.count),
                verdict.short_head,
                str(latest.entry_id),
                latest.short_hash,
                signer.username if signer else f"#{latest.signer_id}",
                latest.at[:19].replace("T", " "),
            ),
        )
    elif verdict.ok:
        detail = f"{verdict.count} entries, head {verdict.short_head}"
        code, values = "chain_ok", (str(verdict.count), verdict.short_head)
    else:
        detail = "; ".join(_problem_text(p) for p in verdict.problems[:5])
        code, values = "chain_problems", (detail,)
    people = office_keys.certificate_problems(s, registry)
    if not people:
        short_root = pinned[:16] if pinned else "-"
        cert_detail = f"{len(registry.valid)} valid certificates under root {short_root}"
        cert_code, cert_values = "certificates_ok", (str(len(registry.valid)), short_root)
    else:
        cert_detail = "; ".join(f"{p.code} (user {p.user_id})" for p in people[:5])
        cert_code, cert_values = "certificates_bad", (cert_detail,)
    return [
        CheckLine("audit_chain", verdict.ok, detail, code, values),
        CheckLine("certificates", not people, cert_detail, cert_code, cert_values),
    ]


def _problem_text(problem: checkpoints.ChainProblem) -> str:
    where = f" at entry {problem.entry_id}" if problem.entry_id is not None else ""
    since = f", last good {problem.since}" if problem.since else ""
    return f"{problem.code}{where}{since}"


def schema_line(current: str | None) -> CheckLine:
    """The schema's line: at the newest revision, or behind it; a revision this app does not
    know (a newer app wrote the database) raises SchemaTooNew."""
    head = head_revision()
    if current == head:
        return CheckLine("schema", True, f"at head {head}", "schema_head", (head,))
    if current is not None and current not in known_revisions():
        raise SchemaTooNew(current)
    return CheckLine(
        "schema", False, f"at {current}, app expects {head}", "schema_behind", (str(current), head)
    )
