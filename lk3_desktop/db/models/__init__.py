"""ORM models (SQLAlchemy 2, typed). Every change here needs an Alembic revision."""

from lk3_desktop.db.models.base import Base
from lk3_desktop.db.models.cases import (
    Case,
    CaseAssignment,
    CaseStageChange,
    NumberSequence,
    case_problem_areas,
)
from lk3_desktop.db.models.core import AuditEntry, CenterProfile, Setting, User
from lk3_desktop.db.models.registry import (
    Client,
    Consent,
    Family,
    FamilyMember,
    PmksCategory,
    ProblemArea,
    client_pmks,
)

__all__ = [
    "AuditEntry",
    "Base",
    "Case",
    "CaseAssignment",
    "CaseStageChange",
    "CenterProfile",
    "Client",
    "Consent",
    "Family",
    "FamilyMember",
    "NumberSequence",
    "PmksCategory",
    "ProblemArea",
    "Setting",
    "User",
    "case_problem_areas",
    "client_pmks",
]
