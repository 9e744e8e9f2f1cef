"""Aggregates about people: the mediators who worked in the period, and the parties of new cases.

A mediator counts for the unit they belong to (Mediator.unit_id) and is active in a period when,
on some day of it, they were assigned to a case that was under a mediation agreement.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql import ColumnElement

from app.models import Case, CaseParticipant, Mediator, MediatorAssignment, Party, Unit
from app.models.enums import ParticipantRole, PartyKind
from app.reports.periods import Period
from app.reports.queries_cases import SETTLED_OUTCOMES
from app.reports.sql_common import Tallies, within


def _mediating_in(period: Period) -> ColumnElement[bool]:
    """The assignment, the case's mediation and the period share at least one day.

    Three intervals on a line share a day when each pair does: assignment and period, mediation
    (agreement to end) and period, assignment and mediation.
    """
    a, c = MediatorAssignment, Case
    return and_(
        a.assigned_on <= period.end,
        or_(a.released_on.is_(None), a.released_on >= period.start),
        c.agreement_signed_on <= period.end,
        or_(c.ended_on.is_(None), c.ended_on >= period.start),
        or_(a.released_on.is_(None), a.released_on >= c.agreement_signed_on),
        or_(c.ended_on.is_(None), a.assigned_on <= c.ended_on),
    )


@dataclass(frozen=True)
class MediatorRow:
    """An active mediator of the first period, with the cases they mediated in it."""

    last_name: str
    first_name: str
    middle_name: str | None
    kind: str
    unit_code: str
    cases: int
    ended: int
    settled: int


def mediator_figures(
    session: Session, unit_ids: Sequence[uuid.UUID], periods: Sequence[Period]
) -> tuple[list[Tallies], list[MediatorRow]]:
    """Per period and unit, the active mediators (each belongs to one unit, so the counts add up);
    and the load of each mediator active in the first period. One statement, grouped by mediator."""
    mediating = [_mediating_in(period) for period in periods]
    first = periods[0]
    ended = and_(mediating[0], within(Case.ended_on, first))
    settled = and_(ended, Case.outcome.in_(SETTLED_OUTCOMES))
    # DISTINCT: a mediator released and assigned again to the same case has two assignments.
    query = (
        select(
            Mediator.unit_id,
            Mediator.last_name,
            Mediator.first_name,
            Mediator.middle_name,
            Mediator.kind,
            Unit.code,
            *(
                func.max(case((condition, 1), else_=0)).label(f"active{i}")
                for i, condition in enumerate(mediating)
            ),
            func.count(func.distinct(_case_id_if(mediating[0]))).label("cases"),
            func.count(func.distinct(_case_id_if(ended))).label("ended"),
            func.count(func.distinct(_case_id_if(settled))).label("settled"),
        )
        .select_from(MediatorAssignment)
        .join(Case, Case.id == MediatorAssignment.case_id)
        .join(Mediator, Mediator.id == MediatorAssignment.mediator_id)
        .join(Unit, Unit.id == Mediator.unit_id)
        .where(Mediator.unit_id.in_(unit_ids), or_(*mediating))
        .group_by(
            Mediator.id,
            Mediator.unit_id,
            Mediator.last_name,
            Mediator.first_name,
            Mediator.middle_name,
            Mediator.kind,
            Unit.code,
        )
    )
    tallies: list[Tallies] = [{} for _ in periods]
    loads: list[MediatorRow] = []
    for row in session.execute(query):
        values = row._mapping
        for i in range(len(periods)):
            if values[f"active{i}"]:
                tallies[i].setdefault(row.unit_id, Counter())["active_mediators"] += 1
        if values["active0"]:
            loads.append(
                MediatorRow(
                    row.last_name,
                    row.first_name,
                    row.middle_name,
                    row.kind.value,
                    row.code,
                    int(row.cases),
                    int(row.ended),
                    int(row.settled),
                )
            )
    return tallies, loads


def _case_id_if(condition: ColumnElement[bool]) -> ColumnElement[uuid.UUID]:
    return case((condition, Case.id), else_=None)


def party_breakdown(
    session: Session, unit_ids: Sequence[uuid.UUID], period: Period
) -> list[tuple[str | None, str | None, int]]:
    """(sex, age group, count) of the persons who are parties (applicants, respondents) of cases received."""
    query = (
        select(Party.sex, Party.age_group, func.count())
        .select_from(CaseParticipant)
        .join(Case, Case.id == CaseParticipant.case_id)
        .join(Party, Party.id == CaseParticipant.party_id)
        .where(
            Case.unit_id.in_(unit_ids),
            within(Case.intake_date, period),
            CaseParticipant.role.in_((ParticipantRole.APPLICANT, ParticipantRole.RESPONDENT)),
            Party.kind == PartyKind.PERSON,
        )
        .group_by(Party.sex, Party.age_group)
    )
    return [
        (sex.value if sex is not None else None, age.value if age is not None else None, int(n))
        for sex, age, n in session.execute(query)
    ]
