"""clients families cases

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28 06:20:28.673543
"""

import sqlalchemy as sa
from alembic import op

from lk3_desktop.core.vocabulary import PMKS_CATEGORIES, PROBLEM_AREAS, pmks_code
from lk3_desktop.db.storage import storage_for

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "number_sequences",
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("last_value", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_number_sequences")),
    )
    op.create_table(
        "pmks_categories",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=12), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pmks_categories")),
        sa.UniqueConstraint("code", name=op.f("uq_pmks_categories_code")),
    )
    op.create_table(
        "problem_areas",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_problem_areas")),
        sa.UniqueConstraint("code", name=op.f("uq_problem_areas_code")),
    )
    op.create_table(
        "clients",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("full_name", sa.String(length=200), nullable=False),
        sa.Column("nickname", sa.String(length=100), nullable=False),
        sa.Column("sex", sa.String(length=1), nullable=False),
        sa.Column("birth_place", sa.String(length=100), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("estimated_age", sa.Integer(), nullable=True),
        sa.Column("estimated_on", sa.Date(), nullable=True),
        sa.Column("nik", sa.String(length=16), nullable=True),
        sa.Column("nik_override_reason", sa.Text(), nullable=True),
        sa.Column("kk_number", sa.String(length=16), nullable=True),
        sa.Column("religion", sa.String(length=60), nullable=False),
        sa.Column("education", sa.String(length=60), nullable=False),
        sa.Column("occupation", sa.String(length=100), nullable=False),
        sa.Column("marital_status", sa.String(length=30), nullable=False),
        sa.Column("disability", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=20), nullable=True),
        sa.Column("street", sa.String(length=300), nullable=False),
        sa.Column("rt", sa.String(length=3), nullable=False),
        sa.Column("rw", sa.String(length=3), nullable=False),
        sa.Column("province_code", sa.String(length=2), nullable=True),
        sa.Column("regency_code", sa.String(length=5), nullable=True),
        sa.Column("district_code", sa.String(length=8), nullable=True),
        sa.Column("village_code", sa.String(length=13), nullable=True),
        sa.Column("language", sa.String(length=60), nullable=False),
        sa.Column("photo", sa.LargeBinary(), nullable=True),
        sa.Column("photo_mime", sa.String(length=40), nullable=True),
        sa.Column("guardian_name", sa.String(length=200), nullable=False),
        sa.Column("guardian_relationship", sa.String(length=60), nullable=False),
        sa.Column("guardian_phone", sa.String(length=20), nullable=True),
        sa.Column("merged_into_id", sa.Integer(), nullable=True),
        sa.Column("latest_case_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["created_by"], ["users.id"], name=op.f("fk_clients_created_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["latest_case_id"],
            ["cases.id"],
            name=op.f("fk_clients_latest_case_id_cases"),
            use_alter=True,
        ),
        sa.ForeignKeyConstraint(
            ["merged_into_id"], ["clients.id"], name=op.f("fk_clients_merged_into_id_clients")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_clients")),
    )
    with op.batch_alter_table("clients", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_clients_birth_date"), ["birth_date"], unique=False)
        batch_op.create_index(
            "ix_clients_listed_name",
            ["full_name"],
            unique=False,
            sqlite_where=sa.text("merged_into_id IS NULL"),
            postgresql_where=sa.text("merged_into_id IS NULL"),
        )
        batch_op.create_index(batch_op.f("ix_clients_kk_number"), ["kk_number"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_clients_latest_case_id"), ["latest_case_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_clients_nik"), ["nik"], unique=False)
        batch_op.create_index(batch_op.f("ix_clients_regency_code"), ["regency_code"], unique=False)

    op.create_table(
        "families",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kk_number", sa.String(length=16), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["created_by"], ["users.id"], name=op.f("fk_families_created_by_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_families")),
    )
    with op.batch_alter_table("families", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_families_kk_number"), ["kk_number"], unique=False)

    op.create_table(
        "cases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("family_id", sa.Integer(), nullable=True),
        sa.Column("registration_number", sa.String(length=60), nullable=False),
        sa.Column("intake_date", sa.Date(), nullable=False),
        sa.Column("referral_source", sa.String(length=30), nullable=False),
        sa.Column("referral_source_detail", sa.String(length=200), nullable=False),
        sa.Column("presenting_problem", sa.Text(), nullable=False),
        sa.Column("urgency", sa.String(length=20), nullable=False),
        sa.Column("stage", sa.String(length=30), nullable=False),
        sa.Column("counselor_id", sa.Integer(), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("closing_reason", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["client_id"], ["clients.id"], name=op.f("fk_cases_client_id_clients")
        ),
        sa.ForeignKeyConstraint(
            ["counselor_id"], ["users.id"], name=op.f("fk_cases_counselor_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["created_by"], ["users.id"], name=op.f("fk_cases_created_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["family_id"], ["families.id"], name=op.f("fk_cases_family_id_families")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cases")),
        sa.UniqueConstraint("registration_number", name=op.f("uq_cases_registration_number")),
    )
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_cases_client_id"), ["client_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_cases_counselor_id"), ["counselor_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_cases_stage"), ["stage"], unique=False)

    op.create_table(
        "client_pmks",
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("category_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["category_id"],
            ["pmks_categories.id"],
            name=op.f("fk_client_pmks_category_id_pmks_categories"),
        ),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["clients.id"],
            name=op.f("fk_client_pmks_client_id_clients"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("client_id", "category_id", name=op.f("pk_client_pmks")),
    )
    op.create_table(
        "consents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("consent_date", sa.Date(), nullable=False),
        sa.Column("given_by", sa.String(length=20), nullable=False),
        sa.Column("given_by_name", sa.String(length=200), nullable=False),
        sa.Column("scope", sa.Text(), nullable=False),
        sa.Column("recorded_by", sa.Integer(), nullable=True),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("withdrawn_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["clients.id"],
            name=op.f("fk_consents_client_id_clients"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by"], ["users.id"], name=op.f("fk_consents_recorded_by_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consents")),
    )
    with op.batch_alter_table("consents", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_consents_client_id"), ["client_id"], unique=False)

    op.create_table(
        "family_members",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("family_id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("relationship", sa.String(length=30), nullable=False),
        sa.Column("sex", sa.String(length=1), nullable=True),
        sa.Column("birth_year", sa.Integer(), nullable=True),
        sa.Column("lives_together", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"], ["clients.id"], name=op.f("fk_family_members_client_id_clients")
        ),
        sa.ForeignKeyConstraint(
            ["family_id"],
            ["families.id"],
            name=op.f("fk_family_members_family_id_families"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_family_members")),
    )
    with op.batch_alter_table("family_members", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_family_members_client_id"), ["client_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_family_members_family_id"), ["family_id"], unique=False
        )

    op.create_table(
        "case_assignments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("counselor_id", sa.Integer(), nullable=False),
        sa.Column("assigned_at", sa.DateTime(), nullable=False),
        sa.Column("assigned_by", sa.Integer(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["assigned_by"], ["users.id"], name=op.f("fk_case_assignments_assigned_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_case_assignments_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["counselor_id"], ["users.id"], name=op.f("fk_case_assignments_counselor_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_assignments")),
    )
    with op.batch_alter_table("case_assignments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_assignments_case_id"), ["case_id"], unique=False)

    op.create_table(
        "case_problem_areas",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("problem_area_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_case_problem_areas_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["problem_area_id"],
            ["problem_areas.id"],
            name=op.f("fk_case_problem_areas_problem_area_id_problem_areas"),
        ),
        sa.PrimaryKeyConstraint("case_id", "problem_area_id", name=op.f("pk_case_problem_areas")),
    )
    op.create_table(
        "case_stage_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("from_stage", sa.String(length=30), nullable=True),
        sa.Column("to_stage", sa.String(length=30), nullable=False),
        sa.Column("changed_on", sa.Date(), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("changed_by", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_case_stage_changes_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["changed_by"], ["users.id"], name=op.f("fk_case_stage_changes_changed_by_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_stage_changes")),
    )
    with op.batch_alter_table("case_stage_changes", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_case_stage_changes_case_id"), ["case_id"], unique=False
        )

    # The search index (rowid = client id): FTS5 trigram or pg_trgm, as the engine has it.
    storage_for(op.get_bind()).create_search_index(op)
    pmks = sa.table(
        "pmks_categories",
        sa.column("code", sa.String),
        sa.column("name", sa.String),
        sa.column("active", sa.Boolean),
    )
    op.bulk_insert(
        pmks,
        [
            {"code": pmks_code(i), "name": name, "active": True}
            for i, name in enumerate(PMKS_CATEGORIES, start=1)
        ],
    )
    areas = sa.table(
        "problem_areas",
        sa.column("code", sa.String),
        sa.column("name", sa.String),
        sa.column("active", sa.Boolean),
    )
    op.bulk_insert(areas, [{"code": c, "name": n, "active": True} for c, n in PROBLEM_AREAS])


def downgrade() -> None:
    storage_for(op.get_bind()).drop_search_index(op)
    with op.batch_alter_table("case_stage_changes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_stage_changes_case_id"))

    op.drop_table("case_stage_changes")
    op.drop_table("case_problem_areas")
    with op.batch_alter_table("case_assignments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_assignments_case_id"))

    op.drop_table("case_assignments")
    with op.batch_alter_table("family_members", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_family_members_family_id"))
        batch_op.drop_index(batch_op.f("ix_family_members_client_id"))

    op.drop_table("family_members")
    with op.batch_alter_table("consents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_consents_client_id"))

    op.drop_table("consents")
    op.drop_table("client_pmks")
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cases_stage"))
        batch_op.drop_index(batch_op.f("ix_cases_counselor_id"))
        batch_op.drop_index(batch_op.f("ix_cases_client_id"))

    op.drop_table("cases")
    with op.batch_alter_table("families", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_families_kk_number"))

    op.drop_table("families")
    with op.batch_alter_table("clients", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_clients_regency_code"))
        batch_op.drop_index(batch_op.f("ix_clients_nik"))
        batch_op.drop_index(batch_op.f("ix_clients_latest_case_id"))
        batch_op.drop_index(batch_op.f("ix_clients_kk_number"))
        batch_op.drop_index(
            "ix_clients_listed_name",
            sqlite_where=sa.text("merged_into_id IS NULL"),
            postgresql_where=sa.text("merged_into_id IS NULL"),
        )
        batch_op.drop_index(batch_op.f("ix_clients_birth_date"))

    op.drop_table("clients")
    op.drop_table("problem_areas")
    op.drop_table("pmks_categories")
    op.drop_table("number_sequences")
