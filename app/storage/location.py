"""Where the database is: the user's data folder by default, or what the command line says."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_path
from sqlalchemy.engine import URL, make_url

DATABASE_FILENAME = "tatulyq.db"


@dataclass(frozen=True)
class DatabaseLocation:
    """The database URL and the folder for the things that go beside it (backups, logs, drafts)."""

    url: URL
    data_dir: Path

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
        return DatabaseLocation(make_url(url_text), folder)
    return DatabaseLocation(URL.create("sqlite", database=str(folder / DATABASE_FILENAME)), folder)
