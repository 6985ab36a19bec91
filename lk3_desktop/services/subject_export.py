"""The data-subject export (UU No. 27/2022 on personal data protection): everything the office
holds about one client, as JSON for another system and as a PDF for the person to read.

Both formats are made from one dictionary (:func:`collect`), so they always hold the same
data; its shape is ``resources/schemas/subject-export-v1.schema.json`` and is described in
``docs/subject-export.md``. Only the head (``MANAGE_PERSONAL_DATA``) exports; each export is
one ``client.exported`` audit row, written in the transaction that wrote the file.

What an export never carries: another person's data. Other family members, other clients
and session attendees appear as counts or relationships only, and their known names, NIKs
and phone numbers are replaced by ``[orang lain]`` in free text written by staff. Items marked
"jangan diungkap" are left out and the export lists their labels (never the reason).
"""

from __future__ import annotations

import datetime
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from lk3_desktop.core.errors import ValidationError
from lk3_desktop.core.identity import check_phone
from lk3_desktop.core.roles import Permission
from lk3_desktop.core.withholding import FIELD_COLUMNS
from lk3_desktop.db.atomic import write_atomic
from lk3_desktop.db.backup import known_file_errors
from lk3_desktop.db.models import (
    AdministrationAddendum,
    Appointment,
    AuditEntry,
    Case,
    CaseAssignment,
    CaseGoal,
    CaseStageChange,
    CenterProfile,
    Client,
    Consent,
    CounselingSession,
    FamilyMember,
    GoalReview,
    InstrumentAdministration,
    Partner,
    PartnerType,
    PmksCategory,
    ProblemArea,
    PsychosocialAddendum,
    PsychosocialAssessment,
    Referral,
    ReferralAttachment,
    ReferralConsent,
    ReferralLetter,
    ReferralStatusChange,
    RiskFlag,
    Room,
    SafetyPlanItem,
    SessionAddendum,
    SessionAttendee,
    User,
    case_problem_areas,
    client_pmks,
)
from lk3_desktop.services._withheld import Withheld, withheld_in
from lk3_desktop.services.context import Actor, UserSession
from lk3_desktop.services.referrals import client_address

__all__ = [
    "RECORD_KINDS",
    "SCHEMA_ID",
    "ExportSummary",
    "collect",
    "export_json",
    "export_pdf",
    "to_json_bytes",
]

SCHEMA_ID: Final = "lk3-subject-export/1"

# The top-level lists whose entries count as records (ExportSummary.records, "counts").
RECORD_KINDS: Final[tuple[str, ...]] = (
    "consents",
    "families",
    "cases",
    "case_goals",
    "psychosocial_assessments",
    "instrument_administrations",
    "risk_flags",
    "sessions",
    "appointments",
    "referrals",
)

# Client keys derived from a withholdable field group, left out with its columns.
_DERIVED_KEYS: Final[dict[str, tuple[str, ...]]] = {
    "address": ("address",),
    "birth": ("estimated_on",),
    "nik": ("nik_override_reason",),
    "photo": ("has_photo",),
}
# Columns not exported under their own name (the photo's bytes: only ``has_photo``).
_COLUMN_KEYS: Final[dict[str, str | None]] = {"photo": None}

OTHER_PERSON: Final = "[orang lain]"
_MIN_NAME_TOKEN: Final = 3


@dataclass(frozen=True)
class ExportSummary:
    path: Path
    records: int  # records included (cases, sessions, assessments, referrals, appointments ...)
    withheld: int  # items left out because of "jangan diungkap" marks


# -- small converters -----------------------------------------------------------------------


def _d(value: datetime.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _dt(value: datetime.datetime | None) -> str | None:
    return value.replace(microsecond=0).isoformat() if value is not None else None


def _t(value: datetime.time | None) -> str | None:
    return value.isoformat(timespec="minutes") if value is not None else None


def _loads(text: str | None, default: Any) -> Any:
    if not text:
        return default
    try:
        return json.loads(text)
    except ValueError:  # a damaged column is exported as empty, not as a crash
        return default


# -- other people's identifiers ---------------------------------------------------------------


class _Redactor:
    """Replaces other people's known names, NIKs and phone numbers in free text.

    Staff write notes about the client, and a note may name the husband or a child. Those
    people are data subjects of their own; their identifiers known to the office (family
    members, attendees, linked clients) become ``[orang lain]``. Single name words are
    replaced too, except words of the client's own name (a shared family name)."""

    def __init__(self, own_names: Iterable[str]) -> None:
        self._own_tokens = {t.casefold() for n in own_names for t in n.split() if t}
        self._phrases: set[str] = set()
        self._numbers: set[str] = set()

    def add_name(self, name: str | None) -> None:
        clean = " ".join((name or "").split())
        if len(clean) < _MIN_NAME_TOKEN or self.is_own(clean):
            return
        self._phrases.add(clean)
        for token in clean.split():
            if len(token) >= _MIN_NAME_TOKEN and token.casefold() not in self._own_tokens:
                self._phrases.add(token)

    def is_own(self, name: str) -> bool:
        """Whether every word of ``name`` is a word of the client's own name."""
        words = [w.casefold() for w in name.split()]
        return bool(words) and all(w in self._own_tokens for w in words)

    def add_number(self, number: str | None) -> None:
        digits = re.sub(r"\D", "", number or "")
        if len(digits) < 6:
            return
        self._numbers.add(digits)
        if digits.startswith("62"):
            self._numbers.update({"+" + digits, "0" + digits[2:]})

    def add_phone(self, phone: str | None) -> None:
        if not phone:
            return
        self.add_number(phone)
        national = check_phone(phone).national
        if national:
            self.add_number(national)

    def compile(self) -> Callable[[str], str]:
        words = sorted(self._phrases, key=lambda p: (-len(p), p))
        numbers = sorted(self._numbers, key=lambda p: (-len(p), p))
        parts = [r"\s+".join(re.escape(w) for w in p.split()) for p in words]
        parts += [re.escape(n) for n in numbers]
        if not parts:
            return lambda text: text
        # Longest first, so a full name is replaced as one piece before its single words.
        pattern = re.compile(r"(?<![\w+])(?:" + "|".join(parts) + r")(?!\w)", re.IGNORECASE)
        return lambda text: pattern.sub(OTHER_PERSON, text) if text else text


# -- collecting ------------------------------------------------------------------------------


def _client_part(
    s: Session, client: Client, withheld: Withheld, names: dict[int, str]
) -> dict[str, Any]:
    pmks = [
        {"code": code, "name": name}
        for code, name in s.execute(
            select(PmksCategory.code, PmksCategory.name)
            .join(client_pmks, client_pmks.c.category_id == PmksCategory.id)
            .where(client_pmks.c.client_id == client.id)
            .order_by(PmksCategory.code)
        )
    ]
    out: dict[str, Any] = {
        "id": client.id,
        "full_name": client.full_name,
        "nickname": client.nickname,
        "sex": client.sex,
        "birth_place": client.birth_place,
        "birth_date": _d(client.birth_date),
        "estimated_age": client.estimated_age,
        "estimated_on": _d(client.estimated_on),
        "nik": client.nik,
        "nik_override_reason": client.nik_override_reason,
        "kk_number": client.kk_number,
        "religion": client.religion,
        "education": client.education,
        "occupation": client.occupation,
        "marital_status": client.marital_status,
        "disability": client.disability,
        "phone": client.phone,
        "address": client_address(client),
        "street": client.street,
        "rt": client.rt,
        "rw": client.rw,
        "province_code": client.province_code,
        "regency_code": client.regency_code,
        "district_code": client.district_code,
        "village_code": client.village_code,
        "language": client.language,
        "guardian_name": client.guardian_name,
        "guardian_relationship": client.guardian_relationship,
        "guardian_phone": client.guardian_phone,
        "has_photo": client.photo is not None,
        "pmks": pmks,
        "registered_at": _dt(client.created_at),
        "registered_by": names.get(client.created_by or 0),
        "updated_at": _dt(client.updated_at),
        "anonymised_at": _dt(client.anonymised_at),
    }
    for group, columns in FIELD_COLUMNS.items():
        if not withheld.field_withheld(group):
            continue
        for column in columns:
            key = _COLUMN_KEYS.get(column, column)
            if key is not None:
                out.pop(key, None)
        for key in _DERIVED_KEYS.get(group, ()):
            out.pop(key, None)
    return out


def collect(
    s: Session, client_id: int, now: datetime.datetime, actor: Actor | None = None
) -> dict[str, Any]:
    """Everything held about ``client_id``, as the export document (JSON-ready values).

    Runs inside the caller's transaction. Raises ValidationError for an unknown client or a
    record merged into another one (the kept record is the one to export)."""
    client = s.get(Client, client_id)
    if client is None:
        raise ValidationError("Klien tidak ditemukan.")
    if client.merged_into_id is not None:
        raise ValidationError(
            "Rekam klien ini sudah digabung ke rekam lain; ekspor dari rekam yang dipertahankan."
        )
    withheld = withheld_in(s, client_id)
    users = {u.id: (u.full_name, u.role) for u in s.execute(select(User)).scalars()}
    names = {uid: v[0] for uid, v in users.items()}
    profile = s.get(CenterProfile, 1)

    # Other people linked to this client: their identifiers must not leak through free text.
    redactor = _Redactor([client.full_name, client.nickname])
    own_members = list(
        s.execute(select(FamilyMember).where(FamilyMember.client_id == client_id)).scalars()
    )
    own_member_ids = {m.id for m in own_members}
    family_ids = sorted({m.family_id for m in own_members})
    linked_client_ids: set[int] = set()
    for m in s.execute(
        select(FamilyMember).where(
            FamilyMember.family_id.in_(family_ids), FamilyMember.id.not_in(own_member_ids)
        )
    ).scalars():
        redactor.add_name(m.name)
        if m.client_id and m.client_id != client_id:
            linked_client_ids.add(m.client_id)

    cases = list(
        s.execute(select(Case).where(Case.client_id == client_id).order_by(Case.id)).scalars()
    )
    case_ids = [c.id for c in cases]
    sessions = [
        row
        for row in s.execute(
            select(CounselingSession)
            .where(CounselingSession.case_id.in_(case_ids))
            .order_by(CounselingSession.session_date, CounselingSession.id)
        ).scalars()
        if not withheld.record_withheld("session", row.id)
    ]
    session_ids = [row.id for row in sessions]
    attendees: dict[int, list[SessionAttendee]] = {}
    member_client: dict[int | None, int | None] = dict(
        s.execute(
            select(FamilyMember.id, FamilyMember.client_id)
            .join(SessionAttendee, SessionAttendee.family_member_id == FamilyMember.id)
            .where(SessionAttendee.session_id.in_(session_ids))
        ).all()
    )
    own_names = {" ".join(n.split()).casefold() for n in (client.full_name, client.nickname) if n}

    def is_client(a: SessionAttendee) -> bool:
        if a.family_member_id is None:
            # Typed rather than picked: the client's own name counts as the client.
            return " ".join(a.name.split()).casefold() in own_names
        return (
            a.family_member_id in own_member_ids
            or member_client.get(a.family_member_id) == client_id
        )

    for a in s.execute(
        select(SessionAttendee)
        .where(SessionAttendee.session_id.in_(session_ids))
        .order_by(SessionAttendee.position, SessionAttendee.id)
    ).scalars():
        attendees.setdefault(a.session_id, []).append(a)
        if is_client(a):
            continue
        linked = member_client.get(a.family_member_id)
        redactor.add_name(a.name)
        if linked:
            linked_client_ids.add(linked)
    linked_client_ids.discard(client_id)
    for other in s.execute(select(Client).where(Client.id.in_(linked_client_ids))).scalars():
        redactor.add_name(other.full_name)
        redactor.add_name(other.nickname)
        redactor.add_number(other.nik)
        redactor.add_phone(other.phone)
        redactor.add_phone(other.guardian_phone)
    clean = redactor.compile()

    guardian_hidden = withheld.field_withheld("guardian")

    def giver_name(given_by: str, name: str) -> str | None:
        # A parent or guardian who gave consent is the guardian data group.
        return None if guardian_hidden and given_by != "klien" else name

    doc: dict[str, Any] = {
        "schema": SCHEMA_ID,
        "generated_at": now.replace(microsecond=0).isoformat(),
        "generated_by": {
            "name": actor.full_name if actor else None,
            "role": actor.role.value if actor else None,
        },
        "center": {
            "name": profile.name if profile else "",
            "code": profile.center_code if profile else "",
        },
        "client": _client_part(s, client, withheld, names),
        "merged_record_ids": list(
            s.execute(
                select(Client.id).where(Client.merged_into_id == client_id).order_by(Client.id)
            ).scalars()
        ),
    }

    doc["consents"] = [
        {
            "id": c.id,
            "consent_date": _d(c.consent_date),
            "given_by": c.given_by,
            "given_by_name": giver_name(c.given_by, c.given_by_name),
            "scope": clean(c.scope),
            "recorded_at": _dt(c.recorded_at),
            "recorded_by": names.get(c.recorded_by or 0),
            "withdrawn_on": _d(c.withdrawn_on),
        }
        for c in s.execute(
            select(Consent)
            .where(Consent.client_id == client_id)
            .order_by(Consent.consent_date, Consent.id)
        ).scalars()
    ]
    if not withheld.field_withheld("family"):
        doc["families"] = [
            {
                "family_id": m.family_id,
                "member_id": m.id,
                "relationship": m.relationship,
                "lives_together": m.lives_together,
            }
            for m in sorted(own_members, key=lambda m: (m.family_id, m.id))
        ]

    doc["cases"] = [_case_part(s, c, names, clean) for c in cases]

    session_dates = {row.id: row.session_date for row in sessions}
    doc["case_goals"] = goals_out = _goals(s, case_ids, session_dates, names, clean)
    psy_out, hidden_psy = _psychosocial(s, case_ids, withheld, names, clean)
    doc["psychosocial_assessments"] = psy_out
    adm_out, hidden_adm = _administrations(s, case_ids, withheld, names, clean)
    doc["instrument_administrations"] = adm_out
    doc["risk_flags"] = flags_out = _risk_flags(s, case_ids, hidden_psy, hidden_adm, names, clean)
    doc["sessions"] = _sessions(s, sessions, attendees, is_client, names, clean)

    rooms = dict(s.execute(select(Room.id, Room.name)).all())
    appointments = list(
        s.execute(
            select(Appointment)
            .where(Appointment.client_id == client_id)
            .order_by(Appointment.starts_at, Appointment.id)
        ).scalars()
    )
    doc["appointments"] = [
        {
            "id": a.id,
            "case_id": a.case_id,
            "starts_at": _dt(a.starts_at),
            "ends_at": _dt(a.ends_at),
            "status": a.status,
            "counselor": names.get(a.counselor_id),
            "room": rooms.get(a.room_id) if a.room_id else None,
            "note": clean(a.note),
        }
        for a in appointments
    ]

    referrals_out, letter_ids = _referrals(s, case_ids, withheld, names, clean, giver_name)
    doc["referrals"] = referrals_out

    doc["processing_history"] = _history(
        s,
        users,
        {
            "client": [client_id],
            "case": case_ids,
            "case_goal": [g["id"] for g in goals_out],
            "psychosocial_assessment": [p["id"] for p in psy_out],
            "instrument_administration": [a["id"] for a in adm_out],
            "risk_flag": [f["id"] for f in flags_out],
            "counseling_session": session_ids,
            "appointment": [a.id for a in appointments],
            "referral": [r["id"] for r in referrals_out],
            "referral_letter": letter_ids,
        },
        [] if withheld.field_withheld("family") else family_ids,
        own_member_ids,
    )
    doc["counts"] = {kind: len(doc.get(kind, [])) for kind in RECORD_KINDS}
    doc["withheld"] = list(withheld.labels)
    doc["withheld_statement"] = withheld.statement()
    return doc


def _goals(
    s: Session,
    case_ids: list[int],
    session_dates: dict[int, datetime.date],
    names: dict[int, str],
    clean: Callable[[str], str],
) -> list[dict[str, Any]]:
    goals_out: list[dict[str, Any]] = []
    for g in s.execute(
        select(CaseGoal)
        .where(CaseGoal.case_id.in_(case_ids))
        .order_by(CaseGoal.case_id, CaseGoal.position, CaseGoal.id)
    ).scalars():
        reviews = [
            {
                "session_id": r.session_id,
                "session_date": _d(session_dates[r.session_id]),
                "status": r.status,
                "note": clean(r.note),
            }
            for r in s.execute(
                select(GoalReview).where(GoalReview.goal_id == g.id).order_by(GoalReview.id)
            ).scalars()
            if r.session_id in session_dates  # reviews inside a withheld session stay out
        ]
        goals_out.append(
            {
                "id": g.id,
                "case_id": g.case_id,
                "description": clean(g.description),
                "target_date": _d(g.target_date),
                "status": g.status,
                "created_at": _dt(g.created_at),
                "created_by": names.get(g.created_by or 0),
                "updated_at": _dt(g.updated_at),
                "reviews": reviews,
            }
        )
    return goals_out


def _psychosocial(
    s: Session,
    case_ids: list[int],
    withheld: Withheld,
    names: dict[int, str],
    clean: Callable[[str], str],
) -> tuple[list[dict[str, Any]], set[int]]:
    hidden_psy: set[int] = set()
    psy_out: list[dict[str, Any]] = []
    for p in s.execute(
        select(PsychosocialAssessment)
        .where(PsychosocialAssessment.case_id.in_(case_ids))
        .order_by(PsychosocialAssessment.assessed_on, PsychosocialAssessment.id)
    ).scalars():
        if withheld.record_withheld("psychosocial", p.id):
            hidden_psy.add(p.id)
            continue
        plan = s.execute(
            select(SafetyPlanItem)
            .where(SafetyPlanItem.assessment_id == p.id)
            .order_by(SafetyPlanItem.position)
        ).scalars()
        addenda = s.execute(
            select(PsychosocialAddendum)
            .where(PsychosocialAddendum.assessment_id == p.id)
            .order_by(PsychosocialAddendum.id)
        ).scalars()
        needs = _loads(p.needs, {})
        psy_out.append(
            {
                "id": p.id,
                "case_id": p.case_id,
                "kind": p.kind,
                "assessed_on": _d(p.assessed_on),
                "presenting_problem": clean(p.presenting_problem),
                "history": clean(p.history),
                "family_relations": clean(p.family_relations),
                "genogram_notes": clean(p.genogram_notes),
                "strengths": clean(p.strengths),
                "risk_factors": clean(p.risk_factors),
                "needs": {str(k): clean(str(v)) for k, v in dict(needs).items()},
                "conclusion": clean(p.conclusion),
                "risk_level": p.risk_level,
                "safety_plan": [
                    {"who": clean(i.who), "action": clean(i.action), "timing": clean(i.timing)}
                    for i in plan
                ],
                "status": p.status,
                "created_at": _dt(p.created_at),
                "created_by": names.get(p.created_by or 0),
                "signed_at": _dt(p.signed_at),
                "signed_by": names.get(p.signed_by or 0),
                "addenda": [
                    {
                        "text": clean(a.text),
                        "written_at": _dt(a.created_at),
                        "written_by": names.get(a.created_by or 0),
                    }
                    for a in addenda
                ],
            }
        )
    return psy_out, hidden_psy


def _administrations(
    s: Session,
    case_ids: list[int],
    withheld: Withheld,
    names: dict[int, str],
    clean: Callable[[str], str],
) -> tuple[list[dict[str, Any]], set[int]]:
    hidden_adm: set[int] = set()
    adm_out: list[dict[str, Any]] = []
    for a in s.execute(
        select(InstrumentAdministration)
        .where(InstrumentAdministration.case_id.in_(case_ids))
        .order_by(InstrumentAdministration.administered_on, InstrumentAdministration.id)
    ).scalars():
        if withheld.record_withheld("administration", a.id):
            hidden_adm.add(a.id)
            continue
        addenda = s.execute(
            select(AdministrationAddendum)
            .where(AdministrationAddendum.administration_id == a.id)
            .order_by(AdministrationAddendum.id)
        ).scalars()
        subscales = {
            str(code): {
                "value": v.get("value"),
                "band": v.get("band"),
                "label": v.get("label", ""),
            }
            for code, v in dict(_loads(a.subscales, {})).items()
            if isinstance(v, dict)
        }
        adm_out.append(
            {
                "id": a.id,
                "case_id": a.case_id,
                "instrument_code": a.instrument_code,
                "instrument_name": _instrument_name(a.instrument_code),
                "instrument_version": a.instrument_version,
                "administered_on": _d(a.administered_on),
                "answers": list(_loads(a.answers, [])),
                "total": a.total,
                "severity_code": a.severity_code,
                "severity_label": a.severity_label,
                "subscales": subscales,
                "complete": a.complete,
                "prorated": a.prorated,
                "note": clean(a.note),
                "status": a.status,
                "created_at": _dt(a.created_at),
                "created_by": names.get(a.created_by or 0),
                "signed_at": _dt(a.signed_at),
                "signed_by": names.get(a.signed_by or 0),
                "addenda": [
                    {
                        "text": clean(x.text),
                        "written_at": _dt(x.created_at),
                        "written_by": names.get(x.created_by or 0),
                    }
                    for x in addenda
                ],
            }
        )
    return adm_out, hidden_adm


def _risk_flags(
    s: Session,
    case_ids: list[int],
    hidden_psy: set[int],
    hidden_adm: set[int],
    names: dict[int, str],
    clean: Callable[[str], str],
) -> list[dict[str, Any]]:
    flags_out: list[dict[str, Any]] = []
    for f in s.execute(
        select(RiskFlag).where(RiskFlag.case_id.in_(case_ids)).order_by(RiskFlag.id)
    ).scalars():
        # A flag is part of the record that raised it; a withheld record takes it along.
        if (f.psychosocial_id in hidden_psy) or (f.administration_id in hidden_adm):
            continue
        flags_out.append(
            {
                "id": f.id,
                "case_id": f.case_id,
                "source": f.source,
                "code": f.code,
                "label": f.label,
                "item": f.item,
                "score": f.score,
                "administration_id": f.administration_id,
                "psychosocial_id": f.psychosocial_id,
                "status": f.status,
                "raised_at": _dt(f.raised_at),
                "raised_by": names.get(f.raised_by or 0),
                "resolved_at": _dt(f.resolved_at),
                "resolved_by": names.get(f.resolved_by or 0),
                "action_taken": clean(f.action_taken),
            }
        )
    return flags_out


def _sessions(
    s: Session,
    sessions: list[CounselingSession],
    attendees: dict[int, list[SessionAttendee]],
    is_client: Callable[[SessionAttendee], bool],
    names: dict[int, str],
    clean: Callable[[str], str],
) -> list[dict[str, Any]]:
    sessions_out: list[dict[str, Any]] = []
    for row in sessions:
        present = attendees.get(row.id, [])
        mine = [a for a in present if is_client(a)]
        # No attendees written down says nothing about who came: null, not "absent".
        client_there = bool(mine) if present else None
        addenda = s.execute(
            select(SessionAddendum)
            .where(SessionAddendum.session_id == row.id)
            .order_by(SessionAddendum.id)
        ).scalars()
        sessions_out.append(
            {
                "id": row.id,
                "case_id": row.case_id,
                "appointment_id": row.appointment_id,
                "session_date": _d(row.session_date),
                "start_time": _t(row.start_time),
                "end_time": _t(row.end_time),
                "modality": row.modality,
                "service_type": row.service_type,
                "case_stage": row.case_stage,
                "note_format": row.note_format,
                "sections": {
                    str(k): clean(str(v)) for k, v in dict(_loads(row.note_sections, {})).items()
                },
                "interventions": clean(row.interventions),
                "homework": clean(row.homework),
                "plan": clean(row.plan),
                "next_appointment_at": _dt(row.next_appointment_at),
                "client_attended": client_there,
                "others_present": len(present) - len(mine),
                "author": names.get(row.author_id),
                "created_at": _dt(row.created_at),
                "signed_at": _dt(row.signed_at),
                "signed_by": names.get(row.signed_by or 0),
                "cosigned_at": _dt(row.cosigned_at),
                "cosigned_by": names.get(row.cosigned_by or 0),
                "addenda": [
                    {
                        "text": clean(x.text),
                        "written_at": _dt(x.written_at),
                        "written_by": names.get(x.author_id),
                    }
                    for x in addenda
                ],
            }
        )
    return sessions_out


def _instrument_name(code: str) -> str:
    from lk3_desktop.core import instruments

    try:
        return instruments.get(code).name_id
    except KeyError:
        return code


def _case_part(
    s: Session, case: Case, names: dict[int, str], clean: Callable[[str], str]
) -> dict[str, Any]:
    areas = list(
        s.execute(
            select(ProblemArea.name)
            .join(case_problem_areas, case_problem_areas.c.problem_area_id == ProblemArea.id)
            .where(case_problem_areas.c.case_id == case.id)
            .order_by(ProblemArea.name)
        ).scalars()
    )
    return {
        "id": case.id,
        "registration_number": case.registration_number,
        "intake_date": _d(case.intake_date),
        "referral_source": case.referral_source,
        "referral_source_detail": clean(case.referral_source_detail),
        "urgency": case.urgency,
        "stage": case.stage,
        "counselor": names.get(case.counselor_id or 0),
        "presenting_problem": clean(case.presenting_problem),
        "problem_areas": areas,
        "closed_on": _d(case.closed_on),
        "closing_reason": clean(case.closing_reason),
        "opened_at": _dt(case.created_at),
        "opened_by": names.get(case.created_by or 0),
        "stage_history": [
            {
                "from_stage": h.from_stage,
                "to_stage": h.to_stage,
                "changed_on": _d(h.changed_on),
                "changed_by": names.get(h.changed_by or 0),
                "note": clean(h.note),
            }
            for h in s.execute(
                select(CaseStageChange)
                .where(CaseStageChange.case_id == case.id)
                .order_by(CaseStageChange.id)
            ).scalars()
        ],
        "assignments": [
            {
                "counselor": names.get(a.counselor_id),
                "assigned_at": _dt(a.assigned_at),
                "assigned_by": names.get(a.assigned_by or 0),
                "reason": clean(a.reason),
            }
            for a in s.execute(
                select(CaseAssignment)
                .where(CaseAssignment.case_id == case.id)
                .order_by(CaseAssignment.id)
            ).scalars()
        ],
    }


def _referrals(
    s: Session,
    case_ids: list[int],
    withheld: Withheld,
    names: dict[int, str],
    clean: Callable[[str], str],
    giver_name: Callable[[str, str], str | None],
) -> tuple[list[dict[str, Any]], list[int]]:
    family_hidden = withheld.field_withheld("family")
    out: list[dict[str, Any]] = []
    letter_ids: list[int] = []
    for ref, partner_name, partner_type in s.execute(
        select(Referral, Partner.name, PartnerType.name)
        .join(Partner, Partner.id == Referral.partner_id)
        .join(PartnerType, PartnerType.id == Partner.type_id)
        .where(Referral.case_id.in_(case_ids))
        .order_by(Referral.created_at, Referral.id)
    ):
        if withheld.record_withheld("referral", ref.id):
            continue
        letter = s.execute(
            select(ReferralLetter).where(ReferralLetter.referral_id == ref.id)
        ).scalar_one_or_none()
        letter_part = None
        if letter is not None:
            letter_ids.append(letter.id)
            letter_part = {
                "number": letter.number,
                "letter_date": _d(letter.letter_date),
                "signed_by": names.get(letter.signed_by),
                "signed_at": _dt(letter.signed_at),
                "verification_code": letter.verification_code,
                "cancelled": letter.cancelled,
                "cancelled_at": _dt(letter.cancelled_at),
            }
        item: dict[str, Any] = {
            "id": ref.id,
            "case_id": ref.case_id,
            "partner": {"name": partner_name, "type": partner_type},
            "status": ref.status,
            "urgency": ref.urgency,
            "reason": clean(ref.reason),
            "services_requested": clean(ref.services_requested),
            "family_summary": clean(ref.family_summary),
            "problem_summary": clean(ref.problem_summary),
            "assessment_summary": clean(ref.assessment_summary),
            "copies_to": [clean(x.strip()) for x in ref.copies_to.splitlines() if x.strip()],
            "follow_up_on": _d(ref.follow_up_on),
            "created_at": _dt(ref.created_at),
            "drafted_by": names.get(ref.drafted_by or 0),
            "reply_on": _d(ref.reply_on),
            "reply_text": clean(ref.reply_text),
            "status_history": [
                {
                    "from_status": h.from_status,
                    "to_status": h.to_status,
                    "changed_on": _d(h.changed_on),
                    "changed_by": names.get(h.changed_by or 0),
                    "note": clean(h.note),
                }
                for h in s.execute(
                    select(ReferralStatusChange)
                    .where(ReferralStatusChange.referral_id == ref.id)
                    .order_by(ReferralStatusChange.id)
                ).scalars()
            ],
            "consents": [
                {
                    "given_on": _d(c.given_on),
                    "given_by": c.given_by,
                    "given_by_name": giver_name(c.given_by, c.given_by_name),
                    "fields": [str(x) for x in _loads(c.fields, [])],
                    "recorded_at": _dt(c.recorded_at),
                }
                for c in s.execute(
                    select(ReferralConsent)
                    .where(ReferralConsent.referral_id == ref.id)
                    .order_by(ReferralConsent.id)
                ).scalars()
            ],
            "attachments": [
                clean(text)
                for text in s.execute(
                    select(ReferralAttachment.description)
                    .where(ReferralAttachment.referral_id == ref.id)
                    .order_by(ReferralAttachment.position)
                ).scalars()
            ],
            "letter": letter_part,
        }
        if family_hidden:
            del item["family_summary"]
        out.append(item)
    return out, letter_ids


def _history(
    s: Session,
    users: dict[int, tuple[str, str]],
    records: dict[str, list[int]],
    family_ids: list[int],
    own_member_ids: set[int],
) -> list[dict[str, Any]]:
    """Audit rows about the client's records: when, what, and the actor's role (no names,
    no detail). Family rows only when they concern this client's own membership or a view
    of the whole family; changes to other members are those members' history."""
    conditions = [
        and_(AuditEntry.entity_type == kind, AuditEntry.entity_id.in_([str(i) for i in ids]))
        for kind, ids in records.items()
        if ids
    ]
    if family_ids:
        conditions.append(
            and_(
                AuditEntry.entity_type == "family",
                AuditEntry.entity_id.in_([str(i) for i in family_ids]),
            )
        )
    out = []
    for e in s.execute(
        select(AuditEntry).where(or_(*conditions)).order_by(AuditEntry.id)
    ).scalars():
        if e.entity_type == "family" and e.action.startswith("family.member"):
            member = _loads(e.detail, {}).get("member")
            if member not in own_member_ids:
                continue
        actor = users.get(e.actor_id or 0)
        out.append(
            {
                "at": e.at,
                "action": e.action,
                "actor_role": actor[1] if actor else None,
                "record_type": e.entity_type,
                "record_id": int(e.entity_id) if e.entity_id and e.entity_id.isdigit() else None,
            }
        )
    return out


# -- the two formats -------------------------------------------------------------------------


def to_json_bytes(doc: dict[str, Any]) -> bytes:
    """The export document as UTF-8 JSON with sorted keys (stable for the same data)."""
    return (json.dumps(doc, ensure_ascii=False, sort_keys=True, indent=2) + "\n").encode("utf-8")


def _record_count(doc: dict[str, Any]) -> int:
    return sum(int(n) for n in doc["counts"].values())


def _export(
    session: UserSession, client_id: int, path: Path, fmt: str, render: Callable[[Any], bytes]
) -> ExportSummary:
    session.require(Permission.MANAGE_PERSONAL_DATA)
    now = datetime.datetime.now().astimezone().replace(microsecond=0)
    with session.store.transaction() as s:
        doc = collect(s, client_id, now, session.actor)
        data = render(doc)
        summary = ExportSummary(path, _record_count(doc), len(doc["withheld"]))
        session.audit(
            s,
            "client.exported",
            "client",
            client_id,
            {"format": fmt, "records": summary.records, "withheld": summary.withheld},
        )
        # Written before the transaction commits: no entry claims an export that failed.
        with known_file_errors(target_errors=True):
            write_atomic(path, data)
    return summary


def export_json(session: UserSession, client_id: int, path: Path) -> ExportSummary:
    """Write everything held about ``client_id`` to ``path`` as JSON (schema
    ``lk3-subject-export/1``); head only, audited as ``client.exported``."""
    return _export(session, client_id, path, "json", to_json_bytes)


def export_pdf(session: UserSession, client_id: int, path: Path) -> ExportSummary:
    """Write everything held about ``client_id`` to ``path`` as an A4 PDF in Indonesian for
    the person to read; head only, audited as ``client.exported``."""
    from lk3_desktop.documents.subject_export import render_subject_export

    return _export(session, client_id, path, "pdf", render_subject_export)
