"""The main window: navigation on the left, the chosen page on the right, who and where on the status bar."""

from __future__ import annotations

import importlib
import uuid
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from app.services.permissions import Action
from app.ui.context import UiContext
from app.ui.idle_lock import IdleLock
from app.ui.labels import label
from app.ui.pages.base import Page
from app.ui.widgets.elided_label import ElidedLabel

PageFactory = Callable[[UiContext, QWidget], Page]

# The navigation names pages before they are built; each page's own title() says the same in its context.
TITLES = {
    "home": "Home",
    "cases": "Cases",
    "consultations": "Consultations",
    "deadlines": "Deadlines and calendar",
    "mediators": "Mediators",
    "reports": "Reports",
    "signals": "Early warning",
    "exchange": "Exchange",
    "settings": "Settings",
}

# Order of the navigation (Ctrl+1.. Ctrl+9 follow it): key, module, class. A page's module is imported
# when the page is first shown, so a start loads only the first page's code.
PAGES: tuple[tuple[str, str, str], ...] = (
    ("home", "app.ui.pages.home", "HomePage"),
    ("cases", "app.ui.pages.cases", "CasesPage"),
    ("consultations", "app.ui.pages.consultations", "ConsultationsPage"),
    ("deadlines", "app.ui.pages.deadlines", "DeadlinesPage"),
    ("mediators", "app.ui.pages.mediators", "MediatorsPage"),
    ("reports", "app.ui.pages.reports", "ReportsPage"),
    ("signals", "app.ui.pages.signals", "SignalsPage"),
    ("exchange", "app.ui.pages.exchange", "ExchangePage"),
    ("settings", "app.ui.pages.settings", "SettingsPage"),
)
# Pages a role may not use are left out of the navigation (app/services/permissions.py).
PAGE_ACTIONS = {
    "reports": Action.MAKE_REPORTS,
    "signals": Action.VIEW_SIGNALS,
    "exchange": Action.EXCHANGE,
}


class _AfterFirstPaint(QObject):
    """Calls `then` once, after the window's first frame has been painted; then goes."""

    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self.then = then
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
            watched.removeEventFilter(self)
            # A zero timer: after the rest of this frame (the window paints before its children).
            QTimer.singleShot(0, self, self._done)
        return False

    def _done(self) -> None:
        self.then()
        self.deleteLater()


class MainWindow(QMainWindow):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("MainWindow")
        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(0, 0))
        # Roomy items: the navigation is what people aim at most, often with an unsteady mouse.
        self.nav.setStyleSheet("QListWidget#navigation::item { padding: 9px 10px; }")
        self.nav.setWordWrap(True)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget(self)
        # Pages are built the first time they are shown: a start opens one page, not seven.
        self.pages: dict[str, Page] = {}
        for key, _, _ in PAGES:
            holder = QWidget(self.stack)
            holder.setObjectName(f"holder_{key}")
            self.stack.addWidget(holder)
            item = QListWidgetItem(self.nav)
            item.setData(Qt.ItemDataRole.UserRole, key)
            action = PAGE_ACTIONS.get(key)
            item.setHidden(action is not None and not ctx.user.may(action))
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.unit_label = ElidedLabel(self)
        self.user_label = ElidedLabel(self)
        self.db_label = ElidedLabel(self)
        for widget in (self.unit_label, self.user_label, self.db_label):
            self.statusBar().addPermanentWidget(widget)

        self.nav.currentRowChanged.connect(self._show_row)
        self._wire_pages()
        for index in range(len(PAGES)):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{index + 1}"), self)
            shortcut.activated.connect(lambda row=index: self._go_to_row(row))
        self.idle_lock = IdleLock(ctx, self)
        self._painted = False
        self.retranslate()
        self.nav.setCurrentRow(0)
        self.resize(1200, 760)

    def page(self, key: str) -> Page:
        """The page, built now if it has not been shown yet."""
        existing = self.pages.get(key)
        if existing is not None:
            return existing
        row = [k for k, _, _ in PAGES].index(key)
        factory: PageFactory = getattr(importlib.import_module(PAGES[row][1]), PAGES[row][2])
        page = factory(self.ctx, self.stack)
        page.setObjectName(f"page_{key}")
        holder = self.stack.widget(row)
        self.stack.insertWidget(row, page)
        if holder is not None:
            self.stack.removeWidget(holder)
            holder.deleteLater()
        self.pages[key] = page
        # Pages ask to open a case or log a consultation; the window decides how (one editor per case).
        opener = getattr(page, "open_requested", None)
        if opener is not None:
            opener.connect(self.open_case)
        new_signal = getattr(page, "new_requested", None)
        if new_signal is not None:
            new_signal.connect(lambda: self.open_case(None))
        self.nav.item(row).setText(page.title())
        return page

    def _wire_pages(self) -> None:
        new_case = QShortcut(QKeySequence("Ctrl+Shift+N"), self)
        new_case.activated.connect(lambda: self.open_case(None))
        consultation = QShortcut(QKeySequence("F3"), self)
        consultation.activated.connect(self.log_consultation)

    def open_case(self, case_id: uuid.UUID | None) -> None:
        from app.ui.case_editor import open_case_editor  # the editor is heavy; load it on first use

        if not self.ctx.user.may(Action.OPEN_CASE if case_id is not None else Action.EDIT_CASE):
            self.statusBar().showMessage(
                self.tr("Your role works with figures only: cases are not opened from it."), 10_000
            )
            return
        editor = open_case_editor(self.ctx, case_id, self)
        editor.saved.connect(self._case_saved)

    def _case_saved(self, case_id: object) -> None:
        for key in ("cases", "deadlines", "mediators"):
            page = self.pages.get(key)
            if page is not None and page.isVisible():
                page.refresh()
        select = getattr(self.pages.get("cases"), "select_case", None)
        if select is not None and isinstance(case_id, uuid.UUID):
            select(case_id)

    def log_consultation(self) -> None:
        from app.ui.consultation_dialog import open_consultation_dialog

        if not self.ctx.user.may(Action.LOG_CONSULTATION):
            return
        open_consultation_dialog(self.ctx, self)
        page = self.pages.get("consultations")
        if page is not None and page.isVisible():
            page.refresh()

    def show_page(self, key: str) -> Page:
        row = [k for k, _, _ in PAGES].index(key)
        self.nav.setCurrentRow(row)
        return self.page(key)

    def _go_to_row(self, row: int) -> None:
        if not self.nav.item(row).isHidden():
            self.nav.setCurrentRow(row)

    def _show_row(self, row: int) -> None:
        if row < 0 or self.nav.item(row).isHidden():
            return
        page = self.page(PAGES[row][0])
        self.stack.setCurrentIndex(row)
        page.refresh()

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("Tatulyq — {unit}").format(unit=self.ctx.user.unit_name(self.ctx.languages.current))
        )
        for row, (key, _, class_name) in enumerate(PAGES):
            page = self.pages.get(key)
            # A page not built yet is named through its class's translation context (what its tr() uses).
            title = page.title() if page is not None else QCoreApplication.translate(class_name, TITLES[key])
            self.nav.item(row).setText(title)
        self._fit_navigation()
        user = self.ctx.user
        unit_name = user.unit_name(self.ctx.languages.current)
        self.unit_label.setText(self.tr("Unit: {unit}").format(unit=f"{user.unit_code} {unit_name}"))
        self.user_label.setText(
            self.tr("User: {name} ({role})").format(name=user.display_name, role=label(user.role))
        )
        self.db_label.setText(self.tr("Database: {path}").format(path=self.ctx.database.location.describe()))

    def _fit_navigation(self) -> None:
        """As wide as the longest page name in this language and text size, within reason."""
        widest = max(
            (
                self.nav.fontMetrics().horizontalAdvance(self.nav.item(r).text())
                for r in range(self.nav.count())
            ),
            default=0,
        )
        self.nav.setFixedWidth(max(180, min(380, widest + 48)))

    def showEvent(self, event: QShowEvent) -> None:
        # The idle lock counts from the first time the window is seen, not from when it was prepared:
        # the first time from its first frame (its input filter would slow that frame down), later
        # from each show.
        if not event.spontaneous():
            if self._painted:
                self.idle_lock.start()
            else:
                _AfterFirstPaint(self, self._first_painted)
        super().showEvent(event)

    def _first_painted(self) -> None:
        self._painted = True
        self.idle_lock.start()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.FontChange:
            self._fit_navigation()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Pages with unsaved work (the case editor) may refuse; ask each in turn.
        for page in self.pages.values():
            can_close = getattr(page, "can_close", None)
            if can_close is not None and not can_close():
                event.ignore()
                return
        event.accept()
