"""what the Dinas Sosial report counts: coded outcome at termination, coded disability kinds,
the letter's "Hal" per referral, and the activity register

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-08 12:00:00.000000

Written by hand; names follow the naming convention of lk3_desktop/db/models/base.py.

Existing free text is kept and coded where its words say so plainly:

- ``cases.closing_reason`` stays as the note beside the new ``closing_code``. A closed case's
  note that names one outcome ("meninggal", "pindah", "mengundurkan diri", "dirujuk",
  "teratasi sebagian", "teratasi"/"tercapai"/"selesai") gets that code; a note with a
  negation ("tidak", "belum") or with nothing recognisable gets "lainnya", so no case is
  counted under an outcome its note does not state. The office can see and recode them.
- ``clients.disability`` stays as typed; the kinds it plainly names ("tunanetra", "tuli",
  "daksa", "grahita", "psikososial", ...) fill ``disability_kinds``. A text that names none
  leaves the kinds empty: the report counts that client as "tidak dirinci".

The rules are frozen here (not imported), so this revision does the same on every database.
"""

import re

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

_NEGATION = re.compile(r"\b(tidak|belum|gagal|bukan)\b")
# Checked in order: the first that matches gives the code.
_OUTCOME_WORDS = (
    ("meninggal_dunia", re.compile(r"\b(meninggal|wafat|almarhum)")),
    ("pindah_domisili", re.compile(r"\bpindah\b")),
    (
        "mengundurkan_diri",
        re.compile(r"mengundurkan diri|putus layanan|\bputus\b|berhenti|menolak layanan"),
    ),
    ("dirujuk", re.compile(r"\bdirujuk\b")),
    ("teratasi_sebagian", re.compile(r"\bsebagian\b")),
    ("teratasi", re.compile(r"\bteratasi\b|\btercapai\b|\bselesai\b")),
)
_DISABILITY_WORDS = (
    ("fisik", re.compile(r"fisik|daksa|lumpuh|amputasi|kursi roda|polio")),
    ("intelektual", re.compile(r"intelektual|grahita|down syndrome|sindrom down")),
    ("mental", re.compile(r"mental|psikososial|skizofren|bipolar|autis|laras")),
    ("netra", re.compile(r"netra|\bbuta\b|low vision|penglihatan")),
    ("rungu", re.compile(r"rungu|\btuli\b|pendengaran")),
    ("wicara", re.compile(r"wicara|\bbisu\b|bicara")),
)
_DISABILITY_ORDER = ("fisik", "intelektual", "mental", "netra", "rungu", "wicara")


def outcome_for(note: str) -> str:
    text = " ".join(note.lower().split())
    if not text or _NEGATION.search(text):
        return "lainnya"
    for code, pattern in _OUTCOME_WORDS:
        if pattern.search(text):
            return code
    return "lainnya"


def disability_kinds_for(text: str) -> str:
    words = " ".join(text.lower().split())
    found = {code for code, pattern in _DISABILITY_WORDS if pattern.search(words)}
    return ",".join(code for code in _DISABILITY_ORDER if code in found)


def upgrade() -> None:
    # Plain columns: SQLite adds them in place, no rebuild of 100,000 clients.
    op.add_column("cases", sa.Column("closing_code", sa.String(length=30), nullable=True))
    op.add_column(
        "clients",
        sa.Column("disability_kinds", sa.String(length=100), nullable=False, server_default=""),
    )
    op.add_column(
        "referrals",
        sa.Column(
            "letter_subject",
            sa.String(length=120),
            nullable=False,
            server_default="Rujukan Klien",
        ),
    )
    op.create_table(
        "activities",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("activity_date", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("service_type", sa.String(length=30), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("place", sa.String(length=300), nullable=False),
        sa.Column("province_code", sa.String(length=2), nullable=True),
        sa.Column("regency_code", sa.String(length=5), nullable=True),
        sa.Column("district_code", sa.String(length=8), nullable=True),
        sa.Column("village_code", sa.String(length=13), nullable=True),
        sa.Column("partner_id", sa.Integer(), nullable=True),
        sa.Column("partner_name", sa.String(length=300), nullable=False),
        sa.Column("participants_male", sa.Integer(), nullable=False),
        sa.Column("participants_female", sa.Integer(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.Integer(), nullable=True),
        sa.Column("removed_at", sa.DateTime(), nullable=True),
        sa.Column("removed_by", sa.Integer(), nullable=True),
        sa.Column("removal_reason", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["created_by"], ["users.id"], name=op.f("fk_activities_created_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["partner_id"], ["partners.id"], name=op.f("fk_activities_partner_id_partners")
        ),
        sa.ForeignKeyConstraint(
            ["removed_by"], ["users.id"], name=op.f("fk_activities_removed_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["updated_by"], ["users.id"], name=op.f("fk_activities_updated_by_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activities")),
    )
    with op.batch_alter_table("activities", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_activities_activity_date"), ["activity_date"], unique=False
        )

    bind = op.get_bind()
    closed = bind.execute(
        sa.text("SELECT id, closing_reason FROM cases WHERE closed_on IS NOT NULL")
    ).all()
    for case_id, note in closed:
        bind.execute(
            sa.text("UPDATE cases SET closing_code = :code WHERE id = :id"),
            {"code": outcome_for(note or ""), "id": case_id},
        )
    described = bind.execute(
        sa.text("SELECT id, disability FROM clients WHERE trim(disability) != ''")
    ).all()
    for client_id, text in described:
        kinds = disability_kinds_for(text)
        if kinds:
            bind.execute(
                sa.text("UPDATE clients SET disability_kinds = :kinds WHERE id = :id"),
                {"kinds": kinds, "id": client_id},
            )


def downgrade() -> None:
    with op.batch_alter_table("activities", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_activities_activity_date"))
    op.drop_table("activities")
    # SQLite's own DROP COLUMN: a batch rebuild would drop and recreate tables that other
    # rows point at, which foreign keys refuse once the office has data.
    for table, column in (
        ("referrals", "letter_subject"),
        ("clients", "disability_kinds"),
        ("cases", "closing_code"),
    ):
        op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
