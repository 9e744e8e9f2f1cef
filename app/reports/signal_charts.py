"""The early-warning chart of a council's report: twelve months of each top raised signal.

One small panel per signal (two side by side): a bar per month coloured by that month's level, and the
count the place's own baseline expected as a dark line, so a reader sees at once whether the last
month stands out from the place's habit or the habit itself has been rising. Drawn from plain shapes
in DejaVu like charts.py.
"""

from __future__ import annotations

import itertools
import math

from reportlab.graphics.shapes import Drawing, Group, Line, String
from reportlab.lib import colors
from reportlab.lib.colors import Color
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth

from app.reports.charts import AXIS_SIZE, GRID, INK, LABEL_SIZE, MUTED, new_drawing, nice_step, no_data, rect
from app.reports.figures import ReportFigures, SignalTrend
from app.reports.fonts import BOLD, REGULAR, register_fonts
from app.reports.labels import ReportLabels, labels
from app.reports.report_tables import signal_indicator, signal_level, signal_place

LEVEL_COLOURS: dict[str, Color] = {
    "normal": colors.HexColor("#9DB3C8"),
    "watch": colors.HexColor("#E0A040"),
    "alert": colors.HexColor("#C0504D"),
}
EXPECTED = colors.HexColor("#1F2A36")
PANEL_HEIGHT = 120.0
PANEL_GAP = 14.0
LEGEND_HEIGHT = 16.0


def signal_trends_chart(figures: ReportFigures, lang: str, width: float) -> Drawing:
    register_fonts()
    lb = labels(lang)
    warning = figures.early_warning
    trends = warning.trends if warning is not None else []
    if not trends:
        return no_data(width, lb.tr.translate("ReportCharts", "No signal is raised."))
    columns = 2 if len(trends) > 1 else 1
    rows = math.ceil(len(trends) / columns)
    panel_w = (width - PANEL_GAP * (columns - 1)) / columns
    height = LEGEND_HEIGHT + rows * (PANEL_HEIGHT + PANEL_GAP)
    drawing = new_drawing(width, height)
    _legend(drawing, lb, height - LEGEND_HEIGHT + 4)
    for index, trend in enumerate(trends):
        row, column = divmod(index, columns)
        x = column * (panel_w + PANEL_GAP)
        y = height - LEGEND_HEIGHT - (row + 1) * (PANEL_HEIGHT + PANEL_GAP) + PANEL_GAP
        panel = _panel(trend, lb, panel_w, PANEL_HEIGHT)
        panel.translate(x, y)
        drawing.add(panel)
    return drawing


def _panel(trend: SignalTrend, lb: ReportLabels, width: float, height: float) -> Group:
    group = Group()
    title = f"{signal_place(trend.names, trend.place_code, lb)}: {signal_indicator(trend.indicator, lb)}"
    lines = simpleSplit(title, BOLD, LABEL_SIZE, width)[:2]
    for i, line in enumerate(lines):
        group.add(
            String(
                0,
                height - LABEL_SIZE - i * LABEL_SIZE * 1.2,
                line,
                fontName=BOLD,
                fontSize=LABEL_SIZE,
                fillColor=INK,
            )
        )
    axis_room, bottom_room = 22.0, 12.0
    plot_x, plot_y = axis_room, bottom_room
    plot_w = width - axis_room - 2
    plot_h = height - bottom_room - len(lines) * LABEL_SIZE * 1.2 - 6
    months = trend.months
    biggest = max(max(m.count, m.expected) for m in months)
    step = nice_step(max(biggest, 1.0), ticks=4)
    top = step * math.ceil(max(biggest, 1.0) / step)
    scale = plot_h / top
    value = 0.0
    while value <= top + 1e-9:
        y = plot_y + value * scale
        group.add(Line(plot_x, y, plot_x + plot_w, y, strokeColor=GRID, strokeWidth=0.5))
        group.add(
            String(
                plot_x - 3,
                y - AXIS_SIZE * 0.35,
                lb.integer(int(value)),
                fontName=REGULAR,
                fontSize=AXIS_SIZE,
                fillColor=MUTED,
                textAnchor="end",
            )
        )
        value += step
    slot = plot_w / len(months)
    bar_w = min(slot * 0.62, 14.0)
    expected: list[tuple[float, float]] = []
    for i, m in enumerate(months):
        centre = plot_x + slot * (i + 0.5)
        if m.count > 0:
            group.add(rect(centre - bar_w / 2, plot_y, bar_w, m.count * scale, fill=LEVEL_COLOURS[m.level]))
        expected.append((centre, plot_y + m.expected * scale))
        if (len(months) - 1 - i) % 3 == 0:
            # Every third month, ending with the last: "10.2026" does not fit under every bar.
            group.add(
                String(
                    centre,
                    plot_y - 9,
                    lb.short_month(m.year, m.month),
                    fontName=REGULAR,
                    fontSize=AXIS_SIZE - 0.5,
                    fillColor=INK,
                    textAnchor="middle",
                )
            )
    for (x1, y1), (x2, y2) in itertools.pairwise(expected):
        group.add(Line(x1, y1, x2, y2, strokeColor=EXPECTED, strokeWidth=1.2))
    group.add(Line(plot_x, plot_y, plot_x + plot_w, plot_y, strokeColor=MUTED, strokeWidth=0.8))
    return group


def _legend(drawing: Drawing, lb: ReportLabels, y: float) -> None:
    x = 0.0
    for level in ("alert", "watch", "normal"):
        text = signal_level(level, lb)
        drawing.add(rect(x, y, 8, 8, fill=LEVEL_COLOURS[level]))
        drawing.add(String(x + 11, y + 1, text, fontName=REGULAR, fontSize=LABEL_SIZE, fillColor=INK))
        x += 11 + stringWidth(text, REGULAR, LABEL_SIZE) + 14
    text = lb.tr.translate("ReportCharts", "Expected from the place's own previous months")
    drawing.add(Line(x, y + 4, x + 14, y + 4, strokeColor=EXPECTED, strokeWidth=1.2))
    drawing.add(String(x + 18, y + 1, text, fontName=REGULAR, fontSize=LABEL_SIZE, fillColor=INK))
