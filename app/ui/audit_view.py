"""The audit trail of the whole database, for administrators and heads of centre.

Filters by period, user, case number and kind of entry; each entry reads in the same plain words as
a case's History tab (app/ui/case_editor/history_words.py). "Export to CSV" writes what the filters
select (UTF-8 with a byte-order mark, which Excel opens with Kazakh letters intact); "Check the chain"
verifies the hash chain like `tatulyq audit verify`, on a worker thread.
"""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import TatulyqError
from app.models.enums import AuditAction
from app.services import audit_query, clock, mediators
from app.services.audit_query import AuditFilter, AuditRow
from app.services.case_view import HistoryView
from app.services.permissions import Action
from app.storage.audit_chain import ChainReport
from app.ui.actor_names import actor_label
from app.ui.case_editor.common import fmt_moment
from app.ui.case_editor.history_words import entry_texts, words_for
from app.ui.context import UiContext
from app.ui.workers import Task, run_in_background

DEFAULT_DAYS = 30


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class AuditDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AuditDialog")
        self.ctx = ctx
        self.rows: list[AuditRow] = []
        self.total = 0
        self.texts: list[str] = []
        self._mediators: dict[str, str] = {}  # mediator id -> name, for entries that name one
        self._check_task: Task | None = None
        today = clock.today()

        self.date_from = QDateEdit(_qdate(today - timedelta(days=DEFAULT_DAYS)), self)
        self.date_from.setObjectName("audit_from")
        self.date_to = QDateEdit(_qdate(today), self)
        self.date_to.setObjectName("audit_to")
        for edit in (self.date_from, self.date_to):
            edit.setDisplayFormat("dd.MM.yyyy")
            edit.setCalendarPopup(True)
        self.user = QComboBox(self)
        self.user.setObjectName("audit_user")
        self.case_number = QLineEdit(self)
        self.case_number.setObjectName("audit_case")
        self.case_number.setClearButtonEnabled(True)
        self.action = QComboBox(self)
        self.action.setObjectName("audit_action")
        self.show_button = QPushButton(self)
        self.show_button.setObjectName("audit_show")
        self.show_button.setDefault(True)
        self.show_button.clicked.connect(self.load)
        self.case_number.returnPressed.connect(self.load)
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("audit_export")
        self.export_button.clicked.connect(self._export_chosen)
        self.export_button.setVisible(ctx.user.may(Action.EXPORT_AUDIT))
        self.check_button = QPushButton(self)
        self.check_button.setObjectName("audit_check")
        self.check_button.clicked.connect(self.check_chain)

        self.form = QFormLayout()
        period = QHBoxLayout()
        period.addWidget(self.date_from)
        period.addWidget(QLabel("–", self))
        period.addWidget(self.date_to)
        period.addStretch(1)
        self.form.addRow(QLabel(self), period)
        self.form.addRow(QLabel(self), self.user)
        self.form.addRow(QLabel(self), self.case_number)
        self.form.addRow(QLabel(self), self.action)

        self.count = QLabel(self)
        self.count.setObjectName("audit_count")
        self.chain_status = QLabel(self)
        self.chain_status.setObjectName("audit_chain_status")
        self.chain_status.setWordWrap(True)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("audit_table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)

        buttons = QHBoxLayout()
        buttons.addWidget(self.show_button)
        buttons.addStretch(1)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addLayout(buttons)
        layout.addWidget(self.count)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.chain_status)

        self._fill_choices()
        self.retranslate()
        self.resize(1100, 680)
        self.load()

    # -- texts --------------------------------------------------------------------------------------

    def action_names(self) -> dict[AuditAction, str]:
        return {
            AuditAction.CREATE: self.tr("Added"),
            AuditAction.UPDATE: self.tr("Changed"),
            AuditAction.DELETE: self.tr("Deleted"),
            AuditAction.ACCESS: self.tr("Opened personal data"),
            AuditAction.EVENT: self.tr("Event"),
        }

    def headers(self) -> list[str]:
        return [self.tr("When"), self.tr("Who"), self.tr("Kind"), self.tr("Case"), self.tr("What happened")]

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Audit trail — Tatulyq"))
        labels = (self.tr("&Period"), self.tr("&User"), self.tr("Case &number"), self.tr("&Kind"))
        for row, text in enumerate(labels):
            item = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            widget = item.widget() if item is not None else None
            if isinstance(widget, QLabel):
                widget.setText(text)
                field = self.form.itemAt(row, QFormLayout.ItemRole.FieldRole)
                buddy = field.widget() if field is not None else None
                widget.setBuddy(buddy if buddy is not None else self.date_from)
        self.case_number.setPlaceholderText(self.tr("Every case"))
        self.user.setItemText(0, self.tr("Every user"))
        self.action.setItemText(0, self.tr("Every kind"))
        for index, name in enumerate(self.action_names().values(), start=1):
            self.action.setItemText(index, name)
        self.show_button.setText(self.tr("&Show"))
        self.export_button.setText(self.tr("&Export to CSV…"))
        self.export_button.setToolTip(
            self.tr("Write the entries the filters select to a file that Excel opens")
        )
        self.check_button.setText(self.tr("&Check the chain"))
        self.check_button.setToolTip(
            self.tr("Make sure no entry of the trail was removed or changed outside the program")
        )
        self.table.setHorizontalHeaderLabels(self.headers())
        self._show_rows()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- loading ------------------------------------------------------------------------------------

    def _fill_choices(self) -> None:
        self.user.addItem("", None)
        self.action.addItem("", None)
        for action in AuditAction:
            self.action.addItem("", action.value)
        try:
            with self.ctx.database.session(actor=self.ctx.user.actor()) as s:
                choices = audit_query.user_choices(s)
                self._mediators = {str(m.id): m.full_name for m in mediators.list_mediators(s, None)}
        except TatulyqError as error:
            self.ctx.errors.known(self, error)
            return
        for choice in choices:
            self.user.addItem(f"{choice.display_name} ({choice.username})", str(choice.id))

    def current_filter(self) -> AuditFilter:
        user = self.user.currentData()
        action = self.action.currentData()
        return AuditFilter(
            date_from=_day(self.date_from.date()),
            date_to=_day(self.date_to.date()),
            user_id=uuid.UUID(user) if user else None,
            case_number=self.case_number.text().strip() or None,
            action=AuditAction(action) if action else None,
        )

    def load(self) -> None:
        f = self.current_filter()
        try:
            with self.ctx.database.session(actor=self.ctx.user.actor()) as s:
                rows = audit_query.list_entries(s, f)
                total = audit_query.count_entries(s, f)
        except TatulyqError as error:
            self.ctx.errors.known(self, error)
            return
        self.rows = rows
        self.total = total
        self._show_rows()

    def describe(self, row: AuditRow) -> str:
        """The entry in the same words as a case's History tab."""
        view = HistoryView(row.at, row.actor, row.action.value, row.entity, row.changes, row.summary)
        texts = entry_texts(words_for(self._mediators), view)
        if texts:
            return "; ".join(texts)
        return self.tr("{kind}: {record}").format(kind=self.action_names()[row.action], record=row.entity)

    def _show_rows(self) -> None:
        names = self.action_names()
        self.texts = [self.describe(row) for row in self.rows]
        self.table.setRowCount(len(self.rows))
        for index, (row, text) in enumerate(zip(self.rows, self.texts, strict=True)):
            cells = [fmt_moment(row.at), actor_label(row.actor), names[row.action], row.case_number or "", text]
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if column == 4:
                    item.setToolTip(value)
                self.table.setItem(index, column, item)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(4, max(self.table.columnWidth(4), 200))
        total = max(self.total, len(self.rows))
        if total > len(self.rows):
            self.count.setText(
                self.tr(
                    "Entries: {total}; the newest {shown} are shown. Narrow the filters to see the rest."
                ).format(total=total, shown=len(self.rows))
            )
        else:
            self.count.setText(self.tr("Entries: {total}").format(total=total))

    # -- export -------------------------------------------------------------------------------------

    def _export_chosen(self) -> None:
        name = f"tatulyq-audit-{clock.today():%Y-%m-%d}.csv"
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the audit trail"), str(Path.home() / name), self.tr("CSV files (*.csv)")
        )
        if target:
            self.export_to(Path(target))

    def export_to(self, target: Path) -> int | None:
        """Write the selected entries to ``target``; how many, or None when it was refused."""
        names = self.action_names()
        headers = [self.tr("No."), *self.headers()[:2], self.tr("Kind"), self.tr("Case")]
        headers += [self.tr("Record"), self.tr("What happened"), self.tr("Changes")]
        try:
            with self.ctx.database.session(write=True, actor=self.ctx.user.actor()) as s:
                written = audit_query.export_csv(
                    s,
                    self.current_filter(),
                    target,
                    headers=headers,
                    describe=self.describe,
                    action_names=lambda action: names[action],
                )
        except TatulyqError as error:
            self.ctx.errors.known(self, error)
            return None
        self.chain_status.setText(
            self.tr("{count} entries were written to {path}.").format(count=written, path=str(target))
        )
        self.load()  # the export itself is now an entry of the trail
        return written

    # -- the chain ----------------------------------------------------------------------------------

    def check_chain(self) -> Task:
        database, actor = self.ctx.database, self.ctx.user.actor()

        def job(_progress: Any) -> ChainReport:
            with database.session(actor=actor) as s:
                return audit_query.verify_chain(s)

        self.check_button.setEnabled(False)
        self.chain_status.setText(self.tr("Checking the chain…"))
        self._check_task = run_in_background(self, job, self._checked, self._check_failed)
        return self._check_task

    def _checked(self, report: ChainReport) -> None:
        self.check_button.setEnabled(True)
        if report.ok:
            self.chain_status.setStyleSheet("")
            self.chain_status.setText(
                self.tr("The chain checks out: none of the {count} entries was removed or changed.").format(
                    count=report.entries
                )
            )
            return
        self.chain_status.setStyleSheet("color: #b3261e;")
        self.chain_status.setText(
            self.tr(
                "The chain does not check out from entry {seq} on: an entry was removed or changed outside "
                "the program. Tell the administrator; `tatulyq db check` gives the details."
            ).format(seq=report.first_broken_seq)
        )

    def _check_failed(self, error: BaseException) -> None:
        self.check_button.setEnabled(True)
        self.chain_status.setText("")
        self.ctx.errors.report(self, error)


def open_audit_dialog(ctx: UiContext, parent: QWidget | None = None) -> AuditDialog:
    dialog = AuditDialog(ctx, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
