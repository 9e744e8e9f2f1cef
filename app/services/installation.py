"""The first start: which unit this installation serves, and its first administrator.

A new local database is encrypted from its first page: ``create_encrypted`` makes it with a fresh
key (app/services/database_keys.py); the key file is written when the administrator is created, and
the recovery key is handed back once, to be shown. A set-up that is cancelled removes the new files.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import StorageError
from app.models import Unit, User
from app.models.enums import Role
from app.services import database_keys, settings, units, users
from app.storage import keyfile
from app.storage.database import Database
from app.storage.location import DatabaseLocation


@dataclass(frozen=True)
class UnitChoice:
    code: str
    name: str
    kind: str
    region_code: str | None


def is_set_up(session: Session) -> bool:
    has_unit = bool(settings.get(session, "installation.unit_code"))
    has_user = int(session.scalar(select(func.count()).select_from(User)) or 0) > 0
    return has_unit and has_user


def unit_choices(session: Session, lang: str) -> list[UnitChoice]:
    """Open units, for the set-up list (the reference list of the mediation network)."""
    rows = session.scalars(select(Unit).where(Unit.closed_on.is_(None)).order_by(Unit.region_code, Unit.code))
    return [UnitChoice(u.code, u.name(lang), u.kind.value, u.region_code) for u in rows]


def set_up(
    session: Session, unit_code: str, admin_username: str, admin_name: str, admin_password: str
) -> uuid.UUID:
    """Record the installation's unit and create its administrator; returns the administrator's id."""
    unit = units.by_code(session, unit_code)
    settings.set_value(session, "installation.unit_code", unit.code)
    admin = users.create_user(session, admin_username, admin_name, admin_password, Role.ADMINISTRATOR, unit.code)
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
