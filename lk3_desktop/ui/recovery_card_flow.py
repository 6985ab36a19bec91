"""Showing a recovery card and remembering that it was kept (saved or printed).

After a change of the database key the office has no working card until the head keeps the
new one; :mod:`lk3_desktop.services.recovery_card` remembers that. Every place that shows a
card goes through :func:`show_card`, so keeping it always clears the reminder, and the
sign-in window uses :func:`pending_card` to put an unprinted card first.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from lk3_desktop.core.errors import KnownError
from lk3_desktop.core.roles import Role
from lk3_desktop.services import center, office_keys, recovery_card
from lk3_desktop.services.center import CenterInfo
from lk3_desktop.services.context import UserSession
from lk3_desktop.ui import dialogs
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.messages import message_for
from lk3_desktop.ui.operations import Operation, ignore


@dataclass(frozen=True)
class PendingCard:
    code: str = field(repr=False)
    center: CenterInfo


def pending_card(session: UserSession) -> PendingCard | None:
    """For a head: the card of the key in use when it has not been kept yet (runs on the
    lane; the code is audited as shown). None for everyone else and when nothing is due."""
    if session.actor.role is not Role.KEPALA:
        return None
    code = recovery_card.pending_card_code(session)
    if code is None:
        return None
    return PendingCard(code, center.get_center(session))


def pending_notice() -> str:
    return QCoreApplication.translate(
        "RecoveryCardFlow",
        "The database key was changed, and the new recovery card has not been printed or "
        "saved yet. The old card no longer opens the database: print or save this card now, "
        "before anything else, and destroy the old one.",
    )


def show_card(
    parent: QWidget, context: AppContext, code: str, info: CenterInfo, notice: str = ""
) -> bool:
    """The card dialog (blocking); True when the card was saved or printed, which is then
    recorded for the key in use."""
    session = context.session
    # The office recovery key and root (keys per person): one quick read of the head's seal.
    extras = office_keys.card_extras(session) if session is not None else (None, None)
    # the server's parts, and the dialog (with printing and QtPdf: 12 ms and 3 MiB), only
    # when a card is shown: every head's sign-in asks pending_card on the lane, and a card is
    # rarely due (benchmarks: sign_in)
    from lk3_desktop.services import office_server
    from lk3_desktop.ui.recovery_card_dialog import RecoveryCardDialog

    dialog = RecoveryCardDialog(
        parent,
        center_name=info.name,
        code=code,
        database_id=info.database_id,
        head_name=info.head_name or None,
        notice=notice,
        office_code=extras[0],
        root_fingerprint=extras[1],
        server=office_server.server_address(session) if session is not None else None,
    )
    dialogs.exec_dialog(dialog)
    kept = dialog.kept
    dialog.deleteLater()
    if kept:
        Operation(context, context, recovery_card.card_kept, ignore).failure(_warn_later).run()
    return kept


def _warn_later(exc: BaseException) -> None:
    if not isinstance(exc, KnownError):
        raise exc
    dialogs.warn(None, "LK3 Desktop", message_for(exc))
