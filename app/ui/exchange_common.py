"""What the four sections of the Exchange page share: a tab that re-labels itself, and telling errors.

Each section is a widget of its own module (exchange_month, exchange_import, exchange_grid,
exchange_keys); app/ui/pages/exchange.py only puts them side by side in tabs.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from app.errors import TatulyqError
from app.reports.labels import labels
from app.ui.context import UiContext

PERIOD_FORMAT = "{year:04d}-{month:02d}"  # the exchange's periods are written YYYY-MM


def period_code(year: int, month: int) -> str:
    return PERIOD_FORMAT.format(year=year, month=month)


def month_words(lang: str, period: str, *, capital: bool = False) -> str:
    """``2026-10`` as people say it in `lang` ("2026 жылғы қазан", "октябрь 2026", "October 2026");
    `capital` for the start of a sentence or a table cell (Russian month names are written small)."""
    try:
        year, month = int(period[:4]), int(period[5:7])
        words = labels(lang).month_title(year, month)
    except (ValueError, IndexError):
        return period
    return words[:1].upper() + words[1:] if capital else words


def short_date(day: date | None) -> str:
    return "" if day is None else f"{day:%d.%m.%Y}"


class ExchangeTab(QWidget):
    """A section of the page: texts in retranslate(), data in refresh() (when the page is shown)."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    def retranslate(self) -> None:
        """Set every visible text; called at construction and when the language changes."""

    def refresh(self) -> None:
        """Reload what the section shows."""

    def tell(self, error: BaseException) -> None:
        """A refusal in plain words (app/ui/messages.py); anything else is a bug and is reported as one."""
        if isinstance(error, TatulyqError):
            self.ctx.errors.known(self, error)
        else:
            self.ctx.errors.report(self, error)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
