"""The Exchange page's "Completeness": which units below sent each month of a year, and whether on time.

Rows are the units reporting to this council (at the republic: each regional council, then, indented,
the units under it), columns the months of the chosen year up to the current one. A cell has a
colour and a word (the colour is never alone: printed in grey or seen by a colour-blind head, the
word still says it), a tooltip with the revision and the dates, and the foot of each column counts
the month: expected, on time, late, missing. Unit names are in the reader's language.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.reports.labels import labels
from app.services import clock
from app.ui.context import UiContext
from app.ui.exchange_common import ExchangeTab, month_words, period_code, short_date
from app.ui.exchange_dialogs import center_text
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.report_period import FIRST_YEAR
from app.ui.report_worker import OneJob

if TYPE_CHECKING:
    from app.exchange.completeness import Cell, Grid

# Light backgrounds that keep black text readable; the same meaning as the deadlines page's red.
STATE_COLOURS: dict[str, str] = {
    "on_time": "#c8e6c9",
    "late": "#ffe0a3",
    "missing": "#f4c7c3",
    "pending": "#d6e4f0",
    "not_expected": "#eeeeee",
}
STATE_WORDS: dict[str, str] = {
    "on_time": QT_TRANSLATE_NOOP("ExchangeGrid", "On time"),
    "late": QT_TRANSLATE_NOOP("ExchangeGrid", "Late"),
    "missing": QT_TRANSLATE_NOOP("ExchangeGrid", "Missing"),
    "pending": QT_TRANSLATE_NOOP("ExchangeGrid", "Not yet due"),
    "not_expected": QT_TRANSLATE_NOOP("ExchangeGrid", "Not expected"),
}
LEGEND_ORDER = ("on_time", "late", "missing", "pending", "not_expected")
FOOT_ROWS = 4  # expected, on time, late, missing


def state_words(state: str) -> str:
    source = STATE_WORDS.get(state)
    return QCoreApplication.translate("ExchangeGrid", source) if source is not None else state


def _local(moment: datetime | None) -> str:
    if moment is None:
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return f"{moment.astimezone(clock.KZ_TZ):%d.%m.%Y %H:%M}"


class CompletenessTab(ExchangeTab):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("exchange_completeness")
        self.grid: Grid | None = None
        self.job = OneJob(self)
        today = clock.today()

        self.year_caption = QLabel(self)
        self.year = QSpinBox(self)
        self.year.setObjectName("completeness_year")
        self.year.setRange(FIRST_YEAR, today.year)
        self.year.setValue(today.year if today.month > 1 else today.year - 1)
        self.year.setKeyboardTracking(False)
        self.year.valueChanged.connect(self.refresh)
        self.year_caption.setBuddy(self.year)
        self.summary = QLabel(self)
        self.summary.setObjectName("completeness_summary")
        self.summary.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.year_caption)
        top.addWidget(self.year)
        top.addSpacing(16)
        top.addWidget(self.summary, 1)

        self.legend_box = QGroupBox(self)
        self.legend_box.setObjectName("completeness_legend")
        legend = QHBoxLayout(self.legend_box)
        self.legend: dict[str, QLabel] = {}
        for state in LEGEND_ORDER:
            swatch = QLabel(self.legend_box)
            swatch.setObjectName(f"legend_{state}")
            swatch.setStyleSheet(
                f"QLabel {{ background: {STATE_COLOURS[state]}; color: black; padding: 3px 8px;"
                " border: 1px solid #999; }"
            )
            legend.addWidget(swatch)
            self.legend[state] = swatch
        self.deadline_note = QLabel(self.legend_box)
        self.deadline_note.setWordWrap(True)
        legend.addWidget(self.deadline_note, 1)

        self.table = QTableWidget(self)
        self.table.setObjectName("completeness_grid")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        self.empty = QLabel(self)
        self.empty.setObjectName("completeness_empty")
        center_text(self.empty)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.table)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.legend_box)
        layout.addWidget(self.stack, 1)
        self.retranslate()

    # --- texts -------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.year_caption.setText(self.tr("&Year:"))
        self.legend_box.setTitle(self.tr("Legend"))
        for state, swatch in self.legend.items():
            swatch.setText(state_words(state))
        self.deadline_note.setText(
            self.tr(
                "On time: the month was sent by the deadline day of the next month (a setting). Only units "
                "open during a month are expected to send it."
            )
        )
        self._show_grid()

    def periods(self) -> list[str]:
        """The months of the chosen year up to the current month (later ones cannot have been sent)."""
        today = clock.today()
        year = self.year.value()
        last = 12 if year < today.year else today.month
        return [period_code(year, month) for month in range(1, last + 1)]

    def _show_grid(self) -> None:
        grid = self.grid
        if grid is None or not grid.units:
            self.summary.setText("")
            self.empty.setText(
                self.tr(
                    "No unit sends its monthly packages to this unit, so there is nothing to count here. "
                    "At a regional or the republican council the grid shows every unit below it."
                )
                if grid is not None
                else self.tr("Loading…")
            )
            self.stack.setCurrentWidget(self.empty)
            return
        lang = self.ctx.languages.current
        names = labels(lang)
        periods = grid.periods
        self.table.clear()
        self.table.setRowCount(len(grid.rows) + FOOT_ROWS)
        self.table.setColumnCount(len(periods))
        self.table.setHorizontalHeaderLabels([names.short_month(int(p[:4]), int(p[5:7])) for p in periods])
        for column, period in enumerate(periods):
            header = self.table.horizontalHeaderItem(column)
            if header is not None:
                header.setToolTip(
                    self.tr("{month}: on time if sent by {deadline}").format(
                        month=month_words(lang, period, capital=True),
                        deadline=short_date(grid.deadlines.get(period)),
                    )
                )
        for row, unit in enumerate(grid.rows):
            name = unit.names.get(lang) or unit.names.get("en") or unit.code
            indent = "" if unit.group == unit.code else "    "
            head = QTableWidgetItem(f"{indent}{unit.code} — {name}")
            head.setToolTip(f"{unit.code} — {name}")
            self.table.setVerticalHeaderItem(row, head)
            for column, period in enumerate(periods):
                self.table.setItem(row, column, self._cell_item(grid.cell(unit.code, period)))
        bold = QFont(self.table.font())
        bold.setBold(True)
        feet = (
            (self.tr("Expected"), grid.expected),
            (self.tr("On time"), grid.on_time),
            (self.tr("Late"), grid.late),
            (self.tr("Missing"), grid.missing),
        )
        for offset, (caption, counts) in enumerate(feet):
            row = len(grid.rows) + offset
            head = QTableWidgetItem(caption)
            head.setFont(bold)
            self.table.setVerticalHeaderItem(row, head)
            for column, period in enumerate(periods):
                item = QTableWidgetItem(str(counts.get(period, 0)))
                item.setFont(bold)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.summary.setText(self._summary(grid))
        self.stack.setCurrentWidget(self.table)

    def _cell_item(self, cell: Cell) -> QTableWidgetItem:
        item = QTableWidgetItem(state_words(cell.state))
        item.setData(Qt.ItemDataRole.UserRole, cell.state)
        item.setBackground(QBrush(QColor(STATE_COLOURS.get(cell.state, "#ffffff"))))
        item.setForeground(QBrush(QColor("black")))
        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        tip = [state_words(cell.state)]
        if cell.revision is not None:
            tip.append(self.tr("Revision {revision}").format(revision=cell.revision))
        if cell.completed_at is not None:
            tip.append(self.tr("Completed by the unit: {when}").format(when=_local(cell.completed_at)))
        if cell.received_at is not None:
            tip.append(self.tr("Received here: {when}").format(when=_local(cell.received_at)))
        item.setToolTip("\n".join(tip))
        return item

    def _summary(self, grid: Grid) -> str:
        """The latest month whose deadline has passed, in one line: what a head asks first."""
        today = clock.today()
        due = [p for p in grid.periods if grid.deadlines.get(p) is not None and grid.deadlines[p] < today]
        if not due:
            return ""
        period = due[-1]
        month = month_words(self.ctx.languages.current, period, capital=True)
        return self.tr(
            "{month}: expected {expected}, on time {on_time}, late {late}, missing {missing}."
        ).format(
            month=month,
            expected=grid.expected.get(period, 0),
            on_time=grid.on_time.get(period, 0),
            late=grid.late.get(period, 0),
            missing=grid.missing.get(period, 0),
        )

    # --- data --------------------------------------------------------------------------------------

    def refresh(self) -> None:
        database, council, periods = self.ctx.database, self.ctx.user.unit_code, self.periods()

        def job(_: Callable[[int, int], None]) -> Grid:
            from app.exchange.completeness import completeness

            with database.session() as s:
                return completeness(s, council, periods)

        self.job.start(job, self._loaded, self.tell)

    def _loaded(self, grid: Grid) -> None:
        self.grid = grid
        self._show_grid()
