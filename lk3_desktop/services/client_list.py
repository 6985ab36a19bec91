"""The client list: ids in order (search, filters, sort in SQL), rows fetched by page.

Search uses the engine's trigram index (db/storage); every word typed must match, and a
client whose names hold the words ranks above one found by identifier or address (then the
index's own rank, names weighing most). The list shows registry fields only, so every role
may use it.
"""

from __future__ import annotations

import datetime
import functools
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any, Literal

from sqlalchemy import text

from lk3_desktop.core.case_stages import STAGE_LABELS_ID, Stage
from lk3_desktop.core.errors import PermissionDenied
from lk3_desktop.core.identity import age_on, check_phone
from lk3_desktop.core.roles import Permission, Role
from lk3_desktop.core.text_input import search_text
from lk3_desktop.db.storage import SearchSql, driver_sql
from lk3_desktop.services._search_index import SearchTerms, search_terms
from lk3_desktop.services.context import UserSession

Status = Literal["all", "active", "closed", "no_case"]
# "open": an unresolved high-risk flag; "recent": a high-risk flag raised in the last
# ``risk_months`` months, handled or not. Only flags the actor may see count; staf may not ask.
Risk = Literal["any", "open", "recent"]
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
    risk: Risk = "any"
    risk_months: int = 6


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
    flt = replace(flt, query=search_text(flt.query))  # NUL, half characters, 1,000 words
    where: list[str] = []
    params: dict[str, Any] = {}
    joins: list[str] = []
    terms = search_terms(flt.query)
    filtered = (
        _needs_case_join(flt, sort) or bool(flt.regency_code or flt.pmks_code) or flt.risk != "any"
    )
    ranked = sort == "relevance" and bool(terms.phrase or terms.short)
    index_sql = None
    if terms.words:
        # the index first: it holds only listed (unmerged) clients
        index_sql = session.store.storage.search_sql(terms.words, terms.phrase)
        source = f"{index_sql.source} JOIN clients c ON c.id = fs.id"
        params.update(index_sql.params)
        everything = "lower(' ' || fs.names || ' ' || fs.identifiers || ' ' || fs.address)"
        names = "lower(' ' || fs.names)"
    else:
        source = "clients c"
        where.append("c.merged_into_id IS NULL")
        everything = names = "lower(' ' || c.full_name || ' ' || coalesce(c.nickname, ''))"
    for index, word in enumerate(terms.short):
        # too short for the trigram index: it must begin a word of the client's text
        where.append(f"{everything} LIKE :short{index} ESCAPE '\\'")
        params[f"short{index}"] = "% " + _like_escaped(word) + "%"
    if _needs_case_join(flt, sort):
        joins.append("LEFT JOIN cases k ON k.id = c.latest_case_id")
        if sort == "counselor":
            joins.append("LEFT JOIN users u ON u.id = k.counselor_id")
    where.extend(_filter_conditions(flt, params))
    if flt.risk != "any":
        where.append(_risk_condition(session, flt, params))
    if ranked:
        order = _relevance_order(terms, index_sql, names, params)
    else:
        column = _SORT_SQL.get(sort, _SORT_SQL["name"])
        order = f"{column} {'DESC' if descending else 'ASC'}, c.id"
    sql = f"SELECT c.id FROM {source} {' '.join(joins)}"
    if where:
        sql += f" WHERE {' AND '.join(where)}"
    sql += f" ORDER BY {order}"
    if ranked and not filtered:
        sql += f" LIMIT {SEARCH_LIMIT}"
    with session.store.transaction() as s:
        # all() fetches the ids in one call; iterating the result asked for them one by one
        # (a quarter of a search's time in SQLAlchemy; benchmarks: search)
        return list(s.execute(text(sql), params).scalars().all())


def _relevance_order(
    terms: SearchTerms, index_sql: SearchSql | None, names: str, params: dict[str, Any]
) -> str:
    """Best first: the exact name; then clients whose names hold every word, before those
    found by an identifier, before those found only with the help of their address; then
    the names where the words begin words ("Wahyu Anggraini" before "Wahyudi Sanggar");
    then the index's own rank."""
    params["phrase"] = terms.phrase
    keys = [
        "CASE WHEN lower(c.full_name) = :phrase OR lower(coalesce(c.nickname, '')) = :phrase"
        " THEN 0 ELSE 1 END"
    ]
    if index_sql is not None:
        keys.append(
            f"CASE WHEN {index_sql.in_names} THEN 0 WHEN {index_sql.in_people} THEN 1 ELSE 2 END"
        )
    starts = []
    for index, word in enumerate((*terms.words, *terms.short)):
        params[f"start{index}"] = "% " + _like_escaped(word) + "%"
        starts.append(f"CASE WHEN {names} LIKE :start{index} ESCAPE '\\' THEN 1 ELSE 0 END")
    if starts:
        keys.append(f"({' + '.join(starts)}) DESC")
    if index_sql is not None:
        keys.append("fs.rank")
    keys.extend(["c.full_name", "c.id"])
    return ", ".join(keys)


def _filter_conditions(flt: ClientFilter, params: dict[str, Any]) -> list[str]:
    where: list[str] = []
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
    return where


def _like_escaped(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _months_before(day: datetime.date, months: int) -> datetime.date:
    """The same day ``months`` months earlier (the month's last day when it is shorter)."""
    year, month0 = divmod(day.year * 12 + day.month - 1 - months, 12)
    next_first = datetime.date(year + month0 // 11, (month0 + 1) % 12 + 1, 1)
    last_day = (next_first - datetime.timedelta(days=1)).day
    return datetime.date(year, month0 + 1, min(day.day, last_day))


def _risk_condition(session: UserSession, flt: ClientFilter, params: dict[str, Any]) -> str:
    """The clients with a high-risk flag the actor may see: an IN list driven by the flags
    (few, found by status or raised date), never a look-up per client."""
    role = session.actor.role
    if role is Role.STAF:
        raise PermissionDenied("risk_flags")
    flags = "SELECT rf.client_id FROM risk_flags rf JOIN cases rk ON rk.id = rf.case_id WHERE "
    if flt.risk == "open":
        flags += "rf.status = 'open'"
    else:
        months = max(1, min(int(flt.risk_months), 120))
        flags += "rf.status != 'withdrawn' AND rf.raised_at >= :risk_since"
        params["risk_since"] = datetime.datetime.combine(
            _months_before(datetime.date.today(), months), datetime.time()
        )
    if role is not Role.KEPALA:
        flags += " AND rk.counselor_id = :risk_counselor"
        params["risk_counselor"] = session.actor.user_id
    return f"c.id IN ({flags})"


# One statement for a page of rows, with ``?`` marks sent as they are: a page is fetched while
# the table paints, so it must cost little more than selecting the rows (benchmarks:
# list_page). The risk mark follows clients_with_open_high_risk: the head sees every open
# flag, a counselor those on their own cases, staf none.
_PAGE_SQL = (
    "SELECT c.id, c.full_name, c.nickname, c.sex, c.birth_date, c.estimated_age,"
    " c.estimated_on, c.nik, c.phone, c.regency_code, k.registration_number, k.stage,"
    " u.full_name,"
    " EXISTS (SELECT 1 FROM consents cs WHERE cs.client_id = c.id"
    "         AND cs.withdrawn_on IS NULL),"
    " {risk}"
    " FROM clients c LEFT JOIN cases k ON k.id = c.latest_case_id"
    " LEFT JOIN users u ON u.id = k.counselor_id WHERE c.id IN ({ids})"
)
_RISK_SQL = (
    "EXISTS (SELECT 1 FROM risk_flags rf JOIN cases rk ON rk.id = rf.case_id"
    " WHERE rf.client_id = c.id AND rf.status = 'open'{mine})"
)
_STAGE_LABELS = {stage.value: label for stage, label in STAGE_LABELS_ID.items()}


def fetch_rows(session: UserSession, ids: Sequence[int]) -> dict[int, ClientRow]:
    """The display rows of ``ids`` (one page), keyed by id."""
    session.require(Permission.VIEW_REGISTRY)
    if not ids:
        return {}
    params: list[Any] = []
    role = session.actor.role
    if role is Role.STAF:
        risk = "0"  # risk is clinical content
    elif role is Role.KEPALA:
        risk = _RISK_SQL.format(mine="")
    else:
        risk = _RISK_SQL.format(mine=" AND rk.counselor_id = ?")
        params.append(session.actor.user_id)
    params.extend(ids)
    sql = _PAGE_SQL.format(risk=risk, ids=",".join("?" * len(ids)))
    today = datetime.date.today()
    rows: dict[int, ClientRow] = {}
    with session.store.transaction() as s:
        conn = s.connection()
        found = conn.exec_driver_sql(driver_sql(conn, sql), tuple(params)).fetchall()
    for (
        cid, full_name, nickname, sex, birth_date, estimated_age, estimated_on, nik, phone,
        regency_code, registration_number, stage, counselor, has_consent, high_risk,
    ) in found:  # fmt: skip
        birth = _as_date(birth_date)
        if birth is not None:
            age: int | None = age_on(birth, today)
        elif estimated_age is not None:
            est_on = _as_date(estimated_on) or today
            age = estimated_age + today.year - est_on.year
        else:
            age = None
        rows[cid] = ClientRow(
            id=cid,
            full_name=full_name,
            nickname=nickname or "",
            sex=sex,
            age=age,
            nik=nik,
            phone=national_phone(phone) if phone else "",
            regency=regency_name(regency_code) if regency_code else "",
            registration_number=registration_number or "",
            stage=_STAGE_LABELS.get(stage, "") if stage else "",
            counselor=counselor or "",
            has_consent=bool(has_consent),
            high_risk=bool(high_risk),
        )
    return rows


@functools.lru_cache(maxsize=4096)
def national_phone(e164: str) -> str:
    """A stored phone number as the list shows it ("0812-3456-7890"): lokal's reading, kept,
    since the same numbers come back page after page."""
    return check_phone(e164).national or ""


@functools.lru_cache(maxsize=1024)
def regency_name(code: str) -> str:
    """The name of a kabupaten/kota code, from lokal's region table, kept (a few dozen)."""
    from lk3_desktop.core.regions import name

    return name(code) or ""


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
