"""The trend of one signal drawn by the program: a bar per period (the count) and a line (expected).

Bars are coloured by the level of their period, like the map's tiles; the last bar is the period
chosen on the page. The expected count is the place's own baseline, so a bar well above the line is
what the early warning is about. With no points the chart says so in words (``empty_text``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.ui.signals_map import LEVEL_COLOURS

_EXPECTED = QColor("#1a56b0")
_AXIS = QColor("#8a8a8a")
_NORMAL_BAR = QColor("#9bb7a0")  # a touch darker than the map's normal tile: a bar is thin


@dataclass(frozen=True)
class Point:
    start: date
    count: int
    expected: float
    level: str


TICKS = 4  # lines across the chart above zero


def nice_top(value: float) -> int:
    """The top of the scale: TICKS whole steps of 1, 2 or 5 times a power of ten, at least the value
    (counts are whole numbers: a line at 2.5 cases would mean nothing)."""
    needed = max(value, 1.0) / TICKS
    power = 10 ** max(0, math.floor(math.log10(needed)))
    for step in (1, 2, 5, 10):
        if step * power >= needed:
            return int(step * power) * TICKS
    return int(10 * power) * TICKS


class TrendChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trend_chart")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.points: list[Point] = []
        self.grain = "month"
        self.title = ""
        self.empty_text = ""
        self.count_word = ""
        self.expected_word = ""

    def sizeHint(self) -> QSize:
        return QSize(480, 240)

    def minimumSizeHint(self) -> QSize:
        return QSize(260, 160)

    def set_words(self, count_word: str, expected_word: str, empty_text: str) -> None:
        self.count_word, self.expected_word, self.empty_text = count_word, expected_word, empty_text
        self.update()

    def set_points(self, title: str, points: list[Point], grain: str) -> None:
        self.title, self.points, self.grain = title, points, grain
        summary = "; ".join(f"{self.label(p.start)}: {p.count} / {p.expected:.1f}" for p in points[-6:])
        self.setAccessibleDescription(f"{title}. {summary}")
        self.update()

    def label(self, day: date) -> str:
        return f"{day:%m.%Y}" if self.grain == "month" else f"{day:%d.%m}"

    # --- drawing ------------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetricsF(self.font())
        line = metrics.height()
        area = QRectF(self.rect()).adjusted(4, 4, -4, -4)
        painter.setPen(self.palette().windowText().color())
        if not self.points:
            painter.drawText(
                area, int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), self.empty_text
            )
            painter.end()
            return
        title_rect = QRectF(area.left(), area.top(), area.width(), line)
        painter.drawText(
            title_rect,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            metrics.elidedText(self.title, Qt.TextElideMode.ElideRight, area.width()),
        )
        self._paint_key(painter, QRectF(area.left(), area.top() + line + 2, area.width(), line))
        top = nice_top(max(max(p.count for p in self.points), max(p.expected for p in self.points)))
        axis_width = metrics.horizontalAdvance(str(top)) + 8
        plot = QRectF(area.left() + axis_width, area.top() + 2 * line + 10, area.width() - axis_width, 0)
        plot.setBottom(area.bottom() - line - 6)
        if plot.height() < 20 or plot.width() < 20:
            painter.end()
            return
        self._paint_axes(painter, plot, top, metrics)
        self._paint_bars(painter, plot, top, metrics)
        self._paint_expected(painter, plot, top)
        painter.end()

    def _paint_key(self, painter: QPainter, rect: QRectF) -> None:
        metrics = QFontMetricsF(self.font())
        size = rect.height() * 0.7
        x = rect.left()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(_NORMAL_BAR)
        painter.drawRect(QRectF(x, rect.center().y() - size / 2, size, size))
        x += size + 4
        painter.setPen(self.palette().windowText().color())
        painter.drawText(QPointF(x, rect.center().y() + metrics.ascent() / 2 - 1), self.count_word)
        x += metrics.horizontalAdvance(self.count_word) + 16
        painter.setPen(QPen(_EXPECTED, 2.0, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(x, rect.center().y()), QPointF(x + 22, rect.center().y()))
        x += 26
        painter.setPen(self.palette().windowText().color())
        painter.drawText(QPointF(x, rect.center().y() + metrics.ascent() / 2 - 1), self.expected_word)

    def _y(self, plot: QRectF, top: int, value: float) -> float:
        return plot.bottom() - plot.height() * value / top

    def _paint_axes(self, painter: QPainter, plot: QRectF, top: int, metrics: QFontMetricsF) -> None:
        painter.setPen(QPen(_AXIS, 1.0))
        for step in range(TICKS + 1):
            value = top * step / TICKS
            y = self._y(plot, top, value)
            painter.setPen(QPen(QColor("#e2e2e2") if step else _AXIS, 1.0))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(self.palette().windowText().color())
            text = f"{value:g}"
            painter.drawText(
                QRectF(plot.left() - metrics.horizontalAdvance(text) - 6, y - metrics.height() / 2, 100, 100),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
                text,
            )

    def _paint_bars(self, painter: QPainter, plot: QRectF, top: int, metrics: QFontMetricsF) -> None:
        slot = plot.width() / len(self.points)
        last = len(self.points) - 1
        for index, point in enumerate(self.points):
            left = plot.left() + index * slot + slot * 0.15
            height = plot.height() * point.count / top
            fill = _NORMAL_BAR if point.level == "normal" else LEVEL_COLOURS.get(point.level, _NORMAL_BAR)
            painter.setPen(QPen(QColor("#1f1f1f"), 1.5) if index == last else Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRect(QRectF(left, plot.bottom() - height, slot * 0.7, height))
        # Period names under the bars from the last (the chosen period, always named) back, each only
        # where it clears the one to its right; kept inside the widget at the right edge.
        painter.setPen(self.palette().windowText().color())
        room_right = float(self.width() - 2)
        for index in range(last, -1, -1):
            text = self.label(self.points[index].start)
            width = metrics.horizontalAdvance(text)
            centre = plot.left() + index * slot + slot / 2
            left_edge = min(centre - width / 2, room_right - width)
            if left_edge + width > room_right or left_edge < 0:
                continue
            painter.drawText(
                QRectF(left_edge, plot.bottom() + 3, width + 1, metrics.height()),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
                text,
            )
            room_right = left_edge - metrics.horizontalAdvance("  ")

    def _paint_expected(self, painter: QPainter, plot: QRectF, top: int) -> None:
        slot = plot.width() / len(self.points)
        path = QPainterPath()
        for index, point in enumerate(self.points):
            where = QPointF(plot.left() + index * slot + slot / 2, self._y(plot, top, point.expected))
            if index == 0:
                path.moveTo(where)
            else:
                path.lineTo(where)
        painter.setPen(QPen(_EXPECTED, 2.0, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
