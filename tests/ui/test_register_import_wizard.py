"""The head's import wizard (Pengaturan > Impor), driven as a person does: choose a register,
check the columns, answer the unsure names, read the preview, save the rows not imported,
import; and the Import tab is the head's only."""

from __future__ import annotations

import datetime
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from support.registers import nik_for
from support.screen_fit import fit_problems

from lk3_desktop.core.roles import Role
from lk3_desktop.db.models import Case, Client
from lk3_desktop.services import accounts, center
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.i18n import install_translators, remove_translators
from lk3_desktop.ui.settings import SettingsPage
from lk3_desktop.ui.settings.register_import import ImportWizard, preview_page
from lk3_desktop.ui.settings.register_import import wizard as wizard_module

HEADER = ["No.", "Nama Klien", "NIK", "Tgl. Lahir", "L/P", "Kec.", "Kel./Desa", "No HP",
          "Permasalahan", "Tgl Datang", "Konselor"]  # fmt: skip
RINA = "Sesi-Aman-2026-x"
SHOTS = os.environ.get("LK3_SHOTS")  # a folder: save each page as a 1366x768 picture


def _register(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["REGISTER KLIEN 2024"])
    sheet.append(HEADER)
    birth = datetime.date(1988, 3, 5)
    people = [
        ("Siti Aminah", "P", "Cipocok Jaya", "Karundang", "KDRT", "Bu Rina"),
        ("Ahmad Fauzi", "L", "Cipocok Jya", "Panancangan", "anak bolos", "Rina"),  # typo
        ("Dewi Lestari", "X", "Kasemen", "Kasemen", "cerai", ""),  # bad sex
    ]
    for n, (name, sex, district, village, problem, counselor) in enumerate(people, 1):
        nik = nik_for("36.73.05", birth + datetime.timedelta(days=n), sex if sex != "X" else "P", n)
        sheet.append([n, name, nik, (birth + datetime.timedelta(days=n)).strftime("%d/%m/%Y"),
                      sex, district, village, "0812-3456-7890", problem, "5 Maret 2024",
                      counselor])  # fmt: skip
    sheet.append([4, "Siti Aminah", nik_for("36.73.05", birth + datetime.timedelta(days=1), "P", 1),
                  (birth + datetime.timedelta(days=1)).strftime("%d/%m/%Y"), "P", "Cipocok Jaya",
                  "Karundang", "", "KDRT", "6 Maret 2024", "Rina"])  # fmt: skip
    book.save(path)
    return path


@pytest.fixture
def shots_language(qapp: QApplication) -> Iterator[None]:
    """Pictures for people are taken in the interface's own language, Indonesian."""
    if not SHOTS:
        yield
        return
    install_translators("id")
    yield
    remove_translators()


@pytest.fixture
def head_context(signed_in: AppContext, shots_language: None) -> AppContext:
    session = signed_in.session
    assert session is not None
    accounts.create_user(
        session, "rina", "Rina Marlina", Role.KONSELOR, password="Sesi-Aman-2026-x"
    )
    info = center.get_center(session)
    center.update_center(
        session,
        center.CenterInput(name=info.name, center_code=info.center_code, province_code="36",
                           regency_code="36.73", head_name=info.head_name),
    )  # fmt: skip
    return signed_in


def _shot(wizard: ImportWizard, name: str) -> None:
    """Each page fits a 1366x768 screen with this register in it; a picture when asked."""
    assert fit_problems(wizard, f"ImportWizard {name}") == []
    if SHOTS:
        QApplication.processEvents()
        wizard.grab().save(str(Path(SHOTS) / f"import-{name}.png"))


def _count(context: AppContext, model: type) -> int:
    assert context.session is not None
    with context.session.store.transaction() as s:
        return int(s.execute(select(func.count()).select_from(model)).scalar_one())


def test_a_register_through_the_wizard(
    head_context: AppContext, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    register = _register(tmp_path / "register.xlsx")
    wizard = ImportWizard(head_context)
    qtbot.addWidget(wizard)
    wizard.resize(1366, 720)
    wizard.show()
    page = wizard.file_page
    page.path_edit.setText(str(register))
    page._path_changed()
    qtbot.waitUntil(lambda: page.sheet_combo.count() == 1, timeout=20_000)
    page.open_cases.setChecked(True)
    _shot(wizard, "1-file")

    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == wizard_module.COLUMNS, timeout=30_000)
    columns = wizard.state.columns
    assert columns == ["", "full_name", "nik", "birth_date", "sex", "district", "village",
                       "phone", "problem", "intake_date", "counselor"]  # fmt: skip
    assert "4 data rows" in wizard.columns_page.summary.text() or "4 baris" in (
        wizard.columns_page.summary.text()
    )
    _shot(wizard, "2-columns")

    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == wizard_module.QUESTIONS, timeout=30_000)
    model = wizard.questions_page.model
    assert [q.question.written for q in model.questions] == ["Cipocok Jya"]
    assert model.questions[0].question.candidates[0][0] == "36.73.05"
    _shot(wizard, "3-questions")
    model.setData(model.index(0, 4), "36.73.05")

    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == wizard_module.PREVIEW, timeout=30_000)
    plan = wizard.state.plan
    assert plan is not None
    assert [r.number for r in plan.ready] == [3, 4]
    assert {f.number for f in plan.failed} == {5, 6}  # bad sex; a copy of row 3
    assert wizard.preview_page.model.rowCount() == 2
    _shot(wizard, "4-preview")

    saved = tmp_path / "gagal.xlsx"
    monkeypatch.setattr(preview_page.dialogs, "choose_save_file", lambda *a: str(saved))
    wizard.preview_page.save_button.click()
    qtbot.waitUntil(lambda: wizard.preview_page.saved.isVisible(), timeout=20_000)
    book = load_workbook(saved, read_only=True)
    rows = list(book["Baris gagal"].iter_rows(values_only=True))
    book.close()
    assert [r[-2] for r in rows[1:]] == [5, 6]
    assert "L atau P" in str(rows[1][-1])

    before = _count(head_context, Client)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == wizard_module.DONE, timeout=60_000)
    _shot(wizard, "5-done")
    assert _count(head_context, Client) == before + 2
    assert _count(head_context, Case) == 2
    result = wizard.state.result
    assert result is not None and (result.imported, result.cases, result.failed) == (2, 2, 2)


def test_the_import_tab_is_the_heads_only(head_context: AppContext, qtbot: QtBot) -> None:
    page = SettingsPage(head_context)
    qtbot.addWidget(page)
    index = page.tabs.indexOf(page.import_tab)
    assert page.tabs.isTabVisible(index)
    from support.factories import login

    rina = login(head_context.data_dir, head_context.credential_store, "rina", RINA)
    head = head_context.session
    head_context.set_session(rina)
    try:
        assert not page.tabs.isTabVisible(index)
    finally:
        head_context.set_session(head)
        rina.store.close()
