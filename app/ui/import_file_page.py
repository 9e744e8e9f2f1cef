"""First page of the import: the register's file and sheet, its first rows, and the last import to undo."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import TatulyqError
from app.services import clock, importing
from app.services.context import Actor
from app.services.importing import BatchInfo, SourceTable, text_of
from app.ui.context import UiContext
from app.ui.forms import label_rows
from app.ui.import_labels import ImportPage, note_label
from app.ui.messages import message_for
from app.ui.workers import Cancelled, Task, run_in_background

if TYPE_CHECKING:
    from app.ui.import_state import ImportState

PREVIEW_ROWS = 20


class FilePage(ImportPage):
    def __init__(self, ctx: UiContext, state: ImportState, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.state = state
        self._task: Task | None = None
        self._last: BatchInfo | None = None

        self.path = QLineEdit(self)
        self.path.setObjectName("import_path")
        self.choose = QPushButton(self)
        self.choose.setObjectName("import_choose")
        self.read = QPushButton(self)
        self.read.setObjectName("import_read")
        self.sheet = QComboBox(self)
        self.sheet.setObjectName("import_sheet")
        self.sheet.setEnabled(False)  # until a workbook is read
        self.busy = QProgressBar(self)
        self.busy.setObjectName("import_read_progress")
        self.busy.hide()
        self.error = note_label(self, "import_read_error")
        self.error.setStyleSheet("color: #b00020;")
        self.summary = note_label(self, "import_summary")
        self.preview = QTableWidget(self)
        self.preview.setObjectName("import_preview")
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setAlternatingRowColors(True)
        self.last = note_label(self, "import_last")
        self.undo = QPushButton(self)
        self.undo.setObjectName("import_undo_last")

        chooser = QHBoxLayout()
        chooser.addWidget(self.path, 1)
        chooser.addWidget(self.choose)
        chooser.addWidget(self.read)
        self.form = QFormLayout()
        self.form.addRow(QLabel(self), chooser)
        self.form.addRow(QLabel(self), self.sheet)
        last_row = QHBoxLayout()
        last_row.addWidget(self.last, 1)
        last_row.addWidget(self.undo, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.busy)
        layout.addWidget(self.error)
        layout.addWidget(self.summary)
        layout.addWidget(self.preview, 1)
        layout.addLayout(last_row)

        self.choose.clicked.connect(self._choose_file)
        self.read.clicked.connect(self._read_clicked)
        self.path.returnPressed.connect(self._read_clicked)
        self.sheet.activated.connect(self._sheet_chosen)
        self.undo.clicked.connect(self._undo_last)
        self.retranslate()
        self._load_last()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Choose the register"))
        self.setSubTitle(
            self.tr(
                "An Excel workbook (.xlsx) or a CSV file with one case on each row, as the centre kept it."
            )
        )
        label_rows(self.form, [self.tr("&File:"), self.tr("&Sheet:")])
        item = self.form.itemAt(0, QFormLayout.ItemRole.LabelRole)
        file_label = item.widget() if item is not None else None
        if isinstance(file_label, QLabel):
            file_label.setBuddy(self.path)  # its row holds a layout, which label_rows cannot name
        self.choose.setText(self.tr("C&hoose…"))
        self.read.setText(self.tr("&Read"))
        self.undo.setText(self.tr("&Undo the last import"))
        self._show_summary()
        self._show_last()

    # -- reading -------------------------------------------------------------------------------

    def _choose_file(self) -> None:
        start = str(self.state.path.parent) if self.state.path else str(Path.home())
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the register"), start, self.tr("Registers (*.xlsx *.xlsm *.csv *.txt)")
        )
        if chosen:
            self.path.setText(chosen)
            self.load(Path(chosen))

    def _read_clicked(self) -> None:
        if self.path.text().strip():
            self.load(Path(self.path.text().strip()))

    def _sheet_chosen(self, _index: int) -> None:
        if self.state.path is not None and self.sheet.currentText():
            self.load(self.state.path, self.sheet.currentText())

    def load(self, path: Path, sheet: str | None = None) -> None:
        """Read the file on a worker thread; the page is complete once its rows are in."""
        if self._task is not None:
            self._task.cancel()
        self.state.table = None
        self.error.clear()
        self.busy.setRange(0, 0)
        self.busy.show()
        self.completeChanged.emit()

        def job(progress: Any) -> SourceTable:
            return importing.read_source(path, sheet, progress)

        self._task = task = run_in_background(
            self,
            job,
            lambda table: self._loaded(task, path, table),
            lambda e: self._failed(task, e),
            self._progress,
        )

    def _progress(self, done: int, total: int) -> None:
        self.busy.setRange(0, max(total, 1))
        self.busy.setValue(done)

    def _loaded(self, task: Task, path: Path, table: SourceTable) -> None:
        if task is not self._task:
            return
        self._task = None
        self.busy.hide()
        self.state.path = path
        self.state.table = table
        self.state.mapping = importing.guess_mapping(table, importing.load_learned(self.ctx.data_dir))
        self.state.forget_check()
        self.sheet.clear()
        self.sheet.addItems(table.sheets)
        self.sheet.setCurrentText(table.sheet or "")
        self.sheet.setEnabled(bool(table.sheets))
        self._fill_preview(table)
        self._show_summary()
        self.completeChanged.emit()

    def _failed(self, task: Task, error: BaseException) -> None:
        if task is not self._task or isinstance(error, Cancelled):
            return
        self._task = None
        self.busy.hide()
        if isinstance(error, TatulyqError):
            self.error.setText(message_for(error))
        else:
            self.ctx.errors.report(self, error)

    def _fill_preview(self, table: SourceTable) -> None:
        rows = table.rows[:PREVIEW_ROWS]
        self.preview.clear()
        self.preview.setColumnCount(table.width)
        self.preview.setRowCount(len(rows))
        self.preview.setHorizontalHeaderLabels([table.column_name(i) for i in range(table.width)])
        self.preview.setVerticalHeaderLabels([str(row.number) for row in rows])
        for r, row in enumerate(rows):
            for c, value in enumerate(row.values):
                self.preview.setItem(r, c, QTableWidgetItem(text_of(value)))
        self.preview.resizeColumnsToContents()
        for column in range(table.width):
            self.preview.setColumnWidth(column, min(self.preview.columnWidth(column), 260))

    def _show_summary(self) -> None:
        table = self.state.table
        if table is None:
            self.summary.setText(self.tr("Choose the file, then press Read."))
            return
        count = QLocale().toString(len(table.rows))
        rows = table.header_rows
        if not rows:
            header = self.tr("No header row was found; the columns are named by their letters.")
        elif len(rows) == 1:
            header = self.tr("The header is on row {row}.").format(row=rows[0])
        else:
            header = self.tr("The header is on rows {first}–{last}.").format(first=rows[0], last=rows[-1])
        self.summary.setText(
            self.tr("{header} Rows of data: {count}. The first of them:").format(header=header, count=count)
        )

    def isComplete(self) -> bool:
        return self.state.table is not None and bool(self.state.table.rows)

    # -- the last import -------------------------------------------------------------------------

    def _load_last(self) -> None:
        try:
            with self.ctx.database.session() as s:
                self._last = importing.last_batch(s, self.ctx.user.unit_ids or None)
        except TatulyqError as error:
            self.ctx.errors.known(self, error)
        self._show_last()

    def _show_last(self) -> None:
        last = self._last
        self.undo.setVisible(last is not None)
        if last is None:
            self.last.setText(self.tr("No import to undo."))
            return
        when = last.created_at.astimezone(clock.KZ_TZ).strftime("%d.%m.%Y %H:%M")
        self.last.setText(
            self.tr("The last import: {file}, {when}, cases added: {count}.").format(
                file=last.source_name, when=when, count=QLocale().toString(last.cases_added)
            )
        )

    def _undo_last(self) -> None:
        last = self._last
        if last is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Undo the import"),
            self.tr("Remove the {count} cases imported from {file}? This cannot be taken back.").format(
                count=QLocale().toString(last.cases_added), file=last.source_name
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        database, actor = self.ctx.database, Actor(self.ctx.user.display_name, self.ctx.user.user_id)

        def job(_progress: Any) -> int:
            with database.session(write=True, actor=actor) as s:
                return importing.undo_batch(s, last.id)

        self.undo.setEnabled(False)
        run_in_background(self, job, self._undone, self._undo_failed)

    def _undone(self, removed: int) -> None:
        self.undo.setEnabled(True)
        self._load_last()
        self.last.setText(
            self.tr("The import was undone: {count} cases removed.").format(count=QLocale().toString(removed))
        )

    def _undo_failed(self, error: BaseException) -> None:
        self.undo.setEnabled(True)
        if isinstance(error, TatulyqError):
            self.error.setText(message_for(error))
        else:
            self.ctx.errors.report(self, error)
