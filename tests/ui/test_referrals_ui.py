"""The Rujukan UI with qtbot: draft, submit, sign as head, preview, print to a PDF printer,
the partner directory, verification, and what a counselor and staff are offered."""

from __future__ import annotations

import datetime
import io
import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from support.factories import HEAD_PASSWORD
from support.office import Office, new_office
from ui_helpers import ModalLog

from lk3_desktop.core.referrals import ReferralStatus
from lk3_desktop.db.models import AuditEntry, Referral
from lk3_desktop.services import (
    cases,
    clients,
    referrals,
    withholding,
)
from lk3_desktop.ui import dialogs
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.referrals import CaseReferralsPanel, ReferralsPage
from lk3_desktop.ui.referrals.letter_preview import LetterPreviewDialog
from lk3_desktop.ui.referrals.partner_dialog import PartnerDialog
from lk3_desktop.ui.referrals.referral_dialog import ReferralDialog
from lk3_desktop.ui.referrals.sign_letter import SignLetterDialog

TODAY = datetime.date.today()
PASSWORD = "Kopi-Hangat-Rujukan-7"


@pytest.fixture
def office(signed_in: AppContext) -> Iterator[Office]:
    """The head (signed in on ``signed_in``), Budi (konselor) holding Siti Nurhaliza's case
    opened today, Sari (staf), the Serang letterhead and Puskesmas Demo Ciruas."""
    head = signed_in.require_session()
    built = new_office(head, signed_in.data_dir, signed_in.credential_store)
    built.context = signed_in
    built.letterhead(phone="0254-201234", head_name="Siti Rahmawati, S.Sos.")
    for username in ("budi", "sari"):
        built.person(username, password=PASSWORD)
    siti = clients.ClientInput(
        full_name="Siti Nurhaliza", sex="P", birth_date=datetime.date(1990, 3, 12),
        street="Jl. Ki Mas Jong No. 5", province_code="36", regency_code="36.73",
    )  # fmt: skip
    built.add_case("siti", "budi", siti, TODAY, presenting_problem="Sulit tidur")
    built.add_partner(
        "ciruas", "Puskesmas Demo Ciruas", address="Jl. Raya Ciruas No. 4",
        contact_position="Kepala Puskesmas",
    )  # fmt: skip
    yield built
    signed_in.session = head  # the context closes the head's store, built.close the others
    built.close()


def pdf_printer(path: Path) -> Callable[[object], QPrinter]:
    def make(_parent: object) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setOutputFileName(str(path))
        return printer

    return make


def submitted_referral(office: Office, **extra: object) -> int:
    data = referrals.ReferralInput(
        partner_id=office.partners["ciruas"],
        reason="Pemeriksaan lanjutan",
        consented_fields=("name", "sex"),
        consent_given_by_name="Siti Nurhaliza",
        **extra,  # type: ignore[arg-type]
    )
    ref = referrals.create_referral(office.budi, office.siti.case_id, data)
    referrals.submit_referral(office.budi, ref.id)
    return ref.id


def test_draft_submit_sign_preview_and_print(
    office: Office, qtbot: QtBot, modal_log: ModalLog, tmp_path: Path
) -> None:
    panel = CaseReferralsPanel(office.context, office.siti.case_id)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        pass  # the first load was queued by the constructor
    panel.resize(1100, 600)
    panel.show()
    assert panel.model.rowCount() == 0 and panel.empty.isVisible()

    printed = tmp_path / "printed.pdf"
    seen: dict[str, object] = {}

    def respond(dialog: QDialog) -> int:
        name = dialog.objectName()
        if name == "referralDialog":
            assert isinstance(dialog, ReferralDialog)
            assert dialog.partner_combo.count() == 1
            assert dialog.giver_name.text() == "Siti Nurhaliza"  # defaults from the client
            assert dialog.problem_field.toPlainText() == "Sulit tidur"  # from the case
            dialog.reason_field.setPlainText("Klien memerlukan pemeriksaan kesehatan jiwa.")
            dialog.services_field.setPlainText("Konseling psikolog klinis")
            dialog.consent_checks["nik"].setChecked(False)
            dialog.attachments_field.setPlainText("Fotokopi KTP\nHasil asesmen")
            assert dialog.copies_field.toPlainText() == ""  # "Arsip" is not a tembusan
            assert dialog.subject_combo.currentText() == "Rujukan Klien"  # the default Hal
            dialog.subject_combo.setCurrentText("Permohonan Layanan Kesehatan Jiwa")
            with qtbot.waitSignal(dialog.saved, timeout=10_000):
                dialog.submit_button.click()
            seen["referral"] = dialog.referral
            return int(dialog.result())
        if name == "signLetterDialog":
            # the letter as it will be issued, then the password: a wrong one is refused
            assert isinstance(dialog, SignLetterDialog)
            seen["confirm"] = dialog.findChild(QLabel, "passwordPromptText").text()
            seen["preview_pages"] = dialog.page_count
            preview = " ".join(
                PdfReader(io.BytesIO(bytes(dialog._buffer.data().data())))
                .pages[0]
                .extract_text()
                .split()
            )
            seen["preview_has_reason"] = "pemeriksaan kesehatan jiwa" in preview
            qtbot.keyClicks(dialog.password, "bukan-kata-sandinya")
            dialog.ok_button.click()
            qtbot.waitUntil(lambda: dialog.error.isVisibleTo(dialog), timeout=30_000)
            seen["wrong_refused"] = referrals.get_referral(office.head, row_id()).letter is None
            qtbot.keyClicks(dialog.password, HEAD_PASSWORD)
            with qtbot.waitSignal(dialog.finished, timeout=30_000):
                dialog.ok_button.click()
            return int(dialog.result())
        if name == "letterPreviewDialog":
            assert isinstance(dialog, LetterPreviewDialog)
            seen["pages_shown"] = dialog.page_count
            seen["view_document"] = dialog.view.document() is dialog.document
            seen["print_visible"] = not dialog.print_button.isHidden()
            dialog.ask_printer = pdf_printer(printed)
            with qtbot.waitSignal(dialog.printed, timeout=30_000) as blocker:
                dialog.print_button.click()
            seen["printed_pages"] = blocker.args[0] if blocker.args else None
            return dialogs.answer(dialog, accept=False)
        return dialogs.answer(dialog, accept=False)

    def row_id() -> int:
        first = panel.model.row_at(0)
        assert first is not None
        return first.id

    modal_log.respond = respond
    with qtbot.waitSignal(panel.loaded, timeout=15_000):
        panel.new_button.click()
    assert modal_log.names() == ["referralDialog"]
    assert panel.model.rowCount() == 1
    row = panel.model.row_at(0)
    assert row is not None and row.status is ReferralStatus.DIAJUKAN
    assert panel.table.selectionModel().selectedRows()[0].row() == 0  # the new one selected
    actions = panel.referral_actions
    assert actions.sign_button.isVisible() and actions.sign_button.isEnabled()

    actions.sign_button.click()
    qtbot.waitUntil(lambda: "printed_pages" in seen, timeout=30_000)
    assert modal_log.names() == ["referralDialog", "signLetterDialog", "letterPreviewDialog"]
    assert "Siti Nurhaliza" in str(seen["confirm"])
    assert seen["preview_pages"] == 1 and seen["preview_has_reason"] and seen["wrong_refused"]
    assert seen["pages_shown"] == 1 and seen["view_document"] and seen["print_visible"]
    assert seen["printed_pages"] == 1
    reader = PdfReader(printed)
    assert len(reader.pages) == 1
    issued = referrals.letter_pdf(office.head, row.id)
    letter_text = " ".join(PdfReader(io.BytesIO(issued)).pages[0].extract_text().split())
    assert "Hal : Permohonan Layanan Kesehatan Jiwa" in letter_text
    box = reader.pages[0].mediabox
    assert abs(float(box.width) - 595) < 3 and abs(float(box.height) - 842) < 3  # A4
    qtbot.waitUntil(lambda: panel.model.row_at(0).letter_number is not None, timeout=10_000)  # type: ignore[union-attr]
    with office.head.store.transaction() as s:
        actions_logged = list(s.execute(select(AuditEntry.action)).scalars())
    assert "referral.signed" in actions_logged and "referral.printed" in actions_logged


def test_counselor_drafts_but_is_not_offered_signing(
    office: Office, qtbot: QtBot, modal_log: ModalLog
) -> None:
    rid = submitted_referral(office)
    office.context.set_session(office.budi)
    panel = CaseReferralsPanel(office.context, office.siti.case_id)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        pass
    panel.show()
    assert panel.select_referral(rid)
    actions = panel.referral_actions
    assert not actions.sign_button.isVisible()
    assert actions.open_button.isEnabled() and not actions.submit_button.isEnabled()
    # Even when the action is forced, the service refuses and the person is told so.
    modal_log.respond = lambda d: dialogs.answer(d, accept=True)
    actions.sign()
    qtbot.waitUntil(lambda: "warningDialog" in modal_log.names(), timeout=10_000)
    assert modal_log.texts[-1] == "Your role does not allow this action."
    assert referrals.get_referral(office.head, rid).status is ReferralStatus.DIAJUKAN


def test_staff_see_no_referrals_but_the_partner_directory(office: Office, qtbot: QtBot) -> None:
    submitted_referral(office)
    office.context.set_session(office.sari)
    page = ReferralsPage(office.context)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.partners_loaded, timeout=10_000):
        pass
    page.show()
    assert page.notice.isVisible() and not page.table.isVisible()
    assert not page.verify_box.isVisible()
    page.tabs.setCurrentIndex(1)
    assert page.partner_model.rowCount() == 1
    assert not page.add_partner_button.isVisible()
    panel = CaseReferralsPanel(office.context, office.siti.case_id)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.notice.isVisible() and not panel.table.isVisible()


def test_page_lists_overdue_first_filters_and_verifies(
    office: Office, qtbot: QtBot, modal_log: ModalLog
) -> None:
    draft = referrals.create_referral(
        office.budi,
        office.siti.case_id,
        referrals.ReferralInput(office.partners["ciruas"], consent_given_by_name="Siti Nurhaliza"),
    )
    late = submitted_referral(office)
    signed = referrals.sign_referral(office.head, late, HEAD_PASSWORD)
    assert signed.letter is not None
    with office.head.store.transaction() as s:
        row = s.get(Referral, late)
        assert row is not None
        row.follow_up_on = TODAY - datetime.timedelta(days=2)
    waiting = submitted_referral(office)

    page = ReferralsPage(office.context)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.referrals_loaded, timeout=10_000):
        pass
    page.resize(1300, 700)
    page.show()
    ids = [page.model.row_at(i).id for i in range(page.model.rowCount())]  # type: ignore[union-attr]
    assert ids == [late, draft.id, waiting]
    assert page.overdue_label.isVisible() and "1" in page.overdue_label.text()
    assert "(overdue)" in page.model.index(0, 4).data()
    with qtbot.waitSignal(page.referrals_loaded, timeout=10_000):
        page.status_filter.setCurrentIndex(page.status_filter.findData("diajukan"))
    assert page.model.rowCount() == 1 and page.model.row_at(0).id == waiting  # type: ignore[union-attr]

    # Verification: the archived letter opens read-only.
    assert page.verify_box.isVisible()
    shown: list[LetterPreviewDialog] = []

    def respond(dialog: QDialog) -> int:
        if isinstance(dialog, LetterPreviewDialog):
            shown.append(dialog)
            assert dialog.print_button.isHidden()
            assert dialog.page_count >= 1
        return dialogs.answer(dialog, accept=False)

    modal_log.respond = respond
    page.verify_field.setText(signed.letter.verification_code.lower().replace("-", " "))
    with qtbot.waitSignal(page.verified, timeout=10_000) as found:
        page.verify_button.click()
    assert found.args and found.args[0] is not None
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert signed.letter.number in page.verify_message.text()
    page.verify_field.setText("ABCDE")
    with qtbot.waitSignal(page.verified, timeout=10_000):
        page.verify_button.click()
    assert page.verify_message.isVisible() and "10" in page.verify_message.text()


def test_partner_directory_add_and_edit(office: Office, qtbot: QtBot, modal_log: ModalLog) -> None:
    page = ReferralsPage(office.context)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.partners_loaded, timeout=10_000):
        pass
    page.show()
    page.tabs.setCurrentIndex(1)
    assert page.add_partner_button.isVisible()

    def respond(dialog: QDialog) -> int:
        assert isinstance(dialog, PartnerDialog)
        dialog.name_field.setText("UPTD PPA Demo Serang")
        dialog.type_combo.setCurrentIndex(0)
        dialog.email_field.setText("bukan surel")
        dialog.save_button.click()
        qtbot.waitUntil(lambda: not dialog.messages["email"].isHidden(), timeout=10_000)
        assert "e-mail" in dialog.messages["email"].text()
        dialog.email_field.setText("uptdppa@example.org")
        with qtbot.waitSignal(dialog.saved, timeout=10_000):
            dialog.save_button.click()
        return int(dialog.result())

    modal_log.respond = respond
    with qtbot.waitSignal(page.partners_loaded, timeout=15_000):
        page.add_partner_button.click()
    names = [page.partner_model.row_at(i).name for i in range(page.partner_model.rowCount())]  # type: ignore[union-attr]
    assert names == ["Puskesmas Demo Ciruas", "UPTD PPA Demo Serang"]
    assert modal_log.names() == ["partnerDialog"]


def test_reprint_after_a_mark_leaves_the_field_out_and_says_so(
    office: Office, qtbot: QtBot, modal_log: ModalLog, tmp_path: Path
) -> None:
    """Issue 11, item 18: the head re-prints an earlier letter after the client's address was
    marked "jangan diungkap"; the preview and the printed copy leave it out and say they were
    composed again, and the stored original stays as signed."""
    data = referrals.ReferralInput(
        partner_id=office.partners["ciruas"],
        reason="Pemeriksaan lanjutan",
        consented_fields=("name", "sex", "address"),
        consent_given_by_name="Siti Nurhaliza",
    )
    ref = referrals.create_referral(office.budi, office.siti.case_id, data)
    referrals.submit_referral(office.budi, ref.id)
    referrals.sign_referral(office.head, ref.id, HEAD_PASSWORD)
    code = referrals.get_referral(office.head, ref.id).letter.verification_code  # type: ignore[union-attr]
    original = referrals.verify_letter(office.head, code)
    assert original is not None
    client_id = cases.get_case(office.head, office.siti.case_id).client_id
    withholding.mark(office.head, client_id, "Rumah aman", field_code="address")

    panel = CaseReferralsPanel(office.context, office.siti.case_id)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        pass  # the first load was queued by the constructor
    panel.resize(1100, 600)
    panel.show()
    panel.table.selectRow(0)
    shown: list[str] = []

    def respond(dialog: QDialog) -> int:
        if isinstance(dialog, LetterPreviewDialog):
            doc = dialog.document
            shown.append(" ".join(doc.getAllText(i).text() for i in range(doc.pageCount())))
            dialog.ask_printer = pdf_printer(tmp_path / "cetak-ulang.pdf")
            with qtbot.waitSignal(dialog.printed, timeout=30_000):
                dialog.print_button.click()
        return dialogs.answer(dialog, accept=False)

    modal_log.respond = respond
    panel.referral_actions.letter_button.click()
    qtbot.waitUntil(lambda: bool(shown), timeout=30_000)
    office.context.lane.wait()
    preview = " ".join(shown[0].split())
    assert "Siti Nurhaliza" in preview and "Ki Mas Jong" not in preview
    assert "Dicetak ulang" in preview
    with office.head.store.transaction() as s:
        printed = s.execute(
            select(AuditEntry.detail)
            .where(AuditEntry.action == "referral.printed")
            .order_by(AuditEntry.id.desc())
        ).scalar_one()
    assert json.loads(printed) == {"recomposed": True, "withheld": ["address"]}
    again = referrals.verify_letter(office.head, code)  # the archived original is unchanged
    assert again is not None and again.intact and again.pdf == original.pdf
