"""appointments: a version (a reschedule over a newer one is refused)

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-08 02:50:00.000000

The front desk and a counselor may move the same appointment at once from two desks of an
office server: a reschedule names the version its dialog started from, and a newer one is
shown instead of being overwritten (as 0019 and 0021 did for clients, notes, cases and
drafts).
"""

import sqlalchemy as sa
from alembic import op

revision = "0022"
down_revision = "0021"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN on both engines (SQLite takes a constant default): no table rebuild.
    op.add_column(
        "appointments",
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
    )


def downgrade() -> None:
    with op.batch_alter_table("appointments", schema=None) as batch_op:
        batch_op.drop_column("version")
