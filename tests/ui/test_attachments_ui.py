"""Attachments on screen, driven as a person does: a file dropped on the client's Dokumen tab
and one chosen in the file dialog, thumbnails made in memory, the viewer (QPdfView for a PDF,
the picture for a photo), a saved copy, and a record's own attachments from its window."""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot
from support.factories import HEAD_PASSWORD
from support.office import Office, build_office
from support.ui_settings import make_context
from ui_helpers import ModalLog

from lk3_desktop.documents.sample_documents import sample_ktp_jpeg, sample_letter_pdf
from lk3_desktop.services import attachments
from lk3_desktop.ui import dialogs
from lk3_desktop.ui.attachments import AttachmentsDialog, AttachmentsPanel
from lk3_desktop.ui.attachments.add_dialog import AddAttachmentDialog
from lk3_desktop.ui.attachments.viewer import AttachmentViewer
from lk3_desktop.ui.clients import ClientsPage
from lk3_desktop.ui.clients.client_page import TAB_DOKUMEN
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.i18n import install_translators, remove_translators

WAIT = 20_000
SHOTS = os.environ.get("LK3_SHOTS")


@pytest.fixture(autouse=True)
def shots_language(qapp: QApplication) -> Iterator[None]:
    """Pictures for people are taken in the interface's own language, Indonesian."""
    if not SHOTS:
        yield
        return
    install_translators("id")
    yield
    remove_translators()


@pytest.fixture
def head_office(signed_in: AppContext, data_dir: Path) -> Office:
    head = signed_in.require_session()
    return build_office(head, data_dir, signed_in.credential_store, people=("rina", "tuti"))


def _files(tmp_path: Path) -> tuple[Path, Path]:
    ktp = tmp_path / "KTP Dewi.jpg"
    ktp.write_bytes(sample_ktp_jpeg("Dewi Lestari", "3673054203880001"))
    visum = tmp_path / "visum.pdf"
    visum.write_bytes(sample_letter_pdf("VISUM ET REPERTUM", ["Nomor: 445/123/RSUD/2026"]))
    return ktp, visum


def _attach_as(kind: str, target: int = 0):  # type: ignore[no-untyped-def]
    def handler(dialog: QDialog) -> int:
        assert isinstance(dialog, AddAttachmentDialog)
        dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
        dialog.target.setCurrentIndex(target)
        dialog.has_date.setChecked(True)
        if SHOTS:
            dialog.show()
            QApplication.processEvents()
            dialog.grab().save(str(Path(SHOTS) / f"attach-dialog-{kind}.png"))
        return dialogs.answer(dialog, accept=True)

    return handler


def _draft_referral(office: Office, partner_name: str, partner_type: str) -> int:
    """A referral of the household's case drafted by its counselor, to a new partner."""
    from lk3_desktop.services import partners, referrals

    types = {t.code: t.id for t in partners.list_partner_types(office.head)}
    partner = partners.add_partner(
        office.head, partners.PartnerInput(name=partner_name, type_id=types[partner_type])
    )
    return referrals.create_referral(
        office.rina, office.home.case_id,
        referrals.ReferralInput(
            partner_id=partner.id, reason="Pendampingan hukum korban KDRT.",
            consented_fields=("name", "sex"), consent_given_by="klien",
            consent_given_by_name="Dewi Lestari",
        ),
    ).id  # fmt: skip


def test_drop_choose_view_and_save_a_copy(
    signed_in: AppContext,
    head_office: Office,
    qtbot: QtBot,
    modal_log: ModalLog,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ktp, visum = _files(tmp_path)
    page = ClientsPage(signed_in)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.open_client(head_office.home.client_id)
    client_page = page.client_page
    qtbot.waitUntil(lambda: client_page.bundle is not None, timeout=WAIT)
    client_page.tabs.setCurrentIndex(TAB_DOKUMEN)
    panel = client_page.attachments
    qtbot.waitUntil(lambda: panel.attach_button.isEnabled(), timeout=WAIT)

    # a KTP dropped onto the list: it goes to the client
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(ktp))])
    modal_log.respond = _attach_as("ktp")
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    panel.dropEvent(drop)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=WAIT)
    # a visum chosen in the file dialog: it goes to the case (the second place offered)
    monkeypatch.setattr(dialogs, "choose_open_file", lambda *a: str(visum))
    modal_log.respond = _attach_as("visum", target=1)
    panel.attach_button.click()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=WAIT)
    qtbot.waitUntil(lambda: len(panel.model._thumbs) == 2, timeout=WAIT)
    parts = {panel.model.rows[r].record_type for r in range(2)}
    assert parts == {"client", "case"}
    if SHOTS:
        qtbot.wait(100)
        _scroll_to(client_page, panel)
        panel.window().grab().save(str(Path(SHOTS) / "dokumen-tab-attachments.png"))

    # open the visum: a QPdfView on the bytes in memory; save a copy from the viewer
    shown: list[AttachmentViewer] = []
    copy = tmp_path / "salinan.pdf"
    monkeypatch.setattr(dialogs, "choose_save_file", lambda *a: str(copy))

    def view(dialog: QDialog) -> int:
        assert isinstance(dialog, AttachmentViewer)
        shown.append(dialog)
        if SHOTS:
            dialog.resize(1000, 700)
            dialog.show()
            qtbot.wait(200)
            dialog.grab().save(str(Path(SHOTS) / f"viewer-{dialog._opened.info.kind}.png"))
        if dialog._opened.info.kind == "visum":
            dialog.save_button.click()
            qtbot.waitUntil(lambda: copy.exists(), timeout=WAIT)
        return dialogs.answer(dialog, accept=True)

    modal_log.respond = view
    for row in range(2):
        panel.view.selectRow(row)
        panel.open_button.click()
        qtbot.waitUntil(lambda n=row: len(shown) == n + 1, timeout=WAIT)
    kinds = {v._opened.info.kind: v for v in shown}
    assert kinds["visum"].pdf_view is not None and kinds["ktp"].picture is not None
    assert copy.read_bytes() == visum.read_bytes()

    # nothing of either file was written anywhere in the data folder by viewing them
    fragments = [f.read_bytes()[200:240] for f in (ktp, visum)]
    folder = signed_in.data_dir
    leaks = [p.name for p in folder.rglob("*") if p.is_file() for f in fragments
             if f in p.read_bytes()]  # fmt: skip
    assert leaks == []


def _scroll_to_widget(widget: QWidget) -> None:
    from PySide6.QtWidgets import QScrollArea

    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    if isinstance(parent, QScrollArea):
        parent.ensureWidgetVisible(widget, 0, 0)
    QApplication.processEvents()


def _scroll_to(client_page: object, panel: AttachmentsPanel) -> None:
    from PySide6.QtWidgets import QScrollArea

    tab = client_page.personal_data  # type: ignore[attr-defined]
    scroll = tab.findChild(QScrollArea, "documentScroll")
    if scroll is not None:
        scroll.ensureWidgetVisible(panel, 0, 0)
        QApplication.processEvents()


def test_a_session_notes_own_attachments_and_staff_sees_no_clinical_ones(
    signed_in: AppContext, head_office: Office, qtbot: QtBot, data_dir: Path
) -> None:
    import datetime

    from lk3_desktop.services import sessions

    home = head_office.home
    saved = sessions.save_note(
        head_office.rina,
        sessions.NoteInput(
            case_id=home.case_id, session_date=datetime.date.today(),
            start_time=datetime.time(9, 0), end_time=datetime.time(10, 0),
            modality="tatap_muka", service_type="konseling_keluarga",
            attendee_member_ids=(home.client_member_id,), note_format="dap",
            sections={"data": "Ibu D. bercerita."},
        ),
    )  # fmt: skip
    record_type, record_id = "session", saved.id
    attachments.add_attachment(
        head_office.rina,
        attachments.NewAttachment(
            home.client_id, sample_letter_pdf("SURAT", ["balasan"]), "balasan.pdf", "lainnya",
            record_type, record_id,
        ),
    )  # fmt: skip
    dialog = AttachmentsDialog(signed_in, home.client_id, record_type, record_id, "Lampiran")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.panel.model.rowCount() == 1, timeout=WAIT)
    tuti_context = make_context(data_dir, signed_in.credential_store, head_office.tuti)
    try:
        staff_panel = AttachmentsPanel(tuti_context)
        qtbot.addWidget(staff_panel)
        staff_panel.set_client(home.client_id)
        qtbot.waitUntil(lambda: staff_panel.attach_button.isEnabled(), timeout=WAIT)
        assert staff_panel.model.rowCount() == 0  # the clinical document is not listed
    finally:
        tuti_context.lane.wait()


def test_printing_a_photo_sends_one_a4_page_and_is_audited(
    signed_in: AppContext, head_office: Office, qtbot: QtBot, tmp_path: Path
) -> None:
    from pypdf import PdfReader
    from PySide6.QtGui import QPageSize
    from PySide6.QtPrintSupport import QPrinter
    from sqlalchemy import func, select

    from lk3_desktop.db.models import AuditEntry

    def printed_entries() -> int:
        with head.store.transaction() as s:
            query = select(func.count()).where(AuditEntry.action == "attachment.printed")
            return int(s.execute(query).scalar_one())

    head = signed_in.require_session()
    info = attachments.add_attachment(
        head,
        attachments.NewAttachment(
            head_office.home.client_id, sample_ktp_jpeg("Dewi Lestari", "3673054203880001"),
            "ktp.jpg", "ktp", "client", None,
        ),
    )  # fmt: skip
    viewer = AttachmentViewer(signed_in, attachments.open_attachment(head, info.id))
    qtbot.addWidget(viewer)
    printed = tmp_path / "cetak.pdf"

    def pdf_printer(_parent: object, _name: str) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setOutputFileName(str(printed))
        return printer

    viewer.ask_printer = pdf_printer
    viewer.print_button.click()
    qtbot.waitUntil(lambda: viewer.message.text() != "", timeout=WAIT)
    assert "1" in viewer.message.text() and printed.exists()
    assert len(PdfReader(printed).pages) == 1
    assert printed_entries() == 1

    viewer.ask_printer = lambda _parent, _name: None  # cancelled: nothing printed, nothing audited
    viewer.print_button.click()
    qtbot.wait(200)
    assert printed_entries() == 1


def test_a_consent_form_signed_on_paper_is_attached_to_its_consent(
    signed_in: AppContext,
    head_office: Office,
    qtbot: QtBot,
    modal_log: ModalLog,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import datetime

    from lk3_desktop.services import clients

    home = head_office.home
    consent = clients.record_consent(
        head_office.tuti, home.client_id, datetime.date.today(), "klien", "Dewi Lestari",
        "Konseling keluarga dan rujukan",
    )  # fmt: skip
    scan = tmp_path / "scan001.pdf"  # a scanner's name says nothing of what it is
    scan.write_bytes(sample_letter_pdf("PERSETUJUAN LAYANAN", ["Yang bertanda tangan di bawah"]))
    page = ClientsPage(signed_in)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.open_client(home.client_id)
    client_page = page.client_page
    qtbot.waitUntil(lambda: client_page.bundle is not None, timeout=WAIT)
    section = client_page.editor.consent
    qtbot.waitUntil(lambda: section.model.rowCount() == 1, timeout=WAIT)
    assert not section.form_button.isEnabled()  # which consent? none chosen yet
    section.table.selectRow(0)
    assert section.form_button.isEnabled()
    if SHOTS:
        _scroll_to_widget(section)
        page.window().grab().save(str(Path(SHOTS) / "consent-signed-form.png"))

    kinds_offered: list[str] = []

    def respond(dialog: QDialog) -> int:
        if isinstance(dialog, AttachmentsDialog):
            panel = dialog.panel
            qtbot.waitUntil(lambda: panel.attach_button.isEnabled(), timeout=WAIT)
            panel.attach_files([scan])
            qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=WAIT)
            return dialogs.answer(dialog, accept=True)
        assert isinstance(dialog, AddAttachmentDialog)
        assert dialog.target.isHidden()  # the consent chosen is the only place
        kinds_offered.append(str(dialog.kind.currentData()))
        return dialogs.answer(dialog, accept=True)

    modal_log.respond = respond
    section.form_button.click()
    assert kinds_offered == ["persetujuan"]
    rows = attachments.list_attachments(head_office.tuti, home.client_id)
    assert [(r.record_type, r.record_id, r.kind) for r in rows] == [
        ("consent", consent.id, "persetujuan")
    ]
    # the Dokumen tab lists it, and offers the consent as a place for the next scan
    client_page.tabs.setCurrentIndex(TAB_DOKUMEN)
    panel = client_page.attachments
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=WAIT)
    offered = [(t.record_type, t.record_id) for t in panel._targets]
    assert ("consent", consent.id) in offered


def test_staff_get_no_attach_button_in_a_clinical_records_window(
    head_office: Office, qtbot: QtBot, data_dir: Path, signed_in: AppContext
) -> None:
    tuti_context = make_context(data_dir, signed_in.credential_store, head_office.tuti)
    try:
        panel = AttachmentsPanel(tuti_context)
        qtbot.addWidget(panel)
        panel.set_client(head_office.home.client_id, "case", head_office.home.case_id)
        qtbot.waitUntil(lambda: panel._client_id is not None, timeout=WAIT)
        tuti_context.lane.wait()
        qtbot.wait(100)
        assert not panel.attach_button.isEnabled()
        panel.set_client(head_office.home.client_id)  # the client page: their own documents
        qtbot.waitUntil(lambda: panel.attach_button.isEnabled(), timeout=WAIT)
    finally:
        tuti_context.lane.wait()


def test_the_referral_form_chooses_documents_and_the_preview_saves_the_package(
    signed_in: AppContext,
    head_office: Office,
    qtbot: QtBot,
    modal_log: ModalLog,
    tmp_path: Path,
) -> None:
    from pypdf import PdfReader

    from lk3_desktop.services import referrals
    from lk3_desktop.services.attachments import enclosures
    from lk3_desktop.ui.attachments.enclosures import EnclosureDialog
    from lk3_desktop.ui.referrals.letter_preview import LetterPreviewDialog
    from lk3_desktop.ui.referrals.referral_dialog import ReferralDialog, load_form_context

    head, home, rina = signed_in.require_session(), head_office.home, head_office.rina
    ktp, visum = _files(tmp_path)
    ids = [
        attachments.add_attachment(head, attachments.NewAttachment(
            home.client_id, ktp.read_bytes(), ktp.name, "ktp")).id,
        attachments.add_attachment(rina, attachments.NewAttachment(
            home.client_id, visum.read_bytes(), visum.name, "visum", "case", home.case_id)).id,
    ]  # fmt: skip
    ref_id = _draft_referral(head_office, "UPTD PPA Kota Serang", "uptd_ppa")
    form = ReferralDialog(
        signed_in, load_form_context(head, home.case_id), referrals.get_referral(head, ref_id)
    )
    qtbot.addWidget(form)
    assert not form.enclose_button.isHidden()

    offered: list[str] = []

    def choose(dialog: QDialog) -> int:
        assert isinstance(dialog, EnclosureDialog)
        for row in range(dialog.list.count()):
            item = dialog.list.item(row)
            offered.append(item.text())
            item.setCheckState(Qt.CheckState.Checked)
        if SHOTS:
            dialog.show()
            QApplication.processEvents()
            dialog.grab().save(str(Path(SHOTS) / "enclosures-dialog.png"))
        dialog.findChild(QWidget, "saveEnclosures").click()  # type: ignore[union-attr]
        qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=WAIT)
        return int(dialog.result())

    modal_log.respond = choose
    form.enclose_button.click()
    qtbot.waitUntil(lambda: len(offered) > 0, timeout=WAIT)
    assert len(offered) == 2, offered
    qtbot.waitUntil(
        lambda: sorted(e.attachment_id for e in enclosures.list_enclosures(head, ref_id)) == ids,
        timeout=WAIT,
    )
    assert any("Fotokopi KTP" in t for t in offered) and any("Visum" in t for t in offered)

    referrals.submit_referral(rina, ref_id)
    signed = referrals.sign_referral(head, ref_id, HEAD_PASSWORD)
    assert signed.letter is not None
    letter = referrals.letter_pdf(head, ref_id)
    preview = LetterPreviewDialog(
        signed_in, ref_id, letter, signed.letter.number, "Surat rujukan", True
    )
    qtbot.addWidget(preview)
    package = tmp_path / "paket.pdf"
    preview.ask_save_path = lambda _parent, _name: package
    qtbot.waitUntil(preview.package_button.isEnabled, timeout=WAIT)
    with qtbot.waitSignal(preview.saved, timeout=WAIT):
        preview.package_button.click()
    reader = PdfReader(package)
    letter_pages = len(PdfReader(io.BytesIO(letter)).pages)
    assert len(reader.pages) == letter_pages + 2
    titles = [o.title for o in reader.outline][1:]  # in the order the dialog listed them
    assert titles == ["Lampiran 1: Visum et repertum", "Lampiran 2: Fotokopi KTP"]
    assert "VISUM ET REPERTUM" in reader.pages[-2].extract_text()
    assert "2" in preview.status.text()
    if SHOTS:
        preview.resize(1000, 700)
        preview.show()
        qtbot.wait(200)
        preview.grab().save(str(Path(SHOTS) / "letter-preview-package.png"))


def test_the_partners_written_reply_is_attached_where_the_reply_is_recorded(
    signed_in: AppContext,
    head_office: Office,
    qtbot: QtBot,
    modal_log: ModalLog,
    tmp_path: Path,
) -> None:
    from lk3_desktop.services import referrals
    from lk3_desktop.ui.referrals.letter_preview import LetterPreviewDialog
    from lk3_desktop.ui.referrals.status_dialog import Mode, ReferralStatusDialog

    head, home, rina = signed_in.require_session(), head_office.home, head_office.rina
    ref_id = _draft_referral(head_office, "Puskesmas Ciruas", "puskesmas")
    referrals.submit_referral(rina, ref_id)
    signed = referrals.sign_referral(head, ref_id, HEAD_PASSWORD)
    assert signed.letter is not None
    preview = LetterPreviewDialog(
        signed_in, ref_id, referrals.letter_pdf(head, ref_id), signed.letter.number, "", True
    )
    qtbot.addWidget(preview)  # no documents chosen: no package to save, and it says why
    qtbot.waitUntil(lambda: not preview.package_button.isEnabled(), timeout=WAIT)
    assert "Simpan PDF" in preview.package_button.toolTip() or "Save PDF" in (
        preview.package_button.toolTip()
    )
    scan = tmp_path / "IMG_20261207_0001.pdf"
    scan.write_bytes(sample_letter_pdf("PUSKESMAS CIRUAS", ["Perihal: Balasan rujukan"]))
    dialog = ReferralStatusDialog(signed_in, referrals.get_referral(head, ref_id), Mode.REPLY)
    qtbot.addWidget(dialog)
    if SHOTS:
        dialog.show()
        qtbot.wait(100)
        dialog.grab().save(str(Path(SHOTS) / "reply-dialog.png"))

    kinds: list[str] = []

    def respond(shown: QDialog) -> int:
        if isinstance(shown, AttachmentsDialog):
            panel = shown.panel
            qtbot.waitUntil(lambda: panel.attach_button.isEnabled(), timeout=WAIT)
            panel.attach_files([scan])
            qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=WAIT)
            return dialogs.answer(shown, accept=True)
        assert isinstance(shown, AddAttachmentDialog)
        kinds.append(str(shown.kind.currentData()))
        return dialogs.answer(shown, accept=True)

    modal_log.respond = respond
    dialog.reply_letter_button.click()
    assert kinds == ["surat_balasan"]
    rows = attachments.list_attachments(head, home.client_id, "referral", ref_id)
    assert [(r.kind, r.file_name) for r in rows] == [("surat_balasan", scan.name)]
    staff = attachments.list_attachments(head_office.tuti, home.client_id)
    assert staff == []  # a partner's reply is clinical: not for staf


def test_the_viewer_shows_a_phone_photo_the_way_up_it_was_taken(
    signed_in: AppContext, head_office: Office, qtbot: QtBot
) -> None:
    from PIL import Image

    from lk3_desktop.ui.attachments.thumbnails import thumbnail

    picture = Image.new("RGB", (600, 300), "navy")
    exif = Image.Exif()
    exif[0x0112] = 6  # stored landscape, taken portrait
    out = io.BytesIO()
    picture.save(out, "JPEG", exif=exif.tobytes())
    head = signed_in.require_session()
    info = attachments.add_attachment(
        head,
        attachments.NewAttachment(head_office.home.client_id, out.getvalue(), "IMG.jpg", "foto"),
    )
    viewer = AttachmentViewer(signed_in, attachments.open_attachment(head, info.id))
    qtbot.addWidget(viewer)
    assert (viewer._image.width(), viewer._image.height()) == (300, 600)
    viewer.show()  # shown as exec() shows it: the picture fills the height it is given
    qtbot.waitExposed(viewer)
    assert viewer.picture is not None
    room = viewer._scroll.viewport().size()
    qtbot.waitUntil(lambda: viewer.picture.pixmap().height() == room.height(), timeout=WAIT)  # type: ignore[union-attr]
    assert room.height() > 400 and viewer.picture.pixmap().width() < room.width()
    thumb = thumbnail("image/jpeg", out.getvalue())
    assert thumb is not None and thumb.height() > thumb.width()


def test_the_dokumen_tab_lists_what_was_attached_elsewhere_when_shown_again(
    signed_in: AppContext, head_office: Office, qtbot: QtBot
) -> None:
    import json

    from sqlalchemy import select

    from lk3_desktop.db.models import AuditEntry

    head, home = signed_in.require_session(), head_office.home
    first = attachments.add_attachment(head, attachments.NewAttachment(
        home.client_id, sample_ktp_jpeg("Dewi", "3673054203880001"), "ktp.jpg", "ktp"))  # fmt: skip
    page = ClientsPage(signed_in)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.open_client(home.client_id)
    client_page = page.client_page
    qtbot.waitUntil(lambda: client_page.bundle is not None, timeout=WAIT)
    client_page.tabs.setCurrentIndex(TAB_DOKUMEN)
    panel = client_page.attachments
    qtbot.waitUntil(lambda: len(panel.model._thumbs) == 1, timeout=WAIT)
    client_page.tabs.setCurrentIndex(0)
    # meanwhile a session note's window attaches a partner's letter to the case
    second = attachments.add_attachment(head_office.rina, attachments.NewAttachment(
        home.client_id, sample_letter_pdf("SURAT", ["balasan"]), "balasan.pdf", "surat_balasan",
        "case", home.case_id))  # fmt: skip
    client_page.tabs.setCurrentIndex(TAB_DOKUMEN)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=WAIT)
    qtbot.waitUntil(lambda: len(panel.model._thumbs) == 2, timeout=WAIT)
    with head.store.transaction() as s:
        details = s.execute(
            select(AuditEntry.detail).where(AuditEntry.action == "attachment.previewed")
        ).scalars()
        fetched = [json.loads(d)["ids"] for d in details]
    assert fetched == [[first.id], [second.id]]  # the first thumbnail was not fetched again


def test_a_new_referral_takes_its_documents_with_its_first_save(
    signed_in: AppContext,
    head_office: Office,
    qtbot: QtBot,
    modal_log: ModalLog,
    tmp_path: Path,
) -> None:
    from lk3_desktop.services import partners, referrals
    from lk3_desktop.services.attachments import enclosures
    from lk3_desktop.ui.attachments.enclosures import EnclosureDialog
    from lk3_desktop.ui.referrals.referral_dialog import ReferralDialog, load_form_context

    head, home = signed_in.require_session(), head_office.home
    ktp, _visum = _files(tmp_path)
    ktp_id = attachments.add_attachment(head, attachments.NewAttachment(
        home.client_id, ktp.read_bytes(), ktp.name, "ktp")).id  # fmt: skip
    types = {t.code: t.id for t in partners.list_partner_types(head)}
    partners.add_partner(head, partners.PartnerInput(name="UPTD PPA", type_id=types["uptd_ppa"]))
    form = ReferralDialog(signed_in, load_form_context(head, home.case_id))
    qtbot.addWidget(form)
    form.resize(1000, 700)
    form.show()
    assert form.enclose_button.isVisible()  # offered before the referral exists

    def choose(dialog: QDialog) -> int:
        assert isinstance(dialog, EnclosureDialog)
        dialog.list.item(0).setCheckState(Qt.CheckState.Checked)
        dialog.findChild(QWidget, "saveEnclosures").click()  # type: ignore[union-attr]
        return int(dialog.result())

    modal_log.respond = choose
    form.enclose_button.click()
    qtbot.waitUntil(lambda: "(1)" in form.enclose_button.text(), timeout=WAIT)
    if SHOTS:
        form.grab().save(str(Path(SHOTS) / "new-referral-with-documents.png"))
    form.reason_field.setPlainText("Pendampingan hukum korban KDRT.")
    with qtbot.waitSignal(form.saved, timeout=WAIT):
        form.submit_button.click()
    referral = form.referral
    assert referral is not None
    assert [e.attachment_id for e in enclosures.list_enclosures(head, referral.id)] == [ktp_id]
    assert "Fotokopi KTP" in _pdf_text(referrals.preview_letter(head, referral.id))


def _pdf_text(pdf: bytes) -> str:
    from pypdf import PdfReader

    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_going_back_to_a_client_shows_its_thumbnails_again(
    signed_in: AppContext, head_office: Office, qtbot: QtBot
) -> None:
    """Client A's Dokumen tab, then client B's, then A's again: A's thumbnail is made again
    (the list of B dropped it), not left out as one already asked for."""
    head, home = signed_in.require_session(), head_office.home
    other = head_office.add_home("other", None, full_name="Rina Wati", surname="Kusuma")
    mine = attachments.add_attachment(head, attachments.NewAttachment(
        home.client_id, sample_ktp_jpeg("Dewi", "3673054203880001"), "ktp.jpg", "ktp"))  # fmt: skip
    ktp = sample_ktp_jpeg("Rina", "3673054203880002")
    theirs = attachments.add_attachment(
        head, attachments.NewAttachment(other.client_id, ktp, "ktp.jpg", "ktp")
    )
    page = ClientsPage(signed_in)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    client_page = page.client_page
    panel = client_page.attachments

    def dokumen_of(client_id: int, attachment_id: int) -> None:
        page.open_client(client_id)
        qtbot.waitUntil(
            lambda: client_page.bundle is not None and client_page.bundle.detail.id == client_id,
            timeout=WAIT,
        )
        client_page.tabs.setCurrentIndex(TAB_DOKUMEN)
        qtbot.waitUntil(lambda: [r.id for r in panel.model.rows] == [attachment_id], timeout=WAIT)
        qtbot.waitUntil(lambda: set(panel.model._thumbs) == {attachment_id}, timeout=WAIT)

    dokumen_of(home.client_id, mine.id)
    dokumen_of(other.client_id, theirs.id)
    dokumen_of(home.client_id, mine.id)
