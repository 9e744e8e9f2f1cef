"""A week of mediation sessions: Monday to Sunday columns, an hour scale, one block per session.

The view knows no database: when the user moves to another week it emits ``week_requested(monday)``
and its owner (the Deadlines page) loads that week's CalendarEntry rows, off the GUI thread, and hands
them back with ``set_entries(monday, entries)``. Each session is a small focusable
block, so Tab walks through the week in calendar order and Enter, Space or a double click asks to
open its case. Day names come from QLocale, which follows the language chosen in the program.
"""

from __future__ import annotations

import html
import math
import re
import uuid
from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtCore import QEvent, QLocale, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
    QShortcut,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import SessionKind
from app.services.sessions import CalendarEntry
from app.ui.labels import label

DEFAULT_FIRST_HOUR = 8
DEFAULT_LAST_HOUR = 19  # the scale ends at the end of this hour
DEFAULT_MINUTES = 60  # a session logged without its length is drawn as an hour
MIN_DAY_WIDTH = 104
_JOINT_FILL = QColor("#dbe9f7")
_SEPARATE_FILL = QColor("#e3f1df")
_BLOCK_BORDER = QColor("#5b7fa6")
_TODAY_FILL = QColor("#fff8dc")
_GRID = QColor("#d0d0d0")


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _minutes(start_time: str | None) -> int | None:
    if not start_time:
        return None
    hours, _, minutes = start_time.partition(":")
    try:
        return int(hours) * 60 + int(minutes or 0)
    except ValueError:
        return None


def _hhmm(minutes: int) -> str:
    minutes = min(minutes, 24 * 60)
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def day_name(day: date, long: bool = True) -> str:
    """The weekday in the program's language (QLocale's default follows the language switch)."""
    kind = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    return _capitalised(QLocale().standaloneDayName(day.isoweekday(), kind))


class _Columns:
    """Where the hour gutter and the seven day columns lie across a given width."""

    def __init__(self, width: int, gutter: int) -> None:
        self.gutter = gutter
        self.day_width = max(MIN_DAY_WIDTH, (width - gutter) // 7)

    def left(self, weekday: int) -> int:
        return self.gutter + weekday * self.day_width


def _gutter_width(metrics: QFontMetrics, untimed_caption: str) -> int:
    return max(metrics.horizontalAdvance("00:00"), metrics.horizontalAdvance(untimed_caption)) + 12


class SessionBlock(QFrame):
    """One session in the week: its time, case number and place; Enter opens the case."""

    activated = Signal(object)

    def __init__(self, entry: CalendarEntry, parent: QWidget, *, show_unit: bool = True) -> None:
        super().__init__(parent)
        self.entry = entry
        self.show_unit = show_unit
        self.setObjectName(f"session_{entry.session_id}")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.retranslate()

    @property
    def case_id(self) -> uuid.UUID:
        return self.entry.case_id

    def time_text(self) -> str:
        start = _minutes(self.entry.start_time)
        if start is None:
            return ""
        return f"{_hhmm(start)}–{_hhmm(start + (self.entry.duration_minutes or DEFAULT_MINUTES))}"

    def number_text(self) -> str:
        """The case number; within one unit its prefix says nothing, so the year and sequence remain."""
        return self._number_forms()[0]

    def _number_forms(self) -> list[str]:
        """The case number from the most to the least complete: the block shows the first that fits."""
        number, unit = self.entry.case_number, self.entry.unit_code
        rest = number[len(unit) + 1 :] if number.startswith(f"{unit}-") else number
        forms = []
        if self.show_unit:
            forms.append(number)
            region = re.match(r"^KZ-\d{2}-", number)  # a regional council's units share "KZ-31-"
            if region:
                forms.append(number[region.end() :])
        forms += [rest, rest.rpartition("-")[2]]
        return forms

    def _time_forms(self) -> list[str]:
        start = _minutes(self.entry.start_time)
        return [self.time_text(), _hhmm(start)] if start is not None else []

    def lines(self) -> list[str]:
        return [t for t in (self.time_text(), self.number_text(), self.entry.place or "") if t]

    def _shown_lines(self, width: int) -> list[tuple[str, bool]]:
        """(text, bold) per line, each the fullest form that fits the block's width."""

        def fitting(forms: list[str], font: QFont) -> str:
            metrics = QFontMetrics(font)
            for form in forms:
                if metrics.horizontalAdvance(form) <= width:
                    return form
            return metrics.elidedText(forms[-1], Qt.TextElideMode.ElideRight, width)

        bold = QFont(self.font())
        bold.setBold(True)
        shown: list[tuple[str, bool]] = []
        if self._time_forms():
            shown.append((fitting(self._time_forms(), self.font()), False))
        shown.append((fitting(self._number_forms(), bold), True))
        if self.entry.place:
            shown.append((fitting([self.entry.place], self.font()), False))
        return shown

    def retranslate(self) -> None:
        e = self.entry
        details = [
            self.tr("Case {number}").format(number=e.case_number),
            f"{e.held_on:%d.%m.%Y} {self.time_text()}".rstrip(),
            label(e.kind),
        ]
        if e.place:
            details.append(self.tr("Place: {place}").format(place=e.place))
        if e.mediator_name:
            details.append(self.tr("Mediator: {name}").format(name=e.mediator_name))
        details.append(self.tr("Double-click or press Enter to open the case."))
        self.setToolTip("\n".join(details))
        self.setAccessibleName(" ".join(details[:-1]))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fill = _JOINT_FILL if self.entry.kind is SessionKind.JOINT else _SEPARATE_FILL
        border = self.palette().color(QPalette.ColorRole.Highlight) if self.hasFocus() else _BLOCK_BORDER
        painter.setPen(QPen(border, 2.5 if self.hasFocus() else 1.0))
        painter.setBrush(fill)
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 4, 4)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        metrics = self.fontMetrics()
        inner = self.rect().adjusted(5, 3, -4, -2)
        y = inner.top()
        lines = self._shown_lines(inner.width())
        if inner.height() < metrics.height() * 2 and len(lines) > 1:
            lines = lines[1:2]  # room for one line: the case number says the most
        for index, (text, bold) in enumerate(lines):
            if index > 0 and y + metrics.height() > inner.bottom() + 2:
                break
            font = QFont(self.font())
            font.setBold(bold)
            painter.setFont(font)
            painter.drawText(QRect(inner.left(), y, inner.width(), metrics.height()), 0, text)
            y += metrics.height()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit(self.entry.case_id)
            return
        super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.activated.emit(self.entry.case_id)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()
        # Tabbing to a block below the visible hours scrolls it into view.
        area = self.parentWidget()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        if area is not None:
            area.ensureWidgetVisible(self, 0, 20)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()


class _DayHeader(QWidget):
    """Day names and dates above the columns; stays put while the hours scroll."""

    def __init__(self, view: WeekView) -> None:
        super().__init__(view)
        self.view = view
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(self.fontMetrics().height() * 2 + 10)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        columns = self.view.columns(self.width())
        metrics = self.fontMetrics()
        bold = QFont(self.font())
        bold.setBold(True)
        line = metrics.height()
        for weekday in range(7):
            day = self.view.monday + timedelta(days=weekday)
            cell = QRect(columns.left(weekday), 0, columns.day_width, self.height())
            if day == self.view.today:
                painter.fillRect(cell, _TODAY_FILL)
            painter.setPen(_GRID)
            painter.drawLine(cell.topLeft(), cell.bottomLeft())
            name = day_name(day, long=True)
            if QFontMetrics(bold).horizontalAdvance(name) > cell.width() - 8:
                name = day_name(day, long=False)
            painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
            painter.setFont(bold if day == self.view.today else self.font())
            painter.drawText(QRect(cell.left(), 4, cell.width(), line), Qt.AlignmentFlag.AlignHCenter, name)
            painter.setFont(self.font())
            painter.drawText(
                QRect(cell.left(), 4 + line, cell.width(), line),
                Qt.AlignmentFlag.AlignHCenter,
                f"{day:%d.%m}",
            )
        painter.setPen(_GRID)
        painter.drawLine(0, self.height() - 1, self.width(), self.height() - 1)


class _WeekGrid(QWidget):
    """The hour lines and the session blocks, placed by time and length; overlapping ones share a column."""

    def __init__(self, view: WeekView) -> None:
        super().__init__(view)
        self.view = view
        self.blocks: list[SessionBlock] = []
        self.first_hour = DEFAULT_FIRST_HOUR
        self.last_hour = DEFAULT_LAST_HOUR
        self._untimed_rows = 0

    def hour_height(self) -> int:
        return max(40, int(self.fontMetrics().height() * 2.6))

    def untimed_row_height(self) -> int:
        return self.fontMetrics().height() * 2 + 8

    def band_height(self) -> int:
        """The strip above the hours for sessions logged without a time, as tall as the fullest day needs."""
        rows = self._untimed_rows
        return rows * self.untimed_row_height() + 6 if rows else 0

    def y_of(self, minutes: int) -> int:
        return self.band_height() + int((minutes - self.first_hour * 60) * self.hour_height() / 60)

    def set_entries(self, entries: Sequence[CalendarEntry]) -> None:
        for block in self.blocks:
            block.hide()
            block.deleteLater()
        self.blocks = []
        counts = [0] * 7
        for entry in entries:
            if _minutes(entry.start_time) is None:
                counts[entry.held_on.weekday()] += 1
        self._untimed_rows = max(counts)  # kept: y_of() runs for every block and every hour line
        starts = [m for m in (_minutes(e.start_time) for e in entries) if m is not None]
        ends = [
            m + (e.duration_minutes or DEFAULT_MINUTES)
            for e in entries
            if (m := _minutes(e.start_time)) is not None
        ]
        self.first_hour = min([DEFAULT_FIRST_HOUR, *(m // 60 for m in starts)])
        self.last_hour = max([DEFAULT_LAST_HOUR, *(math.ceil(m / 60) - 1 for m in ends)])
        self.last_hour = min(self.last_hour, 23)
        previous: QWidget | None = None
        for entry in entries:  # calendar order: Tab walks the week day by day, hour by hour
            block = SessionBlock(entry, self, show_unit=self.view.show_units)
            block.activated.connect(self.view.open_requested)
            block.show()
            if previous is not None:
                QWidget.setTabOrder(previous, block)
            previous = block
            self.blocks.append(block)
        self.setMinimumHeight(self.y_of((self.last_hour + 1) * 60) + 1)
        self.setMinimumWidth(self.view.columns(0).gutter + 7 * MIN_DAY_WIDTH)
        self.place_blocks()
        self.update()

    def place_blocks(self) -> None:
        columns = self.view.columns(self.width())
        untimed_seen = [0] * 7
        by_day: dict[int, list[SessionBlock]] = {}
        for block in self.blocks:
            weekday = block.entry.held_on.weekday()
            if _minutes(block.entry.start_time) is None:
                top = 3 + untimed_seen[weekday] * self.untimed_row_height()
                untimed_seen[weekday] += 1
                block.setGeometry(
                    columns.left(weekday) + 3, top, columns.day_width - 6, self.untimed_row_height() - 3
                )
            else:
                by_day.setdefault(weekday, []).append(block)
        for weekday, blocks in by_day.items():
            for block, lane, lanes in _lanes(blocks):
                start = _minutes(block.entry.start_time) or 0
                end = start + (block.entry.duration_minutes or DEFAULT_MINUTES)
                top = self.y_of(start)
                height = max(self.y_of(end) - top, self.fontMetrics().height() * 2 + 10)
                width = (columns.day_width - 6) // lanes
                block.setGeometry(columns.left(weekday) + 3 + lane * width, top + 1, width - 2, height - 2)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.place_blocks()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        columns = self.view.columns(self.width())
        metrics = self.fontMetrics()
        painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Base))  # paper, like a diary
        for weekday in range(7):
            day = self.view.monday + timedelta(days=weekday)
            if day == self.view.today:
                painter.fillRect(
                    QRect(columns.left(weekday), 0, columns.day_width, self.height()), _TODAY_FILL
                )
        text_pen = self.palette().color(QPalette.ColorRole.PlaceholderText)
        band = self.band_height()
        if band:
            painter.setPen(text_pen)
            painter.drawText(
                QRect(0, 3, columns.gutter - 6, metrics.height()),
                Qt.AlignmentFlag.AlignRight,
                self.view.untimed_caption(),
            )
            painter.setPen(_GRID)
            painter.drawLine(0, band - 3, self.width(), band - 3)
        for hour in range(self.first_hour, self.last_hour + 2):
            y = self.y_of(hour * 60)
            painter.setPen(_GRID)
            painter.drawLine(columns.gutter, y, self.width(), y)
            if hour <= self.last_hour:
                painter.setPen(text_pen)
                painter.drawText(
                    QRect(0, y + 2, columns.gutter - 6, metrics.height()),
                    Qt.AlignmentFlag.AlignRight,
                    f"{hour:02d}:00",
                )
        painter.setPen(_GRID)
        for weekday in range(8):
            x = columns.left(weekday) if weekday < 7 else columns.left(6) + columns.day_width
            painter.drawLine(x, 0, x, self.height())


def _lanes(blocks: list[SessionBlock]) -> list[tuple[SessionBlock, int, int]]:
    """Side-by-side lanes for sessions that overlap in time: (block, its lane, lanes in its cluster).

    A cluster is a run of sessions each overlapping the ones before it; all of a cluster's blocks
    take the same width, so the day column never shows a half-hidden block.
    """

    def span(block: SessionBlock) -> tuple[int, int]:
        start = _minutes(block.entry.start_time) or 0
        return start, start + (block.entry.duration_minutes or DEFAULT_MINUTES)

    clusters: list[list[tuple[SessionBlock, int]]] = []
    lane_ends: list[int] = []
    cluster_end = -1
    for block in sorted(blocks, key=span):
        start, end = span(block)
        if not clusters or start >= cluster_end:
            clusters.append([])
            lane_ends = []
            cluster_end = end
        lane = next((i for i, lane_end in enumerate(lane_ends) if lane_end <= start), len(lane_ends))
        if lane == len(lane_ends):
            lane_ends.append(end)
        else:
            lane_ends[lane] = end
        clusters[-1].append((block, lane))
        cluster_end = max(cluster_end, end)
    result: list[tuple[SessionBlock, int, int]] = []
    for cluster in clusters:
        lanes = max(lane for _, lane in cluster) + 1
        result.extend((block, lane, lanes) for block, lane in cluster)
    return result


class WeekView(QWidget):
    """The week's sessions with Previous week / This week / Next week; emits the case id to open."""

    open_requested = Signal(object)
    week_requested = Signal(object)  # the Monday now shown: its sessions are wanted

    def __init__(self, today: date, parent: QWidget | None = None, *, show_units: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("week_view")
        self.show_units = show_units  # False when every session is of one unit: numbers lose the prefix
        self.today = today
        self.monday = monday_of(today)
        self.entries: list[CalendarEntry] = []
        self.loading = False  # between week_requested and set_entries

        self.previous_button = QPushButton(self)
        self.previous_button.setObjectName("previous_week")
        self.previous_button.clicked.connect(lambda: self.show_week(self.monday - timedelta(days=7)))
        self.this_week_button = QPushButton(self)
        self.this_week_button.setObjectName("this_week")
        self.this_week_button.clicked.connect(lambda: self.show_week(monday_of(self.today)))
        self.next_button = QPushButton(self)
        self.next_button.setObjectName("next_week")
        self.next_button.clicked.connect(lambda: self.show_week(self.monday + timedelta(days=7)))
        self.range_label = QLabel(self)
        self.range_label.setObjectName("week_range")
        font = QFont(self.range_label.font())
        font.setBold(True)
        self.range_label.setFont(font)
        self.legend = QLabel(self)
        self.legend.setObjectName("week_legend")
        self.empty = QLabel(self)
        self.empty.setObjectName("week_empty")
        self.empty.setWordWrap(True)

        self.header = _DayHeader(self)
        self.grid = _WeekGrid(self)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("week_scroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        # Always there, so the fixed day header above can leave the same room and stay aligned.
        self.scroll_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.scroll_area.setWidget(self.grid)
        self._scroll_pending = False
        self.scroll_area.verticalScrollBar().rangeChanged.connect(self._scroll_to_first)

        nav = QHBoxLayout()
        nav.addWidget(self.previous_button)
        nav.addWidget(self.this_week_button)
        nav.addWidget(self.next_button)
        nav.addSpacing(12)
        nav.addWidget(self.range_label)
        nav.addStretch(1)
        notes = QHBoxLayout()  # under the buttons: a long legend never pushes them off a narrow screen
        notes.addWidget(self.empty, 1)
        notes.addStretch(0)
        notes.addWidget(self.legend)
        header_row = QHBoxLayout()
        header_row.setContentsMargins(0, 0, self.scroll_area.verticalScrollBar().sizeHint().width(), 0)
        header_row.addWidget(self.header)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(nav)
        layout.addLayout(notes)
        layout.addLayout(header_row)
        layout.addWidget(self.scroll_area, 1)
        self.setMinimumWidth(7 * MIN_DAY_WIDTH + 60)
        for keys, step in (("Alt+Left", -7), ("Alt+Right", 7)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda step=step: self.show_week(self.monday + timedelta(days=step)))
        home = QShortcut(QKeySequence("Alt+Home"), self)
        home.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        home.activated.connect(lambda: self.show_week(monday_of(self.today)))
        self.retranslate()

    # --- geometry shared by the header and the grid -------------------------------------------------

    def untimed_caption(self) -> str:
        return self.tr("No time")

    def columns(self, width: int) -> _Columns:
        return _Columns(width, _gutter_width(self.fontMetrics(), self.untimed_caption()))

    # --- texts -------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.previous_button.setText(self.tr("◀ Previous week"))
        self.previous_button.setToolTip(self.tr("Show the week before (Alt+Left)"))
        self.this_week_button.setText(self.tr("This week"))
        self.this_week_button.setToolTip(self.tr("Back to the week of today (Alt+Home)"))
        self.next_button.setText(self.tr("Next week ▶"))
        self.next_button.setToolTip(self.tr("Show the week after (Alt+Right)"))
        sunday = self.monday + timedelta(days=6)
        self.range_label.setText(
            self.tr("{start} – {end}").format(start=f"{self.monday:%d.%m.%Y}", end=f"{sunday:%d.%m.%Y}")
        )
        self.empty.setText(
            self.tr(
                "No sessions held or planned this week. Sessions are planned from a case: open it and add one."
            )
        )
        self.empty.setVisible(not self.entries and not self.loading)
        swatch = '<span style="color:{color}; font-size:large;">&#9632;</span>&nbsp;{text}'
        self.legend.setText(
            "&nbsp;&nbsp;&nbsp;".join(
                swatch.format(color=color.darker(135).name(), text=html.escape(label(kind)))
                for kind, color in ((SessionKind.JOINT, _JOINT_FILL), (SessionKind.SEPARATE, _SEPARATE_FILL))
            )
        )
        self.header.update()
        self.grid.update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- data --------------------------------------------------------------------------------------

    def show_week(self, monday: date) -> None:
        """Move to the week of ``monday``; its sessions arrive with set_entries()."""
        self.monday = monday_of(monday)
        self.loading = True
        self.entries = []
        self.grid.set_entries([])  # never show last week's sessions under this week's dates
        self.retranslate()
        self.week_requested.emit(self.monday)

    def set_entries(self, monday: date, entries: Sequence[CalendarEntry]) -> None:
        """The sessions of the week of ``monday``; ignored when the user has moved on meanwhile."""
        if monday_of(monday) != self.monday:
            return
        self.loading = False
        self.entries = list(entries)
        self.grid.set_entries(self.entries)
        self.retranslate()
        # The grid's new height reaches the scroll bar only once the layout has run: scroll now, and
        # again when the bar's range changes, until the first session's hour is at the top.
        self._scroll_pending = True
        self._scroll_to_first()

    def blocks(self) -> list[SessionBlock]:
        return list(self.grid.blocks)

    def block_day(self, block: SessionBlock) -> int:
        """The column (0 = Monday) the block is drawn in, read from where it lies on the screen."""
        columns = self.columns(self.grid.width())
        return (block.geometry().center().x() - columns.gutter) // columns.day_width

    def _scroll_to_first(self) -> None:
        if not self._scroll_pending:
            return
        timed = [m for m in (_minutes(e.start_time) for e in self.entries) if m is not None]
        first = min(timed, default=9 * 60)
        bar = self.scroll_area.verticalScrollBar()
        target = max(0, self.grid.y_of(first) - self.grid.hour_height() // 2)
        bar.setValue(target)
        self._scroll_pending = bar.value() != target  # the range is not there yet: try again later
