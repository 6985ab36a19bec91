"""Words for assessment values (statuses, risk levels, domains) and the instrument language.

Instrument texts (items, answers, bands) come from the definition files in both languages;
the Indonesian wording is shown unless the interface runs in English.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from lk3_desktop.core.instruments import Instrument, Item, Option
from lk3_desktop.services.assessments import FLAG_OPEN, FLAG_RESOLVED, SIGNED, FlagInfo
from lk3_desktop.ui import dates


def english() -> bool:
    """Whether the interface (and so the instrument wording) is English."""
    return QLocale().language() == QLocale.Language.English


def item_text(item: Item) -> str:
    return item.text_en if english() else item.text_id


def option_label(option: Option) -> str:
    return option.label_en if english() else option.label_id


def instrument_name(instrument: Instrument) -> str:
    return instrument.name_en if english() else instrument.name_id


def instruction(instrument: Instrument) -> str:
    return instrument.instruction_en if english() else instrument.instruction_id


def subscale_name(instrument: Instrument, code: str) -> str:
    try:
        sub = instrument.subscale(code)
    except KeyError:
        return code
    return sub.name_en if english() else sub.name_id


def band_label(instrument: Instrument, scale: str, code: str | None, fallback: str) -> str:
    """The band's label in the interface language (the stored label when unknown)."""
    if code is None:
        return fallback
    try:
        bands = instrument.thresholds(scale)
    except KeyError:
        return fallback
    for band in bands:
        if band.code == code:
            return band.label_en if english() else band.label_id
    return fallback


def status_label(status: str) -> str:
    if status == SIGNED:
        return QCoreApplication.translate("Assessments", "Signed")
    return QCoreApplication.translate("Assessments", "Draft")


def record_status(registration_number: str, record: Any) -> str:
    """The line under an assessment form's title: the case, and for a saved ``record`` (None:
    a new one) its status and who signed it when."""
    text = QCoreApplication.translate("Assessments", "Case %1").replace("%1", registration_number)
    if record is not None:
        text += " \u00b7 " + status_label(record.status)
        if record.is_signed and record.signed_at is not None:
            text += " \u00b7 " + QCoreApplication.translate(
                "Assessments", "signed by %1 on %2"
            ).replace("%1", record.signed_by_name).replace(
                "%2", dates.datetime_text(record.signed_at)
            )
    return text


def flag_status_label(status: str) -> str:
    if status == FLAG_OPEN:
        return QCoreApplication.translate("Assessments", "no action recorded yet")
    if status == FLAG_RESOLVED:
        return QCoreApplication.translate("Assessments", "action recorded")
    return QCoreApplication.translate("Assessments", "withdrawn (draft corrected)")


def risk_level_label(code: str | None) -> str:
    if code == "rendah":
        return QCoreApplication.translate("Assessments", "Low")
    if code == "sedang":
        return QCoreApplication.translate("Assessments", "Moderate")
    if code == "tinggi":
        return QCoreApplication.translate("Assessments", "High")
    return QCoreApplication.translate("Assessments", "Not set")


def kind_label(code: str) -> str:
    if code == "awal":
        return QCoreApplication.translate("Assessments", "Initial assessment")
    if code == "mendalam":
        return QCoreApplication.translate("Assessments", "In-depth assessment")
    return QCoreApplication.translate("Assessments", "Re-assessment")


def domain_label(code: str) -> str:
    labels = {
        "relasi_keluarga": QCoreApplication.translate("Assessments", "Family relations"),
        "pengasuhan": QCoreApplication.translate("Assessments", "Parenting"),
        "ekonomi": QCoreApplication.translate("Assessments", "Economy"),
        "kesehatan": QCoreApplication.translate("Assessments", "Health"),
        "pendidikan": QCoreApplication.translate("Assessments", "Education"),
        "hukum": QCoreApplication.translate("Assessments", "Legal"),
        "perlindungan": QCoreApplication.translate("Assessments", "Protection"),
        "tempat_tinggal": QCoreApplication.translate("Assessments", "Housing"),
    }
    return labels.get(code, code)


def flag_source(flag: FlagInfo) -> str:
    """Where a flag came from: 'PHQ-9, item 9' or 'Psychosocial assessment'."""
    if flag.psychosocial_id is not None or flag.source == "ASESMEN":
        return QCoreApplication.translate("Assessments", "Psychosocial assessment")
    if flag.item is not None:
        return (
            QCoreApplication.translate("Assessments", "%1, item %2")
            .replace("%1", flag.source)
            .replace("%2", str(flag.item))
        )
    return flag.source


def flag_label(flag: FlagInfo) -> str:
    """The flag's text in the interface language (stored Indonesian when no match)."""
    if not english():
        return flag.label
    if flag.psychosocial_id is not None or flag.source == "ASESMEN":
        return QCoreApplication.translate(
            "Assessments", "High overall risk in the psychosocial assessment"
        )
    from lk3_desktop.core.errors import KnownError
    from lk3_desktop.services.assessments import instrument

    try:
        rules = instrument(flag.source).risk_rules
    except KnownError:  # no longer shipped, or its file is damaged: keep the stored text
        return flag.label
    for rule in rules:
        if rule.flag == flag.code and rule.item == flag.item and rule.score == flag.score:
            return rule.label_en
    return flag.label
