"""Pictures of a made file's pages, for the on-screen preview and for printing (no Qt here).

    pages = render_pages(Path("report.pdf"), dpi=120)      # every page, as plain PageImage objects
    for page in iter_pages(Path("report.pdf"), dpi=300):   # one page at a time (a printer's resolution)
        ...

PDFium (through pypdfium2) draws the pages. Three things matter:
- The file is read into memory first and PDFium works on the bytes, so no handle to the file stays
  open: on Windows a file held open cannot be deleted, and the desktop program removes its temporary
  report as soon as a new one is made.
- Every PDFium object is closed when done with (the document closes its pages), not left to the
  garbage collector, which may run on another thread long after.
- PDFium is not thread-safe: the preview of a report and of a case's document may be drawn on two
  worker threads at once, so every use of it holds one lock.

An XLSX has no pages to draw; `workbook_sheets` lists its sheets for a short summary instead.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

POINTS_PER_INCH = 72  # a PDF's unit: 1/72 inch
# A colour pixel in three bytes, red first: what Qt's QImage.Format_RGB888 reads without converting.
RGB = "RGB"
MAX_DPI = 600  # far beyond any office printer; a page there is already some 100 MB of pixels

_PDFIUM = threading.Lock()

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class PageImage:
    """One page as pixels: `height` rows of `stride` bytes each (a row may end in unused padding)."""

    width: int
    height: int
    stride: int
    data: bytes
    format: str  # RGB: three bytes a pixel, red, green, blue
    dpi: float

    @property
    def landscape(self) -> bool:
        return self.width > self.height

    @property
    def width_inches(self) -> float:
        return self.width / self.dpi

    @property
    def height_inches(self) -> float:
        return self.height / self.dpi


def _read(source: Path | bytes) -> bytes:
    return source if isinstance(source, bytes) else Path(source).read_bytes()


def _check_dpi(dpi: float) -> None:
    if not 1 <= dpi <= MAX_DPI:
        raise ValueError(f"a page is drawn at 1 to {MAX_DPI} dpi, not {dpi}")


def page_count(source: Path | bytes) -> int:
    """How many pages the PDF has."""
    import pypdfium2 as pdfium  # type: ignore[import-untyped]  # loaded when first needed, not at start

    data = _read(source)
    with _PDFIUM, pdfium.PdfDocument(data) as pdf:
        return len(pdf)


def _render_one(data: bytes, index: int, dpi: float) -> PageImage:
    import pypdfium2 as pdfium

    with _PDFIUM, pdfium.PdfDocument(data) as pdf:
        page = pdf[index]
        try:
            # rev_byteorder: red first (PDFium's own order is blue first), so Qt reads it as it is.
            bitmap = page.render(scale=dpi / POINTS_PER_INCH, rev_byteorder=True, draw_annots=True)
            try:
                # A copy in Python's memory: the bitmap's buffer must not outlive the bitmap.
                data_copy = bytes(bitmap.buffer)
                width, height, stride, channels = (
                    bitmap.width,
                    bitmap.height,
                    bitmap.stride,
                    bitmap.n_channels,
                )
            finally:
                bitmap.close()
        finally:
            page.close()
    if channels != 3:  # the default format is three bytes a pixel; anything else is a pypdfium2 change
        raise RuntimeError(f"unexpected page bitmap with {channels} bytes a pixel")
    return PageImage(width, height, stride, data_copy, RGB, dpi)


def iter_pages(
    source: Path | bytes, dpi: float, first: int = 1, last: int | None = None
) -> Iterator[PageImage]:
    """Pages `first` to `last` (counted from 1, both included; all by default) in turn, each drawn only
    when asked for: printing holds one page's pixels at a time.

    The document is opened for each page and closed again before the page is handed out, so a
    caller that stops half-way (a printer error, Cancel) leaves nothing open.
    """
    _check_dpi(dpi)
    data = _read(source)
    total = page_count(data)
    last = total if last is None else min(last, total)
    for index in range(max(first, 1) - 1, last):
        yield _render_one(data, index, dpi)


def render_pages(source: Path | bytes, dpi: float, progress: Progress | None = None) -> list[PageImage]:
    """Every page at `dpi`; `progress(done, total)` after each page (it may raise to stop early)."""
    _check_dpi(dpi)
    data = _read(source)
    total = page_count(data)
    pages: list[PageImage] = []
    for index in range(total):
        pages.append(_render_one(data, index, dpi))
        if progress is not None:
            progress(index + 1, total)
    return pages


def workbook_sheets(source: Path) -> list[str]:
    """The names of a workbook's sheets, in order (read without loading the cells)."""
    from openpyxl import load_workbook

    book = load_workbook(Path(source), read_only=True)
    try:
        return list(book.sheetnames)
    finally:
        book.close()  # a read-only workbook keeps its file open until closed
