"""Dokumen: the client's rights over their personal data (UU No. 27 Tahun 2022).

Three parts: "jangan diungkap" marks (what exports and letters leave out), a copy of all the
client's data as PDF or JSON (head only), and anonymisation once the retention period after
the last closed case has passed (head only). The services decide who may do what; the tab only
leaves out what they would refuse.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lk3_desktop.core.roles import Permission, Role, allowed
from lk3_desktop.core.withholding import WITHHOLDABLE_FIELDS
from lk3_desktop.services import anonymise, subject_export, withholding
from lk3_desktop.services.anonymise import AnonymisationPreview, AnonymisationResult
from lk3_desktop.services.context import UserSession
from lk3_desktop.services.subject_export import ExportSummary
from lk3_desktop.services.withholding import MarkableRecord, MarkInfo
from lk3_desktop.ui import dialogs
from lk3_desktop.ui.clients.form_parts import form_layout, long_date, row, stack
from lk3_desktop.ui.clients.lane_dialog import LaneDialog
from lk3_desktop.ui.clients.records_model import Column, RecordsModel
from lk3_desktop.ui.combo_box import ComboBox
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.field_feedback import (
    BusyIndicator,
    FieldMessage,
    StatusMessage,
    capped_body,
    pass_to_crash_handler,
)
from lk3_desktop.ui.forms import scrolling_body
from lk3_desktop.ui.messages import message_for
from lk3_desktop.ui.operations import Operation, show_failure
from lk3_desktop.ui.style import set_flag, set_role
from lk3_desktop.ui.table_columns import fit_columns
from lk3_desktop.ui.validation_texts import sentence_text

# The word the head types to confirm anonymisation: Indonesian in every interface language,
# like the documents, so the instruction never depends on a translation.
CONFIRM_WORD = "ANONIMKAN"

# Rows of the marks table shown without scrolling: the tab fits 1366x768 without a scroll bar.
VISIBLE_MARKS = 4


@dataclass(frozen=True)
class PersonalData:
    """What the tab shows, read in one lane call."""

    marks: list[MarkInfo]
    records: list[MarkableRecord]
    preview: AnonymisationPreview | None  # the head only


def load_personal_data(session: UserSession, client_id: int) -> PersonalData:
    """The tab's data (on the lane): marks, the records the actor may mark and, for the
    head, whether the client may be anonymised."""
    head = allowed(session.actor.role, Permission.MANAGE_PERSONAL_DATA)
    return PersonalData(
        marks=withholding.list_marks(session, client_id),
        records=withholding.markable_records(session, client_id),
        preview=anonymise.preview(session, client_id) if head else None,
    )


def _note(text: str, name: str, parent: QWidget, role: str = "muted") -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    set_role(label, role)
    return label


def _text_box(parent: QWidget, name: str, accessible: str, lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setObjectName(name)
    box.setAccessibleName(accessible)
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


# -- dialogs ----------------------------------------------------------------------------------


class MarkDialog(LaneDialog):
    """Mark a part of the client record, or one whole record, "jangan diungkap"."""

    def __init__(
        self,
        context: AppContext,
        client_id: int,
        records: Sequence[MarkableRecord],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.setObjectName("markDialog")
        self.setWindowTitle(self.tr("Do not disclose"))
        self.setAccessibleName(self.tr("Do not disclose"))
        self._client_id = client_id
        session = context.require_session()
        layout = QVBoxLayout(self)
        layout.addWidget(
            _note(
                self.tr(
                    "The marked data is left out of every export and letter about this client; "
                    "the document says that something was left out."
                ),
                "markDialogText",
                self,
                "",
            )
        )
        form = form_layout()
        self.field_choice = QRadioButton(self.tr("Part of the client record"), self)
        self.field_choice.setObjectName("markFieldChoice")
        self.field_choice.setAccessibleName(self.tr("Part of the client record"))
        self.record_choice = QRadioButton(self.tr("A whole record"), self)
        self.record_choice.setObjectName("markRecordChoice")
        self.record_choice.setAccessibleName(self.tr("A whole record"))
        self._choice = QButtonGroup(self)
        self._choice.addButton(self.field_choice)
        self._choice.addButton(self.record_choice)

        self.field = ComboBox(self)
        self.field.setObjectName("markField")
        self.field.setAccessibleName(self.tr("Part of the client record"))
        for code, label in WITHHOLDABLE_FIELDS.items():
            self.field.addItem(label, code)
        self.record = ComboBox(self)
        self.record.setObjectName("markRecord")
        self.record.setAccessibleName(self.tr("Record"))
        self._records = list(records)
        for index, found in enumerate(self._records):
            self.record.addItem(found.label, index)  # an index: Qt turns tuples into lists
        if not records:
            self.record.hide()
        self.record_note = _note(
            self.tr(
                "Only the counselor of the case and the head of the center can mark a whole record."
            )
            if session.actor.role is Role.STAF
            else self.tr(
                "This client has no session notes, assessments, screenings or referrals that "
                "you may see."
            ),
            "markRecordNote",
            self,
        )
        self.record_note.setVisible(not records)
        self.record_choice.setEnabled(bool(records))

        self._build_choice_rows(form, layout)

    def _build_choice_rows(self, form: QFormLayout, layout: QVBoxLayout) -> None:
        field_error = FieldMessage("markFieldError", self.tr("Part of the client record"), self)
        record_error = FieldMessage("markRecordError", self.tr("Record"), self)
        self.errors["field"] = field_error
        self.errors["record"] = record_error
        form.addRow(self.field_choice, stack(self, row(self, self.field), field_error))
        form.addRow(
            self.record_choice,
            stack(self, row(self, self.record), self.record_note, record_error),
        )
        self.reason = _text_box(self, "markReason", self.tr("Reason"), 3)
        self.reason.setPlaceholderText(
            self.tr("e.g. the client asked that her address not reach her husband")
        )
        self._field(form, "reason", self.tr("Reason"), self.reason, True)
        layout.addLayout(form)
        layout.addWidget(
            _note(
                self.tr("The reason stays inside the office: documents never show it."),
                "markReasonNote",
                self,
            )
        )
        self._finish_layout(layout, self.tr("Mark"))
        self.field_choice.toggled.connect(self._choice_changed)
        self.field_choice.setChecked(True)
        self._choice_changed()
        self.setMinimumWidth(560)

    def _choice_changed(self, _on: bool = False) -> None:
        by_field = self.field_choice.isChecked()
        self.field.setEnabled(by_field)
        self.record.setEnabled(not by_field)

    def choose_record(self, kind: str, record_id: int) -> None:
        """Select the record option and the given record (for people and tests alike)."""
        self.record_choice.setChecked(True)
        for index, found in enumerate(self._records):
            if (found.kind, found.record_id) == (kind, record_id):
                self.record.setCurrentIndex(index)

    def accept(self) -> None:
        client_id, reason = self._client_id, self.reason.toPlainText()
        if self.field_choice.isChecked():
            code = str(self.field.currentData())
            self._submit(lambda s: withholding.mark(s, client_id, reason, field_code=code))
            return
        index = self.record.currentIndex()
        if not 0 <= index < len(self._records):
            self.errors["record"].show_error(self.tr("Choose a record."))
            return
        kind, record_id = self._records[index].kind, self._records[index].record_id
        self._submit(
            lambda s: withholding.mark(s, client_id, reason, kind=kind, record_id=record_id)
        )


class AnonymiseDialog(LaneDialog):
    """The last question before anonymising: every consequence, then the typed word."""

    def __init__(
        self,
        context: AppContext,
        preview: AnonymisationPreview,
        client_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.setObjectName("anonymiseDialog")
        self.setWindowTitle(self.tr("Anonymise client"))
        self.setAccessibleName(self.tr("Anonymise client"))
        self._client_id = preview.client_id
        layout = QVBoxLayout(self)
        heading = QLabel(
            self.tr("Anonymise %1 (No. %2)?")
            .replace("%2", str(preview.client_id))
            .replace("%1", client_name),
            self,
        )
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setObjectName("anonymiseHeading")
        heading.setWordWrap(True)
        set_role(heading, "heading")
        layout.addWidget(heading)
        layout.addWidget(QLabel(self.tr("What happens:"), self))
        self.consequences: list[QLabel] = []
        listing = QGridLayout()
        listing.setHorizontalSpacing(8)
        listing.setColumnStretch(1, 1)
        for index, sentence in enumerate(preview.consequences):
            bullet = QLabel("•", self)
            label = QLabel(sentence, self)
            label.setObjectName(f"anonymiseConsequence{index}")
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            listing.addWidget(bullet, index, 0, Qt.AlignmentFlag.AlignTop)
            listing.addWidget(label, index, 1)
            self.consequences.append(label)
        layout.addLayout(listing)
        layout.addSpacing(6)
        prompt = QLabel(
            self.tr("Type %1 to confirm.").replace("%1", CONFIRM_WORD),
            self,
        )
        prompt.setObjectName("anonymisePrompt")
        prompt.setWordWrap(True)
        layout.addWidget(prompt)
        self.word = QLineEdit(self)
        self.word.setObjectName("anonymiseConfirmWord")
        self.word.setAccessibleName(self.tr("Confirmation word"))
        self.word.setPlaceholderText(CONFIRM_WORD)
        prompt.setBuddy(self.word)
        layout.addWidget(self.word)
        self._finish_layout(layout, self.tr("Anonymise"))
        # destructive: red, never the default button, enabled only by the typed word
        set_flag(self.ok_button, "destructive", True)
        self.ok_button.setDefault(False)
        self.ok_button.setAutoDefault(False)
        self.ok_button.setEnabled(False)
        self.word.textChanged.connect(self._word_changed)
        self.setMinimumWidth(620)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Qt sizes wrapped text for a narrow guess and leaves a gap above the buttons: fit
        # the height to the real width instead
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth():
            layout.activate()
            self.resize(self.width(), layout.totalHeightForWidth(self.width()))

    def confirmed(self) -> bool:
        return self.word.text().strip() == CONFIRM_WORD

    def _word_changed(self, _text: str) -> None:
        self.ok_button.setEnabled(self.confirmed() and not self._busy)

    def _failed(self, exc: BaseException) -> None:
        super()._failed(exc)
        self.ok_button.setEnabled(self.confirmed())

    def accept(self) -> None:
        if not self.confirmed():
            return
        client_id = self._client_id
        self._submit(lambda s: anonymise.anonymise_client(s, client_id))


# -- the tab ----------------------------------------------------------------------------------


class PersonalDataTab(QWidget):
    anonymised = Signal(int)  # client id: the page reads the record again

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentTab")
        self.setAccessibleName(self.tr("Personal data"))
        self._context = context
        self._client_id: int | None = None
        self._client_name = ""
        self._client_anonymised = False
        self._stale = True
        self._generation = 0
        self.data: PersonalData | None = None

        # The three boxes scroll inside the tab (a 1366x768 screen is shorter than all three);
        # long lines are hard to read across a wide screen: a column up to 900 px, left
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll, content = scrolling_body(self, "documentScroll")
        content.setContentsMargins(20, 12, 20, 12)
        outer.addWidget(scroll)
        holder = QWidget(scroll.widget())
        content.addWidget(holder)
        layout = capped_body(holder, 900)
        holder_layout = holder.layout()
        assert holder_layout is not None
        holder_layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        body = layout.parentWidget()
        assert body is not None

        self.boxes = layout  # the client page adds the attached documents below the rights
        self.intro = _note(
            self.tr(
                "The client's rights over their personal data (UU No. 27 Tahun 2022): keep "
                "parts of the record out of documents, receive a copy of everything recorded, "
                "and be anonymised after the retention period."
            ),
            "documentTabText",
            body,
            "subtitle",
        )
        layout.addWidget(self.intro)
        self.busy = BusyIndicator("personalDataBusy", body)
        layout.addWidget(self.busy)
        layout.addWidget(self._build_withhold_box(body))
        layout.addWidget(self._build_export_box(body))
        layout.addWidget(self._build_anonymise_box(body))
        layout.addStretch(1)

    # -- building ---------------------------------------------------------------------------

    def _button(
        self, parent: QWidget, name: str, text: str, slot: Callable[[], None]
    ) -> QPushButton:
        button = QPushButton(text, parent)
        button.setObjectName(name)
        button.setAccessibleName(text.rstrip("…"))
        button.clicked.connect(lambda _c=False: slot())
        return button

    def _build_withhold_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Do not disclose"), parent)
        box.setObjectName("withholdBox")
        layout = QVBoxLayout(box)
        layout.setSpacing(8)
        layout.addWidget(
            _note(
                self.tr(
                    "Marked items are left out of exports and letters about this client; the "
                    "document then says that something was left out."
                ),
                "withholdText",
                box,
                "",
            )
        )
        self.marks_model: RecordsModel[MarkInfo] = RecordsModel(
            [
                Column(self.tr("What"), lambda m: m.label, tooltip=lambda m: m.label),
                Column(
                    self.tr("Reason"),
                    lambda m: (
                        m.reason or self.tr("(shown only to the head and to whoever made the mark)")
                    ),
                    tooltip=lambda m: m.reason,
                ),
                Column(self.tr("Marked on"), lambda m: long_date(m.marked_at.date())),
            ],
            self,
        )
        self.marks_table = QTableView(box)
        self.marks_table.setObjectName("marksTable")
        self.marks_table.setAccessibleName(self.tr("Items not to be disclosed"))
        self.marks_table.setModel(self.marks_model)
        self.marks_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.marks_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.marks_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.marks_table.setWordWrap(False)
        self.marks_table.verticalHeader().hide()
        fit_columns(self.marks_table, 1)
        self._fit_marks(1)
        self.marks_table.selectionModel().selectionChanged.connect(
            lambda *_: self._update_buttons()
        )
        layout.addWidget(self.marks_table)
        self.marks_empty = _note(
            self.tr("Nothing is marked: every part of the record may appear in documents."),
            "marksEmptyNote",
            box,
        )
        layout.addWidget(self.marks_empty)
        buttons = QHBoxLayout()
        self.mark_button = self._button(box, "markButton", self.tr("Mark…"), self.mark)
        self.lift_button = self._button(box, "liftMarkButton", self.tr("Lift mark"), self.lift)
        self.lift_button.setToolTip(self.tr("Only the head of the center lifts a mark."))
        buttons.addWidget(self.mark_button)
        buttons.addWidget(self.lift_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.withhold_status = StatusMessage("withholdStatus", self.tr("Do not disclose"), box)
        layout.addWidget(self.withhold_status)
        return box

    def _build_export_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Export the client's data"), parent)
        box.setObjectName("exportBox")
        layout = QVBoxLayout(box)
        layout.setSpacing(8)
        self.export_text = _note(
            self.tr(
                "A copy of everything recorded about this client, for a request under UU PDP. "
                "Marked items are left out."
            ),
            "exportText",
            box,
            "",
        )
        layout.addWidget(self.export_text)
        self.export_head_only = _note(
            self.tr("Only the head of the center can export all of a client's data."),
            "exportHeadOnlyNote",
            box,
        )
        layout.addWidget(self.export_head_only)
        self.export_buttons = QWidget(box)
        self.export_buttons.setObjectName("exportButtons")
        buttons = QHBoxLayout(self.export_buttons)
        buttons.setContentsMargins(0, 0, 0, 0)
        self.export_pdf_button = self._button(
            self.export_buttons, "exportPdfButton", self.tr("Export PDF…"), self.export_pdf
        )
        self.export_json_button = self._button(
            self.export_buttons, "exportJsonButton", self.tr("Export JSON…"), self.export_json
        )
        buttons.addWidget(self.export_pdf_button)
        buttons.addWidget(self.export_json_button)
        buttons.addStretch(1)
        layout.addWidget(self.export_buttons)
        self.export_busy = BusyIndicator("exportBusy", box)
        layout.addWidget(self.export_busy)
        self.export_result = StatusMessage("exportResult", self.tr("Export result"), box)
        self.export_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.export_result)
        return box

    def _build_anonymise_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Anonymise"), parent)
        box.setObjectName("anonymiseBox")
        self.anonymise_box = box
        layout = QVBoxLayout(box)
        layout.setSpacing(8)
        self.eligibility = _note("", "anonymiseEligibility", box, "")
        self.eligibility.setAccessibleName(self.tr("Anonymisation"))
        layout.addWidget(self.eligibility)
        buttons = QHBoxLayout()
        self.anonymise_button = self._button(
            box, "anonymiseButton", self.tr("Anonymise…"), self.anonymise
        )
        buttons.addWidget(self.anonymise_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        return box

    # -- loading ----------------------------------------------------------------------------

    def _may(self, permission: Permission) -> bool:
        session = self._context.session
        return session is not None and allowed(session.actor.role, permission)

    def set_client(self, client_id: int, name: str, anonymised: bool = False) -> None:
        """Show ``client_id``; the lists are read when the tab is on screen."""
        if client_id != self._client_id:
            self.data = None
            self.marks_model.set_records([])
            self.eligibility.setText("")
            self.withhold_status.clear_message()
            self.export_result.clear_message()
        self._client_id = client_id
        self._client_name = name
        self._client_anonymised = anonymised
        self._stale = True
        self._update_roles()
        if self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale and self._client_id is not None:
            self.reload()

    def reload(self) -> None:
        client_id = self._client_id
        if client_id is None:
            return
        self._stale = False
        self._generation += 1
        generation = self._generation
        self.busy.start(self.tr("Reading…"))

        def done(data: PersonalData) -> None:
            if generation != self._generation:
                return
            self.busy.stop()
            self._show(data)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self.busy.stop()
                show_failure(self, self.tr("Personal data"), exc)

        if not (
            Operation(self._context, self, lambda s: load_personal_data(s, client_id), done)
            .failure(failed)
            .run()
        ):
            self.busy.stop()

    def _show(self, data: PersonalData) -> None:
        self.data = data
        self.marks_model.set_records(data.marks)
        self._fit_marks(len(data.marks))
        self.marks_table.setVisible(bool(data.marks))
        self.marks_empty.setVisible(not data.marks)
        self.eligibility.setText(self._eligibility_text(data.preview))
        self._update_buttons()

    def _eligibility_text(self, preview: AnonymisationPreview | None) -> str:
        if preview is None:
            return ""
        if preview.reason is not None:
            return sentence_text(preview.reason)  # why not, or from when
        return (
            self.tr(
                "Every case of this client is closed and the retention period of %1 years has "
                "passed (since %2): the client may be anonymised."
            )
            .replace("%1", str(preview.retention_years))
            .replace("%2", long_date(preview.eligible_from))
        )

    def _fit_marks(self, rows: int) -> None:
        """As tall as its rows, up to VISIBLE_MARKS; more scroll inside the table."""
        shown = min(max(rows, 1), VISIBLE_MARKS)
        self.marks_table.setFixedHeight(
            self.marks_table.horizontalHeader().sizeHint().height()
            + shown * self.marks_table.verticalHeader().defaultSectionSize()
            + 2 * self.marks_table.frameWidth()
        )

    def _update_roles(self) -> None:
        head = self._may(Permission.MANAGE_PERSONAL_DATA)
        self.lift_button.setVisible(head)
        self.export_text.setVisible(head)
        self.export_buttons.setVisible(head)
        self.export_head_only.setVisible(not head)
        self.anonymise_box.setVisible(head)
        self._update_buttons()

    def _update_buttons(self) -> None:
        ready = self.data is not None and not self._client_anonymised
        self.mark_button.setEnabled(ready and self._may(Permission.REGISTER_CLIENTS))
        self.lift_button.setEnabled(ready and self.selected_mark() is not None)
        preview = self.data.preview if self.data is not None else None
        self.anonymise_button.setEnabled(
            preview is not None and preview.eligible and not self._client_anonymised
        )

    def selected_mark(self) -> MarkInfo | None:
        rows = self.marks_table.selectionModel().selectedRows()
        return self.marks_model.record(rows[0].row()) if rows else None

    def select_mark(self, row: int) -> None:
        self.marks_table.selectRow(row)

    # -- marks ------------------------------------------------------------------------------

    def mark(self) -> None:
        if self._client_id is None or self.data is None:
            return
        dialog = MarkDialog(self._context, self._client_id, self.data.records, self)
        accepted = dialogs.exec_dialog(dialog) == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        if accepted:
            self.withhold_status.show_good(self.tr("Marked: documents leave it out from now on."))
            self.reload()

    def lift(self) -> None:
        chosen = self.selected_mark()
        if chosen is None:
            return
        if not dialogs.confirm(
            self,
            self.tr("Lift mark"),
            self.tr(
                "Lift the mark on “%1”? It will appear again in exports and letters about this "
                "client."
            ).replace("%1", chosen.label),
            ok_text=self.tr("Lift mark"),
        ):
            return
        mark_id = chosen.id

        def done(_none: object) -> None:
            self.withhold_status.show_good(self.tr("The mark was lifted."))
            self.reload()

        (
            Operation(self._context, self, lambda s: withholding.lift(s, mark_id), done)
            .titled(self.tr("Lift mark"))
            .run()
        )

    # -- export -----------------------------------------------------------------------------

    def export_pdf(self) -> None:
        self._export("pdf", self.tr("PDF documents (*.pdf)"), subject_export.export_pdf)

    def export_json(self) -> None:
        self._export("json", self.tr("JSON files (*.json)"), subject_export.export_json)

    def _export(
        self,
        suffix: str,
        name_filter: str,
        fn: Callable[[UserSession, int, Path], ExportSummary],
    ) -> None:
        client_id = self._client_id
        if client_id is None:
            return
        stamp = datetime.date.today().strftime("%Y%m%d")
        chosen = dialogs.choose_save_file(
            self,
            self.tr("Export the client's data"),
            str(Path.home() / f"data-klien-{client_id}-{stamp}.{suffix}"),
            name_filter,
            suffix,
        )
        if not chosen:
            return
        path = Path(chosen)
        self.export_result.clear_message()
        self._set_exporting(True)

        def done(summary: ExportSummary) -> None:
            self._set_exporting(False)
            text = (
                self.tr("Saved %1: %2 records, %3 items left out (do not disclose).")
                .replace("%3", str(summary.withheld))
                .replace("%2", str(summary.records))
                .replace("%1", Path(summary.path).name)
            )
            if summary.files:
                text += " " + self.tr("%1 attached document(s) in the folder %2.").replace(
                    "%1", str(summary.files)
                ).replace("%2", f"{Path(summary.path).stem}-lampiran")
            self.export_result.show_good(text)

        def failed(exc: BaseException) -> None:
            self._set_exporting(False)
            self.export_result.show_error(message_for(exc))
            pass_to_crash_handler(exc)

        if not (
            Operation(self._context, self, lambda s: fn(s, client_id, path), done)
            .failure(failed)
            .run()
        ):
            self._set_exporting(False)

    def _set_exporting(self, busy: bool) -> None:
        self.export_pdf_button.setEnabled(not busy)
        self.export_json_button.setEnabled(not busy)
        if busy:
            self.export_busy.start(self.tr("Exporting…"))
        else:
            self.export_busy.stop()

    # -- anonymise --------------------------------------------------------------------------

    def anonymise(self) -> None:
        preview = self.data.preview if self.data is not None else None
        if preview is None or not preview.eligible:
            return
        dialog = AnonymiseDialog(self._context, preview, self._client_name, self)
        accepted = dialogs.exec_dialog(dialog) == QDialog.DialogCode.Accepted
        result = dialog.result_value
        dialog.deleteLater()
        if accepted and isinstance(result, AnonymisationResult):
            self._client_anonymised = True
            self._update_buttons()
            self.anonymised.emit(result.client_id)
