"""Where the database is: the user's data folder by default, or what the command line says."""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from platformdirs import user_data_path

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

DATABASE_FILENAME = "tatulyq.db"


@dataclass(frozen=True)
class DatabaseLocation:
    """The database URL and the folder for the things that go beside it (backups, logs, drafts)."""

    url_text: str | None  # None: the default SQLite file in data_dir
    data_dir: Path

    @cached_property
    def url(self) -> URL:
        # Parsed on first use: resolving where the database is must not import SQLAlchemy (the desktop
        # program shows its sign-in window before SQLAlchemy is loaded; see app/ui/startup.py).
        from sqlalchemy.engine import URL, make_url

        if self.url_text is None:  # built, not parsed: a folder name may hold '?' or '#'
            return URL.create("sqlite", database=str(self.data_dir / DATABASE_FILENAME))
        return make_url(self.url_text)

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @property
    def sqlite_path(self) -> Path | None:
        if not self.is_sqlite or not self.url.database or self.url.database == ":memory:":
            return None
        return Path(self.url.database)

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"

    def describe(self) -> str:
        """For the status bar and `--json` output: never shows a password."""
        if self.sqlite_path is not None:
            return str(self.sqlite_path)
        return self.url.render_as_string(hide_password=True)


def default_data_dir() -> Path:
    override = os.environ.get("TATULYQ_DATA_DIR")
    return Path(override) if override else user_data_path("Tatulyq", appauthor=False, roaming=False)


def resolve_location(data_dir: str | Path | None = None, database_url: str | None = None) -> DatabaseLocation:
    folder = Path(data_dir).expanduser().resolve() if data_dir else default_data_dir()
    url_text = database_url or os.environ.get("TATULYQ_DATABASE_URL")
    if url_text:
        return DatabaseLocation(url_text, folder)
    return DatabaseLocation(None, folder)
