"""Nothing is cut without a mark: columns follow what they show, the main column (a name)
takes what is left and is the last to give way, identifiers are never cut, and drop-down
lists show "…" with the whole entry as tooltip when squeezed.

The last test is the guard on the class of fault: every drop-down list, date field and
table of the interface is built from the app's own kinds, which do this.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHBoxLayout, QTableView, QWidget
from pytestqt.qtbot import QtBot

import lk3_desktop.ui
from lk3_desktop.ui.combo_box import ComboBox
from lk3_desktop.ui.table_columns import ColumnFitter, fit_columns

UI = Path(lk3_desktop.ui.__file__).parent
ROWS = [
    ("Nurhayati binti Abdurrahman Kusumawardani", "3673015203900002", "Penerimaan (intake)",
     "Wulan Sari, M.Psi., Psikolog"),
    ("Agus Hakim", "3602030507151704", "Rencana intervensi", "Rina Marlina, S.Psi."),
]  # fmt: skip
HEADERS = ["Nama", "NIK", "Tahap", "Konselor"]


def _settle() -> None:
    for _ in range(4):
        QCoreApplication.processEvents()


def _table(qtbot: QtBot, width: int) -> tuple[QTableView, ColumnFitter]:
    model = QStandardItemModel(0, len(HEADERS))
    model.setHorizontalHeaderLabels(HEADERS)
    for row in ROWS:
        model.appendRow([QStandardItem(text) for text in row])
    view = QTableView()
    view.setModel(model)
    qtbot.addWidget(view)
    fitter = fit_columns(view, 0)
    view.resize(width, 200)
    view.show()
    qtbot.waitExposed(view)
    _settle()
    model.setParent(view)
    return view, fitter


def test_with_room_nothing_is_cut_and_the_name_takes_the_rest(qtbot: QtBot) -> None:
    view, fitter = _table(qtbot, 1200)
    model = view.model()
    assert not any(
        fitter.is_cut(model.index(r, c)) for r in range(len(ROWS)) for c in range(len(HEADERS))
    )
    header = view.horizontalHeader()
    total = sum(header.sectionSize(c) for c in range(len(HEADERS)))
    assert total == view.viewport().width()  # no empty strip, no sideways scrolling


def test_short_of_room_words_give_way_before_names_and_identifiers_never(qtbot: QtBot) -> None:
    view, fitter = _table(qtbot, 700)
    model = view.model()
    for row in range(len(ROWS)):
        assert not fitter.is_cut(model.index(row, 0)), "the name was cut"
        assert not fitter.is_cut(model.index(row, 1)), "the NIK was cut"
    assert fitter.is_cut(model.index(0, 3))  # the counselor's titles gave way
    header = view.horizontalHeader()
    assert sum(header.sectionSize(c) for c in range(len(HEADERS))) <= view.viewport().width()


def test_a_column_resized_by_hand_keeps_its_width(qtbot: QtBot) -> None:
    view, fitter = _table(qtbot, 1000)
    header = view.horizontalHeader()
    fitter._dragging = True  # as while a person drags the edge in the header
    header.resizeSection(2, 300)
    fitter._dragging = False
    view.resize(1100, 200)
    _settle()
    fitter.refit()
    assert header.sectionSize(2) == 300


def test_a_squeezed_drop_down_marks_the_cut_and_opens_wide(qtbot: QtBot) -> None:
    holder = QWidget()
    row = QHBoxLayout(holder)
    combo = ComboBox(holder)
    long_entry = "DASS-21 — Skala Depresi, Kecemasan, dan Stres (21 butir)"
    combo.addItems(["PHQ-9 — Patient Health Questionnaire", long_entry])
    combo.setCurrentIndex(1)
    combo.setToolTip("Instrumen skrining")
    row.addWidget(combo)
    qtbot.addWidget(holder)
    holder.resize(1000, 60)
    holder.show()
    qtbot.waitExposed(holder)
    _settle()
    assert not combo.is_elided() and combo.toolTip() == "Instrumen skrining"
    combo.setFixedWidth(220)  # a layout short of room
    _settle()
    assert combo.is_elided()
    assert combo.toolTip().splitlines() == [long_entry, "Instrumen skrining"]
    combo.showPopup()
    assert combo.view().width() >= combo.fontMetrics().horizontalAdvance(long_entry)
    combo.hidePopup()


# the app's kinds instead of Qt's plain ones
OWN_KINDS = {"QComboBox": "ComboBox", "QDateEdit": "DateEdit"}
VIEWS = {"QTableView", "QTreeView", "QTableWidget", "QTreeWidget"}
# answer grids of forms: their question column is sized by the form itself
FORM_GRIDS = {
    ("assessments/administration_form.py", "items_table"),
    ("assessments/psychosocial_form.py", "needs_table"),
    ("assessments/psychosocial_form.py", "plan_table"),
    ("assessments/plan_list.py", "table"),  # a client safety plan's step: text, then phone
}


def _constructions(tree: ast.AST, names: set[str]) -> list[tuple[int, str, str]]:
    """(line, class, the name it is assigned to) of each construction of ``names``."""
    found: list[tuple[int, str, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call):
            func = node.value.func
            if isinstance(func, ast.Name) and func.id in names:
                target = node.targets[0]
                label = target.attr if isinstance(target, ast.Attribute) else ast.unparse(target)
                found.append((node.lineno, func.id, label))
    return found


@pytest.mark.parametrize("module", sorted(UI.rglob("*.py")), ids=lambda p: str(p.relative_to(UI)))
def test_the_interface_builds_its_lists_dates_and_tables_from_the_fitting_kinds(
    module: Path,
) -> None:
    source = module.read_text(encoding="utf-8")
    tree = ast.parse(source)
    where = str(module.relative_to(UI))
    plain = [
        f"{where}:{line} makes a {kind}: use {OWN_KINDS[kind]}"
        for line, kind, _name in _constructions(tree, set(OWN_KINDS))
    ]
    assert not plain, "\n".join(plain)
    for line, kind, name in _constructions(tree, VIEWS):
        if (where, name) in FORM_GRIDS:
            continue
        assert f"fit_columns({name}" in source.replace("self.", "") or (
            f"fit_columns(self.{name}" in source
        ), f"{where}:{line}: the {kind} {name} is not given fit_columns"
