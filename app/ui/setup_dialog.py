"""The very first start: choose this installation's unit and create its administrator.

A new database is encrypted from the start (app/ui/startup.py): once the administrator exists (and
with them the key file), its recovery key is shown once (RecoveryKeyDialog) before the set-up ends.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import TatulyqError, ValidationError
from app.models.enums import UnitKind
from app.services import installation
from app.services.context import Actor
from app.storage.database import Database
from app.ui.errors import ErrorReporter
from app.ui.forms import label_rows
from app.ui.labels import label


class SetupDialog(QDialog):
    def __init__(
        self,
        database: Database,
        lang: str,
        errors: ErrorReporter,
        parent: QWidget | None = None,
        *,
        recovery_key: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("SetupDialog")
        self.database = database
        self.errors = errors
        self.recovery_key = recovery_key  # a new encrypted database: shown once the administrator exists
        self.admin_id: uuid.UUID | None = None
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.unit = QComboBox(self)
        self.unit.setObjectName("unit")
        self.unit.setEditable(True)  # typing part of a name filters the long list
        self.unit.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        with database.session() as s:
            for choice in installation.unit_choices(s, lang):
                self.unit.addItem(
                    f"{choice.code} — {choice.name} ({label(UnitKind(choice.kind))})", choice.code
                )
        self.name = QLineEdit(self)
        self.name.setObjectName("admin_name")
        self.username = QLineEdit(self)
        self.username.setObjectName("admin_username")
        self.password = QLineEdit(self)
        self.password.setObjectName("admin_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(self)
        self.repeat.setObjectName("admin_password_repeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.form = QFormLayout()
        self.form.addRow(QLabel(self), self.unit)
        self.form.addRow(QLabel(self), self.name)
        self.form.addRow(QLabel(self), self.username)
        self.form.addRow(QLabel(self), self.password)
        self.form.addRow(QLabel(self), self.repeat)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.resize(620, 320)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Tatulyq: first start"))
        self.intro.setText(
            self.tr(
                "Welcome. Choose the unit this computer works for and create the administrator, "
                "who will then add the other users."
            )
        )
        label_rows(
            self.form,
            (
                self.tr("Unit"),
                self.tr("Administrator's full name"),
                self.tr("User name"),
                self.tr("Password"),
                self.tr("Password again"),
            ),
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _save(self) -> None:
        try:
            if self.password.text() != self.repeat.text():
                raise ValidationError("setup.passwords_differ", "The two passwords differ.")
            code = self.unit.currentData()
            if not code:
                raise ValidationError("setup.unit_required", "Choose the unit from the list.")
            with self.database.session(write=True, actor=Actor.system("set-up")) as s:
                self.admin_id = installation.set_up(
                    s, str(code), self.username.text(), self.name.text(), self.password.text()
                )
        except TatulyqError as error:
            self.errors.known(self, error)
            return
        if self.recovery_key is not None:
            self.show_recovery_key()
        self.accept()

    def show_recovery_key(self) -> None:
        from app.ui.recovery_key_dialog import RecoveryKeyDialog

        dialog = RecoveryKeyDialog(self.recovery_key or "", self.database.location.describe(), self.errors, self)
        dialog.exec()
