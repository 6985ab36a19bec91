"""Clinical documents (a visum, a partner's reply attached to a case's record) are sealed under
their case's key like the rest of the case's clinical content (issue 14): staf's password and
the raw file give only ciphertext that no key in the file opens, while check, backups and
restores still tell a damaged one by the hash of its sealed pieces. A client's own documents
(a KTP) stay under the client's key, as registry data. Offices that attached clinical
documents before are sealed again under the case keys at a head's sign-in."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select, update
from support.casework import COUNSELOR_PASSWORD
from support.factories import HEAD_PASSWORD, login, make_vault
from support.office import Office
from support.tampering import connect

from lk3_desktop.core.errors import AttachmentDamaged, PermissionDenied
from lk3_desktop.db.aead import SealError
from lk3_desktop.db.attachment_seal import (
    CASE_PREFIX,
    case_content_matches,
    content_matches,
    damaged_attachments,
    seal_piece,
)
from lk3_desktop.db.models import Attachment, AttachmentChunk
from lk3_desktop.db.person_keys import PrivateKeys
from lk3_desktop.documents.sample_documents import sample_ktp_jpeg, sample_letter_pdf
from lk3_desktop.services import _subject_keys, case_keys, integrity
from lk3_desktop.services import attachments as att

VISUM = sample_letter_pdf("VISUM ET REPERTUM", ["Nomor: 445/123/RSUD/2026", "Luka memar"])
KTP = sample_ktp_jpeg("Dewi Lestari", "3673054203880001")


def _attach(office: Office) -> tuple[att.AttachmentInfo, att.AttachmentInfo]:
    """Rina attaches a visum to her case; Tuti (staf) the client's KTP."""
    office.person("tuti")
    visum = att.add_attachment(
        office.rina,
        att.NewAttachment(
            office.home.client_id, VISUM, "visum.pdf", "visum", "case", office.home.case_id
        ),
    )
    ktp = att.add_attachment(
        office.tuti, att.NewAttachment(office.home.client_id, KTP, "ktp.jpg", "ktp")
    )
    assert visum.clinical and not ktp.clinical
    return visum, ktp


def _staf_file(office: Office) -> Any:
    """lk3.db opened the way anyone holding Tuti's password can: plain sqlcipher3."""
    vault = make_vault(office.folder, office.store)
    (key, *_) = integrity.keys_from_password(vault, "tuti", COUNSELOR_PASSWORD)
    return connect(office.folder / "lk3.db", key)


def _pieces(conn: Any, attachment_id: int) -> list[tuple[int, bytes]]:
    return [
        (seq, bytes(data))
        for seq, data in conn.execute(
            "SELECT seq, data FROM attachment_chunks WHERE attachment_id = ? ORDER BY seq",
            (attachment_id,),
        )
    ]


@pytest.mark.embedded_only("opens lk3.db with plain sqlcipher3")
def test_staf_and_the_file_get_only_ciphertext_of_a_clinical_document(office: Office) -> None:
    visum, ktp = _attach(office)
    conn = _staf_file(office)
    try:
        client_keys = [bytes(k) for (k,) in conn.execute("SELECT key FROM subject_keys")]
        row = conn.execute(
            "SELECT client_id, chunks, sha256, sealed_sha256 FROM attachments WHERE id = ?",
            (visum.id,),
        ).fetchone()
        client_id, chunks, sha256, sealed_sha256 = row
        pieces = _pieces(conn, visum.id)
        assert sealed_sha256 is not None and len(pieces) == chunks
        assert all(data.startswith(CASE_PREFIX) for _, data in pieces)
        # No key in the file opens it: not the client keys, not anything staf holds.
        for key in client_keys:
            assert content_matches(key, client_id, visum.id, pieces, chunks, sha256) is None
        assert (
            conn.execute(
                "SELECT count(*) FROM key_seals AS k JOIN users AS u ON u.id = k.user_id "
                "WHERE u.username = 'tuti'"
            ).fetchone()[0]
            == 0
        )
        # The KTP is registry data: under the client's key, as staf's work needs.
        ktp_row = conn.execute(
            "SELECT chunks, sealed_sha256 FROM attachments WHERE id = ?", (ktp.id,)
        ).fetchone()
        assert ktp_row[1] is None
        opened = [
            content_matches(key, client_id, ktp.id, _pieces(conn, ktp.id), ktp_row[0], ktp.sha256)
            for key in client_keys
        ]
        assert KTP in opened
        # check needs no case key: every document matches, by the sealed pieces' hash.
        assert damaged_attachments(conn) == []
        seq, data = pieces[0]
        conn.execute(
            "UPDATE attachment_chunks SET data = ? WHERE attachment_id = ? AND seq = ?",
            (data[:-1] + bytes([data[-1] ^ 1]), visum.id, seq),
        )
        assert damaged_attachments(conn) == [visum.id]
    finally:
        conn.close()
    with pytest.raises(AttachmentDamaged):
        att.open_attachment(office.head, visum.id)


def test_the_case_counselor_and_the_head_open_it_others_do_not(office: Office) -> None:
    visum, _ktp = _attach(office)
    assert att.open_attachment(office.rina, visum.id).data == VISUM
    assert att.open_attachment(office.head, visum.id).data == VISUM
    for other in (office.dedi, office.tuti):
        with pytest.raises(PermissionDenied):
            att.open_attachment(other, visum.id)
    with office.head.store.transaction() as s:
        assert att._content.damaged(s) == []


@pytest.mark.embedded_only("rewrites lk3.db as an older release wrote it")
def test_a_clinical_document_under_the_client_key_moves_under_the_case_key_at_sign_in(
    office: Office,
) -> None:
    """An office whose clinical documents were sealed under the client's key (before this
    release; its setting says version 2): the head's next sign-in seals them under the case
    key, check passes, and the counselor opens them as before."""
    visum, _ktp = _attach(office)
    with office.head.store.transaction() as s:
        key = _subject_keys.key_of(s, office.home.client_id, create=True)
        assert key is not None
        client_id = office.home.client_id
        s.execute(
            update(AttachmentChunk)
            .where(AttachmentChunk.attachment_id == visum.id, AttachmentChunk.seq == 0)
            .values(data=seal_piece(key, client_id, visum.id, 0, VISUM))
        )
        s.execute(update(Attachment).where(Attachment.id == visum.id).values(sealed_sha256=None))
        chunks = s.execute(select(Attachment.chunks).where(Attachment.id == visum.id)).scalar()
        assert chunks == 1
    conn = _staf_file(office)
    try:
        conn.execute("UPDATE settings SET value = '2' WHERE key = ?", (case_keys.CONTENT_SEALED,))
        assert damaged_attachments(conn) == []  # the older format checks as before
        assert not _pieces(conn, visum.id)[0][1].startswith(CASE_PREFIX)
    finally:
        conn.close()
    office.close()
    office.head.store.close()

    head = login(office.folder, office.store, "kepala", HEAD_PASSWORD)
    head.store.close()
    conn = _staf_file(office)
    try:
        (sealed_sha256,) = conn.execute(
            "SELECT sealed_sha256 FROM attachments WHERE id = ?", (visum.id,)
        ).fetchone()
        assert sealed_sha256 is not None
        assert _pieces(conn, visum.id)[0][1].startswith(CASE_PREFIX)
        assert damaged_attachments(conn) == []
    finally:
        conn.close()
    rina = login(office.folder, office.store, "rina", COUNSELOR_PASSWORD)
    try:
        assert att.open_attachment(rina, visum.id).data == VISUM
    finally:
        rina.store.close()


@pytest.mark.embedded_only("opens lk3.db with plain sqlcipher3")
def test_another_counselors_keys_from_the_file_open_only_his_own_cases_documents(
    office: Office,
) -> None:
    """Dedi opens his slot as anyone with a Python shell can, takes every case key sealed to
    him from the file and tries each on every document's pieces: his own case's visum opens,
    Rina's does not."""
    visum, _ktp = _attach(office)
    dedis = office.add_home("dedis", "dedi", full_name="Siti Aminah", surname="Saputra")
    own = att.add_attachment(
        office.dedi,
        att.NewAttachment(dedis.client_id, VISUM, "visum.pdf", "visum", "case", dedis.case_id),
    )
    unlocked = make_vault(office.folder, office.store).unlock("dedi", COUNSELOR_PASSWORD)
    assert isinstance(unlocked.keys, PrivateKeys)
    database_id = office.head.store.database_id
    conn = connect(office.folder / "lk3.db", unlocked.db_key)
    try:
        case_keys_held: dict[int, bytes] = {}
        for scope, scope_id, serial, blob in conn.execute(
            "SELECT scope, scope_id, cert_serial, sealed FROM key_seals WHERE scope = 'case'"
        ):
            # The format is no secret: the insider reads it in the source.
            aad = f"lk3-key-seal|{database_id}|{scope}|{scope_id}|{serial}".encode()
            try:
                case_keys_held[scope_id] = unlocked.keys.open(blob, aad)
            except SealError:
                continue
        assert set(case_keys_held) == {dedis.case_id}
        opened: dict[int, bytes] = {}
        for doc_id, case_id, chunks, sha256 in conn.execute(
            "SELECT id, case_id, chunks, sha256 FROM attachments WHERE clinical"
        ).fetchall():
            for key in case_keys_held.values():
                data = case_content_matches(
                    key, database_id, case_id, doc_id, _pieces(conn, doc_id), chunks, sha256
                )
                if data is not None:
                    opened[doc_id] = data
    finally:
        conn.close()
    assert opened == {own.id: VISUM}  # the method works on his own; Rina's stays shut
    assert visum.id not in opened
