"""A newer Tatulyq installed over the first release: the data folder it left works with the new code.

The data folder is the user's own (on Windows %LOCALAPPDATA%\\Tatulyq), never the install folder, so
an installer that replaces the program leaves it alone; the first start of the new version backs the
old database up (once) and migrates it. Checked through the desktop program's own start-up steps and
`tatulyq db upgrade`, on a copy of tests/data/first-release-0001.db (made by the first release's
schema, see tests/data/make_first_release_db.py) with the set-up and preferences that release wrote.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import uuid
from pathlib import Path, PureWindowsPath
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from app.cli.main import main
from app.services import preferences, users
from app.storage import location as location_module
from app.storage import migrate
from app.storage.location import default_data_dir, resolve_location
from app.ui.app import Startup

FIRST_RELEASE = Path(__file__).parent / "data" / "first-release-0001.db"
OLD_REVISION = "0001_case_register"
PASSWORD = "Kordai-2026"


def _first_release_installation(data_dir: Path) -> None:
    """The data folder of a first-release installation in use: its database with the set-up that
    release made (the unit setting, the administrator, in its own table layout) and its preferences
    file (which had no idle-lock field yet)."""
    data_dir.mkdir(parents=True)
    database = data_dir / "tatulyq.db"
    shutil.copy(FIRST_RELEASE, database)
    raw = sqlite3.connect(database)
    with raw:
        unit_id = raw.execute("SELECT id FROM units WHERE code = 'KZ-31-KRD'").fetchone()[0]
        stamp = "2026-06-01 04:00:00.000000"
        raw.execute(
            "INSERT INTO users (username, display_name, password_hash, role, unit_id, mediator_id, language, "
            "active, failed_logins, locked_until, last_login_at, id, created_at, updated_at, version) "
            "VALUES ('admin', 'Әлия Сәрсенова', ?, 'administrator', ?, NULL, NULL, 1, 0, NULL, NULL, ?, ?, ?, 1)",
            (users.hash_password(PASSWORD), unit_id, uuid.uuid4().hex, stamp, stamp),
        )
        raw.execute(
            "INSERT INTO settings (key, value) VALUES ('installation.unit_code', ?)",
            (json.dumps({"v": "KZ-31-KRD"}),),
        )
    raw.close()
    old_preferences = {"language": "kk", "text_size": "large", "last_username": "admin"}
    (data_dir / "preferences.json").write_text(json.dumps(old_preferences), encoding="utf-8")


def _rows(database: Path) -> dict[str, list[tuple[Any, ...]]]:
    raw = sqlite3.connect(database)
    try:
        return {
            "cases": raw.execute("SELECT id, number, description, status FROM cases ORDER BY id").fetchall(),
            "parties": raw.execute("SELECT id, last_name, first_name FROM parties ORDER BY id").fetchall(),
            "participants": raw.execute(
                "SELECT id, case_id, party_id FROM case_participants ORDER BY id"
            ).fetchall(),
            "users": raw.execute("SELECT id, username, display_name, password_hash FROM users").fetchall(),
            "audit": raw.execute("SELECT seq, entity, entity_id FROM audit_log ORDER BY seq").fetchall(),
        }
    finally:
        raw.close()


def _revision(database: Path) -> str:
    raw = sqlite3.connect(database)
    try:
        return str(raw.execute("SELECT version_num FROM alembic_version").fetchone()[0])
    finally:
        raw.close()


def test_the_desktop_start_backs_up_and_migrates_once_and_keeps_everything(
    qtbot: QtBot, tmp_path: Path
) -> None:
    data = tmp_path / "Tatulyq"
    _first_release_installation(data)
    before = _rows(data / "tatulyq.db")
    assert len(before["cases"]) == 3 and len(before["parties"]) == 6 and len(before["users"]) == 1

    start = Startup(resolve_location(data), no_dialogs=True)
    try:
        assert start.prefs.language == "kk" and start.prefs.text_size == "large"  # the old preferences
        assert start.languages.current == "kk"
        assert not start.needs_set_up_first()  # someone signed in before: straight to the sign-in window
        opened = start.opening.result()
        assert opened.set_up and opened.database is not None  # no set-up wizard: the unit and admin are there
        result = opened.database.migration
        assert result is not None and result.before == OLD_REVISION and result.after == migrate.SCHEMA_HEAD
        backup = result.backup
        assert backup is not None and backup.parent == data / "backups" and OLD_REVISION in backup.name
        # The backup is the old database as it was: the old schema, every case.
        assert _revision(backup) == OLD_REVISION
        assert _rows(backup)["cases"] == before["cases"]
        assert _revision(data / "tatulyq.db") == migrate.SCHEMA_HEAD == "0006_exchange"
        # The program works on it: the old administrator signs in and sees the unit's cases.
        user = users.sign_in(start.opening.database(), "admin", PASSWORD)
        window = start.main_window(user)
        qtbot.addWidget(window)
        assert "KZ-31-KRD" in window.unit_label.text()
    finally:
        start.close()
    after = _rows(data / "tatulyq.db")
    for table in ("cases", "parties", "participants", "users"):
        assert after[table] == before[table], table
    assert after["audit"][: len(before["audit"])] == before["audit"]  # the old trail kept, in order
    assert preferences.load(data).last_username == "admin"

    # The second start: nothing left to migrate, so no second backup.
    again = Startup(resolve_location(data), no_dialogs=True)
    try:
        opened = again.opening.result()
        assert opened.database is not None
        result = opened.database.migration
        assert result is not None and not result.changed and result.backup is None
    finally:
        again.close()
    assert [p.name for p in (data / "backups").iterdir()] == [backup.name]


def test_db_upgrade_on_the_command_line_says_what_it_did(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "Tatulyq"
    _first_release_installation(data)
    assert main(["--data-dir", str(data), "--json", "db", "upgrade"]) == 0
    first = json.loads(capsys.readouterr().out)
    assert first["before"] == OLD_REVISION and first["after"] == migrate.SCHEMA_HEAD
    assert Path(first["backup"]).is_file() and _revision(Path(first["backup"])) == OLD_REVISION
    assert main(["--data-dir", str(data), "--json", "db", "upgrade"]) == 0
    second = json.loads(capsys.readouterr().out)
    assert second["before"] == second["after"] == migrate.SCHEMA_HEAD and second["backup"] is None
    assert len(list((data / "backups").iterdir())) == 1


def test_on_windows_the_data_folder_is_the_users_local_app_data(monkeypatch: pytest.MonkeyPatch) -> None:
    """Not the install folder (C:\\Program Files\\Tatulyq): installing over the program never touches it."""
    from platformdirs import windows

    local = r"C:\Users\aliya\AppData\Local"
    monkeypatch.setattr(windows, "get_win_folder", lambda name: {"CSIDL_LOCAL_APPDATA": local}[name])

    def on_windows(appname: str, appauthor: Any = None, version: Any = None, roaming: bool = False) -> Path:
        return Path(
            windows.Windows(
                appname=appname, appauthor=appauthor, version=version, roaming=roaming
            ).user_data_dir
        )

    monkeypatch.delenv("TATULYQ_DATA_DIR", raising=False)
    monkeypatch.setattr(location_module, "user_data_path", on_windows)
    folder = PureWindowsPath(str(default_data_dir()))
    assert folder == PureWindowsPath(r"C:\Users\aliya\AppData\Local\Tatulyq")
    assert "Program Files" not in folder.parts
    # An office that keeps it elsewhere (a second disk) says so once, for every start.
    monkeypatch.setenv("TATULYQ_DATA_DIR", r"D:\Tatulyq")
    assert str(default_data_dir()) == r"D:\Tatulyq"
