"""issued periodic reports: the PDF as sent, its SHA-256 and the counts behind it

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-08 15:00:00.000000

Written by hand; names follow the naming convention of lk3_desktop/db/models/base.py.
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "issued_reports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("period_label", sa.String(length=120), nullable=False),
        sa.Column("counted_at", sa.DateTime(), nullable=False),
        sa.Column("chain_head", sa.String(length=16), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("pdf", sa.LargeBinary(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("issued_at", sa.DateTime(), nullable=False),
        sa.Column("issued_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["issued_by"], ["users.id"], name=op.f("fk_issued_reports_issued_by_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_issued_reports")),
    )
    with op.batch_alter_table("issued_reports", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_issued_reports_issued_at"), ["issued_at"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("issued_reports", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_issued_reports_issued_at"))
    op.drop_table("issued_reports")
