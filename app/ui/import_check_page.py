"""Fifth page: every row checked by the editor's rules before anything is written (a dry run).

Shows the rows with problems and why, the rows already in the register, and what the import will do.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QProgressBar, QTableView, QVBoxLayout, QWidget

from app.errors import TatulyqError
from app.services import importing
from app.services.context import Actor
from app.services.importing import ImportResult
from app.ui.context import UiContext
from app.ui.import_labels import ImportPage, note_label
from app.ui.import_tables import MatchesModel, ProblemsModel
from app.ui.messages import message_for
from app.ui.workers import Cancelled, Task, run_in_background

if TYPE_CHECKING:
    from app.ui.import_state import ImportState

PROBLEM_WIDTHS = (7, 24, 16)  # row, column, value; the reason takes the rest
MATCH_WIDTHS = (7, 30)


def list_view(parent: QWidget, name: str, model: Any, widths: tuple[int, ...]) -> QTableView:
    """A read-only list; ``widths`` of all but the last column, in characters (the last one stretches)."""
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    character = view.fontMetrics().horizontalAdvance("0")
    for column, width in enumerate(widths):
        view.setColumnWidth(column, width * character)
    return view


class CheckPage(ImportPage):
    def __init__(self, ctx: UiContext, state: ImportState, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.state = state
        self._task: Task | None = None
        self.progress = QProgressBar(self)
        self.progress.setObjectName("import_check_progress")
        self.summary = note_label(self, "import_check_summary")
        self.problems_title = note_label(self, "import_problems_title")
        self.problems = ProblemsModel(self)
        self.problems_view = list_view(self, "import_problems", self.problems, PROBLEM_WIDTHS)
        self.matches_title = note_label(self, "import_matches_title")
        self.matches = MatchesModel(self)
        self.matches_view = list_view(self, "import_matches", self.matches, MATCH_WIDTHS)
        self.verdict = note_label(self, "import_verdict")
        self.verdict.setStyleSheet("font-weight: bold;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems_title)
        layout.addWidget(self.problems_view, 3)
        layout.addWidget(self.matches_title)
        layout.addWidget(self.matches_view, 1)
        layout.addWidget(self.verdict)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Check the rows"))
        self.setSubTitle(
            self.tr("Every row is checked by the rules of the case editor. Nothing is written yet.")
        )
        self.problems_title.setText(self.tr("Rows with problems, and why:"))
        self.matches_title.setText(self.tr("Rows already in the register (they will not be added again):"))
        self.problems.retranslate()
        self.matches.retranslate()
        self._show()

    def initializePage(self) -> None:
        self.state.forget_check()
        self._show()
        table = self.state.table
        if table is None:
            return
        database, mapping = self.ctx.database, self.state.mapping
        options = self.state.options(dry_run=True)
        actor = Actor(self.ctx.user.display_name, self.ctx.user.user_id)

        def job(progress: Any) -> ImportResult:
            return importing.run_import(database, table, mapping, options, actor=actor, progress=progress)

        self.progress.setRange(0, max(len(table.rows), 1))
        self.progress.setValue(0)
        self.progress.show()
        self._task = task = run_in_background(
            self, job, lambda r: self._checked(task, r), lambda e: self._failed(task, e), self._progressed
        )

    def cleanupPage(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task = None

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _checked(self, task: Task, result: ImportResult) -> None:
        if task is not self._task:
            return
        self._task = None
        self.state.plan = result.plan
        self.progress.hide()
        self._show()
        self.completeChanged.emit()

    def _failed(self, task: Task, error: BaseException) -> None:
        if task is not self._task or isinstance(error, Cancelled):
            return
        self._task = None
        self.progress.hide()
        if isinstance(error, TatulyqError):
            self.verdict.setText(message_for(error))
        else:
            self.ctx.errors.report(self, error)

    def _show(self) -> None:
        plan = self.state.plan
        self.problems.set_problems(plan.problems if plan else [])
        self.matches.set_matches(plan.matches if plan else [])
        # Once checked, a list with nothing in it is not shown at all.
        for title, view, shown in (
            (self.problems_title, self.problems_view, plan is None or bool(plan.problems)),
            (self.matches_title, self.matches_view, plan is None or bool(plan.matches)),
        ):
            title.setVisible(shown)
            view.setVisible(shown)
        if plan is None:
            self.summary.setText(self.tr("Checking…"))
            self.verdict.clear()
            return
        number = QLocale().toString
        self.summary.setText(
            self.tr(
                "Rows read: {rows}. New cases: {new}. Already in the register: {matches}. "
                "Rows with problems: {problems}."
            ).format(
                rows=number(plan.rows_read),
                new=number(len(plan.new)),
                matches=number(len(plan.matches)),
                problems=number(len(plan.problem_rows)),
            )
        )
        self.verdict.setText(self._verdict())

    def _verdict(self) -> str:
        plan = self.state.plan
        assert plan is not None
        count = QLocale().toString(len(plan.new))
        if not plan.new:
            return self.tr("There is nothing to add: no row is both correct and new.")
        if plan.problems and not self.state.only_valid:
            return self.tr(
                "Nothing can be imported while rows have problems. Correct them in the file and read it "
                "again, or go back and choose to import the good rows."
            )
        if plan.problems:
            return self.tr(
                "Press Import to add {count} cases; the rows with problems will be left out."
            ).format(count=count)
        return self.tr("Every row is correct. Press Import to add {count} cases.").format(count=count)

    def isComplete(self) -> bool:
        plan = self.state.plan
        return plan is not None and bool(plan.new) and (not plan.problems or self.state.only_valid)
