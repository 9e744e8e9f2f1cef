"""Storage: SQLite set-up, a locked or corrupt file, a full disk, backups, verified restore, `db check`."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, func, select

from app.errors import StorageError
from app.models import Case
from app.services.runtime import SESSION_HOOKS, open_database
from app.storage.backup import backup_sqlite
from app.storage.checks import check_database
from app.storage.database import Database
from app.storage.engine import make_engine
from app.storage.location import resolve_location
from app.storage.restore import restore_sqlite
from tests.conftest import ACTOR
from tests.factories import new_case


def _count(db: Database) -> int:
    with db.session() as s:
        return int(s.scalar(select(func.count()).select_from(Case)) or 0)


def test_sqlite_runs_in_wal_with_foreign_keys_and_a_busy_timeout(tmp_path: Path) -> None:
    db = open_database(data_dir=tmp_path)
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL


def test_default_location_is_the_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TATULYQ_DATA_DIR", str(tmp_path / "appdata"))
    monkeypatch.delenv("TATULYQ_DATABASE_URL", raising=False)
    location = resolve_location()
    assert location.sqlite_path == tmp_path / "appdata" / "tatulyq.db"
    url = resolve_location(database_url="postgresql://desk:secret@lan-server/tatulyq")
    assert "secret" not in url.describe()


def test_locked_database_gives_busy_and_changes_nothing(sqlite_db: Database) -> None:
    with sqlite_db.session(write=True, actor=ACTOR) as s:
        new_case(s)
    quick = Database(
        sqlite_db.location,
        engine=make_engine(sqlite_db.location, busy_timeout_ms=150),
        session_hooks=SESSION_HOOKS,
    )
    other = sqlite3.connect(sqlite_db.location.sqlite_path, isolation_level=None)  # type: ignore[arg-type]
    try:
        other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
        with pytest.raises(StorageError) as caught, quick.session(write=True, actor=ACTOR) as s:
            new_case(s)
        assert caught.value.key == "db.busy"
        assert "try again" in caught.value.message
    finally:
        other.execute("ROLLBACK")
        other.close()
        quick.close()
    assert _count(sqlite_db) == 1


def test_full_disk_is_reported_and_earlier_saves_survive(tmp_path: Path) -> None:
    db = open_database(data_dir=tmp_path)
    with db.session(write=True, actor=ACTOR) as s:
        new_case(s)
    with db.engine.connect() as conn:
        pages = int(conn.exec_driver_sql("PRAGMA page_count").scalar() or 0)

    @event.listens_for(db.engine, "connect")
    def _small_disk(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + 3}")  # the "disk" has 3 pages left

    with pytest.raises(StorageError) as caught, db.session(write=True, actor=ACTOR) as s:
        for _ in range(40):
            new_case(s, description="Ұзақ сипаттама " * 400)
    assert caught.value.key == "db.disk_full"
    event.remove(db.engine, "connect", _small_disk)
    assert _count(db) == 1
    assert check_database(db.engine).ok
    db.close()


def test_corrupt_file_gives_a_clear_error_and_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "tatulyq.db"
    path.write_bytes(b"this is a spreadsheet, not a database" * 200)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(StorageError) as caught:
        open_database(data_dir=tmp_path)
    assert caught.value.key == "db.corrupt"
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest


def test_backup_then_restore_brings_back_the_earlier_state(sqlite_db: Database, tmp_path: Path) -> None:
    with sqlite_db.session(write=True, actor=ACTOR) as s:
        kept = new_case(s, description="Сақталған іс").number
    usb = tmp_path / "usb" / "tatulyq-backup.db"
    backup_sqlite(sqlite_db.engine, usb)
    with sqlite_db.session(write=True, actor=ACTOR) as s:
        new_case(s, description="Кейін қосылған")
    assert _count(sqlite_db) == 2
    result = restore_sqlite(sqlite_db.engine, sqlite_db.location, usb)
    assert result.verified.counts["cases"] == 1
    assert result.previous_saved_to.exists()
    assert _count(sqlite_db) == 1
    with sqlite_db.session() as s:
        assert s.scalar(select(Case.number)) == kept
    assert check_database(sqlite_db.engine).ok
    # The copy saved before the restore still holds both cases: the restore can be undone.
    assert sqlite3.connect(result.previous_saved_to).execute("SELECT count(*) FROM cases").fetchone()[0] == 2


@pytest.mark.parametrize("damage", ["garbage", "newer", "missing"])
def test_restore_refuses_a_bad_backup_and_changes_nothing(
    sqlite_db: Database, tmp_path: Path, damage: str
) -> None:
    with sqlite_db.session(write=True, actor=ACTOR) as s:
        new_case(s)
    bad = tmp_path / "bad.db"
    if damage == "garbage":
        bad.write_bytes(b"SQLite format 3\x00" + b"\x07" * 8192)
    elif damage == "newer":
        backup_sqlite(sqlite_db.engine, bad)
        raw = sqlite3.connect(bad)
        raw.execute("UPDATE alembic_version SET version_num = 'ffff_future'")
        raw.commit()
        raw.close()
    with pytest.raises(StorageError) as caught:
        restore_sqlite(sqlite_db.engine, sqlite_db.location, bad)
    assert caught.value.key == ("restore.newer_backup" if damage == "newer" else "restore.bad_backup")
    assert _count(sqlite_db) == 1
    assert not sqlite_db.location.backup_dir.exists() or not list(
        sqlite_db.location.backup_dir.glob("before-restore-*")
    )


def test_check_finds_a_search_index_out_of_step(db: Database) -> None:
    with db.session(write=True, actor=ACTOR) as s:
        new_case(s)
        new_case(s)
    assert check_database(db.engine).ok
    with db.engine.begin() as conn:
        conn.exec_driver_sql(
            "DELETE FROM case_search_docs WHERE rowid = (SELECT min(rowid) FROM case_search_docs)"
        )
    report = check_database(db.engine)
    assert not report.ok
    assert any("search index holds 1 cases of 2" in p for p in report.problems)
