"""The one builder of a report's figures: a unit (and everything below it) over a period.

Every number comes from SQL aggregates (queries_*.py); Python only folds the few grouped rows:
per-unit counts into the whole and into a council's rows, grouped breakdowns into tables whose rows
are every member of their enumeration. The definitions are those of figures.py.

A period that is not over yet is reported as of today for what depends on the day it is read:
sessions count when held (not planned), a deadline is overdue once it has passed.
"""

from __future__ import annotations

import calendar
import uuid
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields
from datetime import UTC, date, datetime

from sqlalchemy.orm import Session

from app.exchange import completeness
from app.models.enums import (
    AgeGroup,
    Category,
    Channel,
    ConsultationResult,
    Language,
    ObligationStatus,
    Outcome,
    Sex,
    TerminationReason,
    UnitKind,
)
from app.reports import queries_activity, queries_cases, queries_people
from app.reports.figures import (
    CompletenessMonth,
    EarlyWarning,
    Headline,
    MediatorLoad,
    MonthPoint,
    ReportFigures,
    ReportingGap,
    SignalMonth,
    SignalRow,
    SignalTrend,
    UnitRow,
)
from app.reports.periods import Period
from app.reports.sql_common import Tallies
from app.reports.unit_tree import UnitScope, resolve_scope
from app.services import clock
from app.signals import engine as signals_engine
from app.signals.rule import rule_from_settings

UNKNOWN = "unknown"
# Headline fields that are plain counts (the rest are computed from the counts below).
COUNT_FIELDS = tuple(
    f.name for f in fields(Headline) if f.name not in ("median_days_to_end", "satisfaction_mean")
)
TREND_MONTHS = 12


def build_report(
    session: Session, unit_code: str, period: Period, *, made_at: datetime | None = None
) -> ReportFigures:
    """The figures of the unit `unit_code` and all below it; NotFoundError (unit.not_found) if none.

    `made_at` (aware) is the moment the figures are made, by default now; its local day is "today".
    """
    if made_at is None:
        made_at, today = clock.now(), clock.today()
    elif made_at.tzinfo is None:
        raise ValueError("made_at must be an aware datetime")
    else:
        made_at, today = made_at.astimezone(UTC), clock.local_date(made_at)
    scope = resolve_scope(session, unit_code)
    ids = list(scope.ids)
    # The period, the one before and the same one a year earlier, read together (a year's previous
    # period is also the year earlier: it is then read once).
    compared = [period, period.previous(), period.year_earlier()]
    periods = list(dict.fromkeys(compared))
    as_of = [min(p.end, today) for p in periods]

    per_unit = _tallies(session, ids, periods, as_of)
    activity = per_unit.activity
    medians, row_medians = queries_cases.median_days_to_end(session, ids, periods, _row_keys(scope))
    headlines = [
        _headline(_fold(tally, ids), median) for tally, median in zip(per_unit.tallies, medians, strict=True)
    ]
    current, previous, year_earlier = (headlines[periods.index(p)] for p in compared)

    ended = queries_cases.ended_figures(session, ids, period, trend_months(period))
    ended_rows = ended.groups
    received_rows, flags = queries_cases.received_breakdown(session, ids, period)
    party_rows = queries_people.party_breakdown(session, ids, period)
    grid = _completeness(session, scope, period, today)
    return ReportFigures(
        unit_code=scope.unit.code,
        unit_names=dict(scope.unit.names),
        unit_kind=scope.unit.kind,
        period=period,
        made_at=made_at,
        current=current,
        previous=previous,
        year_earlier=year_earlier,
        outcomes=_table(Outcome, ((o, n) for _, o, _, n in ended_rows)),
        termination_reasons=_table(TerminationReason, ((r, n) for _, _, r, n in ended_rows), unknown=True),
        categories=_table(Category, ((c, n) for c, _, _, n in received_rows)),
        category_outcomes={
            category.value: _table(Outcome, ((o, n) for c, o, _, n in ended_rows if c == category.value))
            for category in Category
        },
        channels=_table(Channel, ((ch, n) for _, ch, _, n in received_rows)),
        flags=flags,
        parties_by_sex=_table(Sex, ((sex, n) for sex, _, n in party_rows), unknown=True),
        parties_by_age=_table(AgeGroup, ((age, n) for _, age, n in party_rows), unknown=True),
        languages=_table(Language, ((lang, n) for _, _, lang, n in received_rows), unknown=True),
        consultation_results=_table(ConsultationResult, ((r, n) for r, _, n in activity.consultations)),
        consultation_topics=_table(Category, ((t, n) for _, t, n in activity.consultations)),
        obligations=_table(ObligationStatus, activity.obligations.items()),
        satisfaction=_scores(activity.scores),
        mediators=_mediators(per_unit.mediators),
        units=_unit_rows(scope, per_unit.tallies[0], row_medians),
        trend=_trend(session, ids, period, ended.by_month),
        completeness=_completeness_months(grid),
        reporting_gaps=_reporting_gaps(grid),
        early_warning=_early_warning(session, scope, period, today),
    )


# --- headlines


@dataclass
class _PerUnit:
    tallies: list[Tallies]  # per period: every count of the headline, per unit id
    activity: queries_activity.Activity
    mediators: list[queries_people.MediatorRow]


def _tallies(session: Session, ids: list[uuid.UUID], periods: list[Period], as_of: list[date]) -> _PerUnit:
    """Every count of the headline per period and unit id (each count adds up over units)."""
    cases = queries_cases.case_tallies(session, ids, periods, as_of)
    activity = queries_activity.activity_figures(session, ids, periods, as_of)
    mediators, loads = queries_people.mediator_figures(session, ids, periods)
    merged: list[Tallies] = []
    for parts in zip(cases, activity.tallies, mediators, strict=True):
        tallies: Tallies = {}
        for part in parts:
            for unit_id, tally in part.items():
                tallies.setdefault(unit_id, Counter()).update(tally)
        merged.append(tallies)
    return _PerUnit(merged, activity, loads)


def _fold(per_unit: Mapping[uuid.UUID, Counter[str]], unit_ids: Iterable[uuid.UUID]) -> Counter[str]:
    total: Counter[str] = Counter()
    for unit_id in unit_ids:
        total.update(per_unit.get(unit_id, Counter()))
    return total


def _headline(tally: Counter[str], median: float | None) -> Headline:
    scored = tally["satisfaction_scored"]
    counts = {name: int(tally[name]) for name in COUNT_FIELDS}
    return Headline(
        **counts,  # every int field by name; the two floats follow
        median_days_to_end=median,
        satisfaction_mean=tally["satisfaction_score_sum"] / scored if scored else None,
    )


def _row_keys(scope: UnitScope) -> dict[uuid.UUID, str] | None:
    """Every unit below -> the code of the council's row it falls in; None without rows."""
    if not scope.children:
        return None
    codes = {child.id: child.code for child in scope.children}
    return {unit_id: codes[child_id] for unit_id, child_id in scope.child_of.items()}


def _unit_rows(
    scope: UnitScope, per_unit: Mapping[uuid.UUID, Counter[str]], medians: Mapping[str, float]
) -> list[UnitRow]:
    """One row per unit directly below, each with everything below it: the per-unit counts folded,
    the median from the query grouped by row (a median does not add up)."""
    return [
        UnitRow(
            unit_code=child.code,
            names=dict(child.names),
            kind=child.kind,
            figures=_headline(_fold(per_unit, scope.child_subtree(child.id)), medians.get(child.code)),
        )
        for child in scope.children
    ]


# --- tables


def _table(
    members: Iterable[
        Outcome
        | TerminationReason
        | Category
        | Channel
        | Sex
        | AgeGroup
        | Language
        | ConsultationResult
        | ObligationStatus
    ],
    rows: Iterable[tuple[str | None, int]],
    *,
    unknown: bool = False,
) -> dict[str, int]:
    """Every member of the enumeration (zero when none), "unknown" for blanks when asked, summed."""
    table = {member.value: 0 for member in members}
    if unknown:
        table[UNKNOWN] = 0
    for value, n in rows:
        key = value if value is not None and value in table else UNKNOWN
        table[key] = table.get(key, 0) + n
    return table


def _scores(by_score: Mapping[int | None, int]) -> dict[str, int]:
    table = {str(score): 0 for score in range(1, 6)}
    table[UNKNOWN] = 0
    for score, n in by_score.items():
        key = str(score) if score is not None and 1 <= score <= 5 else UNKNOWN
        table[key] += n
    return table


def short_name(last: str, first: str, middle: str | None) -> str:
    """How a report names a mediator: "Surname N. M."."""
    initials = " ".join(f"{part.strip()[0]}." for part in (first, middle or "") if part and part.strip())
    return f"{last.strip()} {initials}".strip()


def _mediators(rows: Iterable[queries_people.MediatorRow]) -> list[MediatorLoad]:
    loads = [
        MediatorLoad(
            name=short_name(row.last_name, row.first_name, row.middle_name),
            kind=row.kind,
            unit_code=row.unit_code,
            cases=row.cases,
            ended=row.ended,
            settled=row.settled,
        )
        for row in rows
    ]
    return sorted(loads, key=lambda load: (load.unit_code, load.name, load.kind, -load.cases))


# --- reporting completeness (councils)


def _completeness(
    session: Session, scope: UnitScope, period: Period, today: date
) -> completeness.Grid | None:
    """The grid of the period's months begun by today, for a council; None for any other unit."""
    if scope.unit.kind not in (UnitKind.REPUBLICAN_COUNCIL.value, UnitKind.REGIONAL_COUNCIL.value):
        return None
    months = [f"{y:04d}-{m:02d}" for y, m in period.months() if (y, m) <= (today.year, today.month)]
    return completeness.completeness(session, scope.unit.code, months, today=today) if months else None


def _completeness_months(grid: completeness.Grid | None) -> list[CompletenessMonth]:
    if grid is None:
        return []
    return [
        CompletenessMonth(
            period=p,
            deadline=grid.deadlines[p],
            expected=grid.expected[p],
            on_time=grid.on_time[p],
            late=grid.late[p],
            missing=grid.missing[p],
            pending=grid.pending[p],
        )
        for p in grid.periods
    ]


def _reporting_gaps(grid: completeness.Grid | None) -> list[ReportingGap]:
    """Each unit with a month late or missing: one line per unit, not per month (a year at the
    republic would otherwise be a thousand lines)."""
    if grid is None:
        return []
    gaps = []
    for row in sorted(grid.rows, key=lambda r: r.code):
        states = [(p, grid.cell(row.code, p).state) for p in grid.periods]
        late = [p for p, state in states if state == completeness.LATE]
        missing = [p for p, state in states if state == completeness.MISSING]
        if late or missing:
            gaps.append(ReportingGap(row.code, dict(row.names), late, missing))
    return gaps


# --- early warning (councils)

SIGNAL_TRENDS = 4  # the raised signals whose twelve months the report draws


def _early_warning(session: Session, scope: UnitScope, period: Period, today: date) -> EarlyWarning | None:
    """The signals of the period's last month begun (a year's report made in November: November), by
    month whatever the grain setting, for a council; None for any other unit or a period not begun."""
    if scope.unit.kind not in (UnitKind.REPUBLICAN_COUNCIL.value, UnitKind.REGIONAL_COUNCIL.value):
        return None
    last = min(period.end, today)
    if last < period.start:
        return None
    rule = rule_from_settings(session, grain="month")
    found, trends = signals_engine.signals_with_trends(
        session, scope.unit.code, last, rule, months=TREND_MONTHS, top=SIGNAL_TRENDS, as_of=today
    )
    names = found.place_names

    def names_of(kind: str, code: str) -> dict[str, str]:
        return dict(names.get((kind, code), {}))

    return EarlyWarning(
        period=found.period_label,
        baseline_months=rule.baseline_months,
        min_count=rule.min_count,
        watch_one_in=round(1 / rule.watch_p),
        alert_one_in=round(1 / rule.alert_p),
        signals=len(found.signals),
        raised=[
            SignalRow(
                place_kind=s.place_kind,
                place_code=s.place_code,
                names=names_of(s.place_kind, s.place_code),
                indicator=s.indicator,
                count=s.count,
                expected=s.expected,
                p_value=s.p_value,
                level=s.level,
            )
            for s in found.raised()
        ],
        trends=[
            SignalTrend(
                place_kind=kind,
                place_code=code,
                names=names_of(kind, code),
                indicator=indicator,
                months=[SignalMonth(d.year, d.month, n, expected, level) for d, n, expected, level in points],
            )
            for (kind, code, indicator), points in trends.items()
        ],
    )


# --- the 12-month trend


def trend_months(period: Period) -> Period:
    """The twelve months ending with the month of the period's last day."""
    year, month = period.end.year, period.end.month
    first_year, first_month = divmod(year * 12 + month - 1 - (TREND_MONTHS - 1), 12)
    return Period(
        date(first_year, first_month + 1, 1), date(year, month, calendar.monthrange(year, month)[1])
    )


def _trend(
    session: Session, ids: list[uuid.UUID], period: Period, ended: Mapping[tuple[int, int], tuple[int, int]]
) -> list[MonthPoint]:
    months = trend_months(period)
    received = queries_cases.received_by_month(session, ids, months)
    consultations = queries_activity.consultations_by_month(session, ids, months)
    return [
        MonthPoint(
            year=year,
            month=month,
            received=received.get((year, month), 0),
            ended=ended.get((year, month), (0, 0))[0],
            settled=ended.get((year, month), (0, 0))[1],
            consultations=consultations.get((year, month), 0),
        )
        for year, month in months.months()
    ]
