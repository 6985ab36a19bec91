"""A few attached documents in the demo office: rendered stand-ins (a KTP card, a visum, a
consent form), each marked CONTOH, never real documents."""

from __future__ import annotations

import datetime

from sqlalchemy import select

from lk3_desktop.core.dates_id import format_date_id
from lk3_desktop.db.models import Case, Client, Consent
from lk3_desktop.documents.sample_documents import sample_ktp_jpeg, sample_letter_pdf
from lk3_desktop.services import attachments
from lk3_desktop.services.context import UserSession

CLIENTS_WITH_DOCUMENTS = 6


def add(head: UserSession) -> int:
    """Attach the stand-ins to the first clients with a case; the number attached."""
    with head.store.transaction() as s:
        rows = s.execute(
            select(Client.id, Client.full_name, Client.nik, Case.id, Case.intake_date)
            .join(Case, Case.client_id == Client.id)
            .order_by(Client.id, Case.id)
        ).all()
    seen: dict[int, tuple[str, str | None, int, datetime.date]] = {}
    for client_id, name, nik, case_id, intake in rows:
        seen.setdefault(client_id, (name, nik, case_id, intake))
        if len(seen) == CLIENTS_WITH_DOCUMENTS:
            break
    added = 0
    for n, (client_id, (name, nik, case_id, intake)) in enumerate(seen.items()):
        documents = [
            attachments.NewAttachment(
                client_id, sample_ktp_jpeg(name, nik or "-"), "ktp.jpg", "ktp",
                document_date=intake, note="Pindaian fotokopi KTP (contoh)",
            )
        ]  # fmt: skip
        if n % 2 == 0:
            visum = sample_letter_pdf(
                "VISUM ET REPERTUM",
                [
                    "Nomor: 445/VER/RSUD-DEMO/" + str(intake.year),
                    f"Tanggal pemeriksaan: {format_date_id(intake)}",
                    "Hasil pemeriksaan: contoh untuk data demo.",
                ],
            )
            documents.append(
                attachments.NewAttachment(
                    client_id, visum, "visum.pdf", "visum", "case", case_id, document_date=intake
                )
            )
        if n % 3 == 0:
            documents.append(_signed_consent(head, client_id, intake))
        for document in documents:
            attachments.add_attachment(head, document)
            added += 1
    return added


def _signed_consent(
    head: UserSession, client_id: int, intake: datetime.date
) -> attachments.NewAttachment:
    """The consent form signed on paper, attached to the client's first recorded consent
    (to the client when none is recorded)."""
    with head.store.transaction() as s:
        consent_id = s.execute(
            select(Consent.id).where(Consent.client_id == client_id).order_by(Consent.id)
        ).scalar()
    form = sample_letter_pdf(
        "PERSETUJUAN LAYANAN", ["Yang bertanda tangan di bawah ini ...", "(contoh)"]
    )
    return attachments.NewAttachment(
        client_id,
        form,
        "persetujuan.pdf",
        "persetujuan",
        record_type="consent" if consent_id is not None else "client",
        record_id=consent_id,
        document_date=intake,
    )
