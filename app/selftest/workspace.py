"""What the checks of the self-test hand on to each other: the temporary folder and the test database."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.storage.database import Database
    from app.storage.location import DatabaseLocation


class CheckError(Exception):
    """A check found what it tested to be wrong; the message says what, for the person reading it."""


@dataclass
class Workspace:
    folder: Path
    # Set by the database check: the encrypted test database of the centre, and how to open it.
    location: DatabaseLocation | None = None
    password: str = ""
    cases: int = 0
    report: Path | None = None  # the PDF the report check made (the fonts check reads it)
    _open: list[Database] = field(default_factory=list)

    def keep(self, database: Database) -> Database:
        """Remember ``database`` so that it is closed at the end, whatever happens."""
        self._open.append(database)
        return database

    def require_location(self) -> DatabaseLocation:
        if self.location is None:
            raise CheckError("the test database was not made")
        return self.location

    def close(self) -> None:
        for database in self._open:
            database.close()
        self._open.clear()
