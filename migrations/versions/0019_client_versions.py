"""clients: a version of the registry fields (a correction over a newer one is refused)

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-08 00:10:00.000000

With several desks on one office server, two people may correct the same client at once:
the second save names the version it started from, and a newer one is shown to them instead
of being overwritten (services/clients.update_client).
"""

import sqlalchemy as sa
from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN on both engines (SQLite takes a constant default): no table rebuild.
    op.add_column(
        "clients", sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False)
    )


def downgrade() -> None:
    with op.batch_alter_table("clients", schema=None) as batch_op:
        batch_op.drop_column("version")
