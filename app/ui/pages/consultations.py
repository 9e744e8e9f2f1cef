"""The Consultations page: this unit's consultation log for a period, counted by result.

Consultations are counted apart from mediations (BRIEF.md); the strip of figures above the list is
what a head of centre reads first. Logging happens in the quick-log dialog (F3, from anywhere).
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import partial
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import TatulyqError
from app.models.enums import ConsultationResult
from app.services import clock, consultation_log
from app.services.consultation_log import ConsultationRow
from app.services.permissions import Action
from app.ui.consultation_dialog import ConsultationDialog
from app.ui.context import UiContext
from app.ui.labels import label
from app.ui.pages.base import Page
from app.ui.workers import Task, run_in_background

_Index = QModelIndex | QPersistentModelIndex


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class ConsultationTableModel(QAbstractTableModel):
    """The period's consultations; enum values are labelled when shown, so a language switch relabels."""

    COLUMNS = (
        "date",
        "unit",
        "topic",
        "result",
        "language",
        "mediator",
        "visitor",
        "inter_ethnic",
        "note",
    )

    def __init__(self, show_unit: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ConsultationRow] = []
        self.columns = [c for c in self.COLUMNS if show_unit or c != "unit"]

    def set_rows(self, rows: list[ConsultationRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def relabel(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self.columns) - 1))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def _header(self, column: str) -> str:
        return {
            "date": self.tr("Date"),
            "unit": self.tr("Unit"),
            "topic": self.tr("Topic"),
            "result": self.tr("Result"),
            "language": self.tr("Language"),
            "mediator": self.tr("Mediator"),
            "visitor": self.tr("Visitor"),
            "inter_ethnic": self.tr("Inter-ethnic"),
            "note": self.tr("Note"),
        }[column]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._header(self.columns[section])
        return None

    def _text(self, row: ConsultationRow, column: str) -> str:
        if column == "date":
            return row.held_on.strftime("%d.%m.%Y")
        if column == "unit":
            return row.unit_code
        if column == "inter_ethnic":
            return self.tr("Yes") if row.inter_ethnic else ""
        if column == "mediator":
            return row.mediator_name or ""
        if column == "note":
            return row.note or ""
        if column == "visitor":  # a list of two labels, not a sentence: "Female, 30-44"
            return ", ".join(label(v) for v in (row.sex, row.age_group) if v is not None)
        value = getattr(row, column)
        return label(value)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == "note" and row.note:
            return row.note
        if role == Qt.ItemDataRole.UserRole:
            return row.consultation_id
        return None


class _Figure(QFrame):
    """A count with its caption under it: the number large, so it reads from across the desk."""

    def __init__(self, name: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.number = QLabel("0", self)
        self.number.setObjectName(f"count_{name}")
        font = QFont(self.number.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.number.setFont(font)
        self.caption = QLabel(self)
        self.caption.setObjectName(f"caption_{name}")
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setSpacing(2)
        layout.addWidget(self.number)
        layout.addWidget(self.caption)
        layout.addStretch(1)


class ConsultationsPage(Page):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.rows: list[ConsultationRow] = []
        start, end = consultation_log.month_of(clock.today())

        self.period_label = QLabel(self)
        self.start = QDateEdit(_qdate(start), self)
        self.start.setObjectName("period_start")
        self.end = QDateEdit(_qdate(end), self)
        self.end.setObjectName("period_end")
        self.dash = QLabel("–", self)
        for edit in (self.start, self.end):
            edit.setDisplayFormat("dd.MM.yyyy")
            edit.setCalendarPopup(True)
            edit.setKeyboardTracking(False)  # reload once the date is typed, not at every digit
            edit.dateChanged.connect(self.refresh)
        self.period_label.setBuddy(self.start)
        self.this_month = QPushButton(self)
        self.this_month.setObjectName("this_month")
        self.this_month.clicked.connect(lambda: self.show_month(clock.today()))
        self.previous_month = QPushButton(self)
        self.previous_month.setObjectName("previous_month")
        self.previous_month.clicked.connect(self._previous_month)
        self.busy = QLabel(self)
        self.busy.setObjectName("loading")
        self.busy.hide()
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(250)
        self._busy_timer.timeout.connect(self.busy.show)
        self._generation = 0
        self._loading_generation: int | None = None
        self._tasks: dict[int, Task] = {}
        self._spent: list[Task] = []
        self.log_button = QPushButton(self)
        self.log_button.setObjectName("log_consultation")
        self.log_button.clicked.connect(self.log_consultation)

        controls = QHBoxLayout()
        controls.addWidget(self.period_label)
        controls.addWidget(self.start)
        controls.addWidget(self.dash)
        controls.addWidget(self.end)
        controls.addWidget(self.this_month)
        controls.addWidget(self.previous_month)
        controls.addWidget(self.busy)
        controls.addStretch(1)
        controls.addWidget(self.log_button)

        self.figures: dict[str, _Figure] = {"total": _Figure("total", self)}
        for result in ConsultationResult:
            self.figures[result.value] = _Figure(result.value, self)
        strip = QHBoxLayout()
        for figure in self.figures.values():
            strip.addWidget(figure, 1)

        self.model = ConsultationTableModel(show_unit=len(ctx.user.unit_ids) > 1, parent=self)
        if not ctx.user.may(Action.VIEW_PERSONAL_DATA):
            self.model.columns.remove("note")  # free text about a visitor: not for a figures-only role
        self.log_button.setVisible(ctx.user.may(Action.LOG_CONSULTATION))
        self.table = QTableView(self)
        self.table.setObjectName("consultations")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)  # the note takes what is left
        header.setResizeContentsPrecision(200)
        self.empty = QLabel(self)
        self.empty.setObjectName("empty_state")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addLayout(strip)
        layout.addWidget(self.stack, 1)

        for first, second in zip(
            (self.start, self.end, self.this_month, self.previous_month, self.log_button),
            (self.end, self.this_month, self.previous_month, self.log_button, self.table),
            strict=True,
        ):
            QWidget.setTabOrder(first, second)
        self.retranslate()  # the main window calls refresh() when the page is shown

    def title(self) -> str:
        return self.tr("Consultations")

    def retranslate(self) -> None:
        self.period_label.setText(self.tr("&Period"))
        self.this_month.setText(self.tr("This month"))
        self.previous_month.setText(self.tr("Previous month"))
        self.busy.setText(self.tr("Loading…"))
        self.log_button.setText(self.tr("Log a consultation (F3)"))
        self.log_button.setToolTip(self.tr("Open the quick log; F3 opens it from any page"))
        self.figures["total"].caption.setText(self.tr("Consultations in the period"))
        for result in ConsultationResult:
            self.figures[result.value].caption.setText(label(result))
        self.model.relabel()
        self._show_empty_state()

    # --- period -----------------------------------------------------------------------------------

    def period(self) -> tuple[date, date]:
        return _pydate(self.start.date()), _pydate(self.end.date())

    def set_period(self, start: date, end: date) -> None:
        for edit, day in ((self.start, start), (self.end, end)):
            edit.blockSignals(True)
            edit.setDate(_qdate(day))
            edit.blockSignals(False)
        self.refresh()

    def show_month(self, day: date) -> None:
        self.set_period(*consultation_log.month_of(day))

    def _previous_month(self) -> None:
        start, _ = self.period()
        self.show_month(start.replace(day=1) - timedelta(days=1))

    # --- data -------------------------------------------------------------------------------------

    @property
    def loading(self) -> bool:
        """Whether the list asked for by the last refresh() has not arrived yet."""
        return self._loading_generation is not None

    def refresh(self) -> None:
        """Reload the period's list off the GUI thread: a council's year holds tens of thousands."""
        start, end = self.period()
        self._generation += 1
        generation = self._generation
        if end < start:  # a reversed period lists nothing and says so
            self._loading_generation = None
            self._busy_timer.stop()
            self.busy.hide()
            self._show_rows([])
            return
        for spent in self._spent:
            spent.relay.deleteLater()
        self._spent.clear()
        unit_ids = list(self.ctx.user.unit_ids)
        database = self.ctx.database

        def job(_progress: object) -> list[ConsultationRow]:
            with database.session() as s:
                return consultation_log.period_rows(s, unit_ids, start, end)

        self._loading_generation = generation
        self._busy_timer.start()  # "Loading" only if it takes long enough to be noticed
        self._tasks[generation] = run_in_background(
            self, job, partial(self._loaded, generation), partial(self._failed, generation)
        )

    def _finish(self, generation: int) -> bool:
        """Forget the job; True when it is the newest (an older period's rows are dropped)."""
        task = self._tasks.pop(generation, None)
        if task is not None:
            # Deleted at the next load, not now: freeing a relay right after its job ends crashes
            # PySide6 6.12 in QObject::~QObject; by then its worker thread is long gone.
            self._spent.append(task)
        if generation != self._loading_generation:
            return False
        self._loading_generation = None
        self._busy_timer.stop()
        self.busy.hide()
        return True

    def _loaded(self, generation: int, rows: list[ConsultationRow]) -> None:
        if self._finish(generation):
            self._show_rows(rows)

    def _failed(self, generation: int, error: BaseException) -> None:
        if not self._finish(generation):
            return
        if isinstance(error, TatulyqError):
            self.ctx.errors.known(self, error)
        else:
            self.ctx.errors.report(self, error)

    def _show_rows(self, rows: list[ConsultationRow]) -> None:
        self.rows = rows
        self.model.set_rows(rows)
        self._fit_columns()
        counts = consultation_log.counts_by_result(rows)
        self.figures["total"].number.setText(str(len(rows)))
        for result, count in counts.items():
            self.figures[result.value].number.setText(str(count))
        self._show_empty_state()

    def _fit_columns(self) -> None:
        """Columns as wide as their contents, but none so wide that the note is pushed off the screen."""
        self.table.resizeColumnsToContents()  # measures the first rows only (resizeContentsPrecision)
        cap = max(140, self.fontMetrics().horizontalAdvance("M" * 13))
        for column in range(self.model.columnCount() - 1):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), cap))

    def _show_empty_state(self) -> None:
        start, end = self.period()
        if end < start:
            self.empty.setText(self.tr("The period ends before it starts. Change the dates above."))
        else:
            self.empty.setText(
                self.tr(
                    "No consultations logged from {start} to {end}. Press F3 to log one: it takes a minute."
                ).format(start=start.strftime("%d.%m.%Y"), end=end.strftime("%d.%m.%Y"))
            )
        self.stack.setCurrentWidget(self.table if self.rows else self.empty)

    # --- logging ----------------------------------------------------------------------------------

    def consultation_dialog(self) -> ConsultationDialog:
        """The quick log, wired to refresh this page after each save (shown by log_consultation)."""
        dialog = ConsultationDialog(self.ctx, self)
        dialog.logged.connect(self.refresh)
        return dialog

    def log_consultation(self) -> None:
        dialog = self.consultation_dialog()
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
