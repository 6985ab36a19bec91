"""The client page: a header (who, which case, which counselor, PMKS, consent) and the tabs
Identitas, Keluarga, Kasus, Asesmen, Sesi, Rujukan, Dokumen, Riwayat.

The header, Identitas and Keluarga are loaded in one call on the lane when the page opens
(an audited view). Kasus, Asesmen, Sesi, Rujukan and Riwayat read their records (each an
audited view of its own) the first time they are shown for this client, and again when shown
after a change: opening a client with years of notes costs what its first tab shows
(benchmarks: client_page), and the audit trail records what was shown.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lk3_desktop.core.case_stages import STAGE_LABELS_ID
from lk3_desktop.core.roles import Permission, allowed
from lk3_desktop.core.vocabulary import SEXES
from lk3_desktop.services import clients
from lk3_desktop.services.cases import CaseInfo
from lk3_desktop.services.client_record import ClientRecord, open_client_record
from lk3_desktop.services.clients import Category, ClientDetail
from lk3_desktop.services.families import FamilyInfo
from lk3_desktop.ui import dialogs
from lk3_desktop.ui.assessments import AssessmentsPanel
from lk3_desktop.ui.assessments.risk_banner import RiskBanner, RiskChip
from lk3_desktop.ui.attachments import AttachmentsPanel
from lk3_desktop.ui.clients.case_scoped_tab import CaseScopedTab
from lk3_desktop.ui.clients.case_tab import CaseTab
from lk3_desktop.ui.clients.client_editor import ClientEditor
from lk3_desktop.ui.clients.client_picker import ClientPickerDialog
from lk3_desktop.ui.clients.family_tab import FamilyTab
from lk3_desktop.ui.clients.form_parts import ChipLine
from lk3_desktop.ui.clients.personal_data_tab import PersonalDataTab
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.field_feedback import BusyIndicator, FieldMessage
from lk3_desktop.ui.operations import Operation, show_failure
from lk3_desktop.ui.referrals import CaseReferralsPanel
from lk3_desktop.ui.sessions import SessionsPanel, TimelinePanel
from lk3_desktop.ui.style import set_role

(
    TAB_IDENTITAS,
    TAB_KELUARGA,
    TAB_KASUS,
    TAB_ASESMEN,
    TAB_SESI,
    TAB_RUJUKAN,
    TAB_DOKUMEN,
    TAB_RIWAYAT,
) = range(8)


# Tabs: Identitas, Keluarga, Kasus, Asesmen, Sesi, Rujukan, Dokumen, Riwayat
CASE_TAB, ASSESSMENT_TAB, SESSION_TAB, REFERRAL_TAB = 2, 3, 4, 5


def sex_age_text(detail: ClientDetail) -> str:
    from PySide6.QtCore import QCoreApplication

    parts = [SEXES.get(detail.data.sex, detail.data.sex)]
    if detail.age is not None:
        if detail.data.birth_date is None:
            text = QCoreApplication.translate("ClientPage", "age about %1")
        else:
            text = QCoreApplication.translate("ClientPage", "age %1")
        parts.append(text.replace("%1", str(detail.age)))
    return " · ".join(parts)


class ClientPage(QWidget):
    back_requested = Signal()
    open_client_requested = Signal(int)
    changed = Signal()  # the record changed: the list shows it again

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clientPage")
        self.setAccessibleName(self.tr("Client page"))
        self._context = context
        self._client_id: int | None = None
        self._pending_record: tuple[str, int] | None = None
        self._generation = 0
        self.bundle: ClientRecord | None = None
        # tabs whose records are not those of the client shown: refreshed when next shown
        self._stale_tabs: set[int] = set()
        self._panels_client: int | None = None  # whose sessions and history panels are built

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._build_header())

        self.risk_banner = RiskBanner(context, 0, self)
        layout.addWidget(self.risk_banner)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("clientTabs")
        self.tabs.setAccessibleName(self.tr("Client record"))
        self.tabs.setDocumentMode(True)
        self.editor = ClientEditor(context, self.tabs)
        self.family_tab = FamilyTab(context, self.tabs)
        self.case_tab = CaseTab(context, self.tabs)
        self.tabs.addTab(self.editor, self.tr("Identity"))
        self.tabs.addTab(self.family_tab, self.tr("Family"))
        self.tabs.addTab(self.case_tab, self.tr("Cases"))
        self.assessments = AssessmentsPanel(context, 0, self.tabs)
        self.tabs.addTab(self.assessments, self.tr("Assessment"))
        self.sessions_tab = QWidget(self.tabs)  # a SessionsPanel per client, set in _show
        self.sessions_tab.setObjectName("sessionTab")
        self._sessions_layout = QVBoxLayout(self.sessions_tab)
        self._sessions_layout.setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.sessions_tab, self.tr("Sessions"))
        # Dokumen: the client's rights over their personal data (marks, export, anonymise)
        self.personal_data = PersonalDataTab(context, self.tabs)
        self.tabs.addTab(self.personal_data, self.tr("Documents"))
        self.attachments = self._build_attachments_box(context)
        self.timeline_tab = QWidget(self.tabs)  # a TimelinePanel per client, set in _show
        self.timeline_tab.setObjectName("timelineTab")
        self._timeline_layout = QVBoxLayout(self.timeline_tab)
        self._timeline_layout.setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.timeline_tab, self.tr("History"))
        self.sessions: SessionsPanel | None = None
        self.timeline: TimelinePanel | None = None
        self.referrals = CaseScopedTab(
            "referralTab", lambda case_id, parent: CaseReferralsPanel(context, case_id, parent)
        )
        self.tabs.insertTab(REFERRAL_TAB, self.referrals, self.tr("Referrals"))
        layout.addWidget(self.tabs, 1)
        # a new or resolved risk flag changes both the banner and the assessment list
        self.assessments.riskChanged.connect(self.risk_banner.reload)
        self.risk_banner.riskChanged.connect(lambda: self._refresh_tab(ASSESSMENT_TAB))
        self.assessments.riskChanged.connect(self.risk_chip.reload)
        self.risk_banner.safetyPlanRequested.connect(self._start_safety_plan)

        self.editor.saved.connect(self._saved)
        self.editor.consent_changed.connect(self.reload)
        self.editor.open_requested.connect(self.open_client_requested.emit)
        self.family_tab.open_client_requested.connect(self.open_client_requested.emit)
        self.family_tab.families_changed.connect(self._families_changed)
        self.case_tab.changed.connect(self._cases_changed)
        self.personal_data.anonymised.connect(self._anonymised)
        self.tabs.currentChanged.connect(self._tab_shown)

    # -- building ---------------------------------------------------------------------------

    def _build_attachments_box(self, context: AppContext) -> AttachmentsPanel:
        """Dokumen: the client's attached documents (scans, photos, PDFs), below the rights
        (whose buttons stay in view on a 1366x768 screen)."""
        box = QGroupBox(self.tr("Attached documents"), self.personal_data)
        box.setObjectName("attachmentsBox")
        box_layout = QVBoxLayout(box)
        panel = AttachmentsPanel(context, box)
        panel.read_when_shown = True
        box_layout.addWidget(panel)
        boxes = self.personal_data.boxes
        boxes.insertWidget(boxes.count() - 1, box)  # before the closing stretch
        return panel

    def _build_header(self) -> QWidget:
        header = QFrame(self)
        header.setObjectName("clientHeader")
        row = QHBoxLayout(header)
        row.setContentsMargins(20, 10, 20, 8)
        row.setSpacing(14)
        self.photo = QLabel(header)
        self.photo.setObjectName("clientHeaderPhoto")
        self.photo.setFixedSize(54, 68)
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo.hide()
        row.addWidget(self.photo, 0, Qt.AlignmentFlag.AlignTop)

        self._build_back_to_list_button(header, row)

        actions = QVBoxLayout()
        self.merge_button = QPushButton(self.tr("Merge with…"), header)
        self.merge_button.setObjectName("mergeClientButton")
        self.merge_button.setAccessibleName(self.tr("Merge with another record"))
        self.merge_button.setToolTip(
            self.tr("Join a second record of the same person into this one (head only)")
        )
        self.merge_button.clicked.connect(lambda _c=False: self.merge())
        self.merge_button.hide()
        actions.addWidget(self.merge_button)
        actions.addStretch(1)
        row.addLayout(actions)
        self.busy = BusyIndicator("clientPageBusy", header)
        self.busy.setMaximumWidth(320)
        self._markers.addWidget(self.busy)
        return header

    def _build_back_to_list_button(self, header: QFrame, row: QHBoxLayout) -> None:
        column = QVBoxLayout()
        column.setSpacing(3)
        self.back_button = QPushButton(self.tr("‹ Client list"), header)
        self.back_button.setObjectName("backToListButton")
        self.back_button.setAccessibleName(self.tr("Back to the client list"))
        self.back_button.setFlat(True)
        self.back_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.back_button.clicked.connect(lambda _c=False: self.back_requested.emit())
        column.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)
        name_row = QHBoxLayout()
        self.name_label = QLabel(header)
        self.name_label.setObjectName("clientName")
        self.name_label.setTextFormat(Qt.TextFormat.PlainText)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # A long name wraps rather than widen the window past a 1366x768 screen.
        self.name_label.setWordWrap(True)
        set_role(self.name_label, "title")
        self.facts_label = QLabel(header)
        self.facts_label.setObjectName("clientFacts")
        self.facts_label.setTextFormat(Qt.TextFormat.PlainText)
        self.facts_label.setWordWrap(True)
        set_role(self.facts_label, "subtitle")
        name_row.addWidget(self.name_label, 3)
        name_row.addSpacing(8)
        name_row.addWidget(self.facts_label, 2, Qt.AlignmentFlag.AlignBottom)
        column.addLayout(name_row)
        self.case_label = QLabel(header)
        self.case_label.setObjectName("clientCaseLine")
        self.case_label.setTextFormat(Qt.TextFormat.PlainText)
        column.addWidget(self.case_label)
        # PMKS chips and the missing-consent warning share one line whose height is kept
        # whether or not they show, so the tabs below stay put from one client to the next
        markers = QHBoxLayout()
        markers.setSpacing(0)
        self.chips = ChipLine(header, spacing=8)
        self.chips.setObjectName("pmksChips")
        self.chips.setAccessibleName(self.tr("PPKS categories (formerly PMKS)"))
        # one line beside the chips: cut at a word with "…" (whole as its tooltip) rather
        # than widen the window or cut mid-word
        self.consent_warning = FieldMessage("noConsentWarning", self.tr("Consent warning"), header)
        self.consent_warning.show_error(
            self.tr("⚠ Without consent: no consent to services is recorded for this client.")
        )
        self.consent_warning.hide()
        self.risk_chip = RiskChip(self._context, header)
        markers.addWidget(self.risk_chip)
        markers.addSpacing(8)
        markers.addWidget(self.chips)
        markers.addWidget(self.consent_warning, 1)
        column.addLayout(markers)
        self._markers = markers
        row.addLayout(column, 1)

    # -- loading ----------------------------------------------------------------------------

    @property
    def client_id(self) -> int | None:
        return self._client_id

    def load(
        self, client_id: int, tab: int | None = None, record: tuple[str, int] | None = None
    ) -> None:
        """Open ``client_id`` (the header and tabs fill when the lane answers), then the
        ``record`` (kind and id, as :meth:`open_record` takes them) if one is given."""
        self._pending_record = record
        self._generation += 1
        generation = self._generation
        another = client_id != self._client_id
        if another:
            self.bundle = None
            self._stale_tabs.clear()  # nothing is read for a tab until the client is here
            self._clear()
        self._client_id = client_id
        if tab is not None:
            self.tabs.setCurrentIndex(tab)
        self.busy.start(self.tr("Opening the client…"))

        def done(bundle: ClientRecord) -> None:
            if generation != self._generation:
                return
            self.busy.stop()
            merged_into = bundle.detail.merged_into_id
            if merged_into is not None:
                self.open_client_requested.emit(merged_into)  # the record that was kept
                return
            self._show(bundle)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self.busy.stop()
                show_failure(self, self.tr("Client"), exc)

        if not (
            Operation(self._context, self, lambda s: open_client_record(s, client_id), done)
            .failure(failed)
            .run()
        ):
            self.busy.stop()

    def reload(self) -> None:
        if self._client_id is not None:
            self.load(self._client_id)

    def help_topic(self) -> str:
        """The guide of the tab at hand (assessments, sessions, referrals) or of the page."""
        return {ASSESSMENT_TAB: "asesmen", SESSION_TAB: "sesi", REFERRAL_TAB: "rujukan"}.get(
            self.tabs.currentIndex(), "klien-halaman"
        )

    def _clear(self) -> None:
        self.name_label.setText("")
        self.facts_label.setText("")
        self.case_label.setText("")
        self.chips.set_chips([])
        self.consent_warning.hide()
        self.risk_chip.hide()
        self.photo.hide()
        self.merge_button.hide()

    def _show(self, bundle: ClientRecord) -> None:
        self.bundle = bundle
        detail = bundle.detail
        if not self.editor.is_dirty() or self.editor.client_id != detail.id:
            self.editor.load(detail, bundle.pmks)
        else:
            self.editor.show_consents(detail)
        # the banner's open flags and the header's last high risk came with the record
        self.risk_banner.show_for(detail.id, bundle.risk_flags)
        self.risk_chip.show_for(detail.id, bundle.last_high_risk)
        if self._panels_client != detail.id:
            self._retire_client_panels()
            self._panels_client = detail.id
        self._stale_tabs = {
            TAB_KELUARGA,
            CASE_TAB,
            ASSESSMENT_TAB,
            SESSION_TAB,
            REFERRAL_TAB,
            TAB_RIWAYAT,
        }
        self._tab_shown(self.tabs.currentIndex())
        self.personal_data.set_client(
            detail.id, detail.data.full_name, detail.anonymised_at is not None
        )
        self.attachments.set_client(
            detail.id, consents=[(c.id, c.consent_date) for c in detail.consents]
        )
        self._show_header(detail, bundle.cases, bundle.pmks)
        record, self._pending_record = self._pending_record, None
        if record is not None:
            self.open_record(*record)

    def _tab_shown(self, index: int) -> None:
        if index in self._stale_tabs:
            self._refresh_tab(index)

    def _refresh_tab(self, index: int) -> None:
        """Read the tab's records for the client shown now if the tab is showing, else when
        it is next shown (a hidden tab reads nothing, so its view is not audited)."""
        bundle = self.bundle
        if bundle is None:
            return
        if index != self.tabs.currentIndex():
            self._stale_tabs.add(index)
            return
        self._stale_tabs.discard(index)
        client_id = bundle.detail.id
        if index == TAB_KELUARGA:
            detail = bundle.detail
            self.family_tab.set_client(
                client_id, detail.data.full_name, detail.data.kk_number, bundle.families
            )
        elif index == CASE_TAB:
            self.case_tab.set_data(
                client_id, bundle.cases, bundle.families, bundle.counselors, bundle.problem_areas
            )
        elif index == ASSESSMENT_TAB:
            if self.assessments.client_id != client_id:
                self.assessments.set_client(client_id)
            else:
                self.assessments.reload()
        elif index == REFERRAL_TAB:
            self.referrals.set_cases(bundle.cases)
        elif index == SESSION_TAB:
            if self.sessions is None:
                self.sessions = SessionsPanel(self._context, client_id, self.sessions_tab)
                self._sessions_layout.addWidget(self.sessions)
            else:
                self.sessions.reload()
        elif index == TAB_RIWAYAT:
            if self.timeline is None:
                self.timeline = TimelinePanel(self._context, client_id, self.timeline_tab)
                self.timeline.openRecord.connect(self.open_record)
                self._timeline_layout.addWidget(self.timeline)
            else:
                self.timeline.reload()

    def _retire_client_panels(self) -> None:
        """Sessions and history are built for one client (when their tab is first shown);
        another client gets new ones."""
        for old in (self.sessions, self.timeline):
            if old is not None:
                old.deleteLater()
        self.sessions = self.timeline = None

    def _start_safety_plan(self, case_id: int) -> None:
        self.tabs.setCurrentIndex(ASSESSMENT_TAB)
        self.assessments.start_safety_plan(case_id)

    def open_record(self, kind: str, record_id: int) -> None:
        """A timeline entry (or a Beranda item) opens its record in the tab that holds it."""
        if kind in {"session", "note_draft"}:
            self.tabs.setCurrentIndex(SESSION_TAB)  # builds the sessions panel if needed
            if self.sessions is not None:
                if kind == "session":
                    self.sessions.open_session(record_id)
                else:
                    self.sessions.open_draft_id(record_id)
        elif kind in {"administration", "psychosocial", "safety_plan"}:
            self.tabs.setCurrentIndex(ASSESSMENT_TAB)
            self.assessments.open_record(kind, record_id)
        elif kind in {"instrument", "assessment", "risk_flag"}:
            self.tabs.setCurrentIndex(ASSESSMENT_TAB)
        elif kind == "consent":
            self.tabs.setCurrentIndex(TAB_IDENTITAS)
        elif kind == "personal_data":
            self.tabs.setCurrentIndex(TAB_DOKUMEN)
        elif kind == "referral":
            self.tabs.setCurrentIndex(REFERRAL_TAB)
        else:
            self.tabs.setCurrentIndex(CASE_TAB)

    def _show_header(
        self, detail: ClientDetail, found: list[CaseInfo], categories: list[Category]
    ) -> None:
        data = detail.data
        self.name_label.setText(data.full_name)
        facts = sex_age_text(detail)
        if data.nickname:
            facts = self.tr("called %1").replace("%1", data.nickname) + " · " + facts
        if data.nik:
            facts += " · " + self.tr("NIK %1").replace("%1", data.nik)
        self.facts_label.setText(facts)
        if found:
            latest = found[0]
            counselor = latest.counselor_name or self.tr("no counselor assigned yet")
            line = (
                self.tr("Case %1 · %2 · Counselor: %3")
                .replace("%3", counselor)
                .replace("%2", STAGE_LABELS_ID[latest.stage])
                .replace("%1", latest.registration_number)
            )
            if len(found) > 1:
                line += " · " + self.tr("%1 cases in all").replace("%1", str(len(found)))
            self.case_label.setText(line)
            set_role(self.case_label, "")
        else:
            self.case_label.setText(self.tr("No case yet"))
            set_role(self.case_label, "muted")
        names = {c.code: c.name for c in categories}
        self.chips.set_chips(
            [
                (names.get(code, code), f"{code} {names.get(code, code)}")
                for code in detail.pmks_codes
            ]
        )
        self.consent_warning.setVisible(not detail.has_consent)
        pixmap = QPixmap()
        if data.photo and pixmap.loadFromData(QByteArray(data.photo)):
            self.photo.setPixmap(
                pixmap.scaled(
                    self.photo.size(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
            self.photo.show()
        else:
            self.photo.hide()
        session = self._context.session
        heads = session is not None and allowed(session.actor.role, Permission.MANAGE_USERS)
        self.merge_button.setVisible(heads)

    def _saved(self, detail: ClientDetail) -> None:
        if self.bundle is not None:
            self.bundle = dataclasses.replace(self.bundle, detail=detail)
            self._show_header(detail, self.bundle.cases, self.bundle.pmks)
        self.changed.emit()

    def _families_changed(self, found: list[FamilyInfo]) -> None:
        # the Kasus tab offers them for a new case, also when it is shown later
        if self.bundle is not None:
            self.bundle = dataclasses.replace(self.bundle, families=list(found))
        self.case_tab.set_families(found)

    def _anonymised(self, _client_id: int) -> None:
        # the name, contact data and notes are gone: read the whole record again, as after
        # a merge, and let the list show "Anonim <id>"
        self.reload()
        self.changed.emit()

    def _cases_changed(self) -> None:
        # newest case, stage and counselor in the header come from the cases: read them again
        self.reload()
        self.changed.emit()

    # -- merging ----------------------------------------------------------------------------

    def merge(self) -> None:
        if self.bundle is None:
            return
        keep = self.bundle.detail
        picker = ClientPickerDialog(
            self._context,
            self.tr("Merge with another record"),
            self.tr(
                "Find the second record of %1. It is merged into this record, which is kept."
            ).replace("%1", keep.data.full_name),
            self.tr("Continue…"),
            exclude_id=keep.id,
            parent=self,
        )
        dialogs.exec_dialog(picker)
        other = picker.chosen
        picker.deleteLater()
        if other is None:
            return
        if not dialogs.confirm(
            self,
            self.tr("Merge records"),
            self.tr(
                "Merge the record of %1 into this record of %2?\n\nThe cases, consents, family "
                "memberships, PPKS categories, attached documents and “jangan diungkap” marks "
                "of %1 move here; its NIK, KK number, phone "
                "and date of birth fill in what this record lacks. The other record is kept "
                "only as merged, for the audit trail, and no longer appears in the list. This "
                "cannot be undone."
            )
            .replace("%2", keep.data.full_name)
            .replace("%1", other.full_name),
            ok_text=self.tr("Merge records"),
            destructive=True,
        ):
            return
        keep_id, remove_id = keep.id, other.id

        def done(_none: object) -> None:
            self.reload()
            self.changed.emit()

        (
            Operation(
                self._context, self, lambda s: clients.merge_clients(s, keep_id, remove_id), done
            )
            .titled(self.tr("Merge records"))
            .run()
        )

    def can_leave(self) -> bool:
        return self.editor.confirm_discard()
