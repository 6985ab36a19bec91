"""The attachments of a client or of one record: a list with thumbnails (made in memory), and
Attach (a file dialog, or files dropped onto the list), Open (the viewer), Remove.

On the client page it lists everything of the client the person may see and attaches to the
client, one of their consents (the form signed on paper) or one of their cases; in a record's
window (a session note, an assessment, a referral, a consent) it lists and attaches that
record's documents.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QModelIndex, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lk3_desktop.core.attachments import CLIENT_RECORDS, MAX_BYTES
from lk3_desktop.core.errors import ValidationError
from lk3_desktop.services import attachments
from lk3_desktop.services.context import UserSession
from lk3_desktop.ui import dialogs
from lk3_desktop.ui.attachments.add_dialog import AddAttachmentDialog, Choice, Target
from lk3_desktop.ui.attachments.model import FILE, AttachmentsModel
from lk3_desktop.ui.attachments.thumbnails import THUMB, thumbnail
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.dates import date_text
from lk3_desktop.ui.field_feedback import StatusMessage
from lk3_desktop.ui.messages import message_for
from lk3_desktop.ui.operations import Operation
from lk3_desktop.ui.table_columns import fit_columns

TargetsFor = Callable[[UserSession, int], list[Target]]

VISIBLE_ROWS = 4


class AttachmentsPanel(QWidget):
    changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attachmentsPanel")
        self.setAcceptDrops(True)
        self._context = context
        self._client_id: int | None = None
        self._record: tuple[str, int | None] | None = None  # None: everything of the client
        self._consents: tuple[tuple[int, datetime.date], ...] = ()
        # thumbnails asked for once (each fetch is audited), of the rows listed now: another
        # client's list drops them from the model, so they are asked for again on coming back
        self._previewed: set[int] = set()
        self._stale = False  # hidden since the last load: documents added elsewhere meanwhile
        self._targets: list[Target] = []
        # On a tab (the client page's Dokumen): a hidden panel reads nothing until shown, so
        # opening a client does not pay for this list and its audited view of the cases
        # (benchmarks: client_page).
        self.read_when_shown = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.hint = QLabel(self.tr("Drop scans, photos or PDFs here, or choose “Attach…”."), self)
        self.hint.setObjectName("attachmentsHint")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.model = AttachmentsModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("attachmentsList")
        self.view.setAccessibleName(self.tr("Attached documents"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(78)
        self.view.setIconSize(THUMB)
        self.view.doubleClicked.connect(lambda index: self.open_row(index.row()))
        self._fit_rows(0)
        fit_columns(self.view, FILE)
        layout.addWidget(self.view, 1)
        row = QHBoxLayout()
        self.attach_button = self._button("attachButtonMain", self.tr("Attach…"), self.attach)
        self.open_button = self._button("openAttachment", self.tr("Open"), self.open_selected)
        self.remove_button = self._button("removeAttachment", self.tr("Remove…"), self.remove)
        row.addWidget(self.attach_button)
        row.addWidget(self.open_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.message = StatusMessage("attachmentsMessage", self.tr("Attachments message"), self)
        layout.addWidget(self.message)
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self._update_buttons()

    def _button(self, name: str, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text.rstrip("…"))
        button.clicked.connect(lambda _c=False: slot())
        return button

    # -- what is shown ---------------------------------------------------------------------

    def set_client(
        self,
        client_id: int,
        record_type: str | None = None,
        record_id: int | None = None,
        consents: Sequence[tuple[int, datetime.date]] = (),
    ) -> None:
        """Show the client's documents (or one record's); ``consents`` (id, date) are offered
        as places to attach a signed form on the client page."""
        record = None if record_type is None else (record_type, record_id)
        other = (client_id, record) != (self._client_id, self._record)
        self._client_id = client_id
        self._record = record
        self._consents = tuple(consents)
        self.message.clear_message()
        if not self.read_when_shown or self.isVisible():
            self.reload()
            return
        self._stale = True
        if other:
            self._set_rows([])
            self._targets = []
            self._update_buttons()

    def reload(self) -> None:
        client_id, record, consents = self._client_id, self._record, self._consents
        if client_id is None:
            return

        def load(s: UserSession) -> tuple[list[attachments.AttachmentInfo], list[Target]]:
            rows = attachments.list_attachments(
                s, client_id, *(record if record is not None else (None, None))
            )
            return rows, _targets(s, client_id, record, consents)

        Operation(self._context, self, load, self._loaded).failure_in(self.message).run()

    def _loaded(self, result: tuple[list[attachments.AttachmentInfo], list[Target]]) -> None:
        rows, self._targets = result
        self._set_rows(rows)
        self._fit_rows(len(rows))
        self._update_buttons()
        ids = [r.id for r in rows if r.id not in self._previewed]
        self._previewed.update(ids)
        if ids:
            Operation(
                self._context, self, lambda s: attachments.previews(s, ids), self._thumbnails
            ).failure(lambda _exc: None).run()

    def _set_rows(self, rows: list[attachments.AttachmentInfo]) -> None:
        """The model keeps the thumbnails of the rows still listed only; so does
        ``_previewed``."""
        self.model.set_rows(rows)
        self._previewed.intersection_update(r.id for r in rows)

    def _thumbnails(self, contents: dict[int, bytes]) -> None:
        mimes = {r.id: r.mime for r in self.model.rows}
        for attachment_id, data in contents.items():
            pixmap = thumbnail(mimes.get(attachment_id, ""), data)
            if pixmap is not None:
                self.model.set_thumbnail(attachment_id, pixmap)

    def _fit_rows(self, count: int) -> None:
        """Room for the documents listed, two to four rows (more scroll within the list), so
        a client's three or four documents are seen at once on the Dokumen tab."""
        shown = min(max(count, 2), VISIBLE_ROWS)
        height = (
            self.view.horizontalHeader().sizeHint().height()
            + shown * self.view.verticalHeader().defaultSectionSize()
            + 2 * self.view.frameWidth()
        )
        self.view.setMinimumHeight(height)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        """Shown again (the Dokumen tab chosen): list what was attached meanwhile from a
        record's window; thumbnails already made are not fetched again."""
        super().showEvent(event)
        if self._stale and not event.spontaneous():
            self._stale = False
            self.reload()

    def _update_buttons(self) -> None:
        info = self.model.info_at(self._selected_row())
        self.attach_button.setEnabled(bool(self._targets))
        self.open_button.setEnabled(info is not None)
        self.remove_button.setEnabled(info is not None and info.removable)

    def _selected_row(self) -> int:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    # -- attaching --------------------------------------------------------------------------

    def attach(self) -> None:
        chosen = dialogs.choose_open_file(
            self,
            self.tr("Attach a document"),
            self.tr("Scans and documents (*.pdf *.jpg *.jpeg *.png);;All files (*)"),
        )
        if chosen:
            self.attach_files([Path(chosen)])

    def attach_files(self, paths: list[Path]) -> None:
        """Ask what each file is and attach it (files dropped on the list come here)."""
        if self._client_id is None or not self._targets:
            return
        for path in paths:
            data = self._read(path)
            if data is None:
                continue
            dialog = AddAttachmentDialog(path, data, self._targets, self)
            if dialogs.exec_dialog(dialog) != QDialog.DialogCode.Accepted:
                dialog.deleteLater()
                continue
            choice = dialog.choice()
            dialog.deleteLater()
            self._add(path, data, choice)

    def _read(self, path: Path) -> bytes | None:
        try:
            if path.stat().st_size > MAX_BYTES:
                error = ValidationError("attachment.too_large", "file", mib=MAX_BYTES // 1048576)
                self.message.show_error(message_for(error))
                return None
            return path.read_bytes()
        except OSError:
            self.message.show_error(
                self.tr("The file %1 could not be read.").replace("%1", path.name)
            )
            return None

    def _add(self, path: Path, data: bytes, choice: Choice) -> None:
        client_id = self._client_id
        assert client_id is not None
        new = attachments.NewAttachment(
            client_id,
            data,
            path.name,
            choice.kind,
            choice.target.record_type,
            choice.target.record_id,
            choice.document_date,
            choice.note,
            choice.downscale,
        )

        def added(info: attachments.AttachmentInfo) -> None:
            self.message.show_good(self.tr("%1 was attached.").replace("%1", info.file_name))
            self.reload()
            self.changed.emit()

        Operation(
            self._context, self, lambda s: attachments.add_attachment(s, new), added
        ).failure_in(self.message).run()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        if self._targets and mime.hasUrls() and all(u.isLocalFile() for u in mime.urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        event.acceptProposedAction()
        self.attach_files([p for p in paths if p.is_file()])

    # -- opening and removing ----------------------------------------------------------------

    def open_selected(self) -> None:
        self.open_row(self._selected_row())

    def open_row(self, row: int) -> None:
        info = self.model.info_at(row)
        if info is None:
            return
        Operation(
            self._context,
            self,
            lambda s: attachments.open_attachment(s, info.id),
            self._show,
        ).failure_in(self.message).run()

    def _show(self, opened: attachments.OpenedAttachment) -> None:
        from lk3_desktop.ui.attachments.viewer import AttachmentViewer

        viewer = AttachmentViewer(self._context, opened, self)
        dialogs.exec_dialog(viewer)
        viewer.deleteLater()

    def remove(self) -> None:
        info = self.model.info_at(self._selected_row())
        if info is None:
            return
        if not dialogs.confirm(
            self,
            self.tr("Remove the document"),
            self.tr(
                "Remove %1 from the record? Its stored copy is deleted; the audit trail keeps "
                "that it was attached and removed."
            ).replace("%1", info.file_name),
            ok_text=self.tr("Remove"),
            destructive=True,
        ):
            return

        def removed(_none: object) -> None:
            self.message.show_good(self.tr("The document was removed."))
            self.reload()
            self.changed.emit()

        Operation(
            self._context, self, lambda s: attachments.remove_attachment(s, info.id), removed
        ).failure_in(self.message).run()

    def current_index(self) -> QModelIndex:
        return self.view.currentIndex()


def _targets(
    session: UserSession,
    client_id: int,
    record: tuple[str, int | None] | None,
    consents: Sequence[tuple[int, datetime.date]] = (),
) -> list[Target]:
    """What the person may attach to here: the record itself, or (on the client page) the
    client, each consent and each case whose clinical content they see. Nothing for a role
    that may not add there (the service refuses it anyway; the button says so first)."""
    from lk3_desktop.core.roles import Permission, allowed
    from lk3_desktop.services import cases

    registers = allowed(session.actor.role, Permission.REGISTER_CLIENTS)
    if record is not None:
        record_type, record_id = record
        if record_type in CLIENT_RECORDS:
            if not registers:
                return []
        elif not allowed(session.actor.role, Permission.WRITE_CLINICAL):
            return []
        return [Target(record_type, record_id, "", _KIND_OF.get(record_type, ""))]
    found: list[Target] = []
    if registers:
        found.append(Target("client", None, _client_label()))
        for consent_id, day in consents:
            found.append(Target("consent", consent_id, _consent_label(day), "persetujuan"))
    if allowed(session.actor.role, Permission.WRITE_CLINICAL):
        for case in cases.list_cases(session, client_id):
            if case.clinical_visible:
                found.append(Target("case", case.id, _case_label(case.registration_number)))
    return found


# What a record's own documents usually are: a consent's signed form, a partner's reply.
_KIND_OF = {"consent": "persetujuan", "referral": "surat_balasan"}


def _consent_label(day: datetime.date) -> str:
    return QCoreApplication.translate(
        "AttachmentsPanel", "Consent of %1 (the signed form)"
    ).replace("%1", date_text(day))


def _client_label() -> str:
    return QCoreApplication.translate("AttachmentsPanel", "The client (personal documents)")


def _case_label(number: str) -> str:
    return QCoreApplication.translate("AttachmentsPanel", "Case %1").replace("%1", number)


class AttachmentsDialog(QDialog):
    """The attachments of one record, from that record's window."""

    def __init__(
        self,
        context: AppContext,
        client_id: int,
        record_type: str,
        record_id: int,
        title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("attachmentsDialog")
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        self.panel = AttachmentsPanel(context, self)
        layout.addWidget(self.panel, 1)
        close = QPushButton(self.tr("Close"), self)
        close.setObjectName("attachmentsDialogClose")
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        self.panel.set_client(client_id, record_type, record_id)
        self.resize(820, 460)


def attachments_button(
    context: AppContext,
    parent: QWidget,
    client_id: int | None,
    record_type: str,
    record_id: int | None,
    title: str,
) -> QPushButton:
    """A "Lampiran…" button for a record's window: opens the record's attachments; hidden for
    a record not saved yet."""
    button = QPushButton(QCoreApplication.translate("AttachmentsPanel", "Attachments…"), parent)
    button.setObjectName(f"{record_type}AttachmentsButton")
    button.setAccessibleName(QCoreApplication.translate("AttachmentsPanel", "Attachments"))
    button.setVisible(client_id is not None and record_id is not None)

    def show() -> None:
        if client_id is None or record_id is None:
            return
        dialog = AttachmentsDialog(context, client_id, record_type, record_id, title, parent)
        dialogs.exec_dialog(dialog)
        dialog.deleteLater()

    button.clicked.connect(lambda _c=False: show())
    return button
