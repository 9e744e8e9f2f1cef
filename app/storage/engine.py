"""The one place the database engine is made.

SQLite gets WAL (readers never wait for a writer), foreign keys, a busy timeout and full fsync on
commit (a power cut must not lose a save that returned). pysqlite's own transaction handling does not
wrap DDL and cannot take the write lock up front, so we switch it off and emit BEGIN ourselves: plain
BEGIN for reading, BEGIN IMMEDIATE for a unit of work that writes, so two writers queue on the busy
timeout instead of failing half-way. The SQLCipher key (a later revision) is applied here as well.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import NullPool

from app.storage.location import DatabaseLocation

BUSY_TIMEOUT_MS = 5000
WRITE_OPTION = "tatulyq_write"


def make_engine(location: DatabaseLocation, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> Engine:
    if not location.is_sqlite:
        return create_engine(location.url, pool_pre_ping=True, future=True)

    path = location.sqlite_path
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(
        location.url,
        connect_args={"timeout": busy_timeout_ms / 1000, "check_same_thread": False},
        # A desktop program holds few connections; NullPool closes files promptly (backups, restore).
        poolclass=NullPool,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we issue BEGIN ourselves (see module docstring)
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
            cursor.execute("PRAGMA foreign_keys = ON")
            if path is not None:
                cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = FULL")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        immediate = connection.get_execution_options().get(WRITE_OPTION, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine
