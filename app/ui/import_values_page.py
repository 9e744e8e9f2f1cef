"""Third page: which item of the program's lists each wording of the register means.

Registers name the same category a dozen ways («Отбасылық», «семейный», «Отбасы дауы»); each distinct
wording of each list column is shown once, with the item the program guessed, to be corrected.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale
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
from app.services.importing import NOT_MATCHED, Field
from app.services.importing.matching import normalise
from app.ui.context import UiContext
from app.ui.import_labels import ImportPage, field_name, fit_combo_column, note_label
from app.ui.labels import label

if TYPE_CHECKING:
    from app.ui.import_state import ImportState


class ValuesPage(ImportPage):
    def __init__(self, ctx: UiContext, state: ImportState, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.state = state
        self.entries: list[tuple[Field, str, QComboBox]] = []  # field, normalised wording, its combo
        self.table = QTableWidget(self)
        self.table.setObjectName("import_values")
        self.table.setColumnCount(4)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in (0, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Fixed)  # as wide as its widest choice
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.summary = note_label(self, "import_values_summary")
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Match the values"))
        self.setSubTitle(
            self.tr(
                "The words the register uses for categories, outcomes, stages and the like, and the item "
                "of the program's list each one means. Correct the guesses where needed."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("In the file"), self.tr("Rows"), self.tr("In the program")]
        )
        for row, (chosen, _key, combo) in enumerate(self.entries):
            item = self.table.item(row, 0)
            if item is not None:
                item.setText(field_name(chosen))
            self._label_combo(chosen, combo)
        fit_combo_column(self.table, 3, [combo for _f, _k, combo in self.entries])
        self._show_summary()

    def _label_combo(self, chosen: Field, combo: QComboBox) -> None:
        combo.setItemText(0, self.tr("— not matched —"))
        for index, member in enumerate(importing.choices_of(chosen), start=1):
            combo.setItemText(index, label(member))

    def initializePage(self) -> None:
        table, mapping = self.state.table, self.state.mapping
        self.entries = []
        self.table.setRowCount(0)
        if table is None:
            return
        for column, chosen in sorted(mapping.columns.items()):
            if chosen not in importing.CHOICE_FIELDS:
                continue
            for wording, count in importing.distinct_values(table, column):
                self._add_row(chosen, wording, count)
        fit_combo_column(self.table, 3, [combo for _f, _k, combo in self.entries])
        self._show_summary()

    def _add_row(self, chosen: Field, wording: str, count: int) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        key = normalise(wording)
        self.table.setItem(row, 0, QTableWidgetItem(field_name(chosen)))
        self.table.setItem(row, 1, QTableWidgetItem(wording))
        self.table.setItem(row, 2, QTableWidgetItem(QLocale().toString(count)))
        combo = QComboBox(self.table)
        combo.setObjectName(f"import_value_{row}")
        combo.addItem("", NOT_MATCHED)
        for member in importing.choices_of(chosen):
            combo.addItem("", str(member.value))
        self._label_combo(chosen, combo)
        current = self.state.mapping.values.get(chosen, {}).get(key, NOT_MATCHED)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.currentIndexChanged.connect(lambda _i, r=row: self._changed(r))
        self.table.setCellWidget(row, 3, combo)
        self.entries.append((chosen, key, combo))

    def _changed(self, row: int) -> None:
        chosen, key, combo = self.entries[row]
        self.state.mapping.values.setdefault(chosen, {})[key] = str(combo.currentData())
        self.state.forget_check()
        self._show_summary()

    def unmatched(self) -> int:
        return sum(1 for _f, _k, combo in self.entries if combo.currentData() == NOT_MATCHED)

    def _show_summary(self) -> None:
        if not self.entries:
            self.summary.setText(self.tr("No column of this register holds values from the program's lists."))
            return
        left = self.unmatched()
        if left:
            self.summary.setText(
                self.tr("Not matched: {count}. The rows that use them will be listed as problems.").format(
                    count=left
                )
            )
        else:
            self.summary.setText(self.tr("Every value is matched."))
