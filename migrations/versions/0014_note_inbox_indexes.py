"""indexes for Beranda's note lists: unsigned notes by author and notes waiting for the
head's co-signature by signing date

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-07 22:00:00.000000

With an office's whole history (a million notes in the benchmarks), counting a counselor's
unsigned notes read every note they ever wrote (13 s), and counting the notes to co-sign of
the last two weeks looked up each one's case, client and author (6 s). Both indexes are
partial: they hold only the notes those lists can show.
"""

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

_TO_COSIGN = "cosigned_at IS NULL AND signed_at IS NOT NULL"


def upgrade() -> None:
    with op.batch_alter_table("counseling_sessions", schema=None) as batch_op:
        batch_op.create_index(
            "ix_counseling_sessions_unsigned",
            ["author_id", "session_date"],
            unique=False,
            sqlite_where=sa.text("signed_at IS NULL"),
            postgresql_where=sa.text("signed_at IS NULL"),
        )
        batch_op.create_index(
            "ix_counseling_sessions_to_cosign",
            ["signed_at", "author_id"],
            unique=False,
            sqlite_where=sa.text(_TO_COSIGN),
            postgresql_where=sa.text(_TO_COSIGN),
        )


def downgrade() -> None:
    with op.batch_alter_table("counseling_sessions", schema=None) as batch_op:
        batch_op.drop_index("ix_counseling_sessions_to_cosign")
        batch_op.drop_index("ix_counseling_sessions_unsigned")
