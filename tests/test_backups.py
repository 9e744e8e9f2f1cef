"""Backups: the rotation's rule over many dates, the daily backup, copies on demand, verified restore,
the command line and the Settings panel, all on real files.

Which backups a rotation keeps is computed here by hand from the calendar, not by the code under test.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.errors import StorageError, ValidationError
from app.models import AuditEntry, Case
from app.models.enums import Role
from app.services import backups, settings
from app.services.clock import KZ_TZ
from app.services.context import Actor
from app.services.runtime import SESSION_HOOKS, open_database
from app.storage import backup as backup_module
from app.storage import migrate
from app.storage.checks import check_database
from app.storage.database import Database
from app.storage.location import resolve_location
from app.storage.rotation import (
    Keep,
    backup_name,
    moments_to_keep,
    parse_name,
    rotate,
)
from app.ui.backup_panel import BackupPanel
from app.ui.backup_schedule import DailyBackups
from app.ui.context import UiContext
from app.ui.messages import message_for
from app.ui.pages.settings import SettingsPage
from tests.conftest import ACTOR
from tests.factories import new_case
from tests.test_cli import OLD_RELEASE_DB, tq, tq_json
from tests.ui_support import make_ctx


def local(day: date, hour: int = 9, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=KZ_TZ)


def days(first: date, last: date) -> list[date]:
    return [first + timedelta(n) for n in range((last - first).days + 1)]


def cases_in(db: Database) -> int:
    with db.session() as s:
        return int(s.scalar(select(func.count()).select_from(Case)) or 0)


def cases_in_file(path: Path) -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(conn.execute("SELECT count(*) FROM cases").fetchone()[0])
    finally:
        conn.close()


def add_cases(db: Database, n: int, description: str = "Жер дауы") -> list[str]:
    with db.session(write=True, actor=ACTOR) as s:
        return [new_case(s, description=description).number for _ in range(n)]


# -- the rotation's rule (pure) --------------------------------------------------------------------


def test_seven_days_four_weeks_twelve_months_of_daily_backups() -> None:
    moments = [local(d) for d in days(date(2026, 10, 1), date(2026, 11, 21))]  # 21.11.2026 is a Saturday
    kept = {m.date() for m in moments_to_keep(moments, Keep(7, 4, 12))}
    last_seven = set(days(date(2026, 11, 15), date(2026, 11, 21)))
    sundays = {date(2026, 11, 8), date(2026, 11, 1)}  # the last day of the two weeks before those
    end_of_october = {date(2026, 10, 31)}
    assert kept == last_seven | sundays | end_of_october


def test_days_without_a_backup_do_not_count() -> None:
    weekdays = [d for d in days(date(2026, 11, 2), date(2026, 11, 20)) if d.weekday() < 5]  # a 5-day week
    kept = {m.date() for m in moments_to_keep(map(local, weekdays), Keep(7, 0, 0))}
    assert kept == set(weekdays[-7:])  # seven working days, spread over nine calendar days
    assert min(kept) == date(2026, 11, 12)


def test_only_the_newest_backup_of_a_day_is_kept() -> None:
    day = date(2026, 11, 20)
    moments = [local(day, 9), local(day, 13, 30), local(day, 18), local(date(2026, 11, 19), 23, 59)]
    assert moments_to_keep(moments, Keep(7, 0, 0)) == {local(day, 18), local(date(2026, 11, 19), 23, 59)}
    assert moments_to_keep(moments, Keep(1, 0, 0)) == {local(day, 18)}


def test_two_years_of_backups_keep_one_a_month_for_twelve_months() -> None:
    every_day = [local(d) for d in days(date(2024, 11, 1), date(2026, 11, 21))]
    kept = {m.date() for m in moments_to_keep(every_day, Keep(7, 4, 12))}
    month_ends = {date(2026, 11, 21)}
    year, month = 2026, 11
    for _ in range(11):
        first_of_month = date(year, month, 1)
        month_ends.add(first_of_month - timedelta(1))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    assert month_ends <= kept
    assert min(kept) == date(2025, 12, 31)  # nothing older than the twelfth month survives
    weekly = {date(2026, 11, 21), date(2026, 11, 15), date(2026, 11, 8), date(2026, 11, 1)}
    assert weekly <= kept
    # 7 days (including this week's Saturday and last Sunday), Sundays of 8.11 and 1.11, and 11 month ends
    assert len(kept) == 7 + 2 + 11


def test_a_backup_after_midnight_belongs_to_the_new_local_day() -> None:
    made = datetime(2026, 11, 20, 19, 30, tzinfo=UTC)  # 00:30 on 21.11 in Kazakhstan
    name = backup_name("daily", made.astimezone(KZ_TZ), "0004_audit_chain")
    assert name == "daily-2026-11-21_003000-0004_audit_chain.db"
    parsed = parse_name(name, KZ_TZ)
    assert parsed is not None and parsed.made_at == made and parsed.revision == "0004_audit_chain"
    late_evening = local(date(2026, 11, 20), 23, 0)
    assert moments_to_keep([late_evening, parsed.made_at], Keep(1, 0, 0)) == {parsed.made_at}


def test_names_of_every_kind_are_read_back() -> None:
    upgrade = parse_name("before-upgrade-0001_case_register-20261121-043015.db", KZ_TZ)  # migrate.py, UTC
    assert upgrade is not None and upgrade.kind == "before-upgrade"
    assert upgrade.made_at == local(date(2026, 11, 21), 9, 30) + timedelta(seconds=15)
    assert upgrade.revision == "0001_case_register"
    old_restore = parse_name("before-restore-20261121-043015.db", KZ_TZ)
    assert old_restore is not None and old_restore.kind == "before-restore" and old_restore.revision is None
    copy = parse_name("tatulyq-2026-11-21_101500-0002_case_search.db", KZ_TZ)
    assert copy is not None and copy.kind == "tatulyq"
    for stranger in (
        "notes.db",
        "daily-2026-02-30_101500-0002.db",
        "daily-2026-11-21_101500-0002.db.partial",
    ):
        assert parse_name(stranger, KZ_TZ) is None


def test_rotate_deletes_only_daily_backups_it_does_not_keep(tmp_path: Path) -> None:
    for day in days(date(2026, 11, 1), date(2026, 11, 21)):
        (tmp_path / backup_name("daily", local(day), "0004_audit_chain")).write_bytes(b"x")
    others = [
        "before-upgrade-0001_case_register-20261102-040000.db",
        backup_name("before-restore", local(date(2026, 11, 3)), "0004_audit_chain"),
        backup_name("tatulyq", local(date(2026, 11, 4)), "0004_audit_chain"),
        "my-notes.txt",
    ]
    for name in others:
        (tmp_path / name).write_bytes(b"x")
    removed = rotate(tmp_path, Keep(3, 0, 0), KZ_TZ)
    assert len(removed) == 18
    left = sorted(p.name for p in tmp_path.iterdir())
    assert left == sorted(
        [*others, *(backup_name("daily", local(date(2026, 11, d)), "0004_audit_chain") for d in (19, 20, 21))]
    )


# -- the daily backup -------------------------------------------------------------------------------


def test_one_daily_backup_a_day_holding_the_database(sqlite_db: Database) -> None:
    add_cases(sqlite_db, 2)
    morning = local(date(2026, 11, 21), 8, 55)
    first = backups.make_daily_backup(sqlite_db, moment=morning)
    assert first.made is not None
    assert first.made.name == f"daily-2026-11-21_085500-{migrate.SCHEMA_HEAD}.db"
    assert first.made.parent == sqlite_db.location.backup_dir
    assert cases_in_file(first.made) == 2
    assert backups.make_daily_backup(sqlite_db, moment=morning + timedelta(hours=8)).made is None
    after_midnight = backups.make_daily_backup(sqlite_db, moment=local(date(2026, 11, 22), 0, 10))
    assert after_midnight.made is not None and after_midnight.made != first.made
    assert [entry.kind for entry in backups.list_backups(sqlite_db)] == ["daily", "daily"]
    assert not list(sqlite_db.location.backup_dir.glob("*.partial"))


def test_the_backup_holds_a_save_still_in_the_wal(sqlite_db: Database) -> None:
    path = sqlite_db.location.sqlite_path
    assert path is not None
    reader = sqlite3.connect(path)  # an open reader keeps the WAL from being checkpointed into the file
    try:
        reader.execute("SELECT count(*) FROM cases").fetchone()
        number = add_cases(sqlite_db, 1)[0]
        assert Path(f"{path}-wal").stat().st_size > 0
        made = backups.make_daily_backup(sqlite_db).made
    finally:
        reader.close()
    assert made is not None
    conn = sqlite3.connect(made)
    try:
        assert conn.execute("SELECT number FROM cases").fetchall() == [(number,)]
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # one file, no -wal needed
    finally:
        conn.close()


def test_rotation_follows_the_settings_and_keeps_the_copy_made_before_a_migration(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    shutil.copyfile(OLD_RELEASE_DB, data / "tatulyq.db")
    db = open_database(data_dir=data)  # an older database: backed up, then upgraded
    try:
        before_upgrade = list(db.location.backup_dir.glob("before-upgrade-*.db"))
        assert len(before_upgrade) == 1
        backups.save_keep_policy(db, Keep(daily=2, weekly=0, monthly=0), actor=ACTOR)
        with db.session() as s:
            assert [settings.get_int(s, key) for key in backups.KEEP_KEYS] == [2, 0, 0]
        for day in days(date(2026, 11, 10), date(2026, 11, 21)):
            backups.make_daily_backup(db, moment=local(day))
        listed = backups.list_backups(db)
        assert [(e.kind, e.made_at.date()) for e in listed if e.kind == "daily"] == [
            ("daily", date(2026, 11, 21)),
            ("daily", date(2026, 11, 20)),
        ]
        assert before_upgrade[0].exists()
        assert [e.path for e in listed if e.kind == "before-upgrade"] == before_upgrade
    finally:
        db.close()


def test_rotation_settings_are_checked() -> None:
    with pytest.raises(ValidationError) as caught:
        settings.set_value(None, "backup.keep_daily", 0)  # type: ignore[arg-type]  # refused before any read
    assert caught.value.key == "settings.out_of_range"


def test_a_full_disk_leaves_no_partial_file_and_says_so(
    sqlite_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_cases(sqlite_db, 30, description="Ұзақ сипаттама " * 200)
    stick = tmp_path / "stick"
    stick.mkdir()
    real_target = backup_module.connect_target

    def small_stick(engine: Any, path: Path) -> Any:
        connection = real_target(engine, path)
        connection.execute("PRAGMA max_page_count = 40")  # the stick has room for 40 pages only
        return connection

    monkeypatch.setattr(backup_module, "connect_target", small_stick)
    with pytest.raises(StorageError) as caught:
        backups.copy_to_folder(sqlite_db, stick, actor=ACTOR)
    assert caught.value.key == "backup.disk_full"
    assert str(stick) in caught.value.message
    assert list(stick.iterdir()) == []  # neither a partial file nor a half copy under the real name
    assert message_for(caught.value).startswith("The disk is full")


# -- copies on demand, verification, restore --------------------------------------------------------


def test_a_copy_to_a_stick_is_verified_named_and_audited(sqlite_db: Database, tmp_path: Path) -> None:
    add_cases(sqlite_db, 3)
    stick = tmp_path / "USB STICK"
    stick.mkdir()
    info = backups.copy_to_folder(sqlite_db, stick, actor=ACTOR, moment=local(date(2026, 11, 21), 10, 15))
    assert info.path == stick / f"tatulyq-2026-11-21_101500-{migrate.SCHEMA_HEAD}.db"
    assert info.cases == 3 and info.check.ok and info.check.revision == migrate.SCHEMA_HEAD
    assert cases_in_file(info.path) == 3
    with sqlite_db.session() as s:
        summaries = s.scalars(select(AuditEntry.summary).where(AuditEntry.entity == "database")).all()
    assert summaries == [f"copied the database to {info.path}"]
    with pytest.raises(ValidationError) as caught:
        backups.copy_to_folder(sqlite_db, tmp_path / "not plugged in", actor=ACTOR)
    assert caught.value.key == "backup.no_folder"
    with pytest.raises(ValidationError) as caught:
        backups.copy_to_file(sqlite_db, info.path, actor=ACTOR)
    assert caught.value.key == "backup.target_exists"


def test_describe_tells_date_revision_and_counts(sqlite_db: Database, tmp_path: Path) -> None:
    add_cases(sqlite_db, 4)
    made = backups.make_daily_backup(sqlite_db, moment=local(date(2026, 11, 18), 9, 5)).made
    assert made is not None
    info = backups.describe(sqlite_db, made)
    assert info.made_at == local(date(2026, 11, 18), 9, 5)
    assert (info.check.revision, info.cases, backups.refusal(info)) == (migrate.SCHEMA_HEAD, 4, None)

    damaged = tmp_path / "damaged.db"
    data = bytearray(made.read_bytes())
    data[8192 : 8192 + 4096] = b"\xa5" * 4096
    damaged.write_bytes(bytes(data))
    refusal = backups.refusal(backups.describe(sqlite_db, damaged))
    assert refusal is not None and refusal.key == "restore.bad_backup"

    spreadsheet = tmp_path / "register.db"
    spreadsheet.write_bytes(b"PK\x03\x04 not a database" * 100)
    refusal = backups.refusal(backups.describe(sqlite_db, spreadsheet))
    assert refusal is not None and refusal.key == "restore.bad_backup"

    newer = tmp_path / "newer.db"
    shutil.copyfile(made, newer)
    conn = sqlite3.connect(newer)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = 'ffff_future'")
    conn.close()
    refusal = backups.refusal(backups.describe(sqlite_db, newer))
    assert refusal is not None and refusal.key == "restore.newer_backup"
    assert refusal.params["revision"] == "ffff_future"

    live = sqlite_db.location.sqlite_path
    assert live is not None
    with pytest.raises(StorageError) as caught:
        backups.describe(sqlite_db, live)  # the database in use is no backup of itself
    assert caught.value.key == "restore.same_file"


def test_restore_saves_the_current_database_first_and_is_audited(sqlite_db: Database) -> None:
    kept = add_cases(sqlite_db, 2, "Сақталған")
    made = backups.make_daily_backup(sqlite_db, moment=local(date(2026, 11, 20))).made
    assert made is not None
    later = add_cases(sqlite_db, 3, "Кейін")
    result = backups.restore(sqlite_db, made, actor=ACTOR, moment=local(date(2026, 11, 21), 11, 0))
    assert result.verified.counts["cases"] == 2 and result.migrated_from is None
    with sqlite_db.session() as s:
        assert sorted(s.scalars(select(Case.number)).all()) == sorted(kept)
        audit = s.scalars(select(AuditEntry.summary).where(AuditEntry.entity == "database")).all()
    assert audit == [f"restored from the backup {made.name}"]
    saved = result.previous_saved_to
    assert saved.name == f"before-restore-2026-11-21_110000-{migrate.SCHEMA_HEAD}.db"
    assert cases_in_file(saved) == 5  # the restore can be undone: everything is in the saved copy
    assert check_database(sqlite_db.engine).ok
    # ... and undone it is: restoring the saved copy brings the later cases back.
    backups.restore(sqlite_db, saved, actor=ACTOR)
    with sqlite_db.session() as s:
        assert set(later) <= set(s.scalars(select(Case.number)).all())


def test_restoring_an_older_backup_upgrades_it(sqlite_db: Database) -> None:
    add_cases(sqlite_db, 1)
    result = backups.restore(sqlite_db, OLD_RELEASE_DB, actor=ACTOR)
    assert result.migrated_from == "0001_case_register"
    assert migrate.current_revision(sqlite_db.engine) == migrate.SCHEMA_HEAD
    report = check_database(sqlite_db.engine)
    assert report.ok, report.problems
    assert report.counts["cases"] == result.verified.counts["cases"]


def test_a_refused_restore_changes_nothing(sqlite_db: Database, tmp_path: Path) -> None:
    add_cases(sqlite_db, 2)
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x07" * 8192)
    with pytest.raises(StorageError) as caught:
        backups.restore(sqlite_db, bad, actor=ACTOR)
    assert caught.value.key == "restore.bad_backup"
    assert cases_in(sqlite_db) == 2
    assert backups.list_backups(sqlite_db) == []  # not even the copy of the current database was made


def test_the_backup_of_an_encrypted_database_is_encrypted_and_restores(tmp_path: Path) -> None:
    pytest.importorskip("sqlcipher3")
    location = resolve_location(tmp_path / "data").with_key(os.urandom(32))
    db = Database(location, session_hooks=SESSION_HOOKS)
    try:
        migrate.upgrade(db.engine, location)
        numbers = add_cases(db, 3)
        made = backups.make_daily_backup(db).made
        assert made is not None
        assert not made.read_bytes().startswith(b"SQLite format 3")  # noise without the key
        with pytest.raises(sqlite3.DatabaseError):
            cases_in_file(made)
        info = backups.describe(db, made)  # read with the database's own key
        assert info.check.ok and info.cases == 3
        add_cases(db, 2)
        result = backups.restore(db, made, actor=ACTOR)
        assert not result.previous_saved_to.read_bytes().startswith(b"SQLite format 3")
        with db.session() as s:
            assert sorted(s.scalars(select(Case.number)).all()) == sorted(numbers)
    finally:
        db.close()


# -- the command line --------------------------------------------------------------------------------


@pytest.fixture
def filled(tmp_path: Path) -> Iterator[Path]:
    data = tmp_path / "data"
    db = open_database(data_dir=data)
    add_cases(db, 3)
    db.close()
    yield data


def test_cli_backup_to_a_folder_daily_and_restore(filled: Path, tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    copy = tq_json(filled, "db", "backup", "--to", str(stick))
    written = Path(copy["backup"])
    assert written.parent == stick and written.name.startswith("tatulyq-2026-")
    assert written.name.endswith(f"-{migrate.SCHEMA_HEAD}.db") and copy["counts"]["cases"] == 3

    daily = tq_json(filled, "db", "backup", "--daily")
    assert Path(daily["made"]).name.startswith("daily-")
    assert tq_json(filled, "db", "backup", "--daily")["made"] is None  # once a day

    tq_json(filled, "cases", "new", "--unit", "KZ-31-KRD", "--channel", "hotline", "--category", "labour")
    run = tq(filled, "db", "restore", str(written))
    assert run.code == 0, run.err
    assert "verified and holds: " in run.out and "3 cases" in run.out
    assert "saved at" in run.out
    assert tq_json(filled, "db", "check")["counts"]["cases"] == 3

    usage = tq(filled, "db", "backup", "--to", str(stick), "--daily")
    assert usage.code == 2  # one destination at a time


# -- the Settings panel and the daily schedule -------------------------------------------------------


@pytest.fixture
def ctx(tmp_path: Path) -> UiContext:
    return make_ctx(tmp_path)


def _panel(qtbot: QtBot, ctx: UiContext, ended: list[bool]) -> BackupPanel:
    panel = BackupPanel(ctx, after_restore=lambda: ended.append(True))
    qtbot.addWidget(panel)
    panel.resize(800, 600)
    panel.show()
    return panel


def test_settings_show_backups_to_administrators_only(qtbot: QtBot, tmp_path: Path) -> None:
    admin = make_ctx(tmp_path / "a")
    page = SettingsPage(admin)
    qtbot.addWidget(page)
    assert page.findChild(BackupPanel) is page.backup_panel
    mediator = make_ctx(tmp_path / "m", role=Role.MEDIATOR)
    other = SettingsPage(mediator)
    qtbot.addWidget(other)
    assert other.findChild(BackupPanel) is None


def test_the_panel_lists_copies_and_restores_after_verifying(
    qtbot: QtBot, ctx: UiContext, tmp_path: Path
) -> None:
    add_cases(ctx.database, 2)
    ended: list[bool] = []
    panel = _panel(qtbot, ctx, ended)
    assert panel.table.rowCount() == 0 and not panel.restore_button.isEnabled()

    schedule = DailyBackups(ctx, panel, now=lambda: local(date(2026, 11, 20), 9, 0))
    made: list[object] = []
    schedule.made.connect(made.append)
    schedule.start()
    qtbot.waitUntil(lambda: bool(made), timeout=10_000)
    panel.refresh()
    assert panel.table.rowCount() == 1
    assert panel.table.item(0, 0).text() == "20.11.2026 09:00"
    assert panel.table.item(0, 1).text() == "Daily"
    assert panel.table.item(0, 2).text() == migrate.SCHEMA_HEAD

    stick = tmp_path / "stick"
    stick.mkdir()
    panel.copy_to(stick)
    qtbot.waitUntil(lambda: "checked copy" in panel.status.text(), timeout=10_000)
    assert len(list(stick.glob("tatulyq-*.db"))) == 1 and "holds 2 cases" in panel.status.text()

    add_cases(ctx.database, 5)
    panel.table.selectRow(0)
    assert panel.restore_button.isEnabled()
    panel.restore_button.click()
    qtbot.waitUntil(lambda: bool(ended), timeout=10_000)
    assert cases_in(ctx.database) == 2
    assert "is restored from" in panel.status.text()
    assert [e.kind for e in backups.list_backups(ctx.database)] == ["before-restore", "daily"]
    assert panel.table.rowCount() == 2


def test_the_confirmation_shows_date_schema_and_counts(qtbot: QtBot, ctx: UiContext) -> None:
    add_cases(ctx.database, 3)
    made = backups.make_daily_backup(ctx.database, moment=local(date(2026, 11, 19), 17, 45)).made
    assert made is not None
    panel = _panel(qtbot, ctx, [])
    text = panel.confirmation_text(backups.describe(ctx.database, made))
    assert "Made on: 19.11.2026 17:45" in text
    assert f"Schema: {migrate.SCHEMA_HEAD}" in text
    assert "Cases: 3;" in text
    assert str(backups.folder(ctx.database)) in text


def test_a_damaged_file_is_refused_with_a_clear_message(qtbot: QtBot, ctx: UiContext, tmp_path: Path) -> None:
    add_cases(ctx.database, 1)
    bad = tmp_path / "old-stick-copy.db"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x07" * 8192)
    ended: list[bool] = []
    panel = _panel(qtbot, ctx, ended)
    panel.restore_from(bad)
    expected = message_for(StorageError("restore.bad_backup", "damaged"))
    qtbot.waitUntil(lambda: expected in ctx.errors.shown, timeout=10_000)
    assert not ended and cases_in(ctx.database) == 1
    assert panel.restore_file_button.isEnabled()


def test_the_number_of_kept_backups_is_saved(qtbot: QtBot, ctx: UiContext) -> None:
    panel = _panel(qtbot, ctx, [])
    assert panel.keep_shown() == Keep(7, 4, 12) and not panel.save_keep_button.isEnabled()
    panel.keep_spins["backup.keep_daily"].setValue(10)
    panel.keep_spins["backup.keep_monthly"].setValue(24)
    assert panel.save_keep_button.isEnabled()
    panel.save_keep_button.click()
    assert backups.keep_policy(ctx.database) == Keep(10, 4, 24)
    assert "10 daily, 4 weekly and 24 monthly" in panel.status.text()
    assert not panel.save_keep_button.isEnabled()


def test_the_schedule_backs_up_again_after_midnight(qtbot: QtBot, ctx: UiContext) -> None:
    clock_now = [local(date(2026, 11, 20), 23, 50)]
    schedule = DailyBackups(ctx, None, now=lambda: clock_now[0])
    made: list[backups.DailyBackup] = []
    schedule.made.connect(made.append)
    schedule.start()
    qtbot.waitUntil(lambda: len(made) == 1, timeout=10_000)
    schedule.check()  # the same day: nothing to do
    clock_now[0] = local(date(2026, 11, 21), 0, 5)
    schedule.check()
    qtbot.waitUntil(lambda: len(made) == 2, timeout=10_000)
    assert [e.made_at.date() for e in backups.list_backups(ctx.database)] == [
        date(2026, 11, 21),
        date(2026, 11, 20),
    ]
    assert schedule.timer.isActive()
    schedule.timer.stop()
    schedule.deleteLater()


def test_the_audit_names_who_copied(sqlite_db: Database, tmp_path: Path) -> None:
    backups.copy_to_folder(sqlite_db, tmp_path, actor=Actor("Әлия Сәрсенова"))
    with sqlite_db.session() as s:
        assert s.scalars(select(AuditEntry.actor).where(AuditEntry.entity == "database")).all() == [
            "Әлия Сәрсенова"
        ]
