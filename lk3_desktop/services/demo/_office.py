"""A whole demo office: accounts, then people, partners and referrals, assessments and sessions.

The center profile is flagged ``is_demo`` so the window shows "DATA DEMO". Bulk inserts run in
chunks inside a few transactions so 100,000 clients build in a few minutes.
"""

from __future__ import annotations

import datetime
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from lk3_desktop.core.errors import ValidationError
from lk3_desktop.core.roles import Role
from lk3_desktop.db.instance_lock import LOCK_FILENAME
from lk3_desktop.db.models import (
    Case,
    CaseAssignment,
    CaseStageChange,
    Client,
    Consent,
    Family,
    FamilyMember,
    NumberSequence,
    Partner,
    PartnerType,
    PmksCategory,
    ProblemArea,
    Referral,
    ReferralAttachment,
    ReferralConsent,
    ReferralStatusChange,
    case_problem_areas,
    client_pmks,
)
from lk3_desktop.db.pause_points import pause_point
from lk3_desktop.db.storage import storage_for
from lk3_desktop.db.store import FolderState, finish_setup, folder_state
from lk3_desktop.db.vault import Vault
from lk3_desktop.db.workstation import CredentialStore
from lk3_desktop.services import accounts, content_sealing
from lk3_desktop.services._search_index import INSERT_ROW
from lk3_desktop.services.context import UserSession
from lk3_desktop.services.demo import _activities as demo_activities
from lk3_desktop.services.demo import _assessments as demo_assessments
from lk3_desktop.services.demo import _attachments as demo_attachments
from lk3_desktop.services.demo import _history as demo_history
from lk3_desktop.services.demo import _referrals as demo_referrals
from lk3_desktop.services.demo import _sessions as demo_sessions
from lk3_desktop.services.demo._people import _Builder

Progress = Callable[[int, int], None]


DEMO_COUNSELORS = (
    ("rina", "Rina Marlina, S.Psi."),
    ("dedi", "Dedi Supriadi, S.Sos."),
    ("wulan", "Wulan Sari, M.Psi., Psikolog"),
    ("fajar", "Fajar Nugraha, S.Tr.Sos."),
    ("maya", "Maya Anggraini, S.Sos."),
)
DEMO_STAFF = (("tuti", "Tuti Alawiyah"), ("asep", "Asep Saepudin"))
CHUNK = 5000


@dataclass(frozen=True)
class DemoResult:
    clients: int
    families: int
    cases: int
    usernames: tuple[str, ...]
    recovery_code: str


def _chunks(rows: list[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    for i in range(0, len(rows), CHUNK):
        yield rows[i : i + CHUNK]


def generate(
    folder: Path,
    credential_store: CredentialStore,
    password: str,
    n_clients: int,
    seed: int = 1,
    progress: Progress | None = None,
    *,
    vault: Vault | None = None,
    sessions: int | None = None,
) -> DemoResult:
    """Create a demo database in ``folder``: head ``kepala``, counselors and staff sharing
    ``password``, and ``n_clients`` clients with families and cases.

    ``sessions``: the office holds that many session notes in all (years of signed history
    added to the everyday demo, for benchmarks); by default only the everyday demo's.

    The folder reads as an unfinished setup (of a demo) until the very end, so a build killed
    half-way is never taken for a demo database: ``check`` says so, and building the demo
    again in that folder starts over."""
    rng = random.Random(seed)
    report = progress or (lambda done, total: None)
    restarting = folder_state(folder) is FolderState.SETUP_UNFINISHED
    if (
        not restarting
        and folder.exists()
        and any(p.name != LOCK_FILENAME for p in folder.iterdir())
    ):
        raise ValidationError("demo.folder_not_empty", "data_dir")
    try:
        return _generate(
            folder, credential_store, password, n_clients, rng, report, vault, sessions, seed
        )
    except BaseException:
        # never leave a half-built demo database behind
        for path in folder.glob("lk3.*"):
            if path.name != LOCK_FILENAME:
                path.unlink(missing_ok=True)
        raise


def _generate(
    folder: Path,
    credential_store: CredentialStore,
    password: str,
    n_clients: int,
    rng: random.Random,
    report: Progress,
    vault: Vault | None,
    sessions: int | None = None,
    seed: int = 1,
) -> DemoResult:
    # History notes count for a tenth of a client each in the progress shown.
    extra = max(0, (sessions or 0) // 10)
    total = n_clients + extra

    def office_step(done: int, _of: int) -> None:
        report(done, total)

    def history_step(done: int, wanted: int) -> None:
        report(min(n_clients + done * extra // max(wanted, 1), total - 1), total)

    init = accounts.initialize(
        folder,
        credential_store,
        accounts.CenterInput(
            name="LK3 Demo Provinsi Banten",
            center_code="DMO",
            address="Jl. Demo No. 1, Kota Serang",
            province_code="36",
            regency_code="36.73",
            phone="0254-000000",
            head_name="Kepala Demo, S.Sos., M.Si.",
        ),
        accounts.NewAccount("kepala", "Kepala Demo, S.Sos., M.Si.", password),
        vault=vault,
        demo=True,
        finish=False,
    )
    head = init.session
    try:
        counselor_ids = [
            accounts.create_user(head, u, n, Role.KONSELOR, password=password)[0].id
            for u, n in DEMO_COUNSELORS
        ]
        for u, n in DEMO_STAFF:
            accounts.create_user(head, u, n, Role.STAF, password=password)
        counselor_ids.append(head.actor.user_id)
        _staff_since_the_first_case(head)
        counts = _fill(head, rng, n_clients, counselor_ids, office_step if extra else report)
        _sync_ids(head)  # the bulk inserts named their ids
        demo_attachments.add(head)
        if sessions:
            demo_history.add(head, seed * 7_919 + 104_729, sessions, history_step)
            _sync_ids(head)
            report(total, total)
        if head.keys is not None:
            # The rows went in as bulk inserts: their clinical text is sealed per case now.
            content_sealing.seal_existing_content(head.store, head.keys)
    finally:
        head.store.close()
    finish_setup(folder)  # only now is the demo complete
    usernames = ("kepala", *(u for u, _ in DEMO_COUNSELORS), *(u for u, _ in DEMO_STAFF))
    return DemoResult(n_clients, counts[0], counts[1], usernames, init.recovery_code)


def _sync_ids(head: UserSession) -> None:
    with head.store.transaction() as s:
        storage_for(s).sync_id_sequences(s)


def _staff_since_the_first_case(head: UserSession) -> None:
    """The demo's people have worked at the office as long as its records go back (three
    years), so the staffing table of a past period counts them."""
    since = datetime.datetime.now().replace(microsecond=0) - datetime.timedelta(days=3 * 366)
    with head.store.transaction() as s:
        s.execute(text("UPDATE users SET created_at = :since"), {"since": since})


# Core inserts (one executemany per chunk): the ORM's bulk path splits rows by which
# columns are None and becomes tens of thousands of statements.
_PLAN: list[tuple[Any, str]] = [
    (Family.__table__, "families"),
    (Client.__table__, "clients"),
    (Case.__table__, "cases"),
    (CaseStageChange.__table__, "stages"),
    (CaseAssignment.__table__, "assignments"),
    (FamilyMember.__table__, "members"),
    (Consent.__table__, "consents"),
    (case_problem_areas, "areas"),
    (client_pmks, "pmks"),
    (Partner.__table__, "partners"),
    (Referral.__table__, "referrals"),
    (ReferralStatusChange.__table__, "referral_changes"),
    (ReferralConsent.__table__, "referral_consents"),
    (ReferralAttachment.__table__, "referral_attachments"),
]


def _fill(
    head: UserSession,
    rng: random.Random,
    n_clients: int,
    counselor_ids: list[int],
    report: Progress,
) -> tuple[int, int]:
    with head.store.transaction() as s:
        pmks = [
            (int(i), str(code)) for i, code in s.execute(select(PmksCategory.id, PmksCategory.code))
        ]
        area_ids = list(s.execute(select(ProblemArea.id)).scalars())
        first = s.execute(text("SELECT coalesce(max(id), 0) + 1 FROM clients")).scalar_one()
        type_ids = {code: tid for code, tid in s.execute(select(PartnerType.code, PartnerType.id))}
    build = _Builder(rng, head.actor.user_id, counselor_ids, pmks, area_ids, first)

    def step(done: int) -> None:
        report(min(done, n_clients - 1), n_clients)  # 100% only once everything is committed

    last = first + n_clients
    while build.next_client < last:
        home = build.household()
        size = rng.choice((1, 2, 2, 3, 3, 4))
        for position in range(size):
            if build.next_client >= last:
                break
            build.member(home, position, size)
        if build.next_client % CHUNK < 4:
            step((build.next_client - first) // 2)
    rows = build.rows
    refs = demo_referrals.build(
        rng,
        rows["cases"],
        {c["id"]: c for c in rows["clients"]},
        type_ids,
        head.actor.user_id,
        build.today,
        build.now,
    )
    rows.update(
        partners=refs.partners, referrals=refs.referrals, referral_changes=refs.changes,
        referral_consents=refs.consents, referral_attachments=refs.attachments,
    )  # fmt: skip
    with head.store.transaction() as s:
        written = _insert_rows(s, rows, step, n_clients)
        for year, value in build.sequences.items():
            s.add(NumberSequence(name=f"case:{year}", last_value=value))
        letter_sequences = demo_referrals.issue_letters(
            s, refs, head.actor.user_id, head.store.database_id
        )
        for year, value in letter_sequences.items():
            s.add(NumberSequence(name=f"letter:{year}", last_value=value))
        for chunk in _chunks(rows["search"]):
            s.execute(INSERT_ROW, chunk)
            written += len(chunk)
            step(n_clients // 2 + written // 4)
        demo_assessments.add(s, rng, rows["cases"], build.now)
        head.audit(
            s,
            "demo.generated",
            "database",
            head.store.database_id,
            {
                "clients": n_clients,
                "families": len(rows["families"]),
                "cases": len(rows["cases"]),
                "referrals": len(refs.referrals),
            },
        )
    pause_point("demo.filling")
    demo_sessions.fill(head, rng)
    # Drawn last, from its own generator: the rest of the demo stays as each seed made it.
    with head.store.transaction() as s:
        demo_activities.add(s, rng.getrandbits(32), build.today, build.now, head.actor.user_id)
    report(n_clients, n_clients)
    return len(rows["families"]), len(rows["cases"])


def _insert_rows(
    s: Session, rows: dict[str, list[dict[str, Any]]], step: Callable[[int], None], n_clients: int
) -> int:
    """Every row of the plan, a chunk per executemany; returns the clients written."""
    written = 0
    # Deferred foreign keys would make SQLite search every child table on each parent
    # insert (a full scan where the child column has no index): insert clients without
    # their newest case first and point them at it once the cases exist.
    for table, name in _PLAN:
        for chunk in _chunks(rows[name]):
            if name == "clients":
                chunk = [dict(row, latest_case_id=None) for row in chunk]
            s.execute(table.insert(), chunk)
            if name == "clients":
                written += len(chunk)
                step(n_clients // 2 + written // 4)
    latest = [
        {"cid": row["id"], "case": row["latest_case_id"]}
        for row in rows["clients"]
        if row["latest_case_id"] is not None
    ]
    for chunk in _chunks(latest):
        s.execute(text("UPDATE clients SET latest_case_id = :case WHERE id = :cid"), chunk)
    return written
