"""What a dropped or chosen file is, before it is attached: its kind, its date, a note, what it
belongs to (on the client page: the client or one of their cases), and for a large photo
whether to make it smaller."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from lk3_desktop.core.attachments import DOWNSCALE_EDGE, KINDS, content_type
from lk3_desktop.ui.attachments.labels import size_text
from lk3_desktop.ui.combo_box import ComboBox
from lk3_desktop.ui.date_edit import DateEdit
from lk3_desktop.ui.field_feedback import StatusMessage


@dataclass(frozen=True)
class Target:
    """Something the file can be attached to, as offered in the dialog."""

    record_type: str
    record_id: int | None
    label: str
    kind: str = ""  # the kind a document attached here usually is (a consent's signed form)


@dataclass(frozen=True)
class Choice:
    kind: str
    document_date: datetime.date | None
    note: str
    downscale: bool
    target: Target


def _large_picture(data: bytes) -> bool:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImageReader

    if content_type(data) not in ("image/jpeg", "image/png"):
        return False
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    size = QImageReader(buffer).size()
    buffer.close()
    return size.isValid() and max(size.width(), size.height()) > DOWNSCALE_EDGE


def _guess_kind(name: str) -> str:
    lowered = name.lower()
    for kind in ("ktp", "kk", "akta", "visum", "putusan", "persetujuan", "foto"):
        if kind in lowered:
            return kind
    return "lainnya"


class AddAttachmentDialog(QDialog):
    def __init__(
        self,
        path: Path,
        data: bytes,
        targets: list[Target],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("addAttachmentDialog")
        self.setWindowTitle(self.tr("Attach a document"))
        self._targets = targets
        layout = QVBoxLayout(self)
        name = QLabel(f"{path.name} ({size_text(len(data))})", self)
        name.setObjectName("addAttachmentFile")
        name.setWordWrap(True)
        layout.addWidget(name)
        guessed = _guess_kind(path.name)
        self._kind_typed = guessed != "lainnya"  # a kind read from the name is kept
        if not self._kind_typed and targets and targets[0].kind:
            guessed = targets[0].kind
        layout.addLayout(self._build_form(guessed, targets))
        self.kind.activated.connect(self._kind_chosen)
        self.target.currentIndexChanged.connect(self._target_changed)
        smaller = self.tr(
            "Make the photo smaller (at most %1 pixels; the original's fingerprint is kept)"
        )
        self.downscale = QCheckBox(smaller.replace("%1", str(DOWNSCALE_EDGE)), self)
        self.downscale.setObjectName("attachmentDownscale")
        self.downscale.setChecked(True)
        self._large = _large_picture(data)
        self.downscale.setVisible(self._large)
        layout.addWidget(self.downscale)
        privacy = QLabel(
            self.tr(
                "The file is stored encrypted in the database. The original file stays where it "
                "was: delete it there if nobody needs it."
            ),
            self,
        )
        privacy.setWordWrap(True)
        layout.addWidget(privacy)
        self.message = StatusMessage("addAttachmentMessage", self.tr("Attachment message"), self)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Attach"))
        ok.setObjectName("attachButton")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _build_form(self, kind: str, targets: list[Target]) -> QFormLayout:
        form = QFormLayout()
        self.kind = ComboBox(self)
        self.kind.setObjectName("attachmentKind")
        self.kind.setAccessibleName(self.tr("Kind of document"))
        for code, label in KINDS.items():
            self.kind.addItem(label, code)
        self.kind.setCurrentIndex(max(self.kind.findData(kind), 0))
        form.addRow(self.tr("Kind"), self.kind)
        self.target = ComboBox(self)
        self.target.setObjectName("attachmentTarget")
        self.target.setAccessibleName(self.tr("Attach to"))
        for target in targets:
            self.target.addItem(target.label)
        form.addRow(self.tr("Attach to"), self.target)
        self.target.setVisible(len(targets) > 1)
        form.labelForField(self.target).setVisible(len(targets) > 1)
        date_row = QHBoxLayout()
        self.has_date = QCheckBox(self.tr("Date of the document"), self)
        self.has_date.setObjectName("attachmentHasDate")
        self.date = DateEdit(self)
        self.date.setObjectName("attachmentDate")
        self.date.setAccessibleName(self.tr("Date of the document"))
        self.date.setDate(QDate.currentDate())
        self.date.setMaximumDate(QDate.currentDate())
        self.date.setEnabled(False)
        self.has_date.toggled.connect(self.date.setEnabled)
        date_row.addWidget(self.has_date)
        date_row.addWidget(self.date)
        date_row.addStretch(1)
        form.addRow(self.tr("Date"), date_row)
        self.note = QLineEdit(self)
        self.note.setObjectName("attachmentNote")
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setMaxLength(200)
        self.note.setPlaceholderText(self.tr("e.g. photocopy brought by the client"))
        form.addRow(self.tr("Note"), self.note)
        return form

    def _kind_chosen(self, _index: int) -> None:
        self._kind_typed = True

    def _target_changed(self, index: int) -> None:
        """A consent's signed form is a consent unless the person said otherwise."""
        if self._kind_typed or not 0 <= index < len(self._targets):
            return
        preferred = self._targets[index].kind or "lainnya"
        self.kind.setCurrentIndex(max(self.kind.findData(preferred), 0))

    def choice(self) -> Choice:
        day = self.date.date()
        return Choice(
            kind=str(self.kind.currentData()),
            document_date=(
                datetime.date(day.year(), day.month(), day.day())
                if self.has_date.isChecked()
                else None
            ),
            note=self.note.text(),
            downscale=self._large and self.downscale.isChecked(),
            target=self._targets[max(self.target.currentIndex(), 0)],
        )
