"""What every command gets: where the database is, how to answer, and a way to open the database.

An encrypted database (a key file beside it) opens with the key unwrapped by a user's password: the
user from the global ``--user NAME``, the password from the environment variable TATULYQ_PASSWORD or,
in a terminal, typed when asked (never echoed). A script with no terminal gets a clear error instead
of a prompt that would wait for ever.
"""

from __future__ import annotations

import getpass
import os
import sys
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TypeGuard

from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from app.cli.output import Output
from app.errors import StorageError, ValidationError
from app.services import database_keys, runtime, units
from app.storage import keyfile
from app.storage.database import Database
from app.storage.location import DatabaseLocation
from app.storage.migrate import MigrationResult

PASSWORD_VARIABLE = "TATULYQ_PASSWORD"


@dataclass
class Context:
    location: DatabaseLocation
    out: Output
    user: str | None = None  # --user NAME: who opens an encrypted database

    def unlocked(self) -> DatabaseLocation:
        """The location with the key of an encrypted database (asked for once, then kept in memory)."""
        location = self.location
        path, key_file = location.file_path, location.key_file
        if location.key is not None or path is None or key_file is None:
            return location
        keyfile.settle(path, key_file)
        if not location.is_encrypted:
            return location
        if not self.user:
            raise StorageError(
                "db.key_required",
                "This database is encrypted: name the user with --user NAME; the password is read from "
                f"{PASSWORD_VARIABLE} or asked for.",
            )
        password = read_password(f"Password for {self.user}: ")
        self.location = database_keys.unlock(location, self.user, password)
        return self.location

    @contextmanager
    def database(self, *, upgrade: bool = True, announce_upgrade: bool = True) -> Iterator[Database]:
        """The open database, closed when the block ends.

        Opening migrates an older database (after backing it up); a person should hear of that,
        since the file can no longer be opened by the older program.
        """
        location = self.unlocked()
        try:
            db = runtime.open_database(location, upgrade=upgrade)
        except (ImportError, OperationalError) as error:
            raise _cannot_open(self.location, error) from error
        try:
            if announce_upgrade and was_upgraded(db.migration):
                self.out.note(upgrade_sentence(db.migration))
            yield db
        finally:
            db.close()


def _cannot_open(location: DatabaseLocation, error: Exception) -> StorageError:
    """Failing to open (connect, not a query) is the environment's doing: no driver, no server."""
    if isinstance(error, ImportError):
        return StorageError(
            "db.driver_missing",
            f"The driver for {location.url.get_backend_name()} databases is not installed ({error.name}).",
        )
    reason = str(getattr(error, "orig", None) or error).strip().splitlines()[0]
    return StorageError(
        "db.cannot_open", f"The database at {location.describe()} cannot be opened: {reason}", reason=reason
    )


def was_upgraded(result: object) -> TypeGuard[MigrationResult]:
    """An existing database was brought forward (not a new one built from empty)."""
    return isinstance(result, MigrationResult) and result.changed and result.before is not None


def upgrade_sentence(result: MigrationResult) -> str:
    text = f"the database was upgraded from schema {result.before} to {result.after}"
    if result.backup is not None:
        text += f"; the previous version was saved to {result.backup}"
    return text


def unit_subtree(session: Session, code: str | None) -> list[uuid.UUID] | None:
    """`--unit CODE`: that unit and every unit below it (a council sees its centres); None for all."""
    if code is None:
        return None
    return units.subtree_ids(session, units.by_code(session, code).id)


def read_password(prompt: str, *, confirm: str | None = None) -> str:
    """TATULYQ_PASSWORD, or typed in a terminal (twice when ``confirm`` asks for the repeat)."""
    given = os.environ.get(PASSWORD_VARIABLE)
    if given:
        return given
    if not sys.stdin.isatty():
        raise ValidationError(
            "cli.password_required",
            f"A password is needed: set {PASSWORD_VARIABLE}, or run the command in a terminal to type it.",
        )
    password = getpass.getpass(prompt)
    if confirm is not None and getpass.getpass(confirm) != password:
        raise ValidationError("setup.passwords_differ", "The two passwords differ.")
    return password
