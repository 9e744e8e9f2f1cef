"""The Exchange page's "Import": packages from the units below, and receipts from the council above.

One or many files are chosen at once (a council imports a stick full of centres' packages); the
keys' passphrase is asked once, and the files are imported one after another on a worker thread with
a progress bar naming the file. Each file is all or nothing, so Cancel stops after the file being
imported: the files already done stay done, and the table says so. The table has a row per file:
what it was (unit, month, revision), what happened in plain words, and where a refused file's copy
was put aside (the quarantine folder), with the reason.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.context import Actor
from app.services.permissions import Action
from app.ui import exchange_memory
from app.ui.context import UiContext
from app.ui.exchange_common import ExchangeTab, month_words
from app.ui.exchange_dialogs import ask_files, ask_passphrase, center_text
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.report_worker import OneJob

if TYPE_CHECKING:
    from app.exchange.service import FileResult
    from app.storage.database import Database

_REFUSED = QColor("#b3261e")
_DONE = QColor("#1b5e20")
_NOTED = QColor("#6d4c00")
COLUMNS = 6
RECEIPT_WORDS: dict[str, str] = {
    "imported": QT_TRANSLATE_NOOP("ExchangeReceipt", "received"),
    "replaced": QT_TRANSLATE_NOOP("ExchangeReceipt", "received, replaces the earlier revision"),
    "duplicate": QT_TRANSLATE_NOOP("ExchangeReceipt", "had been received already"),
    "ignored_older": QT_TRANSLATE_NOOP("ExchangeReceipt", "received, but a newer package was already there"),
    "refused": QT_TRANSLATE_NOOP("ExchangeReceipt", "refused"),
}


class ImportTab(ExchangeTab):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("exchange_import")
        self.memory = exchange_memory.load(ctx.data_dir)
        self.results: list[FileResult] = []
        self.working = False
        self.stop = threading.Event()
        self.current_name = ""  # the file being imported; written by the worker, read by the progress slot
        self.job = OneJob(self)
        self.may_import = ctx.user.may(Action.EXCHANGE)

        self.choose_box = QGroupBox(self)
        self.intro = QLabel(self.choose_box)
        self.intro.setWordWrap(True)
        self.import_button = QPushButton(self.choose_box)
        self.import_button.setObjectName("import_files")
        self.import_button.clicked.connect(self.choose_and_import)
        self.import_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.progress = QProgressBar(self.choose_box)
        self.progress.setObjectName("import_progress")
        self.cancel_button = QPushButton(self.choose_box)
        self.cancel_button.setObjectName("cancel_import")
        self.cancel_button.clicked.connect(self.cancel)
        self.progress_text = QLabel(self.choose_box)
        self.progress_text.setObjectName("import_progress_text")
        self.progress_text.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.import_button)
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        row.addStretch(0)
        box = QVBoxLayout(self.choose_box)
        box.addWidget(self.intro)
        box.addLayout(row)
        box.addWidget(self.progress_text)

        self.results_box = QGroupBox(self)
        self.table = QTableWidget(0, COLUMNS, self.results_box)
        self.table.setObjectName("import_results")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.empty = QLabel(self.results_box)
        self.empty.setObjectName("import_empty")
        center_text(self.empty)
        self.stack = QStackedWidget(self.results_box)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.table)
        QVBoxLayout(self.results_box).addWidget(self.stack)

        layout = QVBoxLayout(self)
        layout.addWidget(self.choose_box)
        layout.addWidget(self.results_box, 1)
        self.retranslate()

    # --- texts -------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.choose_box.setTitle(self.tr("Packages and receipts to import"))
        self.intro.setText(
            self.tr(
                "Choose the packages the units below sent (.tqp files), or the receipts your council "
                "sent back (.receipt.json). Each file is imported whole or not at all; the same file "
                "twice changes nothing."
            )
        )
        self.import_button.setText(self.tr("&Import files…"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop after the file being imported now"))
        self.results_box.setTitle(self.tr("Result for each file"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("File"),
                self.tr("Unit"),
                self.tr("Month"),
                self.tr("Revision"),
                self.tr("Result"),
                self.tr("Set aside in"),
            ]
        )
        self.empty.setText(
            self.tr(
                "Nothing imported yet in this session. Press Import files… and choose one or more files; "
                "the result for each file appears here."
            )
        )
        self._show_results()
        self._show_state()

    def _show_state(self) -> None:
        self.import_button.setEnabled(not self.working and self.may_import)
        self.progress.setVisible(self.working)
        self.cancel_button.setVisible(self.working)
        self.progress_text.setVisible(self.working)

    def result_words(self, result: FileResult) -> str:
        """What happened to one file, in a sentence the person can act on."""
        status, params = result.status, result.params
        lang = self.ctx.languages.current
        if status == "imported":
            return self.tr("Imported: {cases} case rows.").format(cases=result.case_rows)
        if status == "replaced":
            return self.tr(
                "Imported: {cases} case rows. They replace the package for {month}, revision {revision}."
            ).format(
                cases=result.case_rows,
                month=month_words(lang, str(params.get("replaced_period", ""))),
                revision=params.get("replaced_revision", ""),
            )
        if status == "duplicate":
            return self.tr("Already imported earlier; nothing changed.")
        if status == "ignored_older" and result.key == "exchange.older_revision":
            return self.tr(
                "Ignored: revision {revision} is not newer than revision {held} already here; nothing changed."
            ).format(revision=result.revision, held=params.get("held", ""))
        if status == "ignored_older":
            return self.tr(
                "Recorded as received, but {month} of this unit is already here and newer: the rows of this "
                "package were not applied."
            ).format(month=month_words(lang, str(params.get("current_period", ""))))
        if status == "receipt":
            return self.tr("Receipt from {council}: {status}.").format(
                council=params.get("receiver", ""), status=receipt_words(str(params.get("status", "")))
            )
        if status == "refused":
            return self.tr("Refused: {reason}").format(reason=_reason(result))
        return result.message

    def _show_results(self) -> None:
        lang = self.ctx.languages.current
        self.table.setRowCount(len(self.results))
        for row, result in enumerate(self.results):
            words = self.result_words(result)
            quarantine = str(result.quarantined) if result.quarantined is not None else ""
            cells = [
                result.path.name,
                result.unit or "",
                month_words(lang, result.period, capital=True) if result.period else "",
                "" if result.revision is None else str(result.revision),
                words,
                quarantine,
            ]
            colour = {"refused": _REFUSED, "ignored_older": _NOTED}.get(result.status, _DONE)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(str(result.path) if column == 0 else text)
                if column == 4:
                    item.setForeground(QBrush(colour))
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        # The sentence wraps in a column of about 45 letters; the quarantine path has the rest.
        self.table.setColumnWidth(4, 45 * self.fontMetrics().horizontalAdvance("m"))
        self.table.resizeRowsToContents()
        self.stack.setCurrentWidget(self.table if self.results else self.empty)

    # --- work --------------------------------------------------------------------------------------

    def choose_and_import(self) -> None:
        if self.working or not self.may_import:
            return
        paths = ask_files(
            self,
            self.tr("Packages or receipts to import"),
            exchange_memory.start_folder(self.memory.import_folder),
            self.tr("Packages and receipts (*.tqp *.receipt.json);;All files (*)"),
            many=True,
        )
        if not paths:
            return
        passphrase = ask_passphrase(
            self, self.tr("Type the passphrase of the exchange keys to open the packages sent to this unit.")
        )
        if passphrase is None:
            return
        self.import_paths(paths, passphrase)

    def import_paths(self, paths: Sequence[Path], passphrase: str) -> None:
        """Import `paths` in order on a worker thread; the table shows a row per file when it ends."""
        database, data_dir, actor = self.ctx.database, self.ctx.data_dir, self.ctx.user.actor()
        self.stop = threading.Event()
        stop = self.stop

        def job(report: Callable[[int, int], None]) -> list[FileResult]:
            def progress(done: int, total: int, name: str) -> None:
                self.current_name = name
                report(done, total)

            return _import(database, data_dir, passphrase, list(paths), actor, progress, stop.is_set)

        self.memory.import_folder = str(Path(paths[0]).parent)
        exchange_memory.save(self.ctx.data_dir, self.memory)
        self.working = True
        self.progress.setRange(0, len(paths))
        self.progress.setValue(0)
        self.progress_text.setText(self.tr("Opening the keys…"))
        self._show_state()
        self.job.start(job, self._imported, self._failed, self._progress)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        if self.stop.is_set():
            return
        self.progress_text.setText(
            self.tr("Importing {name} ({done} of {total})…").format(
                name=Path(self.current_name).name, done=min(done + 1, total), total=total
            )
        )

    def _imported(self, results: list[FileResult]) -> None:
        self.working = False
        self.results = list(results) + self.results  # the newest run on top, earlier ones still visible
        self._show_results()
        self._show_state()

    def _failed(self, error: BaseException) -> None:
        self.working = False
        self._show_state()
        self.tell(error)

    def cancel(self) -> None:
        """Stop after the file being imported (each file is all or nothing); its result still arrives."""
        if self.working:
            self.stop.set()
            self.progress_text.setText(self.tr("Stopping after the file being imported now…"))

    def can_close(self) -> bool:
        # Closing the window while a file is being imported: the file's own transaction finishes or
        # rolls back on its own; nobody is left to tell.
        self.stop.set()
        self.job.cancel()
        return True


def _import(
    database: Database,
    data_dir: Path,
    passphrase: str,
    paths: list[Path],
    actor: Actor,
    progress: Callable[[int, int, str], None],
    cancelled: Callable[[], bool],
) -> list[FileResult]:
    """On the worker: open the keys, then import the files in order; no Qt here."""
    from app.exchange import key_store
    from app.exchange.service import import_files

    keys = key_store.load_keys(data_dir, passphrase)
    return import_files(database, keys, paths, actor=actor, progress=progress, cancelled=cancelled)


def _reason(result: FileResult) -> str:
    """Why a file was refused, in the person's language when the key has a message (the English otherwise)."""
    from app.ui.messages import SPECIFIC, message_for_key

    if result.key in SPECIFIC:
        return message_for_key(result.key, result.message, result.params)
    return result.message


def receipt_words(status: str) -> str:
    """What a council's receipt said about a package, in words (also the "Packages sent" list)."""
    source = RECEIPT_WORDS.get(status)
    return QCoreApplication.translate("ExchangeReceipt", source) if source is not None else status
