"""The service-level suite runs on both engines: every test whose office comes from the
``initialized`` fixture (directly or through ``head`` and ``office``) runs once on the
embedded SQLCipher file and once on the session's PostgreSQL server (marker ``postgres``).

A test marked ``embedded_only("why")`` checks what only the embedded engine has (the file
itself, the workstation secret, the recovery card opening the file): it runs on SQLite only;
its server-mode counterpart lives in tests/server.
"""

from __future__ import annotations

import pytest

KINDS = ("sqlite", "postgres")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "storage_kind" not in metafunc.fixturenames:
        return
    embedded_only = metafunc.definition.get_closest_marker("embedded_only") is not None
    kinds = KINDS[:1] if embedded_only else KINDS
    metafunc.parametrize(
        "storage_kind",
        [pytest.param(k, marks=[pytest.mark.postgres] if k == "postgres" else []) for k in kinds],
    )
