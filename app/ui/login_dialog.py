"""Signing in: user name and password; wrong ones are told plainly, repeated ones lock the account."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.errors import TatulyqError
from app.models import User
from app.services import users
from app.storage.database import Database
from app.ui.errors import ErrorReporter
from app.ui.forms import label_rows


class LoginDialog(QDialog):
    def __init__(
        self,
        database: Database,
        errors: ErrorReporter,
        last_username: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("LoginDialog")
        self.database = database
        self.errors = errors
        self.user: User | None = None
        self.heading = QLabel(self)
        self.username = QLineEdit(last_username, self)
        self.username.setObjectName("username")
        self.password = QLineEdit(self)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.form = QFormLayout()
        self.form.addRow(QLabel(self), self.username)
        self.form.addRow(QLabel(self), self.password)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._sign_in)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        (self.password if last_username else self.username).setFocus()
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Tatulyq: sign in"))
        self.heading.setText(self.tr("Sign in to the case desk"))
        label_rows(self.form, (self.tr("User name"), self.tr("Password")))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _sign_in(self) -> None:
        try:
            self.user = users.sign_in(self.database, self.username.text(), self.password.text())
        except TatulyqError as error:
            self.password.clear()
            self.errors.known(self, error)
            return
        self.accept()
