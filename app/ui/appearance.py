"""Text size for the whole program: normal, large, larger (many users read better at a larger size)."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

FACTORS = {"normal": 1.0, "large": 1.25, "larger": 1.5}
_BASE_POINTS: list[float] = []


def apply_text_size(app: QApplication, size: str) -> float:
    """Scale the application font; every widget that has not set its own font follows."""
    if not _BASE_POINTS:
        base = app.font().pointSizeF()
        _BASE_POINTS.append(base if base > 0 else 10.0)
    points = _BASE_POINTS[0] * FACTORS.get(size, 1.0)
    font = QFont(app.font())
    font.setPointSizeF(points)
    app.setFont(font)
    return points
