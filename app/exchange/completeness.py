"""Reporting completeness at a council: which units sent their month, and whether on time.

The grid's rows are the units that send packages to (or through) the council: at a regional council
the centres, Houses of Friendship and district assemblies below it; at the republican council every
regional council and, grouped under it, every unit below that (their packages come forwarded), so a
republic head sees both "did the region send" and "which of its centres are missing". The council
itself is not a row: it receives, it does not send to itself.

A unit is expected to send a month when it was open on at least one day of that month. A month is on
time when its first package was completed (local date, UTC+5) on or before the deadline: the day
``reports.deadline_day`` of the next month (5 unless set otherwise); late when completed after it;
missing when nothing came and the deadline has passed; pending while nothing came and the deadline
is still ahead. Packages recorded as "older" count too: a month sent late and superseded still was
sent. The figures come from one grouped query over the received packages.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import ValidationError
from app.models import Unit
from app.models.exchange import ReceivedPackage
from app.services import clock, settings, units

# The settings registry already holds the day a monthly report is due (shown with the law's terms on
# the settings page); the package is that monthly report, so one number serves both.
DEADLINE_SETTING = "reports.deadline_day"

ON_TIME = "on_time"
LATE = "late"
MISSING = "missing"
PENDING = "pending"  # nothing yet, and the deadline is still ahead
NOT_EXPECTED = "not_expected"  # the unit was not open in that month
STATES = (ON_TIME, LATE, MISSING, PENDING, NOT_EXPECTED)

_PERIOD = re.compile(r"(\d{4})-(0[1-9]|1[0-2])")


@dataclass(frozen=True)
class Cell:
    unit: str
    period: str
    state: str  # one of STATES
    revision: int | None  # the highest revision received
    completed_at: datetime | None  # when the first revision received was completed (UTC)
    received_at: datetime | None  # when the first package of the month arrived here (UTC)


@dataclass(frozen=True)
class GridUnit:
    code: str
    names: dict[str, str]  # "kk" / "ru" / "en" -> name
    kind: str  # UnitKind value
    group: str  # the unit directly below the council it falls under (itself for those units)
    opened_on: date
    closed_on: date | None


@dataclass(frozen=True)
class Grid:
    council: str
    periods: tuple[str, ...]
    units: tuple[str, ...]  # row order: each unit directly below, then the units below it
    rows: tuple[GridUnit, ...]  # the same order
    cells: dict[tuple[str, str], Cell]  # (unit, period) -> cell
    deadlines: dict[str, date]  # period -> the last day to be on time
    expected: dict[str, int]  # per period
    on_time: dict[str, int]
    late: dict[str, int]
    missing: dict[str, int]
    pending: dict[str, int]

    def cell(self, unit: str, period: str) -> Cell:
        return self.cells[(unit, period)]


def deadline(period: str, deadline_day: int) -> date:
    """The last day a month's package is on time: ``deadline_day`` of the next month."""
    year, month = _parse(period)
    year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return date(year, month, min(deadline_day, calendar.monthrange(year, month)[1]))


def completeness(
    session: Session, council_code: str, periods: Sequence[str], *, today: date | None = None
) -> Grid:
    """The grid of the units reporting to ``council_code`` over ``periods`` ("YYYY-MM"), as of ``today``
    (by default the local day): NotFoundError for an unknown council, ValidationError for a bad period."""
    months = tuple(dict.fromkeys(periods))
    bounds = {period: _bounds(period) for period in months}
    today = clock.today() if today is None else today
    council = units.by_code(session, council_code)
    rows = _rows(session, council)
    day = settings.get_int(session, DEADLINE_SETTING)
    deadlines = {period: deadline(period, day) for period in months}

    received: dict[tuple[str, str], tuple[int, datetime | None, datetime | None]] = {}
    if rows and months:
        query = (
            select(
                ReceivedPackage.unit_code,
                ReceivedPackage.period,
                func.max(ReceivedPackage.revision),
                # Revisions are completed one after another, so the earliest completion is that of
                # the first revision received: the one that decides "on time".
                func.min(ReceivedPackage.completed_at),
                func.min(ReceivedPackage.received_at),
            )
            .where(
                ReceivedPackage.unit_code.in_([row.code for row in rows]),
                ReceivedPackage.period.in_(months),
            )
            .group_by(ReceivedPackage.unit_code, ReceivedPackage.period)
        )
        received = {
            (code, period): (revision, completed, arrived)
            for code, period, revision, completed, arrived in session.execute(query)
        }

    cells: dict[tuple[str, str], Cell] = {}
    totals: dict[str, dict[str, int]] = {state: dict.fromkeys(months, 0) for state in STATES}
    for row in rows:
        for period in months:
            first, last = bounds[period]
            got = received.get((row.code, period))
            revision = None if got is None else got[0]
            completed_at = None if got is None else _aware(got[1])
            received_at = None if got is None else _aware(got[2])
            if not _open_during(row, first, last):
                state = NOT_EXPECTED
            elif completed_at is not None:
                on_time = clock.local_date(completed_at) <= deadlines[period]
                state = ON_TIME if on_time else LATE
            else:
                state = MISSING if today > deadlines[period] else PENDING
            cells[(row.code, period)] = Cell(row.code, period, state, revision, completed_at, received_at)
            totals[state][period] += 1
    expected = {p: sum(totals[s][p] for s in STATES if s != NOT_EXPECTED) for p in months}
    return Grid(
        council=council.code,
        periods=months,
        units=tuple(row.code for row in rows),
        rows=tuple(rows),
        cells=cells,
        deadlines=deadlines,
        expected=expected,
        on_time=totals[ON_TIME],
        late=totals[LATE],
        missing=totals[MISSING],
        pending=totals[PENDING],
    )


def _rows(session: Session, council: Unit) -> list[GridUnit]:
    """Every unit below the council, each unit directly below followed by those below it, by code."""
    every = list(session.scalars(select(Unit).order_by(Unit.code)))
    below: dict[object, list[Unit]] = {}
    for unit in every:
        below.setdefault(unit.parent_id, []).append(unit)
    rows: list[GridUnit] = []
    seen = {council.id}
    for child in below.get(council.id, []):
        stack = [child]
        group: list[Unit] = []
        while stack:
            current = stack.pop()
            if current.id in seen:
                continue  # a loop in the parent links must not hang the grid
            seen.add(current.id)
            group.append(current)
            stack.extend(below.get(current.id, []))
        head, rest = group[0], sorted(group[1:], key=lambda unit: unit.code)
        rows += [_grid_unit(unit, child.code) for unit in (head, *rest)]
    return rows


def _grid_unit(unit: Unit, group: str) -> GridUnit:
    return GridUnit(
        code=unit.code,
        names={"kk": unit.name_kk, "ru": unit.name_ru, "en": unit.name_en},
        kind=unit.kind.value,
        group=group,
        opened_on=unit.opened_on,
        closed_on=unit.closed_on,
    )


def _open_during(row: GridUnit, first: date, last: date) -> bool:
    """Open on at least one day of the month: a unit opened on the 20th still reports that month."""
    return row.opened_on <= last and (row.closed_on is None or row.closed_on >= first)


def _parse(period: str) -> tuple[int, int]:
    match = _PERIOD.fullmatch(period)
    if match is None:
        raise ValidationError("period.invalid", f"not a month: {period!r} (expected 2026-10)", text=period)
    return int(match[1]), int(match[2])


def _bounds(period: str) -> tuple[date, date]:
    year, month = _parse(period)
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def _aware(moment: datetime | str | None) -> datetime | None:
    # func.min() over a UtcDateTime column comes back through the column's type on most drivers; a
    # bare aggregate on SQLite may still be naive UTC (or text): normalise it here.
    if moment is None:
        return None
    if isinstance(moment, str):
        moment = datetime.fromisoformat(moment)
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
