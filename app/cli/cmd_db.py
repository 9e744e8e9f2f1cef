"""`db upgrade`, `db check`, `db backup` and `db restore`: the administrator's care of the database file."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.cli import cmd_db_keys
from app.cli.context import Context, upgrade_sentence
from app.cli.parsing import json_flag
from app.errors import NotFoundError, StorageError
from app.services import backups
from app.services.context import Actor
from app.storage import checks, db_errors
from app.storage.database import Database, require_sqlite_file
from app.storage.location import DatabaseLocation
from app.storage.migrate import MigrationResult


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = commands.add_parser("db", help="upgrade, check, back up and restore the database")
    actions = group.add_subparsers(dest="action", required=True, metavar="ACTION")

    upgrade = actions.add_parser("upgrade", help="bring the database to this program's schema")
    json_flag(upgrade)
    upgrade.set_defaults(handler=upgrade_database)

    check = actions.add_parser("check", help="check the database's integrity; exit code 1 on problems")
    json_flag(check)
    check.set_defaults(handler=check_database)

    backup = actions.add_parser(
        "backup", help="write a verified copy of the database to a file or a folder (a USB stick)"
    )
    where = backup.add_mutually_exclusive_group(required=True)
    where.add_argument("--out", type=Path, metavar="FILE", help="the backup file to write")
    where.add_argument(
        "--to", type=Path, metavar="DIR", help="a folder: the copy is named by the local time and schema"
    )
    where.add_argument(
        "--daily",
        action="store_true",
        help="today's automatic backup into the backups folder if not made yet, then the rotation "
        "(for a scheduled task on a PC where the desktop program does not run every day)",
    )
    backup.add_argument("--force", action="store_true", help="with --out: replace FILE if it exists")
    json_flag(backup)
    backup.set_defaults(handler=backup_database)

    restore = actions.add_parser("restore", help="replace the database with a verified backup")
    restore.add_argument("file", type=Path, metavar="FILE", help="the backup file to restore")
    json_flag(restore)
    restore.set_defaults(handler=restore_database)

    cmd_db_keys.register(actions)  # encrypt, recover: encryption at rest, kept in a module of their own


def _require_existing(location: DatabaseLocation) -> None:
    # Opening a missing SQLite file would create an empty one; for these jobs that hides a wrong path.
    path = location.sqlite_path
    if path is not None and not path.is_file():
        raise NotFoundError("db.not_found", f"There is no database at {path}.", path=str(path))


def _damaged(error: Exception, advice: str) -> StorageError | None:
    """The damaged-file error with what to do about it; None for any other error."""
    friendly = db_errors.translate(error)
    if friendly is None or friendly.key != "db.corrupt":
        return None
    driver = error.__cause__ if error is friendly and error.__cause__ is not None else error
    cause = str(getattr(driver, "orig", None) or driver)
    return StorageError("db.corrupt", f"{friendly.message} {advice.format(cause=cause)}", cause=cause)


def _counts(counts: dict[str, int]) -> str:
    return ", ".join(f"{n} {name}" for name, n in counts.items())


def upgrade_database(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.database(announce_upgrade=False) as db:
        result = db.migration
    assert isinstance(result, MigrationResult)  # open_database with upgrade=True always sets it
    where = ctx.location.describe()
    if not result.changed:
        text = f"The database at {where} is already at schema {result.after}; nothing changed."
    elif result.before is None:
        text = f"Created a new database at {where} (schema {result.after})."
    else:
        text = f"{where}: {upgrade_sentence(result)}."
        if result.backup is None:
            text += " No backup was made: back up a database server with its own tools."
    payload = {
        "database": where,
        "before": result.before,
        "after": result.after,
        "changed": result.changed,
        "backup": result.backup,
    }
    ctx.out.result(payload, text)
    return 0


def check_database(args: argparse.Namespace, ctx: Context) -> int:
    _require_existing(ctx.location)
    # Not migrated first: a check must look at the file as it is, and never write to it.
    try:
        with ctx.database(upgrade=False) as db:
            report = checks.check_database(db.engine)
    except Exception as error:
        # SQLite's integrity check itself stops on a badly damaged file instead of listing problems.
        advice = "Restore the latest good backup: tatulyq db restore FILE"
        damaged = _damaged(error, "The check could not finish ({cause}). " + advice)
        if damaged is None:
            raise
        raise damaged from error
    where = ctx.location.describe()
    payload: dict[str, Any] = {
        "database": where,
        "revision": report.revision,
        "head": report.head,
        "problems": report.problems,
        "counts": report.counts,
    }
    if report.ok:
        ctx.out.result(payload, [f"The database at {where} is sound.", f"Holds: {_counts(report.counts)}."])
        return 0
    message = f"The check of {where} found {len(report.problems)} problem(s)."
    payload["error"] = {"key": "db.check_failed", "message": message, "params": {"problems": report.problems}}
    lines = [message, *(f"  - {problem}" for problem in report.problems)]
    if report.counts:
        lines.append(f"Holds: {_counts(report.counts)}.")
    lines.append("Restore the latest good backup (tatulyq db restore FILE) if the problems stay.")
    ctx.out.result(payload, lines, ok=False)
    return 1


def backup_database(args: argparse.Namespace, ctx: Context) -> int:
    require_sqlite_file(ctx.location)
    _require_existing(ctx.location)
    with ctx.database(upgrade=False) as db:
        if args.daily:
            return _daily_backup(db, ctx)
        if args.to is not None:
            info = backups.copy_to_folder(db, args.to, actor=Actor.command_line())
        else:
            info = backups.copy_to_file(db, args.out, actor=Actor.command_line(), overwrite=args.force)
    payload = {
        "database": ctx.location.describe(),
        "backup": info.path,
        "bytes": info.path.stat().st_size,
        "revision": info.check.revision,
        "counts": info.check.counts,
    }
    lines = [
        f"Backup written to {info.path} and verified.",
        f"It holds: {_counts(info.check.counts)}.",
    ]
    ctx.out.result(payload, lines)
    return 0


def _daily_backup(db: Database, ctx: Context) -> int:
    done = backups.make_daily_backup(db)
    payload = {"database": ctx.location.describe(), "made": done.made, "removed": done.removed}
    if done.made is not None:
        lines = [f"Today's backup written to {done.made}."]
    else:
        lines = [f"Today's backup was already made; it is in {backups.folder(db)}."]
    if done.removed:
        lines.append(f"The rotation removed {len(done.removed)} older daily backup(s).")
    ctx.out.result(payload, lines)
    return 0


def restore_database(args: argparse.Namespace, ctx: Context) -> int:
    source: Path = args.file.expanduser().resolve()
    if not source.is_file():
        raise NotFoundError("restore.no_file", f"There is no file {source}.", path=str(source))
    require_sqlite_file(ctx.location)
    try:
        # Not migrated on opening: the database is about to be replaced, and the backup is upgraded
        # after the restore if it is older.
        with ctx.database(upgrade=False) as db:
            result = backups.restore(db, source, actor=Actor.command_line())
    except Exception as error:
        # The one time a restore is needed most, the current file may not even open to be saved.
        damaged = _damaged(
            error,
            "It is too damaged ({cause}) to be saved before the restore. Move the file "
            f"{ctx.location.describe()} elsewhere (keep it: it may still be rescued), then restore again.",
        )
        if damaged is None:
            raise
        raise damaged from error
    counts = result.verified.counts
    lines = [
        f"Restored {ctx.location.describe()} from {source}.",
        f"The backup was verified and holds: {_counts(counts)}.",
        f"The database as it was before the restore is saved at {result.previous_saved_to}.",
    ]
    if result.migrated_from:
        lines.append(f"The backup was upgraded from schema {result.migrated_from}.")
    payload = {
        "database": ctx.location.describe(),
        "source": source,
        "counts": counts,
        "revision": result.verified.revision,
        "previous_saved_to": result.previous_saved_to,
        "migrated_from": result.migrated_from,
    }
    ctx.out.result(payload, lines)
    return 0
