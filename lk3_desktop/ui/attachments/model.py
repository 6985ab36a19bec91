"""The list of a client's (or a record's) attachments: one row each, its thumbnail when made."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QWidget

from lk3_desktop.services.attachments import AttachmentInfo
from lk3_desktop.ui.attachments.labels import kind_label, record_label, size_text
from lk3_desktop.ui.dates import date_text

Index = QModelIndex | QPersistentModelIndex
KIND, DATE, PART, FILE, NOTE = range(5)


class AttachmentsModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[AttachmentInfo] = []
        self._thumbs: dict[int, QPixmap] = {}

    def set_rows(self, rows: list[AttachmentInfo]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self._thumbs = {k: v for k, v in self._thumbs.items() if any(r.id == k for r in rows)}
        self.endResetModel()

    def set_thumbnail(self, attachment_id: int, pixmap: QPixmap) -> None:
        self._thumbs[attachment_id] = pixmap
        for row, info in enumerate(self.rows):
            if info.id == attachment_id:
                cell = self.index(row, KIND)
                self.dataChanged.emit(cell, cell, [Qt.ItemDataRole.DecorationRole])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [
                self.tr("Kind"),
                self.tr("Date"),
                self.tr("Belongs to"),
                self.tr("File"),
                self.tr("Note"),
            ][section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        info = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DecorationRole and column == KIND:
            return self._thumbs.get(info.id)
        if role == Qt.ItemDataRole.ToolTipRole and column == FILE:
            return f"{info.file_name} · {size_text(info.size)} · SHA-256 {info.sha256[:16]}…"
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == KIND:
            marked = " · " + self.tr("do not disclose") if info.withheld else ""
            return kind_label(info.kind) + marked
        if column == DATE:
            return date_text(info.document_date)
        if column == PART:
            return record_label(info.record_type)
        if column == FILE:
            pages = f" · {info.pages} hlm" if info.pages else ""
            return f"{info.file_name} ({size_text(info.size)}{pages})"
        return info.note

    def info_at(self, row: int) -> AttachmentInfo | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None
