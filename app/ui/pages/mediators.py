"""The Mediators page: the unit's register with each mediator's load, trainings and open cases.

Administrators and heads of centres add, edit, deactivate and reactivate; everybody else reads.
Double-clicking one of a mediator's open cases emits ``open_requested(case_id)``; the main window
decides where the case opens.
"""

from __future__ import annotations

import uuid
from enum import Enum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import TatulyqError
from app.models.enums import Category, Language
from app.services import mediator_registry, text
from app.services.context import Actor
from app.services.mediator_registry import MediatorDetail, MediatorRow
from app.services.permissions import Action
from app.ui.context import UiContext
from app.ui.labels import label
from app.ui.mediator_dialog import MediatorDialog, shown_date
from app.ui.pages.base import Page

ID_ROLE = Qt.ItemDataRole.UserRole

AnyIndex = QModelIndex | QPersistentModelIndex


def labels_of(values: tuple[str, ...], enum_cls: type[Language] | type[Category]) -> str:
    shown: list[str] = []
    for value in values:
        try:
            member: Enum = enum_cls(value)
        except ValueError:  # a value a later version added: show it rather than hide it
            shown.append(value)
            continue
        shown.append(label(member))
    return ", ".join(shown)


def bold_label(parent: QWidget, name: str) -> QLabel:
    widget = QLabel(parent)
    widget.setObjectName(name)
    font = QFont()
    font.setBold(True)  # only the weight: the size still follows the text-size setting
    widget.setFont(font)
    return widget


class MediatorTableModel(QAbstractTableModel):
    """The register's rows; sorting and the search run here in Python, on keys worked out once.

    A proxy model would ask ``data()`` for a sort key at every comparison: for a republican council's
    1,300 mediators that is tens of thousands of calls into Python and most of a second.
    """

    # The load and the status come before the long lists, so a narrow window still shows them.
    NAME, UNIT, KIND, REGISTER, OPEN, ACTIVE, LANGUAGES, SPECIALISATIONS = range(8)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.all_rows: list[MediatorRow] = []
        self.rows: list[MediatorRow] = []  # what the view shows: searched and sorted
        self._haystacks: dict[uuid.UUID, str] = {}
        self._search = ""
        self._sort_column = self.NAME
        self._order = Qt.SortOrder.AscendingOrder

    def set_rows(self, rows: list[MediatorRow]) -> None:
        self.beginResetModel()
        self.all_rows = rows
        self._haystacks = {
            r.id: text.fold(" ".join((r.full_name, r.register_number or "", r.phone or ""))) for r in rows
        }
        self.rows = self._arranged()
        self.endResetModel()

    def set_search(self, wanted: str) -> None:
        self._search = text.fold(wanted.strip())
        self._rearrange()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column, self._order = column, order
        self._rearrange()

    def _key(self, row: MediatorRow) -> tuple[Any, ...]:
        column = self._sort_column
        if column == self.NAME:
            return (row.name_key,)
        if column == self.OPEN:
            return (row.open_cases, row.name_key)
        return (text.fold(self._text(row, column)), row.name_key)

    def _arranged(self) -> list[MediatorRow]:
        shown = [r for r in self.all_rows if self._search in self._haystacks[r.id]]
        shown.sort(key=self._key, reverse=self._order == Qt.SortOrder.DescendingOrder)
        return shown

    def _rearrange(self) -> None:
        # A layout change, not a reset: the chosen mediator stays chosen while still shown.
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        ids = [self.rows[i.row()].id if i.isValid() else None for i in before]
        self.rows = self._arranged()
        position = {r.id: n for n, r in enumerate(self.rows)}
        after = [
            self.index(position[mediator_id], i.column()) if mediator_id in position else QModelIndex()
            for i, mediator_id in zip(before, ids, strict=True)
        ]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def row_index(self, mediator_id: uuid.UUID) -> QModelIndex:
        for number, row in enumerate(self.rows):
            if row.id == mediator_id:
                return self.index(number, self.NAME)
        return QModelIndex()

    def retranslate(self) -> None:
        """Headers and enum labels are translated when shown: tell the views to ask again."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, self.columnCount() - 1))

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else 8

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Name"),
            self.tr("Unit"),
            self.tr("Type"),
            self.tr("Register number"),
            self.tr("Open cases"),
            self.tr("Status"),
            self.tr("Languages"),
            self.tr("Specialisations"),
        )[section]

    def _text(self, row: MediatorRow, column: int) -> str:
        if column == self.NAME:
            return row.full_name
        if column == self.UNIT:
            return row.unit_code
        if column == self.KIND:
            return label(row.kind)
        if column == self.REGISTER:
            return row.register_number or ""
        if column == self.LANGUAGES:
            return labels_of(row.languages, Language)
        if column == self.SPECIALISATIONS:
            return labels_of(row.specialisations, Category)
        if column == self.OPEN:
            return str(row.open_cases)
        return self.tr("Active") if row.active else self.tr("Inactive")

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, column)
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.OPEN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and not row.active:
            # Greyed like a disabled line, yet readable: they are still part of the record.
            return QApplication.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        return None


class MediatorPanel(QWidget):
    """The chosen mediator: contacts, languages, trainings and the open cases they mediate."""

    open_requested = Signal(object)  # uuid.UUID of a case

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mediator_panel")
        self.detail: MediatorDetail | None = None
        self.stack = QStackedWidget(self)
        self.placeholder = QLabel(self)
        self.placeholder.setObjectName("panel_placeholder")
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        content = QWidget(self)
        self.name = bold_label(content, "panel_name")
        self.name.setWordWrap(True)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.captions: list[QLabel] = []
        self.values: list[QLabel] = []
        for index in range(9):
            caption = QLabel(content)
            value = QLabel(content)
            value.setObjectName(f"panel_value_{index}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.captions.append(caption)
            self.values.append(value)
            self.form.addRow(caption, value)
        self.cases_heading = bold_label(content, "open_cases_heading")
        self.cases = QTreeWidget(content)
        self.cases.setObjectName("open_cases")
        self.cases.setRootIsDecorated(False)
        self.cases.setColumnCount(4)
        self.cases.itemActivated.connect(self._case_activated)
        self.trainings_heading = bold_label(content, "trainings_heading")
        self.trainings = QTreeWidget(content)
        self.trainings.setObjectName("panel_trainings")
        self.trainings.setRootIsDecorated(False)
        self.trainings.setColumnCount(4)
        for tree in (self.cases, self.trainings):
            # As tall as their lines want, so a short list never pushes the panel into scrolling.
            tree.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustToContents)
        # The case number is what people say aloud: shown whole; a long training title may be elided.
        self.cases.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.trainings.header().setStretchLastSection(False)
        self.trainings.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.trainings.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        inner = QVBoxLayout(content)
        inner.addWidget(self.name)
        inner.addLayout(self.form)
        inner.addWidget(self.cases_heading)
        inner.addWidget(self.cases, 1)
        inner.addWidget(self.trainings_heading)
        inner.addWidget(self.trainings, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(scroll)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.retranslate()

    def retranslate(self) -> None:
        self.placeholder.setText(
            self.tr("Choose a mediator in the list to see their trainings and open cases.")
        )
        captions = (
            self.tr("Type"),
            self.tr("Register number"),
            self.tr("Elected or certified on"),
            self.tr("Unit"),
            self.tr("Phone"),
            self.tr("E-mail"),
            self.tr("Languages"),
            self.tr("Specialisations"),
            self.tr("Notes"),
        )
        for caption, caption_text in zip(self.captions, captions, strict=True):
            caption.setText(caption_text)
        self.cases.setHeaderLabels(
            [self.tr("Case number"), self.tr("Status"), self.tr("Role"), self.tr("Term ends")]
        )
        self.cases.setToolTip(self.tr("Double-click or press Enter to open the case"))
        self.trainings.setHeaderLabels(
            [self.tr("Training"), self.tr("Provider"), self.tr("Completed on"), self.tr("Hours")]
        )
        self.show_detail(self.detail)

    def show_detail(self, detail: MediatorDetail | None) -> None:
        self.detail = detail
        if detail is None:
            self.stack.setCurrentIndex(0)
            return
        self.stack.setCurrentIndex(1)
        row = detail.mediator
        if row.active:
            self.name.setText(row.full_name)
        else:
            self.name.setText(self.tr("{name} (inactive)").format(name=row.full_name))
        values = (
            label(row.kind),
            row.register_number or "—",
            shown_date(row.registered_on) or "—",
            row.unit_code,
            row.phone or "—",
            row.email or "—",
            labels_of(row.languages, Language) or "—",
            labels_of(row.specialisations, Category) or "—",
            row.notes or "—",
        )
        for value, value_text in zip(self.values, values, strict=True):
            value.setText(value_text)
        count = len(detail.open_cases)
        if count:
            self.cases_heading.setText(self.tr("Open cases: {count}").format(count=count))
        else:
            self.cases_heading.setText(self.tr("Open cases: none"))
        self.cases.setVisible(bool(count))
        self.cases.clear()
        for case in detail.open_cases:
            item = QTreeWidgetItem(
                [
                    case.number,
                    label(case.status),
                    self.tr("Lead mediator") if case.lead else self.tr("Co-mediator"),
                    shown_date(case.deadline_on),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, case.case_id)
            self.cases.addTopLevelItem(item)
        trained = len(detail.trainings)
        if trained:
            self.trainings_heading.setText(self.tr("Trainings: {count}").format(count=trained))
        else:
            self.trainings_heading.setText(self.tr("Trainings: none recorded"))
        self.trainings.setVisible(bool(trained))
        self.trainings.clear()
        for training in detail.trainings:
            self.trainings.addTopLevelItem(
                QTreeWidgetItem(
                    [
                        training.title,
                        training.provider or "",
                        shown_date(training.completed_on),
                        str(training.hours or ""),
                    ]
                )
            )

    def _case_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        case_id = item.data(0, Qt.ItemDataRole.UserRole)
        if isinstance(case_id, uuid.UUID):
            self.open_requested.emit(case_id)


class MediatorsPage(Page):
    open_requested = Signal(object)  # uuid.UUID of a case to open

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.can_edit = ctx.user.may(Action.MANAGE_MEDIATORS)  # app/services/permissions.py
        self.rows_loaded = False
        self.total = 0

        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.show_inactive = QCheckBox(self)
        self.show_inactive.setObjectName("show_inactive")
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("add_mediator")
        self.edit_button = QPushButton(self)
        self.edit_button.setObjectName("edit_mediator")
        self.active_button = QPushButton(self)
        self.active_button.setObjectName("toggle_active")
        for button in (self.add_button, self.edit_button, self.active_button):
            button.setVisible(self.can_edit)
        toolbar = QHBoxLayout()
        toolbar.addWidget(self.search, 2)
        toolbar.addWidget(self.show_inactive)
        toolbar.addStretch(1)
        toolbar.addWidget(self.add_button)
        toolbar.addWidget(self.edit_button)
        toolbar.addWidget(self.active_button)

        self.model = MediatorTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("mediators")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(MediatorTableModel.NAME, Qt.SortOrder.AscendingOrder)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Measure the first lines only: a republican council's 1,300 mediators would take most of a second.
        header.setResizeContentsPrecision(60)
        header.setSectionResizeMode(MediatorTableModel.NAME, QHeaderView.ResizeMode.Interactive)
        # The last column takes what room is left, yet keeps a readable width (the list then scrolls).
        header.setSectionResizeMode(MediatorTableModel.SPECIALISATIONS, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self._size_name_column()
        self.empty = QLabel(self)
        self.empty.setObjectName("empty_state")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.list_stack = QStackedWidget(self)
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty)

        self.panel = MediatorPanel(self)
        self.panel.open_requested.connect(self.open_requested)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("splitter")
        splitter.addWidget(self.list_stack)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([620, 380])  # scaled to the real width: the list gets the larger share
        splitter.setChildrenCollapsible(False)

        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("count")
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.count_label)

        layout = QVBoxLayout(self)
        layout.addLayout(toolbar)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

        self.new_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.New), self)
        self.new_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_shortcut.setEnabled(self.can_edit)
        self.new_shortcut.activated.connect(self.add_mediator)
        self.find_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        self.find_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.find_shortcut.activated.connect(self.search.setFocus)

        self.search.textChanged.connect(self._search_changed)
        self.show_inactive.toggled.connect(lambda _checked: self.refresh())
        self.add_button.clicked.connect(self.add_mediator)
        self.edit_button.clicked.connect(self.edit_mediator)
        self.active_button.clicked.connect(self.toggle_active)
        self.table.activated.connect(lambda _index: self.edit_mediator())  # Enter or double-click
        # Selection, not the current index: it changes after the current index, once the row is chosen.
        self.table.selectionModel().selectionChanged.connect(lambda _new, _old: self._selection_changed())
        QWidget.setTabOrder(self.search, self.show_inactive)
        QWidget.setTabOrder(self.show_inactive, self.table)
        QWidget.setTabOrder(self.table, self.panel)
        self.retranslate()
        self.refresh()

    def title(self) -> str:
        return self.tr("Mediators")

    def _size_name_column(self) -> None:
        # Room for a usual three-part name; longer ones are elided and shown whole in the tooltip.
        header = self.table.horizontalHeader()
        width = self.table.fontMetrics().averageCharWidth()
        header.resizeSection(MediatorTableModel.NAME, width * 34)
        header.resizeSection(MediatorTableModel.SPECIALISATIONS, width * 30)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:  # the text-size setting changed
            self._size_name_column()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Find by name, register number or phone (Ctrl+F)"))
        self.show_inactive.setText(self.tr("Show &inactive"))
        self.show_inactive.setToolTip(self.tr("Also list mediators taken off the active register"))
        self.add_button.setText(self.tr("&Add mediator"))
        self.add_button.setToolTip(self.tr("Add a mediator to the register (Ctrl+N)"))
        self.edit_button.setText(self.tr("&Edit"))
        self.edit_button.setToolTip(self.tr("Edit the chosen mediator (Enter)"))
        self.model.retranslate()
        self.panel.retranslate()
        self._update_buttons()
        self._update_counts()

    # -- loading ----------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the register (a few hundred rows at most per unit: one quick query and one count)."""
        keep = self.current_id()
        with self.ctx.database.session() as s:
            rows = mediator_registry.registry(
                s,
                self.ctx.user.unit_ids or [self.ctx.user.unit_id],
                include_inactive=self.show_inactive.isChecked(),
            )
        self.model.set_rows(rows)
        self.total = len(rows)
        self.rows_loaded = True
        # A council's subtree spans units; a single unit needs no Unit column.
        self.table.setColumnHidden(MediatorTableModel.UNIT, len({r.unit_code for r in rows}) <= 1)
        if keep is not None:
            self.select(keep)
        if self.current_id() is None and self.model.rowCount() > 0:
            self.table.selectRow(0)
        self._selection_changed()
        self._update_counts()

    def select(self, mediator_id: uuid.UUID) -> bool:
        index = self.model.row_index(mediator_id)
        if not index.isValid():  # not on the list, or hidden by the search
            return False
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

    def current_id(self) -> uuid.UUID | None:
        selected = self.table.selectionModel().selectedRows(MediatorTableModel.NAME)
        if not selected:
            return None
        value = selected[0].data(ID_ROLE)
        return value if isinstance(value, uuid.UUID) else None

    def current_row(self) -> MediatorRow | None:
        wanted = self.current_id()
        return next((r for r in self.model.rows if r.id == wanted), None) if wanted is not None else None

    def _selection_changed(self) -> None:
        mediator_id = self.current_id()
        detail = None
        if mediator_id is not None:
            try:
                with self.ctx.database.session() as s:
                    detail = mediator_registry.detail(s, mediator_id)
            except TatulyqError as error:  # removed elsewhere in the meantime
                self.ctx.errors.known(self, error)
        self.panel.show_detail(detail)
        self._update_buttons()

    def _search_changed(self, wanted: str) -> None:
        self.model.set_search(wanted)
        if self.current_id() is None and self.model.rowCount() > 0:
            self.table.selectRow(0)
        self._selection_changed()
        self._update_counts()

    def _update_buttons(self) -> None:
        row = self.current_row()
        self.edit_button.setEnabled(row is not None)
        self.active_button.setEnabled(row is not None)
        if row is not None and not row.active:
            self.active_button.setText(self.tr("&Reactivate"))
            self.active_button.setToolTip(self.tr("Put the chosen mediator back on the active register"))
        else:
            self.active_button.setText(self.tr("&Deactivate"))
            self.active_button.setToolTip(
                self.tr("Take the chosen mediator off the active register (only without open cases)")
            )

    def _update_counts(self) -> None:
        shown = self.model.rowCount()
        self.count_label.setText(self.tr("Shown: {shown} of {total}").format(shown=shown, total=self.total))
        if self.total == 0:
            if self.show_inactive.isChecked() or not self.can_edit:
                self.empty.setText(self.tr("No mediators are registered for this unit yet."))
            else:
                self.empty.setText(
                    self.tr("No active mediators yet. Press Ctrl+N to add the first one to the register.")
                )
            self.list_stack.setCurrentWidget(self.empty)
        elif shown == 0:
            self.empty.setText(
                self.tr("No mediator matches “{text}”. Clear the search to see them all.").format(
                    text=self.search.text().strip()
                )
            )
            self.list_stack.setCurrentWidget(self.empty)
        else:
            self.list_stack.setCurrentWidget(self.table)

    # -- actions ----------------------------------------------------------------------------------

    def _actor(self) -> Actor:
        return Actor(self.ctx.user.display_name, self.ctx.user.user_id)

    def open_dialog(self, mediator_id: uuid.UUID | None) -> MediatorDialog:
        """The dialog for a new (None) or existing mediator; tests drive it before exec()."""
        return MediatorDialog(self.ctx, mediator_id, self)

    def after_dialog(self, dialog: MediatorDialog) -> None:
        if dialog.result() != QDialog.DialogCode.Accepted or dialog.saved_id is None:
            return
        if self.search.text():
            self.search.clear()  # the saved mediator must be in sight, whatever was searched
        self.refresh()
        self.select(dialog.saved_id)
        self.status.setText(self.tr("Saved: {name}.").format(name=dialog.full_name))

    def add_mediator(self) -> None:
        if not self.can_edit:
            return
        dialog = self.open_dialog(None)
        dialog.exec()
        self.after_dialog(dialog)

    def edit_mediator(self) -> None:
        mediator_id = self.current_id()
        if not self.can_edit or mediator_id is None:
            return
        dialog = self.open_dialog(mediator_id)
        dialog.exec()
        self.after_dialog(dialog)

    def toggle_active(self) -> None:
        row = self.current_row()
        if not self.can_edit or row is None:
            return
        try:
            with self.ctx.database.session(write=True, actor=self._actor()) as s:
                changed = mediator_registry.set_active(s, row.id, not row.active)
        except TatulyqError as error:
            self.ctx.errors.known(self, error)
            return
        if changed.active:
            self.status.setText(
                self.tr("{name} is on the active register again.").format(name=changed.full_name)
            )
        elif self.show_inactive.isChecked():
            self.status.setText(
                self.tr("{name} is no longer on the active register.").format(name=changed.full_name)
            )
        else:
            self.status.setText(
                self.tr(
                    "{name} is no longer on the active register. Tick “Show inactive” to see or reactivate them."
                ).format(name=changed.full_name)
            )
        self.refresh()
