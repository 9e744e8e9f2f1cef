"""The way in: the sign-in window appears before the database is opened, which happens while one types.

Checked through the real Startup steps (app/ui/app.py) on real database files: what is loaded when the
window appears, that a wrong password never shows the window prepared meanwhile, that another account
gets its own window, and that a database the program cannot use is told while the window is up.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from app.models.enums import Role
from app.services import preferences, users
from app.services.context import Actor
from app.storage.location import resolve_location
from app.ui.app import Startup
from app.ui.login_dialog import LoginDialog
from tests.ui_support import PASSWORD, make_database

REPO = Path(__file__).resolve().parent.parent


def _remember(data_dir: Path, username: str) -> None:
    prefs = preferences.load(data_dir)
    prefs.last_username = username
    preferences.save(data_dir, prefs)


def _enter(login: LoginDialog, username: str, password: str) -> None:
    login.username.setText(username)
    login.password.setText(password)
    login.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_sign_in_window_appears_before_sqlalchemy_is_loaded() -> None:
    # A fresh interpreter, as `tatulyq` starts: the console script's module, then the start-up steps.
    probe = (
        "import sys, tempfile\n"
        "from app.cli.main import _location\n"
        "from app.ui.app import Startup\n"
        "start = Startup(_location(tempfile.mkdtemp(), None), no_dialogs=True)\n"
        "start.prefs.last_username = 'admin'\n"
        "login = start.login_dialog()\n"
        "print('sqlalchemy' in sys.modules, 'app.services.users' in sys.modules)\n"
    )
    env = {"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=REPO, env=env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "False False"


def test_an_encrypted_databases_sign_in_window_also_appears_before_sqlalchemy(tmp_path: Path) -> None:
    from app.services import installation

    created = installation.create_encrypted(resolve_location(tmp_path))
    with created.database.session(write=True, actor=Actor("set-up")) as s:
        installation.set_up(s, "KZ-31-KRD", "admin", "Әлия Сәрсенова", PASSWORD)
    created.database.close()
    probe = (
        "import sys\n"
        "from app.cli.main import _location\n"
        "from app.ui.app import Startup\n"
        f"start = Startup(_location({str(tmp_path)!r}, None), no_dialogs=True)\n"
        "start.prefs.last_username = 'admin'\n"
        "login = start.login_dialog()\n"
        "print('sqlalchemy' in sys.modules, login.forgot.isHidden(), login.sign_in_with is not None)\n"
    )
    env = {"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=REPO, env=env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "False False True"  # the recovery link is offered


def test_database_opens_after_the_window_is_painted_and_signs_in(qtbot: QtBot, tmp_path: Path) -> None:
    make_database(tmp_path).close()
    _remember(tmp_path, "admin")
    start = Startup(resolve_location(tmp_path), no_dialogs=True)
    assert not start.needs_set_up_first()
    login = start.login_dialog()
    qtbot.addWidget(login)
    assert not start.opening.done()  # nothing opened before the window was painted
    login.show()
    qtbot.waitUntil(start.opening.done, timeout=10_000)
    qtbot.waitUntil(lambda: start._prepared is not None)  # built, hidden, while the person types
    prepared = start._prepared[1] if start._prepared else None
    assert prepared is not None and not prepared.isVisible()
    _enter(login, "admin", PASSWORD)
    assert login.user is not None
    window = start.main_window(login.user)
    qtbot.addWidget(window)
    assert window is prepared  # the same account: the prepared window is the one shown
    assert "Әлия Сәрсенова" in window.user_label.text()
    start.opening.close()


def test_wrong_password_shows_nothing_and_another_account_gets_its_own_window(
    qtbot: QtBot, tmp_path: Path
) -> None:
    database = make_database(tmp_path)
    with database.session(write=True, actor=Actor("set-up")) as s:
        users.create_user(s, "bolat", "Болат Нұрланұлы", PASSWORD, Role.MEDIATOR, "KZ-31-KRD")
    database.close()
    _remember(tmp_path, "admin")
    start = Startup(resolve_location(tmp_path), no_dialogs=True)
    login = start.login_dialog()
    qtbot.addWidget(login)
    login.show()
    qtbot.waitUntil(lambda: start._prepared is not None, timeout=10_000)
    prepared = start._prepared[1] if start._prepared else None
    assert prepared is not None
    qtbot.addWidget(prepared)
    _enter(login, "admin", "not-the-password-1")
    assert login.user is None and len(start.errors.shown) == 1
    assert not prepared.isVisible()
    _enter(login, "bolat", PASSWORD)
    assert login.user is not None and login.user.username == "bolat"
    window = start.main_window(login.user)
    qtbot.addWidget(window)
    assert window is not prepared
    assert "Болат Нұрланұлы" in window.user_label.text()
    assert preferences.load(tmp_path).last_username == "bolat"  # remembered for the next start
    start.opening.close()


def test_first_start_waits_for_the_database_and_asks_for_set_up(tmp_path: Path) -> None:
    start = Startup(resolve_location(tmp_path), no_dialogs=True)
    assert start.needs_set_up_first()  # no one has signed in on this computer
    assert start.opening.result().set_up is False  # an empty database: the set-up dialog comes first
    start.opening.close()


def test_a_newer_database_is_told_while_the_sign_in_window_is_up(qtbot: QtBot, tmp_path: Path) -> None:
    make_database(tmp_path).close()
    file = tmp_path / "tatulyq.db"
    conn = sqlite3.connect(file)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = 'ffff_future'")
    conn.close()
    _remember(tmp_path, "admin")
    start = Startup(resolve_location(tmp_path), no_dialogs=True)
    login = start.login_dialog()
    qtbot.addWidget(login)
    login.show()
    qtbot.waitUntil(lambda: login.opening_error is not None, timeout=10_000)  # before any password
    assert not login.isVisible()
    error = login.opening_error
    assert error is not None
    assert start.refuse(error) == 2  # the command line's code for an unusable database
    start.opening.close()
