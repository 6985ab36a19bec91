"""Words for attachments on screen: kinds (as the office names them) and what they belong to."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from lk3_desktop.core.attachments import KINDS


def kind_label(kind: str) -> str:
    """The kind as documents name it (Indonesian, like the official list on a letter)."""
    return KINDS.get(kind, KINDS["lainnya"])


def record_label(record_type: str) -> str:
    labels = {
        "client": QCoreApplication.translate("AttachmentLabels", "Client"),
        "consent": QCoreApplication.translate("AttachmentLabels", "Consent"),
        "case": QCoreApplication.translate("AttachmentLabels", "Case"),
        "session": QCoreApplication.translate("AttachmentLabels", "Session note"),
        "psychosocial": QCoreApplication.translate("AttachmentLabels", "Psychosocial assessment"),
        "administration": QCoreApplication.translate("AttachmentLabels", "Screening"),
        "referral": QCoreApplication.translate("AttachmentLabels", "Referral"),
    }
    return labels.get(record_type, record_type)


def size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")
    return f"{max(size // 1024, 1)} KB"
