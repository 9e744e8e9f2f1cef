"""Backups in the Settings page (administrators): the list, a copy to any folder, restore, the rotation.

Copying, checking and restoring read the whole database, which takes seconds on a large one, so each
runs on a worker thread while the buttons wait. A restore is confirmed after the backup has been
verified, with what it holds in front of the person; afterwards the program closes, so that nobody
goes on working with windows that show the database as it was before.

On a database server (PostgreSQL) the panel only says that the server's own tools back it up.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import TatulyqError
from app.services import backups, settings
from app.services.context import Actor
from app.ui.context import UiContext
from app.ui.report_worker import OneJob

PATH_ROLE = Qt.ItemDataRole.UserRole


def quit_program() -> None:
    """After a restore: end the program (the windows show the database as it was); queued, not nested."""
    QTimer.singleShot(0, QCoreApplication.quit)


class BackupPanel(QGroupBox):
    restored = Signal(object)  # the RestoreResult, after the restore is done and told

    def __init__(
        self,
        ctx: UiContext,
        parent: QWidget | None = None,
        *,
        after_restore: Callable[[], None] = quit_program,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.after_restore = after_restore
        self.setObjectName("backup_box")
        self.local = backups.is_local_file(ctx.database)
        self.keep_saved: backups.Keep | None = None
        self.job = OneJob(self)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel(self)
        self.status.setObjectName("backup_status")
        self.status.setWordWrap(True)
        box = QVBoxLayout(self)
        box.addWidget(self.note)
        if self.local:
            box.addWidget(self._build_list())
            box.addLayout(self._build_buttons())
            box.addLayout(self._build_keep())
        box.addWidget(self.status)
        self.retranslate()
        self.refresh()

    # -- building ---------------------------------------------------------------------------------

    def _build_list(self) -> QTableWidget:
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("backup_list")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setMinimumHeight(180)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemDoubleClicked.connect(self._double_clicked)
        return self.table

    def _build_buttons(self) -> QHBoxLayout:
        self.copy_button = QPushButton(self)
        self.copy_button.setObjectName("backup_copy")
        self.copy_button.clicked.connect(self.choose_folder)
        self.restore_button = QPushButton(self)
        self.restore_button.setObjectName("backup_restore_chosen")
        self.restore_button.clicked.connect(self.restore_chosen)
        self.restore_file_button = QPushButton(self)
        self.restore_file_button.setObjectName("backup_restore_file")
        self.restore_file_button.clicked.connect(self.choose_file)
        row = QHBoxLayout()
        row.addWidget(self.copy_button)
        row.addStretch(1)
        row.addWidget(self.restore_button)
        row.addWidget(self.restore_file_button)
        return row

    def _build_keep(self) -> QVBoxLayout:
        self.keep_spins: dict[str, QSpinBox] = {}
        self.keep_labels: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for key in backups.KEEP_KEYS:
            spec = settings.SPECS[key]
            spin = QSpinBox(self)
            spin.setObjectName(key.replace(".", "_"))
            spin.setRange(spec.minimum or 0, spec.maximum or 999)
            spin.valueChanged.connect(self._keep_edited)
            caption = QLabel(self)
            caption.setWordWrap(True)
            caption.setBuddy(spin)
            form.addRow(caption, spin)
            self.keep_spins[key] = spin
            self.keep_labels[key] = caption
        self.save_keep_button = QPushButton(self)
        self.save_keep_button.setObjectName("backup_keep_save")
        self.save_keep_button.clicked.connect(self.save_keep)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_keep_button)
        column = QVBoxLayout()
        column.addLayout(form)
        column.addLayout(buttons)
        return column

    # -- texts ------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setTitle(self.tr("Backups"))
        if not self.local:
            self.note.setText(
                self.tr(
                    "The database is on a server. Back it up with the server's own tools (pg_dump); "
                    "the program keeps no copies of it."
                )
            )
            return
        self.note.setText(
            self.tr(
                "Every day the program keeps a copy of the database in {folder}, and it makes one before "
                "every update of the program and before every restore. Copy the database to a USB stick "
                "from time to time and keep it in another building."
            ).format(folder=str(backups.folder(self.ctx.database)))
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("Made on"), self.tr("Kind"), self.tr("Schema"), self.tr("Size")]
        )
        self.copy_button.setText(self.tr("&Copy to a folder…"))
        self.copy_button.setToolTip(self.tr("Write a checked copy of the database to a folder, a USB stick"))
        self.restore_button.setText(self.tr("&Restore the chosen backup…"))
        self.restore_file_button.setText(self.tr("Restore from a &file…"))
        texts = {
            "backup.keep_daily": self.tr("Daily backups kept (the newest days)"),
            "backup.keep_weekly": self.tr("Weekly backups kept (the newest of each week)"),
            "backup.keep_monthly": self.tr("Monthly backups kept (the newest of each month)"),
        }
        for key, text in texts.items():
            self.keep_labels[key].setText(text)
        self.save_keep_button.setText(self.tr("Save the &number of backups"))
        self._fill_list()

    def kind_label(self, kind: str) -> str:
        names = {
            backups.DAILY: self.tr("Daily"),
            backups.BEFORE_UPGRADE: self.tr("Before an update"),
            backups.BEFORE_RESTORE: self.tr("Before a restore"),
            backups.COPY: self.tr("Copy"),
        }
        return names.get(kind, kind)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- loading ----------------------------------------------------------------------------------

    def refresh(self) -> None:
        if not self.local:
            return
        self._fill_list()
        if self.keep_saved is None or not self.keep_changed():
            # Unsaved numbers are the person's work: a refresh must not overwrite them.
            self.keep_saved = backups.keep_policy(self.ctx.database)
            self._show_keep(self.keep_saved)

    def _fill_list(self) -> None:
        chosen = self.chosen_path()
        entries = backups.list_backups(self.ctx.database)
        self.table.setRowCount(len(entries))
        locale = QLocale()
        for row, entry in enumerate(entries):
            made = QTableWidgetItem(entry.made_at.strftime("%d.%m.%Y %H:%M"))
            made.setData(PATH_ROLE, str(entry.path))
            made.setToolTip(str(entry.path))
            size = self.tr("{size} MB").format(size=locale.toString(entry.size / 1_048_576, "f", 1))
            cells = (
                made,
                QTableWidgetItem(self.kind_label(entry.kind)),
                QTableWidgetItem(entry.revision or ""),
            )
            for column, item in enumerate((*cells, QTableWidgetItem(size))):
                self.table.setItem(row, column, item)
            if chosen is not None and entry.path == chosen:
                self.table.selectRow(row)
        self._selection_changed()

    def chosen_path(self) -> Path | None:
        rows = self.table.selectionModel().selectedRows() if self.local else []
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        return None if item is None else Path(str(item.data(PATH_ROLE)))

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(self.chosen_path() is not None and not self.job.running)

    def _busy(self, busy: bool) -> None:
        for button in (self.copy_button, self.restore_file_button):
            button.setEnabled(not busy)
        self.restore_button.setEnabled(not busy and self.chosen_path() is not None)

    def _actor(self) -> Actor:
        return Actor(self.ctx.user.display_name, self.ctx.user.user_id)

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        self.status.setText("")
        self.ctx.errors.report(self, error)

    # -- a copy to any folder ---------------------------------------------------------------------

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the copy of the database"))
        if folder:
            self.copy_to(Path(folder))

    def copy_to(self, folder: Path) -> None:
        database, actor = self.ctx.database, self._actor()
        self._busy(True)
        self.status.setText(self.tr("Copying the database…"))
        self.job.start(
            lambda _progress: backups.copy_to_folder(database, folder, actor=actor),
            self._copied,
            self._failed,
        )

    def _copied(self, info: object) -> None:
        assert isinstance(info, backups.BackupInfo)
        self._busy(False)
        self._fill_list()
        self.status.setText(
            self.tr("A checked copy is written to {path}. It holds {cases} cases.").format(
                path=str(info.path), cases=info.cases
            )
        )

    # -- restore ----------------------------------------------------------------------------------

    def _double_clicked(self, _item: QTableWidgetItem) -> None:
        self.restore_chosen()

    def restore_chosen(self) -> None:
        path = self.chosen_path()
        if path is not None and not self.job.running:
            self.restore_from(path)

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Backup to restore"),
            str(backups.folder(self.ctx.database)),
            self.tr("Tatulyq databases (*.db);;All files (*)"),
        )
        if path:
            self.restore_from(Path(path))

    def restore_from(self, path: Path) -> None:
        """Verify the backup (off the GUI thread), then ask, then restore."""
        database = self.ctx.database
        self._busy(True)
        self.status.setText(self.tr("Checking the backup…"))
        self.job.start(lambda _progress: backups.describe(database, path), self._checked, self._failed)

    def confirmation_text(self, info: backups.BackupInfo) -> str:
        counts = info.check.counts
        return self.tr(
            "Restore the database from this backup?\n\n"
            "Made on: {made}\nSchema: {revision}\n"
            "Cases: {cases}; parties: {parties}; consultations: {consultations}\n\n"
            "Everything entered after that moment will be gone from the database. The database as it is "
            "now is saved first in {folder}. After the restore Tatulyq closes; start it again."
        ).format(
            made=info.made_at.strftime("%d.%m.%Y %H:%M"),
            revision=info.check.revision or "",
            cases=counts.get("cases", 0),
            parties=counts.get("parties", 0),
            consultations=counts.get("consultations", 0),
            folder=str(backups.folder(self.ctx.database)),
        )

    def _confirmed(self, text: str) -> bool:
        if not self.ctx.errors.dialogs:  # tests and smoke runs: the answer is yes
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Restore a backup"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _checked(self, info: object) -> None:
        assert isinstance(info, backups.BackupInfo)
        refusal = backups.refusal(info)
        if refusal is not None:
            self._busy(False)
            self.status.setText("")
            self.ctx.errors.known(self, refusal)
            return
        text = self.confirmation_text(info)
        self.status.setText(text)
        if not self._confirmed(text):
            self._busy(False)
            self.status.setText(self.tr("Nothing was restored."))
            return
        database, actor = self.ctx.database, self._actor()
        self.status.setText(self.tr("Restoring…"))
        self.job.start(
            lambda _progress: backups.restore(database, info.path, actor=actor), self._restored, self._failed
        )

    def _restored(self, result: object) -> None:
        assert isinstance(result, backups.RestoreResult)
        self._busy(False)
        self._fill_list()
        text = self.tr(
            "The database is restored from {source}. The database as it was is saved as {saved}. "
            "Tatulyq closes now; start it again."
        ).format(source=str(result.source), saved=str(result.previous_saved_to))
        self.status.setText(text)
        if self.ctx.errors.dialogs:
            QMessageBox.information(self, self.tr("Restore a backup"), text)
        self.restored.emit(result)
        self.after_restore()

    # -- how many backups are kept ----------------------------------------------------------------

    def _show_keep(self, keep: backups.Keep) -> None:
        values = dict(zip(backups.KEEP_KEYS, (keep.daily, keep.weekly, keep.monthly), strict=True))
        for key, spin in self.keep_spins.items():
            spin.blockSignals(True)
            spin.setValue(values[key])
            spin.blockSignals(False)
        self._keep_edited()

    def keep_shown(self) -> backups.Keep:
        daily, weekly, monthly = (self.keep_spins[key].value() for key in backups.KEEP_KEYS)
        return backups.Keep(daily=daily, weekly=weekly, monthly=monthly)

    def keep_changed(self) -> bool:
        return self.keep_saved is not None and self.keep_shown() != self.keep_saved

    def _keep_edited(self) -> None:
        self.save_keep_button.setEnabled(self.keep_changed())

    def save_keep(self) -> None:
        keep = self.keep_shown()
        try:
            backups.save_keep_policy(self.ctx.database, keep, actor=self._actor())
        except TatulyqError as error:
            self.ctx.errors.known(self, error)
            return
        self.keep_saved = keep
        self._keep_edited()
        self.status.setText(
            self.tr("Kept from now on: {daily} daily, {weekly} weekly and {monthly} monthly backups.").format(
                daily=keep.daily, weekly=keep.weekly, monthly=keep.monthly
            )
        )
