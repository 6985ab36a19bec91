"""versions of the records people edit together: notes, cases, psychosocial assessments and
client safety plans (a save over a newer one is refused)

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-08 01:50:00.000000

With several desks on one office server, the same record may be open at two of them (a note
begun in the counseling room and finished at the desk; a draft plan the head and the case's
counselor both correct): a save names the version it started from, and a newer one is shown
instead of being overwritten (as 0019 did for clients).
"""

import sqlalchemy as sa
from alembic import op

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None

TABLES = ("counseling_sessions", "cases", "psychosocial_assessments", "client_safety_plans")


def upgrade() -> None:
    # A plain ADD COLUMN on both engines (SQLite takes a constant default): no table rebuild.
    for table in TABLES:
        op.add_column(
            table, sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False)
        )


def downgrade() -> None:
    for table in reversed(TABLES):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("version")
