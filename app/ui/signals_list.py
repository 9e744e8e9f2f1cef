"""The list of current watches and alerts: level, place, indicator in words, count and expected count.

Rows come as plain words from the page (this widget knows no database and no language); each keeps
its Signal so the page can show its trend and the cases behind it. ``signal_chosen(signal)`` follows
the current row (keyboard or mouse); with no rows a sentence says why the list is empty.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
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

from app.signals.engine import Signal as WarningSignal
from app.ui.signals_map import LEVEL_COLOURS


@dataclass(frozen=True)
class SignalRow:
    signal: WarningSignal
    level: str  # in words
    place: str
    indicator: str


class SignalList(QGroupBox):
    signal_chosen = Signal(object)  # the Signal of the current row, or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("raised")
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("raised_rows")
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.header().setStretchLastSection(False)
        self.tree.setMinimumWidth(380)
        self.tree.currentItemChanged.connect(self._current_changed)
        self.empty = QLabel(self)
        self.empty.setObjectName("raised_empty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.tree)
        self.stack.addWidget(self.empty)
        QVBoxLayout(self).addWidget(self.stack)
        self._signals: list[WarningSignal] = []

    def show_rows(
        self, title: str, headers: Sequence[str], rows: Sequence[SignalRow], empty_text: str, keep: bool
    ) -> None:
        """Show the rows; with `keep`, the signal that was current stays current if it is still listed."""
        previous = self.current_signal() if keep else None
        self.setTitle(title)
        self.empty.setText(empty_text)
        self.tree.blockSignals(True)
        self.tree.clear()
        self.tree.setColumnCount(len(headers))
        self.tree.setHeaderLabels(list(headers))
        self._signals = [row.signal for row in rows]
        bold = QFont(self.tree.font())
        bold.setBold(True)
        chosen: QTreeWidgetItem | None = None
        for index, row in enumerate(rows):
            s = row.signal
            item = QTreeWidgetItem([row.level, row.place, row.indicator, str(s.count), f"{s.expected:.1f}"])
            item.setData(0, Qt.ItemDataRole.UserRole, index)
            item.setBackground(0, QBrush(LEVEL_COLOURS[s.level]))
            if s.level == "alert":
                item.setForeground(0, QBrush(QColor("#ffffff")))
                item.setFont(0, bold)
            for column in (3, 4):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for column in range(5):
                item.setToolTip(column, f"{row.place} — {row.indicator}: {row.level}")
            self.tree.addTopLevelItem(item)
            if previous is not None and s == previous:
                chosen = item
        header = self.tree.header()
        for column in range(len(headers)):
            header.setSectionResizeMode(
                column,
                # The place and the indicator share what is left; a cut one is whole in its tooltip.
                QHeaderView.ResizeMode.Stretch
                if column in (1, 2)
                else QHeaderView.ResizeMode.ResizeToContents,
            )
        self.stack.setCurrentWidget(self.tree if rows else self.empty)
        if chosen is not None:
            self.tree.setCurrentItem(chosen)
        self.tree.blockSignals(False)
        if chosen is None:
            self.signal_chosen.emit(None)

    def current_signal(self) -> WarningSignal | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        index = item.data(0, Qt.ItemDataRole.UserRole)
        return self._signals[index] if isinstance(index, int) and index < len(self._signals) else None

    def choose(self, row: int) -> None:
        item = self.tree.topLevelItem(row)
        if item is not None:
            self.tree.setCurrentItem(item)

    def showing_empty(self) -> bool:
        return self.stack.currentWidget() is self.empty

    def texts(self) -> list[list[str]]:
        items = [self.tree.topLevelItem(r) for r in range(self.tree.topLevelItemCount())]
        return [[item.text(c) for c in range(self.tree.columnCount())] for item in items if item is not None]

    def _current_changed(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        self.signal_chosen.emit(self.current_signal() if current is not None else None)
