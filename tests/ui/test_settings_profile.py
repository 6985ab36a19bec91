"""The LK3 profile tab: the head edits the profile (regions by typing part of a name), NIP is
checked while typing, and others only read it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QKeySequence
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot
from support.casework import COUNSELOR_PASSWORD
from support.factories import CENTER_NAME, login
from support.ui_settings import make_context, temp_ui_settings

from lk3_desktop.core.roles import Role
from lk3_desktop.db.workstation import KeyringStore
from lk3_desktop.services import accounts, center
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.settings import SettingsPage, general_tab
from lk3_desktop.ui.settings.profile_tab import ProfileTab

# Typing into a region field opens its completion popup; the offscreen platform cannot raise
# it or grab the keyboard for it, and says so (as it does for size hints of any window). Those
# notices are about the test platform only. A mark on the test itself is the one pytest-qt reads.
offscreen_popup_noise = pytest.mark.qt_log_ignore(
    r"^This plugin does not support (raise\(\)|grabbing the keyboard|propagateSizeHints\(\))$"
)


@pytest.fixture(autouse=True)
def _ui_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(general_tab, "ui_settings", temp_ui_settings(tmp_path))


@pytest.fixture
def page(context: AppContext, qtbot: QtBot) -> SettingsPage:
    widget = SettingsPage(context)
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def tab(page: SettingsPage) -> ProfileTab:
    return page.profile_tab


def type_region(qtbot: QtBot, combo: QComboBox, text: str) -> None:
    line_edit = combo.lineEdit()
    assert line_edit is not None
    line_edit.clear()
    qtbot.keyClicks(line_edit, text)
    qtbot.keyClick(line_edit, Qt.Key.Key_Return)


@offscreen_popup_noise
def test_head_edits_name_and_regency_and_saves(
    tab: ProfileTab, context: AppContext, qtbot: QtBot
) -> None:
    assert tab.name.text() == CENTER_NAME
    assert tab.save_button.isVisibleTo(tab)
    tab.name.clear()
    qtbot.keyClicks(tab.name, "LK3 Sejahtera Lebak")
    type_region(qtbot, tab.province, "banten")
    assert tab.province.currentData() == "36"
    assert tab.regency.count() == 8  # Banten's regencies and cities
    type_region(qtbot, tab.regency, "Lebak")
    assert tab.regency.currentData() == "36.02"
    assert tab.regency.currentText() == "Kabupaten Lebak"

    with qtbot.waitSignal(context.center_changed, timeout=20_000):
        tab.save_button.click()

    info = center.get_center(context.require_session())
    assert info.name == "LK3 Sejahtera Lebak"
    assert (info.province_code, info.regency_code) == ("36", "36.02")
    assert tab.status.isVisibleTo(tab)
    assert tab.regency.currentText() == "Kabupaten Lebak"


@offscreen_popup_noise
def test_ctrl_s_is_the_save_shortcut(tab: ProfileTab) -> None:
    assert tab.save_shortcut.key() == QKeySequence(QKeySequence.StandardKey.Save)
    assert tab.save_shortcut.isEnabled()


@offscreen_popup_noise
def test_changing_province_empties_a_regency_of_another_province(
    tab: ProfileTab, qtbot: QtBot
) -> None:
    type_region(qtbot, tab.province, "Banten")
    type_region(qtbot, tab.regency, "Pandeglang")
    assert tab.regency.currentData() == "36.01"
    type_region(qtbot, tab.province, "Aceh")
    assert tab.province.currentData() == "11"
    assert tab.regency.currentText() == ""
    assert all(str(tab.regency.itemData(i)).startswith("11.") for i in range(tab.regency.count()))


@offscreen_popup_noise
def test_unknown_region_text_is_reported_and_nothing_saved(
    tab: ProfileTab, context: AppContext, qtbot: QtBot
) -> None:
    type_region(qtbot, tab.province, "Atlantis")
    tab.save_button.click()
    assert tab.province_error.isVisibleTo(tab)
    assert tab.province.currentText() == "Atlantis"
    context.lane.wait()
    assert center.get_center(context.require_session()).province_code is None


@offscreen_popup_noise
def test_nip_of_17_digits_shows_the_indonesian_message_and_keeps_the_text(
    tab: ProfileTab, context: AppContext, qtbot: QtBot, indonesian: None
) -> None:
    seventeen = "19781231200501200"
    assert len(seventeen) == 17
    qtbot.keyClicks(tab.nip, seventeen)
    assert tab.nip_error.isVisibleTo(tab)
    assert tab.nip_error.text() == "NIP harus 18 angka."

    tab.save_button.click()  # refused before any service call
    assert tab.nip_error.text() == "NIP harus 18 angka."
    assert tab.nip.text() == seventeen
    context.lane.wait()
    assert center.get_center(context.require_session()).head_nip is None

    qtbot.keyClicks(tab.nip, "1")
    assert not tab.nip_error.isVisibleTo(tab)
    with qtbot.waitSignal(context.center_changed, timeout=20_000):
        tab.save_button.click()
    assert center.get_center(context.require_session()).head_nip == seventeen + "1"


@offscreen_popup_noise
def test_logo_is_chosen_shown_saved_and_removed(
    tab: ProfileTab, context: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    image = QImage(900, 450, QImage.Format.Format_RGB32)
    image.fill(QColor("#2f5d8a"))
    source = tmp_path / "logo.jpg"
    assert image.save(str(source))
    tab.ask_logo_path = lambda _parent: source
    tab.choose_logo_button.click()
    assert not tab.logo_preview.pixmap().isNull()
    with qtbot.waitSignal(context.center_changed, timeout=20_000):
        tab.save_button.click()
    info = center.get_center(context.require_session())
    assert info.logo_mime == "image/png" and info.logo is not None
    stored = QImage.fromData(info.logo)
    assert (stored.width(), stored.height()) == (512, 256)  # scaled to fit 512 px

    tab.remove_logo_button.click()
    with qtbot.waitSignal(context.center_changed, timeout=20_000):
        tab.save_button.click()
    assert center.get_center(context.require_session()).logo is None


@offscreen_popup_noise
def test_not_an_image_is_refused(tab: ProfileTab, tmp_path: Path) -> None:
    bogus = tmp_path / "bukan-gambar.png"
    bogus.write_bytes(b"not an image")
    tab.ask_logo_path = lambda _parent: bogus
    tab.choose_logo_button.click()
    assert tab.logo_error.isVisibleTo(tab)


@offscreen_popup_noise
def test_konselor_reads_the_profile_only(
    initialized: accounts.InitResult, data_dir: Path, cred_store: KeyringStore, qtbot: QtBot
) -> None:
    accounts.create_user(
        initialized.session, "rina", "Rina Wulandari", Role.KONSELOR, password=COUNSELOR_PASSWORD
    )
    konselor = login(data_dir, cred_store, "rina", COUNSELOR_PASSWORD)
    context = make_context(data_dir, cred_store, konselor)
    try:
        page = SettingsPage(context)
        qtbot.addWidget(page)
        tab = page.profile_tab
        assert tab.name.text() == CENTER_NAME
        assert tab.name.isReadOnly()
        assert not tab.province.isEnabled()
        assert not tab.save_button.isVisibleTo(tab)
        assert tab.read_only_note.isVisibleTo(tab)
        assert not tab.save_shortcut.isEnabled()
    finally:
        context.lane.wait()
        konselor.store.close()


def test_a_region_list_given_again_chooses_and_clears_as_a_new_one(qtbot: QtBot) -> None:
    """The same regions given again are kept (not filled again), and what is chosen or
    typed follows the new call exactly as when the list is filled anew."""
    from lk3_desktop.ui.settings.profile_tab import RegionCombo, regions

    combo = RegionCombo("province", "Provinsi")
    qtbot.addWidget(combo)
    provinces = regions(None)
    (first, first_name), (second, second_name) = provinces[0], provinces[1]
    combo.set_regions(provinces, first)
    assert (combo.currentData(), combo.currentText()) == (first, first_name)
    combo.setEditText("Jawa")  # typed, not chosen
    combo.set_regions(provinces, second)
    assert (combo.currentData(), combo.currentText()) == (second, second_name)
    combo.setEditText("Jawa")
    combo.set_regions(provinces, None)
    assert (combo.currentIndex(), combo.currentText()) == (-1, "")
    assert combo.count() == len(provinces)
    combo.set_regions(regions(first), None)  # another list: filled anew
    assert combo.count() == len(regions(first)) and combo.currentText() == ""
