"""current vocabulary: PPKS category 18 as Dinas Sosial forms name it, UPTD PPA (d/h P2TP2A),
and the partner types of the social-welfare network (TKSK, Sakti Peksos, PSM, ...)

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-08 09:00:00.000000

Data only. A name the office changed itself is left alone: only the names as first seeded
are replaced, and a type whose code already exists is not added again.
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

# (code, name as seeded, current name)
RENAMED_PMKS = (("PMKS-18", "Korban Perdagangan Orang", "Korban Perdagangan Orang (Trafficking)"),)
RENAMED_TYPES = (("uptd_ppa", "UPTD PPA / P2TP2A", "UPTD PPA (d/h P2TP2A)"),)
ADDED_TYPES = (
    ("tksk", "TKSK (Tenaga Kesejahteraan Sosial Kecamatan)"),
    ("pekerja_sosial", "Pekerja Sosial / Sakti Peksos"),
    ("psm", "PSM (Pekerja Sosial Masyarakat)"),
    ("pendamping_pkh", "Pendamping PKH"),
    ("puskesos_slrt", "Puskesos / SLRT"),
    ("kua_bp4", "KUA / BP4"),
    ("bapas", "Bapas (Balai Pemasyarakatan)"),
    ("puspaga", "PUSPAGA (Pusat Pembelajaran Keluarga)"),
    ("sentra_kemensos", "Sentra / Balai Kemensos"),
)


def _rename(table: str, rows: tuple[tuple[str, str, str], ...], reverse: bool) -> None:
    statement = sa.text(f"UPDATE {table} SET name = :new WHERE code = :code AND name = :old")
    for code, seeded, current in rows:
        old, new = (current, seeded) if reverse else (seeded, current)
        op.get_bind().execute(statement, {"code": code, "old": old, "new": new})


def upgrade() -> None:
    _rename("pmks_categories", RENAMED_PMKS, reverse=False)
    _rename("partner_types", RENAMED_TYPES, reverse=False)
    bind = op.get_bind()
    for code, name in ADDED_TYPES:
        exists = bind.execute(
            sa.text("SELECT 1 FROM partner_types WHERE code = :code"), {"code": code}
        ).first()
        if exists is None:
            bind.execute(
                sa.text(
                    "INSERT INTO partner_types (code, name, active) VALUES (:code, :name, TRUE)"
                ),
                {"code": code, "name": name},
            )


def downgrade() -> None:
    bind = op.get_bind()
    for code, _name in ADDED_TYPES:
        # A type some partner uses stays (its partners would lose their type otherwise).
        bind.execute(
            sa.text(
                "DELETE FROM partner_types WHERE code = :code AND NOT EXISTS "
                "(SELECT 1 FROM partners WHERE partners.type_id = partner_types.id)"
            ),
            {"code": code},
        )
    _rename("partner_types", RENAMED_TYPES, reverse=True)
    _rename("pmks_categories", RENAMED_PMKS, reverse=True)
