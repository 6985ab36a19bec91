"""What the client page shows when it opens, read in one transaction.

The record, its cases, families and the choices the page offers (PPKS categories,
counselors, problem areas) used to be six calls, each a transaction of its own with its own
account check; the two audited views among them (the client, the cases whose clinical part
the person may read) each ended with a signed checkpoint and a commit to disk. Now it is one
of each (benchmarks: client_page). The risk banner's open flags and the header's last high
risk, two more transactions on the lane after it, are read in it too.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from sqlalchemy.orm import Session

from lk3_desktop.core.errors import PermissionDenied
from lk3_desktop.core.roles import Permission, Role
from lk3_desktop.services.assessments.results import FlagInfo
from lk3_desktop.services.assessments.risk_flags import last_high_risk_in, risk_flags_in
from lk3_desktop.services.cases import (
    CaseInfo,
    CounselorChoice,
    ProblemAreaChoice,
    counselor_choices,
    problem_area_choices,
    view_cases,
)
from lk3_desktop.services.clients import Category, ClientDetail, pmks_categories, view_client
from lk3_desktop.services.context import UserSession
from lk3_desktop.services.families import FamilyInfo, client_families


@dataclass(frozen=True)
class ClientRecord:
    """Everything the client page shows on opening."""

    detail: ClientDetail
    cases: list[CaseInfo]
    families: list[FamilyInfo]
    pmks: list[Category]
    counselors: list[CounselorChoice]
    problem_areas: list[ProblemAreaChoice]
    # The risk banner's open flags and the header's last high risk (as
    # assessments.open_risk_flags and last_high_risk give them; none for staf).
    risk_flags: list[FlagInfo]
    last_high_risk: datetime.date | None


def open_client_record(session: UserSession, client_id: int) -> ClientRecord:
    """The client's record for its page, with its risk banner's and header's risk: audited
    as :func:`clients.get_client`, :func:`cases.list_cases` and
    :func:`assessments.open_risk_flags` audit it, in one transaction. The view's entries are
    committed before the record is returned; the wait for the disk comes after, while the
    page fills (:meth:`UserSession.write_through`)."""
    session.require(Permission.VIEW_REGISTRY)
    with session.store.transaction(wait_for_disk=False) as s:
        return ClientRecord(
            detail=view_client(s, session, client_id),
            cases=view_cases(s, session, client_id),
            families=client_families(s, client_id),
            pmks=pmks_categories(s, include_inactive=True),
            counselors=counselor_choices(s),
            problem_areas=problem_area_choices(s),
            risk_flags=_risk_flags(s, session, client_id),
            last_high_risk=last_high_risk_in(s, session, client_id),
        )


def _risk_flags(s: Session, session: UserSession, client_id: int) -> list[FlagInfo]:
    """The open flags the banner shows: none for staf, and none for a counselor who may see
    none of the client's cases (the banner stays hidden, as when it asked on its own)."""
    if session.actor.role is Role.STAF:
        return []
    try:
        return risk_flags_in(s, session, client_id)
    except PermissionDenied:
        return []
