"""Turn the database driver's errors into ones a person can act on (busy, corrupt, full disk)."""

from __future__ import annotations

from sqlalchemy import exc as sa_exc
from sqlalchemy.orm.exc import StaleDataError

from app.errors import ConflictError, StorageError, TatulyqError


def translate(error: BaseException) -> TatulyqError | None:
    """The friendly error for a known failure of the environment, or None when it is a bug."""
    if isinstance(error, TatulyqError):
        return error
    if isinstance(error, StaleDataError):
        return ConflictError(
            "record.changed_elsewhere",
            "Somebody else saved this record after you opened it; reopen it and make your change again.",
        )
    text = str(getattr(error, "orig", error)).lower()
    busy = ("database is locked", "database is busy", "could not obtain lock", "lock timeout")  # SQLite, PostgreSQL
    if any(words in text for words in busy):
        return StorageError(
            "db.busy", "The database is busy with another user's work; try again in a moment."
        )
    if "disk is full" in text or "database or disk is full" in text or "no space left" in text:
        return StorageError(
            "db.disk_full", "The disk is full; nothing was saved. Free some space and try again."
        )
    if "file is not a database" in text or "malformed" in text or "file is encrypted" in text:
        return StorageError("db.corrupt", "The database file is damaged or is not a Tatulyq database.")
    if "unable to open database" in text or "readonly database" in text or "read-only" in text:
        return StorageError("db.cannot_open", "The database file cannot be opened for writing.")
    if isinstance(error, sa_exc.IntegrityError):
        return ConflictError("db.integrity", f"The change breaks a rule of the database: {text}")
    unreachable = ("could not connect", "connection failed", "connection refused", "could not translate host")
    if isinstance(error, sa_exc.OperationalError) and any(phrase in text for phrase in unreachable):
        return StorageError("db.unreachable", "The database server cannot be reached.")
    return None
