"""Opening the database while the sign-in window is already on screen.

Importing SQLAlchemy and the models, opening the database (and checking or upgrading its schema) and
loading the main window's code take about 0.4 s on a modest PC: four times what a bare Qt window needs.
A person then spends seconds typing a password, so all of that runs on a background thread from the
first moment: the sign-in window appears about as fast as a bare window, and after Enter only the
password check and the main window itself remain.

Nothing Qt is created on that thread: it only imports modules (class definitions, value types) and talks
to the database. It starts once the sign-in window has been painted: started earlier, its imports would
compete for the interpreter's lock with the building of that very window and delay it. The first start
(no one has signed in on this computer yet) waits for the database before choosing between the set-up
dialog and the sign-in window.

An encrypted database (a key file beside it) cannot be opened before the password unwraps its key:
the thread then only imports (the services, the main window's code, SQLCipher and the key crypto,
and configures the ORM's mappers), and the database is opened after Enter (app.py ``sign_in``). A
first start makes the new database encrypted from its first page (installation.create_encrypted).
"""

from __future__ import annotations

import importlib
import threading
from concurrent.futures import Future
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from app.storage.database import Database
    from app.storage.location import DatabaseLocation

# What the main window needs right after sign-in, imported while the person types.
_MAIN_WINDOW_MODULES = (
    "app.services.users",
    "app.ui.main_window",
    "app.ui.pages.home",  # the first page (its services and the monthly report's counting queries)
    "app.ui.pages.cases",
    "app.ui.case_editor",
    "app.ui.encryption_box",  # the status bar's notice for a database that is not encrypted
    "app.ui.practice_notice",  # and for the practice database
)


# What the sign-in of an encrypted database needs after Enter, imported while the person types.
_UNLOCK_MODULES = (
    "app.services.database_keys",
    "app.services.runtime",
    "sqlcipher3",
    "argon2.low_level",
    "cryptography.hazmat.primitives.ciphers.aead",
)


@dataclass(frozen=True)
class Opened:
    database: Database | None  # None: encrypted, opened after the typed password unwraps its key
    set_up: bool  # the unit and the first administrator exist
    recovery_key: str | None = None  # a database made encrypted just now: shown once after the set-up


class DatabaseOpening:
    """The database being opened on a background thread; `result()` waits for it (usually long done)."""

    def __init__(self, location: DatabaseLocation) -> None:
        self.location = location
        self._future: Future[Opened] = Future()
        self._thread: threading.Thread | None = None
        self._unlocked: Database | None = None  # an encrypted database, opened after the password

    def start(self) -> None:
        """Begin opening (once; later calls do nothing)."""
        if self._thread is None:
            # A daemon: closing the sign-in window before the database is open must not hang the exit.
            self._thread = threading.Thread(target=self._run, name="tatulyq-open-database", daemon=True)
            self._thread.start()

    def start_after_painted(self, window: QWidget) -> None:
        """Begin opening as soon as `window` has been painted for the first time."""
        window.installEventFilter(_StartOnFirstPaint(window, self))

    def _run(self) -> None:
        if not self._future.set_running_or_notify_cancel():
            return
        try:
            opened = _open(self.location)
        except BaseException as error:  # handed to the main thread, which tells the user
            self._future.set_exception(error)
        else:
            self._future.set_result(opened)

    def done(self) -> bool:
        return self._future.done()

    def wait(self) -> Opened:
        """Wait for the opening started by the first paint (from another thread; never starts it)."""
        return self._future.result()

    def result(self) -> Opened:
        """The opened database, or the error that stopped it (raised here, on the caller's thread)."""
        self.start()  # asked before the window was painted (the first start): open now and wait
        return self._future.result()

    def database(self) -> Database:
        """The open database; for an encrypted one, only once the password has opened it (``adopt``)."""
        database = self._unlocked or self.result().database
        if database is None:
            raise RuntimeError("the encrypted database is opened by signing in")
        return database

    def is_locked(self) -> bool:
        """An encrypted database that no password has opened yet."""
        return self._unlocked is None and self.result().database is None

    def adopt(self, database: Database) -> None:
        """The encrypted database, opened with the key a password unwrapped: closed with the rest."""
        self._unlocked = database

    def close(self) -> None:
        """Close the database if it was opened (at exit, whatever happened in between)."""
        if self._unlocked is not None:
            self._unlocked.close()
        if self._future.done() and self._future.exception() is None:
            opened = self._future.result().database
            if opened is not None:
                opened.close()


class _StartOnFirstPaint(QObject):
    def __init__(self, window: QWidget, opening: DatabaseOpening) -> None:
        super().__init__(window)
        self.opening = opening

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
            watched.removeEventFilter(self)
            self.opening.start()
        return False


def _open(location: DatabaseLocation) -> Opened:
    from app.services import installation
    from app.services.runtime import open_database

    if installation.is_new(location):
        created = installation.create_encrypted(location)
        return Opened(created.database, False, created.recovery_key)
    if location.needs_key:
        for module in (*_UNLOCK_MODULES, *_MAIN_WINDOW_MODULES):
            importlib.import_module(module)
        from app.storage.engine import prepare_code

        prepare_code()  # otherwise done by the first query after Enter
        return Opened(None, True)
    database = open_database(location)
    try:
        with database.session() as s:
            ready = installation.is_set_up(s)
        for module in _MAIN_WINDOW_MODULES:
            importlib.import_module(module)
        if ready:
            from app.services import users

            users.warm_up(database)
    except BaseException:
        database.close()
        raise
    return Opened(database, ready)
