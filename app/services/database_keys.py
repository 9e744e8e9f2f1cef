"""The key of an encrypted database, as the users' rules see it.

- ``unlock``: a user's password unwraps the database key from the key file (app/storage/keyfile.py).
  A wrong password cannot open the database, so the count of wrong passwords in a row lives in the
  key file, with the rule of app/services/users.py: the fifth locks that name for 15 minutes.
- ``recover``: the recovery key stands for the database key itself; it sets a new password for one
  user (a new wrap), even when the key file was lost or damaged.
- The key file follows the users: ``stage_password`` (a user created, a password changed or reset)
  and ``stage_removal`` (a user switched off) are called by the users service inside its unit of
  work and written only after that unit of work commits, so a rolled-back change leaves the key
  file as it was.

Imported by the desktop program's sign-in path: nothing here loads SQLAlchemy at import time.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from app.errors import StorageError, ValidationError
from app.services import clock
from app.storage import keyfile
from app.storage.location import DatabaseLocation

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.storage.database import Database

_PENDING = "tatulyq_key_changes"  # in Session.info: what to write to the key file after the commit
_LISTENING = "tatulyq_key_listening"  # in Session.info: the session's commit and rollback are watched


@dataclass(frozen=True)
class NewKey:
    key: bytes
    recovery_key: str  # shown once, to be printed or written down; it is not stored anywhere


def new_key() -> NewKey:
    recovery = keyfile.new_recovery_key()
    return NewKey(keyfile.key_from_recovery(recovery), recovery)


def _normalised(username: str) -> str:
    return (username or "").strip().lower()


def _limits() -> tuple[int, int]:
    from app.services.users import LOCK_MINUTES, MAX_FAILED_LOGINS  # one rule for both kinds of database

    return MAX_FAILED_LOGINS, LOCK_MINUTES


def _bad_credentials() -> ValidationError:
    return ValidationError("user.bad_credentials", "The user name or the password is wrong.")


def _locked(until: datetime, now: datetime) -> ValidationError:
    minutes = max(1, math.ceil((until - now).total_seconds() / 60))
    return ValidationError(
        "user.locked",
        f"Too many wrong passwords: the account is locked; try again in {minutes} minute(s).",
        minutes_left=minutes,
    )


def _key_file(location: DatabaseLocation) -> Path:
    path = location.key_file
    if path is None:
        raise StorageError("db.not_a_file", "Only a local database file is encrypted.")
    return path


def unlock(
    location: DatabaseLocation, username: str, password: str, *, now: datetime | None = None
) -> DatabaseLocation:
    """The location with the database key, when the password unwraps it; the lock-out otherwise."""
    now = now or clock.now()
    path = _key_file(location)
    name = _normalised(username)
    keys = keyfile.read(path)
    lock = keys.lockouts.get(name)
    if lock is not None and lock.locked_until is not None and now < lock.locked_until:
        raise _locked(lock.locked_until, now)
    wrap = keys.wraps.get(name)
    if wrap is None:
        keyfile.spend_like_unseal(password)  # an unknown name is refused as slowly as a wrong password
        raise _bad_credentials()
    key = keyfile.unseal(wrap, name, password)
    if key is None:
        raise _count_failure(path, name, now)
    if keyfile.key_id(key) != keys.key_id:
        raise StorageError(
            "keys.damaged", f"The key file {path} is damaged. Open the database with the recovery key."
        )
    if lock is not None:  # a right password ends the run of wrong ones
        keyfile.update(path, lambda current: _cleared(current, name))
    return location.with_key(key)


def forget_failures(location: DatabaseLocation, username: str) -> None:
    """The right password was given (tried as it was typed): wrong ones before it no longer count."""
    path, name = _key_file(location), _normalised(username)
    if name in keyfile.read(path).lockouts:
        keyfile.update(path, lambda current: _cleared(current, name))


def _count_failure(path: Path, name: str, now: datetime) -> ValidationError:
    most, minutes = _limits()
    outcome: list[ValidationError] = []

    def count(current: keyfile.KeyFile) -> keyfile.KeyFile:
        lock = current.lockouts.setdefault(name, keyfile.Lockout())
        if lock.locked_until is not None and now >= lock.locked_until:
            lock.failed, lock.locked_until = 0, None  # the lock ran out: a new run of tries
        lock.failed += 1
        if lock.failed >= most:
            lock.locked_until = now + timedelta(minutes=minutes)
            outcome.append(_locked(lock.locked_until, now))
        return current

    keyfile.update(path, count)
    return outcome[0] if outcome else _bad_credentials()


def _cleared(current: keyfile.KeyFile, name: str) -> keyfile.KeyFile | None:
    return current if current.lockouts.pop(name, None) is not None else None


def key_for_recovery(location: DatabaseLocation, recovery_key: str) -> bytes:
    """The database key the recovery key stands for, checked against the key file when there is one."""
    key = keyfile.key_from_recovery(recovery_key)
    path = _key_file(location)
    if path.is_file():
        try:
            known = keyfile.read(path).key_id
        except StorageError:
            return key  # a damaged key file: the database itself will tell whether the key fits
        if known != keyfile.key_id(key):
            raise ValidationError(
                "keys.recovery_wrong", "This recovery key does not belong to this database."
            )
    return key


@dataclass(frozen=True)
class Conversion:
    recovery_key: str  # shown once
    backup: Path  # the plain copy made first
    counts: dict[str, int]
    plain_backups: list[Path]  # unencrypted copies left in the backups folder: to be removed by hand
    username: str  # the one user with a wrap so far; the others get theirs when their password is reset


def encrypt(database: Database, username: str, password: str) -> Conversion:
    """Encrypt a plain local database in place (app/storage/encrypt.py), by an administrator.

    The administrator signs in against the plain database first (the same lock-out applies); the key
    file then holds their wrap only: the other users get theirs when an administrator sets their
    passwords (they cannot open the encrypted database before).
    """
    from app.models.enums import Role
    from app.services import audit, users
    from app.services.context import Actor
    from app.storage.encrypt import encrypt_in_place

    if database.location.sqlite_path is None:
        raise StorageError("db.not_a_file", "Only a local database file can be encrypted.")
    user = users.sign_in(database, username, password)
    if user.role is not Role.ADMINISTRATOR:
        raise ValidationError("encrypt.administrator_only", "Only an administrator can encrypt the database.")
    fresh = new_key()
    keys = keyfile.KeyFile(keyfile.key_id(fresh.key))
    keys.wraps[user.username] = keyfile.seal(fresh.key, user.username, password)
    done = encrypt_in_place(database, fresh.key, keys)
    with database.session(write=True, actor=Actor(user.username, user.id)) as s:
        audit.record_event(
            s,
            "database",
            "encrypt",
            "the database was encrypted",
            details={"backup": str(done.backup), "counts": done.counts},
        )
    return Conversion(fresh.recovery_key, done.backup, done.counts, done.plain_backups, user.username)


@dataclass(frozen=True)
class Recovered:
    location: DatabaseLocation  # with the key
    username: str
    key_file_renewed: bool  # it was lost or damaged: now it holds this user's wrap only


def recover(location: DatabaseLocation, recovery_key: str, username: str, new_password: str) -> Recovered:
    """Set a new password for ``username`` with the recovery key.

    Works when the key file is lost or damaged too: a new one is written, with this user's wrap.
    """
    from app.services import users
    from app.services.context import Actor
    from app.services.runtime import open_database

    key = key_for_recovery(location, recovery_key)
    path = _key_file(location)
    renewed = not path.is_file()
    damaged = False
    if path.is_file():
        try:
            keyfile.read(path)
        except StorageError:
            damaged = True
    keyed = location.with_key(key)
    try:
        database = open_database(keyed)  # the database itself proves the key (connect_file reads it)
    except StorageError as error:
        if error.key != "db.wrong_key":
            raise
        raise ValidationError(
            "keys.recovery_wrong", "This recovery key does not belong to this database."
        ) from error
    try:
        if damaged:  # set aside, not deleted: whoever looks into the damage may want it
            os.replace(path, path.with_name(path.name + ".damaged"))
        name = _normalised(username)
        with database.session(write=True, actor=Actor(f"recovery:{name[:64]}")) as s:
            user = users.find_active(s, name)
            if user is None:
                raise ValidationError(
                    "keys.recovery_no_user", f"There is no active user {name!r} in this database.", username=name
                )
            users.reset_password(s, user, new_password)
    finally:
        database.close()
    return Recovered(keyed, name, renewed or damaged)


# -- the key file follows the users ----------------------------------------------------------------


@dataclass
class _Changes:
    location: DatabaseLocation
    wraps: dict[str, keyfile.Wrap | None] = field(default_factory=dict)  # None: remove the wrap
    unlocked: set[str] = field(default_factory=set)

    def apply(self, keys: keyfile.KeyFile) -> keyfile.KeyFile:
        for name, wrap in self.wraps.items():
            if wrap is None:
                keys.wraps.pop(name, None)
                keys.lockouts.pop(name, None)
            else:
                keys.wraps[name] = wrap
        for name in self.unlocked:
            keys.lockouts.pop(name, None)
        return keys


def stage_password(session: Session, username: str, password: str) -> None:
    """Wrap the database key for this user's new password, to be written when the session commits."""
    changes = _changes(session)
    if changes is not None:
        assert changes.location.key is not None
        changes.wraps[username] = keyfile.seal(changes.location.key, username, password)
        changes.unlocked.add(username)


def stage_removal(session: Session, username: str) -> None:
    """A user switched off can no longer open the database: their wrap goes when the session commits."""
    changes = _changes(session)
    if changes is not None:
        changes.wraps[username] = None


def stage_unlock(session: Session, username: str) -> None:
    changes = _changes(session)
    if changes is not None:
        changes.unlocked.add(username)


def _changes(session: Session) -> _Changes | None:
    from sqlalchemy import event

    from app.storage.database import LOCATION_INFO

    pending = session.info.get(_PENDING)
    if isinstance(pending, _Changes):
        return pending
    location = session.info.get(LOCATION_INFO)
    if not isinstance(location, DatabaseLocation) or location.key is None:
        return None  # a plain database or a server: there is no key file to keep
    path = _key_file(location)
    if path.is_file() and keyfile.read(path).key_id != keyfile.key_id(location.key):
        raise StorageError(
            "keys.other_database",
            f"The key file {path} belongs to another database; nothing was changed.",
            path=str(path),
        )
    changes = _Changes(location)
    session.info[_PENDING] = changes
    if not session.info.get(_LISTENING):
        session.info[_LISTENING] = True
        event.listen(session, "after_commit", _write_after_commit)
        event.listen(session, "after_rollback", _forget_after_rollback)
    return changes


def _write_after_commit(session: Session) -> None:
    changes = session.info.pop(_PENDING, None)
    if not isinstance(changes, _Changes):
        return
    path = _key_file(changes.location)
    if path.is_file():
        keyfile.update(path, changes.apply)
    else:
        # The first user of a new database (the set-up), or a recovery after the key file was lost.
        assert changes.location.key is not None
        keyfile.create(path, changes.apply(keyfile.KeyFile(keyfile.key_id(changes.location.key))))


def _forget_after_rollback(session: Session) -> None:
    session.info.pop(_PENDING, None)
