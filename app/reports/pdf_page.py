"""The page every Tatulyq PDF shares: A4, margins, paragraph styles and the footer.

The footer carries "page X of Y", the local time the file was made and, for a report, the short
fingerprint of its figures: a signed paper can then be matched with the file it was printed from.
"Of Y" is only known once every page is laid out, so the canvas keeps each finished page and draws the
footers when the document is saved (one layout pass, not two).

Only the DejaVu fonts of fonts.py are used, including the canvas's initial font: ReportLab's default
(Helvetica) would otherwise be named in every page's resources although no text is set in it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import IO, Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, NextPageTemplate, PageBreak, PageTemplate

from app.reports.fonts import BOLD, CONDENSED, CONDENSED_BOLD, REGULAR, register_fonts
from app.reports.texts import texts
from app.services.clock import KZ_TZ

PAGE_SIZE = A4
MARGIN_LEFT = 20 * mm  # a little wider on the left: the paper is filed in a binder
MARGIN_RIGHT = 15 * mm
MARGIN_TOP = 15 * mm
MARGIN_BOTTOM = 18 * mm  # room for the footer below the frame
FOOTER_Y = 10 * mm  # first footer line; the second is 3.4 mm below
FRAME_WIDTH = PAGE_SIZE[0] - MARGIN_LEFT - MARGIN_RIGHT
FRAME_HEIGHT = PAGE_SIZE[1] - MARGIN_TOP - MARGIN_BOTTOM
LANDSCAPE_SIZE = landscape(A4)  # for a table too wide for portrait (a council's units)
LANDSCAPE_FRAME_WIDTH = LANDSCAPE_SIZE[0] - MARGIN_LEFT - MARGIN_RIGHT
PORTRAIT, LANDSCAPE = "portrait", "landscape"  # the page templates' ids

INK = colors.HexColor("#1F2A36")
MUTED = colors.HexColor("#5B6670")
RULE = colors.HexColor("#9AA5AE")
HEADER_FILL = colors.HexColor("#E4EAF0")
ZEBRA_FILL = colors.HexColor("#F5F7F9")

FOOTER_FONT_SIZE = 7.5


def local_stamp(moment: datetime) -> str:
    """dd.MM.yyyy HH:mm in Kazakhstan's time (UTC+5): the time a reader sees on their own clock."""
    return moment.astimezone(KZ_TZ).strftime("%d.%m.%Y %H:%M")


@dataclass(frozen=True)
class PageFooter:
    """What the footer of every page says besides the page number."""

    lang: str
    made_at: datetime  # aware; printed in local time
    fingerprint: str | None = None  # a report's figures.fingerprint(); None for a case document
    left: str = ""  # a short name of the document (cut to fit when long)

    def stamp_text(self) -> str:
        tr = texts(self.lang)
        made = tr.translate("ReportPage", "Made {time}").format(time=local_stamp(self.made_at))
        if self.fingerprint:
            code = tr.translate("ReportPage", "data fingerprint {code}").format(code=self.fingerprint)
            return f"{made} · {code}"
        return made

    def page_text(self, page: int, pages: int) -> str:
        return (
            texts(self.lang).translate("ReportPage", "Page {page} of {pages}").format(page=page, pages=pages)
        )


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    note: ParagraphStyle  # definitions and denominators under a table
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_number: ParagraphStyle
    cell_head: ParagraphStyle
    cell_head_number: ParagraphStyle
    cell_condensed: ParagraphStyle  # wide tables: one row per unit of a council
    cell_condensed_number: ParagraphStyle
    cell_condensed_head: ParagraphStyle
    cell_condensed_head_number: ParagraphStyle
    centred: ParagraphStyle


@cache
def styles() -> Styles:
    """The paragraph styles of reports and documents, all in the embedded DejaVu faces."""
    register_fonts()
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=9.5, leading=12.5, textColor=INK)
    cell = ParagraphStyle("cell", parent=body, fontSize=8.5, leading=10.5)
    cell_head = ParagraphStyle("cell_head", parent=cell, fontName=BOLD)
    condensed = ParagraphStyle("cell_condensed", parent=cell, fontName=CONDENSED, fontSize=8, leading=9.8)
    condensed_head = ParagraphStyle("cell_condensed_head", parent=condensed, fontName=CONDENSED_BOLD)
    return Styles(
        title=ParagraphStyle(
            "title", parent=body, fontName=BOLD, fontSize=16, leading=20, spaceAfter=4, alignment=TA_CENTER
        ),
        subtitle=ParagraphStyle(
            "subtitle", parent=body, fontSize=11.5, leading=15, spaceAfter=2, alignment=TA_CENTER
        ),
        heading=ParagraphStyle(
            "heading",
            parent=body,
            fontName=BOLD,
            fontSize=11.5,
            leading=14.5,
            spaceBefore=10,
            spaceAfter=5,
            keepWithNext=True,
        ),
        body=body,
        note=ParagraphStyle("note", parent=body, fontSize=7.8, leading=10, textColor=MUTED, spaceBefore=2),
        small=ParagraphStyle("small", parent=body, fontSize=8, leading=10),
        cell=cell,
        cell_number=ParagraphStyle("cell_number", parent=cell, alignment=TA_RIGHT),
        cell_head=cell_head,
        cell_head_number=ParagraphStyle("cell_head_number", parent=cell_head, alignment=TA_RIGHT),
        cell_condensed=condensed,
        cell_condensed_number=ParagraphStyle("cell_condensed_number", parent=condensed, alignment=TA_RIGHT),
        cell_condensed_head=condensed_head,
        cell_condensed_head_number=ParagraphStyle(
            "cell_condensed_head_number", parent=condensed_head, alignment=TA_RIGHT
        ),
        centred=ParagraphStyle("centred", parent=body, alignment=TA_CENTER),
    )


class NumberedCanvas(Canvas):
    """A canvas that holds its pages back until save() to write "page X of Y" in every footer."""

    def __init__(self, *args: Any, footer: PageFooter, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._footer = footer
        self._held_pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - ReportLab's name
        # The page's drawing operations live in the canvas's state: keep a copy and start a fresh page.
        self._held_pages.append(dict(self.__dict__))
        self._startPage()  # type: ignore[attr-defined]  # ReportLab: untyped, set up in __init__

    def save(self) -> None:
        total = len(self._held_pages)
        for number, state in enumerate(self._held_pages, start=1):
            self.__dict__.update(state)
            self._draw_footer(number, total)
            Canvas.showPage(self)
        Canvas.save(self)

    def _draw_footer(self, page: int, pages: int) -> None:
        """Two lines under a thin rule: the document and its page; when it was made and its fingerprint."""
        footer = self._footer
        page_width = self._pagesize[0]  # type: ignore[attr-defined]  # portrait or landscape
        frame_width = page_width - MARGIN_LEFT - MARGIN_RIGHT
        right_edge = page_width - MARGIN_RIGHT
        self.saveState()
        self.setStrokeColor(RULE)
        self.setLineWidth(0.4)
        self.line(MARGIN_LEFT, FOOTER_Y + 3.6 * mm, right_edge, FOOTER_Y + 3.6 * mm)
        self.setFillColor(MUTED)
        self.setFont(REGULAR, FOOTER_FONT_SIZE)
        page_text = footer.page_text(page, pages)
        self.drawRightString(right_edge, FOOTER_Y, page_text)
        # A long Kazakh unit name gets the room the page number leaves and is cut with "…" beyond it.
        room = frame_width - stringWidth(page_text, REGULAR, FOOTER_FONT_SIZE) - 6 * mm
        self.drawString(MARGIN_LEFT, FOOTER_Y, fit_text(footer.left, REGULAR, FOOTER_FONT_SIZE, room))
        self.drawString(MARGIN_LEFT, FOOTER_Y - 3.4 * mm, footer.stamp_text())
        self.restoreState()

    @property
    def page_count(self) -> int:
        return len(self._held_pages)


def fit_text(text: str, font: str, size: float, width: float) -> str:
    """The text, cut with an ellipsis where it would be wider than `width` points."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return (text.rstrip() + "…") if text else ""


def build_pdf(
    target: str | IO[bytes],
    story: Sequence[Flowable],
    footer: PageFooter,
    *,
    title: str,
    author: str = "",
    subject: str = "",
) -> int:
    """Lay out `story` on A4 pages with the shared margins and footer; returns the number of pages."""
    register_fonts()
    canvases: list[NumberedCanvas] = []

    def canvas_maker(*args: Any, **kwargs: Any) -> NumberedCanvas:
        canvas = NumberedCanvas(*args, footer=footer, **kwargs)
        canvases.append(canvas)
        return canvas

    doc = BaseDocTemplate(
        target,
        pagesize=PAGE_SIZE,
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=title,
        author=author,
        subject=subject,
        creator="Tatulyq",
        initialFontName=REGULAR,
        lang=footer.lang,
    )
    doc.addPageTemplates([_template(PORTRAIT, PAGE_SIZE), _template(LANDSCAPE, LANDSCAPE_SIZE)])
    doc.build(list(story), canvasmaker=canvas_maker)
    return canvases[-1].page_count if canvases else 0


def _template(name: str, size: tuple[float, float]) -> PageTemplate:
    frame = Frame(
        MARGIN_LEFT,
        MARGIN_BOTTOM,
        size[0] - MARGIN_LEFT - MARGIN_RIGHT,
        size[1] - MARGIN_TOP - MARGIN_BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id=f"{name}-frame",
    )
    return PageTemplate(id=name, frames=[frame], pagesize=size)


def turn_to(orientation: str) -> list[Flowable]:
    """Flowables that start a new page in PORTRAIT or LANDSCAPE (and stay so until turned back)."""
    return [NextPageTemplate(orientation), PageBreak()]
