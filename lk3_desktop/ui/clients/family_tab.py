"""Keluarga: the households a client belongs to, their members, and changing them.

A member may be a registered client (picked by searching) or just a name. The client's own
row says so; a member who is a client opens their page.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lk3_desktop.core.roles import Permission, allowed
from lk3_desktop.core.vocabulary import FAMILY_RELATIONSHIPS, SEXES
from lk3_desktop.services import families
from lk3_desktop.services.context import UserSession
from lk3_desktop.services.families import FamilyInfo, MemberInfo, MemberInput
from lk3_desktop.ui import dialogs
from lk3_desktop.ui.clients.client_picker import ClientPicker
from lk3_desktop.ui.clients.form_parts import form_layout, row
from lk3_desktop.ui.clients.lane_dialog import LaneDialog
from lk3_desktop.ui.clients.records_model import Column, RecordsModel
from lk3_desktop.ui.combo_box import ComboBox
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.operations import Operation
from lk3_desktop.ui.style import ACCENT, set_flag, set_role
from lk3_desktop.ui.table_columns import fit_columns

COL_MEMBER_CLIENT = 5


def _relationship_combo(parent: QWidget, name: str, accessible: str) -> QComboBox:
    combo = ComboBox(parent)
    combo.setObjectName(name)
    combo.setAccessibleName(accessible)
    for code, label in FAMILY_RELATIONSHIPS.items():
        combo.addItem(label, code)
    return combo


def create_family_with(
    session: UserSession,
    client_id: int,
    name: str,
    kk: str,
    relationship: str,
    lives_together: bool,
) -> FamilyInfo:
    """A new family with the client as its first member (runs on the lane)."""
    family = families.create_family(session, name, kk)
    return families.add_member(
        session,
        family.id,
        MemberInput("", relationship, client_id=client_id, lives_together=lives_together),
    )


class CreateFamilyDialog(LaneDialog):
    def __init__(
        self,
        context: AppContext,
        client_id: int,
        client_name: str,
        kk_number: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.setObjectName("createFamilyDialog")
        self.setWindowTitle(self.tr("Create family"))
        self.setAccessibleName(self.tr("Create family"))
        self._client_id = client_id
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("%1 becomes the first member of the new family.").replace("%1", client_name),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = form_layout()
        self.name = QLineEdit(self)
        self.name.setObjectName("familyName")
        self.name.setAccessibleName(self.tr("Family name"))
        self.name.setText(self.tr("Family of %1").replace("%1", client_name))
        self._field(form, "name", self.tr("Family name"), self.name, required=True)
        self.kk = QLineEdit(self)
        self.kk.setObjectName("familyKk")
        self.kk.setAccessibleName(self.tr("KK number"))
        self.kk.setText(kk_number)
        self.kk.setPlaceholderText(self.tr("16 digits (optional)"))
        self._field(form, "kk_number", self.tr("KK number"), self.kk)
        self.relationship = _relationship_combo(
            self, "familyClientRelationship", self.tr("Relationship to the head of family")
        )
        self._field(
            form,
            "relationship",
            self.tr("Relationship to the head"),
            self.relationship,
            required=True,
        )
        self.lives_together = QCheckBox(self.tr("Lives in the same house"), self)
        self.lives_together.setObjectName("familyClientLivesTogether")
        self.lives_together.setChecked(True)
        form.addRow("", self.lives_together)
        layout.addLayout(form)
        self._finish_layout(layout, self.tr("Create family"))
        self.setMinimumWidth(520)

    def accept(self) -> None:
        cid, name, kk = self._client_id, self.name.text(), self.kk.text()
        relationship = str(self.relationship.currentData())
        together = self.lives_together.isChecked()
        self._submit(lambda s: create_family_with(s, cid, name, kk, relationship, together))


class MemberDialog(LaneDialog):
    """Add a member to a family, or change one."""

    def __init__(
        self,
        context: AppContext,
        family: FamilyInfo,
        member: MemberInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.setObjectName("memberDialog")
        title = self.tr("Add family member") if member is None else self.tr("Change family member")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self._family = family
        self._member = member
        self._linked_id = member.client_id if member else None
        layout = QVBoxLayout(self)

        self._build_member_typed(context, layout)
        self._fill_member(member)

    def _build_member_typed(self, context: AppContext, layout: QVBoxLayout) -> None:
        self.typed_choice = QRadioButton(self.tr("Not registered as a client: type the name"), self)
        self.typed_choice.setObjectName("memberTyped")
        self.client_choice = QRadioButton(self.tr("A registered client: find them"), self)
        self.client_choice.setObjectName("memberIsClient")
        group = QButtonGroup(self)
        group.addButton(self.typed_choice)
        group.addButton(self.client_choice)
        layout.addWidget(self.typed_choice)
        layout.addWidget(self.client_choice)
        self.picker = ClientPicker(context, None, self)
        self.picker.current_changed.connect(self._picked)
        layout.addWidget(self.picker, 1)
        self.linked_label = QLabel(self)
        self.linked_label.setObjectName("memberLinkedClient")
        self.linked_label.setWordWrap(True)
        set_role(self.linked_label, "muted")
        layout.addWidget(self.linked_label)

        form = form_layout()
        self.name = QLineEdit(self)
        self.name.setObjectName("memberName")
        self.name.setAccessibleName(self.tr("Name"))
        self._field(form, "name", self.tr("Name"), self.name, required=True)
        self.errors["client_id"] = self.errors["name"]
        self.relationship = _relationship_combo(
            self, "memberRelationship", self.tr("Relationship to the head of family")
        )
        self._field(
            form,
            "relationship",
            self.tr("Relationship to the head"),
            self.relationship,
            required=True,
        )
        self.sex = ComboBox(self)
        self.sex.setObjectName("memberSex")
        self.sex.setAccessibleName(self.tr("Sex"))
        self.sex.addItem("", None)
        for code, label in SEXES.items():
            self.sex.addItem(label, code)
        self._field(form, "sex", self.tr("Sex"), self.sex, shown=row(self, self.sex))
        self.birth_year = QSpinBox(self)
        self.birth_year.setObjectName("memberBirthYear")
        self.birth_year.setAccessibleName(self.tr("Year of birth"))
        self.birth_year.setRange(1899, 2100)
        self.birth_year.setSpecialValueText(" ")
        self.birth_year.setValue(1899)
        self.birth_year.setMinimumWidth(100)
        self._field(
            form,
            "birth_year",
            self.tr("Year of birth"),
            self.birth_year,
            shown=row(self, self.birth_year),
        )
        self.lives_together = QCheckBox(self.tr("Lives in the same house"), self)
        self.lives_together.setObjectName("memberLivesTogether")
        self.lives_together.setChecked(True)
        form.addRow("", self.lives_together)
        self.note = QLineEdit(self)
        self.note.setObjectName("memberNote")
        self.note.setAccessibleName(self.tr("Note"))
        self._field(form, "note", self.tr("Note"), self.note)
        layout.addLayout(form)
        self._finish_layout(layout, self.tr("Save member"))

    def _fill_member(self, member: MemberInfo | None) -> None:
        if member is not None:
            self.name.setText(member.name)
            self.relationship.setCurrentIndex(
                max(self.relationship.findData(member.relationship), 0)
            )
            self.sex.setCurrentIndex(max(self.sex.findData(member.sex), 0) if member.sex else 0)
            if member.birth_year:
                self.birth_year.setValue(member.birth_year)
            self.lives_together.setChecked(member.lives_together)
            self.note.setText(member.note)
        else:
            self.relationship.setCurrentIndex(max(self.relationship.findData("anak"), 0))
        (self.client_choice if self._linked_id else self.typed_choice).setChecked(True)
        self.typed_choice.toggled.connect(lambda _on: self._mode_changed())
        self._mode_changed()
        self.setMinimumWidth(620)

    def _mode_changed(self) -> None:
        is_client = self.client_choice.isChecked()
        self.picker.setVisible(is_client)
        if self.isVisible():
            self.resize(self.width(), self.sizeHint().height())
        if not is_client:
            self._linked_id = None
        self._show_link()
        if is_client:
            self.picker.search.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def _picked(self) -> None:
        chosen = self.picker.current()
        if chosen is None:
            return
        self._linked_id = chosen.id
        self.name.setText(chosen.full_name)
        index = self.sex.findData(chosen.sex)
        if index >= 0:
            self.sex.setCurrentIndex(index)
        self._show_link()

    def _show_link(self) -> None:
        if self.client_choice.isChecked() and self._linked_id is not None:
            self.linked_label.setText(
                self.tr("Linked to the client record of %1.").replace("%1", self.name.text())
            )
        elif self.client_choice.isChecked():
            self.linked_label.setText(self.tr("Choose the client in the list above."))
        else:
            self.linked_label.setText("")

    def member_input(self) -> MemberInput:
        year = self.birth_year.value()
        return MemberInput(
            name=self.name.text(),
            relationship=str(self.relationship.currentData()),
            client_id=self._linked_id if self.client_choice.isChecked() else None,
            sex=self.sex.currentData(),
            birth_year=year if year > self.birth_year.minimum() else None,
            lives_together=self.lives_together.isChecked(),
            note=self.note.text(),
        )

    def accept(self) -> None:
        if self.client_choice.isChecked() and self._linked_id is None:
            self.errors["name"].show_error(self.tr("Choose the client in the list above."))
            return
        data = self.member_input()
        family_id = self._family.id
        member = self._member
        if member is None:
            self._submit(lambda s: families.add_member(s, family_id, data))
        else:
            member_id = member.id
            self._submit(lambda s: families.update_member(s, member_id, data))


class FamilyPanel(QFrame):
    """One family: its name and KK, its members, and what can be done to them."""

    changed = Signal()
    open_client_requested = Signal(int)

    def __init__(
        self,
        context: AppContext,
        family: FamilyInfo,
        client_id: int,
        can_edit: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"familyPanel{family.id}")
        set_role(self, "card")
        self._context = context
        self.family = family
        self._client_id = client_id
        self._can_edit = can_edit
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        title = QLabel(family.name, self)
        title.setObjectName("familyName")
        title.setTextFormat(Qt.TextFormat.PlainText)
        set_role(title, "heading")
        kk = QLabel(
            self.tr("KK %1").replace("%1", family.kk_number)
            if family.kk_number
            else self.tr("No KK number recorded"),
            self,
        )
        kk.setObjectName("familyKkLabel")
        set_role(kk, "muted")
        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(10)
        top.addWidget(kk)
        top.addStretch(1)
        layout.addLayout(top)

        self._build_family_members_table(family, layout)

    def _build_family_members_table(self, family: FamilyInfo, layout: QVBoxLayout) -> None:
        self.model: RecordsModel[MemberInfo] = RecordsModel(
            [
                Column(self.tr("Name"), lambda m: m.name),
                Column(self.tr("Relationship"), lambda m: m.relationship_label),
                Column(self.tr("Sex"), lambda m: SEXES.get(m.sex or "", "")),
                Column(self.tr("Born"), lambda m: str(m.birth_year or "")),
                Column(
                    self.tr("Lives together"),
                    lambda m: self.tr("Yes") if m.lives_together else self.tr("No"),
                ),
                Column(
                    self.tr("Client"),
                    self._client_text,
                    color=lambda m: ACCENT if self._is_other_client(m) else None,
                    underline=self._is_other_client,
                    tooltip=lambda m: (
                        self.tr("Open this client's page") if self._is_other_client(m) else ""
                    ),
                ),
            ],
            self,
        )
        self.model.set_records(family.members)
        self.table = QTableView(self)
        self.table.setObjectName("familyMembersTable")
        self.table.setAccessibleName(self.tr("Family members"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setMouseTracking(True)
        header = self.table.horizontalHeader()
        fit_columns(self.table, 0)
        rows = max(len(family.members), 1)
        self.table.setFixedHeight(
            header.sizeHint().height() + rows * self.table.verticalHeader().defaultSectionSize() + 4
        )
        self.table.clicked.connect(self._clicked)
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        layout.addWidget(self.table)

        buttons = QHBoxLayout()
        self.add_button = self._button("addMemberButton", self.tr("Add member…"), self.add_member)
        self.edit_button = self._button(
            "editMemberButton", self.tr("Change member…"), self.edit_member
        )
        self.remove_button = self._button(
            "removeMemberButton", self.tr("Remove member…"), self.remove_member
        )
        self.open_button = self._button("openMemberButton", self.tr("Open client"), self._open)
        for button in (self.add_button, self.edit_button, self.remove_button, self.open_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self._update_buttons()

    def _button(self, name: str, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text.rstrip("…"))
        button.clicked.connect(lambda _c=False: slot())
        return button

    def _is_other_client(self, member: MemberInfo) -> bool:
        return member.client_id is not None and member.client_id != self._client_id

    def _client_text(self, member: MemberInfo) -> str:
        if member.client_id is None:
            return ""
        if member.client_id == self._client_id:
            return self.tr("This client")
        return self.tr("Open client ›")

    def selected(self) -> MemberInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def select_row(self, row: int) -> None:
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def _update_buttons(self) -> None:
        member = self.selected()
        self.add_button.setEnabled(self._can_edit)
        self.edit_button.setEnabled(self._can_edit and member is not None)
        can_remove = self._can_edit and member is not None
        self.remove_button.setEnabled(can_remove)
        set_flag(self.remove_button, "destructive", can_remove)
        self.open_button.setEnabled(member is not None and self._is_other_client(member))

    def _clicked(self, index: QModelIndex) -> None:
        member = self.model.record(index.row())
        if index.column() == COL_MEMBER_CLIENT and member and self._is_other_client(member):
            self.open_client_requested.emit(member.client_id)

    def _double_clicked(self, index: QModelIndex) -> None:
        member = self.model.record(index.row())
        if member is None:
            return
        if self._is_other_client(member):
            self.open_client_requested.emit(member.client_id)
        elif self._can_edit:
            self.edit_member()

    def _open(self) -> None:
        member = self.selected()
        if member is not None and member.client_id is not None:
            self.open_client_requested.emit(member.client_id)

    def add_member(self) -> None:
        self._member_dialog(None)

    def edit_member(self) -> None:
        member = self.selected()
        if member is not None:
            self._member_dialog(member)

    def _member_dialog(self, member: MemberInfo | None) -> None:
        dialog = MemberDialog(self._context, self.family, member, self)
        accepted = dialogs.exec_dialog(dialog) == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        if accepted:
            self.changed.emit()

    def remove_member(self) -> None:
        member = self.selected()
        if member is None:
            return
        if not dialogs.confirm(
            self,
            self.tr("Remove family member"),
            self.tr(
                "Remove %1 from %2? A client record of this person stays; only the membership "
                "of this family ends."
            )
            .replace("%2", self.family.name)
            .replace("%1", member.name),
            ok_text=self.tr("Remove member"),
            destructive=True,
        ):
            return
        member_id = member.id
        (
            Operation(
                self._context,
                self,
                lambda s: families.remove_member(s, member_id),
                lambda _info: self.changed.emit(),
            )
            .titled(self.tr("Remove family member"))
            .run()
        )


class FamilyTab(QWidget):
    open_client_requested = Signal(int)
    families_changed = Signal(object)  # list[FamilyInfo] after a change (the Kasus tab uses it)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("familyTab")
        self._context = context
        self._client_id: int | None = None
        self._client_name = ""
        self._kk = ""
        self.panels: list[FamilyPanel] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(scroll)
        scroll.setWidget(body)
        outer.addWidget(scroll)
        self._layout = QVBoxLayout(body)
        self._layout.setContentsMargins(20, 14, 20, 14)
        self._layout.setSpacing(12)
        self.empty_note = QLabel(
            self.tr(
                "This client is not recorded in a family yet. Create the family (household) "
                "and add its members, or add this client to a family from the page of a "
                "family member who is already registered."
            ),
            body,
        )
        self.empty_note.setObjectName("familyEmptyNote")
        self.empty_note.setWordWrap(True)
        self.empty_note.setMaximumWidth(760)
        set_role(self.empty_note, "muted")
        self._layout.addWidget(self.empty_note)
        self._panel_area = QVBoxLayout()
        self._panel_area.setSpacing(12)
        self._layout.addLayout(self._panel_area)
        self.create_button = QPushButton(self.tr("Create family…"), body)
        self.create_button.setObjectName("createFamilyButton")
        self.create_button.setAccessibleName(self.tr("Create family"))
        self.create_button.clicked.connect(lambda _c=False: self.create_family())
        self._layout.addWidget(self.create_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._layout.addStretch(1)

    def set_client(
        self, client_id: int, client_name: str, kk_number: str, found: Sequence[FamilyInfo]
    ) -> None:
        self._client_id = client_id
        self._client_name = client_name
        self._kk = kk_number
        self._show(found)

    def _can_edit(self) -> bool:
        session = self._context.session
        return session is not None and allowed(session.actor.role, Permission.REGISTER_CLIENTS)

    def _show(self, found: Sequence[FamilyInfo]) -> None:
        for panel in self.panels:
            self._panel_area.removeWidget(panel)
            panel.hide()
            panel.deleteLater()
        self.panels = []
        if self._client_id is None:
            return
        can_edit = self._can_edit()
        for family in found:
            panel = FamilyPanel(self._context, family, self._client_id, can_edit, self)
            panel.changed.connect(self.reload)
            panel.open_client_requested.connect(self.open_client_requested.emit)
            self._panel_area.addWidget(panel)
            self.panels.append(panel)
        self.empty_note.setVisible(not found)
        self.create_button.setText(
            self.tr("Create family…") if not found else self.tr("Create another family…")
        )
        self.create_button.setEnabled(can_edit)

    def reload(self) -> None:
        client_id = self._client_id
        if client_id is None:
            return
        (
            Operation(
                self._context,
                self,
                lambda s: families.families_of_client(s, client_id),
                lambda found: self._reloaded(client_id, found),
            )
            .titled(self.tr("Family"))
            .run()
        )

    def _reloaded(self, client_id: int, found: list[FamilyInfo]) -> None:
        if client_id == self._client_id:
            self._show(found)
            self.families_changed.emit(found)

    def create_family(self) -> None:
        if self._client_id is None:
            return
        dialog = CreateFamilyDialog(
            self._context, self._client_id, self._client_name, self._kk, self
        )
        accepted = dialogs.exec_dialog(dialog) == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        if accepted:
            self.reload()
