"""The first start: which unit this installation serves, its first administrator, a practice database.

A new local database is encrypted from its first page: ``create_encrypted`` makes it with a fresh
key (app/services/database_keys.py); the key file is written when the administrator is created, and
the recovery key is handed back once, to be shown. A set-up that is cancelled removes the new files.

Practice happens in a database of its own (``make_practice_database``: a few hundred made-up cases in
the folder ``practice`` of the data folder), never in the real one. Demo cases in the real database
would be counted in its reports, sent to the council with the monthly exchange and take case numbers
that the real register then continues from; deleting them afterwards would leave them in the audit
trail for good. A separate database is thrown away whole, and ``holds_demo_data`` lets the program
mark it on screen so nobody types a real case into it.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import StorageError
from app.models import AuditEntry, Region, Unit, User
from app.models.enums import Role
from app.services import database_keys, preferences, settings, units, users
from app.storage import keyfile
from app.storage.database import Database
from app.storage.location import DatabaseLocation


@dataclass(frozen=True)
class UnitChoice:
    code: str
    name: str
    kind: str
    region_code: str | None
    region_name: str  # "" for the republic's own units


def is_set_up(session: Session) -> bool:
    has_unit = bool(settings.get(session, "installation.unit_code"))
    has_user = int(session.scalar(select(func.count()).select_from(User)) or 0) > 0
    return has_unit and has_user


def unit_choices(session: Session, lang: str) -> list[UnitChoice]:
    """Open units, for the set-up list (the reference list of the mediation network), with their region."""
    regions = {r.code: r.name(lang) for r in session.scalars(select(Region))}
    rows = session.scalars(select(Unit).where(Unit.closed_on.is_(None)).order_by(Unit.region_code, Unit.code))
    return [
        UnitChoice(u.code, u.name(lang), u.kind.value, u.region_code, regions.get(u.region_code or "", ""))
        for u in rows
    ]


def set_up(
    session: Session, unit_code: str, admin_username: str, admin_name: str, admin_password: str
) -> uuid.UUID:
    """Record the installation's unit and create its administrator; returns the administrator's id."""
    unit = units.by_code(session, unit_code)
    settings.set_value(session, "installation.unit_code", unit.code)
    admin = users.create_user(
        session, admin_username, admin_name, admin_password, Role.ADMINISTRATOR, unit.code
    )
    return admin.id


def installation_unit(session: Session) -> Unit | None:
    code = settings.get(session, "installation.unit_code")
    return units.by_code(session, code) if code else None


@dataclass(frozen=True)
class NewDatabase:
    database: Database
    recovery_key: str  # to show once; it is stored nowhere


def is_new(location: DatabaseLocation) -> bool:
    """A local database file not made yet (or left empty, or half-made by a stopped set-up)."""
    path, key_file = location.file_path, location.key_file
    if path is None or key_file is None:
        return False
    keyfile.settle(path, key_file)
    return not key_file.exists() and (not path.exists() or path.stat().st_size == 0)


def create_encrypted(location: DatabaseLocation) -> NewDatabase:
    """A new, empty database (schema built, no users yet), encrypted with a fresh key kept in memory.

    Its key file is written with the first user (``set_up``); until then a marker beside it says that
    it is half-made, so that a program stopped in the middle starts the set-up anew next time.
    """
    from app.services.runtime import open_database

    path, key_file = location.file_path, location.key_file
    if path is None or key_file is None:
        raise StorageError("db.not_a_file", "Only a local database file can be encrypted.")
    if not is_new(location):
        raise StorageError(
            "db.exists", f"A database is already at {path}; it was not replaced.", path=str(path)
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    keyfile.setup_marker(key_file).touch()
    fresh = database_keys.new_key()
    try:
        database = open_database(location.with_key(fresh.key))
    except BaseException:
        discard_new(location)
        raise
    return NewDatabase(database, fresh.recovery_key)


def discard_new(location: DatabaseLocation, *, with_key_file: bool = False) -> None:
    """Remove a database made by ``create_encrypted`` whose set-up was cancelled (before its key file).

    ``with_key_file``: the caller made the whole database itself just now and failed half-way (the
    demo), so its key file goes too; otherwise a database with a key file is set up and never removed.
    """
    path, key_file = location.file_path, location.key_file
    if path is None or key_file is None:
        return
    if key_file.exists():
        if not with_key_file:
            return
        key_file.unlink()
    for suffix in ("", "-wal", "-shm", "-journal"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    keyfile.setup_marker(key_file).unlink(missing_ok=True)


# -- the practice database -------------------------------------------------------------------------

PRACTICE_FOLDER = "practice"  # inside the data folder: removing the program's data removes it too
PRACTICE_CASES = 300  # enough for every list, report and deadline to show something; made in seconds
PRACTICE_SEED = 2026  # the same made-up cases on every computer, so a trainer can point at one


def practice_location(data_dir: Path) -> DatabaseLocation:
    """Where the practice database of this data folder is (whether or not it exists)."""
    return DatabaseLocation(None, data_dir / PRACTICE_FOLDER)


def practice_exists(data_dir: Path) -> bool:
    location = practice_location(data_dir)
    return not is_new(location)


def make_practice_database(
    data_dir: Path,
    username: str,
    display_name: str,
    password: str,
    language: str | None,
    progress: Callable[[int, int], None] | None = None,
) -> Path:
    """A new practice database beside the real one, opened by the same user name and password.

    Its recovery key is not kept: nothing in it is real, and a forgotten password is mended by making
    it again. Its own preferences remember the language and the name, so its sign-in window is ready.
    Returns its folder (to start the program there: ``tatulyq --data-dir FOLDER``).
    """
    from app.services import demo

    location = practice_location(data_dir)
    demo.generate_encrypted_demo(
        location,
        password,
        admin_username=username,
        admin_name=display_name,
        cases=PRACTICE_CASES,
        seed=PRACTICE_SEED,
        progress=progress,
        parallel=False,  # a few hundred cases: a second process would cost more than it saves
    )
    prefs = preferences.Preferences(language=language, last_username=username.strip().lower())
    preferences.save(location.data_dir, prefs)
    return location.data_dir


def holds_demo_data(session: Session) -> bool:
    """Whether demo data was ever loaded here (a practice or demo database): marked on screen."""
    found = session.scalar(select(AuditEntry.seq).where(AuditEntry.entity == "demo").limit(1))
    return found is not None
