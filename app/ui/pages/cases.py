"""The Cases page: every case of the user's units, filtered, searched as you type, sorted, opened.

The matching ids are read on a worker thread (250 000 of them take a few tenths of a second), so
typing never freezes the window; the rows themselves are read page by page as they are scrolled
into view (app/ui/case_list_model.py). The page emits ``open_requested(case_id)`` on Enter or a
double-click and ``new_requested()`` for the "New case" button; the main window wires them.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Sequence
from functools import partial
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QLocale, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
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
from app.services import case_list, case_list_extra, units
from app.services.case_list import CaseFilter, CaseRow, SortKey
from app.services.case_list_extra import IdBlock
from app.services.permissions import Action
from app.ui.case_list_model import SORT_KEYS, CaseListModel, Column
from app.ui.context import UiContext
from app.ui.pages.base import Page
from app.ui.widgets.case_filters import CaseFilters
from app.ui.workers import Task, run_in_background

# The first click on a column sorts the way one most often wants: newest intake, nearest deadline.
_FIRST_CLICK_DESCENDING = {SortKey.INTAKE_DATE: True}
_BUSY_AFTER_MS = 150  # say "Searching…" only when a search is slow enough to notice


class CaseTable(QTableView):
    """The list itself: Enter opens the current case; typing letters goes to the search box."""

    open_current = Signal()
    typed = Signal(str)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_current.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def keyboardSearch(self, search: str) -> None:
        # Qt's own type-ahead walks every row's text, which would read all 250 000 rows.
        self.typed.emit(search)


class CasesPage(Page):
    open_requested = Signal(object)  # the case's uuid.UUID
    new_requested = Signal()
    list_loaded = Signal(int)  # the number of matching cases, each time the list was re-read

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._sort = SortKey.INTAKE_DATE
        self._descending = True
        self._generation = 0  # each query gets a number; only the newest one's result is shown
        self._tasks: dict[int, Task] = {}
        self._loaded_once = False
        self._pending_select: uuid.UUID | None = None
        self._cleared_for_select = False
        self._fetch_error_told = False
        self._focus_list_when_loaded = False
        self._unit_names: dict[str, dict[str, str]] | None = None

        self.filters = CaseFilters(self)
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("new_case")
        self.import_button = QPushButton(self)  # the registers kept in Excel before Tatulyq
        self.import_button.setObjectName("import_cases")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("case_count")
        self.busy_label = QLabel(self)
        self.busy_label.setObjectName("case_list_busy")
        self.busy_label.hide()

        self.model = CaseListModel(self._fetch_rows, self)
        self.model.fetch_failed.connect(self._fetch_failed)
        self.table = CaseTable(self)
        self.table.setObjectName("case_table")
        self._set_up_table()
        self.empty = QLabel(self)
        self.empty.setObjectName("case_list_empty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setMargin(24)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

        buttons = QVBoxLayout()  # one above the other: side by side they widened the window too much
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.filters, 1)
        top.addLayout(buttons)
        status = QHBoxLayout()
        status.addWidget(self.count_label)
        status.addWidget(self.busy_label)
        status.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(status)
        layout.addWidget(self.stack, 1)
        QWidget.setTabOrder(self.filters.overdue, self.table)
        QWidget.setTabOrder(self.table, self.new_button)

        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(_BUSY_AFTER_MS)
        self._busy_timer.timeout.connect(self.busy_label.show)

        self.filters.changed.connect(self._requery)
        self.filters.submitted.connect(self._go_to_list)
        self.table.open_current.connect(self._open_current)
        self.table.doubleClicked.connect(self._open_index)
        self.table.typed.connect(self._type_into_search)
        self.table.horizontalHeader().sectionClicked.connect(self._sort_by_column)
        self.new_button.clicked.connect(self.new_requested)
        self.import_button.clicked.connect(self.import_register)
        # Its own shortcut: a button's setShortcut is replaced by the mnemonic of its "&New case" text.
        new_case = QShortcut(QKeySequence(QKeySequence.StandardKey.New), self)
        new_case.activated.connect(self.new_button.animateClick)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.activated.connect(self.focus_search)
        reload = QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self)
        reload.activated.connect(self.refresh)

        self._limit_to_role()
        self.retranslate()
        self._show_empty(False)

    def _limit_to_role(self) -> None:
        """An analyst sees figures only: no new case, and no search (it looks in parties' names)."""
        user = self.ctx.user
        self.new_button.setVisible(user.may(Action.EDIT_CASE))
        self.import_button.setVisible(user.may(Action.EDIT_CASE))  # importing registers cases
        names_allowed = user.may(Action.VIEW_PERSONAL_DATA)
        self.filters.search.setVisible(names_allowed)
        self.filters.search_label.setVisible(names_allowed)

    def _set_up_table(self) -> None:
        table = self.table
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)  # Tab leaves the list, as in every other field
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.setWordWrap(False)
        rows = table.verticalHeader()
        rows.hide()
        # Fixed heights: the view never measures rows, so 250 000 of them cost nothing until shown.
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().height() + 12)
        header = table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSortIndicator(Column.INTAKE_DATE, Qt.SortOrder.DescendingOrder)

    def _size_columns(self) -> None:
        """Widths from the longest texts of the current language: fitting the contents would read
        every row. Long categories, flags and outcomes are cut short: their tooltips say them in full,
        and the list then fits a 1200-pixel window."""
        metrics = self.table.fontMetrics()
        caps = {
            Column.CATEGORY: metrics.horizontalAdvance("M" * 13),
            Column.FLAGS: metrics.horizontalAdvance("M" * 10),
            Column.OUTCOME: metrics.horizontalAdvance("M" * 12),
        }
        bold_font = QFont(self.table.font())
        bold_font.setBold(True)
        bold = QFontMetrics(bold_font)  # overdue deadlines are shown in bold
        for column in Column:
            measure = bold if column is Column.DEADLINE else metrics
            widest = max(measure.horizontalAdvance(text) for text in self.model.sample_texts(column))
            arrow = 24 if column in SORT_KEYS else 8  # room for the sort arrow where there can be one
            title = metrics.horizontalAdvance(self.model.column_title(column)) + arrow
            width = max(min(widest, caps.get(column, widest)), title) + 16
            self.table.setColumnWidth(column, width)

    # -- Page ------------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Cases")

    def retranslate(self) -> None:
        self.new_button.setText(self.tr("&New case"))
        self.new_button.setToolTip(self.tr("Register a new dispute (Ctrl+N)"))
        self.import_button.setText(self.tr("Import from E&xcel…"))
        self.import_button.setToolTip(self.tr("Bring in the cases of a register kept in Excel or CSV"))
        self.busy_label.setText(self.tr("Searching…"))
        self.table.setToolTip(self.tr("Enter or double-click opens the selected case"))
        self._update_unit_names()
        self._update_count()
        self._update_empty_text()
        self.model.retranslate()
        self._size_columns()

    def refresh(self) -> None:
        """Read the list again (after changes elsewhere), keeping the selected case when still listed."""
        self._load_choices()
        self._requery()

    # -- what other views call ---------------------------------------------------------------------

    def selected_case_id(self) -> uuid.UUID | None:
        index = self.table.currentIndex()
        return self.model.case_id(index.row()) if index.isValid() else None

    def select_case(self, case_id: uuid.UUID) -> None:
        """Show and select this case. When the filters hide it they are cleared, so it can be shown."""
        if self._loading():
            self._pending_select = case_id
            self._cleared_for_select = False
            return
        if self._select_row_of(case_id):
            return
        self._pending_select = case_id
        self._cleared_for_select = True
        self.filters.clear()  # a fresh list of every case of the user's units

    def focus_search(self) -> None:
        self.filters.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filters.search.selectAll()

    def current_filter(self) -> CaseFilter:
        """What the list shows now: the filter bar's choices, the user's units, the chosen order."""
        chosen = self.filters.current()
        if not self.ctx.user.may(Action.VIEW_PERSONAL_DATA):
            chosen = dataclasses.replace(chosen, text="")  # the search looks in parties' names
        return dataclasses.replace(
            chosen,
            unit_ids=list(self.ctx.user.unit_ids),
            sort=self._sort,
            descending=self._descending,
        )

    # -- loading ---------------------------------------------------------------------------------

    def _loading(self) -> bool:
        return bool(self._tasks) and self._generation in self._tasks

    def _load_choices(self) -> None:
        try:
            with self.ctx.database.session() as s:
                mediators = case_list_extra.mediator_choices(s, self.ctx.user.unit_ids)
                if self._unit_names is None:
                    self._unit_names = {
                        unit.code: {lang: unit.name(lang) for lang in ("kk", "ru", "en")}
                        for unit in units.list_units(s)
                    }
        except TatulyqError as error:
            self.ctx.errors.known(self, error)
            return
        self.filters.set_mediators(mediators)
        self._update_unit_names()

    def _update_unit_names(self) -> None:
        lang = self.ctx.languages.current
        names = self._unit_names or {}
        self.model.set_unit_names(
            {code: by_lang.get(lang) or by_lang.get("en", code) for code, by_lang in names.items()}
        )
        # A user of one unit needs no unit column: every row would say the same.
        self.table.setColumnHidden(Column.UNIT, len(self.ctx.user.unit_ids) <= 1)

    def _requery(self) -> None:
        f = self.current_filter()
        database = self.ctx.database
        self._generation += 1
        generation = self._generation

        def job(_progress: Any) -> IdBlock:
            with database.session() as s:
                return case_list_extra.list_id_block(s, f)

        self._busy_timer.start()
        self._tasks[generation] = run_in_background(
            self, job, partial(self._loaded, generation), partial(self._failed, generation)
        )

    def _finish_task(self, generation: int) -> bool:
        """Forget the task; True when it is the newest query (older ones are simply dropped)."""
        task = self._tasks.pop(generation, None)
        if task is not None:
            task.relay.deleteLater()
        if generation != self._generation:
            return False
        self._busy_timer.stop()
        self.busy_label.hide()
        return True

    def _loaded(self, generation: int, ids: IdBlock) -> None:
        if not self._finish_task(generation):
            return
        keep = self._pending_select or self.selected_case_id()
        self._fetch_error_told = False
        self.model.set_ids(ids)
        self._loaded_once = True
        self._update_count()
        self._update_empty_text()
        self._show_empty(len(ids) == 0)
        if keep is not None and self._select_row_of(keep):
            self._pending_select = None
        elif self._pending_select is not None and not self._cleared_for_select:
            self.select_case(self._pending_select)  # hidden by a filter: clear and try once more
        else:
            self._pending_select = None
            self.table.scrollToTop()
        if self._focus_list_when_loaded:
            self._focus_list_when_loaded = False
            self._go_to_list()
        self.list_loaded.emit(len(ids))

    def _failed(self, generation: int, error: BaseException) -> None:
        if not self._finish_task(generation):
            return
        self._pending_select = None
        self.ctx.errors.report(self, error)

    def _fetch_rows(self, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, CaseRow]:
        with self.ctx.database.session() as s:
            return case_list.rows_by_ids(s, ids)

    def _fetch_failed(self, error: object) -> None:
        if self._fetch_error_told or not isinstance(error, BaseException):
            return
        self._fetch_error_told = True  # once per list, not once per row painted
        # Told after the paint that asked for the rows: a dialog must not open inside data().
        QTimer.singleShot(0, lambda: self.ctx.errors.report(self, error))

    # -- showing ---------------------------------------------------------------------------------

    def _update_count(self) -> None:
        if not self._loaded_once:
            self.count_label.setText("")
            return
        count = QLocale().toString(self.model.rowCount())
        self.count_label.setText(self.tr("Cases found: {count}").format(count=count))

    def _update_empty_text(self) -> None:
        if self.filters.is_default():
            self.empty.setText(self.tr("No cases yet. Press Ctrl+N to register the first one."))
        else:
            self.empty.setText(
                self.tr(
                    "No case matches the search and the filters. Change them, or press "
                    '"Clear filters" to see every case.'
                )
            )

    def _show_empty(self, empty: bool) -> None:
        self.stack.setCurrentWidget(self.empty if empty else self.table)

    def _select_row_of(self, case_id: uuid.UUID) -> bool:
        row = self.model.row_of(case_id)
        if row is None:
            return False
        index = self.model.index(row, Column.NUMBER)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    # -- reactions -------------------------------------------------------------------------------

    def _sort_by_column(self, section: int) -> None:
        column = Column(section)
        key = SORT_KEYS.get(column)
        if key is None:  # not sortable: put the arrow back where the order really is
            current = next(c for c, k in SORT_KEYS.items() if k is self._sort)
            order = Qt.SortOrder.DescendingOrder if self._descending else Qt.SortOrder.AscendingOrder
            self.table.horizontalHeader().setSortIndicator(current, order)
            return
        if key is self._sort:
            self._descending = not self._descending
        else:
            self._sort = key
            self._descending = _FIRST_CLICK_DESCENDING.get(key, False)
        order = Qt.SortOrder.DescendingOrder if self._descending else Qt.SortOrder.AscendingOrder
        self.table.horizontalHeader().setSortIndicator(column, order)
        self._requery()

    def _go_to_list(self) -> None:
        if self._loading():  # Enter before the search finished: go once the new list is there
            self._focus_list_when_loaded = True
            return
        if self.model.rowCount() == 0:
            return
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.table.currentIndex().isValid():
            self.table.selectRow(0)

    def _type_into_search(self, text: str) -> None:
        self.filters.search.setFocus(Qt.FocusReason.OtherFocusReason)
        self.filters.search.insert(text)

    def _open_current(self) -> None:
        self._open_index(self.table.currentIndex())

    def import_register(self) -> None:
        from app.ui.import_wizard import open_import_wizard  # loaded when first used

        if open_import_wizard(self.ctx, self):
            self.refresh()

    def _open_index(self, index: QModelIndex) -> None:
        case_id = self.model.case_id(index.row()) if index.isValid() else None
        if case_id is not None:
            self.open_requested.emit(case_id)
