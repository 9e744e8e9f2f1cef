"""Where the database is: the user's data folder by default, or what the command line says."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from platformdirs import user_data_path

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

DATABASE_FILENAME = "tatulyq.db"
SQLITE_HEADER = b"SQLite format 3\x00"
KEY_FILE_SUFFIX = ".keys"  # tatulyq.db -> tatulyq.keys, beside it (app/storage/keyfile.py)


@dataclass(frozen=True)
class DatabaseLocation:
    """The database URL and the folder for the things that go beside it (backups, logs, drafts).

    ``key`` is the SQLCipher key of an encrypted local database, unwrapped from its key file with a
    user's password or the recovery key; it lives in memory only and is never shown (repr=False).
    """

    url_text: str | None  # None: the default SQLite file in data_dir
    data_dir: Path
    key: bytes | None = field(default=None, repr=False, compare=False)

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
    def file_path(self) -> Path | None:
        """The local database file, found without SQLAlchemy for the default location (start-up)."""
        if self.url_text is None:
            return self.data_dir / DATABASE_FILENAME
        return self.sqlite_path

    @property
    def key_file(self) -> Path | None:
        """Where the wrapped keys of this database live (whether or not it exists); None for a server."""
        path = self.file_path
        return None if path is None else path.with_name(path.stem + KEY_FILE_SUFFIX)

    @property
    def is_encrypted(self) -> bool:
        """A key file beside the database: it is a SQLCipher database that needs a key to open."""
        key_file = self.key_file
        return key_file is not None and key_file.is_file()

    @property
    def needs_key(self) -> bool:
        """A local database that opens only with a key: its key file is there, or its file is not plain
        SQLite (the key file lost: the recovery key still opens it). Looks at the disk only: the
        desktop program asks this before anything heavy is imported."""
        path = self.file_path
        if self.key is not None or path is None:
            return False
        return self.is_encrypted or file_looks_encrypted(path)

    def with_key(self, key: bytes | None) -> DatabaseLocation:
        return DatabaseLocation(self.url_text, self.data_dir, key)

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"

    def describe(self) -> str:
        """For the status bar and `--json` output: never shows a password."""
        if self.sqlite_path is not None:
            return str(self.sqlite_path)
        return self.url.render_as_string(hide_password=True)


def file_looks_encrypted(path: Path) -> bool:
    """A file that looks like an encrypted database: not the plain SQLite header, and whole pages.

    A SQLCipher file begins with random bytes (its salt), so nothing marks it; but it is made of pages,
    whose sizes are all multiples of 512 bytes, which a stray file (a spreadsheet, some text) rarely is.
    """
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(len(SQLITE_HEADER))
    except OSError:
        return False
    return bool(head) and head != SQLITE_HEADER and size % 512 == 0


def default_data_dir() -> Path:
    override = os.environ.get("TATULYQ_DATA_DIR")
    return Path(override) if override else user_data_path("Tatulyq", appauthor=False, roaming=False)


def resolve_location(data_dir: str | Path | None = None, database_url: str | None = None) -> DatabaseLocation:
    folder = Path(data_dir).expanduser().resolve() if data_dir else default_data_dir()
    url_text = database_url or os.environ.get("TATULYQ_DATABASE_URL")
    if url_text:
        return DatabaseLocation(url_text, folder)
    return DatabaseLocation(None, folder)
