"""Second page: which field each column of the register fills, guessed from its header and changeable."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services import importing
from app.services.importing import Field, text_of
from app.ui.context import UiContext
from app.ui.import_labels import ImportPage, field_name, fit_combo_column, note_label

if TYPE_CHECKING:
    from app.ui.import_state import ImportState

SAMPLES = 3


class ColumnsPage(ImportPage):
    def __init__(self, ctx: UiContext, state: ImportState, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.state = state
        self.combos: list[QComboBox] = []
        self.table = QTableWidget(self)
        self.table.setObjectName("import_columns")
        self.table.setColumnCount(3)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)  # as wide as its widest choice
        self.missing = note_label(self, "import_columns_missing")
        self.missing.setStyleSheet("color: #b00020;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.missing)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(
            self.tr(
                "Each column of the register fills one field of a case. The program guessed from the "
                "headers; correct what is wrong. A column left as “not imported” is skipped."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("First values"), self.tr("Field of the case")]
        )
        for combo in self.combos:
            self._label_combo(combo)
        fit_combo_column(self.table, 2, self.combos)
        self._show_missing()

    def _label_combo(self, combo: QComboBox) -> None:
        combo.setItemText(0, self.tr("— not imported —"))
        for index, chosen in enumerate(Field, start=1):
            combo.setItemText(index, field_name(chosen))

    def initializePage(self) -> None:
        table = self.state.table
        if table is None:
            return
        self.combos = []
        self.table.setRowCount(table.width)
        for column in range(table.width):
            samples = [text_of(v) for v in table.column_values(column)[:50] if text_of(v)][:SAMPLES]
            self.table.setItem(column, 0, QTableWidgetItem(table.column_name(column)))
            self.table.setItem(column, 1, QTableWidgetItem("; ".join(samples)))
            combo = QComboBox(self.table)
            combo.setObjectName(f"import_field_{column}")
            combo.addItem("", None)
            for chosen in Field:
                combo.addItem("", chosen.value)
            self._label_combo(combo)
            current = self.state.mapping.columns.get(column)
            combo.setCurrentIndex(combo.findData(current.value) if current is not None else 0)
            combo.currentIndexChanged.connect(lambda _i, c=column: self._changed(c))
            self.table.setCellWidget(column, 2, combo)
            self.combos.append(combo)
        fit_combo_column(self.table, 2, self.combos)
        self._show_missing()

    def _changed(self, column: int) -> None:
        value = self.combos[column].currentData()
        mapping = self.state.mapping
        mapping.columns.pop(column, None)
        if value is not None:
            chosen = Field(value)
            for other, field in list(mapping.columns.items()):
                if field is chosen:  # a field is filled from one column: the other one lets go
                    mapping.columns.pop(other)
                    self.combos[other].blockSignals(True)
                    self.combos[other].setCurrentIndex(0)
                    self.combos[other].blockSignals(False)
            mapping.columns[column] = chosen
        if self.state.table is not None:
            importing.complete_values(self.state.table, mapping, importing.load_learned(self.ctx.data_dir))
        self.state.forget_check()
        self._show_missing()
        self.completeChanged.emit()

    def _show_missing(self) -> None:
        mapped = set(self.state.mapping.columns.values())
        missing = [field_name(f) for f in importing.REQUIRED if f not in mapped]
        self.missing.setVisible(bool(missing))
        if missing:
            self.missing.setText(
                self.tr("Choose the column of: {fields}. Without it no case can be imported.").format(
                    fields=", ".join(missing)
                )
            )

    def isComplete(self) -> bool:
        mapped = set(self.state.mapping.columns.values())
        return all(f in mapped for f in importing.REQUIRED)
