"""Choosing which attached documents go with a referral letter: the letter's Lampiran lists
them after the typed lines, and "Simpan paket" bundles them with the issued letter."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lk3_desktop.services import attachments
from lk3_desktop.services.attachments import enclosures
from lk3_desktop.services.context import UserSession
from lk3_desktop.ui import dialogs
from lk3_desktop.ui.attachments.labels import kind_label, record_label
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.dates import date_text
from lk3_desktop.ui.field_feedback import StatusMessage
from lk3_desktop.ui.operations import Operation

Loaded = tuple[list[attachments.AttachmentInfo], list[enclosures.EnclosureInfo]]


def _load(session: UserSession, client_id: int, case_id: int, referral_id: int | None) -> Loaded:
    rows = [
        a
        for a in attachments.list_attachments(session, client_id)
        if not a.withheld and (a.case_id is None or a.case_id == case_id)
    ]
    chosen = enclosures.list_enclosures(session, referral_id) if referral_id is not None else []
    return rows, chosen


class EnclosureDialog(QDialog):
    def __init__(
        self,
        context: AppContext,
        referral_id: int | None,
        loaded: Loaded,
        parent: QWidget | None = None,
        picked: Sequence[int] = (),
    ) -> None:
        """``referral_id`` None: a referral not saved yet; Save only keeps the choice
        (``chosen``) for the form to save with it, starting from ``picked``."""
        super().__init__(parent)
        self.setObjectName("enclosureDialog")
        self.setWindowTitle(self.tr("Documents to go with the letter"))
        self._context = context
        self._referral_id = referral_id
        rows, chosen = loaded
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Tick the attached documents to send with the letter. The letter lists them "
                "under Lampiran after the lines typed in the form, and “Save package” puts "
                "them behind the issued letter in one PDF. Documents marked “jangan diungkap” "
                "are not offered."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget(self)
        self.list.setObjectName("enclosureList")
        self.list.setAccessibleName(self.tr("Attached documents"))
        self.chosen: list[int] = list(picked)
        picked_ids = {e.attachment_id for e in chosen} | set(picked)
        for info in rows:
            parts = [kind_label(info.kind), date_text(info.document_date), info.file_name]
            text = " · ".join(p for p in parts if p) + f" ({record_label(info.record_type)})"
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, info.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if info.id in picked_ids else Qt.CheckState.Unchecked
            )
        if not rows:
            QListWidgetItem(self.tr("The client has no attached documents yet."), self.list)
        layout.addWidget(self.list, 1)
        self.message = StatusMessage("enclosureMessage", self.tr("Enclosure message"), self)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setObjectName("saveEnclosures")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(680, 420)

    def checked_ids(self) -> list[int]:
        out: list[int] = []
        for row in range(self.list.count()):
            item = self.list.item(row)
            value = item.data(Qt.ItemDataRole.UserRole)
            if value is not None and item.checkState() == Qt.CheckState.Checked:
                out.append(int(value))
        return out

    def save(self) -> None:
        ids, rid = self.checked_ids(), self._referral_id
        self.chosen = ids
        if rid is None:
            self.accept()
            return
        Operation(
            self._context,
            self,
            lambda s: enclosures.set_enclosures(s, rid, ids),
            lambda _chosen: self.accept(),
        ).failure_in(self.message).run()


def choose_enclosures(
    context: AppContext,
    parent: QWidget,
    client_id: int,
    case_id: int,
    referral_id: int | None,
    *,
    picked: Sequence[int] = (),
    on_chosen: Callable[[list[int]], None] | None = None,
) -> None:
    """Load what can go with the letter, then let the person choose: saved on OK for a saved
    referral; for a new one (``referral_id`` None) handed to ``on_chosen``."""

    def show(loaded: Loaded) -> None:
        dialog = EnclosureDialog(context, referral_id, loaded, parent, picked)
        accepted = dialogs.exec_dialog(dialog) == QDialog.DialogCode.Accepted
        chosen = dialog.chosen
        dialog.deleteLater()
        if accepted and on_chosen is not None:
            on_chosen(chosen)

    Operation(context, parent, lambda s: _load(s, client_id, case_id, referral_id), show).run()
