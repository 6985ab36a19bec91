"""``lk3-desktop check`` for a workstation enrolled with an office server: the same questions
as for the embedded file, asked of the server over the person's own verified connection
(TLS against the office CA), plus what only a server has (its row security)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import text
from sqlalchemy.orm import Session

from lk3_desktop.db.migrate import current_revision
from lk3_desktop.db.server.connect import known_server_errors
from lk3_desktop.db.server.security import CASE_TABLES, CHILD_TABLES, POLICY
from lk3_desktop.db.server.vault import ServerVault
from lk3_desktop.services import recovery_card
from lk3_desktop.services.integrity import (
    CheckLine,
    attachments_line,
    audit_lines,
    recovery_card_line,
    schema_line,
    sealing_lines,
)


def run_checks(
    vault: ServerVault,
    keys: Sequence[bytes],
    *,
    root: str | None = None,
    expected_head: str | None = None,
) -> list[CheckLine]:
    """Every check, each as one line, over the connection ``vault`` signed in with (which
    stays open: the command closes it, the app's session goes on using it).

    ``root`` and ``expected_head`` as for the embedded file (services/integrity.py)."""
    engine = vault.engine()
    enrollment = vault.enrollment
    where = f"{enrollment.host}:{enrollment.port}/{enrollment.database}"
    lines = [
        CheckLine(
            "server", True, f"{where}, TLS verified against the office CA", "server_ok", (where,)
        )
    ]
    key_file = vault.load()
    with known_server_errors(), engine.connect() as conn:
        schema = schema_line(current_revision(conn))
        lines.append(schema)
        with Session(bind=conn) as s:
            lines.extend(audit_lines(s, key_file, root, expected_head))
            pending = recovery_card.is_pending(s, keys[0])
            sealing = sealing_lines(s) if schema.ok else []
        policies = set(
            conn.execute(
                text("SELECT tablename FROM pg_policies WHERE policyname = :p"),
                {"p": POLICY},
            ).scalars()
        )
        card_login = bool(
            conn.execute(
                text("SELECT rolcanlogin FROM pg_roles WHERE rolname = :r"),
                {"r": enrollment.recovery_role},
            ).scalar()
        )
    if schema.ok:
        lines.append(attachments_line(engine))
    wanted = {*CASE_TABLES, *CHILD_TABLES, "note_drafts", "attachments"}
    missing = sorted(wanted - policies)
    lines.append(
        CheckLine(
            "row_security",
            not missing,
            f"clinical rows of {len(wanted)} tables are limited per login role"
            if not missing
            else f"no row security on: {', '.join(missing)}",
            "row_security_ok" if not missing else "row_security_missing",
            (str(len(wanted)),) if not missing else (", ".join(missing),),
        )
    )
    lines.append(
        CheckLine(
            "recovery_login",
            card_login,
            "the recovery card (both codes) signs in on this server"
            if card_login
            else "the recovery card cannot sign in on this server yet: upgrade the server "
            "(lk3-desktop server upgrade), then the head signs in once",
            "recovery_login_ok" if card_login else "recovery_login_missing",
        )
    )
    lines.append(recovery_card_line(pending))
    lines.extend(sealing)
    return lines
