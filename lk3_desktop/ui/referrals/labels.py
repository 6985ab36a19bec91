"""Words for referral values the services return (statuses, urgency, shared fields), translated.

Stored codes stay Indonesian; what the screen shows comes from the catalogue (English source).
The letter itself is always Indonesian and takes its words from ``core.referrals``.
"""

from __future__ import annotations

import datetime

from PySide6.QtCore import QCoreApplication, QDate

from lk3_desktop.core.referrals import ReferralStatus


def status_label(status: ReferralStatus) -> str:
    labels = {
        ReferralStatus.DRAF: QCoreApplication.translate("ReferralLabels", "Draft"),
        ReferralStatus.DIAJUKAN: QCoreApplication.translate("ReferralLabels", "Submitted"),
        ReferralStatus.DITANDATANGANI: QCoreApplication.translate("ReferralLabels", "Signed"),
        ReferralStatus.DIKIRIM: QCoreApplication.translate("ReferralLabels", "Sent"),
        ReferralStatus.DITERIMA_MITRA: QCoreApplication.translate(
            "ReferralLabels", "Received by partner"
        ),
        ReferralStatus.DITINDAKLANJUTI: QCoreApplication.translate("ReferralLabels", "Followed up"),
        ReferralStatus.SELESAI: QCoreApplication.translate("ReferralLabels", "Completed"),
        ReferralStatus.DITOLAK: QCoreApplication.translate("ReferralLabels", "Declined"),
        ReferralStatus.TIDAK_DATANG: QCoreApplication.translate("ReferralLabels", "Did not arrive"),
        ReferralStatus.BATAL: QCoreApplication.translate("ReferralLabels", "Cancelled"),
    }
    return labels[status]


def urgency_labels() -> dict[str, str]:
    return {
        "biasa": QCoreApplication.translate("ReferralLabels", "Routine"),
        "segera": QCoreApplication.translate("ReferralLabels", "Soon"),
        "darurat": QCoreApplication.translate("ReferralLabels", "Emergency"),
    }


def consent_field_labels() -> dict[str, str]:
    """The fields a client may agree to share, in the letter's order."""
    return {
        "name": QCoreApplication.translate("ReferralLabels", "Name"),
        "sex": QCoreApplication.translate("ReferralLabels", "Sex"),
        "birth": QCoreApplication.translate("ReferralLabels", "Place and date of birth / age"),
        "nik": QCoreApplication.translate("ReferralLabels", "NIK"),
        "address": QCoreApplication.translate("ReferralLabels", "Address"),
        "phone": QCoreApplication.translate("ReferralLabels", "Phone number"),
        "guardian": QCoreApplication.translate("ReferralLabels", "Parent / guardian"),
        "family": QCoreApplication.translate("ReferralLabels", "Family situation"),
        "problem": QCoreApplication.translate("ReferralLabels", "Presenting problem summary"),
        "assessment": QCoreApplication.translate("ReferralLabels", "Assessment summary"),
    }


def consent_giver_labels() -> dict[str, str]:
    return {
        "klien": QCoreApplication.translate("ReferralLabels", "The client"),
        "orang_tua": QCoreApplication.translate("ReferralLabels", "Parent"),
        "wali": QCoreApplication.translate("ReferralLabels", "Guardian"),
    }


def to_qdate(day: datetime.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> datetime.date:
    return datetime.date(day.year(), day.month(), day.day())
