"""Figures without a window, measured in the benchmark's own process through the services.

Unlock (Argon2id of a slot), the referral letter, the yearly report, the backup and the
database size; and, with ``--details``, Beranda's inbox list by list for each role.
"""

from __future__ import annotations

import datetime
import hashlib
import io
import shutil
import sqlite3
import tempfile
from pathlib import Path
from typing import Any

from benchmarks import raw
from benchmarks.office import COUNSELOR, HEAD, PASSWORD, STAFF, Office
from benchmarks.timing import Figure, alternate, clock


def login(office: Office, username: str = HEAD) -> Any:
    from lk3_desktop.db.workstation import NoCredentialStore
    from lk3_desktop.services import accounts

    return accounts.login(office.folder, NoCredentialStore(), username, PASSWORD)


def unlock(rounds: int) -> Figure:
    """Argon2id at the cost new slots get, beside a fixed reference workload (SHA-256 over
    64 MiB) that says how fast this machine is right now."""
    from lk3_desktop.db.vault import DEFAULT_KDF

    data = b"\0" * (64 * 1024 * 1024)
    apps, floors = alternate(
        clock(lambda: DEFAULT_KDF.derive("Contoh-Kata-Sandi-2026", b"0123456789abcdef"), 1.0),
        clock(lambda: hashlib.sha256(data).digest(), 1.0),
        rounds,
        warm_up=False,
    )
    return Figure("argon2id_unlock", "s", "0.3-1s", apps, floors, "floor: SHA-256 of 64 MiB")


def referral_letter(session: Any, rounds: int) -> Figure:
    """An issued letter composed again exactly as signing composes it (content, code, PDF),
    beside a bare ReportLab document holding the same text."""
    from sqlalchemy import select

    from lk3_desktop.db.models import CenterProfile, ReferralLetter, User
    from lk3_desktop.services.referrals._issuing import compose_letter
    from lk3_desktop.services.referrals.access import _load

    with session.store.transaction() as s:
        letter_id = s.execute(
            select(ReferralLetter.id).order_by(ReferralLetter.id.desc()).limit(1)
        ).scalar_one()

    def compose() -> bytes:
        with session.store.transaction() as s:
            letter = s.get(ReferralLetter, letter_id)
            assert letter is not None
            ref, case = _load(s, letter.referral_id)
            profile = s.get(CenterProfile, 1)
            signer = s.get(User, letter.signed_by)
            assert profile is not None and signer is not None
            issued = compose_letter(
                s,
                ref,
                case,
                profile,
                signer,
                database_id=session.store.database_id,
                number=letter.number,
                seq_value=letter.seq_value,
                on=letter.letter_date,
                signed_at=letter.signed_at,
            )
            s.expunge_all()
            return bytes(issued.pdf)

    lines = _pdf_lines(compose())
    apps, floors = alternate(clock(compose), clock(lambda: _bare_pdf(lines)), rounds)
    return Figure("referral_letter", "ms", "<=3", apps, floors)


def _pdf_lines(pdf: bytes) -> list[str]:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(pdf))
    return [line for page in reader.pages for line in page.extract_text().splitlines()]


def _bare_pdf(lines: list[str]) -> bytes:
    from xml.sax.saxutils import escape

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    out = io.BytesIO()
    style = getSampleStyleSheet()["Normal"]
    SimpleDocTemplate(out, pagesize=A4).build([Paragraph(escape(t), style) for t in lines])
    return out.getvalue()


def yearly_report(office: Office, session: Any, rounds: int) -> Figure:
    """Last year's report for Dinas Sosial as a PDF and as an XLSX workbook (each counted and
    written, as the two buttons make them), beside their aggregate queries (recorded while
    the app made them) run directly."""
    from lk3_desktop.services import reports

    period = reports.period_for("tahun", datetime.date.today().year - 1, 1)
    recorder = raw.attach(session.store.engine)
    conn = raw.connect(office.db, office.key)
    try:

        def make() -> None:
            for fmt in ("pdf", "xlsx"):
                reports.report_file(session, period, fmt)

        with recorder.recording() as statements:
            make()
        queries = raw.replay(conn, list(statements))
        apps, floors = alternate(clock(make), clock(queries), rounds)
    finally:
        conn.close()
    return Figure("yearly_report", "ms", "<=3", apps, floors, "PDF and XLSX")


def report_details(session: Any, rounds: int) -> list[str]:
    """Counting a year, a quarter and a month (every table), and the year as CSV, beside one
    pass over every case through the same transaction."""
    from sqlalchemy import text

    from lk3_desktop.services import reports

    year = datetime.date.today().year - 1

    def scan() -> None:
        with session.store.transaction() as s:
            s.execute(text("SELECT count(*), max(intake_date) FROM cases")).one()

    jobs: list[tuple[str, Any]] = [
        (name, lambda p=period: reports.build_report(session, p))
        for name, period in (
            ("report.count_year", reports.period_for("tahun", year, 1)),
            ("report.count_quarter", reports.period_for("triwulan", year, 4)),
            ("report.count_month", reports.period_for("bulan", year, 12)),
        )
    ]
    yearly = reports.period_for("tahun", year, 1)
    jobs.append(("report.year_csv", lambda: reports.report_file(session, yearly, "csv")))
    lines = []
    for name, job in jobs:
        apps, floors = alternate(clock(job), clock(scan), rounds)
        lines.append(_detail(name, apps, floors))
    return lines


def backup(office: Office, session: Any, rounds: int) -> Figure:
    """A verified backup file, beside copying the database with SQLite's backup API alone."""
    from lk3_desktop.services import backup as backups

    scratch = Path(tempfile.mkdtemp(prefix="backup-", dir=office.folder.parent))
    src = raw.connect(office.db, office.key)
    try:

        def app() -> None:
            target = scratch / "app"
            backups.back_up(session, target)
            shutil.rmtree(target)

        def floor() -> None:
            copy = scratch / "copy.db"
            dst = raw.connect_copy_target(copy, office.key)
            src.backup(dst)
            dst.close()
            for path in scratch.glob("copy.db*"):
                path.unlink()

        apps, floors = alternate(clock(app, 1.0), clock(floor, 1.0), rounds, warm_up=False)
    finally:
        src.close()
        shutil.rmtree(scratch, ignore_errors=True)
    return Figure("backup", "s", "<=1.5", apps, floors)


def database_size(office: Office) -> Figure:
    """The database file, beside the same rows (tables, indexes, search index) exported into
    a plain SQLite file."""
    conn = raw.connect(office.db, office.key)
    plain = office.folder.parent / "plain.db"
    plain.unlink(missing_ok=True)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute(f"ATTACH DATABASE '{plain}' AS plain KEY ''")
        conn.execute("SELECT sqlcipher_export('plain')")
        conn.execute("DETACH DATABASE plain")
    finally:
        conn.close()
    check = sqlite3.connect(plain)  # readable without a key: really plain
    check.execute("SELECT count(*) FROM sqlite_master").fetchone()
    check.close()
    app = office.db.stat().st_size / 1e6
    floor = plain.stat().st_size / 1e6
    plain.unlink()
    return Figure("database_size", "MB", "<=1.2", [app], [floor])


def inbox_details(office: Office, rounds: int) -> list[str]:
    """Beranda's inbox, list by list and whole, for the head, a counselor and staff, beside
    ``SELECT count(*) FROM clients`` through the same transaction."""
    from sqlalchemy import text

    from lk3_desktop.services import inbox

    lines: list[str] = []
    for username in (HEAD, COUNSELOR, STAFF):
        session = login(office, username)
        try:

            def count(session: Any = session) -> None:
                with session.store.transaction() as s:
                    s.execute(text("SELECT count(*) FROM clients")).scalar_one()

            def load(session: Any = session) -> None:
                inbox.load_inbox(session)

            apps, floors = alternate(clock(load), clock(count), rounds)
            lines.append(_detail(f"inbox.{username}", apps, floors))
        finally:
            session.store.close()
    return lines


def _detail(name: str, apps: list[float], floors: list[float]) -> str:
    figure = Figure(name, "ms", "-", apps, floors)
    return "# " + figure.line()
