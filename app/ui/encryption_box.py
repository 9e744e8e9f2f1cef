"""Settings, for administrators: is the database encrypted, and the button that encrypts a plain one.

The conversion (app/services/database_keys.encrypt: a backup first, then the encrypted copy, verified,
swapped in) runs on a worker thread behind a modal progress window: for a large database it takes a
minute or two, and nothing else may touch the database meanwhile. Afterwards the recovery key is
shown once, and the administrator is told who can open the database now and which old backups are
still readable by anyone.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services import database_keys, users
from app.ui.context import UiContext
from app.ui.workers import run_in_background

PLAIN_NOTICE = "plain_database_notice"  # the status bar's label for a database that is not encrypted


class EncryptionBox(QGroupBox):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("encryption_box")
        self.state = QLabel(self)
        self.state.setObjectName("encryption_state")
        self.state.setWordWrap(True)
        self.button = QPushButton(self)
        self.button.setObjectName("encrypt_database")
        self.button.clicked.connect(self.encrypt)
        self.outcome = QLabel(self)  # what the conversion did, and what is left to do by hand
        self.outcome.setObjectName("encryption_outcome")
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress: QProgressDialog | None = None
        self.last_result: database_keys.Conversion | None = None
        row = QHBoxLayout()
        row.addWidget(self.button)
        row.addStretch(1)
        box = QVBoxLayout(self)
        box.addWidget(self.state)
        box.addLayout(row)
        box.addWidget(self.outcome)
        self.retranslate()

    def _is_server(self) -> bool:
        return self.ctx.database.location.file_path is None

    def is_encrypted(self) -> bool:
        location = self.ctx.database.location
        return location.key is not None or location.needs_key

    def retranslate(self) -> None:
        self.setTitle(self.tr("Encryption of the database"))
        self.button.setText(self.tr("Encrypt the database…"))
        if self._is_server():
            text = self.tr(
                "The database is on a server: it is protected by the encryption of the server's disk, "
                "which the server's administrator looks after."
            )
        elif self.is_encrypted():
            text = self.tr(
                "The database is encrypted: without a user's password or the recovery key its file "
                "reads as noise. Its key file: {path}"
            ).format(path=self.ctx.database.location.key_file)
        else:
            text = self.tr(
                "The database is NOT encrypted: whoever takes this computer or a copy of the file can read "
                "it. Encrypting it makes a backup first and takes a minute or two for a large database."
            )
        self.state.setText(text)
        self.button.setVisible(not self._is_server() and not self.is_encrypted())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def encrypt(self) -> None:
        password, ok = QInputDialog.getText(
            self,
            self.tr("Encrypt the database"),
            self.tr(
                "A backup is made first. Afterwards only you can open the database until you set the "
                "other users' passwords (Users). The recovery key is shown once at the end.\n\n"
                "Your password:"
            ),
            QLineEdit.EchoMode.Password,
        )
        if not ok or not password:
            return
        database, user_id = self.ctx.database, self.ctx.user.user_id

        def job(_report: Any) -> database_keys.Conversion:
            with database.session() as s:
                username = users.get(s, user_id).username if user_id is not None else ""
            return database_keys.encrypt(database, username, password)

        self.progress = QProgressDialog(self.tr("Encrypting the database…"), "", 0, 0, self)
        self.progress.setObjectName("encrypting")
        self.progress.setCancelButton(None)  # half a conversion cannot be stopped
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.show()
        self.button.setEnabled(False)
        run_in_background(self, job, self._done, self._failed)

    def _finish(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress = None
        self.button.setEnabled(True)

    def _failed(self, error: BaseException) -> None:
        self._finish()
        self.ctx.errors.report(self, error)

    def _done(self, result: object) -> None:
        self._finish()
        if not isinstance(result, database_keys.Conversion):
            return
        self.last_result = result
        self.retranslate()
        notice = self.window().findChild(QLabel, PLAIN_NOTICE)
        if notice is not None:
            notice.hide()
        from app.ui.recovery_key_dialog import RecoveryKeyDialog

        self.outcome.setText(self.summary(result))
        RecoveryKeyDialog(
            result.recovery_key, self.ctx.database.location.describe(), self.ctx.errors, self
        ).exec()

    def summary(self, result: database_keys.Conversion) -> str:
        lines = [
            self.tr(
                "The database is encrypted. Only you can open it now: the other users get their access "
                "when you set their passwords (Users, New password)."
            ),
            self.tr("A plain backup was made first: {path}").format(path=result.backup),
        ]
        if result.plain_backups:
            lines.append(
                self.tr(
                    "These backups are NOT encrypted and anyone can read them; delete them once you have "
                    "checked the encrypted database:"
                )
            )
            lines.extend(str(Path(p)) for p in result.plain_backups)
        text = "\n".join(lines[:2])
        if lines[2:]:
            text += "\n" + "\n".join(lines[2:])
        return text


class PlainDatabaseNotice(QLabel):
    """On the status bar while a local database is not encrypted; a click leads to Settings.

    Plain text that acts as a link (no rich text: laying out a text document for it would cost
    milliseconds of the first paint after Enter, which the start-up budget counts).
    """

    def __init__(self, open_settings: Callable[[], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(PLAIN_NOTICE)
        self.open_settings = open_settings
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setStyleSheet("QLabel#plain_database_notice { color: #b35900; text-decoration: underline; }")
        self.retranslate()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.open_settings()
        super().mouseReleaseEvent(event)

    def retranslate(self) -> None:
        self.setText(self.tr("Not encrypted"))
        self.setToolTip(
            self.tr(
                "The database file is not encrypted: whoever takes this computer can read it. "
                "An administrator can encrypt it in Settings."
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
