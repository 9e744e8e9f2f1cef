"""Which outcomes and termination reasons the editor offers, so only consistent pairs can be chosen.

The services refuse any inconsistent step anyway (app/services/cases.py, workflow.py); offering only
what fits spares a volunteer the refusal. Pure Python: no Qt, testable on its own.
"""

from __future__ import annotations

from app.models.enums import CaseStatus, Outcome, TerminationReason
from app.services.workflow import NEEDS_MEDIATION, SETTLED, allowed_moves

R = TerminationReason

_ENDED_WITHOUT_SETTLEMENT = (
    R.PARTY_REFUSED,
    R.PARTY_WITHDREW,
    R.PARTY_ABSENT,
    R.MEDIATOR_REFUSED,
    R.TERM_EXPIRED,
    R.OTHER,
)
# Before a mediation agreement there is no term to run out and no mediation a mediator could find futile.
_AT_INTAKE = (R.PARTY_REFUSED, R.PARTY_WITHDREW, R.PARTY_ABSENT, R.OTHER)


def can_record_outcome(status: CaseStatus) -> bool:
    moves = allowed_moves(status)
    return status is not CaseStatus.FOLLOW_UP and (
        CaseStatus.CLOSED in moves or CaseStatus.FOLLOW_UP in moves
    )


def offered_outcomes(status: CaseStatus, has_settlement: bool) -> list[Outcome]:
    if not can_record_outcome(status):
        return []
    offered = []
    for outcome in Outcome:
        if outcome in NEEDS_MEDIATION and status is not CaseStatus.IN_MEDIATION:
            continue
        if outcome in SETTLED and not has_settlement:
            continue  # a settled outcome needs the settlement agreement recorded first
        offered.append(outcome)
    return offered


def offered_reasons(outcome: Outcome, status: CaseStatus) -> list[TerminationReason]:
    if outcome in SETTLED:
        return [R.AGREEMENT_SIGNED]
    if outcome is Outcome.REFERRED:
        return [R.REFERRED, R.OTHER]
    if status is CaseStatus.INTAKE:
        return list(_AT_INTAKE)
    return list(_ENDED_WITHOUT_SETTLEMENT)
