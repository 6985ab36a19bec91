"""What the client page shows when it opens, read in one transaction.

The record, its cases, families and the choices the page offers (PPKS categories,
counselors, problem areas) used to be six calls, each a transaction of its own with its own
account check; the two audited views among them (the client, the cases whose clinical part
the person may read) each ended with a signed checkpoint and a commit to disk. Now it is one
of each (benchmarks: client_page).
"""

from __future__ import annotations

from dataclasses import dataclass

from lk3_desktop.core.roles import Permission
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


def open_client_record(session: UserSession, client_id: int) -> ClientRecord:
    """The client's record for its page: audited as :func:`clients.get_client` and
    :func:`cases.list_cases` audit it, in one transaction. The view's entries are committed
    before the record is returned; the wait for the disk comes after, while the page fills
    (:meth:`UserSession.write_through`)."""
    session.require(Permission.VIEW_REGISTRY)
    with session.store.transaction(wait_for_disk=False) as s:
        return ClientRecord(
            detail=view_client(s, session, client_id),
            cases=view_cases(s, session, client_id),
            families=client_families(s, client_id),
            pmks=pmks_categories(s, include_inactive=True),
            counselors=counselor_choices(s),
            problem_areas=problem_area_choices(s),
        )
