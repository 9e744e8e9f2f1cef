"""The counts behind the signals: two GROUP BY queries (cases, consultations) per computation.

Each returns, per unit, district and period of the grain, how many rows carry each indicator over a
range of days; the engine folds these few thousand grouped rows into places in Python. Local and
received (imported, de-identified) rows live in the same tables and are counted alike.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from app.models import Case, Consultation
from app.models.enums import RiskLevel
from app.reports.sql_common import count_if, day, days_between, year_month
from app.signals import grain as grains
from app.signals.rule import CASE_INDICATORS, INDICATORS


@dataclass(frozen=True)
class Filter:
    """Which rows: units (None: every unit), optionally one district, intake/held dates first..last."""

    unit_ids: Sequence[uuid.UUID] | None
    first: date
    last: date
    district_id: uuid.UUID | None = None


@dataclass(frozen=True)
class Grouped:
    unit_id: uuid.UUID
    district_id: uuid.UUID | None
    period: int  # grain.index_of
    counts: tuple[int, ...]  # one per INDICATORS


def case_condition(indicator: str) -> ColumnElement[bool]:
    """The cases an indicator counts (the definitions of rule.py)."""
    conditions: dict[str, ColumnElement[bool]] = {
        "inter_ethnic": Case.inter_ethnic.is_(True),
        "group_dispute": Case.group_dispute.is_(True),
        "high_risk": Case.risk_level == RiskLevel.HIGH,
        "recurrence": Case.recurrence.is_(True),
    }
    return conditions[indicator]


def consultation_condition(indicator: str) -> ColumnElement[bool]:
    if indicator != "consultations_inter_ethnic":
        raise KeyError(indicator)
    return Consultation.inter_ethnic.is_(True)


def _periods(column: Any, grain: str, first: date) -> list[ColumnElement[Any]]:
    """GROUP BY columns that name the period of the grain: year and month, or weeks since a Monday."""
    if grain == "month":
        return list(year_month(column))
    monday = grains.first_day(grains.index_of(first, "week"), "week")
    return [days_between(day(monday), column) // 7]


def _period_index(values: Sequence[Any], grain: str, first: date) -> int:
    if grain == "month":
        year, month = values
        return int(year) * 12 + int(month) - 1
    return grains.index_of(first, "week") + int(values[0])


def case_counts(session: Session, where: Filter, grain: str) -> list[Grouped]:
    periods = _periods(Case.intake_date, grain, where.first)
    sums = [count_if(case_condition(name)) for name in CASE_INDICATORS]
    query = (
        select(Case.unit_id, Case.district_id, *periods, *sums)
        .where(
            Case.intake_date.between(where.first, where.last),
            # Only the rows with a flag reach the grouping: most cases carry none.
            or_(*(case_condition(name) for name in CASE_INDICATORS)),
        )
        .group_by(Case.unit_id, Case.district_id, *periods)
    )
    if where.unit_ids is not None:
        query = query.where(Case.unit_id.in_(where.unit_ids))
    if where.district_id is not None:
        query = query.where(Case.district_id == where.district_id)
    rest = len(INDICATORS) - len(CASE_INDICATORS)
    out = []
    for row in session.execute(query):
        unit_id, district_id, *values = row
        keys, numbers = values[: len(periods)], values[len(periods) :]
        counts = (*(int(n or 0) for n in numbers), *(0,) * rest)
        out.append(Grouped(unit_id, district_id, _period_index(keys, grain, where.first), counts))
    return out


def consultation_counts(session: Session, where: Filter, grain: str) -> list[Grouped]:
    periods = _periods(Consultation.held_on, grain, where.first)
    query = (
        select(Consultation.unit_id, Consultation.district_id, *periods, func.count())
        .where(
            Consultation.held_on.between(where.first, where.last),
            consultation_condition("consultations_inter_ethnic"),
        )
        .group_by(Consultation.unit_id, Consultation.district_id, *periods)
    )
    if where.unit_ids is not None:
        query = query.where(Consultation.unit_id.in_(where.unit_ids))
    if where.district_id is not None:
        query = query.where(Consultation.district_id == where.district_id)
    before = (0,) * (len(INDICATORS) - 1)
    out = []
    for row in session.execute(query):
        unit_id, district_id, *values = row
        keys, number = values[: len(periods)], values[len(periods)]
        out.append(
            Grouped(unit_id, district_id, _period_index(keys, grain, where.first), (*before, int(number)))
        )
    return out
