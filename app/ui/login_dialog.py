"""Signing in: user name and password; wrong ones are told plainly, repeated ones lock the account.

The window appears while the database is still being opened on another thread (startup.py): it imports
nothing that loads SQLAlchemy, and asks for the database only when the person presses Enter.

For an encrypted database the start-up hands in ``sign_in``, which opens the database with the key the
password unwraps, and ``recover``: the "Forgot your password?" link, which sets a new password with
the recovery key.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.errors import TatulyqError, ValidationError
from app.ui.errors import ErrorReporter
from app.ui.forms import label_rows

if TYPE_CHECKING:
    from app.models import User
    from app.storage.database import Database


class LoginDialog(QDialog):
    def __init__(
        self,
        database: Callable[[], Database],
        errors: ErrorReporter,
        last_username: str = "",
        parent: QWidget | None = None,
        *,
        sign_in: Callable[[str, str], User] | None = None,
        recover: Callable[[QWidget, str], str | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("LoginDialog")
        self.database = database  # waits for the database being opened (usually long done by Enter)
        self.sign_in_with = sign_in  # an encrypted database: the password opens it first
        self.recover = recover  # (parent, user name typed) -> the user whose password was set, or None
        self.errors = errors
        self.user: User | None = None
        self.opening_error: BaseException | None = None  # the database could not be opened
        self.heading = QLabel(self)
        self.username = QLineEdit(last_username, self)
        self.username.setObjectName("username")
        self.password = QLineEdit(self)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.form = QFormLayout()
        self.form.addRow(QLabel(self), self.username)
        self.form.addRow(QLabel(self), self.password)
        # Set after construction: the constructor taking the buttons makes PySide build Python enums
        # for the whole Qt namespace (~15-30 ms), before the first window a person waits for.
        self.buttons = QDialogButtonBox()
        self.buttons.setStandardButtons(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._sign_in)
        self.buttons.rejected.connect(self.reject)
        self.forgot = QLabel(self)
        self.forgot.setObjectName("forgot_password")
        self.forgot.linkActivated.connect(self._recover)
        self.forgot.setVisible(recover is not None)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self.form)
        layout.addWidget(self.forgot)
        layout.addWidget(self.buttons)
        (self.password if last_username else self.username).setFocus()
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Tatulyq: sign in"))
        self.heading.setText(self.tr("Sign in to the case desk"))
        label_rows(self.form, (self.tr("User name"), self.tr("Password")))
        if self.recover is not None:  # rich text costs a text document: only where the link is shown
            link = self.tr("Forgot your password? Use the recovery key")
            self.forgot.setText(f'<a href="recover">{link}</a>')

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def fail(self, error: BaseException) -> None:
        """The database cannot be used: close, so that the program can say why and stop."""
        self.opening_error = error
        self.reject()

    def _sign_in(self) -> None:
        if self.sign_in_with is not None:
            try:
                self.user = self.sign_in_with(self.username.text(), self.password.text())
            except TatulyqError as error:
                # A wrong password, a locked or switched-off account, a key file that is missing or
                # damaged (the recovery key below still opens the database): told here, tried again.
                if not isinstance(error, ValidationError) and not error.key.startswith("keys."):
                    self.fail(error)  # the database cannot be used: the program says why and stops
                    return
                self.password.clear()
                self.errors.known(self, error)
                return
            except Exception as error:  # the database cannot be used: the program says why and stops
                self.fail(error)
                return
            self.accept()
            return
        from app.services import users

        try:
            database = self.database()
        except Exception as error:
            self.fail(error)
            return
        try:
            self.user = users.sign_in(database, self.username.text(), self.password.text())
        except TatulyqError as error:
            self.password.clear()
            self.errors.known(self, error)
            return
        self.accept()

    def _recover(self, _link: str = "") -> None:
        if self.recover is None:
            return
        username = self.recover(self, self.username.text())
        if username:
            self.username.setText(username)
            self.password.clear()
            self.password.setFocus()
