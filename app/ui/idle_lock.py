"""The program locks itself after a time without use: parties' data must not wait on a shared PC's screen.

An application-wide event filter notes every key press, click, wheel turn and mouse move; a timer
looks a few times a minute. After ``idle_lock_minutes`` (the preference of this computer; 0 = never)
every window is covered by a plain sheet and a lock dialog asks the same user's password again,
through the same sign-in as at the start, so wrong passwords count toward the lock-out.

Nothing is closed while locked: an editor keeps what was typed, and its draft is written at the
moment of locking, so even a power cut during the lock loses nothing. Somebody else at the PC chooses
"Sign out": the drafts stay for the owner's next sign-in and the program closes, to be started fresh.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import TatulyqError
from app.ui.context import UiContext

# Input that means somebody is at the computer.
_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)
MINUTE_MS = 60_000
_LONGEST_TICK_MS = 5_000


def _exit_program() -> None:
    QCoreApplication.exit(0)


class _Cover(QWidget):
    """A plain sheet over a window while the program is locked: nothing of the case shows through."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("idle_cover")
        self.setAutoFillBackground(True)
        self.note = QLabel(self)
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note.setText(self.tr("Tatulyq is locked."))
        QVBoxLayout(self).addWidget(self.note)
        self.setGeometry(window.rect())
        window.installEventFilter(self)
        self.show()
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self.setGeometry(watched.rect())
            self.raise_()
        return False


class LockDialog(QDialog):
    """The same user's password again, or Sign out."""

    unlocked = Signal()
    sign_out_requested = Signal()

    def __init__(self, ctx: UiContext, username: str, minutes: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("LockDialog")
        self.ctx = ctx
        self.username = username
        self.minutes = minutes
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setMinimumWidth(460)  # the sentences read as lines, not as a column of words
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.who = QLabel(self)
        self.who.setWordWrap(True)
        self.password = QLineEdit(self)
        self.password.setObjectName("lock_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel(self)
        self.error.setObjectName("lock_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        self.buttons = QDialogButtonBox(self)
        self.unlock_button = QPushButton(self)
        self.unlock_button.setObjectName("unlock")
        self.unlock_button.setDefault(True)
        self.sign_out_button = QPushButton(self)
        self.sign_out_button.setObjectName("sign_out")
        self.buttons.addButton(self.unlock_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.sign_out_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.sign_out_button.clicked.connect(self.sign_out_requested)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.who)
        layout.addWidget(self.password)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.password.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Tatulyq is locked"))
        self.heading.setText(
            self.tr("The program locked itself after {minutes} min without use.").format(minutes=self.minutes)
        )
        self.who.setText(
            self.tr("Signed in: {name} ({username}). Type the password to go on.").format(
                name=self.ctx.user.display_name, username=self.username
            )
        )
        self.password.setPlaceholderText(self.tr("Password"))
        self.unlock_button.setText(self.tr("&Unlock"))
        self.sign_out_button.setText(self.tr("&Sign out"))
        self.sign_out_button.setToolTip(
            self.tr("Close the program; unsaved typing is kept as a draft for this user's next sign-in")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reject(self) -> None:
        """Esc and the window's close button do not unlock."""

    def try_unlock(self) -> bool:
        from app.services import users  # SQLAlchemy and argon2: loaded long before the first lock
        from app.ui.messages import message_for

        try:
            user = users.sign_in(self.ctx.database, self.username, self.password.text())
        except TatulyqError as error:
            self.password.clear()
            self.error.setText(message_for(error))
            return False
        if user.id != self.ctx.user.user_id:  # cannot happen by name; kept as a guard
            self.error.setText(self.tr("Only the user who is signed in can unlock."))
            return False
        self.password.clear()
        self.error.clear()
        self.unlocked.emit()
        return True


class IdleLock(QObject):
    """Install once for the main window; ``start()`` when it is first shown."""

    locked = Signal()
    unlocked = Signal()

    def __init__(
        self,
        ctx: UiContext,
        parent: QObject | None = None,
        *,
        minute_ms: int = MINUTE_MS,
        on_sign_out: Callable[[], None] = _exit_program,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.minute_ms = minute_ms  # tests shorten the minute
        self.on_sign_out = on_sign_out
        self.dialog: LockDialog | None = None
        self.covers: list[_Cover] = []
        self._last_input = time.monotonic()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._tick)

    @property
    def is_locked(self) -> bool:
        return self.dialog is not None

    def minutes(self) -> int:
        return max(0, int(self.ctx.prefs.idle_lock_minutes))

    def start(self) -> None:
        # The application-wide filter is installed here, not when the window is built: every event of
        # every widget passes through it into Python, which made building and first painting the main
        # window twice as slow. Before the window is seen there is no input to note.
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)  # a second start keeps the one filter (Qt activates it once)
        self._last_input = time.monotonic()
        # A few looks per lock period: the lock comes at most a fraction of it late.
        tick = max(20, min(_LONGEST_TICK_MS, self.minute_ms // 4))
        self._timer.start(tick)

    def stop(self) -> None:
        self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT and self.dialog is None:
            self._last_input = time.monotonic()
        return False

    def idle_seconds(self) -> float:
        return time.monotonic() - self._last_input

    def _tick(self) -> None:
        minutes = self.minutes()
        if self.dialog is not None or minutes == 0:  # 0: never lock (set only in the preferences file)
            return
        if self.idle_seconds() * 1000 >= minutes * self.minute_ms:
            self.lock()

    def lock(self) -> None:
        if self.dialog is not None:
            return
        popup = QApplication.activePopupWidget()
        if popup is not None:
            popup.close()  # an open menu or drop-down would stay over the sheet
        self._keep_drafts()
        passing = (Qt.WindowType.ToolTip, Qt.WindowType.Popup)
        windows = [
            w for w in QApplication.topLevelWidgets() if w.isVisible() and w.windowType() not in passing
        ]
        self.covers = [_Cover(window) for window in windows]
        username = self._username()
        self.dialog = LockDialog(self.ctx, username, self.minutes())
        self.dialog.unlocked.connect(self.unlock)
        self.dialog.sign_out_requested.connect(self.sign_out)
        self.dialog.open()
        self.locked.emit()

    def _username(self) -> str:
        from app.services import users

        user_id = self.ctx.user.user_id
        if user_id is None:
            return ""
        with self.ctx.database.session() as s:
            return users.get(s, user_id).username

    def _keep_drafts(self) -> None:
        """Every editor writes what is unsaved now, not at its next timer tick."""
        for widget in QApplication.topLevelWidgets():
            keep = getattr(widget, "save_draft_now", None)
            if callable(keep):
                keep()

    def unlock(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.hide()
            dialog.deleteLater()
        for cover in self.covers:
            cover.hide()
            cover.deleteLater()
        self.covers = []
        self._last_input = time.monotonic()
        self.unlocked.emit()

    def sign_out(self) -> None:
        self._keep_drafts()
        self.stop()
        self.on_sign_out()
