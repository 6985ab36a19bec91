"""The client page by role: what a konselor and staf see of cases (no clinical text of other
counselors' cases), the case dialogs, family members picked from registered clients, and the
head's merge of two records."""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot
from support.factories import HEAD_PASSWORD
from support.office import Office, new_office
from support.ui_settings import DialogScript, accept, expect, make_context

from lk3_desktop.core.case_stages import Stage
from lk3_desktop.core.errors import PermissionDenied
from lk3_desktop.services import cases, client_list, clients, families
from lk3_desktop.services.cases import CaseInput
from lk3_desktop.services.clients import ClientInput
from lk3_desktop.ui.clients import ClientsPage
from lk3_desktop.ui.clients.case_dialogs import NewCaseDialog, ReassignDialog, StageDialog
from lk3_desktop.ui.clients.client_picker import ClientPickerDialog
from lk3_desktop.ui.clients.family_tab import MemberDialog
from lk3_desktop.ui.context import AppContext

WAIT = 20_000
SECRET = "Rahasia keluarga: suami berjudi"
TODAY = datetime.date.today()


def person(name: str, sex: str = "P", year: int = 1990) -> ClientInput:
    return ClientInput(full_name=name, sex=sex, birth_date=datetime.date(year, 5, 17))


@pytest.fixture
def office(signed_in: AppContext, data_dir: Path) -> Iterator[Office]:
    """The head (signed in on ``signed_in``), Budi and Ani (konselor) and Sari (staf), all
    with the head's password, and Dewi Lestari whose case Budi holds (with clinical text)."""
    built = new_office(signed_in.require_session(), data_dir, signed_in.credential_store)
    for username in ("budi", "ani", "sari"):
        built.person(username, password=HEAD_PASSWORD)
    built.add_case(
        "dewi", "budi", person("Dewi Lestari"), TODAY,
        presenting_problem=SECRET, problem_area_codes=("kdrt",),
    )  # fmt: skip
    yield built
    built.close()


PageFor = Callable[[str], ClientsPage]


@pytest.fixture
def page_for(
    office: Office, data_dir: Path, signed_in: AppContext, qtbot: QtBot
) -> Iterator[PageFor]:
    contexts: list[AppContext] = []

    def make(username: str) -> ClientsPage:
        if username == "kepala":
            context = signed_in
        else:
            context = make_context(data_dir, signed_in.credential_store, office.person(username))
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


def open_client(page: ClientsPage, qtbot: QtBot, client_id: int) -> None:
    page.open_client(client_id)
    qtbot.waitUntil(
        lambda: (
            page.client_page.bundle is not None and page.client_page.bundle.detail.id == client_id
        ),
        timeout=WAIT,
    )


def visible_text(root: QWidget) -> str:
    return " ".join(label.text() for label in root.findChildren(QLabel) if label.isVisibleTo(root))


# -- who sees what --------------------------------------------------------------------------


def test_konselor_sees_no_clinical_text_of_another_counselors_case(
    office: Office, page_for: PageFor, qtbot: QtBot
) -> None:
    page = page_for("ani")
    open_client(page, qtbot, office.dewi.client_id)
    tab = page.client_page.case_tab
    page.client_page.tabs.setCurrentWidget(tab)
    assert tab.model.rowCount() == 1
    assert tab.clinical_hidden.isVisible() and not tab.clinical_box.isVisible()
    assert SECRET not in visible_text(page)
    assert all(SECRET not in label.text() for label in page.findChildren(QLabel))
    assert not tab.clinical_button.isEnabled() and not tab.stage_button.isEnabled()
    assert not tab.reassign_button.isVisible()
    # the service refuses as well: the hidden button is not the protection
    with pytest.raises(PermissionDenied):
        cases.update_clinical(office.ani, office.dewi.case_id, "x", (), "biasa")

    own = page_for("budi")
    open_client(own, qtbot, office.dewi.client_id)
    own_tab = own.client_page.case_tab
    own.client_page.tabs.setCurrentWidget(own_tab)
    assert own_tab.clinical_box.isVisible()
    assert own_tab.values["presenting"].text() == SECRET
    assert own_tab.clinical_button.isEnabled() and own_tab.stage_button.isEnabled()


def test_staf_cannot_open_the_clinical_part(
    office: Office, page_for: PageFor, qtbot: QtBot
) -> None:
    page = page_for("sari")
    open_client(page, qtbot, office.dewi.client_id)
    tab = page.client_page.case_tab
    page.client_page.tabs.setCurrentWidget(tab)
    assert SECRET not in visible_text(page)
    assert tab.clinical_hidden.isVisible()
    assert not tab.clinical_button.isVisible() and not tab.stage_button.isVisible()
    assert not tab.reassign_button.isVisible()
    assert not page.client_page.merge_button.isVisible()
    seen: list[NewCaseDialog] = []

    def intake(dialog: QDialog) -> int:
        assert isinstance(dialog, NewCaseDialog)
        seen.append(dialog)
        assert dialog.presenting.isHidden() and dialog.areas.isHidden()
        assert dialog.counselor.isHidden()
        assert dialog.case_input().presenting_problem == ""
        assert dialog.case_input().counselor_id is None
        with qtbot.waitSignal(dialog.finished, timeout=WAIT):
            dialog.ok_button.click()
        return dialog.result()

    with DialogScript(expect("newCaseDialog", intake)).installed():
        tab.new_button.click()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2, timeout=WAIT)
    assert seen
    newest = tab.model.record(0)
    assert newest is not None and newest.counselor_id is None
    with pytest.raises(PermissionDenied):
        cases.open_case(
            office.sari,
            office.dewi.client_id,
            CaseInput(TODAY, "datang_sendiri", presenting_problem="x"),
        )


# -- case dialogs ---------------------------------------------------------------------------


def test_head_changes_stage_with_termination_reason_and_reassigns(
    office: Office, page_for: PageFor, qtbot: QtBot
) -> None:
    page = page_for("kepala")
    open_client(page, qtbot, office.dewi.client_id)
    tab = page.client_page.case_tab
    page.client_page.tabs.setCurrentWidget(tab)

    def to_asesmen(dialog: QDialog) -> int:
        assert isinstance(dialog, StageDialog)
        offered = [dialog.stage.itemData(i) for i in range(dialog.stage.count())]
        assert offered == [s.value for s in (Stage.ASESMEN, Stage.RUJUKAN, Stage.TERMINASI)]
        assert not dialog.closing_reason.isVisibleTo(dialog)
        dialog.stage.setCurrentIndex(dialog.stage.findData(Stage.ASESMEN.value))
        dialog.note.setPlainText("asesmen awal")
        with qtbot.waitSignal(dialog.finished, timeout=WAIT):
            dialog.ok_button.click()
        return dialog.result()

    with DialogScript(expect("stageDialog", to_asesmen)).installed():
        tab.stage_button.click()
    qtbot.waitUntil(lambda: "Asesmen" in page.client_page.case_label.text(), timeout=WAIT)

    def terminate(dialog: QDialog) -> int:
        assert isinstance(dialog, StageDialog)
        dialog.stage.setCurrentIndex(dialog.stage.findData(Stage.TERMINASI.value))
        assert dialog.closing_reason.isVisibleTo(dialog) and dialog.outcome.isVisibleTo(dialog)
        dialog.ok_button.click()  # no outcome: refused under the field, nothing sent
        qtbot.waitUntil(lambda: not dialog.errors["closing_code"].isHidden(), timeout=WAIT)
        dialog.outcome.setCurrentIndex(dialog.outcome.findData("lainnya"))
        dialog.ok_button.click()  # "Lainnya" without a note: the service refuses
        message = dialog.errors["closing_reason"]
        qtbot.waitUntil(lambda: not dialog._busy and not message.isHidden(), timeout=WAIT)
        dialog.outcome.setCurrentIndex(dialog.outcome.findData("teratasi"))
        dialog.closing_reason.setPlainText("Tujuan intervensi tercapai")
        with qtbot.waitSignal(dialog.finished, timeout=WAIT):
            dialog.ok_button.click()
        return dialog.result()

    def reassign(dialog: QDialog) -> int:
        assert isinstance(dialog, ReassignDialog)
        dialog.counselor.setCurrentIndex(dialog.counselor.findData(office.ani.actor.user_id))
        dialog.reason.setPlainText("beban kerja")
        with qtbot.waitSignal(dialog.finished, timeout=WAIT):
            dialog.ok_button.click()
        return dialog.result()

    with DialogScript(expect("reassignDialog", reassign)).installed():
        tab.reassign_button.click()
    qtbot.waitUntil(lambda: "Ani Wijaya" in page.client_page.case_label.text(), timeout=WAIT)
    info = cases.get_case(office.head, office.dewi.case_id)
    assert [a.counselor for a in info.assignments] == ["Budi Santoso", "Ani Wijaya"]
    assert tab.assign_model.rowCount() == 2

    with DialogScript(expect("stageDialog", terminate)).installed():
        tab.stage_button.click()
    qtbot.waitUntil(lambda: "Terminasi" in page.client_page.case_label.text(), timeout=WAIT)
    done = cases.get_case(office.head, office.dewi.case_id)
    assert done.closing_reason == "Tujuan intervensi tercapai" and done.closed_on == TODAY
    assert done.closing_code == "teratasi"
    qtbot.waitUntil(lambda: "Masalah teratasi" in tab.values["closed"].text(), timeout=WAIT)
    qtbot.waitUntil(lambda: not tab.stage_button.isEnabled(), timeout=WAIT)  # closed


# -- family ---------------------------------------------------------------------------------


def test_family_member_picked_from_registered_clients_opens_their_page(
    office: Office, page_for: PageFor, qtbot: QtBot
) -> None:
    head = office.head
    husband = clients.create_client(head, person("Bambang Hidayat", "L", 1985))
    family = families.create_family(head, "Keluarga Bapak Bambang")
    families.add_member(
        head, family.id, families.MemberInput("", "istri", client_id=office.dewi.client_id)
    )
    page = page_for("kepala")
    open_client(page, qtbot, office.dewi.client_id)
    tab = page.client_page.family_tab
    page.client_page.tabs.setCurrentWidget(tab)
    assert len(tab.panels) == 1

    def add_husband(dialog: QDialog) -> int:
        assert isinstance(dialog, MemberDialog)
        dialog.client_choice.setChecked(True)
        qtbot.keyClicks(dialog.picker.search, "bambang")
        qtbot.waitUntil(lambda: dialog.picker.model.rowCount() == 1, timeout=WAIT)
        assert dialog.name.text() == "Bambang Hidayat"
        dialog.relationship.setCurrentIndex(dialog.relationship.findData("kepala_keluarga"))
        with qtbot.waitSignal(dialog.finished, timeout=WAIT):
            dialog.ok_button.click()
        return dialog.result()

    def add_child(dialog: QDialog) -> int:
        assert isinstance(dialog, MemberDialog)
        assert dialog.typed_choice.isChecked()
        qtbot.keyClicks(dialog.name, "Putri Hidayat")
        dialog.relationship.setCurrentIndex(dialog.relationship.findData("anak"))
        dialog.birth_year.setValue(2015)
        with qtbot.waitSignal(dialog.finished, timeout=WAIT):
            dialog.ok_button.click()
        return dialog.result()

    panel = tab.panels[0]
    with DialogScript(expect("memberDialog", add_husband)).installed():
        panel.add_button.click()
    qtbot.waitUntil(lambda: len(tab.panels) == 1 and tab.panels[0].model.rowCount() == 2)
    with DialogScript(expect("memberDialog", add_child)).installed():
        tab.panels[0].add_button.click()
    qtbot.waitUntil(lambda: tab.panels[0].model.rowCount() == 3, timeout=WAIT)
    members = families.families_of_client(head, office.dewi.client_id)[0].members
    assert [(m.relationship, m.client_id) for m in members] == [
        ("kepala_keluarga", husband),
        ("istri", office.dewi.client_id),
        ("anak", None),
    ]
    panel = tab.panels[0]
    assert panel.model.data(panel.model.index(0, 5)) == "Open client ›"
    assert panel.model.data(panel.model.index(1, 5)) == "This client"
    panel.select_row(0)
    panel.open_button.click()
    qtbot.waitUntil(
        lambda: (
            page.client_page.bundle is not None and page.client_page.bundle.detail.id == husband
        ),
        timeout=WAIT,
    )


# -- merge ----------------------------------------------------------------------------------


def test_head_merges_a_second_record(office: Office, page_for: PageFor, qtbot: QtBot) -> None:
    head = office.head
    second = clients.create_client(
        head,
        ClientInput(full_name="Dewi Lestari", sex="P", birth_date=datetime.date(1990, 5, 17)),
        confirmed_not_duplicate_of=(office.dewi.client_id,),
    )
    cases.open_case(head, second, CaseInput(TODAY, "penjangkauan"))
    page = page_for("kepala")
    open_client(page, qtbot, office.dewi.client_id)
    assert page.client_page.merge_button.isVisible()
    texts: list[str] = []

    def pick(dialog: QDialog) -> int:
        assert isinstance(dialog, ClientPickerDialog)
        qtbot.keyClicks(dialog.picker.search, "dewi")
        qtbot.waitUntil(lambda: dialog.picker.model.rowCount() == 1, timeout=WAIT)
        assert dialog.picker.current() is not None and dialog.picker.current().id == second  # type: ignore[union-attr]
        dialog.ok_button.click()
        return dialog.result()

    def confirm(dialog: QDialog) -> int:
        texts.append(dialog.text())  # type: ignore[attr-defined]
        return accept(dialog)

    with DialogScript(expect("clientPickerDialog", pick), confirm).installed():
        page.client_page.merge_button.click()
    # the page read the record again: the Kasus tab shows both cases
    qtbot.waitUntil(
        lambda: page.client_page.bundle is not None and len(page.client_page.bundle.cases) == 2,
        timeout=WAIT,
    )
    page.client_page.tabs.setCurrentWidget(page.client_page.case_tab)
    assert page.client_page.case_tab.model.rowCount() == 2
    assert "cannot be undone" in texts[0] and "Dewi Lestari" in texts[0]
    found = client_list.search_ids(head, client_list.ClientFilter(query="Dewi Lestari"))
    assert found == [office.dewi.client_id]


def test_konselor_and_staf_see_no_merge(office: Office, page_for: PageFor, qtbot: QtBot) -> None:
    for username in ("budi", "sari"):
        page = page_for(username)
        open_client(page, qtbot, office.dewi.client_id)
        assert not page.client_page.merge_button.isVisible()


# -- the page itself ------------------------------------------------------------------------


def test_header_tabs_and_the_hidden_risk_banner(
    office: Office, page_for: PageFor, qtbot: QtBot
) -> None:
    clients.set_client_pmks(office.head, office.dewi.client_id, ["PMKS-19", "PMKS-25"])
    page = page_for("kepala")
    open_client(page, qtbot, office.dewi.client_id)
    client_page = page.client_page
    assert client_page.name_label.text() == "Dewi Lestari"
    assert "Perempuan" in client_page.facts_label.text()
    assert office.dewi.registration_number in client_page.case_label.text()
    assert "Budi Santoso" in client_page.case_label.text()
    assert len(client_page.chips.chips()) == 2
    assert client_page.consent_warning.isVisible()
    # short of room beside the chips, the warning ends in "…" at a word and reads whole as
    # its tooltip (it was cut mid-word, "persetujuan layanan yan")
    warning = client_page.consent_warning
    whole = warning.text()
    warning.resize(warning.fontMetrics().horizontalAdvance(whole) // 2, warning.height())
    assert warning.is_elided() and warning.toolTip() == whole
    banner = client_page.findChild(QWidget, "riskBanner")
    assert banner is not None and banner.isHidden()
    titles = [client_page.tabs.tabText(i) for i in range(client_page.tabs.count())]
    assert titles == [
        "Identity",
        "Family",
        "Cases",
        "Assessment",
        "Sessions",
        "Referrals",
        "Documents",
        "History",
    ]
    label = client_page.findChild(QLabel, "documentTabText")
    assert label is not None and label.text().endswith(".")
    assert client_page.tabs.widget(3) is client_page.assessments
    referrals = client_page.referrals
    assert client_page.tabs.widget(5) is referrals
    client_page.tabs.setCurrentWidget(referrals)
    assert referrals.case_id == office.dewi.case_id and referrals.panel is not None


def _audited(office: Office) -> list[str]:
    from sqlalchemy import text

    with office.head.store.transaction() as s:
        return list(s.execute(text("SELECT action FROM audit_log ORDER BY id")).scalars())


def test_a_tab_reads_its_records_when_first_shown(
    office: Office, page_for: PageFor, signed_in: AppContext, qtbot: QtBot
) -> None:
    """Opening a client reads the header, Identitas and Keluarga; the other tabs read (and
    audit) their records the first time they are shown, and again after the record changed."""
    page = page_for("kepala")
    before = len(_audited(office))
    open_client(page, qtbot, office.dewi.client_id)
    page_lane = signed_in.lane
    assert page_lane.wait(WAIT)
    client_page = page.client_page
    opened = _audited(office)[before:]
    assert "client.viewed" in opened
    assert not {"assessment.listed", "client.sessions_listed", "case.timeline_viewed"} & set(opened)
    assert client_page.sessions is None and client_page.timeline is None

    client_page.tabs.setCurrentWidget(client_page.sessions_tab)
    assert (
        client_page.sessions is not None and client_page.sessions.client_id == office.dewi.client_id
    )
    qtbot.waitUntil(lambda: "client.sessions_listed" in _audited(office)[before:], timeout=WAIT)
    client_page.tabs.setCurrentWidget(client_page.timeline_tab)
    assert client_page.timeline is not None
    client_page.tabs.setCurrentWidget(client_page.assessments)
    qtbot.waitUntil(lambda: client_page.assessments.is_loaded, timeout=WAIT)
    assert page_lane.wait(WAIT)
    shown = _audited(office)[before:]
    assert {"assessment.listed", "case.timeline_viewed"} <= set(shown)

    # the same tab shown again reads nothing more; after a reload of the record it does
    client_page.tabs.setCurrentWidget(client_page.sessions_tab)
    assert page_lane.wait(WAIT)
    assert _audited(office)[before:] == shown
    client_page.reload()
    qtbot.waitUntil(
        lambda: "client.sessions_listed" in _audited(office)[before + len(shown) :],
        timeout=WAIT,
    )

    # another client: the panels built for this one are replaced when their tab shows
    other = clients.create_client(office.head, person("Rina Wati", year=1985))
    panel = client_page.sessions
    open_client(page, qtbot, other)
    assert client_page.sessions is None
    client_page.tabs.setCurrentWidget(client_page.sessions_tab)
    assert client_page.sessions is not None and client_page.sessions is not panel
    assert client_page.sessions.client_id == other


def test_record_summary_pdf_saved_without_session_notes(
    office: Office, page_for: PageFor, qtbot: QtBot, tmp_path: Path
) -> None:
    from pypdf import PdfReader
    from PySide6.QtWidgets import QFileDialog

    page = page_for("kepala")
    open_client(page, qtbot, office.dewi.client_id)
    tab = page.client_page.case_tab
    page.client_page.tabs.setCurrentWidget(tab)
    assert tab.summary_button.isEnabled()
    target = tmp_path / "ringkasan.pdf"

    def choose(dialog: QDialog) -> int:
        assert isinstance(dialog, QFileDialog)
        dialog.selectFile(str(target))
        return int(QDialog.DialogCode.Accepted)

    # the head is asked about note text first and leaves it out, then chooses the file
    script = DialogScript(lambda dialog: int(QDialog.DialogCode.Rejected), choose)
    with script.installed():
        tab.summary_button.click()
        qtbot.waitUntil(target.exists, timeout=WAIT)
    text = " ".join(p.extract_text() for p in PdfReader(str(target)).pages)
    assert office.dewi.registration_number in text and "RAHASIA" in text
    assert (target.stat().st_mode & 0o777) == 0o600


def test_staf_has_no_record_summary(office: Office, page_for: PageFor, qtbot: QtBot) -> None:
    page = page_for("sari")
    open_client(page, qtbot, office.dewi.client_id)
    assert not page.client_page.case_tab.summary_button.isVisibleTo(page)
