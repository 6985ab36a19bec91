"""Registering and correcting a client through the form, as a person would: the live checks,
the NIK reason, the duplicate question, messages under fields, Esc, and a full registration
with family, case and PMKS that the list then finds by name, NIK and phone."""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot
from support.ui_settings import DialogScript, accept, expect

from lk3_desktop.core.errors import ValidationError
from lk3_desktop.services import cases, client_list, clients, families
from lk3_desktop.services.clients import ClientInput
from lk3_desktop.ui import dialogs
from lk3_desktop.ui.clients import ClientsPage
from lk3_desktop.ui.clients.case_dialogs import NewCaseDialog
from lk3_desktop.ui.clients.client_editor import ClientEditor
from lk3_desktop.ui.clients.client_form import ClientForm
from lk3_desktop.ui.clients.consent_section import ConsentDialog
from lk3_desktop.ui.clients.family_tab import CreateFamilyDialog
from lk3_desktop.ui.clients.save_dialogs import (
    DIFFERENT_PERSON,
    DuplicateDialog,
    NikReasonDialog,
)
from lk3_desktop.ui.context import AppContext

# Kota Serang (36.73), kecamatan Serang (36.73.01): a woman born 12 March 1990.
NIK_SITI = "3673015203900002"
WAIT = 20_000


@pytest.fixture
def page(signed_in: AppContext, qtbot: QtBot) -> Iterator[ClientsPage]:
    widget = ClientsPage(signed_in)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    signed_in.lane.wait()


def start_registration(page: ClientsPage, qtbot: QtBot) -> ClientEditor:
    page.activateWindow()
    qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.currentWidget() is page.registration, timeout=WAIT)
    return page.registration.editor


def fill_siti(qtbot: QtBot, form: ClientForm, *, sex: str = "P", nik: str = NIK_SITI) -> None:
    qtbot.keyClicks(form.full_name, "Siti Nurhaliza Rahman")
    form.sex.setCurrentIndex(form.sex.findData(sex))
    qtbot.keyClicks(form.birth_date.edit, "12-03-1990")
    if nik:
        qtbot.keyClicks(form.nik, nik)
    qtbot.keyClicks(form.phone, "0812-3456-7890")
    qtbot.keyClicks(form.street, "Jl. Ki Mas Jong No. 5")
    qtbot.keyClicks(form.rt, "2")
    qtbot.keyClicks(form.rw, "5")
    form.regency.setCurrentIndex(form.regency.findData("36.73"))
    form.district.setCurrentIndex(form.district.findData("36.73.01"))
    form.village.setCurrentIndex(0)


def save(qtbot: QtBot, editor: ClientEditor) -> None:
    editor.activateWindow()
    editor.form.full_name.setFocus()
    qtbot.keyClick(editor.form.full_name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def wait_for_client_page(page: ClientsPage, qtbot: QtBot) -> int:
    qtbot.waitUntil(
        lambda: page.currentWidget() is page.client_page and page.client_page.bundle is not None,
        timeout=WAIT,
    )
    client_id = page.client_page.client_id
    assert client_id is not None
    return client_id


def search_ids(page: ClientsPage, qtbot: QtBot, text: str) -> list[int]:
    panel = page.list_panel
    panel.search_field.clear()
    qtbot.keyClicks(panel.search_field, text)
    qtbot.waitUntil(
        lambda: (
            not panel._debounce.isActive()
            and not panel.model.is_searching
            and panel.model.client_filter.query == text.strip()
        ),
        timeout=WAIT,
    )
    return list(panel.model.ids)


# -- live checks ----------------------------------------------------------------------------


def test_live_checks_under_the_fields(qtbot: QtBot) -> None:
    form = ClientForm()
    qtbot.addWidget(form)
    form.set_client(None, "36")
    form.show()
    nik_message = form.errors["nik"]
    qtbot.keyClicks(form.nik, "367301")
    assert nik_message.isVisible() and "6" in nik_message.text() and "16" in nik_message.text()
    qtbot.keyClicks(form.nik, "5203900002")
    assert nik_message.text() == "The NIK is valid."
    form.sex.setCurrentIndex(form.sex.findData("L"))  # the NIK says woman
    assert "The sex in the NIK differs" in nik_message.text()
    form.sex.setCurrentIndex(form.sex.findData("P"))
    qtbot.keyClicks(form.birth_date.edit, "13-03-1990")  # the NIK says the 12th
    assert "The date of birth in the NIK" in nik_message.text()

    qtbot.keyClicks(form.phone, "0812")
    assert form.errors["phone"].isVisible()  # still typing: a hint
    qtbot.keyClicks(form.phone, "-3456-7890")
    assert "0812-3456-7890" in form.errors["phone"].text()

    qtbot.keyClicks(form.rt, "1a")
    assert form.errors["rt"].isVisible() and "RT" in form.errors["rt"].text()
    form.rt.clear()
    assert not form.errors["rt"].isVisible()


def test_guardian_fields_appear_for_a_minor_and_estimated_age(qtbot: QtBot) -> None:
    form = ClientForm()
    qtbot.addWidget(form)
    form.set_client(None, "36")
    form.show()
    assert not form.guardian_box.isVisible()
    child = datetime.date.today().replace(year=datetime.date.today().year - 9)
    qtbot.keyClicks(form.birth_date.edit, child.strftime("%d-%m-%Y"))
    assert form.guardian_box.isVisible()
    form.birth_date.edit.clear()
    form.birth_unknown.setChecked(True)
    assert form.estimated_age.isVisible() and not form.birth_date.isVisible()
    form.estimated_age.setValue(40)
    assert not form.guardian_box.isVisible()
    assert form.value().estimated_age == 40 and form.value().birth_date is None
    form.estimated_age.setValue(12)
    assert form.guardian_box.isVisible()


def test_region_lists_cascade_and_find_by_any_part(qtbot: QtBot) -> None:
    form = ClientForm()
    qtbot.addWidget(form)
    form.set_client(None, "36")
    assert form.province.currentData() == "36"
    assert form.regency.findData("36.73") >= 0
    assert not form.district.isEnabled()
    form.regency.setCurrentIndex(form.regency.findData("36.73"))
    assert form.district.isEnabled() and form.district.findData("36.73.01") >= 0
    completer = form.village.completer()
    assert completer.filterMode() == Qt.MatchFlag.MatchContains
    assert completer.caseSensitivity() == Qt.CaseSensitivity.CaseInsensitive
    form.province.setCurrentIndex(form.province.findText("Jawa Barat"))
    assert form.regency.findData("36.73") < 0  # the lists under it follow the province


def test_a_child_category_for_an_adult_is_warned_without_moving_the_list(
    page: ClientsPage, qtbot: QtBot, signed_in: AppContext
) -> None:
    """Ticking "Anak Telantar" for a 36-year-old says so under the PPKS list (in the line kept
    for it); the warning follows the birth date typed and saving is not refused."""
    editor = start_registration(page, qtbot)
    fill_siti(qtbot, editor.form)
    warning = editor.pmks.warning
    assert not warning.isVisible() or not warning.text()
    list_geometry = editor.pmks.list.geometry()

    def tick(code: str, on: bool = True) -> None:
        pmks = editor.pmks.list
        for i in range(pmks.count()):
            if pmks.item(i).data(Qt.ItemDataRole.UserRole + 1) == code:
                state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
                pmks.item(i).setCheckState(state)

    tick("PMKS-02")  # Anak Telantar
    assert warning.objectName() == "pmksFitWarning"
    assert "Anak Telantar" in warning.text() and "18" in warning.text(), warning.text()
    assert editor.pmks.list.geometry() == list_geometry
    tick("PMKS-02", False)
    assert not warning.text()
    tick("PMKS-08")  # Lanjut Usia Telantar, for a woman of 36
    assert "60" in warning.text()
    # the age typed changes the warning: born 1950, she is elderly
    editor.form.birth_date.edit.clear()
    qtbot.keyClicks(editor.form.birth_date.edit, "12-03-1950")
    assert not warning.text()
    editor.form.sex.setCurrentIndex(editor.form.sex.findData("L"))
    tick("PMKS-23")  # Perempuan Rawan Sosial Ekonomi, for a man
    assert "Perempuan Rawan Sosial Ekonomi" in warning.text()
    editor.form.sex.setCurrentIndex(editor.form.sex.findData("P"))
    assert not warning.text()


# -- saving ---------------------------------------------------------------------------------


def test_register_with_family_case_and_pmks_then_the_list_finds_them(
    page: ClientsPage, qtbot: QtBot, signed_in: AppContext
) -> None:
    editor = start_registration(page, qtbot)
    fill_siti(qtbot, editor.form)
    pmks = editor.pmks.list
    for i in range(pmks.count()):
        if pmks.item(i).data(Qt.ItemDataRole.UserRole + 1) == "PMKS-25":
            pmks.item(i).setCheckState(Qt.CheckState.Checked)
    assert editor.is_dirty()
    save(qtbot, editor)
    client_id = wait_for_client_page(page, qtbot)
    session = signed_in.require_session()
    detail = clients.get_client(session, client_id)
    assert detail.data.full_name == "Siti Nurhaliza Rahman"
    assert detail.data.phone == "0812-3456-7890" and detail.data.rt == "002"
    assert detail.pmks_codes == ("PMKS-25",)
    header = page.client_page
    assert header.name_label.text() == "Siti Nurhaliza Rahman"
    assert header.consent_warning.isVisible()
    assert len(header.chips.chips()) == 1

    # Keluarga: a new family with the client as the wife of the head
    page.client_page.tabs.setCurrentWidget(page.client_page.family_tab)

    def create_family(dialog: QDialog) -> int:
        assert isinstance(dialog, CreateFamilyDialog)
        dialog.name.setText("Keluarga Bapak Rahman")
        dialog.relationship.setCurrentIndex(dialog.relationship.findData("istri"))
        with qtbot.waitSignal(dialog.finished, timeout=WAIT):
            dialog.ok_button.click()
        return dialog.result()

    with DialogScript(expect("createFamilyDialog", create_family)).installed():
        page.client_page.family_tab.create_button.click()
    qtbot.waitUntil(lambda: len(page.client_page.family_tab.panels) == 1, timeout=WAIT)
    found = families.families_of_client(session, client_id)
    assert [m.relationship for m in found[0].members] == ["istri"]

    # Kasus: intake with a presenting problem and a problem area
    page.client_page.tabs.setCurrentWidget(page.client_page.case_tab)

    def open_case(dialog: QDialog) -> int:
        assert isinstance(dialog, NewCaseDialog)
        dialog.referral_source.setCurrentIndex(dialog.referral_source.findData("rujukan_lembaga"))
        dialog.ok_button.click()
        message = dialog.errors["referral_source_detail"]
        qtbot.waitUntil(lambda: not dialog._busy and not message.isHidden(), timeout=WAIT)
        assert dialog.result() != QDialog.DialogCode.Accepted  # required for this source
        qtbot.keyClicks(dialog.referral_detail, "P2TP2A Kota Serang")
        qtbot.keyClicks(dialog.presenting, "Konflik suami-istri sejak pindah rumah")
        dialog.areas.check(["konflik_suami_istri"])
        dialog.counselor.setCurrentIndex(dialog.counselor.findData(session.actor.user_id))
        with qtbot.waitSignal(dialog.finished, timeout=WAIT):
            dialog.ok_button.click()
        return dialog.result()

    with DialogScript(expect("newCaseDialog", open_case)).installed():
        page.client_page.case_tab.new_button.click()
    qtbot.waitUntil(lambda: page.client_page.case_tab.model.rowCount() == 1, timeout=WAIT)
    opened = cases.list_cases(session, client_id)[0]
    assert opened.family_id == found[0].id
    assert opened.presenting_problem == "Konflik suami-istri sejak pindah rumah"
    qtbot.waitUntil(lambda: opened.registration_number in header.case_label.text(), timeout=WAIT)

    # The list finds her by part of the name, the NIK and the phone written two ways.
    page.show_list()
    assert page.currentWidget() is page.list_panel
    for query in ("nurhal", NIK_SITI, "0812-3456", "+62812 3456 7890", opened.registration_number):
        assert search_ids(page, qtbot, query) == [client_id], query


def test_nik_mismatch_asks_for_a_reason_then_saves_with_it(
    page: ClientsPage, qtbot: QtBot, signed_in: AppContext
) -> None:
    editor = start_registration(page, qtbot)
    fill_siti(qtbot, editor.form, sex="L")  # the NIK encodes a woman
    seen: list[str] = []

    def give_reason(dialog: QDialog) -> int:
        assert isinstance(dialog, NikReasonDialog)
        seen.extend(label.text() for label in dialog.warning_labels)
        dialog.ok_button.click()  # no reason yet: refused, the dialog stays
        assert dialog.result() != QDialog.DialogCode.Accepted
        assert not dialog.error.isHidden()
        qtbot.keyClicks(dialog.reason, "KTP salah cetak")
        dialog.ok_button.click()
        return dialog.result()

    with DialogScript(expect("nikReasonDialog", give_reason)).installed():
        save(qtbot, editor)
        client_id = wait_for_client_page(page, qtbot)
    assert any("The sex in the NIK differs" in text for text in seen)
    detail = clients.get_client(signed_in.require_session(), client_id)
    assert detail.nik_override_reason == "KTP salah cetak"


def test_declining_the_reason_keeps_the_form(page: ClientsPage, qtbot: QtBot) -> None:
    editor = start_registration(page, qtbot)
    fill_siti(qtbot, editor.form, sex="L")
    with DialogScript(expect("nikReasonDialog", lambda d: dialogs.answer(d, False))).installed():
        save(qtbot, editor)
        qtbot.waitUntil(lambda: editor.form.errors["nik"].isVisible() and not editor._busy)
    assert page.currentWidget() is page.registration
    assert editor.form.full_name.text() == "Siti Nurhaliza Rahman"
    assert "The sex in the NIK differs" in editor.form.errors["nik"].text()


def test_duplicate_is_shown_before_a_second_record(
    page: ClientsPage, qtbot: QtBot, signed_in: AppContext
) -> None:
    session = signed_in.require_session()
    first = clients.create_client(
        session,
        ClientInput(
            full_name="Siti Nurhaliza Rahman", sex="P", birth_date=datetime.date(1990, 3, 12)
        ),
    )
    page.list_panel.refresh()

    # 1. the person opens the existing record instead
    editor = start_registration(page, qtbot)
    fill_siti(qtbot, editor.form, nik="")
    shown: list[DuplicateDialog] = []

    def open_existing(dialog: QDialog) -> int:
        assert isinstance(dialog, DuplicateDialog)
        shown.append(dialog)
        assert [c.client_id for c in dialog.candidates] == [first]
        assert dialog.model.data(dialog.model.index(0, 3)) == "Same name and date of birth"
        dialog.open_button.click()
        return dialog.result()

    with DialogScript(open_existing).installed():
        save(qtbot, editor)
        assert wait_for_client_page(page, qtbot) == first
    assert shown
    assert client_list.search_ids(session, client_list.ClientFilter(query="Nurhaliza")) == [first]

    # 2. it really is someone else: saved as a second record
    editor = start_registration(page, qtbot)
    fill_siti(qtbot, editor.form, nik="")

    def different(dialog: QDialog) -> int:
        assert isinstance(dialog, DuplicateDialog)
        dialog.different_button.click()
        return dialog.result()

    with DialogScript(different).installed():
        save(qtbot, editor)
        second = wait_for_client_page(page, qtbot)
    assert second != first
    found = client_list.search_ids(session, client_list.ClientFilter(query="Nurhaliza"))
    assert sorted(found) == sorted([first, second])
    assert DIFFERENT_PERSON == 2


def test_validation_message_under_the_field_keeps_what_was_typed(
    page: ClientsPage, qtbot: QtBot, modal_log: object
) -> None:
    editor = start_registration(page, qtbot)
    form = editor.form
    child = datetime.date.today().replace(year=datetime.date.today().year - 10)
    qtbot.keyClicks(form.full_name, "Rafi Pratama")
    form.sex.setCurrentIndex(form.sex.findData("L"))
    qtbot.keyClicks(form.birth_date.edit, child.strftime("%d-%m-%Y"))
    qtbot.keyClicks(form.street, "Jl. Melati 3")
    save(qtbot, editor)  # a child without a parent or guardian
    qtbot.waitUntil(lambda: form.errors["guardian_name"].isVisible(), timeout=WAIT)
    assert "parent or guardian" in form.errors["guardian_name"].text()
    assert page.currentWidget() is page.registration
    assert form.full_name.text() == "Rafi Pratama" and form.street.text() == "Jl. Melati 3"

    form.birth_date.edit.setText("31-02-2015")  # no such day: said before asking the service
    save(qtbot, editor)
    assert form.errors["birth_date"].isVisible()
    assert "day-month-year" in form.errors["birth_date"].text()
    assert form.birth_date.text() == "31-02-2015"


def test_escape_asks_before_discarding(page: ClientsPage, qtbot: QtBot, modal_log: object) -> None:
    editor = start_registration(page, qtbot)
    qtbot.keyClicks(editor.form.full_name, "Budi")
    asked: list[QMessageBox] = []

    def keep(dialog: QDialog) -> int:
        assert isinstance(dialog, QMessageBox)
        asked.append(dialog)
        return dialogs.answer(dialog, False)

    with DialogScript(keep).installed():
        qtbot.keyClick(editor.form.full_name, Qt.Key.Key_Escape)
    assert asked and page.currentWidget() is page.registration
    assert editor.form.full_name.text() == "Budi"
    with DialogScript(accept).installed():
        qtbot.keyClick(editor.form.full_name, Qt.Key.Key_Escape)
    assert page.currentWidget() is page.list_panel


def test_correcting_a_client_and_recording_consent(
    page: ClientsPage, qtbot: QtBot, signed_in: AppContext
) -> None:
    session = signed_in.require_session()
    client_id = clients.create_client(
        session,
        ClientInput(full_name="Ahmad Fauzi", sex="L", birth_date=datetime.date(1985, 8, 17)),
    )
    page.open_client(client_id)
    wait_for_client_page(page, qtbot)
    editor = page.client_page.editor
    assert not editor.save_button.isEnabled()  # nothing changed yet
    qtbot.keyClicks(editor.form.occupation, "Petani")
    assert editor.save_button.isEnabled()
    # the kinds of disability the report counts, ticked, and the person's own words
    editor.form.disability_checks["rungu"].setChecked(True)
    editor.form.disability_checks["fisik"].setChecked(True)
    qtbot.keyClicks(editor.form.disability, "Tuli sejak kecil, kaki kiri diamputasi")
    save(qtbot, editor)
    qtbot.waitUntil(lambda: not editor.is_dirty() and not editor._busy, timeout=WAIT)
    saved = clients.get_client(session, client_id).data
    assert saved.occupation == "Petani"
    assert saved.disability_kinds == "fisik,rungu"
    assert saved.disability == "Tuli sejak kecil, kaki kiri diamputasi"
    with pytest.raises(ValidationError) as unknown:
        clients.update_client(session, client_id, replace(saved, disability_kinds="buta"))
    assert unknown.value.field == "disability_kinds"

    assert page.client_page.consent_warning.isVisible()

    def record(dialog: QDialog) -> int:
        assert isinstance(dialog, ConsentDialog)
        assert dialog.given_by_name.text() == "Ahmad Fauzi"  # "the client himself" suggested
        dialog.scope.setPlainText("Konseling keluarga dan asesmen")
        with qtbot.waitSignal(dialog.finished, timeout=WAIT):
            dialog.ok_button.click()
        return dialog.result()

    with DialogScript(record).installed():
        editor.consent.record_button.click()
    qtbot.waitUntil(lambda: not page.client_page.consent_warning.isVisible(), timeout=WAIT)
    assert clients.get_client(session, client_id).has_consent
    QApplication.processEvents()


def test_photo_is_chosen_scaled_and_removed(qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtGui import QColor, QImage

    picture = tmp_path / "foto.png"
    image = QImage(1600, 1200, QImage.Format.Format_RGB32)
    image.fill(QColor("#2f5d8a"))
    assert image.save(str(picture))
    form = ClientForm()
    qtbot.addWidget(form)
    form.set_client(None, "36")
    form.ask_photo_path = lambda _parent: picture
    form.choose_photo_button.click()
    photo = form.value().photo
    assert photo is not None and photo[:2] == b"\xff\xd8"  # stored as JPEG
    stored = QImage.fromData(photo)
    assert max(stored.width(), stored.height()) == 600
    assert form.value().photo_mime == "image/jpeg"
    assert form.remove_photo_button.isEnabled()
    form.remove_photo_button.click()
    assert form.value().photo is None and not form.remove_photo_button.isEnabled()
    form.ask_photo_path = lambda _parent: tmp_path / "bukan-gambar.txt"
    (tmp_path / "bukan-gambar.txt").write_text("x")
    form.choose_photo_button.click()
    assert not form.errors["photo"].isHidden() and form.value().photo is None


def test_a_name_past_its_bound_and_a_birth_date_of_year_1_are_said_under_the_fields(
    page: ClientsPage, qtbot: QtBot, modal_log: object, signed_in: AppContext
) -> None:
    """Issue 11, item 12: the bounds of core/limits.py, live while typing and again from the
    service on saving; what was typed stays and nothing is registered."""
    editor = start_registration(page, qtbot)
    form = editor.form
    long_name = "Siti " + "A" * 300
    form.full_name.setText(long_name)  # pasted
    assert form.errors["full_name"].isVisible()
    assert "200" in form.errors["full_name"].text()
    form.sex.setCurrentIndex(form.sex.findData("P"))
    qtbot.keyClicks(form.birth_date.edit, "01-01-1990")
    save(qtbot, editor)
    qtbot.waitUntil(lambda: "200" in form.errors["full_name"].text(), timeout=WAIT)
    assert form.full_name.text() == long_name
    assert page.currentWidget() is page.registration

    form.full_name.setText("Siti Aminah")
    assert not form.errors["full_name"].isVisible()
    form.birth_date.edit.setText("01-01-0001")
    save(qtbot, editor)
    qtbot.waitUntil(lambda: "1900" in form.errors["birth_date"].text(), timeout=WAIT)
    assert form.birth_date.text() == "01-01-0001"
    session = signed_in.require_session()
    assert client_list.search_ids(session, client_list.ClientFilter(query="Siti")) == []


def test_a_family_name_past_its_bound_is_said_under_the_field(
    signed_in: AppContext, qtbot: QtBot
) -> None:
    """Issue 11, item 12: a megabyte family name pasted into the dialog is refused by the
    service with the bound's sentence under the field; the dialog stays with the text."""
    session = signed_in.require_session()
    cid = clients.create_client(
        session, ClientInput(full_name="Siti Aminah", sex="P", estimated_age=30)
    )
    dialog = CreateFamilyDialog(signed_in, cid, "Siti Aminah", "")
    qtbot.addWidget(dialog)
    dialog.show()
    huge = "Keluarga " + "K" * 1_000
    dialog.name.setText(huge)
    dialog.relationship.setCurrentIndex(dialog.relationship.findData("istri"))
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.errors["name"].isVisible(), timeout=WAIT)
    assert "200" in dialog.errors["name"].text()
    assert dialog.name.text() == huge and dialog.isVisible()
    assert families.families_of_client(session, cid) == []
