"""The Lists and letters tab: the head edits the PMKS categories and problem areas, the number
templates, the delegated signers and the unsigned-note limit; everyone else reads."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from support.casework import add_user
from support.factories import HEAD_PASSWORD
from support.ui_settings import DialogScript, Handler, expect, make_context

from lk3_desktop.core.numbering import LETTER_NUMBER_TEMPLATE
from lk3_desktop.core.roles import Role
from lk3_desktop.db.workstation import KeyringStore
from lk3_desktop.services import accounts, cases, referrals, sessions
from lk3_desktop.ui import dialogs
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.settings import SettingsPage
from lk3_desktop.ui.settings.lists_tab import ListsTab, NameDialog


def shown_tab(context: AppContext, qtbot: QtBot) -> ListsTab:
    tab = ListsTab(context)
    qtbot.addWidget(tab)
    tab.session_changed(context.session)
    with qtbot.waitSignal(tab.loaded, timeout=30_000):
        tab.show()
    return tab


def type_name(name: str) -> Handler:
    def handler(dialog: QDialog) -> int:
        assert isinstance(dialog, NameDialog)
        dialog.name.setText(name)
        return dialogs.answer(dialog, True)

    return expect("lookupNameDialog", handler)


def texts(tab: ListsTab) -> list[str]:
    lst = tab.pmks_box.list
    return [lst.item(i).text() for i in range(lst.count())]


def test_the_settings_page_has_the_tab(context: AppContext, qtbot: QtBot) -> None:
    page = SettingsPage(context)
    qtbot.addWidget(page)
    index = page.tabs.indexOf(page.lists_tab)
    assert page.tabs.tabText(index) == "Lists and letters"


def test_head_adds_renames_and_deactivates_a_pmks_category(
    context: AppContext, qtbot: QtBot
) -> None:
    tab = shown_tab(context, qtbot)
    assert len(texts(tab)) == 26 and texts(tab)[0].startswith("PMKS-01 · ")
    assert not tab.read_only_note.isVisibleTo(tab)
    script = DialogScript(type_name("Korban pinjaman daring"))
    with script.installed(), qtbot.waitSignal(tab.loaded, timeout=30_000):
        tab.pmks_box.add_button.click()
    assert script.done
    assert texts(tab)[-1] == "PMKS-27 · Korban pinjaman daring"
    assert tab.pmks_box.list.currentRow() == 26

    script = DialogScript(type_name("Korban pinjol"))
    with script.installed(), qtbot.waitSignal(tab.loaded, timeout=30_000):
        tab.pmks_box.rename_button.click()
    assert script.done
    assert texts(tab)[-1] == "PMKS-27 · Korban pinjol"

    assert tab.pmks_box.toggle_button.text() == "Deactivate"
    with qtbot.waitSignal(tab.loaded, timeout=30_000):
        tab.pmks_box.toggle_button.click()
    assert texts(tab)[-1] == "PMKS-27 · Korban pinjol (inactive)"
    assert tab.pmks_box.toggle_button.text() == "Reactivate"


def test_a_name_that_is_too_short_is_said_in_the_dialog(context: AppContext, qtbot: QtBot) -> None:
    tab = shown_tab(context, qtbot)

    def too_short(dialog: QDialog) -> int:
        assert isinstance(dialog, NameDialog)
        dialog.name.setText("a")
        dialog.accept()
        assert dialog.error.isVisibleTo(dialog) and "at least" in dialog.error.text()
        return dialogs.answer(dialog, False)

    with DialogScript(too_short).installed() as script:
        tab.areas_box.add_button.click()
    assert script.done
    context.lane.wait()
    assert len(texts(tab)) == 26


def test_invalid_template_shows_the_message_and_keeps_the_text(
    context: AppContext, qtbot: QtBot
) -> None:
    tab = shown_tab(context, qtbot)
    field = tab.case_template
    assert field.edit.text() == "LK3-{center_code}/{year}/{seq:04d}"
    assert field.example.isVisibleTo(tab) and "/0007" in field.example.text()
    field.edit.setText("{nomor}/{year}")
    assert field.error.isVisibleTo(tab) and "unknown field" in field.error.text()
    assert not field.example.isVisibleTo(tab)
    tab.numbers_save.click()
    context.lane.wait()
    assert field.edit.text() == "{nomor}/{year}"
    assert cases.case_number_template(context.require_session()) == (
        "LK3-{center_code}/{year}/{seq:04d}"
    )

    field.edit.setText("REG-{seq:05d}/{month_roman}/{year}")
    assert not field.error.isVisibleTo(tab) and "REG-00007/" in field.example.text()
    with qtbot.waitSignal(tab.saved, timeout=30_000):
        tab.numbers_save.click()
    assert tab.numbers_status.isVisibleTo(tab)
    session = context.require_session()
    assert cases.case_number_template(session) == "REG-{seq:05d}/{month_roman}/{year}"
    assert referrals.letter_number_template(session) == tab.letter_template.edit.text()


def test_a_ticked_counselor_may_sign_referral_letters(
    context: AppContext, data_dir: Path, cred_store: KeyringStore, qtbot: QtBot
) -> None:
    head = context.require_session()
    rina = add_user(head, data_dir, cred_store, "rina", "Rina Marlina", Role.KONSELOR)
    try:
        add_user(head, data_dir, cred_store, "dani", "Dani Pratama", Role.STAF).store.close()
        assert not referrals.may_sign(rina)
        tab = shown_tab(context, qtbot)
        assert tab.signers.count() == 1  # active counselors only
        item = tab.signers.item(0)
        assert item.text() == "Rina Marlina"
        item.setCheckState(item.checkState().Checked)
        with qtbot.waitSignal(tab.saved, timeout=30_000):
            tab.signers_save.click()
        assert referrals.referral_signers(head) == [rina.actor.user_id]
        assert referrals.may_sign(rina)
    finally:
        rina.store.close()


def test_unsigned_days_are_saved(context: AppContext, qtbot: QtBot) -> None:
    tab = shown_tab(context, qtbot)
    assert tab.unsigned_days.value() == 3
    tab.unsigned_days.setValue(9)
    with qtbot.waitSignal(tab.saved, timeout=30_000):
        tab.unsigned_save.click()
    assert sessions.unsigned_days(context.require_session()) == 9
    assert tab.unsigned_status.isVisibleTo(tab)


def test_a_counselor_reads_but_does_not_change(
    initialized: accounts.InitResult, data_dir: Path, cred_store: KeyringStore, qtbot: QtBot
) -> None:
    rina = add_user(initialized.session, data_dir, cred_store, "rina", "Rina M", Role.KONSELOR)
    context = make_context(data_dir, cred_store, rina)
    try:
        tab = shown_tab(context, qtbot)
        assert tab.read_only_note.isVisibleTo(tab)
        assert len(texts(tab)) == 26
        assert not tab.pmks_box.add_button.isVisibleTo(tab)
        assert tab.case_template.edit.isReadOnly()
        assert not tab.numbers_save.isVisibleTo(tab)
        assert not tab.signers.isVisibleTo(tab) and tab.signers_note.text()
        assert tab.unsigned_days.isReadOnly() and not tab.unsigned_save.isVisibleTo(tab)
    finally:
        context.lane.wait()
        rina.store.close()


def test_each_template_mistake_is_one_sentence_under_its_field(
    context: AppContext, qtbot: QtBot
) -> None:
    tab = shown_tab(context, qtbot)
    letter, case = tab.letter_template, tab.case_template
    for typed, sentence in (
        ("{seq}{seq}/{year}", "may hold {seq} only once"),
        ("{seq}/LK3", "must hold {year}"),
        ("{year}/LK3", "must hold {seq}"),
        ("{seq:078d}/{year}", "longer than 80 characters"),
    ):
        letter.edit.setText(typed)
        assert letter.error.isVisibleTo(tab) and sentence in letter.error.text(), typed
        tab.numbers_save.click()
        context.lane.wait()
        assert letter.edit.text() == typed  # what was typed stays
    case.edit.setText("{seq:060d}/{year}")  # fits a letter number, not a registration number
    assert "longer than 60 characters" in case.error.text()
    session = context.require_session()
    assert referrals.letter_number_template(session) == LETTER_NUMBER_TEMPLATE


def test_a_signer_refused_by_the_service_is_said_under_the_list(
    context: AppContext, data_dir: Path, cred_store: KeyringStore, qtbot: QtBot
) -> None:
    head = context.require_session()
    rina = add_user(head, data_dir, cred_store, "rina", "Rina Marlina", Role.KONSELOR)
    rina.store.close()
    tab = shown_tab(context, qtbot)
    accounts.deactivate_user(head, rina.actor.user_id, HEAD_PASSWORD)  # while the tab shows her
    item = tab.signers.item(0)
    item.setCheckState(item.checkState().Checked)
    tab.signers_save.click()
    qtbot.waitUntil(lambda: tab.signers_status.isVisibleTo(tab), timeout=30_000)
    assert "Only active counselors" in tab.signers_status.text()
    assert tab.signers.item(0).checkState() == item.checkState().Checked
    assert referrals.referral_signers(head) == []
