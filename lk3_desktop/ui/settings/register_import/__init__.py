"""Pengaturan > Impor: the head's wizard for an office's existing client register."""

from lk3_desktop.ui.settings.register_import.tab import ImportTab
from lk3_desktop.ui.settings.register_import.wizard import ImportWizard

__all__ = ["ImportTab", "ImportWizard"]
