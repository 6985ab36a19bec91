"""Words for the activity register's codes, translated (the stored codes stay Indonesian)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def kind_label(code: str) -> str:
    labels = {
        "sosialisasi": QCoreApplication.translate("ActivityLabels", "Awareness event"),
        "penyuluhan": QCoreApplication.translate("ActivityLabels", "Public education"),
        "kunjungan_lembaga": QCoreApplication.translate(
            "ActivityLabels", "Visit to an institution"
        ),
        "rapat_koordinasi": QCoreApplication.translate("ActivityLabels", "Coordination meeting"),
        "pelatihan": QCoreApplication.translate("ActivityLabels", "Training"),
        "lainnya": QCoreApplication.translate("ActivityLabels", "Other activity"),
    }
    return labels.get(code, code)


def service_label(code: str) -> str:
    """The Permensos 25/2017 service types."""
    labels = {
        "konsultasi": QCoreApplication.translate("ActivityLabels", "Consultation"),
        "konseling": QCoreApplication.translate("ActivityLabels", "Counseling"),
        "pendampingan": QCoreApplication.translate("ActivityLabels", "Accompaniment"),
        "penjangkauan": QCoreApplication.translate("ActivityLabels", "Outreach"),
        "advokasi": QCoreApplication.translate("ActivityLabels", "Advocacy"),
        "psikoedukasi": QCoreApplication.translate(
            "ActivityLabels", "Information / psychoeducation"
        ),
        "pemberdayaan": QCoreApplication.translate("ActivityLabels", "Empowerment"),
        "rujukan": QCoreApplication.translate("ActivityLabels", "Referral"),
    }
    return labels.get(code, code)
