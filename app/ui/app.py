"""Start the desktop program: language, database, first-start set-up, sign-in, the main window.

Imported only when `tatulyq` runs without a command, so the command line never loads Qt. Only Qt and
light modules are imported at the top: the sign-in window must appear before SQLAlchemy is even loaded
(see startup.py); everything that touches the database is imported inside the functions that need it.
"""

from __future__ import annotations

import sys
import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from app.errors import StorageError, TatulyqError
from app.services import preferences
from app.ui.appearance import apply_text_size
from app.ui.context import SignedIn, UiContext
from app.ui.errors import ErrorReporter
from app.ui.i18n import Languages, system_language
from app.ui.login_dialog import LoginDialog
from app.ui.startup import DatabaseOpening

if TYPE_CHECKING:
    from app.models import User
    from app.storage.database import Database
    from app.storage.location import DatabaseLocation
    from app.ui.main_window import MainWindow


def signed_in(database: Database, user: User) -> SignedIn:
    from app.services import units

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


class Startup:
    """The steps from a started process to the main window, in the order a person sees them."""

    def __init__(self, location: DatabaseLocation, *, no_dialogs: bool = False) -> None:
        existing = QCoreApplication.instance()
        self.app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
        self.app.setApplicationName("Tatulyq")
        self.location = location
        self.no_dialogs = no_dialogs
        self.opening = DatabaseOpening(location)
        self.prefs = preferences.load(location.data_dir)
        self.languages = Languages()
        self.languages.install(self.prefs.language or system_language())
        apply_text_size(self.app, self.prefs.text_size)
        self.errors = ErrorReporter(location.data_dir / "logs", dialogs=not no_dialogs)
        self.errors.install_excepthook()
        self._prepared: tuple[uuid.UUID, MainWindow] | None = None
        self._set_up_here = False  # the first-start wizard was finished in this run

    def needs_set_up_first(self) -> bool:
        """Whether to wait for the database before showing anything.

        Someone has signed in on this computer before (the preferences remember the name): the database
        is set up, and the sign-in window can appear at once. Otherwise it may be the very first start,
        which needs the set-up dialog instead.
        """
        return not self.prefs.last_username

    def login_dialog(self) -> LoginDialog:
        # An encrypted database (its key file is there: a look at the disk, nothing imported) opens
        # with the typed password, and offers the recovery key for a forgotten one.
        encrypted = self.location.needs_key
        login = LoginDialog(
            self.opening.database,
            self.errors,
            self.prefs.last_username,
            sign_in=self.sign_in if encrypted else None,
            recover=self.recover_access if encrypted else None,
        )
        self.opening.start_after_painted(login)
        # A database that cannot be opened is told at once, not after the password has been typed.
        watch = QTimer(login)
        watch.setInterval(50)

        def check() -> None:
            if self.opening.done():
                watch.stop()
                try:
                    opened = self.opening.result()
                except Exception as error:
                    login.fail(error)
                    return
                if opened.set_up and opened.database is not None:  # encrypted: nothing before the password
                    self._prepare_main_window()

        watch.timeout.connect(check)
        watch.start()
        return login

    def set_up(self) -> bool:
        """The first-start wizard when the database has no unit or administrator yet; False: cancelled.

        A database made new (encrypted) for this set-up is removed again when the set-up is cancelled:
        nobody could open it, its key was in memory only.
        """
        opened = self.opening.result()
        if opened.set_up or self._set_up_here:
            return True
        from app.ui.setup_dialog import SetupDialog

        setup = SetupDialog(
            self.opening.database(), self.languages, self.errors, recovery_key=opened.recovery_key
        )
        if setup.exec() == QDialog.DialogCode.Accepted:
            # The language chosen on the wizard's first page, and the administrator's name for the
            # sign-in window that comes next.
            self.prefs.language = self.languages.current
            self.prefs.last_username = setup.admin_username or self.prefs.last_username
            preferences.save(self.location.data_dir, self.prefs)
            self._set_up_here = True  # run_gui asks again after the sign-in: the wizard is not shown twice
            return True
        if opened.recovery_key is not None:
            from app.services import installation

            self.opening.close()
            installation.discard_new(self.location)
        return False

    def sign_in(self, username: str, password: str) -> User:
        """Enter on an encrypted database: the password unwraps its key, which opens it; then sign in.

        The unwrap proves the password (and keeps the lock-out in the key file), so the sign-in only
        records it: no second argon2 after Enter. Later sign-ins (another account after a refusal)
        check the password against the open database as usual.
        """
        from app.services import users

        if not self.opening.is_locked():
            return users.sign_in(self.opening.database(), username, password)
        from app.services import database_keys
        from app.services.runtime import open_database

        # Only the password submitted with Enter is tried: a try per key typed would let guesses go
        # uncounted by the lock-out (the moment the right one opened the database could be noticed).
        location = database_keys.unlock(self.location, username, password)
        self.opening.adopt(open_database(location))
        return users.sign_in_unlocked(self.opening.database(), username)

    def _drop_prepared(self) -> None:
        prepared, self._prepared = self._prepared, None
        if prepared is not None:
            prepared[1].deleteLater()

    def recover_access(self, parent: QWidget, username: str) -> str | None:
        """The sign-in window's "Forgot your password?": a new password set with the recovery key."""
        from app.services import database_keys
        from app.ui.recovery_key_dialog import RecoverAccessDialog

        def recover(recovery_key: str, name: str, password: str) -> str:
            return database_keys.recover(self.location, recovery_key, name, password).username

        dialog = RecoverAccessDialog(recover, self.errors, username, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.recovered

    def _prepare_main_window(self) -> None:
        """While the person types: build the main window, hidden, for the name remembered on this PC.

        Nothing of it is shown unless that very account then signs in with its password (main_window);
        after Enter only the password check and the first paint remain.
        """
        from app.services import users

        database = self.opening.database()
        with database.session() as s:
            account = users.find_active(s, self.prefs.last_username)
        if account is not None:
            self._prepared = (account.id, self._build_main_window(account))

    def _build_main_window(self, user: User, database: Database | None = None) -> MainWindow:
        from app.ui.main_window import MainWindow

        database = database or self.opening.database()
        ctx = UiContext(
            database, self.location.data_dir, signed_in(database, user), self.languages, self.prefs, self.errors
        )
        window = MainWindow(ctx)
        # The status bar's notices depend on the database only: added with the window, which for the
        # name remembered here is while the password is typed.
        _mark_plain_database(window)
        _mark_practice_database(window)
        return window

    def main_window(self, user: User) -> MainWindow:
        """The main window of the account that has just signed in (the prepared one when it is theirs)."""
        prepared, self._prepared = self._prepared, None
        if prepared is not None and prepared[0] == user.id:
            window = prepared[1]
        else:
            if prepared is not None:
                prepared[1].deleteLater()  # another account signed in: what was prepared is dropped unseen
            window = self._build_main_window(user)
        if self.prefs.last_username != user.username:
            self.prefs.last_username = user.username
            preferences.save(self.location.data_dir, self.prefs)
        return window

    def close(self) -> None:
        """At exit: close the database."""
        self.opening.close()

    def refuse(self, error: BaseException) -> int | None:
        """A database that cannot be used (newer, damaged, busy): say so; None when it is a bug."""
        from app.storage import db_errors

        friendly = error if isinstance(error, TatulyqError) else db_errors.translate(error)
        if friendly is None:
            return None
        _show_refusal(friendly, self.no_dialogs)
        return 2 if isinstance(friendly, StorageError) else 1


def run_gui(location: DatabaseLocation, *, no_dialogs: bool = False) -> int:
    """Run the desktop program until its window closes; the exit code follows the command line's rules."""
    start = Startup(location, no_dialogs=no_dialogs)
    try:
        if start.needs_set_up_first() and not start.set_up():
            return 0
        login = start.login_dialog()
        accepted = login.exec() == QDialog.DialogCode.Accepted
        if login.opening_error is not None:
            raise login.opening_error
        if not accepted or login.user is None:
            return 0
        if not start.set_up():  # the database turned out empty (replaced since the last sign-in)
            return 0
        window = start.main_window(login.user)
        window.show()
        from app.ui.backup_schedule import start_daily_backups
        from app.ui.case_editor import offer_drafts

        start_daily_backups(window.ctx, window)  # today's copy on a worker once the window is up, then daily

        offer_drafts(window.ctx, window)  # what a crash or power cut left unsaved is offered back first
        return start.app.exec()
    except Exception as error:
        code = start.refuse(error)
        if code is None:
            raise  # a bug: the command line's handler logs it with its traceback
        return code
    finally:
        start.close()


def _mark_plain_database(window: MainWindow) -> None:
    """A local database that is not encrypted: a notice on the status bar, leading to Settings."""
    location = window.ctx.database.location
    if location.file_path is None or location.key is not None or location.needs_key:
        return
    from app.ui.encryption_box import PlainDatabaseNotice

    window.statusBar().addPermanentWidget(PlainDatabaseNotice(lambda: window.show_page("settings"), window))


def _mark_practice_database(window: MainWindow) -> None:
    """A database with demo data in it (the practice database): said on the status bar all the time."""
    from app.services import installation

    with window.ctx.database.session() as s:
        if not installation.holds_demo_data(s):
            return
    from app.ui.practice_notice import PracticeNotice

    window.statusBar().addPermanentWidget(PracticeNotice(window))


def _show_refusal(error: TatulyqError, no_dialogs: bool) -> None:
    """The environment's fault (a newer or damaged database, a busy file): say so, then stop."""
    sys.stderr.write(f"error: {error.message}\n")  # first: a started-from-a-script run has no one to click
    if not no_dialogs:
        from app.ui.messages import message_for

        title = QCoreApplication.translate("run_gui", "Tatulyq cannot start")
        QMessageBox.critical(None, title, message_for(error))
