"""The Exchange page: the monthly packages between a unit and its council (issue 5).

Four sections in tabs, each a module of its own: "This month" (check the month, prepare its package,
the packages sent and their receipts: exchange_month), "Import" (packages from the units below,
receipts from the council: exchange_import), "Completeness" (units x months: exchange_grid) and
"Keys and directory" (exchange_keys). Shown only to the roles that may exchange (the main window
leaves it out of the navigation otherwise). A section loads its data when it is first shown.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from app.ui.context import UiContext
from app.ui.exchange_common import ExchangeTab
from app.ui.exchange_grid import CompletenessTab
from app.ui.exchange_import import ImportTab
from app.ui.exchange_keys import KeysTab
from app.ui.exchange_month import MonthTab
from app.ui.pages.base import Page


class ExchangePage(Page):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("exchange_tabs")
        self.month = MonthTab(ctx, self.tabs)
        self.imports = ImportTab(ctx, self.tabs)
        self.completeness = CompletenessTab(ctx, self.tabs)
        self.keys = KeysTab(ctx, self.tabs)
        self.sections: tuple[ExchangeTab, ...] = (self.month, self.imports, self.completeness, self.keys)
        for section in self.sections:
            self.tabs.addTab(section, "")
        self.loaded: set[int] = set()
        self.tabs.currentChanged.connect(self._tab_shown)
        QVBoxLayout(self).addWidget(self.tabs)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Exchange")

    def retranslate(self) -> None:
        texts = (
            self.tr("This month"),
            self.tr("Import"),
            self.tr("Completeness"),
            self.tr("Keys and directory"),
        )
        for index, text in enumerate(texts):
            self.tabs.setTabText(index, text)

    def refresh(self) -> None:
        """The page was shown: the visible section reloads; the others when they are first shown."""
        self.loaded = {self.tabs.currentIndex()}
        self.sections[self.tabs.currentIndex()].refresh()

    def _tab_shown(self, index: int) -> None:
        if index >= 0 and index not in self.loaded:
            self.loaded.add(index)
            self.sections[index].refresh()

    def show_section(self, section: ExchangeTab) -> None:
        self.tabs.setCurrentWidget(section)

    def can_close(self) -> bool:
        self.month.can_close()
        self.imports.can_close()
        return True
