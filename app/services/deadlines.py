"""What needs attention today: terms run out, unanswered proposals, obligations falling due.

Each list is selected in SQL with the dates worked out here first, so the same query runs on SQLite
and PostgreSQL without either's date arithmetic. The windows come from the settings table: the law
leaves them configurable.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Select, select
from sqlalchemy.orm import Session

from app.models import Case, Obligation, SettlementAgreement, Unit
from app.models.enums import CaseStatus, ObligationStatus
from app.services import clock, settings

# A pending obligation is followed while its case is mediated or in follow-up; a case closed otherwise
# (terminated after the agreement was recorded) has nothing left to enforce here.
_FOLLOWED = (CaseStatus.IN_MEDIATION, CaseStatus.FOLLOW_UP)

_S = TypeVar("_S", bound=Select[*tuple[Any, ...]])


@dataclass(frozen=True)
class CaseDue:
    """A case in mediation and its statutory deadline; days_left is negative once it has passed."""

    case_id: uuid.UUID
    number: str
    unit_code: str
    agreement_signed_on: date | None
    deadline_on: date
    days_left: int

    @property
    def days_overdue(self) -> int:
        return max(0, -self.days_left)


@dataclass(frozen=True)
class ProposalDue:
    """A proposal to mediate with no answer in time: the law counts it as refused."""

    case_id: uuid.UUID
    number: str
    unit_code: str
    intake_date: date
    proposal_sent_on: date
    answer_due_on: date
    days_overdue: int


@dataclass(frozen=True)
class ObligationDue:
    """A pending obligation of a settlement agreement; days_left is negative once it is overdue."""

    obligation_id: uuid.UUID
    case_id: uuid.UUID
    number: str
    unit_code: str
    description: str
    due_on: date
    days_left: int

    @property
    def days_overdue(self) -> int:
        return max(0, -self.days_left)


@dataclass(frozen=True)
class Attention:
    today: date
    overdue: list[CaseDue]
    due_soon: list[CaseDue]
    unanswered_proposals: list[ProposalDue]
    obligations: list[ObligationDue]

    @property
    def total(self) -> int:
        return len(self.overdue) + len(self.due_soon) + len(self.unanswered_proposals) + len(self.obligations)


def _in_units(stmt: _S, unit_ids: Sequence[uuid.UUID] | None) -> _S:
    return stmt if unit_ids is None else stmt.where(Case.unit_id.in_(unit_ids))


def _case_deadlines(
    session: Session, today: date, unit_ids: Sequence[uuid.UUID] | None, *conditions: ColumnElement[bool]
) -> list[CaseDue]:
    stmt = (
        select(Case.id, Case.number, Unit.code, Case.agreement_signed_on, Case.deadline_on)
        .join(Unit, Unit.id == Case.unit_id)
        .where(Case.status == CaseStatus.IN_MEDIATION, Case.deadline_on.is_not(None), *conditions)
        .order_by(Case.deadline_on, Case.number)
    )
    result = []
    for case_id, number, unit_code, signed_on, deadline_on in session.execute(_in_units(stmt, unit_ids)):
        if deadline_on is None:  # never, by the WHERE clause; the column type allows NULL
            continue
        result.append(CaseDue(case_id, number, unit_code, signed_on, deadline_on, (deadline_on - today).days))
    return result


def overdue_cases(
    session: Session, today: date | None = None, unit_ids: Sequence[uuid.UUID] | None = None
) -> list[CaseDue]:
    """Cases in mediation whose term (with any extensions) ended before today, most overdue first."""
    today = today or clock.today()
    return _case_deadlines(session, today, unit_ids, Case.deadline_on < today)


def due_soon(
    session: Session, today: date | None = None, unit_ids: Sequence[uuid.UUID] | None = None
) -> list[CaseDue]:
    """Cases in mediation whose term ends today or within the next deadlines.due_soon_days days."""
    today = today or clock.today()
    horizon = today + timedelta(days=settings.get_int(session, "deadlines.due_soon_days"))
    return _case_deadlines(session, today, unit_ids, Case.deadline_on >= today, Case.deadline_on <= horizon)


def unanswered_proposals(
    session: Session, today: date | None = None, unit_ids: Sequence[uuid.UUID] | None = None
) -> list[ProposalDue]:
    """Cases still at intake whose proposal to mediate got no answer within the days the law gives."""
    today = today or clock.today()
    answer_days = settings.get_int(session, "mediation.proposal_answer_days")
    # sent + answer_days < today, with the arithmetic on the parameter side of the comparison
    sent_before = today - timedelta(days=answer_days)
    stmt = (
        select(Case.id, Case.number, Unit.code, Case.intake_date, Case.proposal_sent_on)
        .join(Unit, Unit.id == Case.unit_id)
        .where(
            Case.status == CaseStatus.INTAKE,
            Case.proposal_sent_on.is_not(None),
            Case.proposal_sent_on < sent_before,
        )
        .order_by(Case.proposal_sent_on, Case.number)
    )
    result = []
    for case_id, number, unit_code, intake_date, sent_on in session.execute(_in_units(stmt, unit_ids)):
        if sent_on is None:  # never, by the WHERE clause; the column type allows NULL
            continue
        answer_due_on = sent_on + timedelta(days=answer_days)
        result.append(
            ProposalDue(
                case_id, number, unit_code, intake_date, sent_on, answer_due_on, (today - answer_due_on).days
            )
        )
    return result


def obligations_due(
    session: Session, today: date | None = None, unit_ids: Sequence[uuid.UUID] | None = None
) -> list[ObligationDue]:
    """Pending obligations overdue or due within deadlines.due_soon_days days, earliest first."""
    today = today or clock.today()
    horizon = today + timedelta(days=settings.get_int(session, "deadlines.due_soon_days"))
    stmt = (
        select(Obligation.id, Case.id, Case.number, Unit.code, Obligation.description, Obligation.due_on)
        .join(SettlementAgreement, SettlementAgreement.id == Obligation.agreement_id)
        .join(Case, Case.id == SettlementAgreement.case_id)
        .join(Unit, Unit.id == Case.unit_id)
        .where(
            Obligation.status == ObligationStatus.PENDING,
            Obligation.due_on <= horizon,
            Case.status.in_(_FOLLOWED),
        )
        .order_by(Obligation.due_on, Case.number, Obligation.created_at)
    )
    return [
        ObligationDue(oid, case_id, number, unit_code, description, due_on, (due_on - today).days)
        for oid, case_id, number, unit_code, description, due_on in session.execute(_in_units(stmt, unit_ids))
    ]


def summary(
    session: Session, today: date | None = None, unit_ids: Sequence[uuid.UUID] | None = None
) -> Attention:
    today = today or clock.today()
    return Attention(
        today=today,
        overdue=overdue_cases(session, today, unit_ids),
        due_soon=due_soon(session, today, unit_ids),
        unanswered_proposals=unanswered_proposals(session, today, unit_ids),
        obligations=obligations_due(session, today, unit_ids),
    )
