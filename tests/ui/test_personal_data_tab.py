"""The Documents tab of the client page: jangan diungkap marks, the head's export of all a
client's data and anonymisation; and the retention period in Settings > General."""

from __future__ import annotations

import datetime
import json
import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog
from pytestqt.qtbot import QtBot
from support.casework import (
    Household,
    add_assessments_and_referral,
)
from support.office import Office, build_office
from support.ui_settings import DialogScript, accept, expect, make_context, temp_ui_settings

from lk3_desktop.core.case_stages import Stage
from lk3_desktop.core.errors import PermissionDenied
from lk3_desktop.services import anonymise, cases, clients, withholding
from lk3_desktop.services.context import UserSession
from lk3_desktop.ui.clients import ClientsPage
from lk3_desktop.ui.clients.client_page import TAB_DOKUMEN
from lk3_desktop.ui.clients.personal_data_tab import (
    CONFIRM_WORD,
    AnonymiseDialog,
    MarkDialog,
    PersonalDataTab,
)
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.settings import SettingsPage, general_tab

WAIT = 20_000
TODAY = datetime.date.today()
PHONE = "0812-3456-7890"


def _has_phone(text: str) -> bool:
    # Not just "7890": timestamps and counts may hold those digits by chance.
    return any(form in text for form in ("81234567890", "812-3456-7890", "812 3456 7890"))


@pytest.fixture
def office(signed_in: AppContext, data_dir: Path) -> Iterator[Office]:
    """The usual office (support/office.py) with the head signed in on ``signed_in``: Rina
    holds the Hidayat household's case, which has assessments, a referral and a phone."""
    head = signed_in.require_session()
    built = build_office(head, data_dir, signed_in.credential_store, people=("rina", "tuti"))
    add_assessments_and_referral(head, built.home)
    data = clients.get_client(head, built.home.client_id).data
    clients.update_client(
        head, built.home.client_id, clients.ClientInput(**{**data.__dict__, "phone": PHONE})
    )
    yield built
    built.close()


PageFor = Callable[[str], ClientsPage]


@pytest.fixture
def page_for(
    office: Office, data_dir: Path, signed_in: AppContext, qtbot: QtBot
) -> Iterator[PageFor]:
    contexts: list[AppContext] = []
    users = {"rina": office.rina, "tuti": office.tuti}

    def make(username: str) -> ClientsPage:
        if username == "kepala":
            context = signed_in
        else:
            context = make_context(data_dir, signed_in.credential_store, users[username])
            contexts.append(context)
        widget = ClientsPage(context)
        qtbot.addWidget(widget)
        widget.resize(1366, 768)
        widget.show()
        qtbot.waitExposed(widget)
        return widget

    yield make
    for context in contexts:
        context.lane.wait()
    signed_in.lane.wait()


def open_tab(page: ClientsPage, qtbot: QtBot, client_id: int) -> PersonalDataTab:
    page.open_client(client_id)
    client_page = page.client_page
    qtbot.waitUntil(
        lambda: client_page.bundle is not None and client_page.bundle.detail.id == client_id,
        timeout=WAIT,
    )
    client_page.tabs.setCurrentIndex(TAB_DOKUMEN)
    tab = client_page.personal_data
    assert client_page.tabs.currentWidget() is tab
    qtbot.waitUntil(lambda: tab.data is not None, timeout=WAIT)
    return tab


def mark_with(qtbot: QtBot, fill: Callable[[MarkDialog], None]) -> Callable[[QDialog], int]:
    def handler(dialog: QDialog) -> int:
        assert isinstance(dialog, MarkDialog)
        fill(dialog)
        with qtbot.waitSignal(dialog.finished, timeout=WAIT):
            dialog.ok_button.click()
        return dialog.result()

    return expect("markDialog", handler)


# -- marks ----------------------------------------------------------------------------------


def test_head_marks_a_field_and_a_record_and_lifts_a_mark(
    office: Office, page_for: PageFor, qtbot: QtBot
) -> None:
    cid = office.home.client_id
    page = page_for("kepala")
    tab = open_tab(page, qtbot, cid)
    assert tab.marks_model.rowCount() == 0 and tab.marks_empty.isVisible()
    assert tab.lift_button.isVisible() and not tab.lift_button.isEnabled()

    def no_reason_then_phone(dialog: MarkDialog) -> None:
        dialog.field.setCurrentIndex(dialog.field.findData("phone"))
        dialog.ok_button.click()  # no reason: refused under the field, the dialog stays
        message = dialog.errors["reason"]
        qtbot.waitUntil(lambda: not dialog._busy and not message.isHidden(), timeout=WAIT)
        dialog.reason.setPlainText("Klien meminta nomornya tidak diberikan ke suami")

    with DialogScript(mark_with(qtbot, no_reason_then_phone)).installed():
        tab.mark_button.click()
    qtbot.waitUntil(lambda: tab.marks_model.rowCount() == 1, timeout=WAIT)
    assert tab.marks_model.index(0, 0).data() == "Nomor telepon"
    assert "suami" in tab.marks_model.index(0, 1).data()

    records = withholding.markable_records(office.head, cid)
    session_like = records[-1]  # the referral: any record of the client will do

    def whole_record(dialog: MarkDialog) -> None:
        assert dialog.record_choice.isEnabled()
        assert dialog.record.count() == len(records)
        dialog.choose_record(session_like.kind, session_like.record_id)
        assert not dialog.field.isEnabled()
        dialog.reason.setPlainText("Rujukan ke layanan kesehatan jiwa")

    with DialogScript(mark_with(qtbot, whole_record)).installed():
        tab.mark_button.click()
    qtbot.waitUntil(lambda: tab.marks_model.rowCount() == 2, timeout=WAIT)
    marks = withholding.list_marks(office.head, cid)
    assert [(m.kind, m.field, m.record_id) for m in marks] == [
        ("field", "phone", None),
        (session_like.kind, None, session_like.record_id),
    ]
    assert tab.marks_model.index(1, 0).data() == session_like.label

    tab.select_mark(0)
    assert tab.lift_button.isEnabled()
    texts: list[str] = []

    def confirm(dialog: QDialog) -> int:
        texts.append(dialog.text())  # type: ignore[attr-defined]
        return accept(dialog)

    with DialogScript(expect("confirmDialog", confirm)).installed():
        tab.lift_button.click()
    qtbot.waitUntil(lambda: tab.marks_model.rowCount() == 1, timeout=WAIT)
    assert "Nomor telepon" in texts[0]
    assert [m.kind for m in withholding.list_marks(office.head, cid)] == [session_like.kind]


def test_konselor_cannot_lift_a_mark(office: Office, page_for: PageFor, qtbot: QtBot) -> None:
    cid = office.home.client_id
    mark_id = withholding.mark(office.rina, cid, "alamat dirahasiakan", field_code="address")
    page = page_for("rina")
    tab = open_tab(page, qtbot, cid)
    assert tab.marks_model.rowCount() == 1
    tab.select_mark(0)
    assert not tab.lift_button.isVisibleTo(tab)
    # the service refuses as well: the hidden button is not the protection
    with pytest.raises(PermissionDenied):
        withholding.lift(office.rina, mark_id)
    # no export and no anonymising either, with one sentence saying who may export
    assert tab.export_head_only.isVisibleTo(tab)
    assert not tab.export_pdf_button.isVisibleTo(tab)
    assert not tab.anonymise_box.isVisibleTo(tab)


def test_staf_marks_a_field_but_is_offered_no_records(
    office: Office, page_for: PageFor, qtbot: QtBot
) -> None:
    cid = office.home.client_id
    page = page_for("tuti")
    tab = open_tab(page, qtbot, cid)
    assert tab.data is not None and tab.data.records == []
    seen: list[MarkDialog] = []

    def address(dialog: MarkDialog) -> None:
        seen.append(dialog)
        assert not dialog.record_choice.isEnabled()
        assert dialog.record.isHidden() and dialog.record.count() == 0
        assert "head of the center" in dialog.record_note.text()
        dialog.field.setCurrentIndex(dialog.field.findData("address"))
        dialog.reason.setPlainText("Alamat rumah aman")

    with DialogScript(mark_with(qtbot, address)).installed():
        tab.mark_button.click()
    qtbot.waitUntil(lambda: tab.marks_model.rowCount() == 1, timeout=WAIT)
    assert seen
    assert [m.field for m in withholding.list_marks(office.head, cid)] == ["address"]


# -- export ---------------------------------------------------------------------------------


def test_head_exports_pdf_and_json_through_the_buttons(
    office: Office, page_for: PageFor, qtbot: QtBot, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    cid = office.home.client_id
    withholding.mark(office.head, cid, "nomor dirahasiakan", field_code="phone")
    page = page_for("kepala")
    tab = open_tab(page, qtbot, cid)
    assert tab.export_pdf_button.isVisible() and not tab.export_head_only.isVisibleTo(tab)
    suggested: list[str] = []

    def save_as(path: Path) -> Callable[[QDialog], int]:
        def handler(dialog: QDialog) -> int:
            assert isinstance(dialog, QFileDialog)
            suggested.extend(Path(f).name for f in dialog.selectedFiles())
            dialog.selectFile(str(path))
            return int(QDialog.DialogCode.Accepted)

        return expect("saveFileDialog", handler)

    pdf = tmp_path / "klien.pdf"
    with DialogScript(save_as(pdf)).installed():
        tab.export_pdf_button.click()
    qtbot.waitUntil(lambda: tab.export_result.isVisibleTo(tab), timeout=60_000)
    assert suggested == [f"data-klien-{cid}-{TODAY.strftime('%Y%m%d')}.pdf"]
    result = re.search(r"(\d+) records, (\d+) items left out", tab.export_result.text())
    assert result is not None and "klien.pdf" in tab.export_result.text()
    assert int(result.group(1)) > 0 and int(result.group(2)) == 1
    text = " ".join(page.extract_text() for page in PdfReader(str(pdf)).pages)
    # The marked phone is left out, in any of its written forms.
    assert "Dewi Lestari" in text and not _has_phone(text)

    tab.export_result.clear_message()
    out = tmp_path / "klien.json"
    with DialogScript(save_as(out)).installed():
        tab.export_json_button.click()
    qtbot.waitUntil(lambda: tab.export_result.isVisibleTo(tab), timeout=60_000)
    assert suggested[-1] == f"data-klien-{cid}-{TODAY.strftime('%Y%m%d')}.json"
    raw = out.read_text("utf-8")
    doc = json.loads(raw)
    assert isinstance(doc, dict) and "Dewi Lestari" in raw
    assert not _has_phone(raw)


# -- anonymise ------------------------------------------------------------------------------


def closed_long_ago(office: Office, retention_years: int | None = 1) -> Household:
    """Sri Wahyuni Putri, whose only case (Rina's) closed 700 days ago, 800 days after its
    intake; with ``retention_years`` of retention set (None: left as it is)."""
    home = office.add_home(
        "sri", "rina", full_name="Sri Wahyuni", intake_days_ago=800, surname="Putri"
    )
    cases.change_stage(
        office.head,
        home.case_id,
        Stage.TERMINASI,
        TODAY - datetime.timedelta(days=700),
        closing_reason="Tujuan tercapai",
    )
    if retention_years is not None:
        anonymise.set_retention_years(office.head, retention_years)
    return home


def test_anonymise_needs_the_typed_word_and_renames_the_client(
    office: Office, page_for: PageFor, qtbot: QtBot
) -> None:
    page = page_for("kepala")
    not_due = open_tab(page, qtbot, office.home.client_id)
    assert not not_due.anonymise_button.isEnabled()
    assert "is still open" in not_due.eligibility.text()  # the service's reason

    home = closed_long_ago(office)
    page = page_for("kepala")
    tab = open_tab(page, qtbot, home.client_id)
    assert tab.anonymise_button.isEnabled()
    assert "may be anonymised" in tab.eligibility.text()
    preview = anonymise.preview(office.head, home.client_id)
    seen: list[AnonymiseDialog] = []

    def type_word(dialog: QDialog) -> int:
        assert isinstance(dialog, AnonymiseDialog)
        seen.append(dialog)
        assert [c.text() for c in dialog.consequences] == list(preview.consequences)
        assert dialog.ok_button.text() == "Anonymise"
        assert dialog.ok_button.property("destructive") is True
        assert not dialog.ok_button.isEnabled()
        qtbot.keyClicks(dialog.word, CONFIRM_WORD.lower())
        assert not dialog.ok_button.isEnabled()  # the word exactly, in capitals
        dialog.word.clear()
        qtbot.keyClicks(dialog.word, CONFIRM_WORD)
        assert dialog.ok_button.isEnabled()
        with qtbot.waitSignal(dialog.finished, timeout=WAIT):
            dialog.ok_button.click()
        return dialog.result()

    # declined first (the default answer of every test dialog): nothing happens
    tab.anonymise_button.click()
    assert clients.get_client(office.head, home.client_id).anonymised_at is None

    with DialogScript(expect("anonymiseDialog", type_word)).installed():
        tab.anonymise_button.click()
    assert seen
    name = page.client_page.name_label
    qtbot.waitUntil(lambda: name.text() == f"Anonim {home.client_id}", timeout=WAIT)
    assert clients.get_client(office.head, home.client_id).anonymised_at is not None
    qtbot.waitUntil(lambda: "already been anonymised" in tab.eligibility.text(), timeout=WAIT)
    assert not tab.anonymise_button.isEnabled() and not tab.mark_button.isEnabled()
    # The Identitas tab now says why nothing can be changed, and nothing can be.
    editor = page.client_page.editor
    qtbot.waitUntil(lambda: editor.anonymised_note.isVisibleTo(editor), timeout=WAIT)
    assert "anonymised" in editor.anonymised_note.text()
    assert not editor.form.isEnabled() and not editor.save_button.isEnabled()


# -- retention period in Settings > General -------------------------------------------------


@pytest.fixture
def settings_for(
    office: Office,
    data_dir: Path,
    signed_in: AppContext,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[Callable[[UserSession], SettingsPage]]:
    monkeypatch.setattr(general_tab, "ui_settings", temp_ui_settings(tmp_path))
    contexts: list[AppContext] = []
    pages: list[SettingsPage] = []  # kept alive for the test

    def make(user: UserSession) -> SettingsPage:
        context = make_context(data_dir, signed_in.credential_store, user)
        contexts.append(context)
        page = SettingsPage(context)
        qtbot.addWidget(page)
        page.resize(1366, 768)
        page.show()
        page.tabs.setCurrentWidget(page.general_tab)
        pages.append(page)
        return page

    yield make
    for context in contexts:
        context.lane.wait()


def test_head_saves_the_retention_period_and_sees_who_is_due(
    office: Office,
    settings_for: Callable[[UserSession], SettingsPage],
    qtbot: QtBot,
    screenshots: Path | None,
) -> None:
    closed_long_ago(office, retention_years=None)
    tab = settings_for(office.head).general_tab
    assert tab.retention.value() == anonymise.retention_years(office.head) == 5
    qtbot.waitUntil(lambda: "No client is due" in tab.due_label.text(), timeout=WAIT)
    assert not tab.retention_save.isEnabled()
    tab.retention.setValue(1)
    assert tab.retention_save.isEnabled()
    tab.retention_save.click()
    assert anonymise.retention_years(office.head) == 1
    assert tab.retention_status.text() == "Saved."
    qtbot.waitUntil(lambda: tab.due_model.rowCount() == 1, timeout=WAIT)
    assert tab.due_model.index(0, 1).data() == "Sri Wahyuni Putri"
    assert tab.due_label.text() == "One client is due for anonymisation:"
    assert tab.retention.text() == "1 year"
    if screenshots is not None:
        qtbot.wait(50)
        assert tab.window().grab().save(str(screenshots / "settings-general-kepala.png"))

    staff = settings_for(office.tuti).general_tab
    assert staff.retention.isReadOnly() and not staff.retention_save.isVisibleTo(staff)
    assert staff.retention.value() == 1
    assert not staff.due_label.isVisibleTo(staff) and staff.due_model.rowCount() == 0


# -- how it looks ---------------------------------------------------------------------------


@pytest.fixture
def screenshots(qapp: QApplication) -> Iterator[Path | None]:
    """LK3_SCREENSHOTS=<folder>: where to save what each role sees, in the app's own style
    (put back afterwards: the other tests run unstyled)."""
    folder = os.environ.get("LK3_SCREENSHOTS")
    if not folder:
        yield None
        return
    from lk3_desktop.ui.style import apply_style

    saved = (qapp.style().name(), qapp.palette(), qapp.styleSheet(), qapp.font())
    apply_style(qapp)
    yield Path(folder)
    qapp.setStyle(saved[0])
    qapp.setPalette(saved[1])
    qapp.setStyleSheet(saved[2])
    qapp.setFont(saved[3])


def test_tab_fits_a_small_laptop_screen(
    office: Office, page_for: PageFor, qtbot: QtBot, screenshots: Path | None
) -> None:
    """At 1366x768 every control of the tab is inside the page (no horizontal scrolling).
    LK3_SCREENSHOTS=<folder> saves what each role sees, for a person to look at."""
    withholding.mark(office.head, office.home.client_id, "nomor dirahasiakan", field_code="phone")
    for username in ("kepala", "tuti"):
        page = page_for(username)
        tab = open_tab(page, qtbot, office.home.client_id)
        qtbot.wait(50)  # the layout settles after the data arrived
        for button in (tab.mark_button, tab.export_pdf_button, tab.anonymise_button):
            if button.isVisibleTo(tab):
                corner = button.mapTo(page, button.rect().bottomRight())
                assert corner.x() < page.width() and corner.y() < page.height()
        assert tab.intro.mapTo(page, tab.intro.rect().topRight()).x() < page.width()
        if screenshots is None:
            continue
        assert page.grab().save(str(screenshots / f"personal-data-{username}.png"))
        assert tab.data is not None
        shown: list[QDialog] = [MarkDialog(tab._context, office.home.client_id, tab.data.records)]
        if username == "kepala":
            preview = anonymise.preview(office.head, office.home.client_id)
            shown.append(AnonymiseDialog(tab._context, preview, "Dewi Lestari Hidayat"))
        for dialog in shown:
            qtbot.addWidget(dialog)
            dialog.show()
            qtbot.wait(50)
            assert dialog.grab().save(str(screenshots / f"{dialog.objectName()}-{username}.png"))
            dialog.close()


def test_a_marks_reason_shows_only_to_the_head_and_whoever_marked(
    office: Office, page_for: PageFor, qtbot: QtBot, indonesian: None
) -> None:
    """Tuti (staf) marks the address; Rina (another role, not the marker) sees that the mark
    exists but not why; the head and Tuti read the reason."""
    withholding.mark(
        office.tuti, office.home.client_id, "Suami mencari alamatnya", field_code="address"
    )
    for username, sees_reason in (("tuti", True), ("rina", False), ("kepala", True)):
        page = page_for(username)  # held: the page lives as long as this reference
        tab = open_tab(page, qtbot, office.home.client_id)
        model = tab.marks_model
        assert model.rowCount() == 1
        shown = [model.data(model.index(0, column)) for column in range(model.columnCount())]
        assert ("Suami mencari alamatnya" in shown) is sees_reason, username
        if not sees_reason:
            assert any("hanya untuk Kepala LK3" in str(text) for text in shown), shown
