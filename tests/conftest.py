"""Shared fixtures: every test gets real SQLite files in its own temporary folder.

With TATULYQ_TEST_POSTGRES_URL set (a server URL such as
postgresql+psycopg://postgres@/postgres?host=/tmp&port=5433) every test that uses the `db` fixture
runs a second time on a fresh PostgreSQL database made for it and dropped afterwards.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

# Qt never needs a screen in tests; set before any Qt import.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from app.services.context import Actor
from app.services.runtime import open_database
from app.storage.database import Database

TODAY = date(2026, 11, 20)
ACTOR = Actor("tester")
POSTGRES_URL = os.environ.get("TATULYQ_TEST_POSTGRES_URL", "")

BACKENDS = ["sqlite", "postgresql"] if POSTGRES_URL else ["sqlite"]


@pytest.fixture(params=BACKENDS)
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    if request.param == "sqlite":
        database = open_database(data_dir=tmp_path / "data")
        yield database
        database.close()
        return
    server = make_url(POSTGRES_URL)
    name = f"tatulyq_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0"))
    database = open_database(
        database_url=server.set(database=name).render_as_string(hide_password=False),
        data_dir=tmp_path / "data",
    )
    try:
        yield database
    finally:
        database.close()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def sqlite_db(tmp_path: Path) -> Iterator[Database]:
    """For what only a local SQLite file has: WAL, file locks, the backup API."""
    database = open_database(data_dir=tmp_path / "data")
    yield database
    database.close()
