"""The one place the database engine is made.

SQLite gets WAL (readers never wait for a writer), foreign keys, a busy timeout and full fsync on
commit (a power cut must not lose a save that returned). pysqlite's own transaction handling does not
wrap DDL and cannot take the write lock up front, so we switch it off and emit BEGIN ourselves: plain
BEGIN for reading, BEGIN IMMEDIATE for a unit of work that writes, so two writers queue on the busy
timeout instead of failing half-way.

An encrypted database (a key file beside it, app/storage/keyfile.py) is opened with sqlcipher3 in
place of the standard sqlite3, keyed before anything else touches the file; the dialect stays
SQLite's (FTS5, the BEGIN handling above and every query work unchanged), only the DB-API module
differs, so the driver's errors are still recognised and wrapped by SQLAlchemy. Backups and their
checks connect to other files through ``connect_file``/``connect_target``, keyed the same way.
"""

from __future__ import annotations

import sqlite3
import weakref
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import NullPool, QueuePool

from app.errors import StorageError
from app.storage.keyfile import sqlcipher_key_pragma
from app.storage.location import SQLITE_HEADER, DatabaseLocation, file_looks_encrypted

BUSY_TIMEOUT_MS = 5000
WRITE_OPTION = "tatulyq_write"

# The key each encrypted engine was made with, for the connections it makes to other files (backups).
_ENGINE_KEYS: weakref.WeakKeyDictionary[Engine, bytes] = weakref.WeakKeyDictionary()


def make_engine(location: DatabaseLocation, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> Engine:
    if not location.is_sqlite:
        # PostgreSQL waits for a row or advisory lock forever by default; like SQLite's busy timeout,
        # give up after a while so the person hears "busy, try again" instead of a frozen window.
        options = {"options": f"-c lock_timeout={busy_timeout_ms}"}
        return create_engine(location.url, pool_pre_ping=True, future=True, connect_args=options)

    path = location.sqlite_path
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
    if location.key is not None:
        if path is None:
            raise StorageError("db.not_a_file", "Only a database file can be encrypted.")
        engine = _encrypted_engine(location, path, location.key, busy_timeout_ms)
    else:
        if path is not None:
            refuse_if_encrypted(location, path)
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


def _encrypted_engine(location: DatabaseLocation, path: Path, key: bytes, busy_timeout_ms: int) -> Engine:
    import sqlcipher3

    def connect() -> Any:
        return connect_file(path, key, timeout_ms=busy_timeout_ms)

    engine = create_engine(
        location.url,
        module=sqlcipher3,  # the SQLite dialect over SQLCipher's DB-API: its errors are wrapped as usual
        creator=connect,  # keyed before the pool's own "connect" handlers touch the file
        # Kept open between units of work: each new SQLCipher connection decrypts and parses the schema
        # again, so cold reads were 2-6x slower than a plain file's. Restore copies pages into the live
        # database (the backup API), which pooled connections see; Database.close() disposes the pool.
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=6,
    )
    _ENGINE_KEYS[engine] = key
    return engine


def engine_key(engine: Engine) -> bytes | None:
    """The key of an encrypted database's engine; None for a plain one."""
    return _ENGINE_KEYS.get(engine)


def connect_file(
    path: Path, key: bytes | None, *, read_only: bool = False, timeout_ms: int = BUSY_TIMEOUT_MS
) -> Any:
    """A DB-API connection to a SQLite file: sqlcipher3 keyed with ``key``, or sqlite3 for a plain file.

    A key that does not fit shows only at the first read, so the file is read here: a wrong key is
    told now, as such, instead of as a damaged file at some later query.
    """
    target = f"file:{path}?mode=ro" if read_only else str(path)
    if key is None:
        return sqlite3.connect(target, uri=read_only, timeout=timeout_ms / 1000, check_same_thread=False)
    import sqlcipher3

    conn = sqlcipher3.connect(target, uri=read_only, timeout=timeout_ms / 1000, check_same_thread=False)
    try:
        # SQLCipher writes every failed page check to stderr by default (process-wide setting): a
        # wrong key is told once, as our error, not as lines of "hmac check failed" in the console.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(sqlcipher_key_pragma(key))
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as error:
        conn.close()
        if "not a database" in str(error).lower() or "encrypted" in str(error).lower():
            raise StorageError(
                "db.wrong_key",
                f"The file {path} does not open with this database's key: it is another database, "
                "or it is damaged.",
                path=str(path),
            ) from error
        raise
    return conn


def connect_target(engine: Engine, path: Path) -> Any:
    """A new file to copy ``engine``'s database into (the backup API): encrypted with the same key.

    The backup API copies pages as they are between two connections of one driver, so the copy of an
    encrypted database is itself encrypted, with the same key, and never exists in the clear.
    """
    return connect_file(path, engine_key(engine))


def attach_file(engine: Engine, connection: Any, path: Path, schema: str) -> None:
    """ATTACH ``path`` as ``schema`` on a driver connection of ``engine``, with the database's key.

    SQLCipher's ATTACH without KEY reuses the main database's derived keys, whose HMAC part depends
    on the main file's salt: another file (a backup) then fails its page checks. The key is named.
    """
    key = engine_key(engine)
    if key is None:
        connection.execute(f"ATTACH DATABASE ? AS {schema}", (str(path),))
    else:
        connection.execute(f"ATTACH DATABASE ? AS {schema} KEY \"x'{key.hex()}'\"", (str(path),))


def is_sqlite_connection(connection: object) -> bool:
    """A DB-API connection of either SQLite driver (the standard sqlite3, or sqlcipher3)."""
    if isinstance(connection, sqlite3.Connection):
        return True
    module = type(connection).__module__
    return module.startswith("sqlcipher3")


def sqlite_errors() -> tuple[type[Exception], ...]:
    """The base error classes of both SQLite drivers, to catch what either raises."""
    import sqlcipher3

    return (sqlite3.Error, sqlcipher3.Error)


def file_is_plain(path: Path) -> bool | None:
    """True: a SQLite file anyone can read; False: not readable without a key; None: no file yet."""
    try:
        with path.open("rb") as handle:
            head = handle.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return None
    if not head:
        return None  # an empty file: SQLite makes it a new database
    return head == SQLITE_HEADER


def refuse_if_encrypted(location: DatabaseLocation, path: Path) -> None:
    """Opened without a key, an encrypted file fails only at its first query, as "not a database"."""
    if location.is_encrypted and file_is_plain(path) is not True:
        raise StorageError(
            "db.key_required",
            "This database is encrypted: it opens only after signing in (on the command line: "
            "--user NAME, with the password in TATULYQ_PASSWORD or typed when asked).",
        )
    if file_looks_encrypted(path):
        raise StorageError(
            "keys.missing",
            f"{path} is encrypted, but its key file {location.key_file} is missing. Put the key file "
            "back, or open the database with its recovery key (tatulyq db recover).",
            path=str(location.key_file),
        )


def prepare_code() -> None:
    """Do now, once per process, what the first query would otherwise do: configure the ORM's mappers
    and load and set up the SQLite dialect (~15 ms). The desktop program calls it while the person
    types the password that opens an encrypted database."""
    from sqlalchemy.orm import configure_mappers

    from app.models import load_all

    load_all()
    configure_mappers()
    create_engine("sqlite://").dispose()
