"""Settlement agreements, their obligations, follow-ups of fulfilment and the parties' feedback."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

import pytest
from sqlalchemy import func, select

from app.errors import ConflictError, ValidationError, WorkflowError
from app.models import FollowUp, Obligation, Satisfaction, SettlementAgreement
from app.models.enums import (
    AuditAction,
    CaseStatus,
    FollowUpMethod,
    ObligationStatus,
    Outcome,
    ParticipantRole,
    TerminationReason,
)
from app.services import cases, settlements
from app.services.settlements import ObligationInput
from app.storage.database import Database
from tests.helpers_services import (
    TODAY,
    add_parties,
    audit_rows,
    ended_at,
    mediating_case,
    new_case,
    participant,
    refused,
    settled_case,
    write,
)

SIGNED = date(2026, 10, 10)  # the mediation agreement of the cases below


def _mediating(db: Database) -> tuple[uuid.UUID, uuid.UUID, uuid.UUID]:
    """A case in mediation, its applicant and its respondent."""
    with write(db) as s:
        case = mediating_case(s, signed=SIGNED)
        return (
            case.id,
            participant(s, case, ParticipantRole.APPLICANT).id,
            participant(s, case, ParticipantRole.RESPONDENT).id,
        )


def _settled(db: Database, **kwargs: Any) -> uuid.UUID:
    with write(db) as s:
        return settled_case(s, **kwargs).id


def _obligations(db: Database, case_id: uuid.UUID) -> list[tuple[str, date, ObligationStatus, date | None]]:
    with db.session() as s:
        agreement = settlements.agreement_of(s, cases.get(s, case_id))
        assert agreement is not None
        return [(o.description, o.due_on, o.status, o.checked_on) for o in agreement.obligations]


def _obligation_ids(db: Database, case_id: uuid.UUID) -> list[uuid.UUID]:
    with db.session() as s:
        agreement = settlements.agreement_of(s, cases.get(s, case_id))
        assert agreement is not None
        return [o.id for o in agreement.obligations]


def _status(db: Database, case_id: uuid.UUID) -> CaseStatus:
    with db.session() as s:
        return cases.get(s, case_id).status


# --- the agreement ------------------------------------------------------------------------------


def test_record_settlement_with_its_obligations(db: Database) -> None:
    case_id, applicant_id, respondent_id = _mediating(db)
    with write(db) as s:
        agreement = settlements.record_settlement(
            s,
            cases.get(s, case_id),
            date(2026, 10, 20),
            "  Жер учаскесінің шекарасы ",
            "Қоршау 1 метрге жылжытылады",
            [
                ObligationInput(respondent_id, "Қоршауды жылжыту", date(2026, 11, 30)),
                ObligationInput(applicant_id, " Шағымды кері қайтарып алу ", date(2026, 10, 20)),
                ObligationInput(None, "Екі тарап бірге ағаш отырғызады", date(2026, 12, 15)),
            ],
            signed_by_email=True,
            today=TODAY,
        )
        agreement_id = agreement.id

    with db.session() as s:
        saved = s.get(SettlementAgreement, agreement_id)
        assert saved is not None
        assert (saved.case_id, saved.signed_on, saved.subject, saved.signed_by_email) == (
            case_id,
            date(2026, 10, 20),
            "Жер учаскесінің шекарасы",
            True,
        )
        assert [(o.obligor_id, o.description, o.due_on, o.status) for o in saved.obligations] == [
            (applicant_id, "Шағымды кері қайтарып алу", date(2026, 10, 20), ObligationStatus.PENDING),
            (respondent_id, "Қоршауды жылжыту", date(2026, 11, 30), ObligationStatus.PENDING),
            (None, "Екі тарап бірге ағаш отырғызады", date(2026, 12, 15), ObligationStatus.PENDING),
        ]
        obligation_ids = [o.id for o in saved.obligations]
    # Each obligation's audit row names its case, so the case's history shows it.
    for obligation_id in obligation_ids:
        (created,) = audit_rows(db, "obligations", obligation_id)
        assert (created.action, created.case_id) == (AuditAction.CREATE, case_id)


def test_settlement_rules(db: Database) -> None:
    case_id, _, respondent_id = _mediating(db)
    with write(db) as s:
        other = new_case(s)
        stranger_id = add_parties(s, other)[0].id

    def settle(
        signed_on: date = date(2026, 10, 20),
        subject: str = "Шекара",
        obligations: list[ObligationInput] | None = None,
    ) -> Any:
        items = (
            [ObligationInput(respondent_id, "Қоршауды жылжыту", date(2026, 11, 30))]
            if obligations is None
            else obligations
        )
        return lambda s: settlements.record_settlement(
            s, cases.get(s, case_id), signed_on, subject, None, items, today=TODAY
        )

    refused(db, ValidationError, "settlement.signed_on.in_future", settle(signed_on=date(2026, 11, 21)))
    refused(db, ValidationError, "settlement.signed_on.too_early", settle(signed_on=date(2026, 10, 9)))
    refused(db, ValidationError, "settlement.subject.required", settle(subject="  "))
    refused(db, ValidationError, "settlement.obligations_required", settle(obligations=[]))
    refused(
        db,
        ValidationError,
        "obligation.description.required",
        settle(
            obligations=[
                ObligationInput(respondent_id, "Қоршауды жылжыту", date(2026, 11, 30)),
                ObligationInput(respondent_id, " ", date(2026, 11, 30)),
            ]
        ),
    )
    refused(
        db,
        ValidationError,
        "obligation.due_on.too_early",
        settle(obligations=[ObligationInput(respondent_id, "Төлем", date(2026, 10, 19))]),
    )
    error = refused(
        db,
        ValidationError,
        "obligation.obligor_not_participant",
        settle(
            obligations=[
                ObligationInput(respondent_id, "Төлем", date(2026, 11, 1)),
                ObligationInput(stranger_id, "Кешірім сұрау", date(2026, 11, 1)),
            ]
        ),
    )
    assert error.params["position"] == 2

    with write(db) as s:
        settle()(s)
    error = refused(db, ConflictError, "settlement.exists", settle())
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(SettlementAgreement)) == 1
        assert s.scalar(select(func.count()).select_from(Obligation)) == 1


def test_only_a_case_in_mediation_takes_a_settlement(db: Database) -> None:
    with write(db) as s:
        at_intake = new_case(s)
        respondent_id = add_parties(s, at_intake)[1].id
        case_id = at_intake.id
    refused(
        db,
        WorkflowError,
        "settlement.case_not_in_mediation",
        lambda s: settlements.record_settlement(
            s,
            cases.get(s, case_id),
            date(2026, 10, 20),
            "Шекара",
            None,
            [ObligationInput(respondent_id, "Төлем", date(2026, 11, 1))],
            today=TODAY,
        ),
    )


# --- obligations ----------------------------------------------------------------------------------


def test_add_obligation_while_followed_and_not_after_closing(db: Database) -> None:
    case_id = _settled(db, dues=(date(2026, 11, 10),))
    with write(db) as s:
        agreement = settlements.agreement_of(s, cases.get(s, case_id))
        assert agreement is not None
        respondent_id = participant(s, cases.get(s, case_id), ParticipantRole.RESPONDENT).id
        settlements.add_obligation(s, agreement, ObligationInput(respondent_id, "Қосымша", date(2026, 12, 1)))
    assert [o[0] for o in _obligations(db, case_id)] == ["Міндет 1", "Қосымша"]

    def add(description: str, due: date) -> Any:
        def action(s: Any) -> Any:
            agreement = settlements.agreement_of(s, cases.get(s, case_id))
            return settlements.add_obligation(s, agreement, ObligationInput(None, description, due))

        return action

    refused(db, ValidationError, "obligation.description.required", add("", date(2026, 12, 1)))
    refused(db, ValidationError, "obligation.due_on.too_early", add("Ерте", date(2026, 10, 19)))

    with write(db) as s:
        case = cases.get(s, case_id)
        agreement = settlements.agreement_of(s, case)
        assert agreement is not None
        for obligation in agreement.obligations:
            settlements.check_obligation(
                s, obligation, ObligationStatus.KEPT, date(2026, 11, 15), today=TODAY
            )
        cases.close_after_follow_up(s, case, date(2026, 11, 16), today=TODAY)
    refused(db, WorkflowError, "obligation.case_closed", add("Кеш", date(2026, 12, 1)))


def test_check_obligation(db: Database) -> None:
    case_id = _settled(db, settled_on=date(2026, 10, 20))
    first, second = _obligation_ids(db, case_id)

    def check(status: ObligationStatus, on: date, note: str | None = None) -> Any:
        return lambda s: settlements.check_obligation(
            s, settlements.get_obligation(s, first), status, on, note, today=TODAY
        )

    refused(
        db, ValidationError, "obligation.status_pending", check(ObligationStatus.PENDING, date(2026, 11, 12))
    )
    refused(
        db,
        ValidationError,
        "obligation.checked_on.in_future",
        check(ObligationStatus.KEPT, date(2026, 11, 21)),
    )
    refused(
        db,
        ValidationError,
        "obligation.checked_on.too_early",
        check(ObligationStatus.KEPT, date(2026, 10, 19)),
    )

    with write(db) as s:
        check(ObligationStatus.PARTLY_KEPT, date(2026, 11, 12), "Жартылай төленді")(s)
    with db.session() as s:
        saved = settlements.get_obligation(s, first)
        assert (saved.status, saved.checked_on, saved.note) == (
            ObligationStatus.PARTLY_KEPT,
            date(2026, 11, 12),
            "Жартылай төленді",
        )
        assert settlements.get_obligation(s, second).status is ObligationStatus.PENDING
    (update,) = [r for r in audit_rows(db, "obligations", first) if r.action is AuditAction.UPDATE]
    assert update.changes["status"] == ["pending", "partly_kept"]
    assert update.changes["checked_on"] == [None, "2026-11-12"]
    assert update.case_id == case_id


def test_checks_let_the_file_close(db: Database) -> None:
    case_id = _settled(db)
    assert _status(db, case_id) is CaseStatus.FOLLOW_UP
    refused(
        db,
        ValidationError,
        "case.obligations_pending",
        lambda s: cases.close_after_follow_up(s, cases.get(s, case_id), date(2026, 11, 18), today=TODAY),
    )
    obligation_ids = _obligation_ids(db, case_id)
    with write(db) as s:
        for obligation_id in obligation_ids:
            settlements.check_obligation(
                s,
                settlements.get_obligation(s, obligation_id),
                ObligationStatus.KEPT,
                date(2026, 11, 18),
                today=TODAY,
            )
        cases.close_after_follow_up(s, cases.get(s, case_id), date(2026, 11, 18), today=TODAY)
    assert _status(db, case_id) is CaseStatus.CLOSED


# --- follow-up ------------------------------------------------------------------------------------


def test_record_follow_up_applies_its_checks_in_the_same_unit_of_work(db: Database) -> None:
    case_id = _settled(db, settled_on=date(2026, 10, 20))
    first, second = _obligation_ids(db, case_id)
    with write(db) as s:
        follow_up = settlements.record_follow_up(
            s,
            cases.get(s, case_id),
            date(2026, 11, 12),
            FollowUpMethod.PHONE,
            " Тараптармен сөйлестім ",
            {first: ObligationStatus.KEPT},
            next_due_on=date(2026, 12, 2),
            today=TODAY,
        )
        follow_up_id = follow_up.id
    with db.session() as s:
        saved = s.get(FollowUp, follow_up_id)
        assert saved is not None
        assert (saved.case_id, saved.done_on, saved.method, saved.note, saved.next_due_on) == (
            case_id,
            date(2026, 11, 12),
            FollowUpMethod.PHONE,
            "Тараптармен сөйлестім",
            date(2026, 12, 2),
        )
        assert settlements.get_obligation(s, first).status is ObligationStatus.KEPT
        assert settlements.get_obligation(s, first).checked_on == date(2026, 11, 12)
        assert settlements.get_obligation(s, second).status is ObligationStatus.PENDING
        assert [f.id for f in settlements.follow_ups(s, cases.get(s, case_id))] == [follow_up_id]


def test_follow_up_rules(db: Database) -> None:
    case_id = _settled(db, settled_on=date(2026, 10, 20), ended_on=date(2026, 10, 21))
    first, _second = _obligation_ids(db, case_id)
    other_case = _settled(db)
    foreign = _obligation_ids(db, other_case)[0]

    def follow(
        done_on: date = date(2026, 11, 12),
        checks: dict[uuid.UUID, ObligationStatus] | None = None,
        next_due_on: date | None = None,
    ) -> Any:
        return lambda s: settlements.record_follow_up(
            s,
            cases.get(s, case_id),
            done_on,
            FollowUpMethod.VISIT,
            "Бардым",
            checks,
            next_due_on,
            today=TODAY,
        )

    refused(db, ValidationError, "follow_up.done_on.in_future", follow(done_on=date(2026, 11, 21)))
    refused(db, ValidationError, "follow_up.done_on.too_early", follow(done_on=date(2026, 10, 20)))
    refused(db, ValidationError, "follow_up.next_due_on.too_early", follow(next_due_on=date(2026, 11, 12)))
    # One good check and one bad: neither is applied, no follow-up is written.
    refused(
        db,
        ValidationError,
        "follow_up.obligation_not_in_case",
        follow(checks={first: ObligationStatus.KEPT, foreign: ObligationStatus.KEPT}),
    )
    refused(
        db,
        ValidationError,
        "obligation.status_pending",
        follow(checks={first: ObligationStatus.PENDING}),
    )
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(FollowUp)) == 0
    assert [o[2] for o in _obligations(db, case_id)] == [ObligationStatus.PENDING, ObligationStatus.PENDING]


def test_follow_up_only_for_settled_cases(db: Database) -> None:
    case_id, _, _ = _mediating(db)
    with write(db) as s:
        not_settled = mediating_case(s)
        cases.record_outcome(
            s,
            not_settled,
            Outcome.NOT_SETTLED,
            TerminationReason.MEDIATOR_REFUSED,
            ended_at=ended_at(date(2026, 11, 1)),
            today=TODAY,
        )
        not_settled_id = not_settled.id
    for target in (case_id, not_settled_id):
        refused(
            db,
            WorkflowError,
            "follow_up.case_not_settled",
            lambda s, target=target: settlements.record_follow_up(
                s, cases.get(s, target), date(2026, 11, 12), FollowUpMethod.PHONE, today=TODAY
            ),
        )


def test_a_closed_settled_case_can_still_be_followed_up(db: Database) -> None:
    case_id = _settled(db)
    first, second = _obligation_ids(db, case_id)
    with write(db) as s:
        for obligation_id in (first, second):
            settlements.check_obligation(
                s,
                settlements.get_obligation(s, obligation_id),
                ObligationStatus.KEPT,
                date(2026, 11, 1),
                today=TODAY,
            )
        cases.close_after_follow_up(s, cases.get(s, case_id), date(2026, 11, 2), today=TODAY)
    with write(db) as s:
        settlements.record_follow_up(
            s,
            cases.get(s, case_id),
            date(2026, 11, 19),
            FollowUpMethod.MEETING,
            "Қоршау қайта орнына қойылған",
            {second: ObligationStatus.NOT_KEPT},
            today=TODAY,
        )
    assert [o[2] for o in _obligations(db, case_id)] == [ObligationStatus.KEPT, ObligationStatus.NOT_KEPT]
    assert _status(db, case_id) is CaseStatus.CLOSED


# --- satisfaction ---------------------------------------------------------------------------------


def test_record_satisfaction(db: Database) -> None:
    case_id = _settled(db)
    with write(db) as s:
        applicant_id = participant(s, cases.get(s, case_id), ParticipantRole.APPLICANT).id
        settlements.record_satisfaction(s, cases.get(s, case_id), applicant_id, 5, True)
        settlements.record_satisfaction(s, cases.get(s, case_id), None, None, False)
        settlements.record_satisfaction(s, cases.get(s, case_id), None, 3, None)
    with db.session() as s:
        rows = s.execute(
            select(Satisfaction.participant_id, Satisfaction.score, Satisfaction.would_recommend).where(
                Satisfaction.case_id == case_id
            )
        ).all()
    assert sorted(rows, key=repr) == sorted(
        [(applicant_id, 5, True), (None, None, False), (None, 3, None)], key=repr
    )


def test_satisfaction_rules(db: Database) -> None:
    case_id = _settled(db)
    open_case_id, open_applicant, _ = _mediating(db)
    with write(db) as s:
        applicant_id = participant(s, cases.get(s, case_id), ParticipantRole.APPLICANT).id
        respondent_id = participant(s, cases.get(s, case_id), ParticipantRole.RESPONDENT).id
        settlements.record_satisfaction(s, cases.get(s, case_id), respondent_id, 4, None)

    def feedback(target: uuid.UUID, who: uuid.UUID | None, score: int | None, recommend: bool | None) -> Any:
        return lambda s: settlements.record_satisfaction(s, cases.get(s, target), who, score, recommend)

    refused(db, WorkflowError, "satisfaction.case_not_ended", feedback(open_case_id, open_applicant, 5, True))
    refused(db, ValidationError, "satisfaction.empty", feedback(case_id, applicant_id, None, None))
    refused(db, ValidationError, "satisfaction.score.out_of_range", feedback(case_id, applicant_id, 0, True))
    refused(db, ValidationError, "satisfaction.score.out_of_range", feedback(case_id, applicant_id, 6, None))
    refused(
        db,
        ValidationError,
        "satisfaction.participant_not_in_case",
        feedback(case_id, open_applicant, 5, None),
    )
    refused(db, ConflictError, "satisfaction.duplicate", feedback(case_id, respondent_id, 5, True))


@pytest.mark.parametrize("outcome", [Outcome.TERMINATED, Outcome.REFERRED])
def test_satisfaction_also_after_an_unsettled_end(db: Database, outcome: Outcome) -> None:
    with write(db) as s:
        case = new_case(s)
        applicant_id = add_parties(s, case)[0].id
        reason = (
            TerminationReason.REFERRED if outcome is Outcome.REFERRED else TerminationReason.PARTY_REFUSED
        )
        cases.record_outcome(s, case, outcome, reason, ended_at=ended_at(date(2026, 10, 30)), today=TODAY)
        settlements.record_satisfaction(s, case, applicant_id, 2, False)
        case_id = case.id
    with db.session() as s:
        assert (
            s.scalar(select(func.count()).select_from(Satisfaction).where(Satisfaction.case_id == case_id))
            == 1
        )
