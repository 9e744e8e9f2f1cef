"""Table models for what the check found: the rows with problems and the rows already in the register.

Models rather than table widgets: a broken register of fifty thousand rows may have fifty thousand
problems, and a view asks a model only for the rows it shows.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from app.services.importing import Match, Problem
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.messages import message_for

AnyIndex = QModelIndex | QPersistentModelIndex
CONTEXT = "ImportTables"

_PROBLEM_COLUMNS = (
    QT_TRANSLATE_NOOP("ImportTables", "Row"),
    QT_TRANSLATE_NOOP("ImportTables", "Column"),
    QT_TRANSLATE_NOOP("ImportTables", "Value"),
    QT_TRANSLATE_NOOP("ImportTables", "Why"),
)
_MATCH_COLUMNS = (
    QT_TRANSLATE_NOOP("ImportTables", "Row"),
    QT_TRANSLATE_NOOP("ImportTables", "Already in the register as"),
    QT_TRANSLATE_NOOP("ImportTables", "Matched by"),
)


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class _ListModel(QAbstractTableModel):
    titles: tuple[str, ...] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._cache: dict[int, tuple[str, ...]] = {}

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else self._count()

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.titles)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return _t(self.titles[section])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self._cache.get(index.row())
        if row is None:  # made when first shown, in the language of that moment
            row = self._cache[index.row()] = self._texts(index.row())
        return row[index.column()]

    def retranslate(self) -> None:
        self.beginResetModel()
        self._cache.clear()
        self.endResetModel()

    def _count(self) -> int:
        raise NotImplementedError

    def _texts(self, row: int) -> tuple[str, ...]:
        raise NotImplementedError


class ProblemsModel(_ListModel):
    titles = _PROBLEM_COLUMNS

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.problems: Sequence[Problem] = ()

    def set_problems(self, problems: Sequence[Problem]) -> None:
        self.beginResetModel()
        self.problems = problems
        self._cache.clear()
        self.endResetModel()

    def _count(self) -> int:
        return len(self.problems)

    def _texts(self, row: int) -> tuple[str, ...]:
        problem = self.problems[row]
        return (str(problem.row), problem.column or "", problem.value, message_for(problem.error))


class MatchesModel(_ListModel):
    titles = _MATCH_COLUMNS

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.matches: Sequence[Match] = ()

    def set_matches(self, matches: Sequence[Match]) -> None:
        self.beginResetModel()
        self.matches = matches
        self._cache.clear()
        self.endResetModel()

    def _count(self) -> int:
        return len(self.matches)

    def _texts(self, row: int) -> tuple[str, ...]:
        match = self.matches[row]
        if match.case_number is not None:
            found = match.case_number
        else:
            found = QCoreApplication.translate("ImportTables", "row {row} of this file").format(
                row=match.same_as_row
            )
        if match.by_number:
            how = QCoreApplication.translate("ImportTables", "the case number")
        else:
            how = QCoreApplication.translate("ImportTables", "date, parties and category")
        return (str(match.row), found, how)
