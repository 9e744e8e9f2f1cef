"""Copies of a SQLite database with SQLite's online backup API, through the program's own engine.

- A plain file copy of a WAL database can miss the last commits; the backup API copies a consistent
  snapshot, including what is still in the WAL, while others go on reading and writing.
- Both ends of every copy are connections of the engine's own driver, never a plain
  ``sqlite3.connect`` behind its back: a new copy is opened by ``engine.connect_target`` (SQLCipher
  with the database's key when it is encrypted), and a backup is read (verified, restored) attached
  to the engine's own connection, which SQLCipher reads with the same key. So the backup of an
  encrypted database is encrypted too, and never exists in the clear.
- A backup is written under a temporary name, flushed to the disk, then renamed: a file with a
  backup's name is always whole. A full disk removes the partial file and says so.
"""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from app.errors import StorageError
from app.storage.engine import attach_file, connect_target, is_sqlite_connection
from app.storage.rotation import PARTIAL_SUFFIX

CANDIDATE = "candidate"  # the schema name a backup is attached under while it is read


def _driver_connection(raw: Any) -> Any:
    connection = raw.driver_connection
    if not is_sqlite_connection(connection):
        raise StorageError("db.not_a_file", "Backups of this kind work on a local SQLite database only.")
    return connection


def _is_disk_full(error: BaseException) -> bool:
    if isinstance(error, OSError) and error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return True
    return "full" in str(error).lower()


def _flush_to_disk(path: Path) -> None:
    """The copy's bytes on the disk before its name appears (a stick pulled right after is fine)."""
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def _flush_folder(folder: Path) -> None:
    if os.name != "posix":  # Windows cannot open a folder to fsync it; its rename is journalled anyway
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def backup_sqlite(engine: Engine, target: Path) -> Path:
    """Write a consistent copy of the database to ``target`` (written beside it, then renamed)."""
    target = Path(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StorageError(
            "backup.cannot_write",
            f"Cannot write to {target.parent}: {error.strerror}",
            path=str(target.parent),
        ) from error
    partial = target.with_name(target.name + PARTIAL_SUFFIX)
    raw = engine.raw_connection()  # first: the engine's one-time set-up runs on its own connection
    try:
        source = _driver_connection(raw)
        partial.unlink(missing_ok=True)
        dest = connect_target(engine, partial)  # encrypted with the database's key when it is
        try:
            # pages=-1: the whole database in one step under one read transaction, so writers in
            # WAL mode go on and the copy is one moment's state (a stepped copy restarts on writes).
            source.backup(dest, pages=-1)
            dest.execute("PRAGMA journal_mode = DELETE")  # one self-contained file, no -wal beside it
        finally:
            dest.close()
        _flush_to_disk(partial)
        partial.replace(target)
        _flush_folder(target.parent)
    except StorageError:
        partial.unlink(missing_ok=True)
        raise
    except Exception as error:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        if _is_disk_full(error):
            raise StorageError(
                "backup.disk_full",
                f"The disk at {target.parent} is full; no backup was written.",
                path=str(target.parent),
            ) from error
        if isinstance(error, OSError):
            raise StorageError(
                "backup.cannot_write", f"Cannot write {target}: {error.strerror}", path=str(target.parent)
            ) from error
        if isinstance(error, engine.dialect.loaded_dbapi.Error):  # the driver's (sqlite3 or sqlcipher3)
            raise StorageError("backup.failed", f"The backup could not be written: {error}") from error
        raise
    finally:
        raw.close()
    return target


@contextlib.contextmanager
def attached(engine: Engine, path: Path) -> Iterator[Any]:
    """A driver connection of the engine with the file ``path`` attached as ``candidate``.

    Attaching through the engine's own connection reads an encrypted backup with the database's key
    (SQLCipher attaches with the main database's key). Nothing is written to the file.
    """
    raw = engine.raw_connection()
    try:
        connection = _driver_connection(raw)
        attach_file(engine, connection, path, CANDIDATE)  # with the key, named (SQLCipher needs it)
        try:
            yield connection
        finally:
            # Best effort: the connection is closed right after, which detaches the file anyway.
            with contextlib.suppress(Exception):
                connection.execute(f"DETACH DATABASE {CANDIDATE}")
    finally:
        raw.close()


def copy_into(source_file: Path, engine: Engine) -> None:
    """Replace the live database's whole content with ``source_file``'s, atomically.

    The backup API writes every page into the live database in one step, as one write transaction
    of the live database (through its WAL): a crash half-way leaves the database as it was, and other
    connections see either all of the old content or all of the new.
    """
    with attached(engine, source_file) as reader:
        raw = engine.raw_connection()
        try:
            live = _driver_connection(raw)
            reader.backup(live, pages=-1, name=CANDIDATE)
        finally:
            raw.close()
