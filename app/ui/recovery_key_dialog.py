"""The recovery key: showing a new one once (the set-up wizard's last page, encrypting from Settings) and
using it (a forgotten password).

The key is shown in large monospace letters, to be printed or saved to a file (for a USB stick kept
locked away) or copied by hand. Nobody can see it again afterwards, so neither the window nor the
wizard closes until the person ticks that they have it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QPagedPaintDevice, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import TatulyqError, ValidationError
from app.services import clock
from app.ui.errors import ErrorReporter
from app.ui.forms import label_rows


class RecoveryKeyPanel(QWidget):
    """The key in large letters, "Print…", "Save to file…" and the box "I have printed or saved it".

    Shared by the window that shows a new key (encrypting from Settings) and the set-up wizard's last
    page, so the sheet and the file say the same things wherever the key was made.
    """

    def __init__(
        self, recovery_key: str, database_path: str, errors: ErrorReporter, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("RecoveryKeyPanel")
        self.recovery_key = recovery_key
        self.database_path = database_path
        self.errors = errors
        self.saved_to: Path | None = None
        self.key = QLabel(recovery_key, self)
        self.key.setObjectName("recovery_key")
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSizeF(max(self.font().pointSizeF(), 9.0) * 1.8)
        font.setBold(True)
        self.key.setFont(font)
        self.key.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key.setStyleSheet("QLabel#recovery_key { border: 1px solid palette(mid); padding: 14px; }")
        self.print_button = QPushButton(self)
        self.print_button.setObjectName("print_key")
        self.print_button.clicked.connect(self.print_key)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("save_key")
        self.save_button.clicked.connect(self.save_key)
        self.confirm = QCheckBox(self)
        self.confirm.setObjectName("key_written_down")
        actions = QHBoxLayout()
        actions.addWidget(self.print_button)
        actions.addWidget(self.save_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.key)
        layout.addLayout(actions)
        layout.addWidget(self.confirm)
        self.retranslate()

    def retranslate(self) -> None:
        self.print_button.setText(self.tr("Print…"))
        self.save_button.setText(self.tr("Save to file…"))
        self.confirm.setText(self.tr("I have printed or saved the recovery key"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_key(self, recovery_key: str, database_path: str) -> None:
        self.recovery_key = recovery_key
        self.database_path = database_path
        self.key.setText(recovery_key)

    def sheet_text(self) -> str:
        """What goes on paper or into the file: the key, and what it is for."""
        return "\n".join(
            (
                self.tr("Tatulyq: the recovery key of the database"),
                self.tr("Database: {path}").format(path=self.database_path),
                self.tr("Made on: {day}").format(day=f"{clock.today():%d.%m.%Y}"),
                "",
                self.recovery_key,
                "",
                self.tr(
                    "Keep this locked away from the computer: whoever holds it can read the database. "
                    "It opens the database when a password is forgotten: Forgot your password? on the "
                    "sign-in window, or tatulyq db recover."
                ),
            )
        )

    def print_on(self, printer: QPagedPaintDevice) -> None:
        """Draw the sheet on a QPrinter (the print dialog's, or a PDF file's in tests)."""
        document = QTextDocument()
        body = self.sheet_text().replace("&", "&amp;").replace("<", "&lt;").split("\n")
        body[4] = (  # one line, never broken at its hyphens
            f'<p style="font-family: monospace; font-size: 20pt; font-weight: bold; white-space: pre">{body[4]}</p>'
        )
        document.setHtml("<br>".join(body))
        document.print_(printer)

    def print_key(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.tr("Tatulyq recovery key"))
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_on(printer)

    def save_key(self) -> None:
        from app.storage.files import replace_text
        from app.ui.pdf_preview import ask_save_path, default_folder

        suggested = default_folder("") / "tatulyq-recovery-key.txt"
        path = ask_save_path(
            self, self.tr("Save the recovery key"), suggested, self.tr("Text files (*.txt)"), "txt"
        )
        if path is None:
            return
        try:
            # Whole or not at all: a USB stick pulled out half-way must not leave half a key that looks whole.
            replace_text(path, self.sheet_text() + "\n")
        except OSError as error:
            self.errors.known(
                self,
                TatulyqError("keys.cannot_save", f"The file {path} cannot be written: {error.strerror}"),
            )
            return
        self.saved_to = path


class RecoveryKeyDialog(QDialog):
    """Shows a new recovery key once; Continue only after "I have printed or saved it" is ticked."""

    def __init__(
        self, recovery_key: str, database_path: str, errors: ErrorReporter, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("RecoveryKeyDialog")
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.panel = RecoveryKeyPanel(recovery_key, database_path, errors, self)
        # The panel's parts, named as before: callers and tests reach them on the dialog.
        self.key = self.panel.key
        self.print_button = self.panel.print_button
        self.save_button = self.panel.save_button
        self.confirm = self.panel.confirm
        self.buttons = QDialogButtonBox(self)
        self.continue_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.continue_button.setObjectName("continue")
        self.continue_button.setEnabled(False)
        self.confirm.toggled.connect(self.continue_button.setEnabled)
        self.buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.panel)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.resize(640, 320)

    @property
    def saved_to(self) -> Path | None:
        return self.panel.saved_to

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Tatulyq: recovery key"))
        self.intro.setText(
            self.tr(
                "The database is encrypted. This recovery key opens it, and its backups, when a password "
                "is forgotten or the key file is lost. It is shown only now: print it or write it down, "
                "and keep it locked away from the computer. Whoever holds it can read the database."
            )
        )
        self.continue_button.setText(self.tr("Continue"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reject(self) -> None:
        # Esc or the window's close button: the key would be lost unseen; only Continue closes it.
        if self.confirm.isChecked():
            self.accept()

    def sheet_text(self) -> str:
        return self.panel.sheet_text()

    def print_on(self, printer: QPagedPaintDevice) -> None:
        self.panel.print_on(printer)


class RecoverAccessDialog(QDialog):
    """A forgotten password: the recovery key, whose account, and the new password twice."""

    def __init__(
        self,
        recover: Callable[[str, str, str], str],
        errors: ErrorReporter,
        username: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("RecoverAccessDialog")
        self.recover = recover  # (recovery key, user name, new password) -> the user name, normalised
        self.errors = errors
        self.recovered: str | None = None
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.key = QLineEdit(self)
        self.key.setObjectName("recovery_key")
        self.key.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.username = QLineEdit(username, self)
        self.username.setObjectName("username")
        self.password = QLineEdit(self)
        self.password.setObjectName("new_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(self)
        self.repeat.setObjectName("new_password_repeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.form = QFormLayout()
        for field in (self.key, self.username, self.password, self.repeat):
            self.form.addRow(QLabel(self), field)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, parent=self
        )
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.resize(600, 260)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Tatulyq: set a new password with the recovery key"))
        self.intro.setText(
            self.tr(
                "Type the recovery key shown when the database was set up or encrypted, the user name "
                "and a new password for that user."
            )
        )
        label_rows(
            self.form,
            (self.tr("Recovery key"), self.tr("User name"), self.tr("New password"), self.tr("New password again")),
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _save(self) -> None:
        try:
            if self.password.text() != self.repeat.text():
                raise ValidationError("setup.passwords_differ", "The two passwords differ.")
            self.recovered = self.recover(self.key.text(), self.username.text(), self.password.text())
        except TatulyqError as error:
            self.errors.known(self, error)
            return
        self.accept()
