"""Pages whose work arrives with a later issue: they say what they will hold, not an empty frame."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.ui.context import UiContext
from app.ui.pages.base import Page


class _ComingPage(Page):
    """A page with one centred sentence; subclasses give the title and the sentence."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        QVBoxLayout(self).addWidget(self.note)
        self.retranslate()

    def sentence(self) -> str:
        raise NotImplementedError

    def retranslate(self) -> None:
        self.note.setText(self.sentence())


class ExchangePage(_ComingPage):
    def title(self) -> str:
        return self.tr("Exchange")

    def sentence(self) -> str:
        return self.tr(
            "The monthly package for the regional council (on a USB stick or by e-mail), the import of packages "
            "from the units below and the completeness of reporting will be here."
        )
