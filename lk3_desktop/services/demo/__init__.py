"""Demo databases: a plausible, clearly synthetic LK3 office to try the app with.

:func:`generate` builds one in an empty data folder: accounts (:mod:`._office`), households,
clients and cases across Banten (:mod:`._people`), partners and referrals with letters issued
through the referral service's own letter code (:mod:`._referrals`), screening results and
psychosocial assessments (:mod:`._assessments`), and sessions, case plans and appointments
(:mod:`._sessions`). Every record is invented with a seeded random generator; the center profile
is flagged ``is_demo`` so the window shows "DATA DEMO".
"""

from __future__ import annotations

from lk3_desktop.core.errors import ValidationError
from lk3_desktop.services.demo._office import (
    DEMO_COUNSELORS,
    DEMO_STAFF,
    DemoResult,
    Progress,
    generate,
)

__all__ = [
    "DEMO_COUNSELORS",
    "DEMO_STAFF",
    "DemoResult",
    "Progress",
    "ValidationError",
    "generate",
]
