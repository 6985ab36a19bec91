"""Models and migrations agree; upgrade, downgrade to base, upgrade again; newer refused."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from lk3_desktop.core.errors import SchemaTooNew
from lk3_desktop.db import migrate
from lk3_desktop.db.engine import create_keyed_engine
from lk3_desktop.db.models import Base
from lk3_desktop.paths import MIGRATIONS


@pytest.fixture
def engine(tmp_path: Path):  # type: ignore[no-untyped-def]
    eng = create_keyed_engine(tmp_path / "lk3.db", os.urandom(32))
    yield eng
    eng.dispose()


def test_models_and_migrations_agree(engine) -> None:  # type: ignore[no-untyped-def]
    migrate.upgrade(engine)
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_name": migrate.include_name})
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_upgrade_downgrade_upgrade(engine) -> None:  # type: ignore[no-untyped-def]
    migrate.upgrade(engine)
    with engine.connect() as conn:
        assert migrate.current_revision(conn) == migrate.head_revision()
        triggers = conn.execute(text("SELECT name FROM sqlite_master WHERE type='trigger'"))
        assert {r[0] for r in triggers} == {"audit_log_no_update", "audit_log_no_delete"}
    migrate.downgrade(engine, "base")
    with engine.connect() as conn:
        assert set(inspect(conn).get_table_names()) <= {"alembic_version"}
        assert migrate.current_revision(conn) is None
    migrate.upgrade(engine)
    with engine.connect() as conn:
        assert "audit_log" in inspect(conn).get_table_names()


def test_newer_schema_is_refused_before_any_write(tmp_path: Path) -> None:
    key = os.urandom(32)
    path = tmp_path / "lk3.db"
    engine = create_keyed_engine(path, key)
    migrate.upgrade(engine)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'ffff_from_the_future'"))
    with pytest.raises(SchemaTooNew):
        migrate.prepare_schema(engine, path, key)
    with engine.connect() as conn:
        assert migrate.current_revision(conn) == "ffff_from_the_future"
    engine.dispose()


SECOND_REVISION = """
import sqlalchemy as sa
from alembic import op

revision = "9002"
down_revision = "{down}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("marker_v2", sa.Column("id", sa.Integer(), primary_key=True))


def downgrade() -> None:
    op.drop_table("marker_v2")
"""


def test_older_schema_is_backed_up_then_upgraded(tmp_path: Path) -> None:
    """An app with a newer revision opens an older file: verified encrypted copy, upgrade."""
    scripts = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "9002_marker.py").write_text(
        SECOND_REVISION.replace("{down}", migrate.head_revision())
    )
    key = os.urandom(32)
    path = tmp_path / "data" / "lk3.db"
    path.parent.mkdir()
    engine = create_keyed_engine(path, key)
    migrate.upgrade(engine)  # the real app's head
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO settings VALUES ('k', '1', '2026-01-01', NULL)"))
    backup_name = migrate.prepare_schema(engine, path, key, scripts)
    assert backup_name is not None
    with engine.connect() as conn:
        assert migrate.current_revision(conn) == "9002"
        assert "marker_v2" in inspect(conn).get_table_names()
    engine.dispose()
    backup = path.parent / "backups" / backup_name
    assert backup.read_bytes()[:16] != b"SQLite format 3\0"  # encrypted like the original
    copy = create_keyed_engine(backup, key)
    with copy.connect() as conn:
        assert migrate.current_revision(conn) == migrate.head_revision()
        assert conn.execute(text("SELECT value FROM settings")).scalar_one() == "1"
    copy.dispose()


def test_vocabulary_revision_renames_only_seeded_names_and_adds_partner_types(
    engine,  # type: ignore[no-untyped-def]
) -> None:
    """0007: category 18 and UPTD PPA get their current names unless the office renamed them;
    the social-welfare partner types arrive once; downgrade puts the seeded names back."""
    migrate.upgrade(engine, "0006")
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE partner_types SET name = 'UPTD PPA Kami' WHERE code = 'uptd_ppa'")
        )
    migrate.upgrade(engine, "0007")
    with engine.connect() as conn:
        pmks = conn.execute(text("SELECT name FROM pmks_categories WHERE code = 'PMKS-18'"))
        assert pmks.scalar_one() == "Korban Perdagangan Orang (Trafficking)"
        types = dict(conn.execute(text("SELECT code, name FROM partner_types")).all())
    assert types["uptd_ppa"] == "UPTD PPA Kami"  # the office's own name stays
    assert types["tksk"].startswith("TKSK") and types["kua_bp4"] == "KUA / BP4"
    assert {"pekerja_sosial", "psm", "pendamping_pkh", "puskesos_slrt", "bapas"} <= set(types)
    assert {"puspaga", "sentra_kemensos"} <= set(types)
    migrate.downgrade(engine, "0006")
    with engine.connect() as conn:
        pmks = conn.execute(text("SELECT name FROM pmks_categories WHERE code = 'PMKS-18'"))
        assert pmks.scalar_one() == "Korban Perdagangan Orang"
        assert conn.execute(text("SELECT count(*) FROM partner_types")).scalar_one() == 16


def _row(conn, sql: str, **params: object) -> tuple:  # type: ignore[no-untyped-def,type-arg]
    return tuple(conn.execute(text(sql), params).one())


def test_outcomes_revision_codes_plain_words_and_keeps_every_note(
    engine,  # type: ignore[no-untyped-def]
) -> None:
    """0009: a closed case's free-text reason stays as its note and gets the outcome its words
    plainly state ("lainnya" when negated or unclear); disability text fills the kinds it
    names; open cases and silent texts stay uncoded; downgrade drops the new columns."""
    migrate.upgrade(engine, "0008")
    notes = {
        1: "Tujuan intervensi tercapai",
        2: "Masalah teratasi sebagian, klien memilih berhenti",  # "berhenti" comes first
        3: "Keluarga pindah ke Lampung",
        4: "Klien meninggal dunia (sakit)",
        5: "Dirujuk ke UPTD PPA dan sudah dilayani",
        6: "Tujuan belum tercapai, keluarga tidak datang lagi",
        7: "Lain hal",
        8: "",
        9: "Masalah teratasi sebagian",
    }
    disabilities = {1: "Tunanetra sejak lahir", 2: "Tuli dan tunadaksa", 3: "", 4: "Sakit gula"}
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO users (id, username, full_name, role, active, "
                "must_change_password, created_at) VALUES (1, 'k', 'K', 'kepala', 1, 0, "
                "'2026-01-01 00:00:00')"
            )
        )
        for cid, words in disabilities.items():
            conn.execute(
                text(
                    "INSERT INTO clients (id, full_name, nickname, sex, birth_place, religion, "
                    "education, occupation, marital_status, disability, street, rt, rw, "
                    "language, guardian_name, guardian_relationship, created_at, updated_at) "
                    "VALUES (:id, 'X', '', 'P', '', '', '', '', '', :d, '', '', '', '', '', '', "
                    "'2026-01-01 00:00:00', '2026-01-01 00:00:00')"
                ),
                {"id": cid, "d": words},
            )
        for case_id, note in notes.items():
            conn.execute(
                text(
                    "INSERT INTO cases (id, client_id, registration_number, intake_date, "
                    "referral_source, referral_source_detail, presenting_problem, urgency, "
                    "stage, closed_on, closing_reason, created_at) VALUES (:id, 1, :num, "
                    "'2026-01-02', 'datang_sendiri', '', '', 'biasa', :stage, :closed, :note, "
                    "'2026-01-02 00:00:00')"
                ),
                {
                    "id": case_id,
                    "num": f"R{case_id}",
                    "stage": "terminasi" if case_id != 8 else "intervensi",
                    "closed": "2026-03-01" if case_id != 8 else None,
                    "note": note,
                },
            )
    migrate.upgrade(engine, "0009")
    with engine.connect() as conn:
        coded = dict(conn.execute(text("SELECT id, closing_code FROM cases")).all())
        kept = dict(conn.execute(text("SELECT id, closing_reason FROM cases")).all())
        kinds = dict(conn.execute(text("SELECT id, disability_kinds FROM clients")).all())
        texts = dict(conn.execute(text("SELECT id, disability FROM clients")).all())
    assert coded == {
        1: "teratasi",
        2: "mengundurkan_diri",
        3: "pindah_domisili",
        4: "meninggal_dunia",
        5: "dirujuk",
        6: "lainnya",
        7: "lainnya",
        8: None,  # still open
        9: "teratasi_sebagian",
    }
    assert kept == notes  # every word kept as the note
    assert kinds == {1: "netra", 2: "fisik,rungu", 3: "", 4: ""}
    assert texts == disabilities
    migrate.downgrade(engine, "0008")
    with engine.connect() as conn:
        columns = {c["name"] for c in inspect(conn).get_columns("cases")}
        assert "closing_code" not in columns and "activities" not in inspect(conn).get_table_names()
        assert dict(conn.execute(text("SELECT id, closing_reason FROM cases")).all()) == notes


def test_the_head_is_read_from_the_revision_files_as_alembic_reads_it(tmp_path: Path) -> None:
    from alembic.script import ScriptDirectory

    alembic_head = ScriptDirectory.from_config(migrate.alembic_config()).get_current_head()
    assert migrate._plain_head(MIGRATIONS) == alembic_head == migrate.head_revision()
    # a chain the plain reading is not sure of is left to Alembic: a merge (two down
    # revisions), and two heads
    for name, down in (("merge", '("0001", "0002")'), ("branch", '"0001"')):
        scripts = tmp_path / name
        shutil.copytree(MIGRATIONS, scripts, ignore=shutil.ignore_patterns("__pycache__"))
        (scripts / "versions" / "9002_marker.py").write_text(
            SECOND_REVISION.replace('"{down}"', down)
        )
        assert migrate._plain_head(scripts) is None


def test_opening_a_database_at_the_head_imports_no_alembic(tmp_path: Path) -> None:
    """Every sign-in checks the schema: a file at the head revision is checked without
    Alembic, Mako and Pygments (a new process; benchmarks peak_rss and sign_in)."""
    import subprocess
    import sys

    key = os.urandom(32)
    path = tmp_path / "lk3.db"
    engine = create_keyed_engine(path, key)
    migrate.upgrade(engine)
    engine.dispose()
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from lk3_desktop.db import migrate\n"
        "from lk3_desktop.db.engine import create_keyed_engine\n"
        f"path, key = Path({str(path)!r}), bytes.fromhex({key.hex()!r})\n"
        "engine = create_keyed_engine(path, key)\n"
        "print(migrate.prepare_schema(engine, path, key))\n"
        "print(sorted(m for m in ('alembic', 'mako', 'pygments') if m in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert done.stdout.split("\n")[:2] == ["None", "[]"]
