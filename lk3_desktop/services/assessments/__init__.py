"""Assessments (asesmen): screening instruments, narrative psychosocial assessments, risk flags.

Only the head of the center and the counselor assigned to a case read or write its assessments
(:func:`lk3_desktop.services.cases.may_see_clinical`); staf never does. Every view, creation,
change, signature, addendum and print is audited with ids and codes only.

Scores are never typed: every save of an administration runs the instrument engine over the
answers and stores what it computed. A signed record is locked: any change or deletion raises
:class:`RecordLocked`; only addenda (own author, own time) can be added. A risk flag rises when a
draft is saved with an answer that meets a risk rule (e.g. PHQ-9 item 9 > 0) or a psychosocial
assessment is saved with risk level ``tinggi``; it stays open until the counselor records the
action taken. Correcting the draft before signing withdraws a flag that no longer holds.
"""

from __future__ import annotations

from lk3_desktop.core.errors import RecordLocked
from lk3_desktop.core.psychosocial import SafetyPlanRow
from lk3_desktop.services.assessments.administrations import (
    add_administration_addendum,
    delete_administration,
    get_administration,
    record_administration,
    sign_administration,
    update_administration,
)
from lk3_desktop.services.assessments.catalogue import instrument, list_instruments
from lk3_desktop.services.assessments.checks import score_columns
from lk3_desktop.services.assessments.psychosocial import (
    add_psychosocial_addendum,
    create_psychosocial,
    delete_psychosocial,
    get_psychosocial,
    sign_psychosocial,
    signing_problems_of,
    update_psychosocial,
)
from lk3_desktop.services.assessments.report import administration_report, psychosocial_report
from lk3_desktop.services.assessments.results import (
    DRAFT,
    FLAG_OPEN,
    FLAG_RESOLVED,
    FLAG_WITHDRAWN,
    SIGNED,
    AddendumInfo,
    AdministrationInfo,
    CaseAssessments,
    FlagInfo,
    PsychosocialInfo,
    PsychosocialInput,
    SafetyPlanInfo,
    SubscaleResult,
    TrendPoint,
)
from lk3_desktop.services.assessments.risk_flags import (
    NARRATIVE_FLAG,
    NARRATIVE_FLAG_LABEL,
    NARRATIVE_SOURCE,
    clients_with_open_high_risk,
    last_high_risk,
    open_risk_flags,
    resolve_flag,
)
from lk3_desktop.services.assessments.safety_plans import (
    add_safety_plan_addendum,
    create_safety_plan,
    delete_safety_plan,
    get_safety_plan,
    proposed_plan,
    safety_plan_pdf,
    safety_plan_problems_of,
    sign_safety_plan,
    update_safety_plan,
)
from lk3_desktop.services.assessments.trends import list_for_client, trend

__all__ = [
    "DRAFT",
    "FLAG_OPEN",
    "FLAG_RESOLVED",
    "FLAG_WITHDRAWN",
    "NARRATIVE_FLAG",
    "NARRATIVE_FLAG_LABEL",
    "NARRATIVE_SOURCE",
    "SIGNED",
    "AddendumInfo",
    "AdministrationInfo",
    "CaseAssessments",
    "FlagInfo",
    "PsychosocialInfo",
    "PsychosocialInput",
    "RecordLocked",
    "SafetyPlanInfo",
    "SafetyPlanRow",
    "SubscaleResult",
    "TrendPoint",
    "add_administration_addendum",
    "add_psychosocial_addendum",
    "add_safety_plan_addendum",
    "administration_report",
    "clients_with_open_high_risk",
    "create_psychosocial",
    "create_safety_plan",
    "delete_administration",
    "delete_psychosocial",
    "delete_safety_plan",
    "get_administration",
    "get_psychosocial",
    "get_safety_plan",
    "instrument",
    "last_high_risk",
    "list_for_client",
    "list_instruments",
    "open_risk_flags",
    "proposed_plan",
    "psychosocial_report",
    "record_administration",
    "resolve_flag",
    "safety_plan_pdf",
    "safety_plan_problems_of",
    "score_columns",
    "sign_administration",
    "sign_psychosocial",
    "sign_safety_plan",
    "signing_problems_of",
    "trend",
    "update_administration",
    "update_psychosocial",
    "update_safety_plan",
]
