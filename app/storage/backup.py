"""Backups with SQLite's online backup API: consistent while others read, and it includes the WAL.

A plain file copy of a WAL database can miss the last commits, so we never copy the file itself.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Engine

from app.errors import StorageError


def backup_sqlite(engine: Engine, target: Path) -> Path:
    """Write a consistent copy of the database to ``target`` (written beside it, then renamed)."""
    target = Path(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StorageError(
            "backup.cannot_write", f"Cannot write to {target.parent}: {error.strerror}"
        ) from error
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    raw = engine.raw_connection()
    try:
        source = raw.driver_connection
        if not isinstance(source, sqlite3.Connection):
            raise StorageError("db.not_a_file", "Backups of this kind work on a local SQLite database only.")
        dest = sqlite3.connect(partial)
        try:
            source.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")  # a single self-contained file
        finally:
            dest.close()
        partial.replace(target)
    except sqlite3.OperationalError as error:
        partial.unlink(missing_ok=True)
        text = str(error).lower()
        if "full" in text:
            raise StorageError(
                "backup.disk_full", f"The disk at {target.parent} is full; no backup was written."
            ) from error
        raise StorageError("backup.failed", f"The backup could not be written: {error}") from error
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise StorageError("backup.cannot_write", f"Cannot write {target}: {error.strerror}") from error
    finally:
        raw.close()
    return target


def copy_into(source_file: Path, engine: Engine) -> None:
    """Replace the live database's content with ``source_file``'s, in one step of the backup API."""
    raw = engine.raw_connection()
    try:
        dest = raw.driver_connection
        if not isinstance(dest, sqlite3.Connection):
            raise StorageError("db.not_a_file", "Restore works on a local SQLite database only.")
        source = sqlite3.connect(f"file:{source_file}?mode=ro", uri=True)
        try:
            source.backup(dest)
        finally:
            source.close()
    finally:
        raw.close()
