"""A short list of a case's records (parties, sessions, ...): a table, an empty-state line, buttons."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui.case_editor.common import hint_label


class Listing(QWidget):
    """Rows carry an id (UserRole of the first cell); double-click or Enter runs ``on_open``."""

    def __init__(self, parent: QWidget, name: str, columns: int) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}_listing")
        self.table = QTableWidget(0, columns, self)
        self.table.setObjectName(f"{name}_table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(False)
        self.empty = hint_label(self, f"{name}_empty")
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        self.on_open: Callable[[], object] | None = None
        # Activation is a double click or Enter on the row (keyboard users open a row too).
        self.table.activated.connect(lambda _index: self._open())
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self._needs_selection: list[QPushButton] = []
        # Takes the table's room while the list is empty, so the empty-state line stays at the top.
        self.filler = QWidget(self)
        self.filler.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.empty.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.filler, 1)
        layout.addLayout(self.buttons)

    def add_button(
        self, name: str, slot: Callable[[], object], *, needs_selection: bool = False
    ) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        button.clicked.connect(lambda: slot())  # not the "checked" flag as a first argument
        self.buttons.insertWidget(self.buttons.count() - 1, button)
        if needs_selection:
            self._needs_selection.append(button)
            button.setEnabled(False)
        return button

    def stretch(self, column: int) -> None:
        """The column that takes the room left (a long name is elided, its full text in the tooltip)."""
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

    def set_headers(self, headers: Sequence[str]) -> None:
        self.table.setHorizontalHeaderLabels(list(headers))

    def set_rows(self, rows: Sequence[tuple[object, Sequence[str]]], empty_text: str) -> None:
        """Each row: (id, cells). The empty-state line tells what to do when there is nothing."""
        chosen = self.selected_id()
        self.table.setRowCount(len(rows))
        for r, (row_id, cells) in enumerate(rows):
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if len(text) > 30:
                    item.setToolTip(text)
                if c == 0:
                    item.setData(Qt.ItemDataRole.UserRole, row_id)
                self.table.setItem(r, c, item)
            if row_id == chosen and chosen is not None:
                self.table.selectRow(r)
        self.empty.setText(empty_text)
        self.empty.setVisible(not rows)
        self.filler.setVisible(not rows)
        self.table.setVisible(bool(rows))
        self._selection_changed()

    def row_colour(self, row: int, colour: str) -> None:
        from PySide6.QtGui import QColor

        for c in range(self.table.columnCount()):
            item = self.table.item(row, c)
            if item is not None:
                item.setForeground(QColor(colour))

    def selected_id(self) -> object | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    def _selection_changed(self) -> None:
        has = self.selected_id() is not None
        for button in self._needs_selection:
            button.setEnabled(has and button.property("allowed") is not False)

    def allow(self, button: QPushButton, allowed: bool) -> None:
        """Buttons that need a selection also follow the case's status."""
        button.setProperty("allowed", allowed)
        if button in self._needs_selection:
            self._selection_changed()
        else:
            button.setEnabled(allowed)

    def _open(self) -> None:
        if self.on_open is not None:
            self.on_open()


def header_label(parent: QWidget, name: str) -> QLabel:
    heading = QLabel(parent)
    heading.setObjectName(name)
    font = heading.font()
    font.setBold(True)
    heading.setFont(font)
    return heading
