"""Start the desktop program: language, database, first-start set-up, sign-in, the main window.

Imported only when `tatulyq` runs without a command, so the command line never loads Qt.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from app.errors import StorageError, TatulyqError
from app.models import User
from app.services import installation, preferences, units
from app.services.runtime import open_database
from app.storage import db_errors
from app.storage.database import Database
from app.storage.location import DatabaseLocation
from app.ui.appearance import apply_text_size
from app.ui.context import SignedIn, UiContext
from app.ui.errors import ErrorReporter
from app.ui.i18n import Languages, system_language
from app.ui.login_dialog import LoginDialog
from app.ui.main_window import MainWindow
from app.ui.setup_dialog import SetupDialog


def signed_in(database: Database, user: User) -> SignedIn:
    with database.session() as s:
        unit = units.get(s, user.unit_id)
        return SignedIn(
            user_id=user.id,
            display_name=user.display_name,
            role=user.role,
            unit_id=unit.id,
            unit_code=unit.code,
            unit_names={lang: unit.name(lang) for lang in ("kk", "ru", "en")},
            unit_ids=units.subtree_ids(s, unit.id),
        )


def run_gui(location: DatabaseLocation, *, no_dialogs: bool = False) -> int:
    """Run the desktop program until its window closes; the exit code follows the command line's rules."""
    existing = QCoreApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setApplicationName("Tatulyq")
    prefs = preferences.load(location.data_dir)
    languages = Languages()
    languages.install(prefs.language or system_language())
    apply_text_size(app, prefs.text_size)
    errors = ErrorReporter(location.data_dir / "logs", dialogs=not no_dialogs)
    errors.install_excepthook()
    try:
        database = open_database(location)
    except Exception as error:
        friendly = db_errors.translate(error)
        if friendly is None:
            raise  # a bug: the command line's handler logs it with its traceback
        _show_refusal(friendly, no_dialogs)
        return 2 if isinstance(friendly, StorageError) else 1
    try:
        with database.session() as s:
            ready = installation.is_set_up(s)
        if not ready:
            setup = SetupDialog(database, languages.current, errors)
            if setup.exec() != QDialog.DialogCode.Accepted:
                return 0
        login = LoginDialog(database, errors, prefs.last_username)
        if login.exec() != QDialog.DialogCode.Accepted or login.user is None:
            return 0
        prefs.last_username = login.user.username
        preferences.save(location.data_dir, prefs)
        ctx = UiContext(
            database, location.data_dir, signed_in(database, login.user), languages, prefs, errors
        )
        window = MainWindow(ctx)
        window.show()
        from app.ui.case_editor import offer_drafts

        offer_drafts(ctx, window)  # what a crash or power cut left unsaved is offered back first
        return app.exec()
    finally:
        database.close()


def _show_refusal(error: TatulyqError, no_dialogs: bool) -> None:
    """The environment's fault (a newer or damaged database, a busy file): say so, then stop."""
    sys.stderr.write(f"error: {error.message}\n")  # first: a started-from-a-script run has no one to click
    if not no_dialogs:
        from app.ui.messages import message_for

        title = QCoreApplication.translate("run_gui", "Tatulyq cannot start")
        QMessageBox.critical(None, title, message_for(error))
