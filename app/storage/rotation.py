"""Backup file names, and which of the automatic daily backups a rotation keeps.

A backup's name says when it was made (the local wall-clock time) and the schema revision it holds,
so a person choosing one on a USB stick needs no program to tell them apart, and the rotation needs
nothing but the names:

    daily-2026-11-21_093015-0003_import_batches.db            the automatic backup of a day
    before-restore-2026-11-21_101500-0003_import_batches.db   the database as it was before a restore
    tatulyq-2026-11-21_101500-0003_import_batches.db          a copy made on demand (to any folder)
    before-upgrade-0002_search-20261121-043015.db             before a migration (app/storage/migrate.py,
                                                              in UTC)

Only ``daily`` files are ever deleted by the rotation: the copies made before a migration or a restore
are the way back from those steps and stay until a person removes them.

The rule (the one backup tools such as restic use): among the days that have a daily backup, the newest
``keep_daily`` days keep their newest backup; likewise the newest ``keep_weekly`` ISO weeks (Monday to
Sunday) and the newest ``keep_monthly`` calendar months each keep their newest backup. A backup kept by
any rule stays. Days without a backup (a weekend, a holiday, a PC switched off) are not counted, so an
office closed for a week still has seven daily copies to go back to.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from pathlib import Path

DAILY = "daily"
BEFORE_RESTORE = "before-restore"
BEFORE_UPGRADE = "before-upgrade"
COPY = "tatulyq"  # a copy on demand: on a stick among other files, the program's name says what it is
KINDS = (DAILY, BEFORE_RESTORE, BEFORE_UPGRADE, COPY)
SUFFIX = ".db"
PARTIAL_SUFFIX = ".partial"  # app/storage/backup.py writes here first, then renames

_STAMP = "%Y-%m-%d_%H%M%S"
_NAME = re.compile(
    r"^(?P<kind>daily|before-restore|tatulyq)-(?P<stamp>\d{4}-\d{2}-\d{2}_\d{6})-(?P<revision>\w+)\.db$"
)
# Names written before this module existed (and still by migrate.py): the moment in UTC.
_UPGRADE_NAME = re.compile(r"^before-upgrade-(?P<revision>\w+)-(?P<stamp>\d{8}-\d{6})\.db$")
_OLD_RESTORE_NAME = re.compile(r"^before-restore-(?P<stamp>\d{8}-\d{6})\.db$")
_UTC_STAMP = "%Y%m%d-%H%M%S"


@dataclass(frozen=True)
class Keep:
    """How many daily, weekly and monthly backups a rotation keeps (settings backup.keep_*)."""

    daily: int = 7
    weekly: int = 4
    monthly: int = 12


@dataclass(frozen=True)
class BackupName:
    kind: str
    made_at: datetime  # aware; in the local time zone given to parse_name
    revision: str | None  # None: an old name that did not carry it


def backup_name(kind: str, made_at: datetime, revision: str) -> str:
    """The file name for a backup made at ``made_at`` (local wall-clock time) holding ``revision``."""
    if kind not in (DAILY, BEFORE_RESTORE, COPY):
        raise ValueError(f"no backup name for the kind {kind!r}")
    return f"{kind}-{made_at.strftime(_STAMP)}-{revision}{SUFFIX}"


def parse_name(name: str, local_tz: tzinfo) -> BackupName | None:
    """What a backup's file name says, or None when it is not a name this program gives."""
    match = _NAME.match(name)
    if match is not None:
        stamp = _parse(match["stamp"], _STAMP, local_tz)
        if stamp is None:
            return None
        return BackupName(match["kind"], stamp, match["revision"])
    for pattern, kind in ((_UPGRADE_NAME, BEFORE_UPGRADE), (_OLD_RESTORE_NAME, BEFORE_RESTORE)):
        match = pattern.match(name)
        if match is not None:
            stamp = _parse(match["stamp"], _UTC_STAMP, UTC)
            if stamp is None:
                return None
            return BackupName(kind, stamp.astimezone(local_tz), match.groupdict().get("revision"))
    return None


def _parse(text: str, layout: str, zone: tzinfo) -> datetime | None:
    try:
        return datetime.strptime(text, layout).replace(tzinfo=zone)
    except ValueError:  # 2026-02-30 matches the pattern but is no day
        return None


def _newest_per_period(
    newest_first: list[datetime], period: Callable[[datetime], Hashable], count: int
) -> set[datetime]:
    kept: set[datetime] = set()
    seen: set[Hashable] = set()
    for moment in newest_first:
        if len(seen) >= count:
            break
        key = period(moment)
        if key not in seen:
            seen.add(key)
            kept.add(moment)
    return kept


def moments_to_keep(moments: Iterable[datetime], keep: Keep) -> set[datetime]:
    """The moments (local wall-clock times of daily backups) that the rotation keeps.

    Pure: no files, no clock. Days, weeks and months are those of the moments as given, so pass
    local times (a backup at 00:30 local belongs to that local day even though it is still the day
    before in UTC).
    """
    newest_first = sorted(set(moments), reverse=True)
    return (
        _newest_per_period(newest_first, lambda m: m.date(), keep.daily)
        | _newest_per_period(newest_first, lambda m: m.isocalendar()[:2], keep.weekly)
        | _newest_per_period(newest_first, lambda m: (m.year, m.month), keep.monthly)
    )


def daily_backups(folder: Path, local_tz: tzinfo) -> dict[Path, datetime]:
    """The automatic daily backups in ``folder``, with the local moment each was made."""
    if not folder.is_dir():
        return {}
    found: dict[Path, datetime] = {}
    for path in folder.iterdir():
        parsed = parse_name(path.name, local_tz)
        if parsed is not None and parsed.kind == DAILY and path.is_file():
            found[path] = parsed.made_at
    return found


def rotate(folder: Path, keep: Keep, local_tz: tzinfo) -> list[Path]:
    """Delete the daily backups the rotation does not keep; returns the files removed.

    A file that cannot be deleted (open in another program, a read-only stick) is left for the next
    rotation rather than failing the backup that was just made.
    """
    found = daily_backups(folder, local_tz)
    kept = moments_to_keep(found.values(), keep)
    removed: list[Path] = []
    for path, moment in sorted(found.items(), key=lambda item: item[1]):
        if moment in kept:
            continue
        try:
            path.unlink()
        except OSError:
            continue
        removed.append(path)
    return removed
