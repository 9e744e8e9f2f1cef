"""A case document on screen before it is printed: made in the background, saved or printed from here.

The document is made by app/reports/documents.py into a temporary folder of this window (each make is
recorded in the case's history as an access to personal data), its pages drawn on the same worker,
and shown by the PdfPreview the Reports page uses. Changing the language makes it again. The folder
goes when the window closes.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import TatulyqError
from app.reports.documents import DocumentKind, make_document
from app.reports.documents import write_atomically as write_document
from app.reports.preview import PageImage, render_pages
from app.services.context import Actor
from app.ui import report_memory
from app.ui.context import UiContext
from app.ui.pdf_preview import (
    PdfPreview,
    ask_save_path,
    breakable,
    default_folder,
    preview_dpi,
    print_pdf,
)
from app.ui.report_worker import OneJob

if TYPE_CHECKING:
    from app.storage.database import Database

# Documents are signed in Kazakh or Russian; each language named in its own words.
DOCUMENT_LANGUAGES = (("kk", "Қазақша"), ("ru", "Русский"))


@dataclass(frozen=True)
class MadeDocument:
    path: Path
    lang: str
    pages: list[PageImage] = field(default_factory=list)


def document_file_name(case_number: str, kind: DocumentKind, lang: str) -> str:
    """KZ-31-KRD-2026-0042_settlement_kk.pdf"""
    return f"{case_number}_{kind.value}_{lang}.pdf"


class DocumentDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget, case_number: str, kind: DocumentKind) -> None:
        super().__init__(parent)
        self.setObjectName("DocumentDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ctx = ctx
        self.case_number = case_number
        self.kind = kind
        self.made: MadeDocument | None = None
        self.job = OneJob(self)
        self._folder = tempfile.TemporaryDirectory(prefix="tatulyq-document-", ignore_cleanup_errors=True)
        self._runs = 0

        self.language_label = QLabel(self)
        self.language = QComboBox(self)
        self.language.setObjectName("document_language")
        for lang, name in DOCUMENT_LANGUAGES:
            self.language.addItem(name, lang)
        interface = ctx.languages.current
        self.language.setCurrentIndex(
            max(self.language.findData(interface if interface != "en" else "kk"), 0)
        )
        self.language_label.setBuddy(self.language)
        self.language.currentIndexChanged.connect(lambda _index: self.make())
        self.status = QLabel(self)
        self.status.setObjectName("document_status")
        self.status.setWordWrap(True)
        self.busy = QProgressBar(self)
        self.busy.setObjectName("document_busy")
        self.busy.setRange(0, 0)  # a document takes a moment and reports no steps: a moving bar
        self.busy.setMaximumWidth(240)
        self.busy.setTextVisible(False)
        self.preview = PdfPreview(self)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("save_document")
        self.save_button.clicked.connect(self.save_as)
        self.print_button = QPushButton(self)
        self.print_button.setObjectName("print_document")
        self.print_button.clicked.connect(self.print_document)
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("close_document")
        self.close_button.clicked.connect(self.close)
        for button in (self.save_button, self.print_button, self.close_button):
            button.setAutoDefault(False)  # Enter must not save or print by surprise

        top = QHBoxLayout()
        top.addWidget(self.language_label)
        top.addWidget(self.language)
        top.addSpacing(16)
        top.addWidget(self.status, 1)
        top.addWidget(self.busy)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.preview, 1)
        layout.addLayout(buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_as)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_document)
        QWidget.setTabOrder(self.language, self.preview.fit_button)
        QWidget.setTabOrder(self.preview.fit_button, self.preview.actual_button)
        QWidget.setTabOrder(self.preview.actual_button, self.preview.scroll_area)
        QWidget.setTabOrder(self.preview.scroll_area, self.save_button)
        QWidget.setTabOrder(self.save_button, self.print_button)
        QWidget.setTabOrder(self.print_button, self.close_button)
        self.finished.connect(lambda _result: self._closing())
        self.retranslate()
        self._show_state()
        self.resize(820, 900)

    # --- texts

    def document_title(self) -> str:
        titles = {
            DocumentKind.AGREEMENT: self.tr("Mediation agreement"),
            DocumentKind.SETTLEMENT: self.tr("Settlement agreement"),
            DocumentKind.CONSENT: self.tr("Consent to personal data processing"),
        }
        return titles[self.kind]

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("{document} — case {number} — Tatulyq").format(
                document=self.document_title(), number=self.case_number
            )
        )
        self.language_label.setText(self.tr("&Language of the document:"))
        self.save_button.setText(self.tr("&Save as…"))
        self.save_button.setToolTip(self.tr("Save a copy of the document where you choose (Ctrl+S)"))
        self.print_button.setText(self.tr("&Print…"))
        self.print_button.setToolTip(self.tr("Print the document to sign (Ctrl+P)"))
        self.close_button.setText(self.tr("&Close"))
        self.close_button.setToolTip(self.tr("Close the preview (Esc)"))
        self._show_state()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_state(self) -> None:
        working = self.job.running
        ready = self.made is not None and not working
        self.busy.setVisible(working)
        self.save_button.setEnabled(ready)
        self.print_button.setEnabled(ready)
        if working:
            self.status.setText(self.tr("Preparing the document…"))
        elif self.made is not None:
            self.status.setText(self.made.path.name)
        else:
            self.status.setText("")

    # --- making

    @property
    def ready(self) -> bool:
        """The document is made and shown (what Save and Print work on)."""
        return self.made is not None and not self.job.running

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def make(self) -> None:
        lang = self.chosen_language()
        self._runs += 1
        target = (
            Path(self._folder.name) / str(self._runs) / document_file_name(self.case_number, self.kind, lang)
        )
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            self.ctx.errors.report(self, error)
            return
        database, kind, number = self.ctx.database, self.kind, self.case_number
        actor = self.ctx.user.actor()  # the audit trail names the person; their role holds them
        dpi = preview_dpi(self)

        def job(_progress: Callable[[int, int], None]) -> MadeDocument:
            return _make(database, kind, number, lang, target, actor, dpi)

        self.job.start(job, self._made, self._failed)
        self._show_state()

    def _made(self, made: MadeDocument) -> None:
        self.preview.show_pages(made.pages)
        self.made = MadeDocument(made.path, made.lang)  # the pictures now live in the preview
        self._show_state()
        self.preview.scroll_area.setFocus(Qt.FocusReason.OtherFocusReason)

    def _failed(self, error: BaseException) -> None:
        self._show_state()
        if isinstance(error, TatulyqError):
            self.ctx.errors.known(self, error)
        else:
            self.ctx.errors.report(self, error)

    # --- save and print

    def save_as(self) -> Path | None:
        made = self.made
        if made is None or not self.ready:
            return None
        memory = report_memory.load(self.ctx.data_dir)
        suggested = default_folder(memory.folder) / made.path.name
        target = ask_save_path(
            self, self.tr("Save the document"), suggested, self.tr("PDF documents (*.pdf)"), "pdf"
        )
        if target is None:
            return None
        return target if self.save_to(target) else None

    def save_to(self, target: Path) -> bool:
        made = self.made
        if made is None:
            return False
        try:
            write_document(target, made.path.read_bytes())
        except TatulyqError as error:
            self.ctx.errors.known(self, error)
            return False
        except OSError as error:
            self.ctx.errors.report(self, error)
            return False
        memory = report_memory.load(self.ctx.data_dir)
        memory.folder = str(target.parent)
        report_memory.save(self.ctx.data_dir, memory)
        self.status.setText(self.tr("Saved as {path}").format(path=breakable(target)))
        return True

    def print_document(self) -> int | None:
        made = self.made
        if made is None or not self.ready:
            return None
        try:
            printed = print_pdf(self, made.path, made.path.stem)
        except TatulyqError as error:
            self.ctx.errors.known(self, error)
            return None
        except Exception as error:
            self.ctx.errors.report(self, error)
            return None
        if printed:
            self.status.setText(self.tr("Sent to the printer: {name}").format(name=made.path.name))
        return printed

    # --- closing

    def _closing(self) -> None:
        self.job.cancel()
        self.preview.clear()
        self._folder.cleanup()  # a document still being written there fails quietly: nobody waits for it


def _make(
    database: Database, kind: DocumentKind, number: str, lang: str, target: Path, actor: Actor, dpi: float
) -> MadeDocument:
    """On the worker: the document's PDF, then its pages as pictures; no Qt here."""
    make_document(database, kind, number, lang, target, actor=actor)
    return MadeDocument(target, lang, render_pages(target, dpi))
