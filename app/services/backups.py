"""Backups as an administrator meets them: the daily backup and its rotation, copies on demand, restore.

- **Daily**: the desktop program makes one backup per local day (at its start, and again when it has
  run past midnight) into the ``backups`` folder beside the database, then rotates: 7 daily, 4 weekly
  and 12 monthly backups by default (settings backup.keep_*; the rule is in app/storage/rotation.py).
- **Before a migration** and **before a restore** the database is copied too; the rotation never
  deletes those copies (they are the way back from those steps).
- **On demand** to any folder, a USB stick for instance; the copy is read back and verified.
- **Restore**: the backup is verified first (integrity, schema revision, counts), the current database
  is saved, the content replaced in one atomic step, then upgraded if the backup is older.

All of it works on a local SQLite file; a PostgreSQL server is backed up with its own tools (pg_dump).
Times in file names are Kazakhstan's local time (app/services/clock.py). The storage names the windows
need (Keep, RestoreResult, the kinds of backup) are re-exported here: windows talk to the services only.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app.errors import NotFoundError, StorageError, ValidationError
from app.services import audit, clock, settings
from app.services.context import Actor
from app.storage import migrate
from app.storage.backup import backup_sqlite
from app.storage.database import Database, require_sqlite_file
from app.storage.restore import BackupCheck, restore_sqlite, verify_backup
from app.storage.restore import RestoreResult as RestoreResult
from app.storage.restore import refusal as restore_refusal
from app.storage.rotation import BEFORE_RESTORE as BEFORE_RESTORE
from app.storage.rotation import BEFORE_UPGRADE as BEFORE_UPGRADE
from app.storage.rotation import COPY as COPY
from app.storage.rotation import DAILY as DAILY
from app.storage.rotation import PARTIAL_SUFFIX, backup_name, daily_backups, parse_name, rotate
from app.storage.rotation import Keep as Keep

KEEP_KEYS = ("backup.keep_daily", "backup.keep_weekly", "backup.keep_monthly")
_LEFTOVER_AGE_S = 3600  # a .partial older than this is what a crash or power cut left, not work in progress


@dataclass(frozen=True)
class BackupEntry:
    """A backup file in the backups folder, as its name describes it."""

    path: Path
    kind: str  # rotation.DAILY, BEFORE_RESTORE, BEFORE_UPGRADE or COPY
    made_at: datetime  # local time
    revision: str | None
    size: int


@dataclass(frozen=True)
class BackupInfo:
    """A backup chosen for restoring: when it was made and what verification found in it."""

    path: Path
    made_at: datetime  # local time: from the file name, else the file's modification time
    check: BackupCheck

    @property
    def cases(self) -> int:
        return self.check.counts.get("cases", 0)


def refusal(info: BackupInfo) -> StorageError | None:
    """Why this backup may not be restored (damaged, not Tatulyq's, newer); None when it may."""
    return None if info.check.ok else restore_refusal(info.check)


@dataclass(frozen=True)
class DailyBackup:
    made: Path | None  # None: today's backup was already there (or the database is not a local file)
    removed: list[Path]  # older daily backups the rotation deleted


def local_now(moment: datetime | None = None) -> datetime:
    return (moment or clock.now()).astimezone(clock.KZ_TZ)


def is_local_file(database: Database) -> bool:
    return database.location.sqlite_path is not None


def folder(database: Database) -> Path:
    return database.location.backup_dir


def keep_policy(database: Database) -> Keep:
    with database.session() as s:
        daily, weekly, monthly = (settings.get_int(s, key) for key in KEEP_KEYS)
    return Keep(daily=daily, weekly=weekly, monthly=monthly)


def save_keep_policy(database: Database, keep: Keep, *, actor: Actor) -> None:
    """How many daily, weekly and monthly backups the rotation keeps from now on (checked against SPECS)."""
    with database.session(write=True, actor=actor) as s:
        for key, value in zip(KEEP_KEYS, (keep.daily, keep.weekly, keep.monthly), strict=True):
            settings.set_value(s, key, value)


def list_backups(database: Database) -> list[BackupEntry]:
    """The backups in the backups folder, newest first (files with other names are not listed)."""
    where = folder(database)
    if not where.is_dir():
        return []
    entries = []
    for path in where.iterdir():
        parsed = parse_name(path.name, clock.KZ_TZ)
        if parsed is None or not path.is_file():
            continue
        entries.append(BackupEntry(path, parsed.kind, parsed.made_at, parsed.revision, path.stat().st_size))
    return sorted(entries, key=lambda entry: entry.made_at, reverse=True)


def daily_done(database: Database, moment: datetime | None = None) -> bool:
    """Whether the local day of ``moment`` already has its daily backup."""
    day = local_now(moment).date()
    return any(made.date() == day for made in daily_backups(folder(database), clock.KZ_TZ).values())


def _revision(database: Database) -> str:
    return migrate.current_revision(database.engine) or "none"


def _remove_leftovers(where: Path) -> None:
    if not where.is_dir():
        return
    for path in where.glob(f"*{PARTIAL_SUFFIX}"):
        try:
            if time.time() - path.stat().st_mtime > _LEFTOVER_AGE_S:
                path.unlink()
        except OSError:
            continue


def make_daily_backup(database: Database, *, moment: datetime | None = None) -> DailyBackup:
    """Today's backup if it is not there yet, then the rotation. Safe to call at every start."""
    if not is_local_file(database):
        return DailyBackup(None, [])
    where = folder(database)
    _remove_leftovers(where)
    made = None
    if not daily_done(database, moment):
        name = backup_name(DAILY, local_now(moment), _revision(database))
        made = backup_sqlite(database.engine, where / name)
    removed = rotate(where, keep_policy(database), clock.KZ_TZ)
    return DailyBackup(made, removed)


def copy_to_file(database: Database, target: Path, *, actor: Actor, overwrite: bool = False) -> BackupInfo:
    """A verified copy of the database in ``target`` (a USB stick, another disk); recorded in the audit trail.

    Taking every party's personal data out of the office is worth a line in the audit trail.
    """
    require_sqlite_file(database.location)
    target = Path(target).expanduser().resolve()
    live = database.location.sqlite_path
    if live is not None and target == live.resolve():
        raise ValidationError("backup.same_file", "The backup cannot be written over the database itself.")
    if target.is_dir():
        raise ValidationError(
            "backup.target_is_folder", f"{target} is a folder; give a file name.", path=str(target)
        )
    if target.exists() and not overwrite:
        raise ValidationError(
            "backup.target_exists",
            f"{target} already exists; choose another file name, or add --force to replace it.",
            path=str(target),
        )
    backup_sqlite(database.engine, target)
    # Read the copy back: a backup is only worth keeping if it can be restored.
    check = verify_backup(database.engine, target)
    if not check.ok:
        raise StorageError(
            "backup.unverified",
            f"The backup at {target} was written but failed verification: " + "; ".join(check.problems),
            problems=check.problems,
        )
    with database.session(write=True, actor=actor) as s:
        audit.record_event(
            s, "database", "backup", f"copied the database to {target}", details={"path": str(target)}
        )
    parsed = parse_name(target.name, clock.KZ_TZ)
    made_at = parsed.made_at if parsed is not None else local_now()
    return BackupInfo(target, made_at, check)


def copy_to_folder(
    database: Database, where: Path, *, actor: Actor, moment: datetime | None = None
) -> BackupInfo:
    """A verified copy in the folder ``where``, named by the local time and the schema revision."""
    require_sqlite_file(database.location)
    where = Path(where).expanduser()
    if not where.is_dir():
        raise ValidationError(
            "backup.no_folder", f"There is no folder {where}; choose an existing folder.", path=str(where)
        )
    made_at = local_now(moment)
    info = copy_to_file(database, where / backup_name(COPY, made_at, _revision(database)), actor=actor)
    return BackupInfo(info.path, made_at, info.check)


def describe(database: Database, path: Path) -> BackupInfo:
    """What a backup file holds, verified as a restore would verify it (may take a while: run it off the GUI)."""
    require_sqlite_file(database.location)
    path = Path(path).expanduser()
    live = database.location.sqlite_path
    if live is not None and path.resolve() == live.resolve():
        raise StorageError("restore.same_file", "That file is the database in use; choose a backup file.")
    parsed = parse_name(path.name, clock.KZ_TZ)
    if parsed is not None:
        made_at = parsed.made_at
    elif path.is_file():
        made_at = datetime.fromtimestamp(path.stat().st_mtime, clock.KZ_TZ)
    else:
        made_at = local_now()
    return BackupInfo(path, made_at, verify_backup(database.engine, path))


def restore(
    database: Database, source: Path, *, actor: Actor, moment: datetime | None = None
) -> RestoreResult:
    """Replace the database with a verified backup; the database as it was is saved to the backups folder."""
    require_sqlite_file(database.location)
    source = Path(source).expanduser()
    if not source.is_file():
        raise NotFoundError("restore.no_file", f"There is no file {source}.", path=str(source))
    previous = folder(database) / backup_name(BEFORE_RESTORE, local_now(moment), _revision(database))
    result = restore_sqlite(database.engine, database.location, source, previous_to=previous)
    with database.session(write=True, actor=actor) as s:
        audit.record_event(
            s,
            "database",
            "restore",
            f"restored from the backup {source.name}",
            details={"source": str(source), "previous_saved_to": str(result.previous_saved_to)},
        )
    return result
