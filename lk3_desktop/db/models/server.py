"""The key slots of an office server (DESIGN.md "Office server mode").

In server mode the slots that ``lk3.keys`` holds on one computer live in the server's database:
the key file's own fields in one row, each person's slot in its own row, owned by that
person's login role (row-level security lets a person change only their own slot; the head
all of them). An embedded database has these tables too, empty: one schema on both engines.
"""

from __future__ import annotations

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from lk3_desktop.db.models.base import Base


class ServerKeyFile(Base):
    """The key file without its slots (JSON, the same fields as ``lk3.keys``); one row."""

    __tablename__ = "server_key_file"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    doc: Mapped[str] = mapped_column(Text)


class ServerKeySlot(Base):
    """One slot (JSON, as in ``lk3.keys``) and the login role of the person it opens for."""

    __tablename__ = "server_key_slots"

    slot_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    login_role: Mapped[str] = mapped_column(String(63), index=True)
    doc: Mapped[str] = mapped_column(Text)
