"""The Deadlines and calendar page: what needs attention today, and the week's sessions.

Four short lists (cases past their term, cases due soon, proposals to mediate left unanswered, the
obligations of settlement agreements falling due) above a week calendar. A row or a session opens its
case: the page emits ``open_requested`` with the case id and the main window shows the case editor.
Day counts are numbers in their own column under a heading that says what they count, so no sentence
has to agree with a number in Russian or Kazakh.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import partial
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import TatulyqError
from app.services import clock, deadlines, sessions, settings
from app.services.deadlines import Attention
from app.services.permissions import Action
from app.services.sessions import CalendarEntry
from app.ui.context import UiContext
from app.ui.pages.base import Page
from app.ui.week_view import WeekView, monday_of
from app.ui.workers import Task, run_in_background

_LATE = QColor("#b00020")  # the late figures; the column heading says "overdue" too, colour is not alone


@dataclass(frozen=True)
class _Cell:
    text: str
    late: bool = False


@dataclass(frozen=True)
class _Loaded:
    """What one background load brings back: the attention lists, their settings, the week's sessions."""

    attention: Attention
    due_soon_days: int
    answer_days: int
    monday: date
    entries: list[CalendarEntry]


@dataclass(frozen=True)
class _Row:
    case_id: uuid.UUID
    cells: tuple[_Cell, ...]


class AttentionList(QGroupBox):
    """One list of the page: a titled table of rows, or a sentence saying there is nothing to do."""

    activated = Signal(object)  # the case id of the row opened
    VISIBLE_ROWS = 6

    def __init__(self, name: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName(f"{name}_rows")
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # a cut case number keeps its tail
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.header().setStretchLastSection(False)
        self.tree.itemActivated.connect(self._activated)  # double-click or Enter
        self.empty = QLabel(self)
        self.empty.setObjectName(f"{name}_empty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.tree)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        layout.addStretch(1)  # a short list sits at the top when its neighbour in the row is taller

    def show_rows(
        self, title: str, headers: Sequence[str], rows: Sequence[_Row], empty_text: str, wide_column: int = 0
    ) -> None:
        self.setTitle(title)
        self.empty.setText(empty_text)
        current = self.current_case_id()
        self.tree.clear()
        self.tree.setColumnCount(len(headers))
        self.tree.setHeaderLabels(list(headers))
        bold = QFont(self.tree.font())
        bold.setBold(True)
        hint = self.tr("Double-click or press Enter to open the case.")
        for row in rows:
            item = QTreeWidgetItem([cell.text for cell in row.cells])
            item.setData(0, Qt.ItemDataRole.UserRole, row.case_id)
            for column, cell in enumerate(row.cells):
                item.setToolTip(column, f"{cell.text}\n{hint}")
                if cell.late:
                    item.setForeground(column, QBrush(_LATE))
                    item.setFont(column, bold)
                if column > 0 and column != wide_column:
                    item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.tree.addTopLevelItem(item)
            if row.case_id == current:
                self.tree.setCurrentItem(item)
        header = self.tree.header()
        for column in range(len(headers)):
            mode = (
                QHeaderView.ResizeMode.Stretch
                if column == wide_column
                else QHeaderView.ResizeMode.ResizeToContents
            )
            header.setSectionResizeMode(column, mode)
        self.stack.setCurrentWidget(self.tree if rows else self.empty)
        self._fit(len(rows))

    def _fit(self, count: int) -> None:
        """As tall as its rows, up to VISIBLE_ROWS (then it scrolls): the week below gets the rest."""
        if count == 0:
            self.stack.setFixedHeight(self.empty.heightForWidth(max(self.stack.width(), 200)) + 4)
            return
        shown = min(max(count, 2), self.VISIBLE_ROWS)
        row_height = (
            self.tree.sizeHintForRow(0) if self.tree.topLevelItemCount() else self.fontMetrics().height()
        )
        frame = 2 * self.tree.frameWidth()
        self.stack.setFixedHeight(self.tree.header().sizeHint().height() + shown * row_height + frame + 2)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.stack.currentWidget() is self.empty:  # a wrapped sentence needs the new width's height
            self._fit(0)

    def current_case_id(self) -> uuid.UUID | None:
        item = self.tree.currentItem()
        value = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        return value if isinstance(value, uuid.UUID) else None

    def texts(self) -> list[list[str]]:
        """What each row shows, column by column (what a person reads; tests compare it)."""
        items = [self.tree.topLevelItem(r) for r in range(self.tree.topLevelItemCount())]
        return [[item.text(c) for c in range(self.tree.columnCount())] for item in items if item is not None]

    def _activated(self, item: QTreeWidgetItem, column: int) -> None:
        value = item.data(0, Qt.ItemDataRole.UserRole)
        if isinstance(value, uuid.UUID):
            self.activated.emit(value)


class DeadlinesPage(Page):
    """``open_requested(case_id)`` asks the main window to open a case from a row or a session."""

    open_requested = Signal(object)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._pinned_today: date | None = None
        self._generation = 0
        self._newest: dict[str, int] = {}  # kind of load -> its newest generation
        self._tasks: dict[int, Task] = {}
        self._spent: list[Task] = []
        self.attention: Attention | None = None
        self.due_soon_days = 7
        self.answer_days = 10

        self.heading = QLabel(self)
        self.heading.setObjectName("heading")
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.heading.setFont(font)
        self.overdue = AttentionList("overdue", self)
        self.due_soon = AttentionList("due_soon", self)
        self.proposals = AttentionList("proposals", self)
        self.obligations = AttentionList("obligations", self)
        lists = QWidget(self)
        grid = QGridLayout(lists)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.overdue, 0, 0)
        grid.addWidget(self.due_soon, 0, 1)
        grid.addWidget(self.proposals, 1, 0)
        grid.addWidget(self.obligations, 1, 1)
        for attention_list in self.lists():
            attention_list.activated.connect(self.open_requested)

        self.week_box = QGroupBox(self)
        self.week_box.setObjectName("week_box")
        self.week = WeekView(self.today, self.week_box, show_units=len(ctx.user.unit_ids) > 1)
        self.week.week_requested.connect(self._load_week)
        self.week.open_requested.connect(self.open_requested)
        QVBoxLayout(self.week_box).addWidget(self.week)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(lists)
        layout.addWidget(self.week_box, 1)

        QWidget.setTabOrder(self.overdue.tree, self.due_soon.tree)
        QWidget.setTabOrder(self.due_soon.tree, self.proposals.tree)
        QWidget.setTabOrder(self.proposals.tree, self.obligations.tree)
        QWidget.setTabOrder(self.obligations.tree, self.week.previous_button)
        self.retranslate()

    # --- today -------------------------------------------------------------------------------------

    @property
    def today(self) -> date:
        """The day the lists are counted from: the real one unless a test or a look back pins it."""
        return self._pinned_today or clock.today()

    @today.setter
    def today(self, day: date | None) -> None:
        self._pinned_today = day
        self.week.today = self.today
        self.week.monday = monday_of(self.today)  # a new today shows its own week
        self.refresh()

    def lists(self) -> tuple[AttentionList, AttentionList, AttentionList, AttentionList]:
        return self.overdue, self.due_soon, self.proposals, self.obligations

    # --- texts -------------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Deadlines and calendar")

    def retranslate(self) -> None:
        self.week_box.setTitle(self.tr("Sessions of the week"))
        self._fill()

    def _days(self, days: int) -> _Cell:
        return _Cell(self.tr("today") if days == 0 else str(days))

    def _fill(self) -> None:
        """Rebuild the lists from the last summary in the current language (no database access)."""
        a = self.attention
        today = self.today
        if a is None:
            self.heading.setText(self.tr("Needs attention on {date}").format(date=f"{today:%d.%m.%Y}"))
            return
        self.heading.setText(
            self.tr("Needs attention on {date}: {count}").format(date=f"{a.today:%d.%m.%Y}", count=a.total)
            if a.total
            else self.tr("Nothing needs attention on {date}.").format(date=f"{a.today:%d.%m.%Y}")
        )
        self.overdue.show_rows(
            self.tr("Past the term ({count})").format(count=len(a.overdue)),
            [self.tr("Case"), self.tr("Term ended"), self.tr("Days overdue")],
            [
                _Row(
                    c.case_id,
                    (_Cell(c.number), _Cell(f"{c.deadline_on:%d.%m.%Y}"), _Cell(str(c.days_overdue), True)),
                )
                for c in a.overdue
            ],
            self.tr("No case in mediation is past its term."),
        )
        self.due_soon.show_rows(
            self.tr("Term ends within {days} days ({count})").format(
                days=self.due_soon_days, count=len(a.due_soon)
            ),
            [self.tr("Case"), self.tr("Term ends"), self.tr("Days left")],
            [
                _Row(
                    c.case_id, (_Cell(c.number), _Cell(f"{c.deadline_on:%d.%m.%Y}"), self._days(c.days_left))
                )
                for c in a.due_soon
            ],
            self.tr("No term ends in the next {days} days.").format(days=self.due_soon_days),
        )
        self.proposals.show_rows(
            self.tr("Proposals unanswered over {days} days ({count})").format(
                days=self.answer_days, count=len(a.unanswered_proposals)
            ),
            [self.tr("Case"), self.tr("Proposal sent"), self.tr("Answer was due"), self.tr("Days past")],
            [
                _Row(
                    p.case_id,
                    (
                        _Cell(p.number),
                        _Cell(f"{p.proposal_sent_on:%d.%m.%Y}"),
                        _Cell(f"{p.answer_due_on:%d.%m.%Y}"),
                        _Cell(str(p.days_overdue), True),
                    ),
                )
                for p in a.unanswered_proposals
            ],
            self.tr(
                "No proposal to mediate has waited more than {days} days for an answer "
                "(the law counts such a proposal as refused)."
            ).format(days=self.answer_days),
        )
        self.proposals.setToolTip(
            self.tr(
                "The law counts a proposal to mediate left without an answer for {days} days as refused."
            ).format(days=self.answer_days)
        )
        self.obligations.show_rows(
            self.tr("Obligations due or overdue ({count})").format(count=len(a.obligations)),
            # The description last: on a narrow screen it is what gives way (its tooltip holds it whole).
            [self.tr("Case"), self.tr("Due"), self.tr("Days left"), self.tr("Obligation")],
            [
                _Row(
                    o.case_id,
                    (
                        _Cell(o.number),
                        _Cell(f"{o.due_on:%d.%m.%Y}"),
                        _Cell(self.tr("{days} overdue").format(days=o.days_overdue), True)
                        if o.days_left < 0
                        else self._days(o.days_left),
                        # An obligation's words name people and what they owe: not for a figures-only role.
                        _Cell(o.description if self.ctx.user.may(Action.VIEW_PERSONAL_DATA) else "—"),
                    ),
                )
                for o in a.obligations
            ],
            self.tr("No obligation of a settlement agreement falls due in the next {days} days.").format(
                days=self.due_soon_days
            ),
            wide_column=3,
        )

    # --- data --------------------------------------------------------------------------------------

    @property
    def loading(self) -> bool:
        """Whether a load started by refresh() or a week change has not come back yet."""
        return bool(self._tasks)

    def refresh(self) -> None:
        """Reload the four lists and the shown week, off the GUI thread (a council's week can be long)."""
        today, monday = self.today, self.week.monday
        self.week.today = today
        unit_ids = list(self.ctx.user.unit_ids)
        database = self.ctx.database

        def job(_progress: object) -> _Loaded:
            with database.session() as s:
                return _Loaded(
                    deadlines.summary(s, today=today, unit_ids=unit_ids),
                    settings.get_int(s, "deadlines.due_soon_days"),
                    settings.get_int(s, "mediation.proposal_answer_days"),
                    monday,
                    sessions.sessions_between(s, monday, monday + timedelta(days=6), unit_ids),
                )

        self._start("all", job, self._loaded)

    def _load_week(self, monday: date) -> None:
        unit_ids = list(self.ctx.user.unit_ids)
        database = self.ctx.database

        def job(_progress: object) -> tuple[date, list[CalendarEntry]]:
            with database.session() as s:
                return monday, sessions.sessions_between(s, monday, monday + timedelta(days=6), unit_ids)

        self._start("week", job, self._week_loaded)

    def _week_loaded(self, result: tuple[date, list[CalendarEntry]]) -> None:
        self.week.set_entries(*result)

    def _start(self, kind: str, job: Callable[[Any], Any], on_done: Callable[[Any], None]) -> None:
        """Run job in the background; only the newest job of each kind is shown, older ones are dropped."""
        for spent in self._spent:
            spent.relay.deleteLater()
        self._spent.clear()
        self._generation += 1
        generation = self._generation
        self._newest[kind] = generation
        # Bound methods in partials, not closures: PySide6 6.12 mishandles the reference it keeps to a
        # plain function connected to a signal, and freeing the relay then crashes.
        self._tasks[generation] = run_in_background(
            self, job, partial(self._done, kind, generation, on_done), partial(self._failed, kind, generation)
        )

    def _done(self, kind: str, generation: int, on_done: Callable[[Any], None], result: object) -> None:
        if self._finish(kind, generation):
            on_done(result)

    def _failed(self, kind: str, generation: int, error: BaseException) -> None:
        if not self._finish(kind, generation):
            return
        if isinstance(error, TatulyqError):
            self.ctx.errors.known(self, error)
        else:
            self.ctx.errors.report(self, error)

    def _finish(self, kind: str, generation: int) -> bool:
        task = self._tasks.pop(generation, None)
        if task is not None:
            # Deleted at the next load, not now: freeing a relay right after its job ends crashes
            # PySide6 6.12 in QObject::~QObject (seen in these tests); by then its worker is long gone.
            self._spent.append(task)
        return self._newest.get(kind) == generation

    def _loaded(self, loaded: _Loaded) -> None:
        self.attention = loaded.attention
        self.due_soon_days = loaded.due_soon_days
        self.answer_days = loaded.answer_days
        self._fill()
        self.week.set_entries(loaded.monday, loaded.entries)
