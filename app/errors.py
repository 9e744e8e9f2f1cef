"""Errors the user can do something about, each with a message key the UI translates.

Services and the storage layer raise these; the desktop program shows ``tr(key)`` formatted with
``params`` and the command line prints ``message`` (readable English). Anything else that escapes is a
bug and is reported as such.
"""

from __future__ import annotations

from typing import Any


class TatulyqError(Exception):
    """Base of the errors a person can act on: bad input, a busy or unusable database, ..."""

    def __init__(self, key: str, message: str, **params: Any) -> None:
        super().__init__(message)
        self.key = key
        self.message = message
        self.params = params

    def __str__(self) -> str:
        return self.message


class ValidationError(TatulyqError):
    """The input breaks a rule (a wrong IIN, an empty name, a date in the future, ...)."""


class NotFoundError(TatulyqError):
    """A case, unit or record that was asked for does not exist."""


class WorkflowError(TatulyqError):
    """A case was asked to move along a transition the Law on Mediation does not allow."""


class ConflictError(TatulyqError):
    """Somebody else changed or took the record first (duplicate number, stale version)."""


class StorageError(TatulyqError):
    """The database cannot be used as asked: busy, corrupt, full disk, newer than this program."""
