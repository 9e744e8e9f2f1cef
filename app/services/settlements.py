"""The settlement agreement, its obligations, the follow-up of their fulfilment and parties' feedback.

A settlement agreement that is not kept voluntarily can be enforced through a simplified court
procedure (Law on Mediation), so each obligation (who, what, by when) is followed until it is checked.
Recording the outcome and closing the file are steps of app.services.cases: record_outcome sends a
settled case with pending obligations to follow-up, close_after_follow_up closes it once none is pending.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import ConflictError, NotFoundError, ValidationError, WorkflowError
from app.models import (
    Case,
    CaseParticipant,
    FollowUp,
    Obligation,
    Satisfaction,
    SettlementAgreement,
)
from app.models.enums import CaseStatus, FollowUpMethod, ObligationStatus
from app.services import clock, rules
from app.services.workflow import SETTLED


@dataclass
class ObligationInput:
    obligor_participant_id: uuid.UUID | None  # who must do it: a participant of the case
    description: str
    due_on: date


def agreement_of(session: Session, case: Case) -> SettlementAgreement | None:
    return session.scalar(select(SettlementAgreement).where(SettlementAgreement.case_id == case.id))


def get_obligation(session: Session, obligation_id: uuid.UUID) -> Obligation:
    obligation = session.get(Obligation, obligation_id)
    if obligation is None:
        raise NotFoundError("obligation.not_found", f"There is no obligation with the id {obligation_id}.")
    return obligation


def _participant_ids(session: Session, case: Case) -> set[uuid.UUID]:
    return set(session.scalars(select(CaseParticipant.id).where(CaseParticipant.case_id == case.id)))


def _validated_obligation(
    data: ObligationInput, signed_on: date, participant_ids: set[uuid.UUID], position: int
) -> dict[str, object]:
    description = rules.text_required(
        data.description, "obligation.description", f"The description of obligation {position}"
    )
    rules.not_before(
        data.due_on,
        signed_on,
        "obligation.due_on",
        f"The due date of obligation {position}",
        "the signing of the settlement agreement",
    )
    if data.obligor_participant_id is not None and data.obligor_participant_id not in participant_ids:
        raise ValidationError(
            "obligation.obligor_not_participant",
            f"The person bound by obligation {position} is not a participant of this case.",
            position=position,
        )
    return {"obligor_id": data.obligor_participant_id, "description": description, "due_on": data.due_on}


def record_settlement(
    session: Session,
    case: Case,
    signed_on: date,
    subject: str,
    terms: str | None,
    obligations: Sequence[ObligationInput],
    signed_by_email: bool = False,
    *,
    today: date | None = None,
) -> SettlementAgreement:
    """The signed settlement agreement with each obligation it names. One per case."""
    today = today or clock.today()
    if case.status is not CaseStatus.IN_MEDIATION or case.agreement_signed_on is None:
        raise WorkflowError(
            "settlement.case_not_in_mediation",
            f"A settlement agreement is recorded for a case in mediation; case {case.number} is "
            f"{case.status.value}.",
            status=case.status.value,
        )
    if agreement_of(session, case) is not None:
        raise ConflictError(
            "settlement.exists", f"Case {case.number} already has a settlement agreement.", case=case.number
        )
    rules.not_in_future(signed_on, today, "settlement.signed_on", "The date of the settlement agreement")
    rules.not_before(
        signed_on,
        case.agreement_signed_on,
        "settlement.signed_on",
        "The date of the settlement agreement",
        "the mediation agreement",
    )
    subject = rules.text_required(subject, "settlement.subject", "The subject of the settlement agreement")
    if not obligations:
        raise ValidationError(
            "settlement.obligations_required",
            "A settlement agreement names at least one obligation: who does what, by when.",
        )
    participant_ids = _participant_ids(session, case)
    values = [
        _validated_obligation(item, signed_on, participant_ids, position)
        for position, item in enumerate(obligations, start=1)
    ]
    agreement = SettlementAgreement(
        id=uuid.uuid4(),
        case_id=case.id,
        signed_on=signed_on,
        subject=subject,
        terms=rules.optional_text(terms),
        signed_by_email=signed_by_email,
    )
    session.add(agreement)
    # The agreement is written first so the obligations' audit rows can name the case they belong to.
    session.flush()
    for item in values:
        agreement.obligations.append(Obligation(id=uuid.uuid4(), agreement_id=agreement.id, **item))
    session.flush()
    return agreement


def _ensure_followable(case: Case, key: str, action: str) -> None:
    """The obligations of a case can be checked while it is mediated, followed up, or closed settled."""
    if case.status in (CaseStatus.IN_MEDIATION, CaseStatus.FOLLOW_UP):
        return
    if case.status is CaseStatus.CLOSED and case.outcome in SETTLED:
        return
    raise WorkflowError(
        key,
        f"Case {case.number} is {case.status.value}"
        + (f" ({case.outcome.value})" if case.outcome else "")
        + f"; {action}.",
        status=case.status.value,
    )


def add_obligation(session: Session, agreement: SettlementAgreement, data: ObligationInput) -> Obligation:
    """An obligation of the signed agreement that was left out when it was first recorded."""
    case = agreement.case
    if case.status not in (CaseStatus.IN_MEDIATION, CaseStatus.FOLLOW_UP):
        raise WorkflowError(
            "obligation.case_closed",
            f"Case {case.number} is {case.status.value}; "
            "obligations can no longer be added to its agreement.",
            status=case.status.value,
        )
    position = len(agreement.obligations) + 1
    values = _validated_obligation(data, agreement.signed_on, _participant_ids(session, case), position)
    obligation = Obligation(id=uuid.uuid4(), agreement_id=agreement.id, **values)
    agreement.obligations.append(obligation)
    session.flush()
    return obligation


def _validate_check(obligation: Obligation, status: ObligationStatus, checked_on: date, today: date) -> None:
    if status is ObligationStatus.PENDING:
        raise ValidationError(
            "obligation.status_pending",
            "A check says whether the obligation was kept, partly kept or not kept; "
            "'pending' is not a result.",
        )
    rules.not_in_future(checked_on, today, "obligation.checked_on", "The date of the check")
    rules.not_before(
        checked_on,
        obligation.agreement.signed_on,
        "obligation.checked_on",
        "The date of the check",
        "the settlement agreement",
    )


def check_obligation(
    session: Session,
    obligation: Obligation,
    status: ObligationStatus,
    checked_on: date,
    note: str | None = None,
    *,
    today: date | None = None,
) -> Obligation:
    """Record whether an obligation was kept. A later check may revise an earlier one."""
    today = today or clock.today()
    _ensure_followable(
        obligation.agreement.case, "obligation.case_closed", "its obligations cannot be checked"
    )
    _validate_check(obligation, status, checked_on, today)
    obligation.status = status
    obligation.checked_on = checked_on
    obligation.note = rules.optional_text(note)
    session.flush()
    return obligation


def record_follow_up(
    session: Session,
    case: Case,
    done_on: date,
    method: FollowUpMethod,
    note: str | None = None,
    checks: Mapping[uuid.UUID, ObligationStatus] | None = None,
    next_due_on: date | None = None,
    *,
    today: date | None = None,
) -> FollowUp:
    """A follow-up of the agreement's fulfilment, with the obligations it checked, as one change."""
    today = today or clock.today()
    if not (
        case.status is CaseStatus.FOLLOW_UP or (case.status is CaseStatus.CLOSED and case.outcome in SETTLED)
    ):
        raise WorkflowError(
            "follow_up.case_not_settled",
            f"Only a settled case is followed up; case {case.number} is {case.status.value}.",
            status=case.status.value,
        )
    rules.not_in_future(done_on, today, "follow_up.done_on", "The date of the follow-up")
    if case.ended_on is not None:
        rules.not_before(
            done_on,
            case.ended_on,
            "follow_up.done_on",
            "The date of the follow-up",
            "the end of the mediation",
        )
    if next_due_on is not None:
        rules.not_before(
            next_due_on,
            done_on + timedelta(days=1),
            "follow_up.next_due_on",
            "The date of the next follow-up",
            "the day after this follow-up",
        )
    checked: list[tuple[Obligation, ObligationStatus]] = []
    if checks:
        agreement = agreement_of(session, case)
        own = {o.id: o for o in agreement.obligations} if agreement is not None else {}
        for obligation_id, status in checks.items():
            obligation = own.get(obligation_id)
            if obligation is None:
                raise ValidationError(
                    "follow_up.obligation_not_in_case",
                    f"The obligation {obligation_id} is not part of the settlement agreement of case "
                    f"{case.number}.",
                    obligation=str(obligation_id),
                )
            _validate_check(obligation, status, done_on, today)
            checked.append((obligation, status))
    follow_up = FollowUp(
        id=uuid.uuid4(),
        case_id=case.id,
        done_on=done_on,
        method=method,
        note=rules.optional_text(note),
        next_due_on=next_due_on,
    )
    session.add(follow_up)
    for obligation, status in checked:
        obligation.status = status
        obligation.checked_on = done_on
    session.flush()
    return follow_up


def follow_ups(session: Session, case: Case) -> list[FollowUp]:
    return list(
        session.scalars(select(FollowUp).where(FollowUp.case_id == case.id).order_by(FollowUp.done_on))
    )


def record_satisfaction(
    session: Session,
    case: Case,
    participant_id: uuid.UUID | None,
    score: int | None,
    would_recommend: bool | None,
    *,
    recorded_at: datetime | None = None,
) -> Satisfaction:
    """A party's optional feedback once the mediation has ended; anonymous when participant_id is None."""
    if case.ended_on is None:
        raise WorkflowError(
            "satisfaction.case_not_ended",
            f"Feedback is asked once the mediation has ended; case {case.number} has not ended yet.",
        )
    if score is None and would_recommend is None:
        raise ValidationError(
            "satisfaction.empty", "Give a score, say whether the party would recommend mediation, or both."
        )
    if score is not None:
        rules.in_range(score, 1, 5, "satisfaction.score", "The score")
    if participant_id is not None:
        if participant_id not in _participant_ids(session, case):
            raise ValidationError(
                "satisfaction.participant_not_in_case",
                f"That person is not a participant of case {case.number}.",
            )
        given = session.scalar(
            select(Satisfaction.id).where(
                Satisfaction.case_id == case.id, Satisfaction.participant_id == participant_id
            )
        )
        if given is not None:
            raise ConflictError(
                "satisfaction.duplicate", "This participant's feedback on the case is already recorded."
            )
    feedback = Satisfaction(
        id=uuid.uuid4(),
        case_id=case.id,
        participant_id=participant_id,
        score=score,
        would_recommend=would_recommend,
        recorded_at=recorded_at or clock.now(),
    )
    session.add(feedback)
    session.flush()
    return feedback
