""" "Prepare this month": what to look at before a unit's month is marked complete and sent up.

Each check reads the unit's *local* rows only (``received_package_id IS NULL``): rows another unit
sent up are that unit's to correct. The checks look at the month as it stood at its last day, with
what is known today: a case whose outcome was recorded late, dated inside the month, is no longer a
problem, which is the point (the person fixes the register, then prepares the month again).

A finding is a warning, not a refusal of the data: the month may still be sent with its findings
when the person says so (the count is recorded on the month's closure).
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, exists, func, or_, select
from sqlalchemy.orm import Session

from app.errors import ValidationError
from app.models import Case, MediationSession, MonthClosure, Obligation, SettlementAgreement
from app.models.enums import CaseStatus, ObligationStatus
from app.reports.periods import Period
from app.services.workflow import SETTLED

MAX_NUMBERS = 50  # case numbers listed per finding; the count says how many there are in all
_MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")


@dataclass(frozen=True)
class CheckFinding:
    """One kind of problem in the month: its message key, an English sentence, the cases concerned."""

    key: str
    message: str
    case_numbers: tuple[str, ...]  # at most MAX_NUMBERS, in number order
    count: int = 0  # how many cases in all (the list may be cut short)


def parse_month(period: str) -> Period:
    """A calendar month written ``YYYY-MM``; anything else is refused with the usual period key."""
    match = _MONTH.match(period.strip())
    if match is None:
        raise ValidationError(
            "period.invalid", f"not a month: {period!r} (expected a month such as 2026-10)", text=period
        )
    return Period.month(int(match[1]), int(match[2]))


def ensure_month_over(month: Period, today: date) -> None:
    """A month is prepared once it is over: its figures cannot change any more by the calendar alone."""
    if month.end >= today:
        first_day = month.end + timedelta(days=1)
        raise ValidationError(
            "exchange.month_not_over",
            f"The month {month.code()} is not over yet; it can be prepared from {first_day:%d.%m.%Y}.",
            period=month.code(),
            first_day=first_day.isoformat(),
        )


def next_revision(session: Session, unit_id: uuid.UUID, period: str) -> int:
    highest = session.scalar(
        select(func.max(MonthClosure.revision)).where(
            MonthClosure.unit_id == unit_id, MonthClosure.period == period
        )
    )
    return int(highest or 0) + 1


def _not_ended_by(end: date) -> ColumnElement[bool]:
    """Still open on the month's last day: not refused, and no end or closing on or before it."""
    return and_(
        Case.status != CaseStatus.REJECTED,
        or_(Case.ended_on.is_(None), Case.ended_on > end),
        or_(Case.closed_on.is_(None), Case.closed_on > end),
    )


def _checks(month: Period) -> list[tuple[str, str, Select[Any]]]:
    start, end = month.start, month.end
    no_session = ~exists().where(MediationSession.case_id == Case.id, MediationSession.held_on <= end)
    no_agreement = ~exists().where(SettlementAgreement.case_id == Case.id)
    numbers = select(Case.number)
    pending_due = (
        select(Case.number)
        .join(SettlementAgreement, SettlementAgreement.case_id == Case.id)
        .join(Obligation, Obligation.agreement_id == SettlementAgreement.id)
        .where(
            Obligation.due_on >= start,
            Obligation.due_on <= end,
            Obligation.status == ObligationStatus.PENDING,
        )
    )
    return [
        (
            # The law's clock runs from the mediation agreement: from then on sessions are expected.
            "month_check.no_session",
            "{count} open cases in mediation have no session recorded.",
            numbers.where(
                Case.intake_date <= end,
                Case.agreement_signed_on.is_not(None),
                Case.agreement_signed_on <= end,
                _not_ended_by(end),
                no_session,
            ),
        ),
        (
            "month_check.ended_without_outcome",
            "{count} cases ended or closed in the month have no outcome.",
            numbers.where(
                Case.outcome.is_(None),
                Case.status != CaseStatus.REJECTED,
                or_(
                    and_(Case.ended_on >= start, Case.ended_on <= end),
                    and_(Case.closed_on >= start, Case.closed_on <= end),
                ),
            ),
        ),
        (
            "month_check.outcome_without_end",
            "{count} cases have an outcome but no date the mediation ended.",
            numbers.where(Case.intake_date <= end, Case.outcome.is_not(None), Case.ended_on.is_(None)),
        ),
        (
            "month_check.settled_without_agreement",
            "{count} settled cases have no settlement agreement recorded.",
            numbers.where(Case.intake_date <= end, Case.outcome.in_(list(SETTLED)), no_agreement),
        ),
        (
            # Overdue and still without an outcome today: the outcome is missing, not merely late.
            "month_check.overdue",
            "{count} cases passed their deadline before the month ended and have no outcome yet.",
            numbers.where(
                Case.deadline_on < end,
                Case.ended_on.is_(None),
                Case.status.in_([CaseStatus.INTAKE, CaseStatus.IN_MEDIATION]),
            ),
        ),
        (
            "month_check.obligations_pending",
            "{count} cases have obligations due in the month that are still marked pending.",
            pending_due,
        ),
    ]


def find_problems(
    session: Session, unit_ids: Collection[uuid.UUID], month: Period
) -> tuple[CheckFinding, ...]:
    """Every check with at least one case, in a fixed order; local rows of ``unit_ids`` only."""
    findings: list[CheckFinding] = []
    ids = list(unit_ids)
    for key, message, query in _checks(month):
        scoped = query.where(Case.unit_id.in_(ids), Case.received_package_id.is_(None))
        found: list[str] = sorted({str(number) for number in session.scalars(scoped)})
        if found:
            findings.append(
                CheckFinding(
                    key=key,
                    message=message.format(count=len(found)),
                    case_numbers=tuple(found[:MAX_NUMBERS]),
                    count=len(found),
                )
            )
    return tuple(findings)
