"""Pengaturan: general, security, users and the center profile."""

from lk3_desktop.ui.settings.page import SettingsPage

__all__ = ["SettingsPage"]
