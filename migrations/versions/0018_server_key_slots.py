"""office server: key slots kept in the database (empty on an embedded database)

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-07 21:10:00.000000

Written by hand; names follow the naming convention of lk3_desktop/db/models/base.py.
"""

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "server_key_file",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("doc", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_server_key_file")),
    )
    op.create_table(
        "server_key_slots",
        sa.Column("slot_id", sa.String(length=32), nullable=False),
        sa.Column("login_role", sa.String(length=63), nullable=False),
        sa.Column("doc", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("slot_id", name=op.f("pk_server_key_slots")),
    )
    with op.batch_alter_table("server_key_slots", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_server_key_slots_login_role"), ["login_role"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("server_key_slots", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_server_key_slots_login_role"))
    op.drop_table("server_key_slots")
    op.drop_table("server_key_file")
