"""referrals: a version (an edit over a newer one before signing is refused)

Revision ID: 0024
Revises: 0023
Create Date: 2026-12-08 03:00:00.000000

A referral is corrected by the case's counselor and the head until it is signed, possibly at
two desks at once: a save names the version its form started from, and a newer one is shown
instead of being overwritten (as 0021 did for the other drafts).
"""

import sqlalchemy as sa
from alembic import op

revision = "0024"
down_revision = "0023"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN on both engines (SQLite takes a constant default): no table rebuild.
    op.add_column(
        "referrals",
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
    )


def downgrade() -> None:
    with op.batch_alter_table("referrals", schema=None) as batch_op:
        batch_op.drop_column("version")
