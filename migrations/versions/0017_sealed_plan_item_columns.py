"""a safety plan item's 'who' and 'timing' become Text: they are sealed under the case's key

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-07 23:55:00.000000

A sealed value is longer than what was typed (``lk3c1:<case>:`` and the base64 of nonce,
ciphertext and tag: 200 characters typed become about 320 stored). SQLite never enforced the
200; a server (PostgreSQL's VARCHAR(200)) would refuse the row. The services still take at most
200 characters typed.
"""

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("safety_plan_items", schema=None) as batch_op:
        for column in ("who", "timing"):
            batch_op.alter_column(
                column,
                existing_type=sa.String(length=200),
                type_=sa.Text(),
                existing_nullable=False,
            )


def downgrade() -> None:
    with op.batch_alter_table("safety_plan_items", schema=None) as batch_op:
        for column in ("who", "timing"):
            batch_op.alter_column(
                column,
                existing_type=sa.Text(),
                type_=sa.String(length=200),
                existing_nullable=False,
            )
