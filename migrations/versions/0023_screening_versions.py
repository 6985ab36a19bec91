"""instrument_administrations: a version (a save over a newer draft is refused)

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-08 02:55:00.000000

A draft screening is corrected by the head and the case's counselor, possibly at two desks at
once: a save names the version its form started from, and a newer one is shown instead of
being overwritten (as 0021 did for the other draft assessments).
"""

import sqlalchemy as sa
from alembic import op

revision = "0023"
down_revision = "0022"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN on both engines (SQLite takes a constant default): no table rebuild.
    op.add_column(
        "instrument_administrations",
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
    )


def downgrade() -> None:
    with op.batch_alter_table("instrument_administrations", schema=None) as batch_op:
        batch_op.drop_column("version")
