"""What every command gets: where the database is, how to answer, and a way to open the database."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TypeGuard

from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from app.cli.output import Output
from app.errors import StorageError
from app.services import runtime, units
from app.storage.database import Database
from app.storage.location import DatabaseLocation
from app.storage.migrate import MigrationResult


@dataclass
class Context:
    location: DatabaseLocation
    out: Output

    @contextmanager
    def database(self, *, upgrade: bool = True, announce_upgrade: bool = True) -> Iterator[Database]:
        """The open database, closed when the block ends.

        Opening migrates an older database (after backing it up); a person should hear of that,
        since the file can no longer be opened by the older program.
        """
        try:
            db = runtime.open_database(self.location, upgrade=upgrade)
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
