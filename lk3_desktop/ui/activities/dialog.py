"""Recording or correcting one activity of the register (and removing it, with a reason).

The form proposes the Permensos service each kind usually delivers until the person picks one
themselves; the region is chosen as on the client form (province, regency or city, district,
village, each finding an entry from any part of its name).
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from lk3_desktop.core.activities import ACTIVITY_KINDS, DEFAULT_SERVICE, MAX_PARTICIPANTS
from lk3_desktop.services import activities
from lk3_desktop.services.activities import ActivityInfo, ActivityInput
from lk3_desktop.services.partners import PartnerInfo
from lk3_desktop.ui.activities.labels import kind_label, service_label
from lk3_desktop.ui.clients.consent_section import date_edit, py_date
from lk3_desktop.ui.clients.form_parts import form_layout, row
from lk3_desktop.ui.clients.lane_dialog import LaneDialog
from lk3_desktop.ui.combo_box import ComboBox
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.region_combo import RegionCombo, regions

_REGION_FIELDS = ("province_code", "regency_code", "district_code", "village_code")


def _text_box(parent: QWidget, name: str, accessible: str, lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setObjectName(name)
    box.setAccessibleName(accessible)
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


class ActivityDialog(LaneDialog):
    """New activity (``info`` None) or a correction of ``info``."""

    def __init__(
        self,
        context: AppContext,
        partners: Sequence[PartnerInfo],
        info: ActivityInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.setObjectName("activityDialog")
        title = self.tr("Record an activity") if info is None else self.tr("Correct the activity")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self._info = info
        self._service_chosen = info is not None
        layout = QVBoxLayout(self)
        form = form_layout()

        self._build_activity_kind(form)
        self._build_activity_place(form, info, layout, partners)

    def _build_activity_kind(self, form: QFormLayout) -> None:
        self.date = date_edit("activityDate", self.tr("Date"), self, datetime.date.today())
        self._field(
            form, "activity_date", self.tr("Date"), self.date, True, shown=row(self, self.date)
        )
        self.kind = ComboBox(self)
        self.kind.setObjectName("activityKind")
        self.kind.setAccessibleName(self.tr("Kind of activity"))
        for code in ACTIVITY_KINDS:
            self.kind.addItem(kind_label(code), code)
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self._field(form, "kind", self.tr("Kind"), self.kind, True, shown=row(self, self.kind))
        self.service = ComboBox(self)
        self.service.setObjectName("activityService")
        self.service.setAccessibleName(self.tr("Service (Permensos 25/2017)"))
        for code in ("konsultasi", "konseling", "pendampingan", "penjangkauan", "advokasi",
                     "psikoedukasi", "pemberdayaan", "rujukan"):  # fmt: skip
            self.service.addItem(service_label(code), code)
        self.service.activated.connect(lambda _i: self._mark_service_chosen())
        self._field(
            form,
            "service_type",
            self.tr("Service"),
            self.service,
            True,
            shown=row(self, self.service),
        )
        self.title = QLineEdit(self)
        self.title.setObjectName("activityTitle")
        self.title.setAccessibleName(self.tr("Name of the activity"))
        self.title.setPlaceholderText(
            self.tr("e.g. Sosialisasi pencegahan KDRT di Kelurahan Cipare")
        )
        self._field(form, "title", self.tr("Name"), self.title, True)

        self.male = self._count("activityParticipantsMale", self.tr("Men and boys"))
        self.female = self._count("activityParticipantsFemale", self.tr("Women and girls"))
        self.total = QLabel(self)
        self.total.setObjectName("activityParticipantsTotal")
        counts = row(
            self,
            QLabel(self.tr("Male"), self),
            self.male,
            QLabel(self.tr("Female"), self),
            self.female,
            self.total,
        )
        self._field(
            form, "participants_male", self.tr("Participants"), self.male, True, shown=counts
        )
        self.errors["participants_female"] = self.errors["participants_male"]

    def _build_activity_place(
        self,
        form: QFormLayout,
        info: ActivityInfo | None,
        layout: QVBoxLayout,
        partners: Sequence[PartnerInfo],
    ) -> None:
        self.place = QLineEdit(self)
        self.place.setObjectName("activityPlace")
        self.place.setAccessibleName(self.tr("Venue"))
        self.place.setPlaceholderText(self.tr("e.g. Aula Kelurahan Cipare"))
        self._field(form, "place", self.tr("Venue"), self.place)
        self.region_combos = [
            RegionCombo("activityProvince", self.tr("Province"), self),
            RegionCombo("activityRegency", self.tr("Regency or city"), self),
            RegionCombo("activityDistrict", self.tr("District (kecamatan)"), self),
            RegionCombo("activityVillage", self.tr("Village (desa/kelurahan)"), self),
        ]
        for combo in self.region_combos:
            line = combo.lineEdit()
            if line is not None:  # each list says which level it is while empty
                line.setPlaceholderText(combo.accessibleName())
        for level, combo in enumerate(self.region_combos[:-1]):
            combo.currentIndexChanged.connect(lambda _i, lv=level: self._fill_below(lv, None))
        region_box = QWidget(self)
        region_layout = QVBoxLayout(region_box)
        region_layout.setContentsMargins(0, 0, 0, 0)
        region_layout.setSpacing(4)
        for combo in self.region_combos:
            region_layout.addWidget(combo)
        self._field(form, "region", self.tr("Region"), self.region_combos[0], shown=region_box)

        self.partner = ComboBox(self)
        self.partner.setObjectName("activityPartner")
        self.partner.setAccessibleName(self.tr("Partner institution"))
        self.partner.addItem(self.tr("No partner, or one typed below"), None)
        for p in partners:
            self.partner.addItem(f"{p.name} — {p.type_name}", p.id)
        self.partner.currentIndexChanged.connect(lambda _i: self._partner_changed())
        self._field(form, "partner_id", self.tr("Partner"), self.partner)
        self.partner_name = QLineEdit(self)
        self.partner_name.setObjectName("activityPartnerName")
        self.partner_name.setAccessibleName(self.tr("Partner not in the directory"))
        self.partner_name.setPlaceholderText(self.tr("e.g. PKK Kelurahan Cipare"))
        self._field(form, "partner_name", self.tr("Other partner"), self.partner_name)
        self.notes = _text_box(self, "activityNotes", self.tr("Notes"), 2)
        self._field(form, "notes", self.tr("Notes"), self.notes)
        layout.addLayout(form)
        self._finish_layout(layout, self.tr("Save"))
        self.male.valueChanged.connect(lambda _v: self._show_total())
        self.female.valueChanged.connect(lambda _v: self._show_total())
        self.region_combos[0].set_regions(regions(None), None)
        for combo in self.region_combos[1:]:
            combo.setEnabled(False)
        if info is not None:
            self._fill(info)
        else:
            self._kind_changed()
        self._show_total()
        self.setMinimumWidth(620)

    def _count(self, name: str, accessible: str) -> QSpinBox:
        box = QSpinBox(self)
        box.setObjectName(name)
        box.setAccessibleName(accessible)
        box.setRange(0, MAX_PARTICIPANTS)
        box.setMinimumWidth(90)
        return box

    def _show_total(self) -> None:
        self.total.setText(
            self.tr("Total %1").replace("%1", str(self.male.value() + self.female.value()))
        )

    def _mark_service_chosen(self) -> None:
        self._service_chosen = True

    def _kind_changed(self) -> None:
        if self._service_chosen:
            return
        code = DEFAULT_SERVICE.get(str(self.kind.currentData()), "psikoedukasi")
        self.service.setCurrentIndex(max(0, self.service.findData(code)))

    def _partner_changed(self) -> None:
        listed = self.partner.currentData() is not None
        self.partner_name.setEnabled(not listed)

    def _fill_below(self, level: int, selected: str | None) -> None:
        """The list under ``level`` holds the children of the region chosen there; the lists
        further down stay empty until that one is chosen."""
        parent = self.region_combos[level]
        code = parent.currentData() if parent.currentIndex() >= 0 else None
        child = self.region_combos[level + 1]
        child.set_regions(regions(code) if code else (), selected)
        child.setEnabled(bool(code))
        for lower in self.region_combos[level + 2 :]:
            lower.set_regions((), None)
            lower.setEnabled(False)

    def _fill(self, info: ActivityInfo) -> None:
        data = info.data
        d = data.activity_date
        self.date.setDate(QDate(d.year, d.month, d.day))
        self.kind.setCurrentIndex(max(0, self.kind.findData(data.kind)))
        self.service.setCurrentIndex(max(0, self.service.findData(data.service_type)))
        self.title.setText(data.title)
        self.male.setValue(data.participants_male)
        self.female.setValue(data.participants_female)
        self.place.setText(data.place)
        codes = [getattr(data, f) for f in _REGION_FIELDS]
        self.region_combos[0].set_regions(regions(None), codes[0])
        for level in range(len(codes) - 1):
            if codes[level]:
                self._fill_below(level, codes[level + 1])
        index = self.partner.findData(data.partner_id) if data.partner_id else 0
        self.partner.setCurrentIndex(max(0, index))
        self.partner_name.setText(data.partner_name)
        self.notes.setPlainText(data.notes)
        self._partner_changed()

    def value(self) -> ActivityInput | None:
        codes: list[str | None] = []
        for combo in self.region_combos:
            try:
                codes.append(combo.chosen_code() if combo.isEnabled() else None)
            except LookupError:
                self.errors["region"].show_error(self.tr("Choose the region from the list."))
                combo.setFocus()
                return None
        partner = self.partner.currentData()
        return ActivityInput(
            activity_date=py_date(self.date),
            kind=str(self.kind.currentData()),
            service_type=str(self.service.currentData()),
            title=self.title.text(),
            participants_male=self.male.value(),
            participants_female=self.female.value(),
            place=self.place.text(),
            province_code=codes[0],
            regency_code=codes[1],
            district_code=codes[2],
            village_code=codes[3],
            partner_id=int(partner) if partner is not None else None,
            partner_name=self.partner_name.text() if partner is None else "",
            notes=self.notes.toPlainText(),
        )

    def accept(self) -> None:
        for message in self.errors.values():
            message.clear_message()
        data = self.value()
        if data is None:
            return
        if self._info is None:
            self._submit(lambda s: activities.add_activity(s, data))
        else:
            activity_id = self._info.id
            self._submit(lambda s: activities.update_activity(s, activity_id, data))


class RemoveActivityDialog(LaneDialog):
    """Take an activity off the register, with the reason kept."""

    def __init__(self, context: AppContext, info: ActivityInfo, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.setObjectName("removeActivityDialog")
        self.setWindowTitle(self.tr("Remove the activity"))
        self.setAccessibleName(self.tr("Remove the activity"))
        self._info = info
        layout = QVBoxLayout(self)
        what = QLabel(
            self.tr(
                "“%1” is taken off the register and stops counting in reports made from now "
                "on. The record and the reason stay in the audit trail."
            ).replace("%1", info.data.title),
            self,
        )
        what.setWordWrap(True)
        layout.addWidget(what)
        form = form_layout()
        self.reason = _text_box(self, "removeActivityReason", self.tr("Reason"), 2)
        self._field(form, "reason", self.tr("Reason"), self.reason, True)
        layout.addLayout(form)
        self._finish_layout(layout, self.tr("Remove"))
        self.setMinimumWidth(480)

    def accept(self) -> None:
        activity_id, reason = self._info.id, self.reason.toPlainText()
        self._submit(lambda s: activities.remove_activity(s, activity_id, reason))
