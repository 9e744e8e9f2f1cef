"""Checks of the reports: a Kazakh PDF report of the test database, read back by PDFium; its fonts."""

from __future__ import annotations

import re

from app.selftest.workspace import CheckError, Workspace

KAZAKH_LETTERS = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
# How ReportLab names an embedded subset of a TrueType font: a six-letter tag, '+', the font's name.
_EMBEDDED_DEJAVU = re.compile(rb"/BaseFont\s*/[A-Z]{6}\+DejaVuSans")


def check_report(ws: Workspace) -> None:
    """Last year's PDF report of the demo unit, in Kazakh: PDFium opens it, counts its pages, draws the
    first one, and finds Kazakh letters in its text (the font maps them back to Unicode)."""
    from app.reports.make import ReportFormat, ReportRequest, make_report
    from app.reports.periods import Period
    from app.reports.preview import iter_pages, page_count
    from app.services import clock, demo
    from app.services.runtime import open_database

    db = ws.keep(open_database(ws.require_location()))
    target = ws.folder / "report.pdf"
    period = Period.year(clock.today().year - 1)
    make_report(db, ReportRequest(demo.DEMO_UNIT, period, "kk", ReportFormat.PDF), target)
    pages = page_count(target)
    if pages < 1:
        raise CheckError("the PDF report has no pages")
    [first] = list(iter_pages(target, dpi=30, first=1, last=1))
    if len(set(first.data)) < 2:
        raise CheckError("the first page of the PDF report draws as a blank sheet")
    text = _first_page_text(target.read_bytes())
    if not KAZAKH_LETTERS & set(text):
        raise CheckError("no Kazakh letter in the text of the report's first page")
    ws.report = target


def _first_page_text(data: bytes) -> str:
    import pypdfium2 as pdfium  # type: ignore[import-untyped]

    with pdfium.PdfDocument(data) as pdf:
        page = pdf[0]
        textpage = page.get_textpage()
        try:
            return str(textpage.get_text_range())
        finally:
            textpage.close()
            page.close()


def check_fonts(ws: Workspace) -> None:
    """The DejaVu fonts are shipped and load, and the report embeds them (it prints the same anywhere)."""
    from app.reports import fonts

    missing = [name for name in fonts._FILES.values() if not (fonts.FONT_DIR / name).is_file()]
    if missing:
        raise CheckError(f"font files missing from {fonts.FONT_DIR}: {', '.join(missing)}")
    fonts.register_fonts()
    if ws.report is None:
        raise CheckError("no report was made to look for the fonts in")
    data = ws.report.read_bytes()
    if not _EMBEDDED_DEJAVU.search(data) or b"/FontFile2" not in data:
        raise CheckError("the PDF report does not embed the DejaVu Sans font")
