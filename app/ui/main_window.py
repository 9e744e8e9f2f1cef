"""The main window: navigation on the left, the chosen page on the right, who and where on the status bar."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from app.ui.context import UiContext
from app.ui.labels import label
from app.ui.pages.base import Page
from app.ui.pages.cases import CasesPage
from app.ui.pages.coming import ExchangePage, ReportsPage
from app.ui.pages.consultations import ConsultationsPage
from app.ui.pages.deadlines import DeadlinesPage
from app.ui.pages.mediators import MediatorsPage
from app.ui.pages.settings import SettingsPage

PageFactory = Callable[[UiContext, QWidget], Page]

# Order of the navigation; Ctrl+1.. Ctrl+7 follow it.
PAGES: tuple[tuple[str, PageFactory], ...] = (
    ("cases", CasesPage),
    ("consultations", ConsultationsPage),
    ("deadlines", DeadlinesPage),
    ("mediators", MediatorsPage),
    ("reports", ReportsPage),
    ("exchange", ExchangePage),
    ("settings", SettingsPage),
)


class MainWindow(QMainWindow):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("MainWindow")
        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(0, 0))
        self.nav.setMinimumWidth(200)
        self.nav.setMaximumWidth(300)
        # Roomy items: the navigation is what people aim at most, often with an unsteady mouse.
        self.nav.setStyleSheet("QListWidget#navigation::item { padding: 9px 10px; }")
        self.nav.setWordWrap(True)
        self.stack = QStackedWidget(self)
        self.pages: dict[str, Page] = {}
        for key, factory in PAGES:
            page = factory(ctx, self.stack)
            page.setObjectName(f"page_{key}")
            self.pages[key] = page
            self.stack.addWidget(page)
            item = QListWidgetItem(self.nav)
            item.setData(Qt.ItemDataRole.UserRole, key)
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.unit_label = QLabel(self)
        self.user_label = QLabel(self)
        self.db_label = QLabel(self)
        for widget in (self.unit_label, self.user_label, self.db_label):
            self.statusBar().addPermanentWidget(widget)

        self.nav.currentRowChanged.connect(self._show_row)
        for index, _ in enumerate(PAGES):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{index + 1}"), self)
            shortcut.activated.connect(lambda row=index: self.nav.setCurrentRow(row))
        self.retranslate()
        self.nav.setCurrentRow(0)
        self.resize(1200, 760)

    def show_page(self, key: str) -> Page:
        row = [k for k, _ in PAGES].index(key)
        self.nav.setCurrentRow(row)
        return self.pages[key]

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        page = self.stack.currentWidget()
        if isinstance(page, Page):
            page.refresh()

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("Tatulyq — {unit}").format(unit=self.ctx.user.unit_name(self.ctx.languages.current))
        )
        for row, (key, _) in enumerate(PAGES):
            item = self.nav.item(row)
            item.setText(self.pages[key].title())
        user = self.ctx.user
        unit_name = user.unit_name(self.ctx.languages.current)
        self.unit_label.setText(self.tr("Unit: {unit}").format(unit=f"{user.unit_code} {unit_name}"))
        self.user_label.setText(
            self.tr("User: {name} ({role})").format(name=user.display_name, role=label(user.role))
        )
        self.db_label.setText(self.tr("Database: {path}").format(path=self.ctx.database.location.describe()))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Pages with unsaved work (the case editor) may refuse; ask each in turn.
        for page in self.pages.values():
            can_close = getattr(page, "can_close", None)
            if can_close is not None and not can_close():
                event.ignore()
                return
        event.accept()
