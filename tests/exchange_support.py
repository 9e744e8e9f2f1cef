"""What the exchange row tests share: a second installation (the council's) on the same kind of
database as the `db` fixture, the ReceivedPackage row an importer makes first, and one unit's rows
carried from one database to the other."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from app.exchange.rows_in import RowsIn, apply_rows
from app.exchange.rows_out import RowsOut, export_rows
from app.models import ReceivedPackage
from app.models.base import utc_now
from app.models.reference import unit_id
from app.services.runtime import open_database
from app.storage.database import Database
from tests.conftest import POSTGRES_URL
from tests.helpers_services import write

UNTIL = date(2026, 11, 30)


def second_database(db: Database, tmp_path: Path) -> Iterator[Database]:
    """A second, empty installation on the same kind of database as `db` (use it in a fixture)."""
    if db.dialect == "sqlite":
        database = open_database(data_dir=tmp_path / "council")
        yield database
        database.close()
        return
    server = make_url(POSTGRES_URL)
    name = f"tatulyq_copy_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0"))
    database = open_database(
        database_url=server.set(database=name).render_as_string(hide_password=False),
        data_dir=tmp_path / "council",
    )
    try:
        yield database
    finally:
        database.close()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def received_package(s: Session, unit_code: str) -> uuid.UUID:
    """The row the importer makes first for a package; the rows it carries point to it."""
    row = ReceivedPackage(
        package_id=uuid.uuid4(),
        sender_unit=unit_code,
        sender_key_id="0123456789abcdef",
        unit_code=unit_code,
        period="2026-11",
        revision=1,
        sequence=1,
        completed_at=utc_now(),
        received_by="tester",
        state="current",
        manifest=b"{}",
        signature=b"",
        aggregates=b"{}",
    )
    s.add(row)
    s.flush()
    return row.id


def export_unit(db: Database, code: str, until: date = UNTIL) -> RowsOut:
    with db.session() as s:
        return export_rows(s, [unit_id(code)], until)


def apply_unit(db: Database, code: str, rows: RowsOut) -> tuple[uuid.UUID, RowsIn]:
    with write(db) as s:
        package = received_package(s, code)
        result = apply_rows(s, package, code, rows.cases, rows.consultations)
    return package, result
