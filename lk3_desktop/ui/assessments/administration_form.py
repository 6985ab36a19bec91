"""Administering a screening instrument, fast with the keyboard.

The current item is shown large on the right with its answers; the whole list is on the left.
Number keys answer the current item (the key is the answer's value: 0-3 for PHQ-9, 1 = Ya and
0 = Tidak for SRQ-20, 1-5 for K10), Enter moves to the next item, Backspace goes back, Up/Down
move too, Ctrl+S saves, Esc goes back (asking first when something would be lost).

The score and its band are computed by the instrument engine as you answer; while items are
still open, the lowest score the form can still reach is shown ("at least"). When an answer
raises a risk flag (PHQ-9 item 9 above 0, SRQ-20 item 17), a red warning panel appears at once
and one confirmation asks the counselor to act; declining clears that answer for correction.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from lk3_desktop.core.errors import EditConflict, ValidationError
from lk3_desktop.core.instruments import TOTAL, Instrument, Score
from lk3_desktop.core.severity_scale import band_ranks, tint
from lk3_desktop.services import assessments
from lk3_desktop.services.assessments import AdministrationInfo, FlagInfo
from lk3_desktop.services.context import UserSession
from lk3_desktop.ui import dates, dialogs
from lk3_desktop.ui.answer_button import AnswerButton
from lk3_desktop.ui.assessments import labels
from lk3_desktop.ui.assessments.common import (
    addenda_view,
    risk_panel,
    sign_assessment,
)
from lk3_desktop.ui.assessments.draft_form import DraftRecordForm
from lk3_desktop.ui.assessments.items_table import COL_TEXT, ItemsTable
from lk3_desktop.ui.assessments.score_state import FlagKey, flag_keys, fully_scored
from lk3_desktop.ui.attachments import attachments_button
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.date_edit import DateEdit
from lk3_desktop.ui.edit_conflict import save_mine_over_theirs
from lk3_desktop.ui.field_feedback import FieldMessage
from lk3_desktop.ui.forms import scrolling_body
from lk3_desktop.ui.messages import message_for
from lk3_desktop.ui.operations import Operation, show_failure
from lk3_desktop.ui.pdf_export import write_pdf
from lk3_desktop.ui.style import set_flag, set_role

_DIGITS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(10)}


class AdministrationForm(DraftRecordForm):
    """One administration of ``instrument`` in a case: new (``existing`` None), a draft to
    continue, or a signed one to read (with addenda and the PDF); ``saved`` carries an
    AdministrationInfo."""

    _existing: AdministrationInfo | None

    def __init__(
        self,
        context: AppContext,
        case_id: int,
        registration_number: str,
        instrument: Instrument,
        existing: AdministrationInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, case_id, existing, parent)
        self.setObjectName("administrationForm")
        self.setAccessibleName(self.tr("Screening instrument form"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._instrument = instrument
        self._answers: list[int | None] = (
            list(existing.answers) if existing else [None] * len(instrument.items)
        )
        self._current = 0
        self._score = instrument.score(self._answers)
        self._warned: set[FlagKey] = set(flag_keys(self._score))
        # Flags of this record whose action is already recorded: no red box for them again.
        self._handled: dict[FlagKey, FlagInfo] = {
            (f.code, f.item, f.score): f
            for f in (existing.flags if existing else ())
            if f.status == assessments.FLAG_RESOLVED
        }
        self._values = [sorted(item.values) for item in instrument.items]

        # Everything above the buttons scrolls inside the page (the risk box, DASS-21's long
        # answers); the buttons sit in a bar below that never scrolls away.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.scroll_area, layout = scrolling_body(self, "administrationScroll")
        layout.setContentsMargins(12, 10, 12, 6)
        layout.setSpacing(8)
        outer.addWidget(self.scroll_area, 1)

        self._build_header(layout, registration_number)
        self._build_risk_warning(layout)
        layout.addLayout(self._build_body(), 1)
        self._build_note(layout)
        outer.addWidget(self._build_buttons())

        self._build_options()
        self._refresh_table()
        self._show_score()
        self._show_risk_panel(flag_keys(self._score))  # already warned when it was answered
        first_open = next((i for i, a in enumerate(self._answers) if a is None), 0)
        self._go_to(first_open)

    # -- building --------------------------------------------------------------------------

    def _build_header(self, layout: QVBoxLayout, registration_number: str) -> None:
        header = QHBoxLayout()
        title_box = QVBoxLayout()
        name = labels.instrument_name(self._instrument)
        title = QLabel(
            name if self._instrument.code in name else f"{self._instrument.code} \u2014 {name}",
            self,
        )
        title.setObjectName("administrationTitle")
        set_role(title, "heading")
        title_box.addWidget(title)
        self.status_label = QLabel(labels.record_status(registration_number, self._existing), self)
        self.status_label.setObjectName("administrationStatus")
        set_role(self.status_label, "muted")
        title_box.addWidget(self.status_label)
        header.addLayout(title_box, 1)
        date_label = QLabel(self.tr("Date"), self)
        self.date_edit = DateEdit(self)
        self.date_edit.setObjectName("administrationDate")
        self.date_edit.setAccessibleName(self.tr("Date of the assessment"))
        self.date_edit.setCalendarPopup(True)
        day = self._existing.administered_on if self._existing else datetime.date.today()
        self.date_edit.setDate(QDate(day.year, day.month, day.day))
        self.date_edit.setMaximumDate(QDate.currentDate())
        self.date_edit.setReadOnly(self._read_only)
        self.date_edit.dateChanged.connect(self._mark_dirty)
        date_label.setBuddy(self.date_edit)
        header.addWidget(date_label)
        header.addWidget(self.date_edit)
        layout.addLayout(header)
        self.date_error = FieldMessage("administrationDateError", self.tr("Date error"), self)
        layout.addWidget(self.date_error)

        period = self._instrument.period_en if labels.english() else self._instrument.period_id
        period_text = self.tr("period: %1").replace("%1", period)
        instruction = QLabel(f"{labels.instruction(self._instrument)} ({period_text})", self)
        instruction.setObjectName("administrationInstruction")
        instruction.setWordWrap(True)
        set_role(instruction, "muted")
        layout.addWidget(instruction)

    def _build_risk_warning(self, layout: QVBoxLayout) -> None:
        """The red warning panel (non-modal) and the note that a flag's action is recorded."""
        self.risk_warning = risk_panel("riskWarning", self.tr("Risk warning"), self)
        warning_layout = QVBoxLayout(self.risk_warning)
        warning_layout.setContentsMargins(12, 8, 12, 8)
        self.risk_warning_text = QLabel(self.risk_warning)
        self.risk_warning_text.setObjectName("riskWarningText")
        self.risk_warning_text.setWordWrap(True)
        self.risk_warning_text.setTextFormat(Qt.TextFormat.PlainText)
        font = self.risk_warning_text.font()
        font.setBold(True)
        self.risk_warning_text.setFont(font)
        warning_layout.addWidget(self.risk_warning_text)
        advice = QLabel(
            self.tr(
                "Ask about the client's safety today, agree on a safety plan, and inform the "
                "head of the center. The flag stays open, with a red banner on the client, "
                "until you record the action taken."
            ),
            self.risk_warning,
        )
        advice.setObjectName("riskWarningAdvice")
        advice.setWordWrap(True)
        warning_layout.addWidget(advice)
        self.risk_warning.hide()
        layout.addWidget(self.risk_warning)
        self.risk_handled = QLabel(self)
        self.risk_handled.setObjectName("riskHandledNote")
        self.risk_handled.setWordWrap(True)
        self.risk_handled.setTextFormat(Qt.TextFormat.PlainText)
        set_role(self.risk_handled, "muted")
        self.risk_handled.hide()
        layout.addWidget(self.risk_handled)

    def _build_body(self) -> QHBoxLayout:
        """The items (left) and the current item with the score (right)."""
        body = QHBoxLayout()
        body.setSpacing(12)
        self.items_table = ItemsTable(
            self._instrument,
            [self.tr("No."), self.tr("Question"), self.tr("Answer")],
            self.tr("Items and answers"),
            self,
        )
        self.items_table.cellClicked.connect(lambda row, _col: self._go_to(row, focus=True))
        body.addWidget(self.items_table, 3)
        side = QVBoxLayout()
        side.setSpacing(8)
        side.addWidget(self._build_item_card())
        side.addWidget(self._build_score_card())
        side.addStretch(1)
        side_holder = QWidget(self)
        side_holder.setLayout(side)
        side_holder.setMinimumWidth(330)
        side_holder.setMaximumWidth(420)
        body.addWidget(side_holder, 2)
        return body

    def _build_item_card(self) -> QFrame:
        """The current item, large, with its answers and the keys that give them."""
        card = QFrame(self)
        card.setObjectName("currentItemCard")
        set_role(card, "card")
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(14, 10, 14, 10)
        self.position_label = QLabel(card)
        self.position_label.setObjectName("currentItemPosition")
        set_role(self.position_label, "muted")
        card_layout.addWidget(self.position_label)
        self.item_label = QLabel(card)
        self.item_label.setObjectName("currentItemText")
        self.item_label.setWordWrap(True)
        self.item_label.setTextFormat(Qt.TextFormat.PlainText)
        self.item_label.setMinimumHeight(48)
        self.item_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        item_font = self.item_label.font()
        item_font.setPointSizeF(item_font.pointSizeF() * 1.25)
        self.item_label.setFont(item_font)
        self.item_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        card_layout.addWidget(self.item_label)
        self.option_box = QVBoxLayout()
        self.option_box.setSpacing(4)
        card_layout.addLayout(self.option_box)
        self.option_buttons: list[AnswerButton] = []
        self._option_set = ""
        self.keys_hint = QLabel(card)
        self.keys_hint.setObjectName("keysHint")
        self.keys_hint.setWordWrap(True)
        set_role(self.keys_hint, "muted")
        card_layout.addWidget(self.keys_hint)
        return card

    def _build_score_card(self) -> QFrame:
        score_card = QFrame(self)
        score_card.setObjectName("scoreCard")
        set_role(score_card, "card")
        score_layout = QVBoxLayout(score_card)
        score_layout.setContentsMargins(14, 8, 14, 8)
        self.score_label = QLabel(score_card)
        self.score_label.setObjectName("scoreValue")
        self.score_label.setAccessibleName(self.tr("Score"))
        score_font = self.score_label.font()
        score_font.setPointSizeF(score_font.pointSizeF() * 1.35)
        score_font.setBold(True)
        self.score_label.setFont(score_font)
        self.band_label = QLabel(score_card)
        self.band_label.setObjectName("scoreBand")
        self.band_label.setAccessibleName(self.tr("Severity band"))
        self.band_label.setWordWrap(True)
        score_row = QHBoxLayout()
        score_row.addWidget(self.score_label)
        score_row.addWidget(self.band_label, 1)
        score_layout.addLayout(score_row)
        self.score_detail = QLabel(score_card)
        self.score_detail.setObjectName("scoreDetail")
        self.score_detail.setWordWrap(True)
        set_role(self.score_detail, "muted")
        score_layout.addWidget(self.score_detail)
        return score_card

    def _build_note(self, layout: QVBoxLayout) -> None:
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setObjectName("administrationNote")
        self.note_edit.setAccessibleName(self.tr("Counselor's note"))
        self.note_edit.setPlaceholderText(self.tr("Counselor's note (optional)"))
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(46)
        self.note_edit.setPlainText(self._existing.note if self._existing else "")
        self.note_edit.setReadOnly(self._read_only)
        self.note_edit.textChanged.connect(self._mark_dirty)
        layout.addWidget(self.note_edit)
        self.addenda = addenda_view("administrationAddenda", self, self._read_only)
        self.addenda.show_addenda(self._existing.addenda if self._existing else (), True)
        self.addenda.add_requested.connect(self._add_addendum)
        layout.addWidget(self.addenda)

    def _build_buttons(self) -> QWidget:
        """The bar under the scrolling part (it never scrolls away)."""
        bar = QWidget(self)
        bar.setObjectName("administrationButtons")
        buttons = QHBoxLayout(bar)
        buttons.setContentsMargins(12, 6, 12, 10)
        self.back_button = QPushButton(self.tr("Back"), self)
        self.back_button.setObjectName("administrationBack")
        self.back_button.setAccessibleName(self.tr("Back to the assessments"))
        self.back_button.clicked.connect(self.request_close)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        self.delete_button = QPushButton(self.tr("Delete draft"), self)
        self.delete_button.setObjectName("administrationDelete")
        self.delete_button.setAccessibleName(self.tr("Delete draft"))
        set_flag(self.delete_button, "destructive", True)
        self.delete_button.clicked.connect(self._delete)
        self.delete_button.setVisible(self._existing is not None and not self._read_only)
        buttons.addWidget(self.delete_button)
        self.pdf_button = QPushButton(self.tr("Save PDF…"), self)
        self.pdf_button.setObjectName("administrationPdf")
        self.pdf_button.setAccessibleName(self.tr("Save as PDF"))
        self.pdf_button.clicked.connect(self._save_pdf)
        self.pdf_button.setVisible(self._existing is not None)
        buttons.addWidget(self.pdf_button)
        known = self._existing
        buttons.addWidget(
            attachments_button(
                self._context, self, known.client_id if known else None, "administration",
                known.id if known else None, self.tr("Attachments of the screening"),
            )
        )  # fmt: skip
        self._add_save_buttons(buttons, "administration", self.tr("Save the screening draft"))
        return bar

    # -- state ---------------------------------------------------------------------------

    @property
    def answers(self) -> list[int | None]:
        return list(self._answers)

    @property
    def current_index(self) -> int:
        return self._current

    @property
    def score(self) -> Score:
        return self._score

    @property
    def existing(self) -> AdministrationInfo | None:
        return self._existing

    # -- keyboard ------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if mods == Qt.KeyboardModifier.NoModifier:
            if key in _DIGITS and not self._read_only:
                self.answer(_DIGITS[key])
                return
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Down):
                self._go_to(min(self._current + 1, len(self._answers) - 1))
                return
            if key in (Qt.Key.Key_Backspace, Qt.Key.Key_Up):
                self._go_to(max(self._current - 1, 0))
                return
        super().keyPressEvent(event)  # Esc: back (DraftRecordForm)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.items_table.viewport().update()

    def answer(self, value: int) -> bool:
        """Answer the current item with ``value`` (False when it is not one of its answers)."""
        if self._read_only or value not in self._values[self._current]:
            return False
        self._answers[self._current] = value
        self._dirty = True
        self._answers_changed()
        return True

    def _go_to(self, row: int, focus: bool = False) -> None:
        self._current = row
        self.items_table.selectRow(row)
        self.items_table.scrollToItem(self.items_table.cell(row, COL_TEXT))
        self._show_current()
        if focus:
            self.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- painting the state --------------------------------------------------------------

    def _build_options(self) -> None:
        """Answer buttons of the current item; rebuilt only when its answer set differs."""
        item = self._instrument.items[self._current]
        if self.option_buttons and self._option_set == item.option_set:
            return
        self._option_set = item.option_set
        for button in self.option_buttons:
            button.hide()
            self.option_box.removeWidget(button)
            button.deleteLater()
        self.option_buttons = []
        for option in item.options:
            button = AnswerButton(f"{option.value}   {labels.option_label(option)}", self)
            button.setObjectName(f"answerOption{option.value}")
            button.setAccessibleName(labels.option_label(option))
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setEnabled(not self._read_only)
            button.clicked.connect(lambda _checked=False, v=option.value: self._clicked(v))
            self.option_box.addWidget(button)
            self.option_buttons.append(button)

    def _clicked(self, value: int) -> None:
        self.answer(value)
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_current(self) -> None:
        item = self._instrument.items[self._current]
        total = len(self._instrument.items)
        self.position_label.setText(
            self.tr("Question %1 of %2").replace("%1", str(item.number)).replace("%2", str(total))
        )
        self.item_label.setText(labels.item_text(item))
        self._build_options()
        chosen = self._answers[self._current]
        for button, option in zip(self.option_buttons, item.options, strict=True):
            button.setChecked(option.value == chosen)
        keys = ", ".join(str(v) for v in sorted(item.values))
        if self._read_only:
            self.keys_hint.setText(self.tr("Signed: the answers can no longer be changed."))
        else:
            self.keys_hint.setText(
                self.tr("Keys: %1 answer · Enter next · Backspace previous · Ctrl+S save").replace(
                    "%1", keys
                )
            )

    def _refresh_table(self) -> None:
        flagged = {f.item for f in self._score.flags if f.item is not None}
        self.items_table.show_answers(
            self._instrument, self._answers, flagged, self.palette().text()
        )

    def _lowest_reachable(self) -> Score:
        """The score with every open item at its lowest scored answer ("at least")."""
        filled: list[int | None] = []
        for item, value in zip(self._instrument.items, self._answers, strict=True):
            if value is None:
                value = min(item.values, key=item.scored)
            filled.append(value)
        return self._instrument.score(filled)

    def _show_score(self) -> None:
        score = self._score
        inst = self._instrument
        answered = score.answered
        total_items = len(inst.items)
        complete_enough = fully_scored(inst, score)
        self.sign_button.setEnabled(complete_enough and not self._busy)
        if inst.total is not None:
            high = inst.max_total
            if score.total is not None:
                self.score_label.setText(
                    self.tr("Score %1 of %2")
                    .replace("%1", str(score.total))
                    .replace("%2", str(high))
                )
                band_code = score.severity.code if score.severity else None
            else:
                lowest = self._lowest_reachable()
                self.score_label.setText(
                    self.tr("At least %1 of %2")
                    .replace("%1", str(lowest.total))
                    .replace("%2", str(high))
                )
                band_code = lowest.severity.code if lowest.severity else None
            self._paint_band(TOTAL, band_code, final=score.total is not None)
        else:
            lines = []
            lowest = self._lowest_reachable()
            for sub in inst.subscales:
                name = labels.subscale_name(inst, sub.code)
                if sub.code in score.subscales:
                    sev = score.subscale_severity.get(sub.code)
                    band = labels.band_label(inst, sub.code, sev.code if sev else None, "")
                    lines.append(f"{name}: {score.subscales[sub.code]} \u2013 {band}")
                else:
                    lines.append(
                        f"{name}: "
                        + self.tr("at least %1").replace("%1", str(lowest.subscales[sub.code]))
                    )
            self.score_label.setText(self.tr("Scores"))
            self.band_label.setText("\n".join(lines))
            self.band_label.setStyleSheet("")
        detail = (
            self.tr("%1 of %2 answered")
            .replace("%1", str(answered))
            .replace("%2", str(total_items))
        )
        if score.prorated:
            detail += " \u00b7 " + self.tr("prorated by the instrument's rule")
        self.score_detail.setText(detail)
        self.score_label.setAccessibleDescription(self.score_label.text())

    def _paint_band(self, scale: str, code: str | None, final: bool) -> None:
        inst = self._instrument
        bands = inst.thresholds(scale)
        if code is None or not bands:
            self.band_label.setText("")
            self.band_label.setStyleSheet("")
            return
        ranks = dict(zip([b.code for b in bands], band_ranks([b.code for b in bands]), strict=True))
        band = next(b for b in bands if b.code == code)
        name = band.label_en if labels.english() else band.label_id
        text = f"{name} ({band.min}\u2013{band.max})"
        if not final:
            text = self.tr("so far: %1").replace("%1", text)
        self.band_label.setText(text)
        self.band_label.setStyleSheet(
            f"QLabel#scoreBand {{ background: {tint(ranks[code])}; border-radius: 4px;"
            " padding: 4px 8px; font-weight: 600; color: #1f2933; }"
        )

    def _answers_changed(self) -> None:
        self._score = self._instrument.score(self._answers)
        self._refresh_table()
        self._show_current()
        self._show_score()
        self._check_risk()

    # -- risk ----------------------------------------------------------------------------

    def _show_risk_panel(self, flags: dict[FlagKey, str]) -> None:
        handled = [self._handled[key] for key in flags if key in self._handled]
        self.risk_handled.setVisible(bool(handled))
        if handled:
            self.risk_handled.setText(
                "\n".join(
                    self.tr("Risk flag handled on %1 by %2: %3")
                    .replace("%1", dates.date_text(f.resolved_at.date()) if f.resolved_at else "")
                    .replace("%2", f.resolved_by_name)
                    .replace("%3", f.action_taken)
                    for f in handled
                )
            )
        flags = {key: label for key, label in flags.items() if key not in self._handled}
        if not flags:
            self.risk_warning.hide()
            return
        lines = []
        for (_code, item, _score), label in flags.items():
            where = self.tr(" (item %1)").replace("%1", str(item)) if item is not None else ""
            lines.append(self.tr("Risk flag: %1").replace("%1", label) + where)
        self.risk_warning_text.setText("\n".join(lines))
        self.risk_warning.setAccessibleDescription(self.risk_warning_text.text())
        self.risk_warning.show()

    def _check_risk(self) -> None:
        flags = flag_keys(self._score)
        self._show_risk_panel(flags)
        new = [key for key in flags if key not in self._warned]
        if not new:
            return
        self._warned.update(new)
        key = new[0]
        where = self.tr(" (item %1)").replace("%1", str(key[1])) if key[1] is not None else ""
        understood = dialogs.confirm(
            self,
            self.tr("Risk flag"),
            self.tr(
                "%1%2.\n\nAsk about the client's safety now and agree on a safety plan. "
                "Saving keeps this flag open until you record the action taken."
            )
            .replace("%1", flags[key])
            .replace("%2", where),
            ok_text=self.tr("I understand, continue"),
            cancel_text=self.tr("Correct the answer"),
            destructive=True,
        )
        if not understood and key[1] is not None:
            row = key[1] - 1
            self._answers[row] = None
            self._warned.discard(key)
            self._go_to(row)
            self._answers_changed()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- saving --------------------------------------------------------------------------

    def _date(self) -> datetime.date:
        d = self.date_edit.date()
        return datetime.date(d.year(), d.month(), d.day())

    def _set_busy(self, busy: bool) -> None:
        super()._set_busy(busy)
        self._show_score()  # signing waits for enough answers too

    def save(self, then_sign: bool = False) -> bool:
        """Save the draft (then sign when asked). False when nothing was started."""
        if self._read_only or self._busy:
            return False
        answers = list(self._answers)
        day = self._date()
        note = self.note_edit.toPlainText()
        existing = self._existing
        code = self._instrument.code
        case_id = self._case_id
        self.date_error.clear_message()

        def work(session: UserSession) -> AdministrationInfo:
            if existing is None:
                return assessments.record_administration(session, case_id, code, answers, day, note)
            return assessments.update_administration(
                session, existing.id, answers, day, note, expected_version=existing.version
            )

        return self._saving(work, then_sign).titled(self.tr("Save")).run()

    def _conflicted(self, conflict: EditConflict, then_sign: bool) -> None:
        """The head or the case's counselor saved this draft at another desk meanwhile:
        what was entered here stays; it is saved over theirs only when asked."""
        theirs = conflict.theirs
        assert isinstance(theirs, AdministrationInfo)

        def shown(answers: Sequence[int | None]) -> tuple[object, ...]:
            return tuple("–" if a is None else a for a in answers)

        pairs = [
            (self.tr("Date"), self._date(), theirs.administered_on),
            (self.tr("Answer"), shown(self._answers), shown(theirs.answers)),
            (self.tr("Counselor's note"), self.note_edit.toPlainText().strip(), theirs.note),
        ]
        differences = [pair for pair in pairs if pair[1] != pair[2]]
        if save_mine_over_theirs(self, conflict, differences):
            self._existing = theirs  # the version saved over, knowingly
            self.save(then_sign)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError) and exc.field == "administered_on":
            self.date_error.show_error(message_for(exc))
            return
        show_failure(self, self.tr("The assessment was not saved"), exc)

    def _sign(self, info: AdministrationInfo) -> None:
        signed = sign_assessment(
            self._context,
            self,
            lambda session, password: assessments.sign_administration(session, info.id, password),
        )
        # Signed or not, the draft itself is saved: back to the overview either way.
        self.saved.emit(signed if isinstance(signed, AdministrationInfo) else info)

    def _add_addendum(self, text: str) -> None:
        self._add_addendum_with(
            text, assessments.add_administration_addendum, assessments.get_administration
        )

    def _delete(self) -> None:
        self._delete_draft(
            self.tr("Delete this draft? Its answers will be gone."),
            assessments.delete_administration,
            title=self.tr("Delete draft"),
        )

    def _save_pdf(self) -> None:
        existing = self._existing
        if existing is None:
            return
        target = dialogs.ask_pdf_path(
            self,
            self.tr("Save assessment as PDF"),
            f"asesmen-{existing.instrument_code}-{existing.administered_on.isoformat()}.pdf",
        )
        if target is None:
            return
        client_id = existing.client_id
        code = existing.instrument_code
        instrument = self._instrument

        def with_trend(points: list[assessments.TrendPoint]) -> None:
            png: bytes | None = None
            if len(points) >= 2:
                from lk3_desktop.ui.assessments.trend_chart import TrendChart

                chart = TrendChart()
                chart.set_data(instrument, points)
                png = chart.png_bytes()
                chart.deleteLater()
            write_pdf(
                self._context,
                self,
                target,
                lambda s: assessments.administration_report(s, existing.id, png),
            )

        Operation(
            self._context, self, lambda s: assessments.trend(s, client_id, code), with_trend
        ).run()

    def request_close(self) -> None:
        """Back to the overview; asks first when answers would be lost."""
        self._close_asking(self.tr("The answers have not been saved. Discard them?"))
