"""The Settings page (being built)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.ui.context import UiContext
from app.ui.pages.base import Page


class SettingsPage(Page):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.note = QLabel(self)
        QVBoxLayout(self).addWidget(self.note)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Settings")

    def retranslate(self) -> None:
        self.note.setText(self.title())
