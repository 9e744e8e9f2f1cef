"""The desktop program with an encrypted database: the first start, the recovery key shown once, signing
in with the password that opens the database, "Forgot your password?", and encrypting from Settings.

Driven through the real start-up steps (app/ui/app.py) on real files.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QWizard,
)
from pytestqt.qtbot import QtBot

from app.models.enums import Role
from app.services import database_keys, installation, preferences, users
from app.services.context import Actor
from app.storage.location import DatabaseLocation, resolve_location
from app.ui.app import Startup
from app.ui.encryption_box import PLAIN_NOTICE
from app.ui.login_dialog import LoginDialog
from app.ui.pages.settings import SettingsPage
from app.ui.recovery_key_dialog import RecoverAccessDialog, RecoveryKeyDialog
from app.ui.setup_dialog import SetupDialog
from tests.setup_wizard_support import fill_up_to_practice, finish, set_up
from tests.ui_support import PASSWORD, drive_modal, make_ctx

ADMIN_PASSWORD = "Kordai-2026"


def _ok(dialog: QDialog) -> None:
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def _confirm_key(dialog: QDialog, seen: list[str]) -> None:
    """The recovery key window: it stays until "I have written it down" is ticked, then Continue."""
    assert isinstance(dialog, RecoveryKeyDialog)
    seen.append(dialog.key.text())
    assert not dialog.continue_button.isEnabled()
    dialog.reject()  # Esc: ignored, the key would be lost unseen
    assert dialog.isVisible()
    dialog.confirm.setChecked(True)
    dialog.continue_button.click()


def _encrypted_installation(data_dir: Path) -> tuple[DatabaseLocation, str]:
    location = resolve_location(data_dir)
    created = installation.create_encrypted(location)
    with created.database.session(write=True, actor=Actor("set-up")) as s:
        installation.set_up(s, "KZ-31-KRD", "admin", "Әлия Сәрсенова", ADMIN_PASSWORD)
        users.create_user(s, "bolat", "Болат Нұрланұлы", "Bolat-2026", Role.MEDIATOR, "KZ-31-KRD")
    created.database.close()
    prefs = preferences.load(data_dir)
    prefs.last_username = "admin"
    preferences.save(data_dir, prefs)
    return location, created.recovery_key


@pytest.fixture
def start(tmp_path: Path) -> Iterator[Startup]:
    _encrypted_installation(tmp_path)
    startup = Startup(resolve_location(tmp_path), no_dialogs=True)
    yield startup
    startup.close()


def _shown_login(qtbot: QtBot, start: Startup) -> LoginDialog:
    login = start.login_dialog()
    qtbot.addWidget(login)
    login.show()
    qtbot.waitUntil(start.opening.done, timeout=10_000)
    return login


def _type_password(login: LoginDialog, password: str) -> None:
    login.password.clear()
    for n in range(1, len(password) + 1):  # a key at a time: each change is tried as it is typed
        login.password.setText(password[:n])


def _enter(login: LoginDialog) -> None:
    login.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


# -- the first start -------------------------------------------------------------------------------


def test_first_start_makes_an_encrypted_database_and_shows_the_recovery_key_once(
    qtbot: QtBot, tmp_path: Path
) -> None:
    start = Startup(resolve_location(tmp_path), no_dialogs=True)
    assert start.needs_set_up_first()
    shown: list[str] = []

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, SetupDialog)
        fill_up_to_practice(dialog, password=ADMIN_PASSWORD)
        set_up(dialog)
        # The wizard's last page: it stays until "I have printed or saved it" is ticked, then Finish.
        page = dialog.finish
        shown.append(page.panel.key.text())
        assert not dialog.button(QWizard.WizardButton.FinishButton).isEnabled()
        dialog.reject()  # Esc: ignored, the key would be lost unseen
        assert dialog.isVisible()
        page.panel.confirm.setChecked(True)
        finish(dialog)

    done: list[bool] = []
    drive_modal(qtbot, lambda: done.append(start.set_up()), fill)
    assert done == [True]
    # The sign-in window that follows knows the administrator; the next start goes straight to it.
    assert start.prefs.last_username == "aliya" and preferences.load(tmp_path).last_username == "aliya"
    assert preferences.load(tmp_path).language == start.languages.current
    assert start.set_up()  # asked again after the sign-in (run_gui): no second wizard
    start.close()
    assert len(shown) == 1 and len(shown[0].split("-")) == 8
    keys = json.loads((tmp_path / "tatulyq.keys").read_text(encoding="utf-8"))
    assert set(keys["users"]) == {"aliya"}
    assert not (tmp_path / "tatulyq.keys.setup").exists()
    whole = (tmp_path / "tatulyq.db").read_bytes()
    assert not whole.startswith(b"SQLite format 3") and "Сәрсенова".encode() not in whole
    # The key shown is the one that opens the database.
    done_recovery = database_keys.recover(resolve_location(tmp_path), shown[0], "aliya", "Recovered-1")
    assert done_recovery.username == "aliya"


def test_a_cancelled_first_start_leaves_no_files(qtbot: QtBot, tmp_path: Path) -> None:
    start = Startup(resolve_location(tmp_path), no_dialogs=True)
    done: list[bool] = []
    drive_modal(qtbot, lambda: done.append(start.set_up()), lambda dialog: dialog.reject())
    start.close()
    assert done == [False]
    assert not (tmp_path / "tatulyq.db").exists() and not (tmp_path / "tatulyq.keys").exists()
    assert not (tmp_path / "tatulyq.keys.setup").exists()


# -- signing in ------------------------------------------------------------------------------------


def test_the_password_opens_the_database_at_enter(qtbot: QtBot, start: Startup) -> None:
    login = _shown_login(qtbot, start)
    assert start.opening.is_locked() and not login.forgot.isHidden()
    _type_password(login, ADMIN_PASSWORD)
    qtbot.wait(300)
    assert start.opening.is_locked() and start._prepared is None  # nothing tried before Enter
    _enter(login)
    assert login.user is not None and login.user.username == "admin"
    window = start.main_window(login.user)
    qtbot.addWidget(window)
    assert "Әлия Сәрсенова" in window.user_label.text()
    assert window.findChild(QLabel, PLAIN_NOTICE) is None  # encrypted: no "not encrypted" notice


def test_a_wrong_password_at_enter_is_refused_and_counted(qtbot: QtBot, start: Startup, tmp_path: Path) -> None:
    login = _shown_login(qtbot, start)
    _type_password(login, ADMIN_PASSWORD + "x")
    _enter(login)
    assert login.user is None and len(start.errors.shown) == 1
    assert start.opening.is_locked()
    keys = json.loads((tmp_path / "tatulyq.keys").read_text(encoding="utf-8"))
    assert keys["lockout"]["admin"]["failed"] == 1
    _type_password(login, "Bolat-2026")
    login.username.setText("bolat")
    _enter(login)
    assert login.user is not None and login.user.username == "bolat"
    window = start.main_window(login.user)
    qtbot.addWidget(window)
    assert "Болат Нұрланұлы" in window.user_label.text()


def test_five_wrong_passwords_lock_the_name(qtbot: QtBot, start: Startup) -> None:
    login = _shown_login(qtbot, start)
    for _ in range(5):
        login.password.setText("not-it-123")
        _enter(login)
    _type_password(login, ADMIN_PASSWORD)
    _enter(login)
    assert login.user is None
    assert "locked" in start.errors.shown[-1]


def test_forgot_password_sets_a_new_one_with_the_recovery_key(qtbot: QtBot, tmp_path: Path) -> None:
    _, recovery_key = _encrypted_installation(tmp_path)
    start = Startup(resolve_location(tmp_path), no_dialogs=True)
    login = _shown_login(qtbot, start)

    def recover(dialog: QDialog) -> None:
        assert isinstance(dialog, RecoverAccessDialog)
        assert dialog.username.text() == "admin"  # the name typed on the sign-in window
        dialog.key.setText("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH")
        dialog.password.setText("Recovered-1")
        dialog.repeat.setText("Recovered-1")
        _ok(dialog)
        assert dialog.isVisible() and "recovery key" in start.errors.shown[-1]  # another database's key
        dialog.key.setText(recovery_key.lower())
        _ok(dialog)

    drive_modal(qtbot, lambda: login.forgot.linkActivated.emit("recover"), recover)
    assert login.username.text() == "admin" and login.password.text() == ""
    _type_password(login, "Recovered-1")
    _enter(login)
    assert login.user is not None and login.user.username == "admin"
    start.close()


# -- the recovery key window -----------------------------------------------------------------------


def test_the_recovery_key_is_printed_and_saved(qtbot: QtBot, tmp_path: Path) -> None:
    from app.ui.errors import ErrorReporter

    errors = ErrorReporter(tmp_path / "logs", dialogs=False)
    dialog = RecoveryKeyDialog("ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567", "/data/tatulyq.db", errors)
    qtbot.addWidget(dialog)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "sheet.pdf"))
    dialog.print_on(printer)
    text = "".join(PdfReader(tmp_path / "sheet.pdf").pages[0].extract_text().split())  # as read, not spaced
    assert "ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567" in text and "/data/tatulyq.db" in text
    target = tmp_path / "stick" / "key.txt"
    target.parent.mkdir()

    def save(file_dialog: QDialog) -> None:
        assert isinstance(file_dialog, QFileDialog)
        file_dialog.selectFile(str(target))
        file_dialog.accept()

    drive_modal(qtbot, dialog.save_button.click, save)
    assert dialog.saved_to == target
    assert "ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567" in target.read_text(encoding="utf-8")


# -- a plain database: the notice, and encrypting from Settings -------------------------------------


def test_a_plain_database_says_so_and_is_encrypted_from_settings(qtbot: QtBot, tmp_path: Path) -> None:
    ctx = make_ctx(tmp_path)
    with ctx.database.session(write=True, actor=Actor("set-up")) as s:
        users.create_user(s, "bolat", "Болат", "Bolat-2026", Role.MEDIATOR, "KZ-31-KRD")
    start = Startup(ctx.database.location, no_dialogs=True)
    window = start._build_main_window(users.sign_in(ctx.database, "admin", PASSWORD), ctx.database)
    from app.ui.app import _mark_plain_database

    _mark_plain_database(window)
    qtbot.addWidget(window)
    window.show()
    notice = window.findChild(QLabel, PLAIN_NOTICE)
    assert notice is not None and notice.isVisible() and "Not encrypted" in notice.text()
    qtbot.mouseClick(notice, Qt.MouseButton.LeftButton)
    page = window.pages["settings"]
    assert isinstance(page, SettingsPage)
    box = page.encryption_box
    assert "NOT encrypted" in box.state.text() and box.button.isVisible()
    shown: list[str] = []

    def give_password(dialog: QDialog) -> None:
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue(PASSWORD)
        dialog.accept()

    def confirm_when_shown() -> None:  # the key window opens from the worker's result, modal
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, RecoveryKeyDialog) and not shown:
            _confirm_key(dialog, shown)

    watch = QTimer()
    watch.timeout.connect(confirm_when_shown)
    watch.start(20)
    drive_modal(qtbot, box.button.click, give_password)
    qtbot.waitUntil(lambda: bool(shown) and box.progress is None, timeout=60_000)
    watch.stop()
    assert not box.button.isVisible()
    assert "encrypted" in box.state.text() and "NOT" not in box.state.text()
    assert "backup" in box.outcome.text() and "NOT encrypted" in box.outcome.text()
    assert not notice.isVisible()
    location = ctx.database.location
    assert location.key is not None and location.file_path is not None
    assert not location.file_path.read_bytes().startswith(b"SQLite format 3")
    with ctx.database.session() as s:  # the program goes on working on the encrypted file
        assert len(users.list_users(s)) == 2
    assert ctx.errors.shown == []
    ctx.database.close()
    assert database_keys.recover(location.with_key(None), shown[0], "admin", "Recovered-1").username == "admin"
