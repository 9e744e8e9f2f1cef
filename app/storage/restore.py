"""Restore a backup over the live database, only after the backup proved sound.

The current database is backed up first, so a restore can itself be undone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine

from app.errors import StorageError
from app.storage import migrate
from app.storage.backup import backup_sqlite, copy_into
from app.storage.checks import CheckReport, verify_backup_file
from app.storage.location import DatabaseLocation


@dataclass(frozen=True)
class RestoreResult:
    source: Path
    verified: CheckReport
    previous_saved_to: Path
    migrated_from: str | None


def restore_sqlite(engine: Engine, location: DatabaseLocation, source: Path) -> RestoreResult:
    if location.sqlite_path is None:
        raise StorageError("db.not_a_file", "Restore works on a local SQLite database file only.")
    source = Path(source).resolve()
    if source == location.sqlite_path.resolve():
        raise StorageError("restore.same_file", "That file is the database in use; choose a backup file.")
    report = verify_backup_file(source)
    if not report.ok:
        raise StorageError(
            "restore.bad_backup",
            "The backup was not restored because it failed verification: " + "; ".join(report.problems),
            problems=report.problems,
        )
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    saved = backup_sqlite(engine, location.backup_dir / f"before-restore-{stamp}.db")
    copy_into(source, engine)
    migrated_from = None
    if report.revision != migrate.head_revision():
        migrated_from = report.revision
        migrate.upgrade(engine, location)
    return RestoreResult(source, report, saved, migrated_from)
