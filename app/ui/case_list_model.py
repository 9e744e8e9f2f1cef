"""The case list's Qt model: it holds the matching case ids and fetches rows only when shown.

With 250 000 cases the model keeps the ids packed (16 bytes each, app.services.case_list_extra.IdBlock)
and a small cache of rows: when the view asks for a row that is not cached, the page of PAGE_SIZE rows
around it is read with case_list.rows_by_ids, and the least recently used page is dropped once
MAX_PAGES are held. Sorting is a new SQL order chosen by the page, never a sort in Python.
"""

from __future__ import annotations

import uuid
from collections import OrderedDict
from collections.abc import Callable, Sequence
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont

from app.models.enums import CaseStatus, Category, Outcome, RiskLevel
from app.services import clock
from app.services.case_list import CaseRow, SortKey
from app.services.case_list_extra import IdBlock
from app.ui.labels import label

FetchRows = Callable[[Sequence[uuid.UUID]], dict[uuid.UUID, CaseRow]]
AnyIndex = QModelIndex | QPersistentModelIndex

OVERDUE_COLOUR = QColor("#b3261e")  # a dark red that stays readable on white and on the alternate rows


class Column(IntEnum):
    NUMBER = 0
    INTAKE_DATE = 1
    STATUS = 2
    CATEGORY = 3
    UNIT = 4
    DEADLINE = 5
    FLAGS = 6
    OUTCOME = 7


# Columns the database can order by; the others (unit, flags, outcome) are not sortable.
SORT_KEYS: dict[Column, SortKey] = {
    Column.NUMBER: SortKey.NUMBER,
    Column.INTAKE_DATE: SortKey.INTAKE_DATE,
    Column.STATUS: SortKey.STATUS,
    Column.CATEGORY: SortKey.CATEGORY,
    Column.DEADLINE: SortKey.DEADLINE,
}

CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_FONT = int(Qt.ItemDataRole.FontRole)


def _day(value: date) -> str:
    return value.strftime("%d.%m.%Y")


class CaseListModel(QAbstractTableModel):
    """Rows of the case list. ``fetch_rows`` reads rows by id (the page gives it a database session)."""

    PAGE_SIZE = 50  # about two screens: small enough to read in a millisecond or two
    MAX_PAGES = 12  # 600 rows at most in memory: a few screens above and below the one shown

    fetch_failed = Signal(object)  # the exception; rows of that page stay blank until the next load

    def __init__(self, fetch_rows: FetchRows, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fetch_rows = fetch_rows
        self._ids = IdBlock()
        self._pages: OrderedDict[int, list[CaseRow | None]] = OrderedDict()
        self._today = clock.today()
        self._unit_names: dict[str, str] = {}
        self._count = 0  # len(self._ids), kept: rowCount is asked very often
        self._bold = QFont()
        self._bold.setBold(True)
        self.peak_cached_rows = 0  # the most rows ever held at once (tests check it stays small)
        self.fetches = 0  # pages read since construction

    # -- what the page tells the model ---------------------------------------------------------

    def set_ids(self, ids: IdBlock) -> None:
        """Show these cases in this order; cached rows are dropped, so edits elsewhere show."""
        self.beginResetModel()
        self._ids = ids
        self._count = len(ids)
        self._pages.clear()
        self._today = clock.today()
        self.endResetModel()

    def set_unit_names(self, names: dict[str, str]) -> None:
        """Unit names by code in the current language (the unit column's tooltip)."""
        self._unit_names = dict(names)

    def retranslate(self) -> None:
        """Headers and every shown text are made at the moment they are asked for: ask again."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, len(Column) - 1))

    # -- reading ---------------------------------------------------------------------------------

    @property
    def ids(self) -> IdBlock:
        return self._ids

    def case_id(self, row: int) -> uuid.UUID | None:
        return self._ids[row] if 0 <= row < self._count else None

    def row_of(self, case_id: uuid.UUID) -> int | None:
        return self._ids.index_of(case_id)

    def cached_row_count(self) -> int:
        return sum(len(rows) for rows in self._pages.values())

    def case_row(self, row: int) -> CaseRow | None:
        """The row's data, read with its page when not cached; None for a case deleted meanwhile."""
        if not 0 <= row < self._count:
            return None
        number = row // self.PAGE_SIZE
        page = self._pages.get(number)
        if page is None:
            page = self._load_page(number)
        else:
            self._pages.move_to_end(number)
        return page[row - number * self.PAGE_SIZE]

    def _load_page(self, number: int) -> list[CaseRow | None]:
        ids = self._ids.between(number * self.PAGE_SIZE, (number + 1) * self.PAGE_SIZE)
        try:
            found = self._fetch_rows(ids)
        except Exception as error:  # Qt cannot take an exception from data(): blank rows, and say so
            found = {}
            self.fetch_failed.emit(error)
        page = [found.get(case_id) for case_id in ids]
        self.fetches += 1
        self._pages[number] = page
        while len(self._pages) > self.MAX_PAGES:
            self._pages.popitem(last=False)
        self.peak_cached_rows = max(self.peak_cached_rows, self.cached_row_count())
        return page

    # -- the Qt model ----------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        column = Column(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.column_title(column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column in SORT_KEYS:
                return self.tr("Click to sort by this column; click again to reverse the order")
            return self.tr("This column cannot be sorted")
        return None

    def column_title(self, column: Column) -> str:
        titles = {
            Column.NUMBER: self.tr("Number"),
            Column.INTAKE_DATE: self.tr("Intake date"),
            Column.STATUS: self.tr("Status"),
            Column.CATEGORY: self.tr("Category"),
            Column.UNIT: self.tr("Unit"),
            Column.DEADLINE: self.tr("Deadline"),
            Column.FLAGS: self.tr("Flags"),
            Column.OUTCOME: self.tr("Outcome"),
        }
        return titles[column]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Asked some 1 200 times for each screen painted: plain int comparisons, and a row is looked
        # up only for the roles and columns that have something to say.
        if role in (_DISPLAY, _TOOLTIP):
            case = self.case_row(index.row())
            if case is None:
                return None
            column = Column(index.column())
            return self._text(case, column) if role == _DISPLAY else self._tooltip(case, column)
        if role in (_FOREGROUND, _FONT) and index.column() == Column.DEADLINE:
            case = self.case_row(index.row())
            days = self._days_left(case) if case is not None else None
            if days is None or days >= 0:
                return None
            return OVERDUE_COLOUR if role == _FOREGROUND else self._bold
        if role == CASE_ID_ROLE:
            return self.case_id(index.row())
        return None

    # -- what a cell says ------------------------------------------------------------------------

    def _days_left(self, case: CaseRow) -> int | None:
        """Days to the statutory deadline for a case in mediation (negative once overdue)."""
        if case.status is not CaseStatus.IN_MEDIATION or case.deadline_on is None:
            return None
        return (case.deadline_on - self._today).days

    def _text(self, case: CaseRow, column: Column) -> str:
        if column is Column.NUMBER:
            return case.number
        if column is Column.INTAKE_DATE:
            return _day(case.intake_date)
        if column is Column.STATUS:
            return label(case.status)
        if column is Column.CATEGORY:
            return label(case.category)
        if column is Column.UNIT:
            return case.unit_code
        if column is Column.DEADLINE:
            return self._deadline_text(case)
        if column is Column.FLAGS:
            return ", ".join(short for short, _ in self._flags(case))
        return label(case.outcome)

    def _deadline_text(self, case: CaseRow) -> str:
        # Days, not the date: what a mediator acts on. The date is in the tooltip.
        days = self._days_left(case)
        if days is None:
            return ""
        if days < 0:
            return self.tr("Days overdue: {days}").format(days=-days)
        return self.tr("Days left: {days}").format(days=days)

    def _flags(self, case: CaseRow) -> list[tuple[str, str]]:
        """(short marker, full wording) for each flag the case carries."""
        flags = []
        if case.inter_ethnic:
            flags.append((self.tr("Inter-ethnic"), self.tr("Inter-ethnic dimension")))
        if case.group_dispute:
            flags.append((self.tr("Group"), self.tr("Group dispute (many people)")))
        if case.minors_involved:
            flags.append((self.tr("Minors"), self.tr("Minors involved")))
        if case.risk_level is RiskLevel.HIGH:
            flags.append((self.tr("High risk"), self.tr("High risk of escalation")))
        return flags

    def _tooltip(self, case: CaseRow, column: Column) -> str | None:
        if column is Column.FLAGS:
            return "\n".join(full for _, full in self._flags(case)) or None
        if column is Column.UNIT:
            return self._unit_names.get(case.unit_code)
        if column is Column.DEADLINE and case.deadline_on is not None and self._days_left(case) is not None:
            return self.tr(
                "The mediation must end by {date} (its term from the mediation agreement, with extensions)"
            ).format(date=_day(case.deadline_on))
        if column is Column.NUMBER:
            return self.tr("Enter or double-click opens the case")
        if column in (Column.STATUS, Column.CATEGORY, Column.OUTCOME):
            return self._text(case, column) or None  # in full, where the column cuts it short
        return None

    def sample_texts(self, column: Column) -> list[str]:
        """Texts as long as the column's longest, in the current language, to size the column by."""
        if column is Column.NUMBER:
            return ["KZ-31-KRD-2026-00000"]
        if column is Column.INTAKE_DATE:
            return ["00.00.00000"]
        if column is Column.STATUS:
            return [label(status) for status in CaseStatus]
        if column is Column.CATEGORY:
            return [label(category) for category in Category]
        if column is Column.UNIT:
            return ["KZ-31-KRD0"]
        if column is Column.DEADLINE:
            return [
                self.tr("Days overdue: {days}").format(days=999),
                self.tr("Days left: {days}").format(days=30),
            ]
        if column is Column.FLAGS:
            return [", ".join((self.tr("Inter-ethnic"), self.tr("Group")))]
        return [label(outcome) for outcome in Outcome]
