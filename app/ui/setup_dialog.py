"""The very first start: choose this installation's unit and create its administrator.

A new database is encrypted from the start (app/ui/startup.py): once the administrator exists (and
with them the key file), its recovery key is shown once (RecoveryKeyDialog) before the set-up ends.
The keys of the monthly exchange may be made here too (a box to tick, a passphrase twice); left
unticked, the Exchange page offers them later.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QCheckBox,
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
from app.exchange.key_store import PASSPHRASE_MIN
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
        self.exchange_keys = QCheckBox(self)
        self.exchange_keys.setObjectName("create_exchange_keys")
        self.exchange_passphrase = QLineEdit(self)
        self.exchange_passphrase.setObjectName("exchange_passphrase")
        self.exchange_repeat = QLineEdit(self)
        self.exchange_repeat.setObjectName("exchange_passphrase_repeat")
        for field in (self.exchange_passphrase, self.exchange_repeat):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setEnabled(False)
            self.exchange_keys.toggled.connect(field.setEnabled)
        self.form = QFormLayout()
        self.form.addRow(QLabel(self), self.unit)
        self.form.addRow(QLabel(self), self.name)
        self.form.addRow(QLabel(self), self.username)
        self.form.addRow(QLabel(self), self.password)
        self.form.addRow(QLabel(self), self.repeat)
        self.form.addRow(self.exchange_keys)
        self.form.addRow(QLabel(self), self.exchange_passphrase)
        self.form.addRow(QLabel(self), self.exchange_repeat)
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
        self.resize(620, 420)

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
                "",
                self.tr("Passphrase of the exchange keys"),
                self.tr("Passphrase again"),
            ),
        )
        self.exchange_keys.setText(self.tr("Create the keys for the monthly exchange with the council now"))
        self.exchange_keys.setToolTip(
            self.tr(
                "The keys sign this unit's monthly packages; their passphrase (at least {count} characters) "
                "is asked each time a package is prepared. It can also be done later on the Exchange page."
            ).format(count=PASSPHRASE_MIN)
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
            passphrase = self._exchange_passphrase()
            with self.database.session(write=True, actor=Actor.system("set-up")) as s:
                self.admin_id = installation.set_up(
                    s, str(code), self.username.text(), self.name.text(), self.password.text()
                )
        except TatulyqError as error:
            self.errors.known(self, error)
            return
        if passphrase is not None:
            self._create_exchange_keys(str(code), passphrase)
        if self.recovery_key is not None:
            self.show_recovery_key()
        self.accept()

    def _exchange_passphrase(self) -> str | None:
        """The passphrase for the exchange keys when the box is ticked, checked before anything is saved."""
        if not self.exchange_keys.isChecked():
            return None
        passphrase = self.exchange_passphrase.text()
        if len(passphrase) < PASSPHRASE_MIN:
            raise ValidationError(
                "exchange_keys.passphrase_too_short",
                f"The passphrase of the exchange keys needs at least {PASSPHRASE_MIN} characters.",
                minimum=PASSPHRASE_MIN,
            )
        if passphrase != self.exchange_repeat.text():
            raise ValidationError("setup.exchange_passphrases_differ", "The two passphrases differ.")
        return passphrase

    def _create_exchange_keys(self, unit_code: str, passphrase: str) -> None:
        """After the administrator exists: a failure here is told, and the Exchange page offers it again."""
        from app.exchange import key_store

        try:
            key_store.create_keys(self.database.location.data_dir, unit_code, passphrase)
        except TatulyqError as error:
            self.errors.known(self, error)
        finally:
            self.exchange_passphrase.clear()
            self.exchange_repeat.clear()

    def show_recovery_key(self) -> None:
        from app.ui.recovery_key_dialog import RecoveryKeyDialog

        dialog = RecoveryKeyDialog(self.recovery_key or "", self.database.location.describe(), self.errors, self)
        dialog.exec()
