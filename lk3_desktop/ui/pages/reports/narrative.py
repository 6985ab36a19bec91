"""The head's notes that go with the report: obstacles, follow-up, recommendations."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from lk3_desktop.services.reports import ReportNarrative
from lk3_desktop.ui.field_feedback import FieldMessage
from lk3_desktop.ui.style import set_role


class NarrativeEditor(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportNarrative")
        column = QVBoxLayout(self)
        column.setSpacing(2)
        intro = QLabel(
            self.tr(
                "Written by the head before issuing; printed in the report after the tables "
                "and kept with the issued report."
            ),
            self,
        )
        intro.setWordWrap(True)
        set_role(intro, "muted")
        column.addWidget(intro)
        column.addSpacing(6)
        self.errors: dict[str, FieldMessage] = {}
        self.kendala = self._box("reportKendala", self.tr("Obstacles (kendala)"), column, "kendala")
        self.tindak_lanjut = self._box(
            "reportTindakLanjut", self.tr("Follow-up (tindak lanjut)"), column, "tindak_lanjut"
        )
        self.rekomendasi = self._box(
            "reportRekomendasi", self.tr("Recommendations (rekomendasi)"), column, "rekomendasi"
        )
        column.addStretch(1)

    def _box(self, name: str, label: str, column: QVBoxLayout, field: str) -> QPlainTextEdit:
        """A labelled box of four lines with its message line under it."""
        caption = QLabel(label, self)
        box = QPlainTextEdit(self)
        box.setObjectName(name)
        box.setAccessibleName(label)
        box.setTabChangesFocus(True)
        box.setFixedHeight(box.fontMetrics().lineSpacing() * 4 + 14)
        caption.setBuddy(box)
        message = FieldMessage(f"{name}Error", label, self)
        self.errors[field] = message
        for widget in (caption, box, message):
            column.addWidget(widget)
        return box

    def narrative(self) -> ReportNarrative:
        return ReportNarrative(
            kendala=self.kendala.toPlainText(),
            tindak_lanjut=self.tindak_lanjut.toPlainText(),
            rekomendasi=self.rekomendasi.toPlainText(),
        )

    def clear_messages(self) -> None:
        for message in self.errors.values():
            message.clear_message()
