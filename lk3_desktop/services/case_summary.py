"""The client record summary PDF of a case (for supervision or a lawful request).

The head and the counselor assigned to the case may make it; only the head may include the
text of session notes. Every summary made is an audited export.

What a counselor marked "jangan diungkap" (UU PDP art. 33) stays out: identity field groups,
the family section, and whole sessions, assessments and referrals. One sentence near the top
names what this summary left out.
"""

from __future__ import annotations

import datetime
import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from lk3_desktop.core.case_stages import CLOSING_OUTCOMES, STAGE_LABELS_ID, Stage
from lk3_desktop.core.client_fields import CLIENT_FIELDS
from lk3_desktop.core.dates_id import format_date_id
from lk3_desktop.core.errors import PermissionDenied, ValidationError
from lk3_desktop.core.identity import age_on, check_phone
from lk3_desktop.core.psychosocial import ASSESSMENT_KINDS, RISK_LEVELS
from lk3_desktop.core.roles import Role
from lk3_desktop.core.session_notes import ALL_SECTIONS, SECTION_LABELS_ID
from lk3_desktop.core.vocabulary import (
    CONSENT_GIVERS,
    REFERRAL_SOURCES,
    SEXES,
    URGENCIES,
)
from lk3_desktop.core.withholding import WITHHOLDABLE_FIELDS, record_label
from lk3_desktop.db.models import (
    Case,
    CaseStageChange,
    CenterProfile,
    Client,
    ClientSafetyPlan,
    Consent,
    CounselingSession,
    Family,
    FamilyMember,
    InstrumentAdministration,
    PmksCategory,
    ProblemArea,
    PsychosocialAssessment,
    Referral,
    SessionAddendum,
    User,
    case_problem_areas,
    client_pmks,
)
from lk3_desktop.documents.client_summary import ClientSummaryData, render_client_summary
from lk3_desktop.services._withheld import Withheld, withheld_in
from lk3_desktop.services.cases import may_see_clinical
from lk3_desktop.services.context import UserSession
from lk3_desktop.services.families import members_as_shown
from lk3_desktop.services.referrals import client_address
from lk3_desktop.services.referrals._case_history import referral_history_of_case


def _identity(client: Client, today: datetime.date) -> list[tuple[str | None, str, str]]:
    """(withholdable field group or None, label, value) of every identity row with a value."""
    rows: list[tuple[str | None, str, str]] = [(None, "Nama lengkap", client.full_name)]
    if client.nickname:
        rows.append((None, "Nama panggilan", client.nickname))
    rows.append((None, "Jenis kelamin", SEXES.get(client.sex, client.sex)))
    if client.birth_date:
        born = format_date_id(client.birth_date)
        place = f"{client.birth_place}, " if client.birth_place else ""
        age = age_on(client.birth_date, today)
        rows.append(("birth", "Tempat, tanggal lahir", f"{place}{born} ({age} tahun)"))
    elif client.estimated_age is not None:
        rows.append(("birth", "Umur (perkiraan)", f"± {client.estimated_age} tahun"))
    phone = check_phone(client.phone).national or client.phone if client.phone else ""
    made: dict[str, tuple[str | None, str, str]] = {
        "phone": ("phone", "Telepon", phone),
        "street": ("address", "Alamat", client_address(client)),
    }
    for field in CLIENT_FIELDS:  # the simple rows in the registry's order, the made ones too
        row = made.get(field.column)
        if row is None and field.summary_row:
            row = (field.withholding, field.label, str(getattr(client, field.column) or ""))
        if row is not None and row[2]:
            rows.append(row)
    if client.guardian_name:
        relation = f" ({client.guardian_relationship})" if client.guardian_relationship else ""
        rows.append(("guardian", "Orang tua / wali", client.guardian_name + relation))
    return rows


class _Omissions:
    """The labels of what this summary left out, in the order the document would show them."""

    def __init__(self, withheld: Withheld) -> None:
        self.withheld = withheld
        self.labels: list[str] = []

    def field(self, group: str | None) -> bool:
        """True (and noted) when the field group is withheld."""
        if group is None or not self.withheld.field_withheld(group):
            return False
        label = WITHHOLDABLE_FIELDS[group]
        if label not in self.labels:
            self.labels.append(label)
        return True

    def record(self, kind: str, record_id: int, day: datetime.date, detail: str = "") -> bool:
        """True (and noted) when the record is withheld; labelled as the mark list labels it."""
        if not self.withheld.record_withheld(kind, record_id):
            return False
        self.labels.append(record_label(kind, day, detail))
        return True


def _note_text(
    row: CounselingSession, addenda: list[SessionAddendum], names: dict[int, str]
) -> str:
    """A session note as plain text: its sections, interventions, agreements, plan, addenda."""
    sections = {str(k): str(v).strip() for k, v in json.loads(row.note_sections or "{}").items()}
    parts = [
        f"{SECTION_LABELS_ID[name]}: {sections[name]}"
        for name in ALL_SECTIONS
        if sections.get(name)
    ]
    for label, text in (
        ("Intervensi", row.interventions),
        ("Tugas rumah / kesepakatan", row.homework),
        ("Rencana", row.plan),
    ):
        if text.strip():
            parts.append(f"{label}: {text.strip()}")
    for a in addenda:
        when = format_date_id(a.written_at.date())
        parts.append(f"Adendum {when} ({names.get(a.author_id, '')}): {a.text.strip()}")
    return "\n".join(parts)


def _session_notes(
    s: Session, case_id: int, names: dict[int, str], left: _Omissions
) -> tuple[tuple[str, str, str], ...]:
    rows = list(
        s.execute(
            select(CounselingSession)
            .where(CounselingSession.case_id == case_id)
            .order_by(CounselingSession.session_date, CounselingSession.id)
        ).scalars()
    )
    addenda: dict[int, list[SessionAddendum]] = {}
    for a in s.execute(
        select(SessionAddendum)
        .where(SessionAddendum.session_id.in_([r.id for r in rows]))
        .order_by(SessionAddendum.written_at, SessionAddendum.id)
    ).scalars():
        addenda.setdefault(a.session_id, []).append(a)
    notes = []
    for row in rows:
        if left.record("session", row.id, row.session_date):
            continue
        author = names.get(row.author_id, "")
        if row.signed_at is None:
            author += " (draf)"
        text = _note_text(row, addenda.get(row.id, []), names)
        notes.append((format_date_id(row.session_date), author, text))
    return tuple(notes)


def _assessments(
    s: Session, case_id: int, left: _Omissions
) -> tuple[tuple[str, str, str, str], ...]:
    """Screening results, psychosocial assessments and client safety plans of the case,
    oldest first."""
    dated: list[tuple[datetime.date, int, tuple[str, str, str, str]]] = []
    for a in s.execute(
        select(InstrumentAdministration).where(InstrumentAdministration.case_id == case_id)
    ).scalars():
        if left.record("administration", a.id, a.administered_on, a.instrument_code):
            continue
        name = a.instrument_code + ("" if a.status == "signed" else " (draf)")
        score = "-" if a.total is None else str(a.total)
        row = (format_date_id(a.administered_on), name, score, a.severity_label or "-")
        dated.append((a.administered_on, 0, row))
    kinds, risks = dict(ASSESSMENT_KINDS), dict(RISK_LEVELS)
    for p in s.execute(
        select(PsychosocialAssessment).where(PsychosocialAssessment.case_id == case_id)
    ).scalars():
        if left.record("psychosocial", p.id, p.assessed_on):
            continue
        name = f"Asesmen psikososial ({kinds.get(p.kind, p.kind).lower()})"
        name += "" if p.status == "signed" else " (draf)"
        risk = f"Tingkat risiko {risks[p.risk_level].lower()}" if p.risk_level in risks else "-"
        dated.append((p.assessed_on, 1, (format_date_id(p.assessed_on), name, "-", risk)))
    # A plan is listed by its date; its steps are the client's own copy, not the summary's.
    for made_on, status in s.execute(
        select(ClientSafetyPlan.made_on, ClientSafetyPlan.status).where(
            ClientSafetyPlan.case_id == case_id
        )
    ):
        name = "Rencana keselamatan klien" + ("" if status == "signed" else " (draf)")
        dated.append((made_on, 2, (format_date_id(made_on), name, "-", "-")))
    return tuple(row for _, _, row in sorted(dated, key=lambda d: (d[0], d[1])))


def case_summary_pdf(
    session: UserSession, case_id: int, include_session_notes: bool = False
) -> bytes:
    """The summary PDF of ``case_id``; audited as ``case.summary_exported``."""
    today = datetime.date.today()
    with session.store.transaction() as s:
        case = s.get(Case, case_id)
        if case is None:
            raise ValidationError("case.not_found")
        if session.actor.role is Role.STAF or not may_see_clinical(session, case.counselor_id):
            raise PermissionDenied("case_worker")
        if include_session_notes and session.actor.role is not Role.KEPALA:
            raise PermissionDenied("session_notes")
        client = s.get(Client, case.client_id)
        profile = s.get(CenterProfile, 1)
        assert client is not None and profile is not None
        names = {uid: name for uid, name in s.execute(select(User.id, User.full_name))}
        consent = s.execute(
            select(Consent)
            .where(Consent.client_id == client.id, Consent.withdrawn_on.is_(None))
            .order_by(Consent.consent_date.desc())
            .limit(1)
        ).scalar_one_or_none()
        left = _Omissions(withheld_in(s, client.id))
        identity = [
            (label, value)
            for group, label, value in _identity(client, today)
            if not left.field(group)
        ]
        if consent is not None:
            giver = CONSENT_GIVERS.get(consent.given_by, consent.given_by)
            when = format_date_id(consent.consent_date)
            # A parent or guardian who consented is the guardian: a withheld guardian keeps
            # the name out of this row as well.
            if consent.given_by != "klien" and left.field("guardian"):
                who = giver.lower()
            else:
                who = f"{consent.given_by_name} ({giver.lower()})"
            identity.append(("Persetujuan layanan", f"{when} oleh {who}: {consent.scope}"))
        areas = list(
            s.execute(
                select(ProblemArea.name)
                .join(case_problem_areas, case_problem_areas.c.problem_area_id == ProblemArea.id)
                .where(case_problem_areas.c.case_id == case.id)
                .order_by(ProblemArea.name)
            ).scalars()
        )
        case_rows: list[tuple[str, str]] = [
            ("Nomor registrasi", case.registration_number),
            ("Tanggal penerimaan", format_date_id(case.intake_date)),
            ("Sumber rujukan", REFERRAL_SOURCES.get(case.referral_source, case.referral_source)),
            ("Urgensi", URGENCIES.get(case.urgency, case.urgency)),
            ("Tahap sekarang", STAGE_LABELS_ID[Stage(case.stage)]),
            ("Konselor", names.get(case.counselor_id or 0, "-")),
        ]
        if case.referral_source_detail:
            case_rows.insert(3, ("Dirujuk oleh", case.referral_source_detail))
        if areas:
            case_rows.append(("Area masalah", "; ".join(areas)))
        if case.presenting_problem:
            case_rows.append(("Keluhan utama", case.presenting_problem))
        if case.closed_on:
            case_rows.append(("Ditutup", format_date_id(case.closed_on)))
            if case.closing_code in CLOSING_OUTCOMES:
                case_rows.append(("Hasil terminasi", CLOSING_OUTCOMES[case.closing_code]))
            if case.closing_reason:
                case_rows.append(("Keterangan terminasi", case.closing_reason))
        family_id = (
            case.family_id
            or s.execute(
                select(FamilyMember.family_id).where(FamilyMember.client_id == client.id).limit(1)
            ).scalar_one_or_none()
        )
        family = s.get(Family, family_id) if family_id else None
        family_withheld = family is not None and left.field("family")
        if family_withheld:
            family = None
        members: list[tuple[str, str, str, str]] = []
        if family is not None:
            # as the Keluarga tab shows them: the client's own row with her sex and birth year
            for m in members_as_shown(s, family):
                member_name = m.name
                if m.client_id and not member_name:
                    other = s.get(Client, m.client_id)
                    member_name = other.full_name if other else ""
                members.append(
                    (
                        member_name,
                        m.relationship_label,
                        SEXES.get(m.sex or "", "-"),
                        str(m.birth_year or "-"),
                    )
                )
        pmks = tuple(
            f"{code} {name}"
            for code, name in s.execute(
                select(PmksCategory.code, PmksCategory.name)
                .join(client_pmks, client_pmks.c.category_id == PmksCategory.id)
                .where(client_pmks.c.client_id == client.id)
                .order_by(PmksCategory.code)
            )
        )
        stages = tuple(
            (
                format_date_id(h.changed_on),
                STAGE_LABELS_ID[Stage(h.to_stage)],
                names.get(h.changed_by or 0, ""),
                h.note,
            )
            for h in s.execute(
                select(CaseStageChange)
                .where(CaseStageChange.case_id == case.id)
                .order_by(CaseStageChange.id)
            ).scalars()
        )
        assessments = _assessments(s, case.id, left)
        history = referral_history_of_case(s, case.id, left.withheld)
        for ref_id, created in s.execute(
            select(Referral.id, Referral.created_at)
            .where(Referral.case_id == case.id)
            .order_by(Referral.id)
        ):
            left.record("referral", ref_id, created.date())
        notes = _session_notes(s, case.id, names, left) if include_session_notes else None
        data = ClientSummaryData(
            center_name=profile.name,
            generated_on=today,
            generated_by=session.actor.full_name,
            registration_number=case.registration_number,
            omission_note=left.withheld.statement(left.labels),
            identity=tuple(identity),
            case=tuple(case_rows),
            family_name=family.name if family else "",
            family=tuple(members),
            family_withheld=family_withheld,
            pmks=pmks,
            stages=stages,
            assessments=assessments,
            referrals=tuple(history),
            session_notes=notes,
        )
        pdf = render_client_summary(data)
        session.audit(
            s,
            "case.summary_exported",
            "case",
            case.id,
            {"session_notes": include_session_notes, "withheld": len(left.labels)},
        )
        return pdf
