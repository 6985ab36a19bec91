"""The client record summary PDF of a case (for supervision or a lawful request).

The head and the counselor assigned to the case may make it; only the head may include the
text of session notes. Every summary made is an audited export.
"""

from __future__ import annotations

import datetime

from sqlalchemy import select

from lk3_desktop.core.case_stages import STAGE_LABELS_ID, Stage
from lk3_desktop.core.dates_id import format_date_id
from lk3_desktop.core.errors import PermissionDenied, ValidationError
from lk3_desktop.core.identity import age_on, check_phone
from lk3_desktop.core.roles import Role
from lk3_desktop.core.vocabulary import (
    CONSENT_GIVERS,
    FAMILY_RELATIONSHIPS,
    REFERRAL_SOURCES,
    SEXES,
    URGENCIES,
)
from lk3_desktop.db.models import (
    Case,
    CaseStageChange,
    CenterProfile,
    Client,
    Consent,
    Family,
    FamilyMember,
    PmksCategory,
    ProblemArea,
    User,
    case_problem_areas,
    client_pmks,
)
from lk3_desktop.documents.client_summary import ClientSummaryData, render_client_summary
from lk3_desktop.services.cases import may_see_clinical
from lk3_desktop.services.context import UserSession
from lk3_desktop.services.referrals import client_address, referral_history_of_case


def _identity(client: Client, today: datetime.date) -> tuple[tuple[str, str], ...]:
    rows: list[tuple[str, str]] = [("Nama lengkap", client.full_name)]
    if client.nickname:
        rows.append(("Nama panggilan", client.nickname))
    rows.append(("Jenis kelamin", SEXES.get(client.sex, client.sex)))
    if client.birth_date:
        born = format_date_id(client.birth_date)
        place = f"{client.birth_place}, " if client.birth_place else ""
        rows.append(
            ("Tempat, tanggal lahir", f"{place}{born} ({age_on(client.birth_date, today)} tahun)")
        )
    elif client.estimated_age is not None:
        rows.append(("Umur (perkiraan)", f"± {client.estimated_age} tahun"))
    for label, value in (
        ("NIK", client.nik or ""),
        ("Nomor KK", client.kk_number or ""),
        ("Agama", client.religion),
        ("Pendidikan", client.education),
        ("Pekerjaan", client.occupation),
        ("Status perkawinan", client.marital_status),
        ("Disabilitas", client.disability),
        ("Telepon", check_phone(client.phone).national or client.phone if client.phone else ""),
        ("Alamat", client_address(client)),
        ("Bahasa", client.language),
    ):
        if value:
            rows.append((label, value))
    if client.guardian_name:
        relation = f" ({client.guardian_relationship})" if client.guardian_relationship else ""
        rows.append(("Orang tua / wali", client.guardian_name + relation))
    return tuple(rows)


def case_summary_pdf(
    session: UserSession, case_id: int, include_session_notes: bool = False
) -> bytes:
    """The summary PDF of ``case_id``; audited as ``case.summary_exported``."""
    today = datetime.date.today()
    with session.store.transaction() as s:
        case = s.get(Case, case_id)
        if case is None:
            raise ValidationError("Kasus tidak ditemukan.")
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
        identity = _identity(client, today)
        if consent is not None:
            giver = CONSENT_GIVERS.get(consent.given_by, consent.given_by)
            identity += (
                (
                    "Persetujuan layanan",
                    f"{format_date_id(consent.consent_date)} oleh {consent.given_by_name} "
                    f"({giver.lower()}): {consent.scope}",
                ),
            )
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
            if case.closing_reason:
                case_rows.append(("Alasan terminasi", case.closing_reason))
        family_id = (
            case.family_id
            or s.execute(
                select(FamilyMember.family_id).where(FamilyMember.client_id == client.id).limit(1)
            ).scalar_one_or_none()
        )
        family = s.get(Family, family_id) if family_id else None
        members: list[tuple[str, str, str, str]] = []
        if family is not None:
            for m in s.execute(
                select(FamilyMember)
                .where(FamilyMember.family_id == family.id)
                .order_by(FamilyMember.id)
            ).scalars():
                member_name = m.name
                if m.client_id and not member_name:
                    other = s.get(Client, m.client_id)
                    member_name = other.full_name if other else ""
                members.append(
                    (
                        member_name,
                        FAMILY_RELATIONSHIPS.get(m.relationship, m.relationship),
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
        data = ClientSummaryData(
            center_name=profile.name,
            generated_on=today,
            generated_by=session.actor.full_name,
            registration_number=case.registration_number,
            identity=identity,
            case=tuple(case_rows),
            family_name=family.name if family else "",
            family=tuple(members),
            pmks=pmks,
            stages=stages,
            assessments=(),  # assessments are recorded by a later part of the app
            referrals=tuple(referral_history_of_case(s, case.id)),
            session_notes=() if include_session_notes else None,
        )
        pdf = render_client_summary(data)
        session.audit(
            s,
            "case.summary_exported",
            "case",
            case.id,
            {"session_notes": include_session_notes},
        )
        return pdf
