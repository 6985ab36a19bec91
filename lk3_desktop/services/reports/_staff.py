"""Tables about the office's own people: the caseload per counselor and the staffing."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import case as sql_case
from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from lk3_desktop.core.roles import Role
from lk3_desktop.core.vocabulary import head_title
from lk3_desktop.db.models import CounselingSession, User
from lk3_desktop.documents.periodic_report import ReportRow, ReportTable
from lk3_desktop.services.reports._query import (
    closed_cases,
    holder_at_end,
    make_table,
    midnight,
    new_cases,
    open_at_end,
)
from lk3_desktop.services.reports.periods import ReportPeriod


def caseload(s: Session, period: ReportPeriod) -> ReportTable:
    # One pass over the cases that count anywhere in the table: who held each is worked out
    # once (a correlated lookup per case), then the three counts are sums of flags.
    conditions = (open_at_end(period), new_cases(period), closed_cases(period))
    counted = (
        select(
            holder_at_end(period).label("holder"),
            *(sql_case((c, 1), else_=0).label(f"c{i}") for i, c in enumerate(conditions)),
        )
        .where(or_(*conditions))
        .subquery()
    )
    per: dict[int | None, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for counselor, *sums in s.execute(
        select(
            counted.c.holder, *(func.sum(counted.c[f"c{i}"]) for i in range(len(conditions)))
        ).group_by(counted.c.holder)
    ):
        per[counselor][:3] = [int(n or 0) for n in sums]
    for author, n in s.execute(
        select(CounselingSession.author_id, func.count())
        .where(CounselingSession.session_date.between(period.start, period.end))
        .group_by(CounselingSession.author_id)
    ):
        per[author][3] += int(n)
    # Staff names are allowed here: the caseload is about the office's own workers.
    names: dict[int, str] = {uid: name for uid, name in s.execute(select(User.id, User.full_name))}
    ordered = sorted(
        (uid for uid in per if uid is not None), key=lambda uid: names.get(uid, "").lower()
    )
    rows = [ReportRow(names.get(uid, f"#{uid}"), tuple(per[uid])) for uid in ordered]
    if None in per:
        rows.append(ReportRow("Belum ditugaskan", tuple(per[None])))
    return make_table(
        "caseload",
        "Beban kasus per konselor",
        "Konselor",
        ("Kasus aktif akhir periode", "Kasus baru", "Kasus ditutup", "Sesi"),
        rows,
        note="Kasus dihitung pada konselor yang menanganinya pada akhir periode; sesi pada "
        "penulis catatan sesi.",
    )


def staffing(s: Session, period: ReportPeriod, title_code: str) -> ReportTable:
    active = (
        User.created_at < midnight(period.next_day),
        or_(User.deactivated_at.is_(None), User.deactivated_at >= midnight(period.start)),
    )
    counts = {
        role: int(n)
        for role, n in s.execute(select(User.role, func.count()).where(*active).group_by(User.role))
    }
    labels = (
        (Role.KEPALA, f"{head_title(title_code)} LK3"),
        (Role.KONSELOR, "Konselor"),
        (Role.STAF, "Staf administrasi"),
    )
    rows = [ReportRow(label, (counts.get(role.value, 0),)) for role, label in labels]
    return make_table(
        "staffing",
        "Pengelola dan petugas yang aktif dalam periode",
        "Jabatan",
        ("Orang",),
        rows,
        note="Akun pengguna LK3 Desktop yang dibuat paling lambat pada hari terakhir periode dan "
        "tidak dinonaktifkan sebelum hari pertamanya.",
    )
