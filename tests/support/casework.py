"""Test data for sessions, schedule and timelines: staff accounts, a family with a client
and a case assigned to a counselor, all through the services."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from lk3_desktop.core.roles import Role
from lk3_desktop.db.models import (
    InstrumentAdministration,
    Partner,
    PartnerType,
    PsychosocialAssessment,
    Referral,
)
from lk3_desktop.services import accounts, cases, clients, families
from lk3_desktop.services.context import UserSession
from support.factories import login

COUNSELOR_PASSWORD = "Catatan-Sesi-Aman-2026"


def add_user(
    head: UserSession,
    folder: Path,
    store: object,
    username: str,
    full_name: str,
    role: Role,
    password: str = COUNSELOR_PASSWORD,
) -> UserSession:
    """A new account with a known password, signed in."""
    accounts.create_user(head, username, full_name, role, password=password)
    return login(folder, store, username, password)


DEWI_BIRTH = datetime.date(1990, 3, 12)


@dataclass(frozen=True)
class Household:
    client_id: int
    case_id: int
    family_id: int
    client_member_id: int
    spouse_member_id: int
    child_member_id: int


def household(
    head: UserSession,
    counselor_id: int | None,
    full_name: str = "Dewi Lestari",
    intake_days_ago: int = 30,
    surname: str = "Hidayat",
) -> Household:
    """A client (a wife) in a family of three, with one case assigned to ``counselor_id``."""
    client_id = clients.create_client(
        head,
        clients.ClientInput(
            full_name=f"{full_name} {surname}", sex="P", birth_date=datetime.date(1988, 4, 2)
        ),
    )
    family = families.create_family(head, f"Keluarga {surname}")
    families.add_member(
        head, family.id, families.MemberInput(f"Budi {surname}", "kepala_keluarga", sex="L")
    )
    families.add_member(
        head, family.id, families.MemberInput("", "istri", client_id=client_id, sex="P")
    )
    info = families.add_member(
        head, family.id, families.MemberInput(f"Raka {surname}", "anak", sex="L")
    )
    by_relation = {m.relationship: m.id for m in info.members}
    case = cases.open_case(
        head,
        client_id,
        cases.CaseInput(
            intake_date=datetime.date.today() - datetime.timedelta(days=intake_days_ago),
            referral_source="datang_sendiri",
            presenting_problem="Konflik suami-istri",
            counselor_id=counselor_id,
            family_id=family.id,
        ),
    )
    return Household(
        client_id,
        case.id,
        family.id,
        by_relation["istri"],
        by_relation["kepala_keluarga"],
        by_relation["anak"],
    )


def _ago(days: int) -> datetime.date:
    return datetime.date.today() - datetime.timedelta(days=days)


def add_assessments_and_referral(head: UserSession, home: Household) -> None:
    """Rows of the assessment and referral modules, written as those modules store them."""
    now = datetime.datetime.now().replace(microsecond=0)
    with head.store.transaction() as s:
        s.add(
            InstrumentAdministration(
                case_id=home.case_id,
                client_id=home.client_id,
                instrument_code="PHQ-9",
                instrument_version="1",
                administered_on=_ago(24),
                answers="[1,1,1,1,1,1,1,1,0]",
                total=8,
                severity_label="Ringan",
                created_at=now,
                created_by=head.actor.user_id,
                updated_at=now,
            )
        )
        s.add(
            PsychosocialAssessment(
                case_id=home.case_id,
                client_id=home.client_id,
                kind="awal",
                assessed_on=_ago(23),
                risk_level="sedang",
                created_at=now,
                created_by=head.actor.user_id,
                updated_at=now,
            )
        )
        kind = s.execute(select(PartnerType.id).limit(1)).scalar_one()
        partner = Partner(
            name="Puskesmas Serang Kota",
            type_id=kind,
            created_at=now,
            updated_at=now,
        )
        s.add(partner)
        s.flush()
        s.add(
            Referral(
                case_id=home.case_id,
                partner_id=partner.id,
                status="draf",
                reason="Pemeriksaan kesehatan jiwa",
                drafted_by=head.actor.user_id,
                created_at=datetime.datetime.combine(_ago(10), datetime.time(14, 0)),
                updated_at=now,
            )
        )


def note_input(home: Household, text: str = "Ibu D. bercerita tentang pertengkaran.") -> Any:
    """A session note for ``home``'s case, as a counselor writes it (a ``NoteInput``)."""
    from lk3_desktop.services.sessions import NoteInput

    return NoteInput(
        case_id=home.case_id,
        session_date=datetime.date.today(),
        start_time=datetime.time(9, 0),
        end_time=datetime.time(10, 0),
        modality="tatap_muka",
        service_type="konseling_keluarga",
        attendee_member_ids=(home.client_member_id, home.spouse_member_id),
        other_attendees=(),
        note_format="dap",
        sections={"data": text, "assessment": "Cemas."},
        interventions="Psikoedukasi komunikasi",
        homework="Bicara 10 menit tiap malam",
        plan="Sesi keluarga minggu depan",
    )


def case_note(
    case_id: int, text: str = "Ibu Hidayat bercerita tentang pertengkaran di rumah."
) -> Any:
    """A short session note on ``case_id`` with nobody of the family named as attending."""
    from lk3_desktop.services.sessions import NoteInput

    return NoteInput(
        case_id=case_id,
        session_date=datetime.date.today(),
        start_time=datetime.time(9, 0),
        end_time=datetime.time(10, 0),
        modality="tatap_muka",
        service_type="konseling_keluarga",
        attendee_member_ids=(),
        other_attendees=(),
        note_format="dap",
        sections={"data": text, "assessment": "Cemas."},
        interventions="",
        homework="",
        plan="",
    )
