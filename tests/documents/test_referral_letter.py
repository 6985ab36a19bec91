"""The referral letter PDF: what it says, what it leaves out, how it looks, how it is built."""

from __future__ import annotations

import datetime
import io
import re
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from PIL import Image, ImageDraw
from pypdf import PdfReader

from lk3_desktop.db.models import Client
from lk3_desktop.documents.referral_letter import (
    LetterCenter,
    LetterRecipient,
    LetterSigner,
    ReferralLetterData,
    count_words_id,
    render_referral_letter,
)
from lk3_desktop.services.referrals import client_rows

NUMBER_SHAPE = re.compile(
    r"\b\d{3}/LK3-[A-Z]{2,10}/(I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)/\d{4}\b"
)
BASE14 = {
    "Courier", "Courier-Bold", "Courier-Oblique", "Courier-BoldOblique", "Helvetica",
    "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique", "Times-Roman", "Times-Bold",
    "Times-Italic", "Times-BoldItalic", "Symbol", "ZapfDingbats",
}  # fmt: skip
NIK = "3673015203900002"
LETTER_DATE = datetime.date(2026, 11, 28)


def logo_png() -> bytes:
    image = Image.new("RGB", (240, 200), "white")
    draw = ImageDraw.Draw(image)
    draw.ellipse((20, 10, 210, 190), outline="#2f5d8a", width=14)
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def client(**overrides: object) -> Client:
    values: dict[str, object] = {
        "full_name": "Siti Nurhaliza Rahman",
        "sex": "P",
        "birth_place": "Serang",
        "birth_date": datetime.date(1990, 3, 12),
        "nik": NIK,
        "phone": "+6281234567890",
        "street": "Jl. Ki Mas Jong No. 5",
        "rt": "002",
        "rw": "005",
        "province_code": "36",
        "regency_code": "36.73",
        "district_code": "36.73.01",
        "village_code": "36.73.01.1001",
        "guardian_name": "",
        "guardian_relationship": "",
        "estimated_age": None,
        "estimated_on": None,
    }
    values.update(overrides)
    return Client(**values)


def letter(
    consented: tuple[str, ...] = ("name", "sex", "birth", "address"), **overrides: object
) -> ReferralLetterData:
    person = overrides.pop("person", None) or client()
    data = ReferralLetterData(
        center=LetterCenter(
            "LK3 Kabupaten Uji Coba",
            "Jl. Veteran No. 12, Kota Serang, Banten 42111",
            "0254-201234",
            "lk3.ujicoba@example.org",
            logo_png(),
        ),
        place="Serang",
        letter_date=LETTER_DATE,
        number="007/LK3-SRG/XI/2026",
        subject="Rujukan Klien",
        recipient=LetterRecipient(
            "Puskesmas Demo Ciruas",
            "Kepala Puskesmas",
            "dr. Rina Kusuma",
            "Jl. Raya Ciruas No. 4, Kabupaten Serang",
        ),
        client_rows=client_rows(person, consented, LETTER_DATE),  # type: ignore[arg-type]
        client_notes=(("Ringkasan masalah", "Sulit tidur sejak konflik keluarga."),),
        reason="Klien memerlukan pemeriksaan kesehatan jiwa lanjutan.",
        services_requested="Konseling oleh psikolog klinis.",
        urgency="segera",
        counselor_name="Rina Marlina, S.Psi.",
        signer=LetterSigner(
            ("Kepala LK3 Kabupaten Uji Coba",),
            "Siti Rahmawati, S.Sos., M.Si.",
            "198703152010012003",
        ),
        verification_code="7K3QD-XM2PA",
        attachments=("Fotokopi KTP klien",),
        copies_to=("Kepala Dinas Sosial Kota Serang",),
    )
    return replace(data, **overrides)  # type: ignore[arg-type]


def pages_text(pdf: bytes) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages]


def test_text_holds_number_names_date_and_marking() -> None:
    pdf = render_referral_letter(letter())
    texts = pages_text(pdf)
    text = " ".join(texts)
    assert NUMBER_SHAPE.search(text) and "007/LK3-SRG/XI/2026" in text
    assert "Serang, 28 November 2026" in text
    for words in (
        "LK3 KABUPATEN UJI COBA",
        "Nomor",
        "Lampiran : 1 (satu) berkas",
        "Hal : Rujukan Klien",
        "Yth. Kepala Puskesmas",
        "Puskesmas Demo Ciruas",
        "u.p. dr. Rina Kusuma",
        "Dengan hormat,",
        "Siti Nurhaliza Rahman",
        "Perempuan",
        "Serang, 12 Maret 1990 (36 tahun)",
        "Kelurahan Serang, Kecamatan Serang, Kota Serang, Banten",
        "Rina Marlina, S.Psi.",
        "Kepala LK3 Kabupaten Uji Coba",
        "Siti Rahmawati, S.Sos., M.Si.",
        "NIP. 19870315 201001 2 003",
        "Tembusan:",
        "Kepala Dinas Sosial Kota Serang",
        "Kode verifikasi: 7K3QD-XM2PA",
    ):
        assert words in text, words
    assert all("RAHASIA" in page for page in texts)
    # The current naskah dinas form: no "Kepada", no "Perihal", no "di Tempat" by default.
    for retired in ("Kepada", "Perihal", "di Tempat", "198703152010012003"):
        assert retired not in text, retired


def test_place_and_date_are_flush_right() -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from lk3_desktop.documents.fonts import register_fonts

    fonts = register_fonts()
    found: list[float] = []

    def visit(text: str, cm: list[float], tm: list[float], _font: object, size: float) -> None:
        if text.strip() == "Serang, 28 November 2026":
            x = cm[4] + tm[4] * cm[0]  # the text matrix sits inside the flowable's transform
            found.append(x + stringWidth(text.strip(), fonts.regular, size))

    page = PdfReader(io.BytesIO(render_referral_letter(letter()))).pages[0]
    page.extract_text(visitor_text=visit)
    right_edge = 595.2756 - 2.5 * 72 / 2.54 - 6  # A4 width, right margin, frame padding
    assert found and abs(found[0] - right_edge) < 1.0


def test_only_consented_fields_are_on_the_letter() -> None:
    text = " ".join(pages_text(render_referral_letter(letter(("name", "sex")))))
    assert "Siti Nurhaliza Rahman" in text
    assert NIK not in text and "NIK" not in text  # not consented: absent, and not mentioned
    assert "0812" not in text and "Ki Mas Jong" not in text and "1990" not in text
    with_nik = " ".join(pages_text(render_referral_letter(letter(("name", "nik", "phone")))))
    assert NIK in with_nik and "0812-3456-7890" in with_nik


def test_same_data_gives_identical_bytes() -> None:
    assert render_referral_letter(letter()) == render_referral_letter(letter())
    assert render_referral_letter(letter()) != render_referral_letter(letter(number="008/X/2026"))


def test_fonts_are_embedded_truetype() -> None:
    reader = PdfReader(io.BytesIO(render_referral_letter(letter())))
    seen = set()
    for page in reader.pages:
        fonts = page["/Resources"]["/Font"]
        for ref in fonts.values():
            font = ref.get_object()
            base = str(font["/BaseFont"]).split("+")[-1].lstrip("/")
            assert base not in BASE14, base
            descriptors = [font.get("/FontDescriptor")]
            for descendant in font.get("/DescendantFonts", []):
                descriptors.append(descendant.get_object().get("/FontDescriptor"))
            assert any(d is not None and "/FontFile2" in d.get_object() for d in descriptors), base
            seen.add(base)
    assert seen


def test_one_page_letter_has_no_page_numbers_and_long_one_counts_pages() -> None:
    short = letter(attachments=(), copies_to=(), client_notes=())
    short_pdf = render_referral_letter(short)
    assert len(PdfReader(io.BytesIO(short_pdf)).pages) == 1
    assert "Halaman" not in " ".join(pages_text(short_pdf))
    long_reason = " ".join(["Klien memerlukan pendampingan lanjutan yang intensif."] * 60)
    long_pdf = render_referral_letter(letter(reason=long_reason))
    texts = pages_text(long_pdf)
    assert len(texts) >= 2
    assert "Halaman 1 dari 2" in texts[0] if len(texts) == 2 else "Halaman 1 dari" in texts[0]
    for number, text in enumerate(texts, start=1):
        assert f"Halaman {number} dari {len(texts)}" in text
        assert "RAHASIA" in text and "Kode verifikasi: 7K3QD-XM2PA" in text


def _render_png(pdf: bytes, folder: Path, name: str) -> list[Path]:
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    source = folder / f"{name}.pdf"
    source.write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "80", str(source), str(folder / name)],
        check=True,
        timeout=60,
    )
    return sorted(folder.glob(f"{name}-*.png"))


def test_long_name_and_address_reflow_inside_the_margins(tmp_path: Path) -> None:
    name = (
        "Raden Ayu Siti Nurhaliza Kusumawardhani Prameswari Anggraeni Rahmawati binti "
        "Haji Abdurrahman Wahid Syarifuddin"
    )
    street = "Kampung Babakan Cisalak Pasir Gadung Hilir Blok C Gang Mushola Al-Ikhlas 123A " * 4
    data = letter(
        person=client(full_name=name, street=street.strip()),
        recipient=LetterRecipient(
            "Unit Pelaksana Teknis Daerah Perlindungan Perempuan dan Anak Provinsi Banten "
            "Wilayah Kerja Kabupaten Serang dan Kota Serang",
            "Kepala Seksi Penanganan Kasus dan Pendampingan Hukum",
        ),
    )
    pdf = render_referral_letter(data)
    text = " ".join(pages_text(pdf))
    assert name in text  # every word is there, in order
    assert "Gang Mushola Al-Ikhlas 123A Kampung" in text
    pngs = _render_png(pdf, tmp_path, "long")
    assert pngs and all(p.stat().st_size > 0 for p in pngs)
    # Nothing is drawn in the right margin (beyond 2.4 cm from the edge) below the
    # RAHASIA box: the text reflowed instead of running off the page.
    for png in pngs:
        with Image.open(png) as image:
            gray = image.convert("L")
            width, height = gray.size
            right = int(width - 2.4 / 21.0 * width)
            top = int(1.9 / 29.7 * height)
            box = gray.crop((right, top, width, height))
            assert box.getextrema()[0] > 200, png.name  # no dark pixels


def test_png_rendering_for_a_visual_check(tmp_path: Path) -> None:
    pngs = _render_png(render_referral_letter(letter()), tmp_path, "letter")
    assert pngs and (tmp_path / "letter-1.png").exists()
    with Image.open(pngs[0]) as image:
        assert image.size[0] < image.size[1]  # portrait A4


def test_kop_without_logo_and_with_a_broken_logo() -> None:
    center = LetterCenter("LK3 Kota Contoh", "Jl. Contoh 1")
    for logo in (None, b"not an image"):
        pdf = render_referral_letter(letter(center=replace(center, logo=logo)))
        assert "LK3 KOTA CONTOH" in pages_text(pdf)[0]


def test_delegate_signature_and_small_counts() -> None:
    data = letter(
        signer=LetterSigner(("a.n. Kepala LK3 Kabupaten Uji Coba", "Konselor"), "Budi Santoso"),
        attachments=("KTP", "KK", "Hasil asesmen"),
        place=None,
    )
    text = " ".join(pages_text(render_referral_letter(data)))
    assert "a.n. Kepala LK3 Kabupaten Uji Coba Konselor" in text
    assert "NIP" not in text
    assert "Lampiran : 3 (tiga) berkas" in text
    assert "28 November 2026" in text and "Serang, 28 November 2026" not in text
    assert count_words_id(2) == "2 (dua)" and count_words_id(25) == "25"


FULL_NOTES = (
    ("Situasi keluarga", "Klien tinggal bersama ibu dan dua adik; ayah bekerja di luar kota."),
    ("Ringkasan masalah", "Kekerasan verbal berulang; klien menarik diri dari sekolah."),
    ("Ringkasan asesmen", "PHQ-9 skor 16 (sedang-berat)."),
)


def _ordinary(**overrides: object) -> ReferralLetterData:
    """An ordinary letter at its fullest: every identity field, the three narrative fields,
    three attachments, two tembusan, a kop with the parent agency and "di Tempat"."""
    person = client(guardian_name="Ahmad Rahman", guardian_relationship="Ayah")
    everything = ("name", "sex", "birth", "nik", "address", "phone", "guardian")
    base = letter(
        client_rows=client_rows(person, everything, LETTER_DATE),
        client_notes=FULL_NOTES,
        attachments=("Fotokopi KTP klien", "Fotokopi Kartu Keluarga", "Hasil asesmen PHQ-9"),
        copies_to=("Kepala Dinas Sosial Kota Serang", "Kepala UPTD PPA Provinsi Banten"),
        center=replace(
            letter().center,
            parent_lines=("Pemerintah Kota Serang", "Dinas Sosial"),
            region_line="Serang",
        ),
        di_tempat=True,
    )
    return replace(base, **overrides)  # type: ignore[arg-type]


def test_an_ordinary_letter_is_one_page(tmp_path: Path) -> None:
    """Even with attachments and Tembusan the closing, signature and Tembusan stay on page 1."""
    for data in (letter(), _ordinary(), _ordinary(di_tempat=False, center=letter().center)):
        pdf = render_referral_letter(data)
        texts = pages_text(pdf)
        assert len(texts) == 1
        assert "Tembusan:" in texts[0] and "NIP. 19870315 201001 2 003" in texts[0]
        assert "Halaman" not in texts[0]
    pngs = _render_png(render_referral_letter(_ordinary()), tmp_path, "ordinary")
    assert len(pngs) == 1


def test_kop_parent_lines_and_region_line_frame_the_name() -> None:
    text = pages_text(render_referral_letter(_ordinary()))[0]
    order = [
        text.index("PEMERINTAH KOTA SERANG"),
        text.index("DINAS SOSIAL"),
        text.index("LK3 KABUPATEN UJI COBA"),
        text.index("Jl. Veteran No. 12"),
        text.index("example.org SERANG Nomor"),  # the region line closes the kop
    ]
    assert order == sorted(order)
    assert "di Tempat" in text and text.index("di Tempat") > text.index("Raya Ciruas No. 4")


def test_a_contact_label_never_ends_a_line() -> None:
    """A contacts line too long for one line wraps between contacts, never after "Surel"."""
    center = replace(
        letter().center,
        phone="(0254) 201234 / 0812-9999-8888 / 0877-1234-5678",
        email="lk3.kabupaten.uji.coba@example.org",
    )
    raw = PdfReader(io.BytesIO(render_referral_letter(letter(center=center)))).pages[0]
    lines = [line.strip() for line in raw.extract_text().splitlines()]
    assert any("lk3.kabupaten.uji.coba@example.org" in line for line in lines)
    for line in lines:
        assert not line.endswith(("Surel", "Telepon")), line
    assert any(line.startswith("Surel") for line in lines)  # it did wrap, before "Surel"


def _page_of(texts: list[str], needle: str) -> int:
    return next(i for i, text in enumerate(texts) if needle in text)


def test_a_lead_in_line_stays_with_its_list_at_every_length() -> None:
    """However long the reason grows, "... kami lampirkan:" is on the page of item 1, and the
    identity lead-in on the page of the first identity row."""
    sentence = "Klien memerlukan pendampingan lanjutan yang intensif dan terkoordinasi. "
    seen_pages = set()
    for repeats in range(14, 34):  # a line more each time: some length ends a page at the lead-in
        data = letter(
            reason=sentence * repeats,
            attachments=("Fotokopi KTP klien", "Hasil asesmen PHQ-9"),
        )
        texts = pages_text(render_referral_letter(data))
        seen_pages.add(len(texts))
        lead = _page_of(texts, "bersama surat ini kami lampirkan:")
        assert lead == _page_of(texts, "1. Fotokopi KTP klien"), repeats
        assert _page_of(texts, "Tembusan:") == _page_of(texts, "Siti Rahmawati, S.Sos., M.Si.")
    assert seen_pages >= {2}  # the lengths tried do run over a page
