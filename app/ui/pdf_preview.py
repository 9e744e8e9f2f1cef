"""A PDF on screen, saved and printed: the report's preview and a case document's.

`PdfPreview` shows page pictures made by app/reports/preview.py (on a worker thread) one under the
other, fitted to the width or at their real size, with the number of pages. `draw_pdf` prints a
PDF on any QPrinter by drawing its pages as pictures at the printer's resolution (held to
PRINT_DPI: beyond it nobody sees a difference, and memory grows with its square); `print_pdf` asks
for the printer first. `ask_save_path` is the Save dialog; the caller copies the file it made.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QRect, QRectF, QSize, QStandardPaths, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPaintEvent, QPen, QTransform
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import StorageError
from app.reports.preview import RGB, PageImage, iter_pages, page_count

SCREEN_DPI = 96  # a page "at 100 %" is as many logical pixels as an inch holds on a usual screen
PREVIEW_DPI = 110  # what the preview is drawn at: sharp enough at the widths people read at
PRINT_DPI = 300
PAGE_GAP = 14  # between pages and around them, in logical pixels


class Zoom(StrEnum):
    FIT_WIDTH = "fit_width"
    ACTUAL = "actual"


def preview_dpi(widget: QWidget) -> float:
    """The resolution to draw a preview at for this screen: finer on a high-DPI screen (up to twice)."""
    ratio = min(max(widget.devicePixelRatioF(), 1.0), 2.0)
    return PREVIEW_DPI * ratio


def to_qimage(page: PageImage) -> QImage:
    """The page as a QImage that owns its pixels (the PageImage may then be dropped)."""
    if page.format != RGB:
        raise ValueError(f"unknown page format {page.format!r}")
    return QImage(page.data, page.width, page.height, page.stride, QImage.Format.Format_RGB888).copy()


class PageView(QWidget):
    """One page: a white sheet with a thin edge, its picture scaled smoothly to the shown size."""

    def __init__(self, image: QImage, width_inches: float, height_inches: float, parent: QWidget) -> None:
        super().__init__(parent)
        self.image = image
        self.inches = (width_inches, height_inches)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def show_at_width(self, width: int) -> None:
        width = max(width, 120)
        self.setFixedSize(QSize(width, round(width * self.inches[1] / self.inches[0])))

    def actual_width(self) -> int:
        return round(self.inches[0] * SCREEN_DPI)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(QRectF(self.rect()), self.image)
        painter.setPen(QPen(QColor("#9aa3ad"), 1))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        painter.end()


class PdfPreview(QWidget):
    """The pages of one PDF, one under the other, in a scrolling area; empty until show_pages()."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdf_preview")
        self.zoom = Zoom.FIT_WIDTH
        self.pages: list[PageView] = []

        self.fit_button = QToolButton(self)
        self.fit_button.setObjectName("zoom_fit_width")
        self.actual_button = QToolButton(self)
        self.actual_button.setObjectName("zoom_actual")
        self.zoom_group = QButtonGroup(self)
        for button in (self.fit_button, self.actual_button):
            button.setCheckable(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # reachable with Tab, like any button
            self.zoom_group.addButton(button)
        self.fit_button.setChecked(True)
        self.fit_button.clicked.connect(lambda: self.set_zoom(Zoom.FIT_WIDTH))
        self.actual_button.clicked.connect(lambda: self.set_zoom(Zoom.ACTUAL))
        self.count_label = QLabel(self)
        self.count_label.setObjectName("page_count")

        self.sheet = QWidget()
        self.sheet.setObjectName("pdf_pages")
        self.sheet.setStyleSheet("QWidget#pdf_pages { background: #d9dde2; }")
        self.column = QVBoxLayout(self.sheet)
        self.column.setContentsMargins(PAGE_GAP, PAGE_GAP, PAGE_GAP, PAGE_GAP)
        self.column.setSpacing(PAGE_GAP)
        self.column.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("pdf_scroll")
        self.scroll_area.setWidgetResizable(True)
        # Always there: a bar appearing and going would change the width the pages are fitted to.
        self.scroll_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.scroll_area.setWidget(self.sheet)
        self.scroll_area.setFocusPolicy(
            Qt.FocusPolicy.StrongFocus
        )  # arrows and Page Up/Down scroll the pages
        self.scroll_area.viewport().installEventFilter(self)

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.fit_button)
        bar.addWidget(self.actual_button)
        bar.addSpacing(12)
        bar.addWidget(self.count_label)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.scroll_area, 1)
        QWidget.setTabOrder(self.fit_button, self.actual_button)
        QWidget.setTabOrder(self.actual_button, self.scroll_area)
        self.retranslate()

    # --- pages

    def show_pages(self, pages: Sequence[PageImage]) -> None:
        """Show these pages instead of the ones shown (their pixels are copied; drop the list after)."""
        self.clear()
        for index, page in enumerate(pages):
            view = PageView(to_qimage(page), page.width_inches, page.height_inches, self.sheet)
            view.setObjectName(f"pdf_page_{index + 1}")
            self.column.addWidget(view, 0, Qt.AlignmentFlag.AlignHCenter)
            self.pages.append(view)
        self._fit()
        self.retranslate()
        self.scroll_area.verticalScrollBar().setValue(0)

    def clear(self) -> None:
        for view in self.pages:
            self.column.removeWidget(view)
            view.deleteLater()
        self.pages = []
        self.retranslate()

    def page_count(self) -> int:
        return len(self.pages)

    # --- zoom

    def set_zoom(self, zoom: Zoom) -> None:
        self.zoom = zoom
        (self.fit_button if zoom is Zoom.FIT_WIDTH else self.actual_button).setChecked(True)
        self._fit()

    def _fit(self) -> None:
        if not self.pages:
            return
        if self.zoom is Zoom.ACTUAL:
            for view in self.pages:
                view.show_at_width(view.actual_width())
            return
        # Every page as wide as the view, a landscape table too: each is read at the largest size it fits.
        room = self.scroll_area.viewport().width() - 2 * PAGE_GAP
        for view in self.pages:
            view.show_at_width(room)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.scroll_area.viewport() and event.type() == QEvent.Type.Resize:
            self._fit()
        return super().eventFilter(watched, event)

    # --- texts

    def retranslate(self) -> None:
        self.fit_button.setText(self.tr("Fit &width"))
        self.fit_button.setToolTip(self.tr("Show the pages as wide as the window"))
        self.actual_button.setText(self.tr("100 %"))
        self.actual_button.setToolTip(self.tr("Show the pages at the size they are printed"))
        self.count_label.setText(
            self.tr("Pages: {count}").format(count=len(self.pages)) if self.pages else ""
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


# --- printing -------------------------------------------------------------------------------------


def _not_started() -> StorageError:
    return StorageError(
        "print.not_started",
        "The printer did not start printing; check that it is switched on and connected, then try again.",
    )


def draw_pdf(source: Path, printer: QPrinter, *, first: int = 1, last: int | None = None) -> int:
    """Print pages `first`..`last` (from 1; all by default) of the PDF on `printer`; returns how many.

    Each page fills the paper as the PDF lays it out (its own margins included), keeping its
    proportions; a landscape page goes on portrait paper turned a quarter, as printers do.
    """
    printer.setFullPage(True)  # the PDF's margins are the margins: no second margin from the printer
    dpi = float(min(max(printer.resolution(), 72), PRINT_DPI))
    painter = QPainter()
    if not painter.begin(printer):
        raise _not_started()
    printed = 0
    try:
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        for page in iter_pages(source, dpi, first, last):
            if printed and not printer.newPage():
                raise StorageError(
                    "print.failed",
                    "The printer stopped in the middle of the document; nothing more was sent.",
                )
            paper = QRect(0, 0, printer.width(), printer.height())
            picture = QImage(page.data, page.width, page.height, page.stride, QImage.Format.Format_RGB888)
            if page.landscape and paper.height() > paper.width():
                picture = picture.transformed(QTransform().rotate(90))
            painter.drawImage(_fitted(picture.size(), paper), picture)
            printed += 1
    finally:
        painter.end()
    return printed


def _fitted(size: QSize, paper: QRect) -> QRectF:
    """The largest rectangle of `size`'s proportions inside `paper`, centred."""
    scale = min(paper.width() / size.width(), paper.height() / size.height())
    width, height = size.width() * scale, size.height() * scale
    return QRectF(
        paper.x() + (paper.width() - width) / 2, paper.y() + (paper.height() - height) / 2, width, height
    )


def print_pdf(parent: QWidget, source: Path, document_name: str) -> int | None:
    """Ask for the printer (and pages, copies), then print; None when the person cancelled."""
    total = page_count(source)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(document_name)
    dialog = QPrintDialog(printer, parent)
    dialog.setMinMax(1, total)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, True)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    first, last = 1, total
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first, last = printer.fromPage(), max(printer.toPage(), printer.fromPage())
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return draw_pdf(source, printer, first=first, last=last)
    finally:
        QGuiApplication.restoreOverrideCursor()


# --- saving ---------------------------------------------------------------------------------------


def default_folder(remembered: str) -> Path:
    """Where Save starts: the folder used last time if it still exists, else the person's Documents."""
    if remembered and Path(remembered).is_dir():
        return Path(remembered)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents else Path.home()


def ask_save_path(
    parent: QWidget, caption: str, suggested: Path, name_filter: str, suffix: str
) -> Path | None:
    """The Save dialog, starting at `suggested` (folder and file name); None when cancelled.

    A QFileDialog of our own rather than the static helper, so its caption and filter follow the
    program's language, it adds the file type when the person leaves it out, and tests can drive it.
    """
    dialog = QFileDialog(parent, caption, str(suggested.parent), name_filter)
    dialog.setObjectName("save_dialog")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setDefaultSuffix(suffix)
    dialog.selectFile(suggested.name)
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return None
    return Path(dialog.selectedFiles()[0])


def breakable(path: Path | str) -> str:
    """A path a word-wrapping label can break after each folder (a path has no spaces to break at)."""
    zero_width_space = "\u200b"
    return str(path).replace("/", "/" + zero_width_space).replace("\\", "\\" + zero_width_space)
