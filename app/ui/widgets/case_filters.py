"""The filter bar of the case list: the search box, status, category, mediator, period, flags, overdue.

It only gathers what the user chose into a CaseFilter and says when that changed; the page runs the
query. Choices in drop-downs and tick boxes apply at once; typing (the search box, a date) waits
until the user pauses, so each key does not start a query of 250 000 cases.
"""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import CaseStatus, Category
from app.services import clock
from app.services.case_list import CaseFilter
from app.services.case_list_extra import MediatorChoice
from app.ui.labels import label

SEARCH_DELAY_MS = 250  # a pause in typing this long starts the search

# Statuses of a case still being worked on (the "Open cases" choice).
OPEN_STATUSES = (CaseStatus.INTAKE, CaseStatus.IN_MEDIATION, CaseStatus.FOLLOW_UP)
_OPEN = "open"


class Period(StrEnum):
    ANY = "any"
    THIS_MONTH = "this_month"
    LAST_MONTH = "last_month"
    THIS_YEAR = "this_year"
    LAST_12_MONTHS = "last_12_months"
    CHOSEN = "chosen"


def period_range(period: Period, today: date) -> tuple[date | None, date | None]:
    """The intake dates a period covers (both ends included); CHOSEN and ANY give no bounds."""
    first_of_month = today.replace(day=1)
    if period is Period.THIS_MONTH:
        return first_of_month, today
    if period is Period.LAST_MONTH:
        last = first_of_month - timedelta(days=1)
        return last.replace(day=1), last
    if period is Period.THIS_YEAR:
        return today.replace(month=1, day=1), today
    if period is Period.LAST_12_MONTHS:
        day = min(today.day, 28) if today.month == 2 else today.day  # 29 February has no twin a year back
        return today.replace(year=today.year - 1, day=day) + timedelta(days=1), today
    return None, None


def _fit_popup(combo: QComboBox) -> None:
    """Let the open list be wider than the closed box, so long names show in full there."""
    view = combo.view()
    view.setMinimumWidth(view.sizeHintForColumn(0) + view.verticalScrollBar().sizeHint().width() + 8)


def _to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


@dataclass(frozen=True)
class _Flag:
    box: QCheckBox
    field: str  # the CaseFilter attribute it sets to True


class CaseFilters(QWidget):
    """Emits ``changed`` when the filter changed and ``submitted`` on Enter or Down in the search box."""

    changed = Signal()
    submitted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("case_filters")
        self._quiet = False  # set while several widgets are reset at once: one `changed` at the end

        self.search_label = QLabel(self)
        self.search = QLineEdit(self)
        self.search.setObjectName("case_search")
        self.search.setClearButtonEnabled(True)
        self.search.installEventFilter(self)
        self.search_label.setBuddy(self.search)
        self.clear_button = QPushButton(self)
        self.clear_button.setObjectName("clear_filters")

        self.status_label = QLabel(self)
        self.status = self._combo("status_filter", self.status_label)
        self.category_label = QLabel(self)
        self.category = self._combo("category_filter", self.category_label)
        self.mediator_label = QLabel(self)
        self.mediator = self._combo("mediator_filter", self.mediator_label)
        self.period_label = QLabel(self)
        self.period = self._combo("period_filter", self.period_label)
        self.period.setMinimumContentsLength(14)
        today = clock.today()
        self.date_from = self._date_edit("period_from", today.replace(day=1))
        self.date_dash = QLabel("–", self)
        self.date_to = self._date_edit("period_to", today)

        self.inter_ethnic = QCheckBox(self)
        self.inter_ethnic.setObjectName("flag_inter_ethnic")
        self.group = QCheckBox(self)
        self.group.setObjectName("flag_group")
        self.minors = QCheckBox(self)
        self.minors.setObjectName("flag_minors")
        self.high_risk = QCheckBox(self)
        self.high_risk.setObjectName("flag_high_risk")
        self.overdue = QCheckBox(self)
        self.overdue.setObjectName("overdue_only")
        self._flags = (
            _Flag(self.inter_ethnic, "inter_ethnic"),
            _Flag(self.group, "group_dispute"),
            _Flag(self.minors, "minors_involved"),
            _Flag(self.high_risk, "high_risk"),
        )

        self.status.addItem("", None)
        self.status.addItem("", _OPEN)
        for status in CaseStatus:
            self.status.addItem("", status.value)
        self.category.addItem("", None)
        for category in Category:
            self.category.addItem("", category.value)
        self.mediator.addItem("", None)
        for period in Period:
            self.period.addItem("", period.value)
        self._mediators: list[MediatorChoice] = []

        self._typing = QTimer(self)
        self._typing.setObjectName("search_delay")
        self._typing.setSingleShot(True)
        self._typing.setInterval(SEARCH_DELAY_MS)
        self._typing.timeout.connect(self._emit_changed)

        self.search.textChanged.connect(self._typing.start)
        self.search.returnPressed.connect(self._submit)
        for combo in (self.status, self.category, self.mediator):
            combo.currentIndexChanged.connect(self._changed_now)
        self.mediator.currentIndexChanged.connect(self._mediator_tooltip)
        self.period.currentIndexChanged.connect(self._period_changed)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self._typing.start)
        for box in (*(flag.box for flag in self._flags), self.overdue):
            box.toggled.connect(self._changed_now)
        self.clear_button.clicked.connect(self.clear)

        self._layout()
        self._show_dates(False)
        self.clear_button.setEnabled(False)
        self.retranslate()

    # -- building ------------------------------------------------------------------------------

    def _combo(self, name: str, buddy_of: QLabel) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        # As wide as about 16 letters (the window must still fit a small screen at the larger text
        # size); longer entries show in full in the open list.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(16)
        buddy_of.setBuddy(combo)
        return combo

    def _date_edit(self, name: str, initial: date) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setObjectName(name)
        edit.setDisplayFormat("dd.MM.yyyy")
        edit.setCalendarPopup(True)
        edit.setDate(QDate(initial.year, initial.month, initial.day))
        return edit

    def _layout(self) -> None:
        # A grid of two columns of drop-downs keeps the bar narrow enough for a 1024-pixel screen.
        first = QHBoxLayout()
        first.addWidget(self.search_label)
        first.addWidget(self.search, 1)
        first.addWidget(self.clear_button)

        dates = QHBoxLayout()
        dates.addWidget(self.period)
        dates.addWidget(self.date_from)
        dates.addWidget(self.date_dash)
        dates.addWidget(self.date_to)
        dates.addStretch(1)
        grid = QGridLayout()
        grid.addWidget(self.status_label, 0, 0)
        grid.addWidget(self.status, 0, 1)
        grid.addWidget(self.mediator_label, 0, 3)
        grid.addWidget(self.mediator, 0, 4, Qt.AlignmentFlag.AlignLeft)  # no jump when the dates show
        grid.addWidget(self.category_label, 1, 0)
        grid.addWidget(self.category, 1, 1)
        grid.addWidget(self.period_label, 1, 3)
        grid.addLayout(dates, 1, 4)
        grid.setColumnMinimumWidth(2, 12)
        grid.setColumnStretch(5, 1)

        # Three to a row: five Kazakh labels in one row were wider than a laptop screen at the larger size.
        flags = QGridLayout()
        flags.setHorizontalSpacing(16)
        for index, box in enumerate((*(flag.box for flag in self._flags), self.overdue)):
            flags.addWidget(box, index // 3, index % 3)
        flags.setColumnStretch(3, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(first)
        layout.addLayout(grid)
        layout.addLayout(flags)

        order: list[QWidget] = [
            self.search,
            self.clear_button,
            self.status,
            self.category,
            self.mediator,
            self.period,
            self.date_from,
            self.date_to,
            *(flag.box for flag in self._flags),
            self.overdue,
        ]
        for before, after in itertools.pairwise(order):
            QWidget.setTabOrder(before, after)

    # -- texts ---------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.search_label.setText(self.tr("&Search:"))
        self.search.setPlaceholderText(self.tr("Case number, a party's name or words of the description"))
        self.search.setToolTip(
            self.tr(
                "Results appear as you type; any letter case, Kazakh and Russian letters. "
                "Enter or Down moves to the list (Ctrl+F comes back here, Esc clears)."
            )
        )
        self.clear_button.setText(self.tr("Clea&r filters"))
        self.clear_button.setToolTip(self.tr("Show all cases again: empty the search and reset every filter"))
        self.status_label.setText(self.tr("S&tatus:"))
        self.status.setItemText(0, self.tr("All statuses"))
        self.status.setItemText(1, self.tr("Open cases (not closed)"))
        for row, status in enumerate(CaseStatus, start=2):
            self.status.setItemText(row, label(status))
        self.category_label.setText(self.tr("&Category:"))
        self.category.setItemText(0, self.tr("All categories"))
        for row, category in enumerate(Category, start=1):
            self.category.setItemText(row, label(category))
        self.mediator_label.setText(self.tr("&Mediator:"))
        self._mediator_texts()
        self.period_label.setText(self.tr("Intake &period:"))
        period_texts = {
            Period.ANY: self.tr("Any time"),
            Period.THIS_MONTH: self.tr("This month"),
            Period.LAST_MONTH: self.tr("Last month"),
            Period.THIS_YEAR: self.tr("This year"),
            Period.LAST_12_MONTHS: self.tr("Last 12 months"),
            Period.CHOSEN: self.tr("Chosen dates…"),
        }
        for row, period in enumerate(Period):
            self.period.setItemText(row, period_texts[period])
        self.date_from.setToolTip(self.tr("Received on or after this day"))
        self.date_to.setToolTip(self.tr("Received on or before this day"))
        self.inter_ethnic.setText(self.tr("Inter-&ethnic"))
        self.inter_ethnic.setToolTip(self.tr("Only disputes with an inter-ethnic dimension"))
        self.group.setText(self.tr("&Group dispute"))
        self.group.setToolTip(self.tr("Only group disputes (many people)"))
        self.minors.setText(self.tr("M&inors involved"))
        self.minors.setToolTip(self.tr("Only disputes where minors are involved"))
        self.high_risk.setText(self.tr("&High risk"))
        self.high_risk.setToolTip(self.tr("Only disputes with a high risk of escalation"))
        self.overdue.setText(self.tr("&Overdue only"))
        self.overdue.setToolTip(self.tr("Only cases in mediation whose term has run out"))
        for combo in (self.status, self.category, self.period):
            _fit_popup(combo)

    def _mediator_texts(self) -> None:
        self.mediator.setItemText(0, self.tr("Any mediator"))
        for row, choice in enumerate(self._mediators, start=1):
            text = choice.name if choice.active else self.tr("{name} (inactive)").format(name=choice.name)
            self.mediator.setItemText(row, text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- what the user chose -------------------------------------------------------------------

    def set_mediators(self, choices: Sequence[MediatorChoice]) -> None:
        """Fill the mediator drop-down, keeping the chosen mediator when still in the list."""
        chosen = self.mediator.currentData()
        self._mediators = list(choices)
        self.mediator.blockSignals(True)
        try:
            while self.mediator.count() > 1:
                self.mediator.removeItem(1)
            for choice in self._mediators:
                self.mediator.addItem("", str(choice.id))
            self._mediator_texts()
            _fit_popup(self.mediator)
            index = self.mediator.findData(chosen) if chosen else 0
            self.mediator.setCurrentIndex(max(index, 0))
        finally:
            self.mediator.blockSignals(False)
        if chosen and self.mediator.currentData() != chosen:
            self._changed_now()  # the mediator filter no longer applies: the list must say so

    def current(self) -> CaseFilter:
        """The filter as chosen (unit, sort and order are the page's to add)."""
        f = CaseFilter(text=self.search.text().strip())
        status = self.status.currentData()
        if status == _OPEN:
            f.statuses = OPEN_STATUSES
        elif status:
            f.statuses = (CaseStatus(status),)
        category = self.category.currentData()
        if category:
            f.categories = (Category(category),)
        mediator = self.mediator.currentData()
        if mediator:
            f.mediator_id = uuid.UUID(str(mediator))
        period = Period(self.period.currentData())
        if period is Period.CHOSEN:
            f.intake_from = _to_date(self.date_from.date())
            f.intake_to = _to_date(self.date_to.date())
        else:
            f.intake_from, f.intake_to = period_range(period, clock.today())
        for flag in self._flags:
            if flag.box.isChecked():
                setattr(f, flag.field, True)
        if self.overdue.isChecked():
            f.overdue_on = clock.today()
        return f

    def is_default(self) -> bool:
        """True when nothing narrows the list: no search words, every filter at "all"."""
        return (
            not self.search.text().strip()
            and all(combo.currentIndex() == 0 for combo in (self.status, self.category, self.mediator))
            and self.period.currentIndex() == 0
            and not any(flag.box.isChecked() for flag in self._flags)
            and not self.overdue.isChecked()
        )

    def clear(self) -> None:
        """Empty the search and reset every filter; one `changed` for it all."""
        self._quiet = True
        try:
            self.search.clear()
            for combo in (self.status, self.category, self.mediator, self.period):
                combo.setCurrentIndex(0)
            for box in (*(flag.box for flag in self._flags), self.overdue):
                box.setChecked(False)
        finally:
            self._quiet = False
        self._changed_now()

    def flush(self) -> None:
        """Apply what is being typed now instead of after the pause."""
        if self._typing.isActive():
            self._changed_now()

    # -- reactions -----------------------------------------------------------------------------

    def _mediator_tooltip(self) -> None:
        # A long name is cut in the closed box: say it in full.
        self.mediator.setToolTip(self.mediator.currentText() if self.mediator.currentIndex() > 0 else "")

    def _period_changed(self) -> None:
        self._show_dates(Period(self.period.currentData()) is Period.CHOSEN)
        self._changed_now()

    def _show_dates(self, visible: bool) -> None:
        for widget in (self.date_from, self.date_dash, self.date_to):
            widget.setVisible(visible)

    def _changed_now(self) -> None:
        if self._quiet:
            return
        self._typing.stop()
        self._emit_changed()

    def _emit_changed(self) -> None:
        if self._quiet:
            return
        self.clear_button.setEnabled(not self.is_default())
        self.changed.emit()

    def _submit(self) -> None:
        self.flush()
        self.submitted.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_Down:
                self._submit()
                return True
            if event.key() == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()
                self.flush()
                return True
        return super().eventFilter(watched, event)
