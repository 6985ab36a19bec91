"""Words for values the services return: roles, the protection mode and moments, translated."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from lk3_desktop.core.roles import Role


def role_label(role: Role) -> str:
    """'Kepala LK3', 'Konselor', 'Staf administrasi' (or their English source)."""
    if role is Role.KEPALA:
        return QCoreApplication.translate("Labels", "Head of the center")
    if role is Role.KONSELOR:
        return QCoreApplication.translate("Labels", "Counselor")
    return QCoreApplication.translate("Labels", "Administrative staff")


def disability_kind_labels() -> dict[str, str]:
    """Short words for the kinds of disability (DISABILITY_KINDS), in their order."""
    return {
        "fisik": QCoreApplication.translate("Labels", "Physical"),
        "intelektual": QCoreApplication.translate("Labels", "Intellectual"),
        "mental": QCoreApplication.translate("Labels", "Mental"),
        "netra": QCoreApplication.translate("Labels", "Visual"),
        "rungu": QCoreApplication.translate("Labels", "Hearing"),
        "wicara": QCoreApplication.translate("Labels", "Speech"),
    }


def protection_short(workstation_secret: bool, *, on_server: bool = False) -> str:
    """One line for the status bar, e.g. 'Terenkripsi · kunci perangkat'."""
    if on_server:
        return QCoreApplication.translate("Labels", "Office server · verified TLS")
    if workstation_secret:
        return QCoreApplication.translate("Labels", "Encrypted · device key")
    return QCoreApplication.translate("Labels", "Encrypted · password only")


def protection_explained(workstation_secret: bool, *, on_server: bool = False) -> str:
    """What the protection mode means, in plain words."""
    if on_server:
        return QCoreApplication.translate(
            "Labels",
            "The record is on the office server; nothing of it is kept on this computer. Each "
            "person signs in with their own login over a connection verified against the "
            "office's certificate, and clinical text is sealed under its case's key before it "
            "leaves this computer.",
        )
    if workstation_secret:
        return QCoreApplication.translate(
            "Labels",
            "The data is encrypted. It opens only with a user's password on this computer, "
            "which keeps a device key in the system credential store. Copied files alone "
            "cannot be opened, not even by guessing passwords.",
        )
    return QCoreApplication.translate(
        "Labels",
        "The data is encrypted and protected by passwords only: this computer has no system "
        "credential store. Copied files could be attacked by guessing passwords, so choose "
        "strong passwords and keep backups in a safe place.",
    )
