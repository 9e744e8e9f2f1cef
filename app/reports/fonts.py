"""The fonts every PDF embeds: DejaVu Sans, shipped in app/reports/fonts with its licence.

ReportLab's built-in Helvetica has no Cyrillic at all, and a system font may be missing on the PC that
opens the file; DejaVu Sans has every Kazakh letter (Ә Ғ Қ Ң Ө Ұ Ү Һ І) and is embedded (subset) into
each PDF, so the page prints the same everywhere.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT_DIR = Path(__file__).with_name("fonts")
REGULAR = "TatulyqSans"
BOLD = "TatulyqSans-Bold"
CONDENSED = "TatulyqSansCondensed"  # wide tables (one row per unit of a council)
CONDENSED_BOLD = "TatulyqSansCondensed-Bold"

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    CONDENSED: "DejaVuSansCondensed.ttf",
    CONDENSED_BOLD: "DejaVuSansCondensed-Bold.ttf",
}


@cache
def register_fonts() -> None:
    """Register the fonts with ReportLab once per process; <b> in a Paragraph picks the bold face."""
    for name, file in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file)))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)  # no italic face shipped: italic text stays upright
    addMapping(REGULAR, 1, 1, BOLD)
    addMapping(CONDENSED, 0, 0, CONDENSED)
    addMapping(CONDENSED, 1, 0, CONDENSED_BOLD)
    addMapping(CONDENSED, 0, 1, CONDENSED)
    addMapping(CONDENSED, 1, 1, CONDENSED_BOLD)
