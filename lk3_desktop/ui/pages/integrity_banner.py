"""Beranda's red banner for the head: what sign-in found wrong with the audit trail or the
certificates (issue 14), and since when. It stays, sign-in after sign-in, until a head says
the findings were looked at; the entries that record them stay in the trail.

Built at the top of Beranda by the main window; ``reload()`` after each sign-in. It reads
what the sign-in already verified (``session.keys``), so showing it costs no query.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from lk3_desktop.core.dates_id import format_date_id
from lk3_desktop.core.roles import Role
from lk3_desktop.services import office_keys
from lk3_desktop.services.office_keys import KeyProblem
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.operations import Operation
from lk3_desktop.ui.style import RISK

BANNER_STYLE = f"""
QFrame#integrityBanner {{ background: {RISK}; border-radius: 6px; }}
QFrame#integrityBanner QLabel {{ color: white; background: transparent; }}
QFrame#integrityBanner QPushButton {{
    background: white; color: {RISK}; border: 1px solid white; border-radius: 4px;
    padding: 5px 14px; font-weight: 600;
}}
QFrame#integrityBanner QPushButton:hover {{ background: #fdecea; }}
"""


class IntegrityBanner(QFrame):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("integrityBanner")
        self.setAccessibleName(self.tr("Audit trail warning"))
        self.setStyleSheet(BANNER_STYLE)
        self._context = context
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(6)
        self.title = QLabel(
            self.tr("The audit trail or the accounts' certificates were changed"), self
        )
        self.title.setObjectName("integrityBannerTitle")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        layout.addWidget(self.title)
        self.details = QLabel(self)
        self.details.setObjectName("integrityBannerDetails")
        self.details.setAccessibleName(self.tr("What was found"))
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.details)
        advice = QLabel(
            self.tr(
                "Someone with access to this computer's files changed them outside LK3 Desktop. "
                "Keep the last backups and printed reports; compare them with Settings > Audit "
                "trail, and run the integrity check."
            ),
            self,
        )
        advice.setObjectName("integrityBannerAdvice")
        advice.setWordWrap(True)
        layout.addWidget(advice)
        row = QHBoxLayout()
        row.addStretch(1)
        self.acknowledge = QPushButton(self.tr("I have looked into this"), self)
        self.acknowledge.setObjectName("integrityAcknowledgeButton")
        self.acknowledge.setAccessibleName(self.tr("I have looked into this"))
        self.acknowledge.clicked.connect(self._acknowledge)
        row.addWidget(self.acknowledge)
        layout.addLayout(row)
        self.hide()

    def reload(self) -> None:
        session = self._context.session
        keys = session.keys if session is not None else None
        if session is None or keys is None or session.actor.role is not Role.KEPALA:
            self.hide()
            return
        if not keys.open_problems:
            self.hide()
            return
        names = {
            cert.user_id: cert.username
            for cert in keys.registry.valid.values()
            if cert.user_id is not None
        }
        lines = [f"• {self.describe(p, names)}" for p in keys.open_problems[:8]]
        more = len(keys.open_problems) - len(lines)
        if more > 0:
            lines.append(self.tr("… and %n more.", "", more))
        self.details.setText("\n".join(lines))
        self.show()

    def _acknowledge(self) -> None:
        (
            Operation(self._context, self, office_keys.acknowledge, self._acknowledged)
            .busy(self.acknowledge.setDisabled)
            .titled(self.tr("Audit trail warning"))
            .run()
        )

    def _acknowledged(self, _count: int) -> None:
        self.hide()

    def describe(self, problem: KeyProblem, names: dict[int, str]) -> str:
        """One sentence per finding: what, where, since when."""
        who = names.get(problem.user_id or 0, f"#{problem.user_id}")
        entry = str(problem.entry_id or "")
        texts = {
            "content_changed": self.tr("Audit entry %1 was changed after it was written."),
            "gap_or_reorder": self.tr("Audit entries around number %1 were deleted or moved."),
            "broken_link": self.tr("An audit entry was inserted or removed before number %1."),
            "triggers_missing": self.tr(
                "The database's guards against changing the audit trail were removed."
            ),
            "cut": self.tr("The audit trail was cut back: entry %1, signed by %2, is gone."),
            "rewritten": self.tr("The audit trail was rebuilt: entry %1 is not the one %2 signed."),
            "unsigned_tail": self.tr(
                "Audit entries from number %1 on were added outside the app (nobody signed them)."
            ),
            "signed_by_other": self.tr(
                "Audit entries from number %1 on were signed by %2, who did not make them."
            ),
            "checkpoint_forged": self.tr("A signature over the audit trail (entry %1) is false."),
            "checkpoint_mismatch": self.tr(
                "A signature over the audit trail (entry %1) no longer matches it."
            ),
            "checkpoint_unreadable": self.tr("A signature over the audit trail is unreadable."),
            "watermark_forged": self.tr(
                "What lk3.keys remembers of the audit trail for %2 was altered."
            ),
            "role_edited": self.tr(
                "The role of account %2 was edited in the database without the head's signature; "
                "the certified role still applies."
            ),
            "username_edited": self.tr(
                "The user name of account %2 was edited in the database without the head's "
                "signature."
            ),
            "uncertified": self.tr("Account %2 has no valid certificate from the head."),
            "invalid": self.tr("A certificate that no head signed was found (account %2)."),
            "root_missing": self.tr("The office root certificate is missing."),
            "key_file_root": self.tr("The office root written in lk3.keys was changed."),
            "bad_revocation": self.tr("A revocation of a certificate is not signed by a head."),
        }
        text = texts.get(problem.code, self.tr("Something else was changed (%3)."))
        text = text.replace("%1", entry).replace("%2", who).replace("%3", problem.code)
        if problem.since:
            text += " " + self.tr("Last known good: %1.").replace("%1", _when(problem.since))
        return text


def _when(iso: str) -> str:
    try:
        moment = datetime.fromisoformat(iso).astimezone()
    except ValueError:
        return iso
    return f"{format_date_id(moment.date())} {moment:%H.%M}"
