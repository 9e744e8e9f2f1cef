"""Shared fixtures: every test gets real SQLite files in its own temporary folder."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

# Qt never needs a screen in tests; set before any Qt import.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.services.context import Actor  # noqa: E402
from app.services.runtime import open_database  # noqa: E402
from app.storage.database import Database  # noqa: E402

TODAY = date(2026, 11, 20)
ACTOR = Actor("tester")


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(data_dir=tmp_path / "data")
    yield database
    database.close()
