"""Every column of the database is classified: the client record field by field in
core/client_fields.py (label, group, withholding group, anonymisation, export key, personal
data), every other table in core/personal_data.py. A column added without its line there fails
here, so no personal data can be missed by anonymisation, export or withholding silently."""

from __future__ import annotations

import dataclasses
import json

import pytest

from lk3_desktop.core import client_fields, personal_data
from lk3_desktop.core.client_fields import CLIENT_FIELDS, Erase
from lk3_desktop.core.withholding import FIELD_COLUMNS, WITHHOLDABLE_FIELDS
from lk3_desktop.db.models import Base
from lk3_desktop.paths import SCHEMAS
from lk3_desktop.services.clients import ClientInput

TABLES = Base.metadata.tables
HOW = (
    "classify it: a client column in lk3_desktop/core/client_fields.py, a column of another "
    "table in lk3_desktop/core/personal_data.py (personal? erased by anonymisation?)"
)


def test_every_client_column_is_declared_once() -> None:
    columns = [c.name for c in TABLES["clients"].columns]
    declared = [f.column for f in CLIENT_FIELDS]
    assert sorted(set(columns) - set(declared)) == [], HOW
    assert sorted(set(declared) - set(columns)) == [], "declared but not a column of clients"
    assert len(declared) == len(set(declared))


def test_every_table_is_classified() -> None:
    classified = (
        {"clients"}
        | personal_data.CLIENT_DATA.keys()
        | personal_data.OFFICE_PEOPLE.keys()
        | personal_data.NO_PERSONAL_DATA
    )
    assert sorted(set(TABLES) - classified) == [], HOW
    assert sorted(classified - set(TABLES)) == []


@pytest.mark.parametrize("table", sorted(personal_data.CLIENT_DATA))
def test_every_column_of_a_client_data_table_is_classified(table: str) -> None:
    columns = {c.name for c in TABLES[table].columns}
    declared = set(personal_data.CLIENT_DATA[table])
    assert sorted(columns - declared) == [], f"{table}: {HOW}"
    assert sorted(declared - columns) == [], f"{table}: declared but not a column"


def test_the_office_people_columns_exist() -> None:
    for table, columns in personal_data.OFFICE_PEOPLE.items():
        assert set(columns) <= {c.name for c in TABLES[table].columns}, table


def test_anonymisation_never_keeps_a_personal_client_column_unsaid() -> None:
    """A personal column is erased, or kept because reports count it (named as such)."""
    kept = [f.column for f in CLIENT_FIELDS if f.personal and f.erase is Erase.KEEP]
    assert kept == []
    stray = [f.column for f in CLIENT_FIELDS if not f.personal and f.erase is not Erase.KEEP]
    assert stray == ["updated_at", "anonymised_at"]  # stamped with the moment
    # These are written by services/anonymise.py by hand; a new one needs its code there.
    assert client_fields.erased(Erase.PSEUDONYM) == ("full_name",)
    assert client_fields.erased(Erase.AGE) == ("estimated_age", "estimated_on")


def test_columns_erased_to_null_may_be_null() -> None:
    client = {f.column: f.erase for f in CLIENT_FIELDS}
    for table, columns in [("clients", client), *personal_data.CLIENT_DATA.items()]:
        for name, how in columns.items():
            column = TABLES[table].c[name]
            if how is Erase.NULL:
                assert column.nullable, f"{table}.{name} is erased to NULL but is NOT NULL"


def test_withholding_groups_cover_declared_columns_only() -> None:
    assert set(FIELD_COLUMNS) == set(WITHHOLDABLE_FIELDS)
    for group, columns in FIELD_COLUMNS.items():
        assert all(client_fields.BY_COLUMN[c].withholding == group for c in columns)


def test_the_form_edits_exactly_the_input_fields() -> None:
    inputs = [f.name for f in dataclasses.fields(ClientInput)]
    assert sorted(inputs) == sorted(client_fields.form_columns())


def test_the_export_schema_knows_every_exported_key() -> None:
    schema = json.loads((SCHEMAS / "subject-export-v1.schema.json").read_text(encoding="utf-8"))
    properties = set(schema["properties"]["client"]["properties"])
    exported = {f.export_key for f in CLIENT_FIELDS if f.export_key is not None}
    made = {"address", "has_photo", "pmks", "registered_by"}
    assert sorted(exported - properties) == [], "add the key to the export schema"
    assert sorted(properties - exported - made) == []


def test_the_client_form_reads_every_field_it_edits(qapp: object) -> None:
    from lk3_desktop.ui.clients.client_form import ClientForm

    form = ClientForm()
    try:
        assert sorted(form.state_readers()) == sorted(client_fields.form_columns())
        assert len(form.state()) == len(client_fields.form_columns())
    finally:
        form.deleteLater()


def test_erase_values_follow_the_classification() -> None:
    values = personal_data.erase_values("counseling_sessions")
    assert values == {"note_sections": "{}", "interventions": "", "homework": "", "plan": ""}
    assert personal_data.erase_values("referral_letters") == {"pdf": b"", "cancel_reason": ""}
