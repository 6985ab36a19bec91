"""First run: the center's profile, the head's account, then the new database and its card.

Page 1 asks for the center (name, code for letter numbers, address, province and regency,
contacts, the head's name and NIP, a logo). Page 2 creates the head's account with live password
feedback. Page 3 runs ``accounts.initialize`` on the lane, says how the data is protected, and
shows the recovery code: the wizard finishes only once the person confirms the card is saved.
"""

from __future__ import annotations

from lk3_desktop.ui.setup_wizard.wizard import SetupWizard

__all__ = ["SetupWizard"]
