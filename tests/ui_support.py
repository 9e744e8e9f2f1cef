"""Building a signed-in desktop context on a real database, for pytest-qt tests and screenshots."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from app.models.enums import Role
from app.services import installation, preferences, users
from app.services.context import Actor
from app.services.runtime import open_database
from app.storage.database import Database
from app.ui.app import signed_in
from app.ui.context import UiContext
from app.ui.errors import ErrorReporter
from app.ui.i18n import Languages

PASSWORD = "secret-123"


def make_database(data_dir: Path, unit_code: str = "KZ-31-KRD") -> Database:
    database = open_database(data_dir=data_dir)
    with database.session(write=True, actor=Actor("set-up")) as s:
        if not installation.is_set_up(s):
            installation.set_up(s, unit_code, "admin", "Әлия Сәрсенова", PASSWORD)
    return database


def make_ctx(
    data_dir: Path,
    *,
    lang: str = "en",
    role: Role = Role.ADMINISTRATOR,
    unit_code: str = "KZ-31-KRD",
    database: Database | None = None,
) -> UiContext:
    """A context as after a real sign-in; errors are logged and kept in ctx.errors.shown, never modal."""
    database = database or make_database(data_dir, unit_code)
    username = "admin"
    if role is not Role.ADMINISTRATOR:
        username = f"user_{role.value}"
        with database.session(write=True, actor=Actor("set-up")) as s:
            users.create_user(s, username, f"Test {role.value}", PASSWORD, role, unit_code)
    user = users.sign_in(database, username, PASSWORD)
    languages = Languages()
    languages.install(lang)
    errors = ErrorReporter(data_dir / "logs", dialogs=False)
    return UiContext(
        database, data_dir, signed_in(database, user), languages, preferences.Preferences(), errors
    )


def type_text(widget: QWidget, text: str) -> None:
    """Type like a person, any letter: QTest.keyClicks aborts on non-ASCII (Ә, Қ, Ө ...) in Qt's
    debug assertion, so each character goes as a real key press/release event carrying its text."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            key = ord(char.upper()) if char.isascii() and char.isalnum() else 0
            event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def drive_modal(qtbot: QtBot, trigger: Callable[[], None], drive: Callable[[QDialog], None]) -> None:
    """Open a modal dialog with ``trigger`` and drive it; a failing check closes it instead of hanging."""
    failures: list[BaseException] = []
    ran: list[bool] = []

    def step() -> None:
        ran.append(True)
        dialog = QApplication.activeModalWidget()
        try:
            assert isinstance(dialog, QDialog), f"no dialog opened: {dialog!r}"
            drive(dialog)
        except BaseException as error:
            failures.append(error)
            if isinstance(dialog, QDialog) and dialog.isVisible():
                dialog.done(QDialog.DialogCode.Rejected)

    QTimer.singleShot(0, step)
    trigger()
    qtbot.waitUntil(lambda: bool(ran), timeout=2000)
    if failures:
        raise failures[0]
