"""The data-subject export PDF ("Data Pribadi yang Kami Simpan"): Indonesian sections, the
omission box near the top, RAHASIA and "Halaman X dari Y" on every page, long text wrapped
(not clipped), other people absent; made from the same dictionary as the JSON."""

from __future__ import annotations

import datetime
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader
from support.casework import (
    COUNSELOR_PASSWORD,
    Household,
    add_assessments_and_referral,
    add_user,
    household,
)

from lk3_desktop.core.dates_id import format_date_id
from lk3_desktop.core.roles import Role
from lk3_desktop.db.workstation import KeyringStore
from lk3_desktop.documents.subject_export import ACTION_LABELS_ID, render_subject_export
from lk3_desktop.services import sessions, subject_export, withholding
from lk3_desktop.services.context import UserSession
from lk3_desktop.services.sessions import NoteInput
from lk3_desktop.services.subject_export._collect import collect

TODAY = datetime.date.today()
HEADINGS = (
    "Data Pribadi yang Kami Simpan",
    "Identitas",
    "Persetujuan",
    "Kasus",
    "Asesmen",
    "Catatan Sesi",
    "Rujukan",
    "Janji Temu",
    "Riwayat Pemrosesan",
)
# A long note: many sentences, and one very long unbroken word that must wrap, not overflow.
LONG_WORD = "Tautan" + "x" * 90 + "Akhir"
LONG_NOTE = " ".join(f"Kalimat nomor {i} tentang pola komunikasi keluarga." for i in range(60))


@dataclass(frozen=True)
class Scene:
    head: UserSession
    home: Household
    session_ids: tuple[int, ...]


@pytest.fixture
def scene(head: UserSession, data_dir: Path, cred_store: KeyringStore) -> Iterator[Scene]:
    rina = add_user(head, data_dir, cred_store, "rina", "Rina Marlina", Role.KONSELOR)
    home = household(head, rina.actor.user_id, intake_days_ago=40)
    add_assessments_and_referral(head, home)
    ids = []
    for days, text in ((30, LONG_NOTE), (20, f"Budi Hidayat menelepon. {LONG_WORD}")):
        note = sessions.save_note(
            rina,
            NoteInput(
                case_id=home.case_id,
                session_date=TODAY - datetime.timedelta(days=days),
                start_time=datetime.time(13, 0),
                attendee_member_ids=(home.client_member_id, home.spouse_member_id),
                sections={"data": text, "assessment": "Kooperatif."},
                plan="Sesi lanjutan dua minggu lagi.",
            ),
        )
        sessions.sign_note(rina, note.id, COUNSELOR_PASSWORD)
        ids.append(note.id)
    yield Scene(head, home, tuple(ids))
    rina.store.close()


def pages_of(path: Path) -> list[str]:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return [page.extract_text() or "" for page in reader.pages]


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def body(pages: list[str]) -> str:
    """The running text without the seal and footer each page repeats."""
    decoration = re.compile(
        r"RAHASIA|Data pribadi klien #\d+ · disusun [^\n]*?\d{4}|Halaman \d+ dari \d+"
    )
    return flat(" ".join(decoration.sub(" ", page) for page in pages))


def test_sections_seal_footer_and_omission_box(scene: Scene, tmp_path: Path) -> None:
    withholding.mark(scene.head, scene.home.client_id, "Alasan internal", field_code="nik")
    out = tmp_path / "dewi.pdf"
    summary = subject_export.export_pdf(scene.head, scene.home.client_id, out)
    assert summary.withheld == 1 and summary.records > 0
    pages = pages_of(out)
    assert len(pages) >= 2
    for number, page in enumerate(pages, 1):
        assert "RAHASIA" in page
        assert f"Halaman {number} dari {len(pages)}" in page
    text = body(pages)
    positions = [text.find(h) for h in HEADINGS]
    assert all(p >= 0 for p in positions), dict(zip(HEADINGS, positions, strict=True))
    assert positions == sorted(positions)  # in the order a reader expects
    statement = "Data berikut tidak diungkapkan dalam dokumen ini berdasarkan Pasal 33"
    first = flat(pages[0])
    assert statement in first and first.find(statement) < first.find("Identitas")
    assert "Alasan internal" not in text
    # Long text is all there: wrapped inside its cell, nothing clipped.
    assert LONG_NOTE in text
    assert LONG_WORD in text.replace(" ", "")
    # Other household members: never by name.
    assert "Budi" not in text and "Raka" not in text and "Keluarga Hidayat" not in text
    assert "[orang lain] menelepon" in text
    assert "Dewi Lestari Hidayat" in text


def test_pdf_holds_the_same_data_as_the_json(scene: Scene, tmp_path: Path) -> None:
    now = datetime.datetime.now().astimezone().replace(microsecond=0)
    with scene.head.store.transaction() as s:
        doc = collect(s, scene.home.client_id, now, scene.head.actor)
    out = tmp_path / "direct.pdf"
    out.write_bytes(render_subject_export(doc))
    text = flat("\n".join(pages_of(out)))
    assert "tidak diungkapkan" not in text  # nothing withheld: no box
    for row in doc["sessions"]:
        assert f"Sesi {format_date_id(datetime.date.fromisoformat(row['session_date']))}" in text
        assert "Klien hadir: Ya; orang lain yang hadir: 1" in text
    for case in doc["cases"]:
        assert case["registration_number"] in text
    for adm in doc["instrument_administrations"]:
        assert adm["instrument_name"] in text
    for ref in doc["referrals"]:
        assert ref["partner"]["name"] in text
    for action in {h["action"] for h in doc["processing_history"]}:
        assert ACTION_LABELS_ID.get(action, action) in text, action
    assert len(doc["sessions"]) == len(scene.session_ids)
    # The same dictionary gives the same bytes (reproducible document).
    assert render_subject_export(doc) == out.read_bytes()


def test_every_action_on_a_client_record_reads_in_indonesian() -> None:
    """The processing history prints the label, never the code: each audit action the
    services write about a client's records has one."""
    from lk3_desktop.documents.subject_export import ACTION_LABELS_ID

    record_families = (
        "client", "consent", "withheld", "family", "case", "case_plan", "session_note",
        "assessment", "psychosocial", "risk_flag", "referral", "appointment",
    )  # fmt: skip
    services = Path(__file__).resolve().parents[2] / "lk3_desktop" / "services"
    written = {
        m.group(1)
        for path in services.rglob("*.py")
        for m in re.finditer(r'\.audit\(\s*\w+,\s*"([a-z_]+\.[a-z_]+)"', path.read_text("utf-8"))
    }
    about_records = {a for a in written if a.split(".")[0] in record_families}
    assert len(about_records) > 40
    assert sorted(about_records - set(ACTION_LABELS_ID)) == []
