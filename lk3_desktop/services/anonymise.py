"""Anonymisation after the retention period (UU No. 27/2022, Pelindungan Data Pribadi).

When every case of a client is closed and the retention period the head set has passed since
the newest closing date, the client's personal fields are replaced and the free text of their
records is erased, in one transaction. The rows themselves stay (dates, codes, scores, risk
levels, letter numbers), so the counts the office reports to Dinas Sosial do not change. The
client's subject key is deleted, which leaves the old values that corrections sealed into the
audit log unreadable while the hash chain still verifies.

Deleted and overwritten content must not linger in the file either: every connection runs with
``secure_delete`` (db/engine.py), the search index is optimised so the old name's entries leave
its segments, and the WAL is checkpointed and truncated after the commit.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, case, delete, func, or_, select, update
from sqlalchemy.orm import QueryableAttribute, Session

from lk3_desktop.core import client_fields
from lk3_desktop.core.case_stages import CLOSED_STAGES
from lk3_desktop.core.client_fields import Erase
from lk3_desktop.core.errors import Sentence, ValidationError
from lk3_desktop.core.personal_data import erase_values
from lk3_desktop.core.roles import Permission
from lk3_desktop.db.models import (
    AdministrationAddendum,
    Appointment,
    Attachment,
    AttachmentChunk,
    AuditEntry,
    Case,
    CaseAssignment,
    CaseGoal,
    CaseStageChange,
    Client,
    ClientSafetyPlan,
    ClientSafetyPlanAddendum,
    Consent,
    CounselingSession,
    Family,
    FamilyMember,
    GoalReview,
    InstrumentAdministration,
    NoteDraft,
    PsychosocialAddendum,
    PsychosocialAssessment,
    Referral,
    ReferralAttachment,
    ReferralConsent,
    ReferralEnclosure,
    ReferralLetter,
    ReferralStatusChange,
    RiskFlag,
    SafetyPlanItem,
    SessionAddendum,
    SessionAttendee,
    WithheldItem,
)
from lk3_desktop.db.storage import storage_for
from lk3_desktop.services import _subject_keys, case_keys
from lk3_desktop.services._search_index import reindex_client
from lk3_desktop.services._setting_rows import read_setting
from lk3_desktop.services.clients import client_age
from lk3_desktop.services.context import UserSession
from lk3_desktop.services.settings import DEFAULTS, RETENTION_YEARS, set_setting

RETENTION_MIN_YEARS = 1
RETENTION_MAX_YEARS = 50

# The keys of every counts dict, in the order a dialog lists them.
COUNT_CODES: tuple[str, ...] = (
    "cases",
    "sessions",
    "assessments",
    "administrations",
    "referrals",
    "letters",
    "consents",
    "appointments",
    "family_members",
    "goals",
    "corrections",
    "attachments",
)

_CLOSED = tuple(stage.value for stage in CLOSED_STAGES)


@dataclass(frozen=True)
class AnonymisationPreview:
    client_id: int
    eligible: bool
    reason: Sentence | None  # why not (None when eligible)
    retention_years: int
    eligible_from: datetime.date | None  # newest closing date + retention years
    counts: dict[str, int]  # what will be cleared, by COUNT_CODES code
    consequences: tuple[str, ...]  # Indonesian sentences for the confirmation dialog


@dataclass(frozen=True)
class AnonymisationResult:
    client_id: int
    counts: dict[str, int]


@dataclass(frozen=True)
class DueClient:
    client_id: int
    full_name: str
    last_closed_on: datetime.date
    eligible_from: datetime.date


def _now() -> datetime.datetime:
    return datetime.datetime.now().replace(microsecond=0)


def add_years(day: datetime.date, years: int) -> datetime.date:
    """``day`` moved by whole years; 29 February becomes 28 February in a common year."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


# -- retention period ---------------------------------------------------------------------------


def _retention_years(s: Session) -> int:
    value = read_setting(s, RETENTION_YEARS)
    if (
        isinstance(value, int)
        and not isinstance(value, bool)
        and RETENTION_MIN_YEARS <= value <= RETENTION_MAX_YEARS
    ):
        return value
    return int(DEFAULTS[RETENTION_YEARS])


def retention_years(session: UserSession) -> int:
    """Years after a client's newest case closed before the record may be anonymised."""
    with session.store.transaction() as s:
        return _retention_years(s)


def set_retention_years(session: UserSession, years: int) -> None:
    """Set the retention period (head only, 1 to 50 years), audited as a setting change."""
    set_setting(session, RETENTION_YEARS, years)


# -- what anonymising one client touches ----------------------------------------------------------


@dataclass(frozen=True)
class _Verdict:
    eligible: bool
    reason: Sentence | None
    last_closed_on: datetime.date | None
    eligible_from: datetime.date | None


@dataclass(frozen=True)
class _Scope:
    """The rows of one client: the record, the records merged into it, cases, families."""

    client: Client
    client_ids: tuple[int, ...]
    cases: tuple[Case, ...]  # newest intake first
    own_member_ids: tuple[int, ...]  # the client's own rows in family member lists
    cleared_family_ids: tuple[int, ...]  # families with no other client left to serve
    other_member_ids: tuple[int, ...]  # non-client members of those families

    @property
    def case_ids(self) -> list[int]:
        return [c.id for c in self.cases]


def _merged_into(s: Session, client_id: int) -> list[int]:
    """Records merged into ``client_id``, also through earlier merges: the same person, whose
    old record still holds the name and numbers it had when it was merged."""
    found: list[int] = []
    frontier = [client_id]
    while frontier:
        rows = list(
            s.execute(select(Client.id).where(Client.merged_into_id.in_(frontier))).scalars()
        )
        frontier = [r for r in rows if r not in found and r != client_id]
        found.extend(frontier)
    return found


def _scope(s: Session, client: Client) -> _Scope:
    ids = (client.id, *_merged_into(s, client.id))
    cases = tuple(
        s.execute(
            select(Case)
            .where(Case.client_id.in_(ids))
            .order_by(Case.intake_date.desc(), Case.id.desc())
        ).scalars()
    )
    own = s.execute(
        select(FamilyMember.id, FamilyMember.family_id).where(FamilyMember.client_id.in_(ids))
    ).all()
    family_ids = {family_id for _, family_id in own}
    family_ids.update(c.family_id for c in cases if c.family_id is not None)
    cleared: list[int] = []
    for family_id in sorted(family_ids):
        # Another client still served in this family keeps its names: they are part of
        # that client's record too.
        member_client = s.execute(
            select(FamilyMember.id)
            .join(Client, Client.id == FamilyMember.client_id)
            .where(
                FamilyMember.family_id == family_id,
                Client.id.not_in(ids),
                Client.anonymised_at.is_(None),
                Client.merged_into_id.is_(None),
            )
            .limit(1)
        ).first()
        case_client = s.execute(
            select(Case.id)
            .join(Client, Client.id == Case.client_id)
            .where(
                Case.family_id == family_id,
                Client.id.not_in(ids),
                Client.anonymised_at.is_(None),
            )
            .limit(1)
        ).first()
        if member_client is None and case_client is None:
            cleared.append(family_id)
    others: list[int] = []
    if cleared:
        others = list(
            s.execute(
                select(FamilyMember.id).where(
                    FamilyMember.family_id.in_(cleared), FamilyMember.client_id.is_(None)
                )
            ).scalars()
        )
    return _Scope(
        client=client,
        client_ids=ids,
        cases=cases,
        own_member_ids=tuple(member_id for member_id, _ in own),
        cleared_family_ids=tuple(cleared),
        other_member_ids=tuple(others),
    )


def _is_closed(c: Case) -> bool:
    return c.closed_on is not None and c.stage in _CLOSED


def _verdict(scope: _Scope, years: int, today: datetime.date) -> _Verdict:
    client = scope.client
    if client.merged_into_id is not None:
        return _Verdict(False, Sentence("anonymise.merged"), None, None)
    if client.anonymised_at is not None:
        return _Verdict(False, Sentence("anonymise.already"), None, None)
    if not scope.cases:
        return _Verdict(False, Sentence("anonymise.no_cases"), None, None)
    still_open = [c for c in scope.cases if not _is_closed(c)]
    if still_open:
        number = still_open[0].registration_number
        return _Verdict(False, Sentence("anonymise.case_open", {"case": number}), None, None)
    last = max(c.closed_on for c in scope.cases if c.closed_on is not None)
    eligible_from = add_years(last, years)
    if today < eligible_from:
        waiting = Sentence(
            "anonymise.retention", {"years": years, "closed": last, "ends": eligible_from}
        )
        return _Verdict(False, waiting, last, eligible_from)
    return _Verdict(True, None, last, eligible_from)


def _count(s: Session, model: Any, *conditions: ColumnElement[bool]) -> int:
    return int(s.execute(select(func.count()).select_from(model).where(*conditions)).scalar_one())


def _in(column: QueryableAttribute[Any], values: Sequence[Any]) -> ColumnElement[bool]:
    return column.in_(list(values))


def _counts(s: Session, scope: _Scope) -> dict[str, int]:
    ids, case_ids = scope.client_ids, scope.case_ids
    corrections = _count(
        s,
        AuditEntry,
        AuditEntry.action == "client.updated",
        AuditEntry.entity_type == "client",
        _in(AuditEntry.entity_id, [str(i) for i in ids]),
        AuditEntry.detail.like('%"old":%'),
    )
    referral_ids = select(Referral.id).where(_in(Referral.case_id, case_ids))
    return {
        "cases": len(case_ids),
        "sessions": _count(s, CounselingSession, _in(CounselingSession.case_id, case_ids)),
        "assessments": _count(
            s,
            PsychosocialAssessment,
            or_(
                _in(PsychosocialAssessment.case_id, case_ids),
                _in(PsychosocialAssessment.client_id, ids),
            ),
        ),
        "administrations": _count(
            s,
            InstrumentAdministration,
            or_(
                _in(InstrumentAdministration.case_id, case_ids),
                _in(InstrumentAdministration.client_id, ids),
            ),
        ),
        "referrals": _count(s, Referral, _in(Referral.case_id, case_ids)),
        "letters": _count(s, ReferralLetter, ReferralLetter.referral_id.in_(referral_ids)),
        "consents": _count(s, Consent, _in(Consent.client_id, ids)),
        "appointments": _count(
            s,
            Appointment,
            or_(_in(Appointment.client_id, ids), _in(Appointment.case_id, case_ids)),
        ),
        "family_members": len(scope.own_member_ids) + len(scope.other_member_ids),
        "goals": _count(s, CaseGoal, _in(CaseGoal.case_id, case_ids)),
        "corrections": corrections,
        "attachments": _count(s, Attachment, _in(Attachment.client_id, ids)),
    }


def _series(parts: list[str]) -> str:
    """Indonesian enumeration: "a", "a dan b", "a, b, dan c"."""
    if len(parts) <= 2:
        return " dan ".join(parts)
    return ", ".join(parts[:-1]) + ", dan " + parts[-1]


def _counted(counts: dict[str, int], nouns: tuple[tuple[str, str], ...]) -> list[str]:
    return [f"{counts[code]} {noun}" for code, noun in nouns if counts[code]]


def consequences(counts: dict[str, int], client_id: int) -> tuple[str, ...]:
    """The Indonesian sentences a confirmation dialog shows before anonymising; kinds of
    record the client does not have are not mentioned."""
    lines = [
        "Nama, NIK, nomor KK, nomor telepon, alamat, tempat dan tanggal lahir, foto, serta data "
        f"orang tua/wali klien dihapus; nama diganti menjadi “Anonim {client_id}”.",
    ]
    texts = _counted(
        counts,
        (
            ("sessions", "catatan sesi"),
            ("assessments", "asesmen psikososial"),
            ("administrations", "catatan instrumen skrining"),
            ("referrals", "rujukan"),
        ),
    )
    if texts:
        lines.append(
            f"Isi {_series(texts)} dihapus; tanggal, skor, dan tingkat risiko tetap tersimpan."
        )
    if counts["letters"]:
        lines.append(
            f"{counts['letters']} surat rujukan yang tersimpan dihapus; nomornya tetap "
            "terdaftar dan tidak akan dipakai lagi."
        )
    if counts["family_members"]:
        lines.append(
            f"Nama dan catatan {counts['family_members']} anggota keluarga dihapus; hubungan, "
            "jenis kelamin, dan tahun lahir tetap tersimpan."
        )
    others = _counted(
        counts,
        (
            ("appointments", "catatan janji temu"),
            ("goals", "uraian tujuan rencana intervensi"),
            ("consents", "nama pemberi persetujuan"),
        ),
    )
    if others:
        lines.append(f"{_series(others)} dihapus.")
    if counts["attachments"]:
        lines.append(
            f"{counts['attachments']} berkas terlampir (pindaian, foto, PDF) dihapus seluruhnya."
        )
    if counts["corrections"]:
        lines.append(
            f"Nilai lama dari {counts['corrections']} koreksi data yang disimpan di jejak audit "
            "tidak dapat dibaca lagi."
        )
    lines += [
        "Statistik tetap ada: jumlah kasus dan sesi, jenis kelamin, umur, kabupaten/kota, "
        "pendidikan, dan kategori PPKS.",
        "Anonimisasi tidak dapat dibatalkan.",
        "Cadangan yang dibuat sebelumnya masih memuat data lama sampai cadangan itu dihapus.",
    ]
    return tuple(lines)


def _load(s: Session, client_id: int) -> Client:
    client = s.get(Client, client_id)
    if client is None:
        raise ValidationError("client.not_found")
    return client


def preview(
    session: UserSession, client_id: int, today: datetime.date | None = None
) -> AnonymisationPreview:
    """Whether the client may be anonymised now, why not, and what would be cleared."""
    session.require(Permission.MANAGE_PERSONAL_DATA)
    today = today or datetime.date.today()
    with session.store.transaction() as s:
        years = _retention_years(s)
        scope = _scope(s, _load(s, client_id))
        verdict = _verdict(scope, years, today)
        counts = _counts(s, scope)
        return AnonymisationPreview(
            client_id=client_id,
            eligible=verdict.eligible,
            reason=verdict.reason,
            retention_years=years,
            eligible_from=verdict.eligible_from,
            counts=counts,
            consequences=consequences(counts, client_id),
        )


# -- anonymising --------------------------------------------------------------------------------


def _age_now(client: Client, today: datetime.date) -> int | None:
    age = client_age(client, today)
    return None if age is None else max(0, age)


def _clear_client(client: Client, today: datetime.date, now: datetime.datetime) -> None:
    """Each personal column as core/client_fields.py says: blanked, emptied, replaced; what
    reports count stays. The age at ``today`` replaces the birth date (age statistics stay)."""
    age = _age_now(client, today)
    client.full_name = f"Anonim {client.id}"  # the one Erase.PSEUDONYM column
    for name in client_fields.erased(Erase.BLANK):
        setattr(client, name, "")
    for name in client_fields.erased(Erase.NULL):
        setattr(client, name, None)
    client.estimated_age = age  # Erase.AGE
    client.estimated_on = today if age is not None else None
    client.anonymised_at = client.updated_at = now  # Erase.STAMP


def _blank(s: Session, model: Any, condition: ColumnElement[bool], **replaced: Any) -> None:
    """Erase the personal columns of ``model``'s rows that match, as core/personal_data.py
    says (``replaced``: columns given a value of their own, e.g. a family's new name)."""
    s.execute(
        update(model).where(condition).values(**erase_values(model.__tablename__), **replaced),
        execution_options={"synchronize_session": False},
    )


def _erase(s: Session, scope: _Scope, today: datetime.date) -> None:
    ids, case_ids = scope.client_ids, scope.case_ids
    storage_for(s).prepare_erasure(s)  # what is deleted or overwritten is not kept
    now = _now()
    for client_id in ids:
        row = s.get(Client, client_id)
        if row is not None:
            _clear_client(row, today, now)
    s.flush()

    # Registry: consent givers, family lists.
    _blank(s, Consent, _in(Consent.client_id, ids))
    _blank(s, FamilyMember, _in(FamilyMember.id, scope.own_member_ids))
    _blank(s, FamilyMember, _in(FamilyMember.id, scope.other_member_ids))
    for family_id in scope.cleared_family_ids:
        _blank(s, Family, Family.id == family_id, name=f"Keluarga anonim {family_id}")
    _blank(s, WithheldItem, _in(WithheldItem.client_id, ids))

    # Cases and their plans.
    _blank(s, Case, _in(Case.id, case_ids))
    _blank(s, CaseStageChange, _in(CaseStageChange.case_id, case_ids))
    _blank(s, CaseAssignment, _in(CaseAssignment.case_id, case_ids))
    goal_ids = select(CaseGoal.id).where(_in(CaseGoal.case_id, case_ids))
    _blank(s, CaseGoal, _in(CaseGoal.case_id, case_ids))

    # Sessions: note text, attendees, addenda, unsaved drafts, appointment notes.
    session_ids = select(CounselingSession.id).where(_in(CounselingSession.case_id, case_ids))
    _blank(s, CounselingSession, _in(CounselingSession.case_id, case_ids))
    _blank(s, SessionAttendee, SessionAttendee.session_id.in_(session_ids))
    _blank(s, SessionAddendum, SessionAddendum.session_id.in_(session_ids))
    _blank(
        s, GoalReview, or_(GoalReview.goal_id.in_(goal_ids), GoalReview.session_id.in_(session_ids))
    )
    s.execute(
        delete(NoteDraft).where(
            or_(_in(NoteDraft.case_id, case_ids), NoteDraft.session_id.in_(session_ids))
        ),
        execution_options={"synchronize_session": False},
    )
    _blank(s, Appointment, or_(_in(Appointment.client_id, ids), _in(Appointment.case_id, case_ids)))

    # Assessments: narrative text and addenda go; kind, dates, scores and risk levels stay.
    psychosocial_ids = select(PsychosocialAssessment.id).where(
        or_(
            _in(PsychosocialAssessment.case_id, case_ids),
            _in(PsychosocialAssessment.client_id, ids),
        )
    )
    _blank(s, PsychosocialAssessment, PsychosocialAssessment.id.in_(psychosocial_ids))
    _blank(s, SafetyPlanItem, SafetyPlanItem.assessment_id.in_(psychosocial_ids))
    _blank(s, PsychosocialAddendum, PsychosocialAddendum.assessment_id.in_(psychosocial_ids))
    plan_ids = select(ClientSafetyPlan.id).where(
        or_(_in(ClientSafetyPlan.case_id, case_ids), _in(ClientSafetyPlan.client_id, ids))
    )
    _blank(s, ClientSafetyPlan, ClientSafetyPlan.id.in_(plan_ids))
    _blank(s, ClientSafetyPlanAddendum, ClientSafetyPlanAddendum.plan_id.in_(plan_ids))
    administration_ids = select(InstrumentAdministration.id).where(
        or_(
            _in(InstrumentAdministration.case_id, case_ids),
            _in(InstrumentAdministration.client_id, ids),
        )
    )
    _blank(s, InstrumentAdministration, InstrumentAdministration.id.in_(administration_ids))
    _blank(
        s, AdministrationAddendum, AdministrationAddendum.administration_id.in_(administration_ids)
    )
    _blank(s, RiskFlag, or_(_in(RiskFlag.client_id, ids), _in(RiskFlag.case_id, case_ids)))

    # Referrals: texts, consent givers, attachment lists; letters keep number, hash and code.
    referral_ids = select(Referral.id).where(_in(Referral.case_id, case_ids))
    _blank(s, Referral, _in(Referral.case_id, case_ids))
    _blank(s, ReferralStatusChange, ReferralStatusChange.referral_id.in_(referral_ids))
    _blank(s, ReferralAttachment, ReferralAttachment.referral_id.in_(referral_ids))
    _blank(s, ReferralConsent, ReferralConsent.referral_id.in_(referral_ids))
    _blank(s, ReferralLetter, ReferralLetter.referral_id.in_(referral_ids))

    # Attached documents go whole: their sealed pieces, their rows, their places in letters.
    attachment_ids = select(Attachment.id).where(_in(Attachment.client_id, ids))
    for model, column in (
        (ReferralEnclosure, ReferralEnclosure.attachment_id),
        (AttachmentChunk, AttachmentChunk.attachment_id),
    ):
        s.execute(
            delete(model).where(column.in_(attachment_ids)),
            execution_options={"synchronize_session": False},
        )
    s.execute(
        delete(Attachment).where(_in(Attachment.client_id, ids)),
        execution_options={"synchronize_session": False},
    )

    # The key that opens the old values sealed into the audit log by corrections (and the
    # attachments' pieces: a copy left in a free page or an old WAL frame cannot be opened).
    for client_id in ids:
        _subject_keys.shred(s, client_id)
    # The cases' keys too: a sealed note left in a free page or a WAL frame stays sealed.
    case_keys.forget_cases(s, case_ids)
    for client_id in ids:
        reindex_client(s, client_id)
    # The index runs with FTS5 secure-delete (migration 0006), so the old terms leave it
    # with the reindex above; no 'optimize' (seconds under the write lock at 100,000 clients).


def anonymise_client(
    session: UserSession, client_id: int, today: datetime.date | None = None
) -> AnonymisationResult:
    """Anonymise a client whose cases are all closed and whose retention period has passed
    (head only). Eligibility is checked again inside the transaction; ValidationError names
    the reason otherwise. The counts of what was cleared are audited, never the content."""
    session.require(Permission.MANAGE_PERSONAL_DATA)
    today = today or datetime.date.today()
    with session.store.transaction() as s:
        years = _retention_years(s)
        scope = _scope(s, _load(s, client_id))
        verdict = _verdict(scope, years, today)
        if verdict.reason is not None:
            raise ValidationError.because(verdict.reason)
        counts = _counts(s, scope)
        _erase(s, scope, today)
        detail: dict[str, Any] = {**counts, "retention_years": years}
        if len(scope.client_ids) > 1:
            detail["merged_records"] = sorted(scope.client_ids[1:])
        session.audit(s, "client.anonymised", "client", client_id, detail)
    _checkpoint(session)
    return AnonymisationResult(client_id, counts)


def _checkpoint(session: UserSession) -> None:
    """Old copies of the erased rows leave the storage's logs (SQLite: the WAL)."""
    session.store.storage.flush_erased(session.store.engine)


# -- who is due ---------------------------------------------------------------------------------


def due_clients(session: UserSession, today: datetime.date | None = None) -> list[DueClient]:
    """Clients that may be anonymised on ``today``: every case closed, the retention period
    over since the newest closing date, not merged and not anonymised yet. Longest due first."""
    session.require(Permission.MANAGE_PERSONAL_DATA)
    today = today or datetime.date.today()
    with session.store.transaction() as s:
        years = _retention_years(s)
        # SQL narrows by a cutoff a day generous (29 February); the exact rule follows below.
        cutoff = add_years(today, -years) + datetime.timedelta(days=1)
        open_cases = func.sum(case((Case.stage.in_(_CLOSED), 0), else_=1))
        last_closed = func.max(Case.closed_on)
        # Only clients with a case closed before the cutoff can be due (found by the
        # closed_on index); their cases are grouped, then joined to the clients. Beranda asks
        # after every change, so this must not read all 100,000 clients' cases.
        closed_early = select(Case.client_id).where(Case.closed_on <= cutoff)
        per_client = (
            select(Case.client_id, last_closed.label("last_closed"))
            .where(Case.client_id.in_(closed_early))
            .group_by(Case.client_id)
            .having(
                func.count(Case.id) == func.count(Case.closed_on),
                open_cases == 0,
                last_closed <= cutoff,
            )
            .subquery()
        )
        rows = s.execute(
            select(Client.id, Client.full_name, per_client.c.last_closed)
            .join(per_client, per_client.c.client_id == Client.id)
            .where(Client.merged_into_id.is_(None), Client.anonymised_at.is_(None))
        ).all()
    due = [
        DueClient(client_id, name, last, add_years(last, years))
        for client_id, name, last in rows
        if last is not None and add_years(last, years) <= today
    ]
    return sorted(due, key=lambda d: (d.last_closed_on, d.client_id))
