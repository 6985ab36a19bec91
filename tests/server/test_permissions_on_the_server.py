"""Issue 19 item 3: the server enforces the roles itself, for each person's own login role.

Plain psycopg, as a person with psql and their own password would connect (TLS verified
against the office CA, the login secret their LK3 password makes): a counselor cannot read
another counselor's note, staf read no clinical row, nobody changes or deletes audit rows, and
concurrent writers still leave one audit chain in one order.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from support.casework import COUNSELOR_PASSWORD, case_note
from support.factories import HEAD_PASSWORD
from support.office import Office
from support.postgres import connect_as

from lk3_desktop.services import audit_log, clients, sessions

pytestmark = pytest.mark.postgres


@pytest.fixture
def raw(data_dir: Path) -> Iterator[dict[str, psycopg.Connection]]:
    opened: dict[str, psycopg.Connection] = {}
    try:
        for name, password in (
            ("kepala", HEAD_PASSWORD),
            ("rina", COUNSELOR_PASSWORD),
            ("dedi", COUNSELOR_PASSWORD),
            ("tuti", COUNSELOR_PASSWORD),
        ):
            opened[name] = connect_as(data_dir, name, password)
        yield opened
    finally:
        for conn in opened.values():
            conn.close()


def _count(conn: psycopg.Connection, table: str) -> int:
    row = conn.execute(f"SELECT count(*) FROM {table}").fetchone()
    assert row is not None
    return int(row[0])


def test_a_counselor_cannot_read_another_counselors_note_with_plain_sql(
    office: Office, raw: dict[str, psycopg.Connection]
) -> None:
    sessions.save_note(office.rina, case_note(office.home.case_id, "Rahasia keluarga Hidayat."))
    for who, seen in (("rina", 1), ("kepala", 1), ("dedi", 0), ("tuti", 0)):
        assert _count(raw[who], "counseling_sessions") == seen, who
        texts = raw[who].execute("SELECT note_sections FROM counseling_sessions").fetchall()
        # Sealed under the case's key on the workstation: with plain SQL even the note's own
        # counselor and the head read ciphertext (issue 19 item 4, per-case keys).
        assert not any("Hidayat" in str(t) for t in texts), who
    # The registry is everyone's: Dedi and Tuti see the client, not what was said.
    assert _count(raw["dedi"], "clients") == _count(raw["kepala"], "clients") > 0
    # Nor can Dedi write a note into Rina's case behind the services' back.
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        raw["dedi"].execute(
            "INSERT INTO counseling_sessions (case_id, author_id, session_date, modality,"
            " service_type, case_stage, note_format, note_sections, interventions, homework,"
            " plan, created_at, updated_at) VALUES (%s, %s, current_date, 'tatap_muka',"
            " 'konseling_keluarga', 'asesmen', 'dap', '{}', '', '', '', now(), now())",
            (office.home.case_id, office.dedi.actor.user_id),
        )


def test_staf_reads_no_clinical_row(office: Office, raw: dict[str, psycopg.Connection]) -> None:
    sessions.save_note(office.rina, case_note(office.home.case_id, "Catatan sesi."))
    from lk3_desktop.db.server.security import CASE_TABLES, CHILD_TABLES

    for table in (*CASE_TABLES, *CHILD_TABLES):
        assert _count(raw["tuti"], table) == 0, table
    assert _count(raw["kepala"], "counseling_sessions") == 1


@pytest.mark.parametrize("who", ["kepala", "rina", "tuti"])
def test_nobody_changes_or_deletes_audit_rows(
    office: Office, raw: dict[str, psycopg.Connection], who: str
) -> None:
    conn = raw[who]
    assert _count(conn, "audit_log") > 0  # everyone appends, so everyone reads the head
    for statement in (
        "UPDATE audit_log SET action = 'x' WHERE id = 1",
        "DELETE FROM audit_log WHERE id = 1",
        "TRUNCATE audit_log",
    ):
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(statement)
    assert audit_log.verify_chain(office.head).ok


def test_the_audit_chain_keeps_one_order_under_concurrent_writers(office: Office) -> None:
    before = audit_log.verify_chain(office.head).count
    people = [office.head, office.rina, office.dedi, office.tuti]
    barrier = threading.Barrier(len(people))
    errors: list[BaseException] = []

    def register(session: object, n: int) -> None:
        barrier.wait(timeout=60)
        try:
            for i in range(5):
                clients.create_client(
                    session,  # type: ignore[arg-type]
                    clients.ClientInput(full_name=f"Klien {n}-{i}", sex="P", estimated_age=30),
                )
        except BaseException as exc:  # the test reports it below
            errors.append(exc)

    threads = [threading.Thread(target=register, args=(p, n)) for n, p in enumerate(people)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert errors == []
    report = audit_log.verify_chain(office.head)
    assert report.ok, report.problem
    assert report.count >= before + 20
