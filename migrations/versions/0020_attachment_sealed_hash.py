"""attachments: the SHA-256 of a clinical document's sealed pieces

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-09 02:00:00.000000

A clinical attachment's pieces are sealed under its case's key (issue 14), which ``check``, a
backup and a restore do not hold: they compare the pieces as stored with this hash instead of
opening them. NULL: the pieces are sealed under the client's key, as before (registry
documents, and clinical ones until a head's sign-in seals them under the case key).
"""

import sqlalchemy as sa
from alembic import op

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN on both engines: no table rebuild.
    op.add_column("attachments", sa.Column("sealed_sha256", sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.drop_column("sealed_sha256")
