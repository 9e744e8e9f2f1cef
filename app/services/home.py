"""What the Home page shows a person when the program opens: their day and their month at a glance.

Today's sessions, the cases past their term, the obligations falling due and a few of this month's
figures, for the person's unit and the units below it. Nothing new is counted here: the lists are
those of the Deadlines page (app/services/deadlines.py, app/services/sessions.py) and the figures
are the monthly report's own counts (app/reports/queries_*.py, the definitions of figures.py), so
the Home page never disagrees with the report made for the same month.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from app.reports import queries_activity, queries_cases
from app.reports.periods import Period
from app.services import clock, deadlines, sessions, settings
from app.services.deadlines import CaseDue, ObligationDue
from app.services.sessions import CalendarEntry


@dataclass(frozen=True)
class MonthFigures:
    """This month so far (from the 1st to today), counted as the monthly report counts them."""

    start: date
    end: date  # today: the month is not over
    received: int
    ended: int
    settled: int  # settled in full or in part
    consultations: int
    sessions: int  # sessions held so far this month
    open_now: int  # registered and not closed today (in intake, mediation or follow-up)


@dataclass(frozen=True)
class HomeSummary:
    today: date
    sessions: list[CalendarEntry]
    overdue: list[CaseDue]
    obligations: list[ObligationDue]  # overdue or due within obligation_days days
    obligation_days: int
    month: MonthFigures

    @property
    def nothing_today(self) -> bool:
        return not (self.sessions or self.overdue or self.obligations)


def month_figures(session: Session, unit_ids: Sequence[uuid.UUID], today: date) -> MonthFigures:
    """The month of `today` up to `today`, over the given units (their own and imported cases)."""
    month = Period.month(today.year, today.month)
    ids = list(unit_ids)
    cases = queries_cases.case_tallies(session, ids, [month], [today])[0]
    activity = queries_activity.activity_figures(session, ids, [month], [today]).tallies[0]
    total: Counter[str] = Counter()
    for per_unit in (cases, activity):
        for unit_id in ids:
            total.update(per_unit.get(unit_id, Counter()))
    return MonthFigures(
        start=month.start,
        end=today,
        received=total["received"],
        ended=total["ended"],
        settled=total["settled"],
        consultations=total["consultations"],
        sessions=total["sessions"],
        open_now=total["open_at_end"],
    )


def summary(session: Session, unit_ids: Sequence[uuid.UUID], today: date | None = None) -> HomeSummary:
    """The Home page of a person whose units are `unit_ids` (their unit and everything below it)."""
    today = today or clock.today()
    ids = list(unit_ids)
    return HomeSummary(
        today=today,
        sessions=sessions.sessions_between(session, today, today, ids),
        overdue=deadlines.overdue_cases(session, today, ids),
        obligations=deadlines.obligations_due(session, today, ids),
        # The same window as the Deadlines page: the setting for "due soon" (7 days unless changed).
        obligation_days=settings.get_int(session, "deadlines.due_soon_days"),
        month=month_figures(session, ids, today),
    )
