"""The report's three charts as vector drawings: categories, outcomes and the twelve-month trend.

Drawn from plain shapes rather than ReportLab's chart widgets: every string then names a DejaVu face
(a widget's forgotten axis label would fall back to Helvetica, which has no Kazakh letters), and long
Kazakh category names can be wrapped beside horizontal bars. A chart with nothing to show says so
instead of drawing empty axes (and never divides by a zero maximum).
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.colors import Color
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth

from app.models.enums import Category, Outcome
from app.reports.figures import ReportFigures
from app.reports.fonts import REGULAR, register_fonts
from app.reports.labels import UNKNOWN, labels
from app.reports.report_tables import months_begun

INK = colors.HexColor("#1F2A36")
MUTED = colors.HexColor("#5B6670")
GRID = colors.HexColor("#D5DBE0")
BAR = colors.HexColor("#3F6E9A")
RECEIVED = colors.HexColor("#3F6E9A")
ENDED = colors.HexColor("#E0A040")
SETTLED = colors.HexColor("#4E9A5B")
OUTCOME_COLOURS: dict[str, Color] = {
    Outcome.SETTLED_FULL.value: colors.HexColor("#3E8E4F"),
    Outcome.SETTLED_PARTIAL.value: colors.HexColor("#8CC38F"),
    Outcome.NOT_SETTLED.value: colors.HexColor("#C0504D"),
    Outcome.TERMINATED.value: colors.HexColor("#9AA5AE"),
    Outcome.REFERRED.value: colors.HexColor("#6A8FC0"),
}

LABEL_SIZE = 8.0
VALUE_SIZE = 7.5
AXIS_SIZE = 7.0


@dataclass(frozen=True)
class Bar:
    label: str
    value: int
    colour: Color = BAR
    note: str = ""  # printed after the value: "(42,0 %)"


def new_drawing(width: float, height: float) -> Drawing:
    """A drawing whose renderer starts in DejaVu: ReportLab's default state would name Helvetica."""
    drawing = Drawing(width, height)
    # Read by the renderer's state tracker in place of its defaults (the stubs do not know them).
    drawing.initialFontName = REGULAR  # type: ignore[attr-defined]
    drawing.initialFontSize = LABEL_SIZE  # type: ignore[attr-defined]
    return drawing


def rect(
    x: float,
    y: float,
    width: float,
    height: float,
    *,
    fill: Color | None,
    stroke: Color | None = None,
    stroke_width: float = 0.5,
) -> Rect:
    """A rectangle; colours set as attributes (the type stubs of Rect's keywords are wrong)."""
    shape = Rect(x, y, width, height)
    shape.fillColor = fill
    shape.strokeColor = stroke
    shape.strokeWidth = stroke_width
    return shape


def no_data(width: float, message: str, height: float = 60) -> Drawing:
    """A framed box that says there is nothing to draw."""
    register_fonts()
    drawing = new_drawing(width, height)
    drawing.add(rect(0.5, 0.5, width - 1, height - 1, fill=None, stroke=GRID, stroke_width=0.8))
    drawing.add(
        String(
            width / 2,
            height / 2 - 3,
            message,
            fontName=REGULAR,
            fontSize=9,
            fillColor=MUTED,
            textAnchor="middle",
        )
    )
    return drawing


def horizontal_bars(bars: Sequence[Bar], width: float, empty_message: str) -> Drawing:
    """One bar per row with its label wrapped on the left: fits the longest Kazakh category name."""
    register_fonts()
    if not bars or max(bar.value for bar in bars) <= 0:
        return no_data(width, empty_message)
    label_width = width * 0.36
    gap = 6.0
    # Room for the widest value text to the right of the longest bar.
    value_room = max(stringWidth(_value_text(bar), REGULAR, VALUE_SIZE) for bar in bars) + 4
    bar_room = max(width - label_width - gap - value_room, 20.0)
    line_height = LABEL_SIZE * 1.2
    layouts = [simpleSplit(bar.label, REGULAR, LABEL_SIZE, label_width)[:3] or [""] for bar in bars]
    row_heights = [max(14.0, len(lines) * line_height + 4) for lines in layouts]
    height = sum(row_heights) + 4
    drawing = new_drawing(width, height)
    top = height - 2
    biggest = max(bar.value for bar in bars)
    for bar, lines, row_height in zip(bars, layouts, row_heights, strict=True):
        middle = top - row_height / 2
        first_baseline = middle + (len(lines) - 1) * line_height / 2 - LABEL_SIZE * 0.35
        for i, line in enumerate(lines):
            drawing.add(
                String(
                    label_width,
                    first_baseline - i * line_height,
                    line,
                    fontName=REGULAR,
                    fontSize=LABEL_SIZE,
                    fillColor=INK,
                    textAnchor="end",
                )
            )
        length = bar_room * bar.value / biggest
        bar_height = min(10.0, row_height - 4)
        x0 = label_width + gap
        if length > 0:
            drawing.add(rect(x0, middle - bar_height / 2, length, bar_height, fill=bar.colour))
        drawing.add(
            String(
                x0 + length + 3,
                middle - VALUE_SIZE * 0.35,
                _value_text(bar),
                fontName=REGULAR,
                fontSize=VALUE_SIZE,
                fillColor=INK,
            )
        )
        top -= row_height
    drawing.add(Line(label_width + gap, 1, label_width + gap, height - 1, strokeColor=GRID, strokeWidth=0.8))
    return drawing


def _value_text(bar: Bar) -> str:
    return f"{bar.value}{' ' + bar.note if bar.note else ''}"


def categories_chart(figures: ReportFigures, lang: str, width: float) -> Drawing:
    """Cases received in the period by category, the biggest first."""
    lb = labels(lang)
    order = [c.value for c in Category]
    keys = [k for k in figures.categories if figures.categories[k] > 0]
    keys.sort(key=lambda k: (-figures.categories[k], order.index(k) if k in order else len(order)))
    bars = [Bar(lb.category(k), figures.categories[k]) for k in keys]
    return horizontal_bars(
        bars, width, lb.tr.translate("ReportCharts", "No cases were received in this period.")
    )


def outcomes_chart(figures: ReportFigures, lang: str, width: float) -> Drawing:
    """Mediations ended in the period by outcome, each with its share of all ended."""
    lb = labels(lang)
    total = sum(figures.outcomes.values())
    keys = [o.value for o in Outcome] + [k for k in figures.outcomes if k not in {o.value for o in Outcome}]
    bars = [
        Bar(
            lb.outcome(k),
            figures.outcomes.get(k, 0),
            OUTCOME_COLOURS.get(k, BAR),
            f"({lb.percent(figures.outcomes.get(k, 0) / total)})" if total else "",
        )
        for k in keys
        if k != UNKNOWN or figures.outcomes.get(k, 0)
    ]
    return horizontal_bars(bars, width, lb.tr.translate("ReportCharts", "No mediation ended in this period."))


def nice_step(biggest: float, ticks: int = 5) -> float:
    """A round step (1, 2 or 5 times a power of ten) giving at most `ticks` grid lines up to `biggest`."""
    if biggest <= 0:
        return 1.0
    raw = biggest / ticks
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if factor * power >= raw:
            return max(float(factor * power), 1.0)
    return float(10 * power)


def trend_chart(figures: ReportFigures, lang: str, width: float, height: float = 170) -> Drawing:
    """Twelve months: cases received and mediations ended as grouped bars, settled as a line of dots."""
    register_fonts()
    lb = labels(lang)
    tr = lb.tr
    points = months_begun(figures)
    biggest = max((max(p.received, p.ended, p.settled) for p in points), default=0)
    if not points or biggest <= 0:
        return no_data(width, tr.translate("ReportCharts", "No cases in the last twelve months."))
    drawing = new_drawing(width, height)
    legend_height = 16.0
    axis_room = 30.0  # left, for the numbers of the scale
    bottom_room = 16.0  # the months
    plot_x, plot_y = axis_room, bottom_room
    plot_w, plot_h = width - axis_room - 4, height - bottom_room - legend_height - 6
    step = nice_step(biggest)
    top_value = step * math.ceil(biggest / step)
    scale = plot_h / top_value
    value = 0.0
    while value <= top_value + 1e-9:
        y = plot_y + value * scale
        drawing.add(Line(plot_x, y, plot_x + plot_w, y, strokeColor=GRID, strokeWidth=0.5))
        drawing.add(
            String(
                plot_x - 4,
                y - AXIS_SIZE * 0.35,
                lb.integer(int(value)),
                fontName=REGULAR,
                fontSize=AXIS_SIZE,
                fillColor=MUTED,
                textAnchor="end",
            )
        )
        value += step
    slot = plot_w / len(points)
    bar_w = min(slot * 0.32, 14.0)
    settled_points: list[tuple[float, float]] = []
    for i, p in enumerate(points):
        centre = plot_x + slot * (i + 0.5)
        for offset, amount, colour in ((-bar_w, p.received, RECEIVED), (0.0, p.ended, ENDED)):
            if amount > 0:
                drawing.add(rect(centre + offset, plot_y, bar_w, amount * scale, fill=colour))
        settled_points.append((centre, plot_y + p.settled * scale))
        drawing.add(
            String(
                centre,
                plot_y - 10,
                lb.short_month(p.year, p.month),
                fontName=REGULAR,
                fontSize=AXIS_SIZE - (0.5 if slot < 34 else 0),
                fillColor=INK,
                textAnchor="middle",
            )
        )
    for (x1, y1), (x2, y2) in itertools.pairwise(settled_points):
        drawing.add(Line(x1, y1, x2, y2, strokeColor=SETTLED, strokeWidth=1.4))
    for x, y in settled_points:
        drawing.add(rect(x - 1.8, y - 1.8, 3.6, 3.6, fill=SETTLED))
    drawing.add(Line(plot_x, plot_y, plot_x + plot_w, plot_y, strokeColor=MUTED, strokeWidth=0.8))
    _legend(
        drawing,
        plot_x,
        height - legend_height + 4,
        [
            (RECEIVED, tr.translate("ReportCharts", "Cases received")),
            (ENDED, tr.translate("ReportCharts", "Mediations ended")),
            (SETTLED, tr.translate("ReportCharts", "of which settled")),
        ],
    )
    return drawing


def _legend(drawing: Drawing, x: float, y: float, items: Sequence[tuple[Color, str]]) -> None:
    for colour, text in items:
        drawing.add(rect(x, y, 8, 8, fill=colour))
        drawing.add(String(x + 11, y + 1, text, fontName=REGULAR, fontSize=LABEL_SIZE, fillColor=INK))
        x += 11 + stringWidth(text, REGULAR, LABEL_SIZE) + 14
