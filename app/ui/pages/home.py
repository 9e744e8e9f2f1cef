"""The Home page, first in the navigation for everyone: the day and the month at a glance.

Today's sessions, the cases past their term, the obligations of settlement agreements falling due,
and a few figures of this month so far (counted as the monthly report counts them). Each row opens
its case (``open_requested``). The queries are app/services/home.py's; this page only shows them.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.services import clock, home
from app.services.home import HomeSummary, MonthFigures
from app.services.permissions import Action
from app.ui.case_rows import CaseRow, CaseRows, Cell
from app.ui.context import UiContext
from app.ui.page_loader import PageLoader
from app.ui.pages.base import Page


def fit_columns_once(rows: CaseRows) -> None:
    """Give the columns that fit their contents their width now, measured once over the rows.

    Left to the header (ResizeToContents), every row's text is measured again at each layout pass
    of the window: with a few hundred obligations in a big unit that was a third of the time from
    the sign-in's Enter to the main window on screen. The widths are those the header would give.
    """
    tree = rows.tree
    header = tree.header()
    for column in range(header.count()):
        if header.sectionResizeMode(column) == QHeaderView.ResizeMode.ResizeToContents:
            width = max(tree.sizeHintForColumn(column), header.sectionSizeHint(column))
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, width)


class MonthBox(QGroupBox):
    """This month's figures: a big number over a short caption each, three to a row."""

    COLUMNS = 3

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("month")
        self.grid = QGridLayout(self)
        self.values: dict[str, QLabel] = {}
        self.captions: dict[str, QLabel] = {}
        for index, key in enumerate(
            ("received", "ended", "settled", "open_now", "consultations", "sessions")
        ):
            value = QLabel("—", self)
            value.setObjectName(f"month_{key}")
            font = QFont(value.font())
            font.setPointSizeF(font.pointSizeF() * 1.8)
            font.setBold(True)
            value.setFont(font)
            caption = QLabel(self)
            caption.setWordWrap(True)
            caption.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            row, column = divmod(index, self.COLUMNS)
            self.grid.addWidget(value, 2 * row, column)
            self.grid.addWidget(caption, 2 * row + 1, column)
            self.values[key] = value
            self.captions[key] = caption
        self.grid.setRowStretch(4, 1)
        self.grid.setVerticalSpacing(2)

    def show_month(self, title: str, captions: dict[str, str], month: MonthFigures | None) -> None:
        self.setTitle(title)
        for key, caption in captions.items():
            self.captions[key].setText(caption)
            self.values[key].setText("—" if month is None else str(getattr(month, key)))

    def figures(self) -> dict[str, str]:
        return {key: label.text() for key, label in self.values.items()}


class HomePage(Page):
    """``open_requested(case_id)`` asks the main window to open a case from a row."""

    open_requested = Signal(object)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._pinned_today: date | None = None
        self.summary: HomeSummary | None = None
        self.loader = PageLoader(self, ctx)

        self.heading = QLabel(self)
        self.heading.setObjectName("heading")
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.subheading = QLabel(self)
        self.subheading.setObjectName("subheading")
        self.subheading.setWordWrap(True)

        self.sessions = CaseRows("sessions", self, fit_rows=8)
        self.overdue = CaseRows("overdue", self, fit_rows=8)
        self.obligations = CaseRows("obligations", self, fit_rows=8)
        self.month = MonthBox(self)
        for rows in self.lists():
            rows.activated.connect(self.open_requested)

        body = QWidget(self)
        grid = QGridLayout(body)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.sessions, 0, 0)
        grid.addWidget(self.overdue, 0, 1)
        grid.addWidget(self.obligations, 1, 0)
        grid.addWidget(self.month, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(2, 1)  # the boxes keep their own height; the space left stays below them
        # At a large text size the four boxes do not fit a laptop screen: the page scrolls then.
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.subheading)
        layout.addWidget(scroll, 1)
        QWidget.setTabOrder(self.sessions.tree, self.overdue.tree)
        QWidget.setTabOrder(self.overdue.tree, self.obligations.tree)
        self.retranslate()

    @property
    def today(self) -> date:
        return self._pinned_today or clock.today()

    @today.setter
    def today(self, day: date | None) -> None:
        self._pinned_today = day
        self.refresh()

    @property
    def loading(self) -> bool:
        return self.loader.busy

    def lists(self) -> tuple[CaseRows, CaseRows, CaseRows]:
        return self.sessions, self.overdue, self.obligations

    # --- texts -------------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Home")

    def retranslate(self) -> None:
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:  # another text size: the widths are measured again
            for rows in self.lists():
                fit_columns_once(rows)
        super().changeEvent(event)

    def _fill(self) -> None:
        """Show the last summary in the current language (no database access)."""
        s = self.summary
        today = s.today if s is not None else self.today
        self.heading.setText(
            self.tr("Today, {date} — {name}").format(
                date=f"{today:%d.%m.%Y}", name=self.ctx.user.display_name
            )
        )
        if s is None:
            self.subheading.setText(self.tr("Loading…"))
        elif s.nothing_today:
            self.subheading.setText(
                self.tr("No sessions today, no case past its term and no obligation falling due.")
            )
        else:
            self.subheading.setText(self.tr("Double-click a row or press Enter to open its case."))
        hint = self.tr("Double-click or press Enter to open the case.")
        self.sessions.show_rows(
            self.tr("Sessions today ({count})").format(count=len(s.sessions) if s else 0),
            [self.tr("Time"), self.tr("Case"), self.tr("Place")],
            [
                CaseRow(
                    e.case_id,
                    (
                        Cell(e.start_time or self.tr("time not set")),
                        Cell(e.case_number),
                        Cell(e.place or "—"),
                    ),
                )
                for e in (s.sessions if s else [])
            ],
            self.tr("No session is planned for today.") if s else self.tr("Loading…"),
            wide_column=2,
            open_hint=hint,
        )
        self.overdue.show_rows(
            self.tr("Cases past the term ({count})").format(count=len(s.overdue) if s else 0),
            [self.tr("Case"), self.tr("Term ended"), self.tr("Days overdue")],
            [
                CaseRow(
                    c.case_id,
                    (
                        Cell(c.number),
                        Cell(f"{c.deadline_on:%d.%m.%Y}"),
                        Cell(str(c.days_overdue), True, True),
                    ),
                )
                for c in (s.overdue if s else [])
            ],
            self.tr("No case in mediation is past its term.") if s else self.tr("Loading…"),
            open_hint=hint,
        )
        days = s.obligation_days if s else 7
        personal = self.ctx.user.may(Action.VIEW_PERSONAL_DATA)
        self.obligations.show_rows(
            self.tr("Obligations due within {days} days or overdue ({count})").format(
                days=days, count=len(s.obligations) if s else 0
            ),
            # The description last: on a narrow screen it gives way (its tooltip holds it whole).
            [self.tr("Case"), self.tr("Due"), self.tr("Days left"), self.tr("Obligation")],
            [
                CaseRow(
                    o.case_id,
                    (
                        Cell(o.number),
                        Cell(f"{o.due_on:%d.%m.%Y}"),
                        Cell(self.tr("{days} overdue").format(days=o.days_overdue), True, True)
                        if o.days_left < 0
                        else Cell(self.tr("today") if o.days_left == 0 else str(o.days_left), number=True),
                        # An obligation's words name people and what they owe: not for a figures-only role.
                        Cell(o.description if personal else "—"),
                    ),
                )
                for o in (s.obligations if s else [])
            ],
            self.tr("No obligation of a settlement agreement falls due in the next {days} days.").format(
                days=days
            )
            if s
            else self.tr("Loading…"),
            wide_column=3,
            open_hint=hint,
        )
        month = s.month if s else None
        start = month.start if month else today.replace(day=1)
        self.month.show_month(
            self.tr("This month so far: {start} – {end}").format(
                start=f"{start:%d.%m.%Y}", end=f"{today:%d.%m.%Y}"
            ),
            {
                "received": self.tr("cases received"),
                "ended": self.tr("mediations ended"),
                "settled": self.tr("of them settled"),
                "open_now": self.tr("cases open now"),
                "consultations": self.tr("consultations"),
                "sessions": self.tr("sessions held"),
            },
            month,
        )
        for rows in self.lists():
            fit_columns_once(rows)

    # --- data --------------------------------------------------------------------------------------

    def refresh(self) -> None:
        today = self.today
        unit_ids = list(self.ctx.user.unit_ids)
        database = self.ctx.database

        def job(_progress: object) -> HomeSummary:
            with database.session() as session:
                return home.summary(session, unit_ids, today)

        self.loader.start("summary", job, self._loaded)

    def _loaded(self, summary: HomeSummary) -> None:
        self.summary = summary
        self._fill()
