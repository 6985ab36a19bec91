"""ORM models (SQLAlchemy 2, typed). Every change here needs an Alembic revision."""

from lk3_desktop.db.models.activities import Activity
from lk3_desktop.db.models.assessments import (
    AdministrationAddendum,
    ClientSafetyPlan,
    ClientSafetyPlanAddendum,
    InstrumentAdministration,
    PsychosocialAddendum,
    PsychosocialAssessment,
    RiskFlag,
    SafetyPlanItem,
)
from lk3_desktop.db.models.attachments import Attachment, AttachmentChunk, ReferralEnclosure
from lk3_desktop.db.models.base import Base
from lk3_desktop.db.models.cases import (
    Case,
    CaseAssignment,
    CaseStageChange,
    NumberSequence,
    case_problem_areas,
)
from lk3_desktop.db.models.core import AuditEntry, CenterProfile, Setting, User
from lk3_desktop.db.models.keys import (
    AuditCheckpoint,
    CertificateRevocation,
    CertificateRow,
    KeySeal,
)
from lk3_desktop.db.models.referrals import (
    Partner,
    PartnerType,
    Referral,
    ReferralAttachment,
    ReferralConsent,
    ReferralLetter,
    ReferralStatusChange,
)
from lk3_desktop.db.models.registry import (
    Client,
    Consent,
    Family,
    FamilyMember,
    PmksCategory,
    ProblemArea,
    SubjectKey,
    WithheldItem,
    client_pmks,
)
from lk3_desktop.db.models.reports import IssuedReport
from lk3_desktop.db.models.server import ServerKeyFile, ServerKeySlot
from lk3_desktop.db.models.sessions import (
    Appointment,
    CaseGoal,
    CounselingSession,
    GoalReview,
    NoteDraft,
    Room,
    SessionAddendum,
    SessionAttendee,
)

__all__ = [
    "Activity",
    "AdministrationAddendum",
    "Appointment",
    "Attachment",
    "AttachmentChunk",
    "AuditCheckpoint",
    "AuditEntry",
    "Base",
    "Case",
    "CaseAssignment",
    "CaseGoal",
    "CaseStageChange",
    "CenterProfile",
    "CertificateRevocation",
    "CertificateRow",
    "Client",
    "ClientSafetyPlan",
    "ClientSafetyPlanAddendum",
    "Consent",
    "CounselingSession",
    "Family",
    "FamilyMember",
    "GoalReview",
    "InstrumentAdministration",
    "IssuedReport",
    "KeySeal",
    "NoteDraft",
    "NumberSequence",
    "Partner",
    "PartnerType",
    "PmksCategory",
    "ProblemArea",
    "PsychosocialAddendum",
    "PsychosocialAssessment",
    "Referral",
    "ReferralAttachment",
    "ReferralConsent",
    "ReferralEnclosure",
    "ReferralLetter",
    "ReferralStatusChange",
    "RiskFlag",
    "Room",
    "SafetyPlanItem",
    "ServerKeyFile",
    "ServerKeySlot",
    "SessionAddendum",
    "SessionAttendee",
    "Setting",
    "SubjectKey",
    "User",
    "WithheldItem",
    "case_problem_areas",
    "client_pmks",
]
