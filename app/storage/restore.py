"""Restore a backup over the live database, only after the backup proved sound.

The order matters: verify the backup (integrity, schema revision, counts) -> save the database as it is
now -> replace its content in one atomic step -> check the replaced content is what was verified ->
upgrade it if it came from an older program. Nothing is replaced unless every step before succeeded,
and the copy saved first means a restore can itself be undone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, text

from app.errors import StorageError
from app.storage import migrate
from app.storage.backup import CANDIDATE, attached, backup_sqlite, copy_into
from app.storage.checks import COUNTED, CheckReport
from app.storage.location import DatabaseLocation
from app.storage.rotation import BEFORE_RESTORE, backup_name


@dataclass
class BackupCheck(CheckReport):
    """A backup file's verification: what it holds, and why it may not be restored."""

    newer: bool = False  # made by a newer program: install that program, no other backup needed


@dataclass(frozen=True)
class RestoreResult:
    source: Path
    verified: BackupCheck
    previous_saved_to: Path
    migrated_from: str | None


def verify_backup(engine: Engine, path: Path) -> BackupCheck:
    """Is ``path`` a sound Tatulyq database this program can use? Read through the engine, never changed."""
    report = BackupCheck(revision=None, head=migrate.head_revision())
    path = Path(path)
    if not path.is_file():  # checked first: attaching a missing file would create an empty one
        report.problems.append(f"{path} does not exist")
        return report
    driver_error = engine.dialect.loaded_dbapi.Error
    try:
        with attached(engine, path) as conn:
            _verify_attached(conn, path, report, driver_error)
    except driver_error as error:
        # Not a database at all, damaged beyond reading, or encrypted with another key.
        report.problems.append(f"{path.name} cannot be read as a Tatulyq database: {error}")
    return report


def _verify_attached(conn: Any, path: Path, report: BackupCheck, driver_error: type[Exception]) -> None:
    execute = conn.execute  # a DB-API connection of the engine's driver, with the backup attached
    integrity = [row[0] for row in execute(f"PRAGMA {CANDIDATE}.integrity_check")]
    if integrity != ["ok"]:
        report.problems.extend(f"integrity: {line}" for line in integrity[:20])
        return
    try:
        row = execute(f"SELECT version_num FROM {CANDIDATE}.alembic_version").fetchone()
    except driver_error:
        row = None
    if row is None:
        report.problems.append(f"{path.name} is not a Tatulyq database (no schema revision)")
        return
    report.revision = str(row[0])
    if report.revision not in migrate.known_revisions():
        report.newer = True
        report.problems.append(f"{path.name} was made by a newer Tatulyq (schema {report.revision})")
        return
    broken = execute(f"PRAGMA {CANDIDATE}.foreign_key_check").fetchall()
    if broken:
        report.problems.append(f"{len(broken)} rows point to records that do not exist")
    for name in COUNTED:
        report.counts[name] = int(execute(f"SELECT count(*) FROM {CANDIDATE}.{name}").fetchone()[0])


def refusal(report: BackupCheck) -> StorageError:
    """Why a backup that failed verification is not restored, as the error to tell."""
    if report.newer:
        return StorageError(
            "restore.newer_backup",
            f"The backup was made by a newer version of Tatulyq (schema {report.revision}); "
            "install that version to restore it. Nothing was changed.",
            revision=report.revision,
        )
    return StorageError(
        "restore.bad_backup",
        "The backup was not restored because it failed verification: " + "; ".join(report.problems),
        problems=report.problems,
    )


def _live_counts(engine: Engine) -> dict[str, int]:
    with engine.connect() as conn:
        counts = {name: int(conn.scalar(text(f"SELECT count(*) FROM {name}")) or 0) for name in COUNTED}
        conn.rollback()
    return counts


def restore_sqlite(
    engine: Engine, location: DatabaseLocation, source: Path, *, previous_to: Path | None = None
) -> RestoreResult:
    """Replace the database with the backup ``source`` after verifying it; the current one is saved first.

    ``previous_to``: where to save the database as it is now (default: the backups folder, named by
    the computer's local time).
    """
    if location.sqlite_path is None:
        raise StorageError("db.not_a_file", "Restore works on a local SQLite database file only.")
    source = Path(source).resolve()
    if source == location.sqlite_path.resolve():
        raise StorageError("restore.same_file", "That file is the database in use; choose a backup file.")
    report = verify_backup(engine, source)
    if not report.ok:
        raise refusal(report)
    if previous_to is None:
        revision = migrate.current_revision(engine) or "none"
        previous_to = location.backup_dir / backup_name(BEFORE_RESTORE, datetime.now().astimezone(), revision)
    saved = backup_sqlite(engine, previous_to)
    copy_into(source, engine)
    if _live_counts(engine) != report.counts:  # pragma: no cover - the backup API copies whole pages
        copy_into(saved, engine)
        raise StorageError(
            "restore.failed",
            f"The restored database did not hold what the backup held; the database was put back as it was "
            f"(a copy is at {saved}).",
            path=str(saved),
        )
    migrated_from = None
    if report.revision != migrate.head_revision():
        migrated_from = report.revision
        migrate.upgrade(engine, location)
    return RestoreResult(source, report, saved, migrated_from)
