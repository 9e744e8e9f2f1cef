"""Aggregates over the work around the cases: consultations, extensions, sessions, follow-ups,
obligations and the parties' feedback.

One SQL statement per table for all the report's periods (one count column per period, see
queries_cases.py), counted per unit id; the breakdowns of the first period (consultations by result
and topic, obligations by status, answers by score) come from the same statements' groups.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql import ColumnElement

from app.models import (
    Case,
    Consultation,
    Extension,
    FollowUp,
    MediationSession,
    Obligation,
    Satisfaction,
    SettlementAgreement,
)
from app.models.enums import ObligationStatus
from app.reports.periods import Period
from app.reports.sql_common import Tallies, count_if, within, year_month


@dataclass
class Activity:
    tallies: list[Tallies]  # per period, per unit
    consultations: list[tuple[str, str, int]] = field(default_factory=list)  # (result, topic, n), period 0
    obligations: Counter[str] = field(default_factory=Counter)  # status -> n, period 0
    scores: Counter[int | None] = field(default_factory=Counter)  # score (None: none given) -> n, period 0

    def add(self, i: int, unit_id: uuid.UUID, name: str, n: int) -> None:
        self.tallies[i].setdefault(unit_id, Counter())[name] += n


def _counts(conditions: Sequence[ColumnElement[bool]]) -> list[ColumnElement[int]]:
    """One count column per period: p0, p1, ..."""
    return [count_if(condition).label(f"p{i}") for i, condition in enumerate(conditions)]


def _values(row: Any, periods: int) -> list[int]:
    return [int(row._mapping[f"p{i}"] or 0) for i in range(periods)]


def _per_unit(
    session: Session, activity: Activity, name: str, query: Select[*tuple[Any, ...]], periods: int
) -> None:
    for row in session.execute(query):
        for i, n in enumerate(_values(row, periods)):
            activity.add(i, row.unit_id, name, n)


def activity_figures(
    session: Session, unit_ids: Sequence[uuid.UUID], periods: Sequence[Period], as_of: Sequence[date]
) -> Activity:
    """Per period and unit: consultations, extensions, sessions held, follow-ups, obligations due and
    kept, satisfaction answers with the number and sum of their scores (for the mean).

    Sessions count up to `as_of[i]` (today, for a period not yet over): a planned one is not held yet.
    """
    n = len(periods)
    activity = Activity(tallies=[{} for _ in periods])
    in_scope = Case.unit_id.in_(unit_ids)

    held = [within(Consultation.held_on, period) for period in periods]
    # Counted on the (unit, day) index alone; the breakdown of the first period reads the rows.
    consultations = (
        select(Consultation.unit_id, *_counts(held))
        .where(Consultation.unit_id.in_(unit_ids), or_(*held))
        .group_by(Consultation.unit_id)
    )
    _per_unit(session, activity, "consultations", consultations, n)
    kinds = (
        select(Consultation.result, Consultation.topic, func.count())
        .where(Consultation.unit_id.in_(unit_ids), held[0])
        .group_by(Consultation.result, Consultation.topic)
    )
    activity.consultations = [
        (result.value, topic.value, int(count)) for result, topic, count in session.execute(kinds)
    ]

    def joined(model: Any, conditions: Sequence[ColumnElement[bool]]) -> Select[*tuple[Any, ...]]:
        return (
            select(Case.unit_id, *_counts(conditions))
            .join(model, model.case_id == Case.id)
            .where(in_scope, or_(*conditions))
            .group_by(Case.unit_id)
        )

    granted = [within(Extension.granted_on, period) for period in periods]
    _per_unit(session, activity, "extensions", joined(Extension, granted), n)
    sessions_held = [
        MediationSession.held_on.between(period.start, min(period.end, moment))
        for period, moment in zip(periods, as_of, strict=True)
    ]
    _per_unit(session, activity, "sessions", joined(MediationSession, sessions_held), n)
    done = [within(FollowUp.done_on, period) for period in periods]
    _per_unit(session, activity, "follow_ups", joined(FollowUp, done), n)
    _obligations(session, activity, unit_ids, periods)
    _feedback(session, activity, unit_ids, periods)
    return activity


def _obligations(
    session: Session, activity: Activity, unit_ids: Sequence[uuid.UUID], periods: Sequence[Period]
) -> None:
    due = [within(Obligation.due_on, period) for period in periods]
    query = (
        select(Case.unit_id, Obligation.status, *_counts(due))
        .join(SettlementAgreement, SettlementAgreement.case_id == Case.id)
        .join(Obligation, Obligation.agreement_id == SettlementAgreement.id)
        .where(Case.unit_id.in_(unit_ids), or_(*due))
        .group_by(Case.unit_id, Obligation.status)
    )
    for row in session.execute(query):
        counts = _values(row, len(periods))
        for i, count in enumerate(counts):
            activity.add(i, row.unit_id, "obligations_due", count)
            if row.status is ObligationStatus.KEPT:
                activity.add(i, row.unit_id, "obligations_kept", count)
        activity.obligations[row.status.value] += counts[0]


def _feedback(
    session: Session, activity: Activity, unit_ids: Sequence[uuid.UUID], periods: Sequence[Period]
) -> None:
    """Answers recorded in each period: recorded_at is a UTC instant, compared with the UTC bounds of
    the period's local days (00:30 local on the 1st is still the previous day in UTC)."""
    recorded = []
    for period in periods:
        utc_from, utc_to = period.utc_bounds()
        recorded.append((Satisfaction.recorded_at >= utc_from) & (Satisfaction.recorded_at < utc_to))
    query = (
        select(Case.unit_id, Satisfaction.score, *_counts(recorded))
        .join(Satisfaction, Satisfaction.case_id == Case.id)
        .where(Case.unit_id.in_(unit_ids), or_(*recorded))
        .group_by(Case.unit_id, Satisfaction.score)
    )
    for row in session.execute(query):
        counts = _values(row, len(periods))
        for i, count in enumerate(counts):
            activity.add(i, row.unit_id, "satisfaction_answers", count)
            if row.score is not None:
                activity.add(i, row.unit_id, "satisfaction_scored", count)
                activity.add(i, row.unit_id, "satisfaction_score_sum", count * int(row.score))
        activity.scores[row.score] += counts[0]


def consultations_by_month(
    session: Session, unit_ids: Sequence[uuid.UUID], months: Period
) -> dict[tuple[int, int], int]:
    year, month = year_month(Consultation.held_on)
    query = (
        select(year, month, func.count())
        .where(Consultation.unit_id.in_(unit_ids), within(Consultation.held_on, months))
        .group_by(year, month)
    )
    return {(int(y), int(m)): int(count) for y, m, count in session.execute(query)}
