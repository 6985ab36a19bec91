"""client safety plans: the client's plan for a crisis, per case, signed and printed for the
client, and its addenda

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-09 10:00:00.000000

Written by hand; names follow the naming convention of lk3_desktop/db/models/base.py.
"""

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "client_safety_plans",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("made_on", sa.Date(), nullable=False),
        sa.Column("warning_signs", sa.Text(), nullable=False),
        sa.Column("coping", sa.Text(), nullable=False),
        sa.Column("distractions", sa.Text(), nullable=False),
        sa.Column("helpers", sa.Text(), nullable=False),
        sa.Column("professionals", sa.Text(), nullable=False),
        sa.Column("environment", sa.Text(), nullable=False),
        sa.Column("reasons", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("signed_by", sa.Integer(), nullable=True),
        sa.Column("signed_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_client_safety_plans_case_id_cases")
        ),
        sa.ForeignKeyConstraint(
            ["client_id"], ["clients.id"], name=op.f("fk_client_safety_plans_client_id_clients")
        ),
        sa.ForeignKeyConstraint(
            ["created_by"], ["users.id"], name=op.f("fk_client_safety_plans_created_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["signed_by"], ["users.id"], name=op.f("fk_client_safety_plans_signed_by_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_client_safety_plans")),
    )
    with op.batch_alter_table("client_safety_plans", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_client_safety_plans_case_id"), ["case_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_client_safety_plans_client_id"), ["client_id"], unique=False
        )
    op.create_table(
        "client_safety_plan_addenda",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["created_by"],
            ["users.id"],
            name=op.f("fk_client_safety_plan_addenda_created_by_users"),
        ),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["client_safety_plans.id"],
            name=op.f("fk_client_safety_plan_addenda_plan_id_client_safety_plans"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_client_safety_plan_addenda")),
    )
    with op.batch_alter_table("client_safety_plan_addenda", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_client_safety_plan_addenda_plan_id"), ["plan_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("client_safety_plan_addenda", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_client_safety_plan_addenda_plan_id"))
    op.drop_table("client_safety_plan_addenda")
    with op.batch_alter_table("client_safety_plans", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_client_safety_plans_client_id"))
        batch_op.drop_index(batch_op.f("ix_client_safety_plans_case_id"))
    op.drop_table("client_safety_plans")
