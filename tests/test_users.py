"""Users: argon2id hashes, sign-in, lock-out after repeated failures, passwords, activity."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from argon2 import PasswordHasher
from sqlalchemy import func, select

from app.errors import ConflictError, NotFoundError, ValidationError
from app.models import User
from app.models.enums import AuditAction, Role
from app.models.reference import unit_id
from app.services import users
from app.storage.database import Database
from tests.helpers_services import audit_rows, new_mediator, refused, write

NOW = datetime(2026, 11, 20, 4, 0, tzinfo=UTC)
PASSWORD = "Tatulyq2026"


def _user(db: Database, username: str = "aigerim", role: Role = Role.MEDIATOR, **kwargs: Any) -> uuid.UUID:
    with write(db) as s:
        return users.create_user(
            s, username, "Айгерім Сейітова", kwargs.pop("password", PASSWORD), role, "KZ-31-KRD", **kwargs
        ).id


def _read(db: Database, user_id: uuid.UUID) -> User:
    with db.session() as s:
        return users.get(s, user_id)


def _sign_in(db: Database, username: str, password: str, now: datetime = NOW) -> User:
    return users.sign_in(db, username, password, now=now)


def _refused_sign_in(
    db: Database, username: str, password: str, key: str, now: datetime = NOW
) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        _sign_in(db, username, password, now)
    assert caught.value.key == key, caught.value.message
    return caught.value


# --- creating users -------------------------------------------------------------------------------


def test_create_user_stores_an_argon2id_hash_and_never_the_password(db: Database) -> None:
    user_id = _user(db, "  Aigerim.S-1 ")
    saved = _read(db, user_id)
    assert saved.username == "aigerim.s-1"
    assert saved.password_hash.startswith("$argon2id$")
    assert PASSWORD not in saved.password_hash
    assert PasswordHasher().verify(saved.password_hash, PASSWORD)
    assert (saved.role, saved.unit_id, saved.active, saved.failed_logins) == (
        Role.MEDIATOR,
        unit_id("KZ-31-KRD"),
        True,
        0,
    )
    (created,) = audit_rows(db, "users", user_id)
    assert created.action is AuditAction.CREATE
    assert created.changes["password_hash"] == [None, "***"]
    assert created.changes["username"] == [None, "aigerim.s-1"]


@pytest.mark.parametrize(
    ("username", "display_name", "password", "key"),
    [
        ("ab", "Аты", PASSWORD, "user.username_format"),
        ("a" * 65, "Аты", PASSWORD, "user.username_format"),
        ("айгерим", "Аты", PASSWORD, "user.username_format"),
        ("aigerim s", "Аты", PASSWORD, "user.username_format"),
        ("aigerim", "  ", PASSWORD, "user.display_name.required"),
        ("aigerim", "Аты", "short1a", "user.password_weak"),
        ("aigerim", "Аты", "onlyletters", "user.password_weak"),
        ("aigerim", "Аты", "1234567890", "user.password_weak"),
    ],
)
def test_create_user_refuses_bad_input(
    db: Database, username: str, display_name: str, password: str, key: str
) -> None:
    refused(
        db,
        ValidationError,
        key,
        lambda s: users.create_user(s, username, display_name, password, Role.MEDIATOR, "KZ-31-KRD"),
    )


def test_limits_of_names_and_passwords(db: Database) -> None:
    _user(db, "abc", password="абвгдеж1")  # Cyrillic letters count as letters
    _user(db, "a" * 64)
    with db.session() as s:
        assert [u.username for u in users.list_users(s)] == ["a" * 64, "abc"]


def test_user_names_are_unique_whatever_the_case(db: Database) -> None:
    _user(db, "aigerim")
    error = refused(
        db,
        ConflictError,
        "user.username_taken",
        lambda s: users.create_user(s, "AIGERIM", "Басқа", PASSWORD, Role.ANALYST, "KZ-31-CTR"),
    )
    assert error.params["username"] == "aigerim"


def test_a_user_of_a_mediator(db: Database) -> None:
    with write(db) as s:
        mediator_id = new_mediator(s).id
        other_unit = new_mediator(s, unit_code="KZ-31-CTR").id
    user_id = _user(db, "nurlan", mediator_id=mediator_id)
    assert _read(db, user_id).mediator_id == mediator_id

    def create(name: str, mediator: uuid.UUID) -> Any:
        return lambda s: users.create_user(s, name, "Нұрлан", PASSWORD, Role.MEDIATOR, "KZ-31-KRD", mediator)

    refused(db, ConflictError, "user.mediator_taken", create("nurlan2", mediator_id))
    refused(db, ValidationError, "user.mediator_other_unit", create("gabbas", other_unit))
    refused(db, NotFoundError, "mediator.not_found", create("ghost", uuid.uuid4()))
    refused(
        db,
        NotFoundError,
        "unit.not_found",
        lambda s: users.create_user(s, "nowhere", "Жоқ", PASSWORD, Role.MEDIATOR, "KZ-99-XXX"),
    )


# --- signing in -----------------------------------------------------------------------------------


def test_sign_in_records_the_time_and_resets_failures(db: Database) -> None:
    user_id = _user(db)
    _refused_sign_in(db, "aigerim", "wrong-password-1", "user.bad_credentials")
    assert _read(db, user_id).failed_logins == 1

    user = _sign_in(db, " AIGERIM ", PASSWORD)
    assert user.id == user_id
    saved = _read(db, user_id)
    assert (saved.failed_logins, saved.last_login_at, saved.locked_until) == (0, NOW, None)

    updates = [r for r in audit_rows(db, "users", user_id) if r.action is AuditAction.UPDATE]
    assert [u.changes.get("failed_logins") for u in updates] == [[0, 1], [1, 0]]
    assert updates[0].actor == "sign-in:aigerim"


def test_a_wrong_name_and_a_wrong_password_look_the_same(db: Database) -> None:
    _user(db)
    wrong_password = _refused_sign_in(db, "aigerim", "Wrong2026", "user.bad_credentials")
    wrong_name = _refused_sign_in(db, "aigerym", PASSWORD, "user.bad_credentials")
    empty = _refused_sign_in(db, "", PASSWORD, "user.bad_credentials")
    assert wrong_password.message == wrong_name.message == empty.message
    assert wrong_password.params == wrong_name.params == {}


def test_five_failures_lock_the_account_for_fifteen_minutes(db: Database) -> None:
    user_id = _user(db)
    for attempt in range(1, 5):
        _refused_sign_in(
            db, "aigerim", f"Wrong{attempt}xx", "user.bad_credentials", NOW + timedelta(seconds=attempt)
        )
        assert _read(db, user_id).failed_logins == attempt

    fifth = NOW + timedelta(seconds=5)
    locked = _refused_sign_in(db, "aigerim", "Wrong5xx", "user.locked", fifth)
    assert locked.params["minutes_left"] == 15
    assert _read(db, user_id).locked_until == fifth + timedelta(minutes=15)

    # Even the right password is refused while locked, and says how long is left.
    during = _refused_sign_in(
        db, "aigerim", PASSWORD, "user.locked", fifth + timedelta(minutes=10, seconds=30)
    )
    assert during.params["minutes_left"] == 5
    assert _read(db, user_id).locked_until == fifth + timedelta(minutes=15)

    user = _sign_in(db, "aigerim", PASSWORD, fifth + timedelta(minutes=15))
    saved = _read(db, user_id)
    assert (user.id, saved.failed_logins, saved.locked_until) == (user_id, 0, None)


def test_after_a_lock_expires_the_count_starts_again(db: Database) -> None:
    user_id = _user(db)
    for _ in range(5):
        with pytest.raises(ValidationError):
            _sign_in(db, "aigerim", "Wrong2026", NOW)
    after = NOW + timedelta(minutes=16)
    _refused_sign_in(db, "aigerim", "Wrong2026", "user.bad_credentials", after)
    saved = _read(db, user_id)
    assert (saved.failed_logins, saved.locked_until) == (1, None)


def test_authenticate_inside_a_unit_of_work_counts_when_the_block_commits(db: Database) -> None:
    user_id = _user(db)
    with write(db) as s:
        with pytest.raises(ValidationError) as caught:
            users.authenticate(s, "aigerim", "Wrong2026", now=NOW)
        assert caught.value.key == "user.bad_credentials"
    assert _read(db, user_id).failed_logins == 1

    # Left to propagate, the refusal rolls the block back: this is why sign_in exists.
    with pytest.raises(ValidationError), write(db) as s:
        users.authenticate(s, "aigerim", "Wrong2026", now=NOW)
    assert _read(db, user_id).failed_logins == 1


def test_an_inactive_user_is_refused(db: Database) -> None:
    _user(db, "admin", Role.ADMINISTRATOR)
    user_id = _user(db)
    with write(db) as s:
        users.set_active(s, users.get(s, user_id), False)
    _refused_sign_in(db, "aigerim", PASSWORD, "user.inactive")
    _refused_sign_in(db, "aigerim", "Wrong2026", "user.bad_credentials")
    assert _read(db, user_id).last_login_at is None


def test_an_outdated_hash_is_upgraded_at_sign_in(db: Database) -> None:
    user_id = _user(db)
    weak = PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1).hash(PASSWORD)
    with write(db) as s:
        users.get(s, user_id).password_hash = weak
    _sign_in(db, "aigerim", PASSWORD)
    upgraded = _read(db, user_id).password_hash
    assert upgraded != weak
    assert "$m=19456,t=2,p=1$" in upgraded  # the program's current costs (OWASP's for interactive sign-in)
    assert _sign_in(db, "aigerim", PASSWORD).id == user_id


def test_a_damaged_hash_refuses_instead_of_crashing(db: Database) -> None:
    user_id = _user(db)
    with write(db) as s:
        users.get(s, user_id).password_hash = "not a hash"
    _refused_sign_in(db, "aigerim", PASSWORD, "user.bad_credentials")


# --- passwords and activity -----------------------------------------------------------------------


def test_change_password(db: Database) -> None:
    user_id = _user(db)

    def change(old: str, new: str) -> Any:
        return lambda s: users.change_password(s, users.get(s, user_id), old, new)

    refused(db, ValidationError, "user.old_password_wrong", change("Wrong2026", "NewPass2027"))
    refused(db, ValidationError, "user.password_weak", change(PASSWORD, "short7"))
    refused(db, ValidationError, "user.password_unchanged", change(PASSWORD, PASSWORD))
    with write(db) as s:
        change(PASSWORD, "NewPass2027")(s)
    _refused_sign_in(db, "aigerim", PASSWORD, "user.bad_credentials")
    assert _sign_in(db, "aigerim", "NewPass2027").id == user_id
    updates = [r for r in audit_rows(db, "users", user_id) if "password_hash" in r.changes]
    assert [u.changes["password_hash"] for u in updates] == [[None, "***"], ["***", "***"]]


def test_reset_password_and_unlock_lift_a_lock(db: Database) -> None:
    user_id = _user(db)
    for _ in range(5):
        with pytest.raises(ValidationError):
            _sign_in(db, "aigerim", "Wrong2026")
    refused(
        db,
        ValidationError,
        "user.password_weak",
        lambda s: users.reset_password(s, users.get(s, user_id), "weak"),
    )
    with write(db) as s:
        users.reset_password(s, users.get(s, user_id), "Reset2026x")
    assert _sign_in(db, "aigerim", "Reset2026x").id == user_id

    for _ in range(5):
        with pytest.raises(ValidationError):
            _sign_in(db, "aigerim", "Wrong2026")
    with write(db) as s:
        users.unlock(s, users.get(s, user_id))
    assert _sign_in(db, "aigerim", "Reset2026x").id == user_id


def test_the_last_administrator_stays_active(db: Database) -> None:
    first = _user(db, "admin", Role.ADMINISTRATOR)
    refused(
        db,
        ValidationError,
        "user.last_administrator",
        lambda s: users.set_active(s, users.get(s, first), False),
    )
    second = _user(db, "admin2", Role.ADMINISTRATOR)
    with write(db) as s:
        users.set_active(s, users.get(s, first), False)
    assert _read(db, first).active is False
    refused(
        db,
        ValidationError,
        "user.last_administrator",
        lambda s: users.set_active(s, users.get(s, second), False),
    )
    with write(db) as s:
        users.set_active(s, users.get(s, first), True)
    assert _read(db, first).active is True


def test_list_users(db: Database) -> None:
    _user(db, "bolat")
    _user(db, "aigerim")
    with write(db) as s:
        centre = users.create_user(s, "centre.head", "Бас", PASSWORD, Role.CENTRE_HEAD, "KZ-31-CTR")
        users.set_active(s, centre, False)
    with db.session() as s:
        assert [u.username for u in users.list_users(s)] == ["aigerim", "bolat", "centre.head"]
        assert [u.username for u in users.list_users(s, active_only=True)] == ["aigerim", "bolat"]
        assert [u.username for u in users.list_users(s, [unit_id("KZ-31-CTR")])] == ["centre.head"]
        assert s.scalar(select(func.count()).select_from(User)) == 3
