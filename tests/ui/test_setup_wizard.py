"""The first-run wizard, driven as a person would: profile, account, database, recovery card."""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot
from support.factories import login
from ui_helpers import ModalLog

from lk3_desktop.core.recovery_code import decode_recovery_code
from lk3_desktop.services import center
from lk3_desktop.ui import dialogs
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.setup_wizard import SetupWizard

W = TypeVar("W", bound=QWidget)
PASSWORD = "Kopi-Tubruk-Pagi-77"


@pytest.fixture
def wizard(qtbot: QtBot, ui_context: AppContext, indonesian: None) -> SetupWizard:
    wizard = SetupWizard(ui_context)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    province = wizard.findChild(QComboBox, "provinceCombo")
    assert province is not None
    qtbot.waitUntil(province.isEnabled, timeout=10_000)  # regions load on the lane
    return wizard


def find(root: QWidget, kind: type[W], name: str) -> W:
    found = root.findChild(kind, name)
    assert found is not None, name
    return found


def type_into(qtbot: QtBot, root: QWidget, name: str, text: str) -> None:
    field = find(root, QLineEdit, name)
    field.setFocus()
    qtbot.keyClicks(field, text)


def next_button(wizard: SetupWizard, which: QWizard.WizardButton) -> QAbstractButton:
    button = wizard.button(which)
    assert button is not None
    return button


def fill_center_page(qtbot: QtBot, wizard: SetupWizard, logo: Path | None = None) -> None:
    type_into(qtbot, wizard, "centerNameField", "LK3 Kota Semarang")
    type_into(qtbot, wizard, "centerCodeField", "srg")
    type_into(qtbot, wizard, "addressField", "Jl. Pemuda No. 1, Sekayu, Semarang Tengah")
    province = find(wizard, QComboBox, "provinceCombo")
    regency = find(wizard, QComboBox, "regencyCombo")
    pick_from_list(qtbot, province, "jawa teng", "Jawa Tengah")  # any case, any part
    qtbot.waitUntil(regency.isEnabled)
    assert province.currentData() == "33"
    pick_from_list(qtbot, regency, "kota sema", "Kota Semarang")
    assert regency.currentData() == "33.74"
    type_into(qtbot, wizard, "phoneField", "024 123456")
    type_into(qtbot, wizard, "emailField", "lk3@semarangkota.go.id")
    type_into(qtbot, wizard, "headNameField", "Dewi Lestari")
    type_into(qtbot, wizard, "headNipField", "197001012000032001")
    if logo is not None:
        assert wizard.center_page.set_logo_file(logo)


def pick_from_list(qtbot: QtBot, combo: QComboBox, typed: str, expected: str) -> None:
    """Type part of a name, then take the suggestion from the completer's list."""
    edit = combo.lineEdit()
    edit.setFocus()
    qtbot.keyClicks(edit, typed)
    popup = combo.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    model = popup.model()
    rows = [model.index(i, 0).data() for i in range(model.rowCount())]
    assert rows == [expected]
    popup.setCurrentIndex(model.index(0, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: combo.currentText() == expected)


def make_logo(folder: Path) -> Path:
    image = QImage(64, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("#2f5d8a"))
    path = folder / "logo.png"
    assert image.save(str(path), "PNG")
    return path


def test_wizard_creates_the_database_and_shows_the_recovery_code(
    qtbot: QtBot,
    wizard: SetupWizard,
    ui_context: AppContext,
    tmp_path: Path,
    modal_log: ModalLog,
) -> None:
    assert wizard.windowTitle() == "Penyiapan LK3 Desktop"
    assert next_button(wizard, QWizard.WizardButton.NextButton).text() == "Lanjut >"
    fill_center_page(qtbot, wizard, make_logo(tmp_path))
    assert find(wizard, QLineEdit, "centerCodeField").text() == "SRG"
    assert find(wizard, QLabel, "headNipError").text() == "NIP lengkap."
    next_button(wizard, QWizard.WizardButton.NextButton).click()
    assert wizard.currentPage() is wizard.account_page

    username = find(wizard, QLineEdit, "wizardUsernameField")
    assert username.text() == "dewi"  # suggested from the head's name
    assert find(wizard, QLabel, "accountFullName").text() == "Dewi Lestari"
    type_into(qtbot, wizard, "wizardPasswordField", PASSWORD)
    type_into(qtbot, wizard, "wizardRepeatField", PASSWORD)
    commit = next_button(wizard, QWizard.WizardButton.CommitButton)
    assert commit.text() == "Buat basis data"
    commit.click()
    assert wizard.currentPage() is wizard.finish_page

    qtbot.waitUntil(lambda: wizard.result_value is not None, timeout=15_000)
    result = wizard.result_value
    assert result is not None
    assert (ui_context.data_dir / "lk3.db").is_file()
    assert (ui_context.data_dir / "lk3.keys").is_file()
    code_label = find(wizard, QLabel, "recoveryCodeLabel")
    assert code_label.isVisible()
    shown = code_label.text().replace("\n", "-")
    assert shown == result.recovery_code
    assert decode_recovery_code(shown) == result.session.store.key()
    assert find(wizard, QLabel, "protectionModeLabel").text() == (
        "Perlindungan data: Terenkripsi · kunci perangkat"
    )
    warning = find(wizard, QLabel, "dataLossWarning")
    assert warning.isVisible() and "data hilang untuk selamanya" in warning.text()

    find(wizard, QPushButton, "recoveryCardButton").click()
    assert modal_log.names() == ["recoveryCardDialog"]

    finish = next_button(wizard, QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()  # the card must be confirmed first
    check = find(wizard, QCheckBox, "cardSavedCheck")
    assert check.text() == "Saya sudah menyimpan/mencetak kartu pemulihan di tempat aman"
    check.setChecked(True)
    assert finish.isEnabled()
    with qtbot.waitSignal(wizard.accepted):
        finish.click()
    session = ui_context.session
    assert session is not None and session.actor.username == "dewi"

    info = center.get_center(session)
    assert info.name == "LK3 Kota Semarang"
    assert info.center_code == "SRG"
    assert (info.province_code, info.regency_code) == ("33", "33.74")
    assert info.head_name == "Dewi Lestari" and info.head_nip == "197001012000032001"
    assert info.logo_mime == "image/png" and info.logo == (tmp_path / "logo.png").read_bytes()
    session.store.close()
    ui_context.session = None
    again = login(ui_context.data_dir, ui_context.credential_store, "dewi", PASSWORD)
    assert again.actor.full_name == "Dewi Lestari"
    again.store.close()


def test_wizard_refuses_a_weak_password_and_keeps_what_was_typed(
    qtbot: QtBot, wizard: SetupWizard, ui_context: AppContext
) -> None:
    fill_center_page(qtbot, wizard)
    next_button(wizard, QWizard.WizardButton.NextButton).click()
    type_into(qtbot, wizard, "wizardPasswordField", "semarang1")
    type_into(qtbot, wizard, "wizardRepeatField", "semarang1")
    message = find(wizard, QLabel, "wizardStrengthMessage")
    qtbot.waitUntil(lambda: "Kata sandi minimal 10 karakter." in message.text())
    next_button(wizard, QWizard.WizardButton.CommitButton).click()
    assert wizard.currentPage() is wizard.account_page
    assert message.isVisible()
    assert "Kata sandi minimal 10 karakter." in message.text()
    assert find(wizard, QLineEdit, "wizardPasswordField").text() == "semarang1"
    assert find(wizard, QLineEdit, "wizardRepeatField").text() == "semarang1"
    assert not (ui_context.data_dir / "lk3.db").exists()

    # built from the center's own name: refused with its own sentence
    password = find(wizard, QLineEdit, "wizardPasswordField")
    password.clear()
    qtbot.keyClicks(password, "LK3 Kota Semarang 2026")
    qtbot.waitUntil(lambda: "nama lembaga" in message.text())
    next_button(wizard, QWizard.WizardButton.CommitButton).click()
    assert wizard.currentPage() is wizard.account_page

    # other regencies of the province (strong to zxcvbn alone): the meter says what the
    # service will say at the end
    password.clear()
    message.clear()
    qtbot.keyClicks(password, "Temanggung-Wonosobo")
    qtbot.waitUntil(lambda: "nama daerah" in message.text())


def test_required_fields_and_live_checks_on_the_first_page(
    qtbot: QtBot, wizard: SetupWizard
) -> None:
    next_button(wizard, QWizard.WizardButton.NextButton).click()
    assert wizard.currentPage() is wizard.center_page
    name_error = find(wizard, QLabel, "centerNameError")
    head_error = find(wizard, QLabel, "headNameError")
    assert name_error.isVisible() and name_error.text() == "Nama LK3 wajib diisi."
    assert head_error.isVisible() and head_error.text() == "Nama lengkap Kepala LK3 wajib diisi."

    type_into(qtbot, wizard, "headNipField", "1970")
    nip_error = find(wizard, QLabel, "headNipError")
    assert nip_error.text() == "NIP terdiri dari 18 angka; baru 4 yang diketik."
    type_into(qtbot, wizard, "emailField", "lk3@")
    find(wizard, QLineEdit, "addressField").setFocus()
    email_error = find(wizard, QLabel, "emailError")
    qtbot.waitUntil(email_error.isVisible)
    assert email_error.text() == "Alamat email ini belum lengkap."

    province = find(wizard, QComboBox, "provinceCombo")
    qtbot.keyClicks(province.lineEdit(), "Atlantis")
    type_into(qtbot, wizard, "centerNameField", "LK3 Uji")
    type_into(qtbot, wizard, "headNameField", "Dewi Lestari")
    next_button(wizard, QWizard.WizardButton.NextButton).click()
    assert wizard.currentPage() is wizard.center_page
    assert find(wizard, QLabel, "regionError").text() == "Pilih provinsi dari daftar."


def test_province_search_is_case_insensitive_and_matches_inside(wizard: SetupWizard) -> None:
    province = find(wizard, QComboBox, "provinceCombo")
    completer = province.completer()
    assert completer.caseSensitivity() == Qt.CaseSensitivity.CaseInsensitive
    assert completer.filterMode() == Qt.MatchFlag.MatchContains
    completer.setCompletionPrefix("tengah")
    names = {
        completer.completionModel().index(i, 0).data() for i in range(completer.completionCount())
    }
    assert {"Jawa Tengah", "Sulawesi Tengah", "Kalimantan Tengah"} <= names


def test_escape_asks_before_discarding(
    qtbot: QtBot,
    wizard: SetupWizard,
    modal_log: ModalLog,
) -> None:
    type_into(qtbot, wizard, "centerNameField", "LK3 Uji")
    qtbot.keyClick(find(wizard, QLineEdit, "centerNameField"), Qt.Key.Key_Escape)
    assert modal_log.names() == ["confirmDialog"]
    assert "Hentikan penyiapan" in modal_log.texts[0]
    assert wizard.isVisible()  # declined: the wizard stays with what was typed
    assert find(wizard, QLineEdit, "centerNameField").text() == "LK3 Uji"

    modal_log.respond = lambda dialog: dialogs.answer(dialog, accept=True)
    with qtbot.waitSignal(wizard.rejected):
        qtbot.keyClick(find(wizard, QLineEdit, "centerNameField"), Qt.Key.Key_Escape)


def test_logo_must_be_an_image(wizard: SetupWizard, tmp_path: Path) -> None:
    bogus = tmp_path / "logo.png"
    bogus.write_bytes(b"not an image at all")
    assert not wizard.center_page.set_logo_file(bogus)
    error = find(wizard, QLabel, "logoError")
    assert error.text() == "Berkas ini bukan gambar PNG atau JPEG."
    assert wizard.center_page.logo is None
    good = make_logo(tmp_path)
    assert wizard.center_page.set_logo_file(good)
    preview = find(wizard, QLabel, "logoPreview")
    assert not preview.pixmap().isNull()
    assert wizard.center_page.logo_mime == "image/png"
