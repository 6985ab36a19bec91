"""What the referral services take and hand back: plain dataclasses at the boundary."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from lk3_desktop.core.referrals import LETTER_SUBJECT, ReferralStatus

NARRATIVE_FIELDS: dict[str, str] = {
    "family": "family_summary",
    "problem": "problem_summary",
    "assessment": "assessment_summary",
}


@dataclass(frozen=True)
class ReferralInput:
    """What the referral form holds. The consent record names who agreed and to what."""

    partner_id: int
    reason: str = ""
    services_requested: str = ""
    urgency: str = "biasa"
    letter_subject: str = LETTER_SUBJECT  # the letter's "Hal"
    consented_fields: tuple[str, ...] = ()
    consent_given_by: str = "klien"
    consent_given_by_name: str = ""
    consent_date: datetime.date | None = None  # None: today
    family_summary: str = ""
    problem_summary: str = ""
    assessment_summary: str = ""
    attachments: tuple[str, ...] = ()
    copies_to: tuple[str, ...] = ()
    follow_up_on: datetime.date | None = None


@dataclass(frozen=True)
class StatusChangeInfo:
    from_status: ReferralStatus | None
    to_status: ReferralStatus
    changed_on: datetime.date
    changed_at: datetime.datetime
    changed_by: str
    note: str


@dataclass(frozen=True)
class ConsentRecord:
    fields: tuple[str, ...]
    given_by: str
    given_by_name: str
    given_on: datetime.date
    recorded_by: str
    recorded_at: datetime.datetime


@dataclass(frozen=True)
class LetterInfo:
    id: int
    number: str
    letter_date: datetime.date
    signed_by: str
    signed_at: datetime.datetime
    sha256: str
    verification_code: str
    cancelled: bool
    cancel_reason: str


@dataclass(frozen=True)
class ReferralInfo:
    id: int
    case_id: int
    client_id: int
    client_name: str
    registration_number: str
    counselor_id: int | None
    partner_id: int
    partner_name: str
    partner_type: str
    status: ReferralStatus
    reason: str
    services_requested: str
    urgency: str
    letter_subject: str
    consent: ConsentRecord | None
    family_summary: str
    problem_summary: str
    assessment_summary: str
    attachments: tuple[str, ...]
    copies_to: tuple[str, ...]
    follow_up_on: datetime.date | None
    overdue: bool
    drafted_by: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    reply_on: datetime.date | None
    reply_text: str
    history: tuple[StatusChangeInfo, ...]
    letter: LetterInfo | None
    version: int = 1  # update_referral's expected_version

    @property
    def consented_fields(self) -> tuple[str, ...]:
        return self.consent.fields if self.consent else ()

    def as_input(self) -> ReferralInput:
        consent = self.consent
        return ReferralInput(
            partner_id=self.partner_id,
            reason=self.reason,
            services_requested=self.services_requested,
            urgency=self.urgency,
            letter_subject=self.letter_subject,
            consented_fields=self.consented_fields,
            consent_given_by=consent.given_by if consent else "klien",
            consent_given_by_name=consent.given_by_name if consent else "",
            consent_date=consent.given_on if consent else None,
            family_summary=self.family_summary,
            problem_summary=self.problem_summary,
            assessment_summary=self.assessment_summary,
            attachments=self.attachments,
            copies_to=self.copies_to,
            follow_up_on=self.follow_up_on,
        )


@dataclass(frozen=True)
class ReferralRow:
    """One line of a referral list (no clinical text)."""

    id: int
    case_id: int
    client_id: int
    client_name: str
    registration_number: str
    counselor_id: int | None
    counselor_name: str
    partner_name: str
    status: ReferralStatus
    urgency: str
    follow_up_on: datetime.date | None
    overdue: bool
    letter_number: str | None
    updated_at: datetime.datetime


@dataclass(frozen=True)
class VerifiedLetter:
    """An archived letter found by its verification code."""

    letter: LetterInfo
    referral_id: int
    status: ReferralStatus
    registration_number: str
    client_name: str
    partner_name: str
    pdf: bytes
    intact: bool  # the stored bytes still match the stored SHA-256
    erased: bool = False  # the file was deleted when the client was anonymised
