"""The period of a report, picked the way people say it: a month, a quarter, a year or two dates.

A month is a month's name and a year (not a date field: "15.10.2026" for "October" invites doubt),
and starts at the last complete month: in November a centre head reports on October. A quarter and a
year likewise start at the last complete one; two dates start at this month so far. Two dates in
the wrong order are told at once under the fields, in words, and `period()` refuses them.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import ValidationError
from app.reports.labels import labels
from app.reports.periods import Period, PeriodKind
from app.services import clock
from app.ui.i18n import Languages

FIRST_YEAR = 2000
_ROMAN = ("I", "II", "III", "IV")
ERROR_STYLE = "color: #b3261e; font-weight: bold;"
NOTE_STYLE = "QLabel:enabled { color: #444; }"  # greyed like the fields while a report is made


def last_complete_month(today: date) -> tuple[int, int]:
    before = today.replace(day=1) - timedelta(days=1)
    return before.year, before.month


def last_complete_quarter(today: date) -> tuple[int, int]:
    quarter = (today.month - 1) // 3  # the current one, counted from 0: the one before, counted from 1
    return (today.year, quarter) if quarter else (today.year - 1, 4)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class PeriodPicker(QWidget):
    """`changed` after any change; `period()` is the chosen Period (ValidationError if the dates are reversed)."""

    changed = Signal()

    def __init__(
        self, languages: Languages, parent: QWidget | None = None, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.languages = languages  # month names follow the program's language when it changes
        self.today = today or clock.today()
        self.kind = QComboBox(self)
        self.kind.setObjectName("period_kind")
        for kind in (PeriodKind.MONTH, PeriodKind.QUARTER, PeriodKind.YEAR, PeriodKind.RANGE):
            self.kind.addItem("", kind.value)

        self.month = QComboBox(self)
        self.month.setObjectName("period_month")
        for number in range(1, 13):
            self.month.addItem("", number)
        self.month_year = self._year_spin("period_month_year")
        self.quarter = QComboBox(self)
        self.quarter.setObjectName("period_quarter")
        for number in range(1, 5):
            self.quarter.addItem("", number)
        self.quarter_year = self._year_spin("period_quarter_year")
        self.year = self._year_spin("period_year")
        self.start = self._date_edit("period_start")
        self.end = self._date_edit("period_end")
        self.dash = QLabel("–", self)

        self.fields = QStackedWidget(self)
        self.fields.setObjectName("period_fields")
        self.fields.addWidget(self._row(self.month, self.month_year))
        self.fields.addWidget(self._row(self.quarter, self.quarter_year))
        self.fields.addWidget(self._row(self.year))
        self.fields.addWidget(self._row(self.start, self.dash, self.end))
        self.note = QLabel(self)
        self.note.setObjectName("period_note")
        self.note.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.kind)
        layout.addWidget(self.fields)
        layout.addWidget(self.note)
        QWidget.setTabOrder(self.kind, self.month)
        QWidget.setTabOrder(self.month, self.month_year)
        QWidget.setTabOrder(self.month_year, self.quarter)
        QWidget.setTabOrder(self.quarter, self.quarter_year)
        QWidget.setTabOrder(self.quarter_year, self.year)
        QWidget.setTabOrder(self.year, self.start)
        QWidget.setTabOrder(self.start, self.end)

        self.reset()
        self.kind.currentIndexChanged.connect(self._kind_changed)
        for combo in (self.month, self.quarter):
            combo.currentIndexChanged.connect(self._changed)
        for spin in (self.month_year, self.quarter_year, self.year):
            spin.valueChanged.connect(self._changed)
        for edit in (self.start, self.end):
            edit.dateChanged.connect(self._changed)
        self.retranslate()

    def _year_spin(self, name: str) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setObjectName(name)
        spin.setRange(FIRST_YEAR, self.today.year)
        spin.setKeyboardTracking(False)  # "2025" typed is one change, not four
        return spin

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setObjectName(name)
        edit.setDisplayFormat("dd.MM.yyyy")
        edit.setCalendarPopup(True)
        edit.setDateRange(QDate(FIRST_YEAR, 1, 1), _qdate(self.today))
        return edit

    def _row(self, *widgets: QWidget) -> QWidget:
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            layout.addWidget(widget)
        layout.addStretch(1)
        return row

    def reset(self) -> None:
        """The usual choice: last complete month (and matching quarter, year and dates)."""
        year, month = last_complete_month(self.today)
        self.month.setCurrentIndex(month - 1)
        self.month_year.setValue(year)
        quarter_year, quarter = last_complete_quarter(self.today)
        self.quarter.setCurrentIndex(quarter - 1)
        self.quarter_year.setValue(quarter_year)
        self.year.setValue(max(self.today.year - 1, FIRST_YEAR))
        self.start.setDate(_qdate(self.today.replace(day=1)))
        self.end.setDate(_qdate(self.today))
        self.kind.setCurrentIndex(0)
        self.fields.setCurrentIndex(0)

    # --- the choice

    def current_kind(self) -> PeriodKind:
        return PeriodKind(self.kind.currentData())

    def set_kind(self, kind: PeriodKind) -> None:
        self.kind.setCurrentIndex(self.kind.findData(kind.value))

    def period(self) -> Period:
        kind = self.current_kind()
        if kind is PeriodKind.MONTH:
            return Period.month(self.month_year.value(), int(self.month.currentData()))
        if kind is PeriodKind.QUARTER:
            return Period.quarter(self.quarter_year.value(), int(self.quarter.currentData()))
        if kind is PeriodKind.YEAR:
            return Period.year(self.year.value())
        return Period(_date(self.start.date()), _date(self.end.date()))

    def problem(self) -> str | None:
        """What is wrong with the choice, in words; None when it can be reported on."""
        if self.current_kind() is PeriodKind.RANGE and self.end.date() < self.start.date():
            return self.tr(
                "The last day ({end}) is before the first day ({start}). Choose a last day on or after "
                "the first day."
            ).format(
                end=self.end.date().toString("dd.MM.yyyy"), start=self.start.date().toString("dd.MM.yyyy")
            )
        return None

    # --- texts

    def retranslate(self) -> None:
        kinds = {
            PeriodKind.MONTH.value: self.tr("Month"),
            PeriodKind.QUARTER.value: self.tr("Quarter"),
            PeriodKind.YEAR.value: self.tr("Year"),
            PeriodKind.RANGE.value: self.tr("From one date to another"),
        }
        for index in range(self.kind.count()):
            self.kind.setItemText(index, kinds[str(self.kind.itemData(index))])
        names = labels(self.languages.current)
        for index in range(12):
            name = names.month_name(index + 1)  # as in running text ("қазан"): a list item starts upper case
            self.month.setItemText(index, name[:1].upper() + name[1:])
        for index in range(4):
            self.quarter.setItemText(index, self.tr("{roman} quarter").format(roman=_ROMAN[index]))
        for spin in (self.month_year, self.quarter_year, self.year):
            spin.setToolTip(self.tr("Year"))
        self.month.setToolTip(self.tr("Month"))
        self.start.setToolTip(self.tr("First day of the period"))
        self.end.setToolTip(self.tr("Last day of the period (included)"))
        self._show_note()

    def _show_note(self) -> None:
        problem = self.problem()
        if problem is not None:
            self.note.setStyleSheet(ERROR_STYLE)
            self.note.setText(problem)
            return
        self.note.setStyleSheet(NOTE_STYLE)
        try:
            period = self.period()
        except ValidationError:  # cannot happen once problem() is None; told rather than trusted
            self.note.setText("")
            return
        text = self.tr("From {start} to {end}, both included.").format(
            start=f"{period.start:%d.%m.%Y}", end=f"{period.end:%d.%m.%Y}"
        )
        if period.end >= self.today:
            text += " " + self.tr("The period is not over yet: the figures are as of today.")
        self.note.setText(text)

    def _kind_changed(self) -> None:
        self.fields.setCurrentIndex(self.kind.currentIndex())
        self._changed()

    def _changed(self) -> None:
        self._show_note()
        self.changed.emit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
