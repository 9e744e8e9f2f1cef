"""The last two pages: the import itself (progress, Stop), and what it did (with Undo).

The import runs on a worker thread in one transaction; Stop, Back or closing the wizard cancel it at its
next progress report, and then nothing at all is written.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QMessageBox, QProgressBar, QPushButton, QVBoxLayout, QWidget

from app.errors import TatulyqError
from app.services import importing
from app.services.context import Actor
from app.services.importing import ImportResult
from app.ui.context import UiContext
from app.ui.import_check_page import PROBLEM_WIDTHS, list_view
from app.ui.import_labels import ImportPage, note_label
from app.ui.import_tables import ProblemsModel
from app.ui.messages import message_for
from app.ui.workers import Cancelled, Task, run_in_background

if TYPE_CHECKING:
    from app.ui.import_state import ImportState


class RunPage(ImportPage):
    def __init__(self, ctx: UiContext, state: ImportState, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.state = state
        self._task: Task | None = None
        self.progress = QProgressBar(self)
        self.progress.setObjectName("import_progress")
        self.status = note_label(self, "import_status")
        self.stop = QPushButton(self)
        self.stop.setObjectName("import_stop")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.stop, 0, Qt.AlignmentFlag.AlignRight)
        layout.addStretch(2)
        self.stop.clicked.connect(self.cancel)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Importing"))
        self.setSubTitle(self.tr("The rows are checked once more and written as one import."))
        self.stop.setText(self.tr("&Stop"))
        self.stop.setToolTip(self.tr("Stop the import: nothing will be written"))

    @property
    def running(self) -> bool:
        return self._task is not None

    def initializePage(self) -> None:
        table = self.state.table
        if table is None:
            return
        self.state.result = None
        database, mapping = self.ctx.database, self.state.mapping
        options = self.state.options(dry_run=False)
        actor = Actor(self.ctx.user.display_name, self.ctx.user.user_id)

        def job(progress: Any) -> ImportResult:
            return importing.run_import(database, table, mapping, options, actor=actor, progress=progress)

        self.progress.setRange(0, max(2 * len(table.rows), 1))
        self.progress.setValue(0)
        self.status.setText(self.tr("Importing… The window can stay open; this may take a minute."))
        self.stop.setEnabled(True)
        self._task = task = run_in_background(
            self, job, lambda r: self._done(task, r), lambda e: self._failed(task, e), self._progressed
        )

    def cancel(self) -> None:
        """Stop the import; the worker rolls back at its next progress report."""
        if self._task is not None:
            self._task.cancel()
            self.status.setText(self.tr("Stopping…"))
            self.stop.setEnabled(False)

    def cleanupPage(self) -> None:  # Back during the import cancels it
        self.cancel()
        self._task = None

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _done(self, task: Task, result: ImportResult) -> None:
        if task is not self._task:
            return
        self._task = None
        self.state.result = result
        self.stop.setEnabled(False)
        if result.written and self.state.table is not None:
            importing.remember(self.ctx.data_dir, self.state.table, self.state.mapping)
        self.completeChanged.emit()
        wizard = self.wizard()
        if wizard is not None and wizard.currentPage() is self:
            wizard.next()

    def _failed(self, task: Task, error: BaseException) -> None:
        if task is not self._task:
            return
        self._task = None
        self.stop.setEnabled(False)
        if isinstance(error, Cancelled):
            self.status.setText(self.tr("The import was stopped. Nothing was written."))
        elif isinstance(error, TatulyqError):
            self.status.setText(message_for(error))
        else:
            self.status.setText(self.tr("The import failed. Nothing was written."))
            self.ctx.errors.report(self, error)

    def isComplete(self) -> bool:
        return self.state.result is not None


class ResultPage(ImportPage):
    def __init__(self, ctx: UiContext, state: ImportState, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.state = state
        self.undone: int | None = None
        self.summary = note_label(self, "import_result")
        self.undo = QPushButton(self)
        self.undo.setObjectName("import_undo")
        self.left_out_title = note_label(self, "import_left_out_title")
        self.left_out = ProblemsModel(self)
        self.left_out_view = list_view(self, "import_left_out", self.left_out, PROBLEM_WIDTHS)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.undo, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addSpacing(8)
        layout.addWidget(self.left_out_title)
        layout.addWidget(self.left_out_view, 1)
        self.undo.clicked.connect(self._undo)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Done"))
        self.setSubTitle(
            self.tr("What the import added. It can be undone as a whole until its cases are worked on.")
        )
        self.undo.setText(self.tr("&Undo this import"))
        self.left_out_title.setText(self.tr("The rows left out, to correct in the file and import later:"))
        self.left_out.retranslate()
        self._show()

    def initializePage(self) -> None:
        self.undone = None
        self._show()

    def _show(self) -> None:
        result = self.state.result
        if result is None:
            self.summary.clear()
            self.left_out_title.hide()
            self.left_out_view.hide()
            return
        number = QLocale().toString
        plan = result.plan
        lines = []
        if self.undone is not None:
            lines.append(
                self.tr("The import was undone: {count} cases removed.").format(count=number(self.undone))
            )
        elif result.written:
            first, last = result.added[0][1], result.added[-1][1]
            lines.append(
                self.tr("Cases added: {count}, numbered {first} to {last}.").format(
                    count=number(len(result.added)), first=first, last=last
                )
            )
        if plan.matches:
            lines.append(
                self.tr("Already in the register, not added again: {count}.").format(
                    count=number(len(plan.matches))
                )
            )
        if plan.problems:
            lines.append(
                self.tr("Rows with problems, left out: {count}.").format(count=number(len(plan.problem_rows)))
            )
        self.summary.setText("\n".join(lines))
        self.undo.setVisible(result.written and self.undone is None)
        self.left_out.set_problems(plan.problems)
        self.left_out_title.setVisible(bool(plan.problems))
        self.left_out_view.setVisible(bool(plan.problems))

    def _undo(self) -> None:
        result = self.state.result
        if result is None or result.batch_id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Undo the import"),
            self.tr("Remove the {count} cases this import added?").format(
                count=QLocale().toString(len(result.added))
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        batch_id, database = result.batch_id, self.ctx.database
        actor = Actor(self.ctx.user.display_name, self.ctx.user.user_id)

        def job(_progress: Any) -> int:
            with database.session(write=True, actor=actor) as s:
                return importing.undo_batch(s, batch_id)

        self.undo.setEnabled(False)
        run_in_background(self, job, self._undone, self._undo_failed)

    def _undone(self, removed: int) -> None:
        self.undone = removed
        self.undo.setEnabled(True)
        self._show()

    def _undo_failed(self, error: BaseException) -> None:
        self.undo.setEnabled(True)
        if isinstance(error, TatulyqError):
            self.summary.setText(message_for(error))
        else:
            self.ctx.errors.report(self, error)
