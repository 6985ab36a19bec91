"""The Rujukan area: the referrals page, the per-case referrals tab, their dialogs."""

from lk3_desktop.ui.referrals.case_panel import CaseReferralsPanel
from lk3_desktop.ui.referrals.page import ReferralsPage

__all__ = ["CaseReferralsPanel", "ReferralsPage"]
