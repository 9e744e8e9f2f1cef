"""How the desktop program tells about errors.

Known errors (the environment's or the input's fault) become a clear message in the user's language.
Anything else is a bug: a crash dialog with details to copy, and the traceback in a log file in the
data folder. With ``--no-dialogs`` nothing modal opens: everything goes to the log (tests, smoke runs).
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.errors import TatulyqError

log = logging.getLogger("tatulyq.ui")


def _t(text: str) -> str:
    return QCoreApplication.translate("Errors", text)


class ErrorReporter:
    def __init__(self, log_dir: Path, *, dialogs: bool = True) -> None:
        self.log_dir = log_dir
        self.dialogs = dialogs
        self.shown: list[str] = []  # what was told, newest last (tests read it with --no-dialogs)

    @property
    def log_file(self) -> Path:
        return self.log_dir / "tatulyq-errors.log"

    def _write_log(self, text: str) -> None:
        try:
            self.log_dir.mkdir(parents=True, exist_ok=True)
            with self.log_file.open("a", encoding="utf-8") as handle:
                handle.write(text.rstrip() + "\n\n")
        except OSError:
            sys.stderr.write(text)

    def known(self, parent: QWidget | None, error: TatulyqError) -> str:
        from app.ui.messages import message_for  # every message's text: loaded when one is first told

        text = message_for(error)
        self.shown.append(text)
        log.info("refused: %s (%s)", error.key, error.message)
        if self.dialogs:
            QMessageBox.warning(parent, _t("Tatulyq"), text)
        return text

    def report(self, parent: QWidget | None, error: BaseException) -> str:
        """Tell about any error: known ones plainly, anything else as a bug."""
        from app.storage import db_errors  # SQLAlchemy's exceptions: not imported before the sign-in window

        friendly = db_errors.translate(error)
        if friendly is not None:
            return self.known(parent, friendly)
        details = "".join(traceback.format_exception(type(error), error, error.__traceback__))
        self._write_log(details)
        text = _t(
            "Something went wrong inside Tatulyq. Nothing more was saved. The details are in {path}."
        ).format(path=str(self.log_file))
        self.shown.append(text)
        if self.dialogs:
            box = QMessageBox(
                QMessageBox.Icon.Critical,
                _t("Tatulyq: unexpected error"),
                text,
                QMessageBox.StandardButton.Close,
                parent,
            )
            box.setDetailedText(details)  # selectable: the user can copy it into an e-mail
            box.exec()
        return text

    def install_excepthook(self) -> None:
        """Errors escaping a slot would otherwise only print to a console nobody sees."""

        def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
            if value.__traceback__ is None:
                value = value.with_traceback(tb)
            self.report(None, value)

        sys.excepthook = hook
