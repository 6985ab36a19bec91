"""Attachments through the services on a real SQLCipher file: taken by content, bounded,
sealed, opened with their hash checked, permissions as for their record, every view, copy and
print audited, and no fragment of a file anywhere in the data folder."""

from __future__ import annotations

import datetime
import hashlib
import io
import os
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import func, select, text, update
from support.factories import HEAD_PASSWORD, login, make_vault
from support.office import Office

from lk3_desktop.core.errors import AttachmentDamaged, PermissionDenied, ValidationError
from lk3_desktop.db.models import Attachment, AttachmentChunk, AuditEntry
from lk3_desktop.documents.sample_documents import sample_ktp_jpeg, sample_letter_pdf
from lk3_desktop.services import attachments as att
from lk3_desktop.services.attachments import _content
from lk3_desktop.services.context import UserSession


def _pdf() -> bytes:
    return sample_letter_pdf("VISUM ET REPERTUM", ["Nomor: 445/123/RSUD/2026", "Pasien: contoh"])


def _photo(width: int = 4000, height: int = 3000) -> bytes:
    image = Image.frombytes("RGB", (width, height), os.urandom(width * height * 3))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=70)
    return out.getvalue()


def _actions(session: UserSession) -> list[str]:
    with session.store.transaction() as s:
        return list(s.execute(select(AuditEntry.action).order_by(AuditEntry.id)).scalars())


def _add(session: UserSession, office: Office, data: bytes, **over: object) -> att.AttachmentInfo:
    fields: dict[str, object] = {
        "client_id": office.home.client_id,
        "data": data,
        "file_name": "scan.pdf",
        "kind": "ktp",
    }
    fields.update(over)
    return att.add_attachment(session, att.NewAttachment(**fields))  # type: ignore[arg-type]


def test_a_document_is_taken_by_its_content_and_opened_as_it_was(office: Office) -> None:
    ktp = sample_ktp_jpeg("Dewi Lestari", "3673054203880001")
    info = _add(
        office.head, office, ktp, file_name="ktp.pdf", document_date=datetime.date(2026, 1, 5)
    )
    assert info.mime == "image/jpeg"  # the name said PDF; the bytes are a JPEG
    assert info.sha256 == hashlib.sha256(ktp).hexdigest() == info.original_sha256
    assert (info.width, info.height) == (1012, 638)
    visum = _add(office.rina, office, _pdf(), kind="visum", record_type="case",
                 record_id=office.home.case_id)  # fmt: skip
    assert visum.mime == "application/pdf" and visum.pages == 1 and visum.clinical
    listed = att.list_attachments(office.head, office.home.client_id)
    assert [a.id for a in listed] == [visum.id, info.id]
    opened = att.open_attachment(office.head, info.id)
    assert opened.data == ktp
    assert _actions(office.head)[-1] == "attachment.viewed"


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "attachment.empty"),
        (b"Nama,NIK\nDewi,3673\n", "attachment.unknown_type"),
        (b"%PDF-1.4\n this is not really a pdf", "attachment.pdf_damaged"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, "attachment.image_damaged"),
    ],
)
def test_what_is_not_a_readable_pdf_or_picture_is_refused(
    office: Office, data: bytes, code: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        _add(office.head, office, data)
    assert caught.value.code == code


def test_more_than_25_mb_is_refused_with_the_limit(office: Office) -> None:
    with pytest.raises(ValidationError) as caught:
        _add(office.head, office, b"%PDF-1.4\n" + b"0" * (25 * 1024 * 1024))
    assert caught.value.code == "attachment.too_large" and caught.value.params == {"mib": 25}


def test_a_password_locked_pdf_is_refused(office: Office) -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(_pdf())))
    writer.encrypt("rahasia")
    out = io.BytesIO()
    writer.write(out)
    with pytest.raises(ValidationError) as caught:
        _add(office.head, office, out.getvalue())
    assert caught.value.code == "attachment.pdf_locked"


def test_a_large_photo_is_made_smaller_keeping_the_original_hash(office: Office) -> None:
    photo = _photo()
    info = _add(office.head, office, photo, kind="foto", downscale=True)
    assert max(info.width or 0, info.height or 0) == 2000
    assert info.original_sha256 == hashlib.sha256(photo).hexdigest() != info.sha256
    assert info.original_size == len(photo) > info.size
    stored = att.open_attachment(office.head, info.id).data
    assert Image.open(io.BytesIO(stored)).size == (2000, 1500)


def test_clinical_documents_are_the_head_and_case_counselor_only(office: Office) -> None:
    visum = _add(office.rina, office, _pdf(), kind="visum", record_type="case",
                 record_id=office.home.case_id)  # fmt: skip
    ktp = _add(office.tuti, office, sample_ktp_jpeg("Dewi", "3673054203880001"))
    assert {a.id for a in att.list_attachments(office.tuti, office.home.client_id)} == {ktp.id}
    assert {a.id for a in att.list_attachments(office.dedi, office.home.client_id)} == {ktp.id}
    for other in (office.tuti, office.dedi):
        with pytest.raises(PermissionDenied):
            att.open_attachment(other, visum.id)
        with pytest.raises(PermissionDenied):
            _add(other, office, _pdf(), kind="visum", record_type="case",
                 record_id=office.home.case_id)  # fmt: skip
    assert att.open_attachment(office.rina, visum.id).data == _pdf()
    assert att.open_attachment(office.head, visum.id).info.clinical


def test_copies_prints_and_removal_are_audited(office: Office, tmp_path: Path) -> None:
    info = _add(office.tuti, office, _pdf())
    target = att.save_copy(office.head, info.id, tmp_path / "salinan.pdf")
    assert target.read_bytes() == _pdf()
    assert att.printable(office.head, info.id) == _pdf()
    assert _actions(office.head)[-2:] == ["attachment.copy_saved", "attachment.printed"]
    with pytest.raises(PermissionDenied):
        att.remove_attachment(office.rina, info.id)  # neither the one who added it nor head
    att.remove_attachment(office.tuti, info.id)
    assert _actions(office.head)[-1] == "attachment.removed"
    with office.head.store.transaction() as s:
        assert s.execute(select(func.count()).select_from(AttachmentChunk)).scalar_one() == 0


def test_an_altered_piece_is_detected_and_named_by_check(office: Office) -> None:
    info = _add(office.head, office, _pdf())
    with office.head.store.transaction() as s:
        sealed = s.execute(select(AttachmentChunk.data)).scalar_one()
        s.execute(
            update(AttachmentChunk)
            .where(AttachmentChunk.attachment_id == info.id)
            .values(data=sealed[:-1] + bytes([sealed[-1] ^ 1]))
        )
    with pytest.raises(AttachmentDamaged):
        att.open_attachment(office.head, info.id)
    with office.head.store.transaction() as s:
        assert _content.damaged(s) == [info.id]


def test_no_fragment_of_an_attached_file_is_in_any_file_of_the_data_folder(
    office: Office, tmp_path: Path
) -> None:
    files = [_pdf(), sample_ktp_jpeg("Dewi Lestari", "3673054203880001"), _photo(800, 600)]
    for data in files:
        info = _add(office.head, office, data)
        att.open_attachment(office.head, info.id)  # viewing writes nothing either
    fragments = [data[len(data) // 2 : len(data) // 2 + 32] for data in files]
    fragments += [data[:64] for data in files]
    leaks = [
        (path.name, n)
        for path in office.folder.rglob("*")
        if path.is_file()
        for n, fragment in enumerate(fragments)
        if fragment in path.read_bytes()
    ]
    assert leaks == []


def test_pieces_belong_to_their_attachment(office: Office) -> None:
    """A sealed piece copied onto another attachment does not open there."""
    one = _add(office.head, office, _pdf())
    two = _add(office.head, office, sample_letter_pdf("SURAT", ["lain"]))
    with office.head.store.transaction() as s:
        piece = s.execute(
            select(AttachmentChunk.data).where(AttachmentChunk.attachment_id == one.id)
        ).scalar_one()
        s.execute(
            text("UPDATE attachment_chunks SET data = :d WHERE attachment_id = :a"),
            {"d": piece, "a": two.id},
        )
        s.execute(update(Attachment).where(Attachment.id == two.id).values(sha256=one.sha256))
    with pytest.raises(AttachmentDamaged):
        att.open_attachment(office.head, two.id)


@pytest.mark.embedded_only("scans every page of lk3.db and every file of the data folder")
def test_anonymisation_deletes_every_attachment_for_good(office: Office) -> None:
    """The rows and sealed pieces go, the client's key is shredded, and no page of the
    decrypted file (free pages and the WAL emptied into it included) holds a fragment of the
    sealed pieces or of the files."""
    from support.decrypted import decrypted_pages

    from lk3_desktop.core.case_stages import Stage
    from lk3_desktop.services import anonymise, cases

    files = [sample_ktp_jpeg("Dewi Lestari", "3673054203880001"), _pdf()]
    _add(office.head, office, files[0])
    _add(office.rina, office, files[1], kind="visum", record_type="case",
         record_id=office.home.case_id)  # fmt: skip
    with office.head.store.transaction() as s:
        sealed = [bytes(d) for d in s.execute(select(AttachmentChunk.data)).scalars()]
    today = datetime.date.today()
    cases.change_stage(office.head, office.home.case_id, Stage.TERMINASI, today,
                       closing_reason="Selesai")  # fmt: skip
    later = today + datetime.timedelta(days=6 * 366)
    preview = anonymise.preview(office.head, office.home.client_id, today=later)
    assert preview.counts["attachments"] == 2
    assert any("2 berkas terlampir" in line for line in preview.consequences)
    anonymise.anonymise_client(office.head, office.home.client_id, today=later)
    with office.head.store.transaction() as s:
        for model in (Attachment, AttachmentChunk):
            assert s.execute(select(func.count()).select_from(model)).scalar_one() == 0
    plain = decrypted_pages(office.head.store.db_path, office.head.store.key())
    assert b"Anonim" in plain  # the decryption worked
    fragments = [piece[12:60] for piece in sealed] + [
        f[len(f) // 2 : len(f) // 2 + 32] for f in files
    ]
    assert [n for n, fragment in enumerate(fragments) if fragment in plain] == []
    assert att.list_attachments(office.head, office.home.client_id) == []


def test_the_export_holds_the_files_and_lists_them_except_the_withheld(
    office: Office, tmp_path: Path
) -> None:
    import json

    import jsonschema
    from pypdf import PdfReader

    from lk3_desktop.paths import SCHEMAS
    from lk3_desktop.services import subject_export, withholding

    ktp = sample_ktp_jpeg("Dewi Lestari", "3673054203880001")
    kept = _add(office.head, office, ktp, file_name="KTP Dewi.jpg")
    hidden = _add(office.rina, office, _pdf(), kind="visum", record_type="case",
                  record_id=office.home.case_id)  # fmt: skip
    withholding.mark(office.head, office.home.client_id, "Rumah aman", kind="attachment",
                     record_id=hidden.id)  # fmt: skip
    target = tmp_path / "ekspor.json"
    summary = subject_export.export_json(office.head, office.home.client_id, target)
    assert summary.files == 1
    doc = json.loads(target.read_text("utf-8"))
    schema = json.loads((SCHEMAS / "subject-export-v1.schema.json").read_text("utf-8"))
    jsonschema.Draft202012Validator(schema).validate(doc)
    (entry,) = doc["attached_documents"]
    assert entry["id"] == kept.id and entry["file"] == "ekspor-lampiran/01-KTP Dewi.jpg"
    written = (tmp_path / entry["file"]).read_bytes()
    assert written == ktp and hashlib.sha256(written).hexdigest() == entry["sha256"]
    assert doc["counts"]["attached_documents"] == 1
    assert any("Berkas terlampir" in label for label in doc["withheld"])
    pdf = tmp_path / "ekspor.pdf"
    subject_export.export_pdf(office.head, office.home.client_id, pdf)
    text_of = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Berkas Terlampir" in text_of and "01-KTP Dewi.jpg" in text_of
    assert (tmp_path / "ekspor-lampiran" / "01-KTP Dewi.jpg").read_bytes() == ktp


def test_the_demo_office_has_a_few_rendered_attachments(tmp_path: Path) -> None:
    from support.factories import login, make_vault

    from lk3_desktop.db.workstation import NoCredentialStore
    from lk3_desktop.services import demo

    folder, store = tmp_path / "demo", NoCredentialStore("test")
    demo.generate(folder, store, "Demo-Kantor-LK3-2026", 30, seed=3,
                  vault=make_vault(folder, store))  # fmt: skip
    head = login(folder, store, "kepala", "Demo-Kantor-LK3-2026")
    try:
        with head.store.transaction() as s:
            rows = list(s.execute(select(Attachment)).scalars())
            assert _content.damaged(s) == []
        kinds = {row.kind for row in rows}
        assert {"ktp", "visum", "persetujuan"} <= kinds and 6 <= len(rows) <= 12
        forms = {row.record_type for row in rows if row.kind == "persetujuan"}
        assert "consent" in forms  # a signed form belongs to the consent it records, if any
        assert {row.mime for row in rows} == {"image/jpeg", "application/pdf"}
    finally:
        head.store.close()


def test_merging_two_records_moves_their_documents_sealed_under_the_kept_key(
    office: Office, tmp_path: Path
) -> None:
    """The merged-away record's documents and marks go with its cases to the kept client: each
    is sealed again under the kept client's key, opens unchanged, stays withheld when marked,
    passes check, and goes when the kept client is anonymised."""
    from lk3_desktop.core.case_stages import Stage
    from lk3_desktop.db.attachment_seal import damaged_attachments
    from lk3_desktop.services import anonymise, cases, clients, withholding

    keep = office.home
    gone = office.add_home("kedua", "rina", full_name="Dewi L.", surname="Hidayat")
    ktp = sample_ktp_jpeg("Dewi L. Hidayat", "3673054203880001")
    first = _add(office.tuti, office, ktp, client_id=gone.client_id, file_name="ktp.jpg")
    visum = _add(office.rina, office, _pdf(), client_id=gone.client_id, kind="visum",
                 record_type="case", record_id=gone.case_id)  # fmt: skip
    withholding.mark(office.head, gone.client_id, "Rumah aman", kind="attachment",
                     record_id=visum.id)  # fmt: skip
    withholding.mark(office.head, gone.client_id, "Rumah aman", field_code="phone")

    clients.merge_clients(office.head, keep.client_id, gone.client_id)

    moved = att.list_attachments(office.head, keep.client_id)
    assert sorted(a.id for a in moved) == sorted([first.id, visum.id])
    assert att.open_attachment(office.head, first.id).data == ktp
    assert att.open_attachment(office.head, visum.id).data == _pdf()
    assert {a.id: a.withheld for a in moved} == {first.id: False, visum.id: True}
    marks = withholding.list_marks(office.head, keep.client_id)
    assert {(m.kind, m.field) for m in marks} >= {("attachment", None), ("field", "phone")}
    with office.head.store.transaction() as s:
        assert _content.damaged(s) == []
        owners = set(s.execute(select(Attachment.client_id)).scalars())
        raw = s.connection().connection.driver_connection
        assert damaged_attachments(raw) == []
    assert owners == {keep.client_id}
    assert "client.merged" in _actions(office.head)

    today = datetime.date.today()
    for case_id in (keep.case_id, gone.case_id):
        cases.change_stage(office.head, case_id, Stage.TERMINASI, today, closing_reason="Selesai")
    later = today + datetime.timedelta(days=6 * 366)
    anonymise.anonymise_client(office.head, keep.client_id, today=later)
    with office.head.store.transaction() as s:
        assert s.execute(select(func.count()).select_from(Attachment)).scalar_one() == 0


def _sideways_phone_photo() -> bytes:
    """A portrait photo as a phone writes it: stored landscape, EXIF orientation 6."""
    image = Image.frombytes("RGB", (600, 300), os.urandom(600 * 300 * 3))
    exif = Image.Exif()
    exif[0x0112] = 6
    out = io.BytesIO()
    image.save(out, "JPEG", quality=70, exif=exif.tobytes())
    return out.getvalue()


def test_a_phone_photo_prints_and_packages_the_way_up_it_was_taken(office: Office) -> None:
    from pypdf import PdfReader

    data = _sideways_phone_photo()
    info = _add(office.head, office, data, file_name="IMG_0001.jpg", kind="foto")
    assert att.open_attachment(office.head, info.id).data == data  # kept as it came
    page = PdfReader(io.BytesIO(att.printable(office.head, info.id))).pages[0].mediabox
    assert float(page.height) > float(page.width)  # a portrait A4 page, the photo upright


@pytest.mark.embedded_only("copies and alters lk3.db itself")
def test_a_backup_and_a_restore_refuse_a_document_that_does_not_match(
    office: Office, tmp_path: Path
) -> None:
    """The backup's copy and the copy a restore unpacks are both checked document by
    document: an altered piece stops the backup, and a copy holding one is refused."""
    from lk3_desktop.core.errors import BackupDamaged, DatabaseCorrupt
    from lk3_desktop.db.backup import check_database_copy
    from lk3_desktop.db.engine import connect_raw
    from lk3_desktop.services import backup

    info = _add(office.head, office, _pdf())
    key = office.head.store.key()

    def copy_of_database(name: str) -> Path:
        target = tmp_path / name
        source, dest = connect_raw(office.head.store.db_path, key), connect_raw(target, key)
        try:
            source.backup(dest)
        finally:
            dest.close()
            source.close()
        return target

    assert check_database_copy(copy_of_database("good.db"), [key]) == key
    good = backup.back_up(office.head, tmp_path / "good.lk3backup").path
    elsewhere = tmp_path / "restored"  # the good backup brings the document back whole
    backup.restore_with_password(good, elsewhere, office.store, "kepala", HEAD_PASSWORD,
                                 vault_factory=make_vault)  # fmt: skip
    restored = login(elsewhere, office.store, "kepala", HEAD_PASSWORD)
    try:
        assert att.open_attachment(restored, info.id).data == _pdf()
    finally:
        restored.store.close()
    with office.head.store.transaction() as s:
        sealed = s.execute(select(AttachmentChunk.data)).scalar_one()
        s.execute(
            update(AttachmentChunk)
            .where(AttachmentChunk.attachment_id == info.id)
            .values(data=sealed[:-1] + bytes([sealed[-1] ^ 1]))
        )
    with pytest.raises(BackupDamaged):
        check_database_copy(copy_of_database("altered.db"), [key])
    with pytest.raises(DatabaseCorrupt):
        backup.back_up(office.head, tmp_path / "altered.lk3backup")
    assert not (tmp_path / "altered.lk3backup").exists()
