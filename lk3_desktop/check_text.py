"""The results of the integrity checks in the words of the interface language, for the
Settings > Pemeriksaan tab and for ``lk3-desktop check`` alike."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from lk3_desktop.services.integrity import CheckLine

_DETAILS = {
    "key_opens": QT_TRANSLATE_NOOP("CheckText", "the key opens the database"),
    "pages_ok": QT_TRANSLATE_NOOP("CheckText", "every page authenticates"),
    "pages_bad": QT_TRANSLATE_NOOP("CheckText", "%1 page(s) do not authenticate"),
    "integrity_ok": QT_TRANSLATE_NOOP("CheckText", "no problem found"),
    "integrity_bad": QT_TRANSLATE_NOOP("CheckText", "%1 problem(s) found"),
    "schema_head": QT_TRANSLATE_NOOP("CheckText", "at the newest version (%1)"),
    "schema_behind": QT_TRANSLATE_NOOP("CheckText", "at version %1; the app expects %2"),
    "chain_ok": QT_TRANSLATE_NOOP("CheckText", "%1 entries, chain head %2"),
    "chain_broken": QT_TRANSLATE_NOOP("CheckText", "broken at entry %1 (%2)"),
    "chain_missing": QT_TRANSLATE_NOOP("CheckText", "no audit trail"),
    "attachments_ok": QT_TRANSLATE_NOOP(
        "CheckText", "%1 attached document(s), every SHA-256 matches"
    ),
    "attachments_bad": QT_TRANSLATE_NOOP(
        "CheckText",
        "%1 of %2 attached document(s) do not open or match their SHA-256 (numbers %3)",
    ),
    "chain_signed": QT_TRANSLATE_NOOP(
        "CheckText",
        "%1 entries, chain head %2; latest checkpoint: entry %3 (%4), signed by %5 at %6 UTC",
    ),
    "chain_problems": QT_TRANSLATE_NOOP("CheckText", "problems found: %1"),
    "guards_ok": QT_TRANSLATE_NOOP("CheckText", "the triggers refuse changes"),
    "guards_dropped": QT_TRANSLATE_NOOP("CheckText", "the triggers were dropped"),
    "certificates_ok": QT_TRANSLATE_NOOP("CheckText", "%1 valid certificates under root %2"),
    "certificates_bad": QT_TRANSLATE_NOOP("CheckText", "certificate problems: %1"),
    "rotation_finish": QT_TRANSLATE_NOOP(
        "CheckText",
        "a change of the database key was interrupted after the database was re-encrypted; the next sign-in finishes it",  # noqa: E501 (one literal for lupdate)
    ),
    "rotation_cancel": QT_TRANSLATE_NOOP(
        "CheckText",
        "a change of the database key was interrupted before it took effect; the next sign-in cancels it and the current recovery card still works",  # noqa: E501 (one literal for lupdate)
    ),
    "card_pending": QT_TRANSLATE_NOOP(
        "CheckText",
        "the database key was changed and its new recovery card has not been printed or saved yet: the head signs in and prints it first",  # noqa: E501 (one literal for lupdate)
    ),
    "card_none": QT_TRANSLATE_NOOP("CheckText", "no new recovery card waiting to be printed"),
    "sealing_due": QT_TRANSLATE_NOOP(
        "CheckText",
        "older clinical text is not sealed under its case's key yet; the next head's sign-in seals it",  # noqa: E501 (one literal for lupdate)
    ),
    "sealing_stopped": QT_TRANSLATE_NOOP(
        "CheckText",
        "sealing older clinical text stopped at %1; the next head's sign-in goes on from there",
    ),
    "server_ok": QT_TRANSLATE_NOOP("CheckText", "%1, TLS verified against the office CA"),
    "row_security_ok": QT_TRANSLATE_NOOP(
        "CheckText", "clinical rows of %1 tables are limited per login role"
    ),
    "row_security_missing": QT_TRANSLATE_NOOP("CheckText", "no row security on: %1"),
    "recovery_login_ok": QT_TRANSLATE_NOOP(
        "CheckText", "the recovery card (both codes) signs in on this server"
    ),
    "recovery_login_missing": QT_TRANSLATE_NOOP(
        "CheckText",
        "the recovery card cannot sign in on this server yet: upgrade the server (lk3-desktop server upgrade), then the head signs in once",  # noqa: E501 (one literal for lupdate)
    ),
}


def detail_text(line: CheckLine) -> str:
    """The line's detail in the interface language (its English detail when uncoded)."""
    source = _DETAILS.get(line.code)
    if source is None:
        return line.detail
    text = QCoreApplication.translate("CheckText", str(source))
    for number, value in enumerate(line.values, 1):
        text = text.replace(f"%{number}", value)
    return text
