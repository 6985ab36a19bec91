"""Alembic environment: always run by lk3_desktop.db.migrate on an already keyed connection."""

from alembic import context

from lk3_desktop.db.migrate import include_name
from lk3_desktop.db.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError(
        "LK3 migrations run only through lk3_desktop.db.migrate (the database is encrypted)"
    )

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
    include_name=include_name,
)
with context.begin_transaction():
    context.run_migrations()
