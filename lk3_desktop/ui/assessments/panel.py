"""The client page's "Asesmen" tab: assessments per case, new ones, and the trend.

``AssessmentsPanel(context, client_id)`` is self-contained: it loads on :meth:`reload` (on the
lane), lists the screening instruments and psychosocial assessments of the chosen case, opens
the keyboard-fast instrument form or the narrative form in place, and charts each instrument
the client took more than once. ``riskChanged`` is emitted whenever something was saved that
may raise or close a risk flag; connect it to ``RiskBanner.reload``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lk3_desktop.core.case_stages import STAGE_LABELS_ID, Stage
from lk3_desktop.core.errors import PermissionDenied
from lk3_desktop.core.instruments import TOTAL, InstrumentDefinitionError
from lk3_desktop.core.roles import Role
from lk3_desktop.services import assessments
from lk3_desktop.services.assessments import (
    AdministrationInfo,
    CaseAssessments,
    PsychosocialInfo,
    SafetyPlanInfo,
    TrendPoint,
)
from lk3_desktop.ui import dates, dialogs
from lk3_desktop.ui.assessments import labels
from lk3_desktop.ui.assessments.administration_form import AdministrationForm
from lk3_desktop.ui.assessments.psychosocial_form import PsychosocialForm
from lk3_desktop.ui.assessments.safety_plan_form import SafetyPlanForm
from lk3_desktop.ui.assessments.trend_chart import TrendChart
from lk3_desktop.ui.combo_box import ComboBox
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.field_feedback import pass_to_crash_handler
from lk3_desktop.ui.messages import message_for
from lk3_desktop.ui.operations import Operation
from lk3_desktop.ui.style import RISK, set_flag, set_role
from lk3_desktop.ui.table_columns import fit_columns

COL_DATE, COL_KIND, COL_SCORE, COL_BAND, COL_STATUS, COL_RISK = range(6)
KIND_ADMIN = "administration"
KIND_NARRATIVE = "psychosocial"
KIND_PLAN = "safety_plan"


class AssessmentList(QTreeWidget):
    """The assessments of one case; Enter opens the current one."""

    openRequested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem():
            self.openRequested.emit()
            return
        super().keyPressEvent(event)


class AssessmentsPanel(QWidget):
    """Assessments of one client (the cases the signed-in person may see)."""

    riskChanged = Signal()  # saved, signed or deleted something that may raise/close a flag
    loaded = Signal()  # the overview shows fresh data

    def __init__(self, context: AppContext, client_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assessmentsPanel")
        self.setAccessibleName(self.tr("Assessments"))
        self._context = context
        self._client_id = client_id
        self._cases: list[CaseAssessments] = []
        self._loaded = False
        self._generation = 0
        self._trend_generation = 0
        self._form: QWidget | None = None
        self._pending_plan: int | None = None  # a plan asked for before the cases arrived

        self._build_assessments_stack()

        overview = QWidget(self.stack)
        overview.setObjectName("assessmentsOverview")
        layout = QVBoxLayout(overview)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(8)

        self._build_case_chooser_and_actions(layout, overview)

        splitter = QSplitter(Qt.Orientation.Horizontal, overview)
        splitter.setObjectName("assessmentsSplitter")
        splitter.setChildrenCollapsible(False)
        left = QWidget(splitter)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        list_title = QLabel(self.tr("Assessments of this case"), left)
        set_role(list_title, "heading")
        left_layout.addWidget(list_title)
        self.list = AssessmentList(left)
        self.list.setObjectName("assessmentList")
        self.list.setAccessibleName(self.tr("Assessments of this case"))
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Assessment"),
                self.tr("Score"),
                self.tr("Result"),
                self.tr("Status"),
                self.tr("Risk"),
            ]
        )
        fit_columns(self.list, COL_KIND)
        self.list.itemActivated.connect(lambda *_: self.open_current())
        self.list.openRequested.connect(self.open_current)
        left_layout.addWidget(self.list, 1)
        list_buttons = QHBoxLayout()
        self.open_button = QPushButton(self.tr("Open"), left)
        self.open_button.setObjectName("openAssessment")
        self.open_button.setAccessibleName(self.tr("Open the selected assessment"))
        self.open_button.clicked.connect(self.open_current)
        list_buttons.addWidget(self.open_button)
        list_buttons.addStretch(1)
        left_layout.addLayout(list_buttons)

        self._build_trend_instrument(layout, left, overview, splitter)

    def _build_assessments_stack(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("assessmentsStack")
        outer.addWidget(self.stack)

    def _build_case_chooser_and_actions(self, layout: QVBoxLayout, overview: QWidget) -> None:
        # case chooser and actions
        bar = QHBoxLayout()
        case_label = QLabel(self.tr("Case"), overview)
        bar.addWidget(case_label)
        self.case_combo = ComboBox(overview)
        self.case_combo.setObjectName("assessmentCase")
        self.case_combo.setAccessibleName(self.tr("Case"))
        self.case_combo.setMinimumWidth(240)
        self.case_combo.setMaximumWidth(380)
        self.case_combo.currentIndexChanged.connect(self._fill_list)
        case_label.setBuddy(self.case_combo)
        bar.addWidget(self.case_combo, 1)
        bar.addStretch(1)
        self.instrument_combo = ComboBox(overview)
        self.instrument_combo.setObjectName("newInstrument")
        self.instrument_combo.setAccessibleName(self.tr("Screening instrument"))
        self._definitions_problem = ""
        try:
            available = assessments.list_instruments()
        except InstrumentDefinitionError as exc:  # a damaged file: say so, score nothing
            available = []
            self._definitions_problem = message_for(exc)
        for instrument in available:
            self.instrument_combo.addItem(
                f"{instrument.code} \u2014 {labels.instrument_name(instrument)}", instrument.code
            )
        self.instrument_combo.setMinimumWidth(200)
        bar.addWidget(self.instrument_combo, 1)
        self.start_button = QPushButton(self.tr("Start screening"), overview)
        self.start_button.setObjectName("startScreening")
        self.start_button.setAccessibleName(self.tr("Start the screening instrument"))
        set_flag(self.start_button, "prominent", True)
        self.start_button.clicked.connect(self.start_administration)
        bar.addWidget(self.start_button)
        self.narrative_button = QPushButton(self.tr("New psychosocial assessment"), overview)
        self.narrative_button.setObjectName("newPsychosocial")
        self.narrative_button.setAccessibleName(self.tr("New psychosocial assessment"))
        self.narrative_button.clicked.connect(self.start_psychosocial)
        bar.addWidget(self.narrative_button)
        self.plan_button = QPushButton(self.tr("New safety plan"), overview)
        self.plan_button.setObjectName("newSafetyPlan")
        self.plan_button.setAccessibleName(self.tr("New safety plan with the client"))
        self.plan_button.setToolTip(
            self.tr(
                "The client's plan for a crisis: warning signs, what helps, people and "
                "services to call (SAPA 129), a safe surrounding; printed for the client."
            )
        )
        self.plan_button.clicked.connect(lambda: self.start_safety_plan())
        bar.addWidget(self.plan_button)
        layout.addLayout(bar)

        self.message = QLabel(overview)
        self.message.setObjectName("assessmentsMessage")
        self.message.setWordWrap(True)
        set_role(self.message, "muted")
        self.message.hide()
        layout.addWidget(self.message)

    def _build_trend_instrument(
        self, layout: QVBoxLayout, left: QWidget, overview: QWidget, splitter: QSplitter
    ) -> None:
        right = QWidget(splitter)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        trend_title = QLabel(self.tr("Trend"), right)
        set_role(trend_title, "heading")
        right_layout.addWidget(trend_title)
        trend_bar = QHBoxLayout()
        self.trend_combo = ComboBox(right)
        self.trend_combo.setObjectName("trendInstrument")
        self.trend_combo.setAccessibleName(self.tr("Instrument of the trend"))
        self.trend_combo.currentIndexChanged.connect(self._trend_instrument_changed)
        trend_bar.addWidget(self.trend_combo, 1)
        self.scale_combo = ComboBox(right)
        self.scale_combo.setObjectName("trendScale")
        self.scale_combo.setAccessibleName(self.tr("Scale whose bands are drawn"))
        self.scale_combo.currentIndexChanged.connect(self._scale_changed)
        self.scale_combo.hide()
        trend_bar.addWidget(self.scale_combo)
        self.save_chart_button = QPushButton(self.tr("Save chart as PNG…"), right)
        self.save_chart_button.setObjectName("saveTrendChart")
        self.save_chart_button.setAccessibleName(self.tr("Save the chart as a PNG picture"))
        self.save_chart_button.clicked.connect(self._save_chart_clicked)
        trend_bar.addWidget(self.save_chart_button)
        right_layout.addLayout(trend_bar)
        self.trend_empty = QLabel(
            self.tr(
                "A trend appears here once the client has taken the same instrument more than once."
            ),
            right,
        )
        self.trend_empty.setObjectName("trendEmpty")
        self.trend_empty.setWordWrap(True)
        set_role(self.trend_empty, "muted")
        right_layout.addWidget(self.trend_empty)
        self.trend_chart = TrendChart(right)
        right_layout.addWidget(self.trend_chart, 1)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 6)
        layout.addWidget(splitter, 1)
        self.stack.addWidget(overview)
        self._overview = overview
        self._set_trend_visible(False)
        self._set_actions_enabled(False)

    # -- public --------------------------------------------------------------------------

    @property
    def client_id(self) -> int:
        return self._client_id

    @property
    def is_loaded(self) -> bool:
        return self._loaded

    @property
    def cases(self) -> list[CaseAssessments]:
        return list(self._cases)

    def current_form(self) -> QWidget | None:
        """The open instrument or narrative form, if any."""
        return self._form

    def set_client(self, client_id: int) -> None:
        self._client_id = client_id
        self._pending_plan = None
        self._close_form()
        self.reload()

    def reload(self) -> None:
        """Load the client's assessments again (on the lane)."""
        session = self._context.session
        if session is None:
            return
        if session.actor.role is Role.STAF:
            self._show_denied()
            return
        if self._definitions_problem:
            self._show_message(self._definitions_problem)
            self._set_actions_enabled(False)
            self._loaded = True
            self.loaded.emit()
            return
        self._generation += 1
        generation = self._generation
        self._loaded = False
        client_id = self._client_id

        def done(cases: list[CaseAssessments]) -> None:
            if generation == self._generation:
                self._show_cases(cases)

        def failed(exc: BaseException) -> None:
            if generation != self._generation:
                return
            if isinstance(exc, PermissionDenied):
                self._show_denied()
                return
            self._show_message(self.tr("The assessments could not be loaded."))
            pass_to_crash_handler(exc)

        (
            Operation(
                self._context, self, lambda s: assessments.list_for_client(s, client_id), done
            )
            .failure(failed)
            .run()
        )

    # -- overview ------------------------------------------------------------------------

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _show_denied(self) -> None:
        self._cases = []
        self.case_combo.clear()
        self.list.clear()
        self._set_actions_enabled(False)
        self._set_trend_visible(False)
        self.trend_empty.hide()
        self._show_message(
            self.tr(
                "Only the head of the center and the counselor assigned to the case can see "
                "its assessments."
            )
        )
        self._loaded = True
        self.loaded.emit()

    def _set_actions_enabled(self, enabled: bool) -> None:
        for widget in (
            self.case_combo,
            self.instrument_combo,
            self.start_button,
            self.narrative_button,
            self.plan_button,
            self.open_button,
        ):
            widget.setEnabled(enabled)

    def _show_cases(self, cases: list[CaseAssessments]) -> None:
        previous = self.case_combo.currentData()
        self._cases = cases
        self.case_combo.blockSignals(True)
        self.case_combo.clear()
        for case in cases:
            stage = STAGE_LABELS_ID.get(Stage(case.stage), case.stage)
            self.case_combo.addItem(f"{case.registration_number} \u00b7 {stage}", case.case_id)
        index = self.case_combo.findData(previous) if previous is not None else -1
        self.case_combo.setCurrentIndex(index if index >= 0 else 0)
        self.case_combo.blockSignals(False)
        if not cases:
            self._show_message(
                self.tr("This client has no case yet. Open a case first (tab Cases).")
            )
            self._set_actions_enabled(False)
        else:
            self._show_message("")
            self._set_actions_enabled(True)
        self._fill_list()
        self._fill_trend_choices()
        self._loaded = True
        self.loaded.emit()
        pending, self._pending_plan = self._pending_plan, None
        if pending is not None:
            self.start_safety_plan(pending)

    def _selected_case(self) -> CaseAssessments | None:
        case_id = self.case_combo.currentData()
        return next((c for c in self._cases if c.case_id == case_id), None)

    def _fill_list(self) -> None:
        self.list.clear()
        case = self._selected_case()
        if case is None:
            return
        entries: list[tuple[object, QTreeWidgetItem]] = []
        for admin in case.administrations:
            entries.append(((admin.administered_on, 1, admin.id), self._admin_item(admin)))
        for narrative in case.psychosocial:
            entries.append(
                ((narrative.data.assessed_on, 0, narrative.id), self._narrative_item(narrative))
            )
        for plan in case.safety_plans:
            entries.append(((plan.data.made_on, 0, -plan.id), self._plan_item(plan)))
        entries.sort(key=lambda pair: pair[0], reverse=True)  # type: ignore[arg-type, return-value]
        for _key, item in entries:
            self.list.addTopLevelItem(item)
        first = self.list.topLevelItem(0)
        if first is not None:
            self.list.setCurrentItem(first)
        self.open_button.setEnabled(bool(self.list.topLevelItemCount()))

    def _admin_item(self, admin: AdministrationInfo) -> QTreeWidgetItem:
        instrument = assessments.instrument(admin.instrument_code)
        tooltip = ""
        if admin.total is not None:
            score = str(admin.total)
            band = labels.band_label(instrument, TOTAL, admin.severity_code, admin.severity_label)
        elif admin.subscales:
            score = "/".join(str(r.value) for r in admin.subscales)
            parts = [
                (
                    labels.subscale_name(instrument, r.code),
                    r.value,
                    labels.band_label(instrument, r.code, r.band_code, r.band_label),
                )
                for r in admin.subscales
            ]
            band = " \u00b7 ".join(f"{name[:1]} {label}" for name, _v, label in parts)
            tooltip = "\n".join(f"{name}: {value} \u2013 {label}" for name, value, label in parts)
        else:
            score = "\u2014"
            band = self.tr("incomplete")
        open_flags = [f for f in admin.flags if f.is_open]
        risk = ""
        if open_flags:
            risk = self.tr("open")
        elif any(f.status == assessments.FLAG_RESOLVED for f in admin.flags):
            risk = self.tr("handled")
        item = QTreeWidgetItem(
            [
                dates.date_text(admin.administered_on),
                admin.instrument_code,
                score,
                band,
                labels.status_label(admin.status),
                risk,
            ]
        )
        item.setData(COL_DATE, Qt.ItemDataRole.UserRole, (KIND_ADMIN, admin.id))
        item.setToolTip(COL_KIND, labels.instrument_name(instrument))
        if tooltip:
            item.setToolTip(COL_SCORE, tooltip)
            item.setToolTip(COL_BAND, tooltip)
        item.setTextAlignment(COL_SCORE, Qt.AlignmentFlag.AlignCenter)
        if open_flags:
            item.setForeground(COL_RISK, QColor(RISK))
            font = item.font(COL_RISK)
            font.setBold(True)
            item.setFont(COL_RISK, font)
            item.setToolTip(COL_RISK, "\n".join(labels.flag_label(f) for f in open_flags))
        return item

    def _narrative_item(self, narrative: PsychosocialInfo) -> QTreeWidgetItem:
        level = narrative.data.risk_level
        open_flags = [f for f in narrative.flags if f.is_open]
        item = QTreeWidgetItem(
            [
                dates.date_text(narrative.data.assessed_on),
                self.tr("Psychosocial assessment (%1)").replace(
                    "%1", labels.kind_label(narrative.data.kind).lower()
                ),
                "",
                self.tr("Risk: %1").replace("%1", labels.risk_level_label(level).lower()),
                labels.status_label(narrative.status),
                self.tr("open") if open_flags else "",
            ]
        )
        item.setData(COL_DATE, Qt.ItemDataRole.UserRole, (KIND_NARRATIVE, narrative.id))
        if open_flags:
            item.setForeground(COL_RISK, QColor(RISK))
        return item

    def _plan_item(self, plan: SafetyPlanInfo) -> QTreeWidgetItem:
        item = QTreeWidgetItem(
            [
                dates.date_text(plan.data.made_on),
                self.tr("Client safety plan"),
                "",
                "",
                labels.status_label(plan.status),
                "",
            ]
        )
        item.setData(COL_DATE, Qt.ItemDataRole.UserRole, (KIND_PLAN, plan.id))
        return item

    # -- trend ---------------------------------------------------------------------------

    def _set_trend_visible(self, visible: bool) -> None:
        self.trend_chart.setVisible(visible)
        self.save_chart_button.setVisible(visible)
        self.trend_combo.setVisible(visible)
        self.trend_empty.setVisible(not visible)

    def _fill_trend_choices(self) -> None:
        counts: dict[str, int] = {}
        for case in self._cases:
            for admin in case.administrations:
                if admin.total is not None or admin.subscales:
                    counts[admin.instrument_code] = counts.get(admin.instrument_code, 0) + 1
        codes = sorted(code for code, n in counts.items() if n >= 2)
        previous = self.trend_combo.currentData()
        self.trend_combo.blockSignals(True)
        self.trend_combo.clear()
        for code in codes:
            self.trend_combo.addItem(
                self.tr("%1 (%2 times)").replace("%1", code).replace("%2", str(counts[code])),
                code,
            )
        index = self.trend_combo.findData(previous) if previous is not None else -1
        self.trend_combo.setCurrentIndex(index if index >= 0 else 0)
        self.trend_combo.blockSignals(False)
        if not codes:
            self.trend_chart.clear()
            self._set_trend_visible(False)
            self.scale_combo.hide()
            return
        self._set_trend_visible(True)
        self._trend_instrument_changed()

    def _trend_instrument_changed(self) -> None:
        code = self.trend_combo.currentData()
        if code is None:
            return
        instrument = assessments.instrument(code)
        self.scale_combo.blockSignals(True)
        self.scale_combo.clear()
        if instrument.total is None:
            for sub in instrument.subscales:
                self.scale_combo.addItem(
                    self.tr("Bands: %1").replace("%1", labels.subscale_name(instrument, sub.code)),
                    sub.code,
                )
        self.scale_combo.setVisible(instrument.total is None)
        self.scale_combo.blockSignals(False)
        self._trend_generation += 1
        generation = self._trend_generation
        client_id = self._client_id

        def done(points: list[TrendPoint]) -> None:
            if generation == self._trend_generation:
                self.trend_chart.set_data(instrument, points, self.scale_combo.currentData())

        Operation(self._context, self, lambda s: assessments.trend(s, client_id, code), done).run()

    def _scale_changed(self) -> None:
        instrument = self.trend_chart.instrument
        if instrument is not None and self.scale_combo.currentData() is not None:
            self.trend_chart.set_data(
                instrument, self.trend_chart.points, self.scale_combo.currentData()
            )

    def save_chart_png(self, path: str) -> bool:
        """Write the trend chart as a PNG file."""
        return self.trend_chart.save_png(path)

    def _save_chart_clicked(self) -> None:
        instrument = self.trend_chart.instrument
        if instrument is None:
            return
        path = dialogs.choose_save_file(
            self,
            self.tr("Save chart as PNG"),
            f"tren-{instrument.code}.png",
            self.tr("PNG pictures (*.png)"),
            "png",
        )
        if path and not self.save_chart_png(path):
            dialogs.warn(
                self, self.tr("Save chart as PNG"), self.tr("The picture could not be saved.")
            )

    # -- forms ---------------------------------------------------------------------------

    def start_administration(self, code: str | None = None) -> AdministrationForm | None:
        """Open an empty form of the chosen instrument in the chosen case."""
        case = self._selected_case()
        chosen = code or self.instrument_combo.currentData()
        if case is None or not chosen:
            return None
        instrument = assessments.instrument(chosen)
        form = AdministrationForm(
            self._context, case.case_id, case.registration_number, instrument, None, self.stack
        )
        self._open_form(form)
        return form

    def start_psychosocial(self) -> PsychosocialForm | None:
        case = self._selected_case()
        if case is None:
            return None
        form = PsychosocialForm(
            self._context, case.case_id, case.registration_number, None, self.stack
        )
        self._open_form(form)
        return form

    def start_safety_plan(self, case_id: int | None = None) -> None:
        """Open a new client safety plan of the chosen case (``case_id`` chooses it first),
        starting from what the service proposes (this LK3 and the national crisis
        services)."""
        if case_id is not None:  # asked from outside the tab (the risk banner)
            if not self._loaded:  # the client's cases are still on their way
                self._pending_plan = case_id
                return
            form = self._form
            if isinstance(form, SafetyPlanForm) and form.is_new and form.case_id == case_id:
                return  # that plan is being written already
            if isinstance(form, AdministrationForm | PsychosocialForm | SafetyPlanForm):
                form.request_close()  # asks before what was typed there is dropped
                if self._form is not None:
                    return  # the person keeps editing it
            if (index := self.case_combo.findData(case_id)) >= 0:
                self.case_combo.setCurrentIndex(index)
        case = self._selected_case()
        if case is None:
            return
        case_id, number = case.case_id, case.registration_number
        Operation(
            self._context,
            self,
            lambda s: assessments.proposed_plan(s, case_id),
            lambda proposed: self._open_form(
                SafetyPlanForm(self._context, case_id, number, None, proposed, self.stack)
            ),
        ).run()

    def open_record(self, kind: str, record_id: int) -> None:
        """Open one screening ("administration"), psychosocial assessment or client safety
        plan ("safety_plan") by its id."""
        if kind == "administration":
            Operation(
                self._context,
                self,
                lambda s: assessments.get_administration(s, record_id),
                lambda info: self._open_form(
                    AdministrationForm(
                        self._context,
                        info.case_id,
                        info.registration_number,
                        assessments.instrument(info.instrument_code),
                        info,
                        self.stack,
                    )
                ),
            ).run()
        elif kind == "psychosocial":
            Operation(
                self._context,
                self,
                lambda s: assessments.get_psychosocial(s, record_id),
                lambda info: self._open_form(
                    PsychosocialForm(
                        self._context, info.case_id, info.registration_number, info, self.stack
                    )
                ),
            ).run()
        elif kind == KIND_PLAN:
            Operation(
                self._context,
                self,
                lambda s: assessments.get_safety_plan(s, record_id),
                lambda info: self._open_form(
                    SafetyPlanForm(
                        self._context,
                        info.case_id,
                        info.registration_number,
                        info,
                        None,
                        self.stack,
                    )
                ),
            ).run()

    def open_current(self) -> None:
        item = self.list.currentItem()
        if item is None or self._selected_case() is None:
            return
        kind, record_id = item.data(COL_DATE, Qt.ItemDataRole.UserRole)
        self.open_record("administration" if kind == KIND_ADMIN else kind, record_id)

    def _open_form(self, form: AdministrationForm | PsychosocialForm | SafetyPlanForm) -> None:
        self._close_form()
        self._form = form
        form.saved.connect(self._form_saved)
        form.deleted.connect(self._form_saved)
        if isinstance(form, PsychosocialForm):
            form.draftSaved.connect(lambda _info: self.riskChanged.emit())
        if isinstance(form, SafetyPlanForm):
            form.draftSaved.connect(lambda _info: self.reload())
        form.closed.connect(self._form_closed)
        self.stack.addWidget(form)
        self.stack.setCurrentWidget(form)
        form.setFocus(Qt.FocusReason.OtherFocusReason)

    def _close_form(self) -> None:
        form = self._form
        self._form = None
        if form is not None:
            self.stack.setCurrentWidget(self._overview)
            self.stack.removeWidget(form)
            form.deleteLater()

    def _form_saved(self, *_args: object) -> None:
        self._close_form()
        self.reload()
        self.riskChanged.emit()
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _form_closed(self) -> None:
        self._close_form()
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)
