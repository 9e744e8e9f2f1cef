"""Users who sign in: argon2id password hashes, lock-out after repeated failures, roles and units.

A failed sign-in changes the database (the failure counter, the lock), and a unit of work that
raises is rolled back; so a caller of ``authenticate`` must let its block commit before passing the
refusal on. ``sign_in`` does exactly that and is the way the desktop program and the CLI sign in.
"""

from __future__ import annotations

import math
import re
import uuid
from collections.abc import Sequence
from datetime import datetime, timedelta
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import ConflictError, NotFoundError, TatulyqError, ValidationError
from app.models import Mediator, User
from app.models.enums import Role
from app.services import clock, database_keys, rules, units
from app.services.context import Actor
from app.storage.database import Database

MAX_FAILED_LOGINS = 5
LOCK_MINUTES = 15
MIN_PASSWORD_LENGTH = 8

_USERNAME = re.compile(r"^[a-z0-9._-]{3,64}$")
# argon2id with OWASP's recommended costs for interactive sign-in (19 MiB, 2 passes, 1 lane): about
# 20 ms here, against ~130 ms for the library's heavier defaults, which a person waits for at every
# sign-in on a slow office PC. A hash made with other costs (an older install) verifies as it is, and
# check_needs_rehash below rewrites it with these at that user's next sign-in.
_HASHER = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)


def hash_password(password: str) -> str:
    return _HASHER.hash(password)


def _verify(password_hash: str, password: str) -> bool:
    try:
        return _HASHER.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


@cache
def _dummy_hash() -> str:
    return _HASHER.hash("no such user: the check only spends the same time")


def _check_strength(password: str) -> None:
    if (
        len(password) < MIN_PASSWORD_LENGTH
        or not any(c.isalpha() for c in password)
        or not any(c.isdigit() for c in password)
    ):
        raise ValidationError(
            "user.password_weak",
            f"The password needs at least {MIN_PASSWORD_LENGTH} characters, with at least one letter "
            "and one digit.",
            minimum=MIN_PASSWORD_LENGTH,
        )


def _normalised_username(username: str) -> str:
    name = (username or "").strip().lower()
    if not _USERNAME.match(name):
        raise ValidationError(
            "user.username_format",
            "The user name needs 3 to 64 characters: Latin letters, digits, dot, underscore or hyphen.",
        )
    return name


def check_new_account(username: str, password: str) -> None:
    """The rules a new account's user name and password must meet, told before anything is written (the
    set-up wizard checks them when its administrator page is left, not at the end)."""
    _normalised_username(username)
    _check_strength(password)


def create_user(
    session: Session,
    username: str,
    display_name: str,
    password: str,
    role: Role,
    unit_code: str,
    mediator_id: uuid.UUID | None = None,
) -> User:
    name = _normalised_username(username)
    display = rules.text_required(display_name, "user.display_name", "The name shown for the user")
    _check_strength(password)
    unit = units.by_code(session, unit_code)
    if session.scalar(select(User.id).where(User.username == name)) is not None:
        raise ConflictError("user.username_taken", f"The user name {name!r} is already taken.", username=name)
    if mediator_id is not None:
        mediator = session.get(Mediator, mediator_id)
        if mediator is None:
            raise NotFoundError(
                "mediator.not_found",
                f"There is no mediator with the id {mediator_id}.",
                mediator=str(mediator_id),
            )
        if mediator.unit_id != unit.id:
            raise ValidationError(
                "user.mediator_other_unit",
                f"{mediator.full_name} is a mediator of another unit than {unit.code}.",
            )
        if session.scalar(select(User.id).where(User.mediator_id == mediator_id)) is not None:
            raise ConflictError("user.mediator_taken", f"{mediator.full_name} already has a user account.")
    user = User(
        id=uuid.uuid4(),
        username=name,
        display_name=display,
        password_hash=hash_password(password),
        role=role,
        unit_id=unit.id,
        mediator_id=mediator_id,
        active=True,
        failed_logins=0,
    )
    session.add(user)
    session.flush()
    database_keys.stage_password(session, name, password)  # an encrypted database: the user's key wrap
    return user


def get(session: Session, user_id: uuid.UUID) -> User:
    user = session.get(User, user_id)
    if user is None:
        raise NotFoundError("user.not_found", f"There is no user with the id {user_id}.")
    return user


def find_active(session: Session, username: str) -> User | None:
    """The active account of that name, without any check of a password (for preparing, never for access)."""
    name = (username or "").strip().lower()
    if not name:
        return None
    return session.scalar(select(User).where(User.username == name, User.active.is_(True)))


def _bad_credentials() -> ValidationError:
    # The same words whether the name or the password was wrong: neither may be guessed one at a time.
    return ValidationError("user.bad_credentials", "The user name or the password is wrong.")


def _locked(until: datetime, now: datetime) -> ValidationError:
    minutes = max(1, math.ceil((until - now).total_seconds() / 60))
    return ValidationError(
        "user.locked",
        f"Too many wrong passwords: the account is locked; try again in {minutes} minute(s).",
        minutes_left=minutes,
    )


def authenticate(session: Session, username: str, password: str, *, now: datetime | None = None) -> User:
    """The user, when the name and password match an active, unlocked account.

    A wrong password is counted and the fifth in a row locks the account for LOCK_MINUTES; the count
    is flushed before the error is raised, so the caller must commit it (see ``sign_in``).
    """
    now = now or clock.now()
    name = (username or "").strip().lower()
    user = session.scalar(select(User).where(User.username == name)) if name else None
    if user is None:
        _verify(_dummy_hash(), password)  # an unknown name takes as long to refuse as a wrong password
        raise _bad_credentials()
    if user.locked_until is not None:
        if now < user.locked_until:
            raise _locked(user.locked_until, now)
        user.locked_until = None
        user.failed_logins = 0
    if not _verify(user.password_hash, password):
        user.failed_logins += 1
        if user.failed_logins >= MAX_FAILED_LOGINS:
            user.locked_until = now + timedelta(minutes=LOCK_MINUTES)
            session.flush()
            raise _locked(user.locked_until, now)
        session.flush()
        raise _bad_credentials()
    if not user.active:
        session.flush()
        raise ValidationError("user.inactive", f"The account {user.username!r} is switched off.")
    if _HASHER.check_needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    user.failed_logins = 0
    user.last_login_at = now
    session.flush()
    return user


def sign_in(database: Database, username: str, password: str, *, now: datetime | None = None) -> User:
    """Authenticate in a unit of work of its own that is committed whatever the answer."""
    refused: TatulyqError
    actor = Actor(name=f"sign-in:{(username or '').strip().lower()[:64]}")
    with database.session(write=True, actor=actor) as session:
        try:
            return authenticate(session, username, password, now=now)
        except TatulyqError as error:
            # Raised inside the block, the failure count would be rolled back and never lock anything.
            refused = error
    raise refused


def sign_in_unlocked(database: Database, username: str, *, now: datetime | None = None) -> User:
    """Sign in a user whose password has just unwrapped the key of this encrypted database.

    The password is proven by the unwrap (database_keys.unlock, which keeps the lock-out), so it is
    not checked a second time: the sign-in is only recorded, and the account must still be active.
    """
    now = now or clock.now()
    name = (username or "").strip().lower()
    actor = Actor(name=f"sign-in:{name[:64]}")
    with database.session(write=True, actor=actor) as session:
        user = session.scalar(select(User).where(User.username == name)) if name else None
        if user is None:
            raise _bad_credentials()
        if not user.active:
            raise ValidationError("user.inactive", f"The account {user.username!r} is switched off.")
        user.failed_logins = 0
        user.locked_until = None
        user.last_login_at = now
        session.flush()
        return user


def change_password(session: Session, user: User, old_password: str, new_password: str) -> User:
    if not _verify(user.password_hash, old_password):
        raise ValidationError("user.old_password_wrong", "The current password is wrong.")
    _check_strength(new_password)
    if new_password == old_password:
        raise ValidationError("user.password_unchanged", "The new password must differ from the current one.")
    user.password_hash = hash_password(new_password)
    session.flush()
    database_keys.stage_password(session, user.username, new_password)
    return user


def reset_password(session: Session, user: User, new_password: str) -> User:
    """An administrator sets a new password (the user forgot theirs); this also lifts a lock."""
    _check_strength(new_password)
    user.password_hash = hash_password(new_password)
    user.failed_logins = 0
    user.locked_until = None
    session.flush()
    # An encrypted database: a new wrap of its key (the way a user without one, e.g. after the
    # conversion to encryption, gets theirs), and the lock-out kept in the key file lifted.
    database_keys.stage_password(session, user.username, new_password)
    return user


def unlock(session: Session, user: User) -> User:
    user.failed_logins = 0
    user.locked_until = None
    session.flush()
    database_keys.stage_unlock(session, user.username)
    return user


def set_active(session: Session, user: User, active: bool) -> User:
    if user.active == active:
        return user
    if not active and user.role is Role.ADMINISTRATOR:
        others = session.scalar(
            select(func.count())
            .select_from(User)
            .where(User.role == Role.ADMINISTRATOR, User.active.is_(True), User.id != user.id)
        )
        if not others:
            # Nobody would be left to create users, restore backups or switch this account back on.
            raise ValidationError(
                "user.last_administrator", "The last active administrator cannot be switched off."
            )
    user.active = active
    session.flush()
    if not active:
        # Switched off: the key file no longer opens the database for them. Switched back on, they
        # get a new wrap when an administrator sets their password.
        database_keys.stage_removal(session, user.username)
    return user


def list_users(
    session: Session, unit_ids: Sequence[uuid.UUID] | None = None, active_only: bool = False
) -> list[User]:
    stmt = select(User).order_by(User.username)
    if unit_ids is not None:
        stmt = stmt.where(User.unit_id.in_(unit_ids))
    if active_only:
        stmt = stmt.where(User.active.is_(True))
    return list(session.scalars(stmt))


def warm_up(database: Database) -> None:
    """Run the statements of a sign-in once and keep nothing, so SQLAlchemy has compiled them already.

    The desktop program calls this on its background thread while the sign-in window waits for the
    password: after Enter, the first sign-in of the day then costs the password check and little else.
    The change is flushed (the UPDATE and the audit row get compiled) and rolled back, never committed.
    """
    session = database.session_factory()
    session.info["actor"] = Actor(name="warm-up")
    try:
        user = session.scalar(select(User).where(User.username == "").limit(1)) or session.scalar(
            select(User).order_by(User.username).limit(1)
        )
        if user is not None:
            units.subtree_ids(session, user.unit_id)
            units.get(session, user.unit_id)
            user.failed_logins = user.failed_logins + 1
            user.last_login_at = clock.now()
            session.flush()
    finally:
        session.rollback()
        session.close()
