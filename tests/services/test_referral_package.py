"""A referral letter with a scanned KTP and a visum attached: the letter's Lampiran lists them
and "Simpan paket" writes the letter and both as one PDF, parsed back and rendered."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader
from support.factories import HEAD_PASSWORD
from support.office import Office

from lk3_desktop.core.errors import PermissionDenied, ValidationError
from lk3_desktop.documents.sample_documents import sample_ktp_jpeg, sample_letter_pdf
from lk3_desktop.services import attachments, partners, referrals, withholding
from lk3_desktop.services.attachments import enclosures
from lk3_desktop.services.referrals.package import save_package


def _referral(office: Office) -> int:
    types = {t.code: t.id for t in partners.list_partner_types(office.head)}
    partner = partners.add_partner(
        office.rina, partners.PartnerInput(name="UPTD PPA Kota Serang", type_id=types["uptd_ppa"])
    )
    ref = referrals.create_referral(
        office.rina,
        office.home.case_id,
        referrals.ReferralInput(
            partner_id=partner.id,
            reason="Pendampingan hukum dan pemulihan korban KDRT.",
            services_requested="Pendampingan hukum.",
            consented_fields=("name", "sex", "birth"),
            consent_given_by="klien",
            consent_given_by_name="Dewi Lestari",
            attachments=("Surat keterangan RT",),
        ),
    )
    return ref.id


@pytest.fixture
def enclosed(office: Office) -> tuple[int, list[int]]:
    ktp = attachments.add_attachment(
        office.tuti,
        attachments.NewAttachment(
            office.home.client_id, sample_ktp_jpeg("Dewi Lestari", "3673054203880001"),
            "ktp.jpg", "ktp",
        ),
    )  # fmt: skip
    visum_pdf = sample_letter_pdf("VISUM ET REPERTUM", ["Nomor: 445/123/RSUD/2026"])
    visum = attachments.add_attachment(
        office.rina,
        attachments.NewAttachment(
            office.home.client_id, visum_pdf, "visum.pdf", "visum", "case", office.home.case_id,
        ),
    )  # fmt: skip
    ref_id = _referral(office)
    return ref_id, [ktp.id, visum.id]


def test_the_letter_lists_the_chosen_attachments_and_the_package_holds_them(
    office: Office, enclosed: tuple[int, list[int]], tmp_path: Path
) -> None:
    ref_id, ids = enclosed
    with pytest.raises(PermissionDenied):
        enclosures.set_enclosures(office.tuti, ref_id, ids)
    chosen = enclosures.set_enclosures(office.rina, ref_id, ids)
    assert [c.description for c in chosen] == ["Fotokopi KTP", "Visum et repertum"]
    referrals.submit_referral(office.rina, ref_id)
    signed = referrals.sign_referral(office.head, ref_id, HEAD_PASSWORD)
    assert signed.letter is not None
    letter = PdfReader(io.BytesIO(referrals.letter_pdf(office.head, ref_id)))
    text = " ".join(page.extract_text() for page in letter.pages)
    assert "Tiga berkas" in text or "Tiga" in text or "3" in text
    for line in ("Surat keterangan RT", "Fotokopi KTP", "Visum et repertum"):
        assert line in text, line
    with pytest.raises(ValidationError) as fixed:
        enclosures.set_enclosures(office.rina, ref_id, ids[:1])
    assert fixed.value.code == "attachment.letter_issued"

    with pytest.raises(PermissionDenied):  # the signer's act, like printing the letter
        save_package(office.rina, ref_id, tmp_path / "x.pdf")
    target = tmp_path / "paket.pdf"
    info = save_package(office.head, ref_id, target)
    package = PdfReader(target)
    assert (info.enclosed, info.left_out) == (2, 0)
    assert len(package.pages) == info.pages == len(letter.pages) + 2
    titles = [item.title for item in package.outline]
    assert titles == ["Surat rujukan", "Lampiran 1: Fotokopi KTP", "Lampiran 2: Visum et repertum"]
    assert "VISUM ET REPERTUM" in package.pages[-1].extract_text()
    assert "Lampiran 1: Fotokopi KTP" in package.pages[-2].extract_text()
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-png", "-r", "50", str(target), str(tmp_path / "p")],
                       check=True)  # fmt: skip
        assert len(list(tmp_path.glob("p-*.png"))) == info.pages

    withholding.mark(office.head, office.home.client_id, "Rumah aman", kind="attachment",
                     record_id=ids[0])  # fmt: skip
    later = save_package(office.head, ref_id, tmp_path / "paket2.pdf")
    assert (later.enclosed, later.left_out) == (1, 1)


def test_a_withheld_or_foreign_document_cannot_be_chosen(
    office: Office, enclosed: tuple[int, list[int]]
) -> None:
    ref_id, ids = enclosed
    withholding.mark(office.head, office.home.client_id, "Rumah aman", kind="attachment",
                     record_id=ids[0])  # fmt: skip
    with pytest.raises(ValidationError) as caught:
        enclosures.set_enclosures(office.rina, ref_id, ids)
    assert caught.value.code == "attachment.withheld"
    with pytest.raises(ValidationError):
        enclosures.set_enclosures(office.rina, ref_id, [ids[1], ids[1]])
