"""The desktop program's shell: first-start set-up, sign-in, the main window and its status bar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.services import installation, users
from app.services.runtime import open_database
from app.ui.errors import ErrorReporter
from app.ui.i18n import Languages
from app.ui.login_dialog import LoginDialog
from app.ui.main_window import PAGES, MainWindow
from app.ui.setup_dialog import ADMIN, SetupDialog
from tests.setup_wizard_support import fill_up_to_practice, finish, set_up
from tests.ui_support import PASSWORD, make_ctx, make_database


def test_first_start_creates_the_unit_setting_and_the_administrator(qtbot: QtBot, tmp_path: Path) -> None:
    db = open_database(data_dir=tmp_path)
    errors = ErrorReporter(tmp_path / "logs", dialogs=False)
    languages = Languages()
    languages.install("en")
    dialog = SetupDialog(db, languages, errors)
    qtbot.addWidget(dialog)
    fill_up_to_practice(dialog, repeat="Kordai-2027")
    assert errors.shown and dialog.currentId() == ADMIN  # the passwords differ: told, nothing saved
    with db.session() as s:
        assert not installation.is_set_up(s)
    dialog.admin.repeat.clear()
    qtbot.keyClicks(dialog.admin.repeat, "Kordai-2026")
    dialog.next()
    dialog.next()
    set_up(dialog)
    finish(dialog)
    assert dialog.result() == 1
    with db.session() as s:
        assert installation.is_set_up(s)
        unit = installation.installation_unit(s)
        assert unit is not None and unit.code == "KZ-31-KRD"
    assert users.sign_in(db, "aliya", "Kordai-2026").display_name == "Сәрсенова Әлия"
    db.close()


def test_sign_in_refuses_a_wrong_password_and_accepts_the_right_one(qtbot: QtBot, tmp_path: Path) -> None:
    db = make_database(tmp_path)
    errors = ErrorReporter(tmp_path / "logs", dialogs=False)
    dialog = LoginDialog(lambda: db, errors, "admin")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.isVisible)
    qtbot.keyClicks(dialog.password, "wrong-one-1")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.user is None and len(errors.shown) == 1
    assert dialog.password.text() == ""  # cleared for the next try
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.user is not None and dialog.user.username == "admin"
    db.close()


def test_main_window_shows_pages_and_who_and_where(qtbot: QtBot, tmp_path: Path) -> None:
    ctx = make_ctx(tmp_path)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert window.nav.count() == len(PAGES) == 9
    assert [window.nav.item(i).text() for i in range(9)] == [
        "Home",
        "Cases",
        "Consultations",
        "Deadlines and calendar",
        "Mediators",
        "Reports",
        "Early warning",
        "Exchange",
        "Settings",
    ]
    qtbot.keyClick(window.nav, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.pages["deadlines"]
    assert "KZ-31-KRD" in window.unit_label.text()
    assert "Әлия Сәрсенова" in window.user_label.text() and "Administrator" in window.user_label.text()
    assert str(tmp_path / "tatulyq.db") in window.db_label.text()
    ctx.database.close()


def test_known_errors_are_told_in_the_users_language_and_bugs_go_to_a_log(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from app.errors import StorageError
    from app.ui.i18n import Languages

    errors = ErrorReporter(tmp_path / "logs", dialogs=False)
    languages = Languages()
    assert languages.install("kk")
    told = errors.report(None, StorageError("db.busy", "The database is busy with another user's work."))
    assert told and told != "The database is busy with another user's work." and "KZ" not in told
    assert not errors.log_file.exists()  # the environment's fault: no crash log
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError as bug:
        text = errors.report(None, bug)
    assert str(errors.log_file) in text
    log = errors.log_file.read_text(encoding="utf-8")
    assert "Traceback" in log and "boom in a slot" in log
    languages.install("en")
