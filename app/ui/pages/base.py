"""What a page of the main window is: a widget that can re-label itself and refresh its data."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from app.ui.context import UiContext


class Page(QWidget):
    """Subclasses build their widgets in __init__, set every text in retranslate(), load in refresh()."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    def title(self) -> str:
        raise NotImplementedError

    def retranslate(self) -> None:
        """Set every visible text; called at construction and whenever the language changes."""

    def refresh(self) -> None:
        """Reload what the page shows (called when the page is shown and after changes elsewhere)."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
