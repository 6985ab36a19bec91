"""keys per case: random keys sealed to people's public keys (cases, clients, the office
recovery key)

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-08 09:00:00.000000

Written by hand; names follow the naming convention of lk3_desktop/db/models/base.py.
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "key_seals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("scope", sa.String(length=10), nullable=False),
        sa.Column("scope_id", sa.Integer(), nullable=True),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("cert_serial", sa.String(length=32), nullable=False),
        sa.Column("sealed", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_key_seals")),
    )
    with op.batch_alter_table("key_seals", schema=None) as batch_op:
        batch_op.create_index("ix_key_seals_scope", ["scope", "scope_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_key_seals_user_id"), ["user_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("key_seals", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_key_seals_user_id"))
        batch_op.drop_index("ix_key_seals_scope")
    op.drop_table("key_seals")
