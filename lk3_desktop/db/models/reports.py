"""Issued periodic reports: what the head sent to Dinas Sosial, kept as it was sent.

Like an issued letter, the report keeps the exact PDF bytes and their SHA-256; beside them the
counts (tables and summary) and the head's narrative as JSON, so the spreadsheet of an issued
report carries the same numbers as its PDF however the records change later (late entries,
corrected stages, anonymised clients).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from lk3_desktop.db.models.base import Base


class IssuedReport(Base):
    __tablename__ = "issued_reports"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)
    period_label: Mapped[str] = mapped_column(String(120))
    counted_at: Mapped[datetime] = mapped_column(DateTime)  # when the counts were made
    chain_head: Mapped[str] = mapped_column(String(16))  # as printed on every page
    content: Mapped[str] = mapped_column(Text)  # JSON: summary, tables, narrative, addressee
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64))
    issued_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    issued_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
