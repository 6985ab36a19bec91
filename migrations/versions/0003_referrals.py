"""referrals: partner directory, referrals and their history, issued letters

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28 06:34:22.076505
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# The types as this revision seeded them (later revisions add and rename; the list in
# lk3_desktop.core.referrals is the current one, so it is not imported here).
PARTNER_TYPES = (
    ("uptd_ppa", "UPTD PPA / P2TP2A"),
    ("puskesmas", "Puskesmas"),
    ("rsud", "RSUD"),
    ("rsj_psikiater", "RSJ / psikiater"),
    ("psikolog_klinis", "Psikolog klinis"),
    ("unit_ppa_polres", "Unit PPA Polres"),
    ("bantuan_hukum", "LBH / bantuan hukum"),
    ("bnn_ipwl", "BNN / IPWL"),
    ("pengadilan_agama", "Pengadilan Agama"),
    ("dukcapil", "Dinas Dukcapil"),
    ("dinas_sosial", "Dinas Sosial"),
    ("pendidikan", "Dinas Pendidikan / sekolah"),
    ("disnaker", "Disnaker"),
    ("baznas", "Baznas"),
    ("lks_panti", "LKS / panti"),
    ("lainnya", "Lainnya"),
)


def upgrade() -> None:
    op.create_table(
        "partner_types",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partner_types")),
        sa.UniqueConstraint("code", name=op.f("uq_partner_types_code")),
    )
    op.create_table(
        "partners",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("type_id", sa.Integer(), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("phone", sa.String(length=60), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("contact_person", sa.String(length=200), nullable=False),
        sa.Column("contact_position", sa.String(length=200), nullable=False),
        sa.Column("services", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["created_by"], ["users.id"], name=op.f("fk_partners_created_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["type_id"], ["partner_types.id"], name=op.f("fk_partners_type_id_partner_types")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partners")),
    )
    with op.batch_alter_table("partners", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_partners_name"), ["name"], unique=False)
        batch_op.create_index(batch_op.f("ix_partners_type_id"), ["type_id"], unique=False)

    op.create_table(
        "referrals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("services_requested", sa.Text(), nullable=False),
        sa.Column("urgency", sa.String(length=20), nullable=False),
        sa.Column("family_summary", sa.Text(), nullable=False),
        sa.Column("problem_summary", sa.Text(), nullable=False),
        sa.Column("assessment_summary", sa.Text(), nullable=False),
        sa.Column("copies_to", sa.Text(), nullable=False),
        sa.Column("follow_up_on", sa.Date(), nullable=True),
        sa.Column("drafted_by", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("reply_on", sa.Date(), nullable=True),
        sa.Column("reply_text", sa.Text(), nullable=False),
        sa.Column("reply_recorded_by", sa.Integer(), nullable=True),
        sa.Column("reply_recorded_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_referrals_case_id_cases")),
        sa.ForeignKeyConstraint(
            ["drafted_by"], ["users.id"], name=op.f("fk_referrals_drafted_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["partner_id"], ["partners.id"], name=op.f("fk_referrals_partner_id_partners")
        ),
        sa.ForeignKeyConstraint(
            ["reply_recorded_by"], ["users.id"], name=op.f("fk_referrals_reply_recorded_by_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_referrals")),
    )
    with op.batch_alter_table("referrals", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_referrals_case_id"), ["case_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_referrals_follow_up_on"), ["follow_up_on"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_referrals_partner_id"), ["partner_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_referrals_status"), ["status"], unique=False)

    op.create_table(
        "referral_attachments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("referral_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("description", sa.String(length=300), nullable=False),
        sa.ForeignKeyConstraint(
            ["referral_id"],
            ["referrals.id"],
            name=op.f("fk_referral_attachments_referral_id_referrals"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_referral_attachments")),
    )
    with op.batch_alter_table("referral_attachments", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_referral_attachments_referral_id"), ["referral_id"], unique=False
        )

    op.create_table(
        "referral_consents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("referral_id", sa.Integer(), nullable=False),
        sa.Column("fields", sa.Text(), nullable=False),
        sa.Column("given_by", sa.String(length=20), nullable=False),
        sa.Column("given_by_name", sa.String(length=200), nullable=False),
        sa.Column("given_on", sa.Date(), nullable=False),
        sa.Column("recorded_by", sa.Integer(), nullable=True),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["recorded_by"], ["users.id"], name=op.f("fk_referral_consents_recorded_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["referral_id"],
            ["referrals.id"],
            name=op.f("fk_referral_consents_referral_id_referrals"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_referral_consents")),
    )
    with op.batch_alter_table("referral_consents", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_referral_consents_referral_id"), ["referral_id"], unique=False
        )

    op.create_table(
        "referral_letters",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("referral_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=80), nullable=False),
        sa.Column("seq_year", sa.Integer(), nullable=False),
        sa.Column("seq_value", sa.Integer(), nullable=False),
        sa.Column("letter_date", sa.Date(), nullable=False),
        sa.Column("signed_by", sa.Integer(), nullable=False),
        sa.Column("signed_at", sa.DateTime(), nullable=False),
        sa.Column("pdf", sa.LargeBinary(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("verification_code", sa.String(length=16), nullable=False),
        sa.Column("cancelled", sa.Boolean(), nullable=False),
        sa.Column("cancelled_at", sa.DateTime(), nullable=True),
        sa.Column("cancelled_by", sa.Integer(), nullable=True),
        sa.Column("cancel_reason", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["cancelled_by"], ["users.id"], name=op.f("fk_referral_letters_cancelled_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["referral_id"],
            ["referrals.id"],
            name=op.f("fk_referral_letters_referral_id_referrals"),
        ),
        sa.ForeignKeyConstraint(
            ["signed_by"], ["users.id"], name=op.f("fk_referral_letters_signed_by_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_referral_letters")),
        sa.UniqueConstraint("number", name=op.f("uq_referral_letters_number")),
        sa.UniqueConstraint("referral_id", name=op.f("uq_referral_letters_referral_id")),
        sa.UniqueConstraint("seq_year", "seq_value", name=op.f("uq_referral_letters_seq")),
        sa.UniqueConstraint(
            "verification_code", name=op.f("uq_referral_letters_verification_code")
        ),
    )
    op.create_table(
        "referral_status_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("referral_id", sa.Integer(), nullable=False),
        sa.Column("from_status", sa.String(length=20), nullable=True),
        sa.Column("to_status", sa.String(length=20), nullable=False),
        sa.Column("changed_on", sa.Date(), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("changed_by", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["changed_by"], ["users.id"], name=op.f("fk_referral_status_changes_changed_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["referral_id"],
            ["referrals.id"],
            name=op.f("fk_referral_status_changes_referral_id_referrals"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_referral_status_changes")),
    )
    with op.batch_alter_table("referral_status_changes", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_referral_status_changes_referral_id"), ["referral_id"], unique=False
        )

    # The kinds of partner institutions, editable by the office; no institutions are seeded.
    types = sa.table(
        "partner_types",
        sa.column("code", sa.String),
        sa.column("name", sa.String),
        sa.column("active", sa.Boolean),
    )
    op.bulk_insert(types, [{"code": c, "name": n, "active": True} for c, n in PARTNER_TYPES])


def downgrade() -> None:
    with op.batch_alter_table("referral_status_changes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_referral_status_changes_referral_id"))

    op.drop_table("referral_status_changes")
    op.drop_table("referral_letters")
    with op.batch_alter_table("referral_consents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_referral_consents_referral_id"))

    op.drop_table("referral_consents")
    with op.batch_alter_table("referral_attachments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_referral_attachments_referral_id"))

    op.drop_table("referral_attachments")
    with op.batch_alter_table("referrals", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_referrals_status"))
        batch_op.drop_index(batch_op.f("ix_referrals_partner_id"))
        batch_op.drop_index(batch_op.f("ix_referrals_follow_up_on"))
        batch_op.drop_index(batch_op.f("ix_referrals_case_id"))

    op.drop_table("referrals")
    with op.batch_alter_table("partners", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_partners_type_id"))
        batch_op.drop_index(batch_op.f("ix_partners_name"))

    op.drop_table("partners")
    op.drop_table("partner_types")
