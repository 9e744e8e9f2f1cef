"""A titled table of cases, one row each, or a plain sentence when there are none.

Used where a page lists cases to open (the Home page's lists, the cases behind an early-warning
signal). A row carries its case id; Enter or a double-click on it emits ``activated(case_id)``. A row
without an id (a de-identified case received from another unit: it lives in the other unit's
program) is shown but not opened, and its tooltip says why.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

LATE = QColor("#b00020")  # late figures; a heading or the words say "overdue" too, colour is never alone


@dataclass(frozen=True)
class Cell:
    text: str
    late: bool = False
    number: bool = False  # right-aligned, like every figure in a column


@dataclass(frozen=True)
class CaseRow:
    case_id: uuid.UUID | None  # None: shown, not opened (see the module docstring)
    cells: tuple[Cell, ...]
    note: str = ""  # added to every cell's tooltip


class CaseRows(QGroupBox):
    activated = Signal(object)  # the case id of the row opened

    def __init__(self, name: str, parent: QWidget | None = None, fit_rows: int | None = None) -> None:
        """`fit_rows`: as tall as the rows up to that many (then it scrolls), or fill the space (None)."""
        super().__init__(parent)
        self.setObjectName(name)
        self.fit_rows = fit_rows
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
        if fit_rows is not None:
            layout.addStretch(1)  # a short list sits at the top when its neighbour in the row is taller

    def show_rows(
        self,
        title: str,
        headers: Sequence[str],
        rows: Sequence[CaseRow],
        empty_text: str,
        wide_column: int = 0,
        open_hint: str = "",
    ) -> None:
        self.setTitle(title)
        self.empty.setText(empty_text)
        self.tree.clear()
        self.tree.setColumnCount(len(headers))
        self.tree.setHeaderLabels(list(headers))
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for row in rows:
            item = QTreeWidgetItem([cell.text for cell in row.cells])
            item.setData(0, Qt.ItemDataRole.UserRole, row.case_id)
            extra = row.note or (open_hint if row.case_id is not None else "")
            for column, cell in enumerate(row.cells):
                item.setToolTip(column, f"{cell.text}\n{extra}" if extra else cell.text)
                if cell.late:
                    item.setForeground(column, QBrush(LATE))
                    item.setFont(column, bold)
                if cell.number:
                    item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.tree.addTopLevelItem(item)
        header = self.tree.header()
        for column in range(len(headers)):
            header.setSectionResizeMode(
                column,
                QHeaderView.ResizeMode.Stretch
                if column == wide_column
                else QHeaderView.ResizeMode.ResizeToContents,
            )
        self.stack.setCurrentWidget(self.tree if rows else self.empty)
        self._fit(len(rows))

    def _fit(self, count: int) -> None:
        if self.fit_rows is None:
            return
        if count == 0:
            self.stack.setFixedHeight(self.empty.heightForWidth(max(self.stack.width(), 200)) + 4)
            return
        shown = min(max(count, 2), self.fit_rows)
        first = self.tree.topLevelItem(0)
        row_height = self.tree.visualItemRect(first).height() if first is not None else 0
        row_height = max(row_height, self.tree.sizeHintForRow(0), self.fontMetrics().height())
        frame = 2 * self.tree.frameWidth()
        self.stack.setFixedHeight(self.tree.header().sizeHint().height() + shown * row_height + frame + 2)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.stack.currentWidget() is self.empty:  # a wrapped sentence needs the new width's height
            self._fit(0)

    def showing_empty(self) -> bool:
        return self.stack.currentWidget() is self.empty

    def texts(self) -> list[list[str]]:
        """What each row shows, column by column (what a person reads; tests compare it)."""
        items = [self.tree.topLevelItem(r) for r in range(self.tree.topLevelItemCount())]
        return [[item.text(c) for c in range(self.tree.columnCount())] for item in items if item is not None]

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        value = item.data(0, Qt.ItemDataRole.UserRole)
        if isinstance(value, uuid.UUID):
            self.activated.emit(value)
