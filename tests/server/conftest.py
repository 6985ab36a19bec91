"""Office server tests: every office here lives on the session's PostgreSQL cluster."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.postgres


@pytest.fixture
def storage_kind() -> str:
    return "postgres"
