"""Aggregates over the case register: the flow of cases in a report's periods, the breakdowns and the trend.

Every function is one SQL statement (GROUP BY in the database); Python only reads the few grouped
rows back. Counts come per unit id, so the builder can fold them into a council's rows (a unit and
everything below it) without a query per row; and for all the report's periods at once (the
period, the one before, the same one a year earlier), one column per period, so each table is read
once however many periods are compared.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import (
    CTE,
    Integer,
    Select,
    String,
    and_,
    cast,
    func,
    literal_column,
    null,
    or_,
    select,
    union_all,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql import ColumnElement

from app.models import Case, Extension
from app.models.enums import CaseStatus, Outcome, RiskLevel
from app.reports.periods import Period
from app.reports.sql_common import (
    Tallies,
    count_if,
    day,
    days_between,
    unit_key,
    value_if,
    within,
    year_month,
)

SETTLED_OUTCOMES = (Outcome.SETTLED_FULL, Outcome.SETTLED_PARTIAL)

CASE_COUNTS = (
    "received",
    "carried_over",
    "ended",
    "settled",
    "closed",
    "rejected",
    "open_at_end",
    "overdue_at_end",
    "within_term",
    "ended_under_agreement",
    "cases_in_mediation",
)


def _settled() -> ColumnElement[bool]:
    return Case.outcome.in_(SETTLED_OUTCOMES)


def _extended_after(moment: date) -> ColumnElement[int]:
    """Days added to the case's term by extensions granted after `moment` (0 when none).

    deadline_on holds the term with every extension; the deadline as it stood on a past day is
    that minus the extensions granted later, so an old month's overdue count does not change
    when a case is extended afterwards.
    """
    later = (
        select(func.coalesce(func.sum(Extension.days), 0))
        .where(Extension.case_id == Case.id, Extension.granted_on > moment)
        .scalar_subquery()
    )
    return later


def _alive(period: Period) -> ColumnElement[bool]:
    """Received by the period's end and not closed before it: only such cases count in any figure."""
    return and_(Case.intake_date <= period.end, or_(Case.closed_on.is_(None), Case.closed_on >= period.start))


def _case_counts(period: Period, as_of: date) -> dict[str, ColumnElement[int]]:
    """The counting columns of one period (see figures.py for the definitions)."""
    start, end = period.start, period.end
    alive = _alive(period)
    ended = within(Case.ended_on, period)
    under_agreement_at_end = and_(
        Case.agreement_signed_on <= as_of, or_(Case.ended_on.is_(None), Case.ended_on > as_of)
    )
    deadline_passed = days_between(Case.deadline_on, day(as_of)) + _extended_after(as_of) > 0
    return {
        "received": count_if(within(Case.intake_date, period)),
        "carried_over": count_if(and_(alive, Case.intake_date < start)),
        "ended": count_if(ended),
        "settled": count_if(and_(ended, _settled())),
        "closed": count_if(and_(Case.status == CaseStatus.CLOSED, within(Case.closed_on, period))),
        "rejected": count_if(and_(Case.status == CaseStatus.REJECTED, within(Case.closed_on, period))),
        "open_at_end": count_if(
            and_(Case.intake_date <= end, or_(Case.closed_on.is_(None), Case.closed_on > end))
        ),
        "overdue_at_end": count_if(and_(under_agreement_at_end, deadline_passed)),
        "within_term": count_if(
            and_(ended, Case.agreement_signed_on.is_not(None), Case.ended_on <= Case.deadline_on)
        ),
        "ended_under_agreement": count_if(and_(ended, Case.agreement_signed_on.is_not(None))),
        "cases_in_mediation": count_if(
            and_(Case.agreement_signed_on <= end, or_(Case.ended_on.is_(None), Case.ended_on >= start))
        ),
    }


def case_tallies(
    session: Session, unit_ids: Sequence[uuid.UUID], periods: Sequence[Period], as_of: Sequence[date]
) -> list[Tallies]:
    """Per period, per unit: the counts of CASE_COUNTS.

    `as_of[i]` is the last day of periods[i], or today for a period not yet over: a deadline still
    ahead today is not overdue yet, whatever the period's last day.
    """
    columns = [
        column.label(f"{name}_{i}")
        for i, (period, moment) in enumerate(zip(periods, as_of, strict=True))
        for name, column in _case_counts(period, moment).items()
    ]
    query = (
        select(Case.unit_id, *columns)
        .where(Case.unit_id.in_(unit_ids), or_(*(_alive(period) for period in periods)))
        .group_by(Case.unit_id)
    )
    result: list[Tallies] = [{} for _ in periods]
    for row in session.execute(query):
        values = row._mapping
        for i in range(len(periods)):
            result[i][row.unit_id] = Counter({name: int(values[f"{name}_{i}"] or 0) for name in CASE_COUNTS})
    return result


def median_days_to_end(
    session: Session,
    unit_ids: Sequence[uuid.UUID],
    periods: Sequence[Period],
    rows: Mapping[uuid.UUID, str] | None = None,
) -> tuple[list[float | None], dict[str, float]]:
    """The median of days from intake to the end of mediation over the mediations ended in each period;
    and, with `rows` (unit id -> row key), one median per row for the first period.

    In SQL, on a histogram: the days are grouped (one row per distinct number of days) and a running
    total over them finds the middle values: the lower middle is the first whose running total
    reaches half the count, the upper middle the first that passes it (the same one for an odd count).
    """
    days = days_between(Case.intake_date, Case.ended_on)
    ended = union_all(
        *(
            select(literal_column(str(i), Integer).label("bucket"), Case.unit_id, days.label("days")).where(
                Case.unit_id.in_(unit_ids), within(Case.ended_on, period)
            )
            for i, period in enumerate(periods)
        )
    ).subquery("ended")
    per_unit = (
        select(ended.c.bucket, ended.c.unit_id, ended.c.days, func.count().label("n"))
        .group_by(ended.c.bucket, ended.c.unit_id, ended.c.days)
        .subquery("per_unit")
    )
    # The unit -> row CASE runs on the few grouped rows, not on every case; in its own subquery,
    # since PostgreSQL would not match a GROUP BY expression whose parameters are bound again.
    row = unit_key(per_unit.c.unit_id, rows) if rows is not None else cast(null(), String)
    keyed = select(per_unit.c.bucket, row.label("row"), per_unit.c.days, per_unit.c.n).subquery("keyed")
    histogram = (
        select(keyed.c.bucket, keyed.c.row, keyed.c.days, func.sum(keyed.c.n).label("n"))
        .group_by(keyed.c.bucket, keyed.c.row, keyed.c.days)
        .cte("histogram")
    )
    # One statement for both levels, so the histogram is built once.
    query = union_all(
        _middle(histogram, [histogram.c.bucket], level=0),
        _middle(histogram, [histogram.c.bucket, histogram.c.row], level=1),
    )
    totals: list[float | None] = [None] * len(periods)
    per_row: dict[str, float] = {}
    for level, bucket, row_key, median in session.execute(query):
        if median is None:
            continue
        if level == 0:
            totals[int(bucket)] = float(median)
        elif int(bucket) == 0 and row_key is not None and rows is not None:
            per_row[str(row_key)] = float(median)
    return totals, per_row


def _middle(histogram: CTE, partition: list[ColumnElement[Any]], *, level: int) -> Select[*tuple[Any, ...]]:
    """(level, bucket, row, median) per partition of the histogram of days."""
    running = select(
        *partition,
        histogram.c.days,
        func.sum(histogram.c.n).over(partition_by=partition, order_by=histogram.c.days).label("running"),
        func.sum(histogram.c.n).over(partition_by=partition).label("total"),
    ).subquery()
    # Twice the running total against the count: exact on both dialects (no integer division).
    lower = func.min(value_if(2 * running.c.running >= running.c.total, running.c.days))
    upper = func.min(value_if(2 * running.c.running > running.c.total, running.c.days))
    keys = [running.c[column.name] for column in partition]
    row = keys[1] if len(keys) > 1 else cast(null(), String)
    return select(
        literal_column(str(level), Integer).label("level"),
        keys[0].label("bucket"),
        row.label("row"),
        ((lower + upper) / 2.0).label("median"),
    ).group_by(*keys)


@dataclass(frozen=True)
class Ended:
    """The mediations ended in the report's period and in the trend's months, in one reading."""

    groups: list[tuple[str, str, str | None, int]]  # (category, outcome, reason, count) in the period
    by_month: dict[tuple[int, int], tuple[int, int]]  # (year, month) -> (ended, settled) in the trend


def ended_figures(session: Session, unit_ids: Sequence[uuid.UUID], period: Period, months: Period) -> Ended:
    """Grouped by month, category, outcome and reason, with the count that falls in the period: the
    period's breakdown and the trend come from one pass over the cases."""
    year, month = year_month(Case.ended_on)
    in_period = within(Case.ended_on, period)
    query = (
        select(
            year,
            month,
            Case.category,
            Case.outcome,
            Case.termination_reason,
            func.count(),
            count_if(in_period),
        )
        .where(Case.unit_id.in_(unit_ids), or_(in_period, within(Case.ended_on, months)))
        .group_by(year, month, Case.category, Case.outcome, Case.termination_reason)
    )
    groups: Counter[tuple[str, str, str | None]] = Counter()
    by_month: dict[tuple[int, int], tuple[int, int]] = {}
    for y, m, category, outcome, reason, n, n_in_period in session.execute(query):
        if outcome is None:
            continue  # no case ends without an outcome; a foreign row must not break the report
        groups[(category.value, outcome.value, reason.value if reason is not None else None)] += int(
            n_in_period or 0
        )
        if months.contains(date(int(y), int(m), 1)):
            ended, settled = by_month.get((int(y), int(m)), (0, 0))
            by_month[(int(y), int(m))] = (
                ended + int(n),
                settled + (int(n) if outcome in SETTLED_OUTCOMES else 0),
            )
    return Ended([(*key, n) for key, n in groups.items() if n], by_month)


RECEIVED_FLAGS = ("inter_ethnic", "group_dispute", "minors_involved", "high_risk", "recurrence")


def received_breakdown(
    session: Session, unit_ids: Sequence[uuid.UUID], period: Period
) -> tuple[list[tuple[str, str, str | None, int]], dict[str, int]]:
    """The cases received: (category, channel, language, count) groups, and the count with each flag."""
    flag_columns = {
        "inter_ethnic": count_if(Case.inter_ethnic.is_(True)),
        "group_dispute": count_if(Case.group_dispute.is_(True)),
        "minors_involved": count_if(Case.minors_involved.is_(True)),
        "high_risk": count_if(Case.risk_level == RiskLevel.HIGH),
        "recurrence": count_if(Case.recurrence.is_(True)),
    }
    query = (
        select(
            Case.category,
            Case.channel,
            Case.language,
            func.count().label("n"),
            *(column.label(name) for name, column in flag_columns.items()),
        )
        .where(Case.unit_id.in_(unit_ids), within(Case.intake_date, period))
        .group_by(Case.category, Case.channel, Case.language)
    )
    groups: list[tuple[str, str, str | None, int]] = []
    flags: Counter[str] = Counter(dict.fromkeys(RECEIVED_FLAGS, 0))
    for row in session.execute(query):
        language = row.language.value if row.language is not None else None
        groups.append((row.category.value, row.channel.value, language, int(row.n)))
        flags.update({name: int(row._mapping[name] or 0) for name in RECEIVED_FLAGS})
    return groups, dict(flags)


def received_by_month(
    session: Session, unit_ids: Sequence[uuid.UUID], months: Period
) -> dict[tuple[int, int], int]:
    year, month = year_month(Case.intake_date)
    query = (
        select(year, month, func.count())
        .where(Case.unit_id.in_(unit_ids), within(Case.intake_date, months))
        .group_by(year, month)
    )
    return {(int(y), int(m)): int(n) for y, m, n in session.execute(query)}
