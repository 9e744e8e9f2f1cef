"""Encryption at rest on real files: the SQLCipher database, its key file, the recovery key, the conversion.

What a person would check: the file read without its key is noise (no SQLite header, no names); each
active user's password opens it and nothing else does; the key file follows the users (created,
password changed or reset, switched off) and is left as it was when their change is rolled back; the
lock-out lives in the key file; the recovery key opens the database even with the key file lost;
a plain database is converted with a backup first; backups of an encrypted database are encrypted.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from app.errors import StorageError, ValidationError
from app.models import User
from app.models.enums import Role
from app.services import clock, database_keys, installation, search, users
from app.services.context import Actor
from app.services.demo import DEMO_UNIT, generate_encrypted_demo
from app.services.runtime import open_database
from app.storage import keyfile
from app.storage.backup import backup_sqlite
from app.storage.database import Database
from app.storage.engine import connect_file
from app.storage.location import DatabaseLocation, resolve_location
from app.storage.restore import verify_backup
from tests.factories import add_two_parties, new_case

ADMIN_PASSWORD = "Kordai-2026"
ACTOR = Actor("tester")


@dataclass
class Encrypted:
    location: DatabaseLocation  # without the key, as the program finds it on disk
    database: Database
    recovery_key: str

    @property
    def file(self) -> Path:
        path = self.location.file_path
        assert path is not None
        return path

    @property
    def key_file(self) -> Path:
        path = self.location.key_file
        assert path is not None
        return path

    def wraps(self) -> set[str]:
        return set(json.loads(self.key_file.read_text(encoding="utf-8"))["users"])


@pytest.fixture
def encrypted(tmp_path: Path) -> Iterator[Encrypted]:
    location = resolve_location(tmp_path / "data")
    created = installation.create_encrypted(location)
    with created.database.session(write=True, actor=ACTOR) as s:
        installation.set_up(s, "KZ-31-KRD", "admin", "Әлия Сәрсенова", ADMIN_PASSWORD)
        case = new_case(s, description="Көршілер арасындағы жер дауы")
        add_two_parties(s, case)
    yield Encrypted(location, created.database, created.recovery_key)
    created.database.close()


def _user(s: Session, username: str) -> User:
    user = users.find_active(s, username)
    assert user is not None
    return user


def _opens(location: DatabaseLocation, username: str, password: str) -> bool:
    try:
        database_keys.unlock(location, username, password)
    except ValidationError:
        return False
    return True


# -- the file without its key ---------------------------------------------------------------------


def test_the_file_without_its_key_reads_as_noise(encrypted: Encrypted) -> None:
    encrypted.database.close()
    head = encrypted.file.read_bytes()[:4096]
    assert not head.startswith(b"SQLite format 3")
    whole = encrypted.file.read_bytes()
    for name in ("Өмірбеков", "Иванова", "Көршілер", "Сәрсенова"):
        assert name.encode("utf-8") not in whole
    assert b"CREATE TABLE" not in whole  # not even the schema shows
    plain = sqlite3.connect(encrypted.file)
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        plain.execute("SELECT count(*) FROM cases").fetchone()
    plain.close()


def test_without_a_password_the_program_refuses_clearly(encrypted: Encrypted) -> None:
    encrypted.database.close()
    with pytest.raises(StorageError) as refused:
        open_database(encrypted.location)
    assert refused.value.key == "db.key_required"
    assert encrypted.location.needs_key and encrypted.location.is_encrypted


def test_a_wrong_password_cannot_open_it_and_the_right_one_can(encrypted: Encrypted) -> None:
    encrypted.database.close()
    with pytest.raises(ValidationError) as wrong:
        database_keys.unlock(encrypted.location, "admin", "Kordai-2025")
    assert wrong.value.key == "user.bad_credentials"
    with pytest.raises(ValidationError) as nobody:
        database_keys.unlock(encrypted.location, "nobody", ADMIN_PASSWORD)
    assert nobody.value.key == "user.bad_credentials"  # the same words: names cannot be probed
    keyed = database_keys.unlock(encrypted.location, "ADMIN ", ADMIN_PASSWORD)
    database = open_database(keyed)
    try:
        user = users.sign_in_unlocked(database, "admin")
        assert user.display_name == "Әлия Сәрсенова" and user.last_login_at is not None
        with database.session() as s:  # FTS5 search works inside the encrypted file
            assert [hit.number for hit in search.search_cases(s, "өмірбеков")]
    finally:
        database.close()


def test_the_encrypted_engine_keeps_the_durability_settings(encrypted: Encrypted) -> None:
    with encrypted.database.engine.connect() as conn:
        pragmas = {
            name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()
            for name in ("journal_mode", "foreign_keys", "synchronous", "busy_timeout", "cipher_version")
        }
        conn.rollback()
    assert pragmas["journal_mode"] == "wal" and pragmas["foreign_keys"] == 1
    assert pragmas["synchronous"] == 2 and pragmas["busy_timeout"] == 5000  # FULL; 5 s
    assert str(pragmas["cipher_version"]).startswith("4.")
    assert encrypted.database.dialect == "sqlite"  # the same dialect: FTS5 triggers, BEGIN IMMEDIATE


def test_a_key_that_does_not_fit_is_told_as_such(encrypted: Encrypted) -> None:
    encrypted.database.close()
    with pytest.raises(StorageError) as wrong:
        connect_file(encrypted.file, os.urandom(32))
    assert wrong.value.key == "db.wrong_key"


# -- the key file ----------------------------------------------------------------------------------


def test_the_key_file_holds_sealed_wraps_and_never_the_key(encrypted: Encrypted) -> None:
    raw = json.loads(encrypted.key_file.read_text(encoding="utf-8"))
    assert raw["format"] == "tatulyq-keys" and raw["cipher"] == "sqlcipher4-raw-key"
    wrap = raw["users"]["admin"]
    assert (wrap["kdf"], wrap["time_cost"], wrap["memory_kib"], wrap["lanes"]) == ("argon2id", 2, 19456, 1)
    assert wrap["cipher"] == "aes-256-gcm"
    key = encrypted.location.with_key(None)
    unlocked = database_keys.unlock(key, "admin", ADMIN_PASSWORD).key
    assert unlocked is not None
    text = encrypted.key_file.read_text(encoding="utf-8")
    assert unlocked.hex() not in text and unlocked.hex().upper() not in text
    assert raw["key_id"] == keyfile.key_id(unlocked)
    if os.name == "posix":
        assert encrypted.key_file.stat().st_mode & 0o077 == 0  # readable by this account only


def test_a_wrap_moved_to_another_name_does_not_open(encrypted: Encrypted) -> None:
    raw = json.loads(encrypted.key_file.read_text(encoding="utf-8"))
    raw["users"]["intruder"] = raw["users"]["admin"]  # the user name is the wrap's associated data
    encrypted.key_file.write_text(json.dumps(raw), encoding="utf-8")
    assert not _opens(encrypted.location, "intruder", ADMIN_PASSWORD)


def test_the_key_file_follows_the_users(encrypted: Encrypted) -> None:
    db, location = encrypted.database, encrypted.location
    with db.session(write=True, actor=ACTOR) as s:
        users.create_user(s, "bolat", "Болат Нұрланұлы", "Bolat-2026", Role.MEDIATOR, "KZ-31-KRD")
    assert encrypted.wraps() == {"admin", "bolat"}
    assert _opens(location, "bolat", "Bolat-2026")

    with db.session(write=True, actor=ACTOR) as s:
        users.change_password(s, _user(s, "bolat"), "Bolat-2026", "Bolat-2027")
    assert not _opens(location, "bolat", "Bolat-2026") and _opens(location, "bolat", "Bolat-2027")

    with db.session(write=True, actor=ACTOR) as s:
        users.reset_password(s, _user(s, "bolat"), "Bolat-2028")
    assert not _opens(location, "bolat", "Bolat-2027") and _opens(location, "bolat", "Bolat-2028")

    with db.session(write=True, actor=ACTOR) as s:
        users.set_active(s, _user(s, "bolat"), False)
    assert encrypted.wraps() == {"admin"}
    assert not _opens(location, "bolat", "Bolat-2028")  # switched off: no longer opens the database


def test_a_rolled_back_change_leaves_the_key_file_as_it_was(encrypted: Encrypted) -> None:
    before = encrypted.key_file.read_bytes()
    with pytest.raises(RuntimeError), encrypted.database.session(write=True, actor=ACTOR) as s:
        users.reset_password(s, _user(s, "admin"), "Changed-2026")
        users.create_user(s, "dana", "Дана", "Dana-20266", Role.ANALYST, "KZ-31-KRD")
        raise RuntimeError("the unit of work fails after the changes")
    assert encrypted.key_file.read_bytes() == before
    assert _opens(encrypted.location, "admin", ADMIN_PASSWORD)
    assert not _opens(encrypted.location, "dana", "Dana-20266")


def test_five_wrong_passwords_lock_the_name_in_the_key_file(encrypted: Encrypted) -> None:
    encrypted.database.close()
    now = clock.now()
    for _ in range(4):
        with pytest.raises(ValidationError, match="wrong"):
            database_keys.unlock(encrypted.location, "admin", "not-it-123", now=now)
    with pytest.raises(ValidationError) as locked:
        database_keys.unlock(encrypted.location, "admin", "not-it-123", now=now)
    assert locked.value.key == "user.locked" and locked.value.params["minutes_left"] == 15
    with pytest.raises(ValidationError) as still:  # even the right password waits out the lock
        database_keys.unlock(encrypted.location, "admin", ADMIN_PASSWORD, now=now + timedelta(minutes=5))
    assert still.value.key == "user.locked"
    later = now + timedelta(minutes=16)
    assert database_keys.unlock(encrypted.location, "admin", ADMIN_PASSWORD, now=later).key is not None
    assert json.loads(encrypted.key_file.read_text(encoding="utf-8"))["lockout"] == {}


def test_a_right_password_ends_a_run_of_wrong_ones(encrypted: Encrypted) -> None:
    encrypted.database.close()
    for _ in range(4):
        with pytest.raises(ValidationError):
            database_keys.unlock(encrypted.location, "admin", "not-it-123")
    database_keys.unlock(encrypted.location, "admin", ADMIN_PASSWORD)
    for _ in range(4):  # four more are still not five in a row
        with pytest.raises(ValidationError, match="wrong"):
            database_keys.unlock(encrypted.location, "admin", "not-it-123")


def test_a_switched_off_user_with_a_stale_wrap_is_refused_by_the_database(encrypted: Encrypted) -> None:
    stale = encrypted.key_file.read_text(encoding="utf-8")
    with encrypted.database.session(write=True, actor=ACTOR) as s:
        users.create_user(s, "bolat", "Болат", "Bolat-2026", Role.MEDIATOR, "KZ-31-KRD")
    with_bolat = encrypted.key_file.read_text(encoding="utf-8")
    with encrypted.database.session(write=True, actor=ACTOR) as s:
        users.set_active(s, _user(s, "bolat"), False)
    assert stale != with_bolat
    encrypted.key_file.write_text(with_bolat, encoding="utf-8")  # a key file put back from a copy
    keyed = database_keys.unlock(encrypted.location, "bolat", "Bolat-2026")
    with pytest.raises(ValidationError) as refused:
        users.sign_in_unlocked(open_database(keyed), "bolat")
    assert refused.value.key == "user.inactive"


# -- the recovery key ------------------------------------------------------------------------------


def test_the_recovery_key_is_eight_groups_of_four_and_forgives_how_it_is_typed() -> None:
    text = keyfile.new_recovery_key()
    groups = text.split("-")
    assert len(groups) == 8 and all(len(g) == 4 and g.isalnum() and g.isupper() for g in groups)
    key = keyfile.key_from_recovery(text)
    assert keyfile.key_from_recovery(" ".join(groups).lower()) == key
    cyrillic = text.replace("A", "А").replace("C", "С").replace("O", "0")  # Cyrillic А, С; zero for O
    assert keyfile.key_from_recovery(cyrillic) == key
    with pytest.raises(ValidationError) as short:
        keyfile.key_from_recovery(text[:-1])
    assert short.value.key == "keys.recovery_format"


def test_recovery_sets_a_new_password(encrypted: Encrypted) -> None:
    encrypted.database.close()
    done = database_keys.recover(encrypted.location, encrypted.recovery_key, "admin", "Recovered-1")
    assert done.username == "admin" and not done.key_file_renewed
    assert _opens(encrypted.location, "admin", "Recovered-1")
    assert not _opens(encrypted.location, "admin", ADMIN_PASSWORD)


def test_recovery_works_with_the_key_file_lost_and_writes_a_new_one(encrypted: Encrypted) -> None:
    with encrypted.database.session(write=True, actor=ACTOR) as s:
        users.create_user(s, "bolat", "Болат", "Bolat-2026", Role.MEDIATOR, "KZ-31-KRD")
    encrypted.database.close()
    encrypted.key_file.unlink()
    assert encrypted.location.needs_key  # the file itself says it is encrypted
    with pytest.raises(StorageError) as missing:
        database_keys.unlock(encrypted.location, "admin", ADMIN_PASSWORD)
    assert missing.value.key == "keys.missing"
    done = database_keys.recover(encrypted.location, encrypted.recovery_key, "admin", "Recovered-1")
    assert done.key_file_renewed
    assert encrypted.wraps() == {"admin"}  # the others get theirs when an administrator resets them
    assert _opens(encrypted.location, "admin", "Recovered-1")


def test_recovery_sets_a_damaged_key_file_aside(encrypted: Encrypted) -> None:
    encrypted.database.close()
    encrypted.key_file.write_text("{ this is not json", encoding="utf-8")
    with pytest.raises(StorageError) as damaged:
        database_keys.unlock(encrypted.location, "admin", ADMIN_PASSWORD)
    assert damaged.value.key == "keys.damaged"
    done = database_keys.recover(encrypted.location, encrypted.recovery_key, "admin", "Recovered-1")
    assert done.key_file_renewed
    assert encrypted.key_file.with_name("tatulyq.keys.damaged").read_text() == "{ this is not json"
    assert _opens(encrypted.location, "admin", "Recovered-1")


def test_another_databases_recovery_key_is_refused(encrypted: Encrypted, tmp_path: Path) -> None:
    encrypted.database.close()
    other = keyfile.new_recovery_key()
    with pytest.raises(ValidationError) as wrong:
        database_keys.recover(encrypted.location, other, "admin", "Recovered-1")
    assert wrong.value.key == "keys.recovery_wrong"
    encrypted.key_file.unlink()  # without the key file the database itself refuses the key
    with pytest.raises(ValidationError) as still:
        database_keys.recover(encrypted.location, other, "admin", "Recovered-1")
    assert still.value.key == "keys.recovery_wrong"
    assert not encrypted.key_file.exists()


def test_recovery_for_a_user_who_does_not_exist_is_refused(encrypted: Encrypted) -> None:
    encrypted.database.close()
    with pytest.raises(ValidationError) as nobody:
        database_keys.recover(encrypted.location, encrypted.recovery_key, "nobody", "Recovered-1")
    assert nobody.value.key == "keys.recovery_no_user"


# -- a new database, interrupted steps ------------------------------------------------------------


def test_a_set_up_that_is_cancelled_leaves_nothing(tmp_path: Path) -> None:
    location = resolve_location(tmp_path)
    created = installation.create_encrypted(location)
    assert keyfile.setup_marker(tmp_path / "tatulyq.keys").exists()
    created.database.close()
    installation.discard_new(location)
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_a_set_up_stopped_half_way_starts_anew(tmp_path: Path) -> None:
    location = resolve_location(tmp_path)
    created = installation.create_encrypted(location)
    created.database.close()  # the program stopped before the administrator existed
    assert (tmp_path / "tatulyq.db").stat().st_size > 0
    assert installation.is_new(location)  # the half-made file (nobody has its key) is removed
    assert not (tmp_path / "tatulyq.db").exists()
    again = installation.create_encrypted(location)
    again.database.close()


def test_a_conversion_stopped_between_its_renames_is_finished(encrypted: Encrypted) -> None:
    encrypted.database.close()
    staged = keyfile.staged(encrypted.key_file)
    os.replace(encrypted.key_file, staged)  # the encrypted file is in place, its key file not yet
    keyfile.settle(encrypted.file, encrypted.key_file)
    assert encrypted.key_file.exists() and not staged.exists()
    assert _opens(encrypted.location, "admin", ADMIN_PASSWORD)


# -- conversion of a plain database ---------------------------------------------------------------


@pytest.fixture
def plain(tmp_path: Path) -> Iterator[Database]:
    database = open_database(data_dir=tmp_path / "plain")
    with database.session(write=True, actor=ACTOR) as s:
        installation.set_up(s, "KZ-31-KRD", "admin", "Әлия Сәрсенова", ADMIN_PASSWORD)
        users.create_user(s, "bolat", "Болат", "Bolat-2026", Role.MEDIATOR, "KZ-31-KRD")
        for _ in range(3):
            add_two_parties(s, new_case(s, description="Көршілер арасындағы жер дауы"))
    yield database
    database.close()


def test_a_plain_database_is_converted_with_a_backup_first(plain: Database) -> None:
    location = plain.location
    assert location.file_path is not None and location.key_file is not None
    done = database_keys.encrypt(plain, "admin", ADMIN_PASSWORD)
    assert done.counts["cases"] == 3 and done.username == "admin"
    # The backup made first is a plain, sound copy of the database as it was.
    assert done.backup.read_bytes()[:16] == b"SQLite format 3\x00"
    copy = sqlite3.connect(done.backup)
    assert copy.execute("SELECT count(*) FROM cases").fetchone()[0] == 3
    copy.close()
    assert done.backup in done.plain_backups  # told: still readable by anyone
    # The database goes on working, encrypted, through the same object.
    with plain.session() as s:
        assert len(users.list_users(s)) == 2
    plain.close()
    whole = location.file_path.read_bytes()
    assert not whole.startswith(b"SQLite format 3") and "Өмірбеков".encode() not in whole
    assert set(json.loads(location.key_file.read_text())["users"]) == {"admin"}
    assert _opens(location, "admin", ADMIN_PASSWORD)
    assert not _opens(location, "bolat", "Bolat-2026")  # until an administrator sets their password
    assert keyfile.key_from_recovery(done.recovery_key) == database_keys.unlock(location, "admin", ADMIN_PASSWORD).key
    assert not location.file_path.with_name("tatulyq.db.encrypting").exists()


def test_an_administrators_reset_gives_the_others_their_access(plain: Database) -> None:
    database_keys.encrypt(plain, "admin", ADMIN_PASSWORD)
    with plain.session(write=True, actor=ACTOR) as s:
        users.reset_password(s, _user(s, "bolat"), "Bolat-2027")
    assert _opens(plain.location.with_key(None), "bolat", "Bolat-2027")


def test_only_an_administrator_with_the_right_password_converts(plain: Database) -> None:
    with pytest.raises(ValidationError) as not_admin:
        database_keys.encrypt(plain, "bolat", "Bolat-2026")
    assert not_admin.value.key == "encrypt.administrator_only"
    with pytest.raises(ValidationError) as wrong:
        database_keys.encrypt(plain, "admin", "not-it-123")
    assert wrong.value.key == "user.bad_credentials"
    assert plain.location.file_path is not None and plain.location.key_file is not None
    assert plain.location.file_path.read_bytes()[:16] == b"SQLite format 3\x00"
    assert not plain.location.key_file.exists()
    database_keys.encrypt(plain, "admin", ADMIN_PASSWORD)
    with pytest.raises(StorageError) as again:
        database_keys.encrypt(plain, "admin", ADMIN_PASSWORD)
    assert again.value.key == "encrypt.already"


# -- backups ---------------------------------------------------------------------------------------


def test_a_backup_of_an_encrypted_database_is_encrypted_with_the_same_key(
    encrypted: Encrypted, tmp_path: Path
) -> None:
    target = backup_sqlite(encrypted.database.engine, tmp_path / "stick" / "copy.db")
    whole = target.read_bytes()
    assert not whole.startswith(b"SQLite format 3") and "Өмірбеков".encode() not in whole
    plain = sqlite3.connect(target)
    with pytest.raises(sqlite3.DatabaseError):
        plain.execute("SELECT count(*) FROM cases").fetchone()
    plain.close()
    report = verify_backup(encrypted.database.engine, target)  # read with the database's own key
    assert report.ok and report.counts["cases"] == 1
    # A foreign computer with only the file and the recovery key can read it.
    conn = connect_file(target, keyfile.key_from_recovery(encrypted.recovery_key), read_only=True)
    assert conn.execute("SELECT count(*) FROM parties").fetchone()[0] == 2
    conn.close()


# -- the demo --------------------------------------------------------------------------------------


def test_an_encrypted_demo_opens_for_admin_with_its_password(tmp_path: Path) -> None:
    location = resolve_location(tmp_path)
    summary, recovery_key = generate_encrypted_demo(location, "Demo-pass-1", cases=30, seed=5)
    assert summary.cases == 30 and len(recovery_key.split("-")) == 8
    keyed = database_keys.unlock(location, "admin", "Demo-pass-1")
    database = open_database(keyed)
    try:
        with database.session() as s:
            admin = users.find_active(s, "admin")
            assert admin is not None and admin.role is Role.ADMINISTRATOR
            unit = installation.installation_unit(s)
            assert unit is not None and unit.code == DEMO_UNIT
    finally:
        database.close()
    with pytest.raises(ValidationError) as exists:
        generate_encrypted_demo(location, "Demo-pass-1", cases=1, seed=5)
    assert exists.value.key == "demo.database_exists"


def test_a_failed_encrypted_demo_leaves_no_files(tmp_path: Path) -> None:
    location = resolve_location(tmp_path)
    with pytest.raises(ValidationError) as weak:
        generate_encrypted_demo(location, "short", cases=1, seed=5)
    assert weak.value.key == "user.password_weak"
    assert sorted(p.name for p in tmp_path.iterdir()) == []
