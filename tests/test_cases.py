"""Intake, numbering and the Law on Mediation's workflow, with every refusal leaving data unchanged."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from app.errors import ConflictError, NotFoundError, ValidationError, WorkflowError
from app.models import AuditEntry, Case, SettlementAgreement
from app.models.enums import (
    CaseStatus,
    Category,
    Channel,
    Exclusion,
    Outcome,
    RiskLevel,
    TerminationReason,
)
from app.services import cases, settings
from app.storage.database import Database
from tests.conftest import ACTOR
from tests.factories import TODAY, add_two_parties, assign_mediator, new_case


def _count(db: Database) -> int:
    with db.session() as s:
        return int(s.scalar(select(func.count()).select_from(Case)) or 0)


def _snapshot(db: Database, number: str) -> dict[str, object]:
    with db.session() as s:
        case = cases.by_number(s, number)
        return {c.key: getattr(case, c.key) for c in Case.__mapper__.column_attrs}


def _mediating(db: Database, *, signed: date = date(2026, 10, 10)) -> str:
    with db.session(write=True, actor=ACTOR) as s:
        case = new_case(s)
        add_two_parties(s, case)
        assign_mediator(s, case)
        cases.sign_agreement(s, case, signed, today=TODAY)
        return case.number


def test_numbers_run_per_unit_and_year(db: Database) -> None:
    with db.session(write=True, actor=ACTOR) as s:
        a = new_case(s)
        b = new_case(s)
        c = new_case(s, unit="KZ-19-ENB")
        d = new_case(s, intake=date(2025, 12, 31))
    assert (a.number, b.number) == ("KZ-31-KRD-2026-0001", "KZ-31-KRD-2026-0002")
    assert c.number == "KZ-19-ENB-2026-0001"
    assert d.number == "KZ-31-KRD-2025-0001"


def test_register_brings_in_an_existing_number_and_refuses_a_duplicate(db: Database) -> None:
    with db.session(write=True, actor=ACTOR) as s:
        old = new_case(s, number="KZ-31-KRD-2026-0042")
        after = new_case(s)
    assert old.number == "KZ-31-KRD-2026-0042"
    assert after.number == "KZ-31-KRD-2026-0043"  # the counter moved past the imported number
    before = _count(db)
    with pytest.raises(ConflictError) as caught, db.session(write=True, actor=ACTOR) as s:
        new_case(s, number="KZ-31-KRD-2026-0042")
    assert caught.value.key == "case.number_duplicate"
    with pytest.raises(ValidationError) as wrong, db.session(write=True, actor=ACTOR) as s:
        new_case(s, number="KZ-19-ENB-2026-0001")
    assert wrong.value.key == "case.number_format"
    assert _count(db) == before


@pytest.mark.parametrize(
    ("changes", "error", "key"),
    [
        ({"intake": TODAY + timedelta(days=1)}, ValidationError, "case.intake_date.in_future"),
        ({"unit": "KZ-99-XXX"}, NotFoundError, "unit.not_found"),
        ({"unit": "KZ-31-KRD", "intake": date(2024, 6, 1)}, ValidationError, "unit.closed_on_date"),
        ({"district_code": "KZ-00-NOPE"}, NotFoundError, "district.not_found"),
    ],
)
def test_bad_intake_is_refused_and_nothing_is_saved(
    db: Database, changes: dict[str, object], error: type[Exception], key: str
) -> None:
    with db.session(write=True, actor=ACTOR) as s:
        new_case(s)
    with pytest.raises(error) as caught, db.session(write=True, actor=ACTOR) as s:
        new_case(s, **changes)  # type: ignore[arg-type]
    assert getattr(caught.value, "key", None) == key
    assert _count(db) == 1


def test_excluded_dispute_is_recorded_as_rejected_with_reason(db: Database) -> None:
    with db.session(write=True, actor=ACTOR) as s:
        case = new_case(s, exclusion=Exclusion.CORRUPTION_CRIME, exclusion_note="Сыбайлас жемқорлық")
        number = case.number
    with db.session() as s:
        case = cases.by_number(s, number)
        assert case.status is CaseStatus.REJECTED
        assert case.exclusion is Exclusion.CORRUPTION_CRIME
        assert case.exclusion_note == "Сыбайлас жемқорлық"
        assert case.closed_on == TODAY
    with pytest.raises(WorkflowError) as caught, db.session(write=True, actor=ACTOR) as s:
        case = cases.by_number(s, number)
        add_two_parties(s, case)
    assert caught.value.key == "case.closed_read_only"


def test_agreement_starts_the_clock_from_the_settings_term(db: Database) -> None:
    number = _mediating(db, signed=date(2026, 10, 10))
    with db.session() as s:
        case = cases.by_number(s, number)
        assert case.status is CaseStatus.IN_MEDIATION
        assert case.deadline_on == date(2026, 11, 9)
    with db.session(write=True, actor=ACTOR) as s:
        settings.set_value(s, "mediation.term_days", 45)
        case = new_case(s)
        add_two_parties(s, case)
        assign_mediator(s, case)
        cases.sign_agreement(s, case, date(2026, 10, 10), today=TODAY)
        assert case.deadline_on == date(2026, 11, 24)


@pytest.mark.parametrize("missing", ["parties", "mediator"])
def test_agreement_needs_both_parties_and_a_mediator(db: Database, missing: str) -> None:
    with db.session(write=True, actor=ACTOR) as s:
        case = new_case(s)
        if missing != "parties":
            add_two_parties(s, case)
        if missing != "mediator":
            assign_mediator(s, case)
        number = case.number
    before = _snapshot(db, number)
    with pytest.raises(ValidationError) as caught, db.session(write=True, actor=ACTOR) as s:
        cases.sign_agreement(s, cases.by_number(s, number), date(2026, 10, 10), today=TODAY)
    assert caught.value.key == (
        "case.agreement_needs_parties" if missing == "parties" else "case.agreement_needs_mediator"
    )
    assert _snapshot(db, number) == before


def test_agreement_date_rules(db: Database) -> None:
    with db.session(write=True, actor=ACTOR) as s:
        case = new_case(s, intake=date(2026, 10, 5))
        add_two_parties(s, case)
        assign_mediator(s, case)
        number = case.number
    for day, key in (
        (date(2026, 10, 1), "case.agreement_date.too_early"),
        (TODAY + timedelta(days=1), "case.agreement_date.in_future"),
    ):
        with pytest.raises(ValidationError) as caught, db.session(write=True, actor=ACTOR) as s:
            cases.sign_agreement(s, cases.by_number(s, number), day, today=TODAY)
        assert caught.value.key == key
    assert _snapshot(db, number)["status"] is CaseStatus.INTAKE


def test_extension_needs_consent_and_reason_and_respects_the_limits(db: Database) -> None:
    number = _mediating(db)
    attempts = [
        (
            {"days": 10, "reason": "Тараптар құжат жинайды", "parties_consented": False},
            "extension.consent_required",
        ),
        ({"days": 10, "reason": "   ", "parties_consented": True}, "extension.reason.required"),
        ({"days": 31, "reason": "Долго", "parties_consented": True}, "extension.days.out_of_range"),
        ({"days": 0, "reason": "Долго", "parties_consented": True}, "extension.days.out_of_range"),
    ]
    for kwargs, key in attempts:
        with pytest.raises(ValidationError) as caught, db.session(write=True, actor=ACTOR) as s:
            cases.extend_term(
                s, cases.by_number(s, number), granted_on=date(2026, 11, 1), today=TODAY, **kwargs
            )  # type: ignore[arg-type]
        assert caught.value.key == key
    assert _snapshot(db, number)["deadline_on"] == date(2026, 11, 9)
    with db.session(write=True, actor=ACTOR) as s:
        cases.extend_term(
            s, cases.by_number(s, number), 15, "Экспертиза", True, date(2026, 11, 1), today=TODAY
        )
    assert _snapshot(db, number)["deadline_on"] == date(2026, 11, 24)
    with pytest.raises(ValidationError) as again, db.session(write=True, actor=ACTOR) as s:
        cases.extend_term(s, cases.by_number(s, number), 5, "Ещё", True, date(2026, 11, 2), today=TODAY)
    assert again.value.key == "extension.too_many"
    assert _snapshot(db, number)["deadline_on"] == date(2026, 11, 24)


def test_wrong_transition_names_the_allowed_moves(db: Database) -> None:
    number = _mediating(db)
    with pytest.raises(WorkflowError) as caught, db.session(write=True, actor=ACTOR) as s:
        cases.sign_agreement(s, cases.by_number(s, number), date(2026, 10, 11), today=TODAY)
    assert caught.value.key == "case.invalid_transition"
    assert caught.value.params["allowed"] == ["follow_up", "closed"]
    assert "follow_up, closed" in caught.value.message


def test_settled_outcome_needs_a_settlement_agreement(db: Database) -> None:
    number = _mediating(db)
    before = _snapshot(db, number)
    with pytest.raises(ValidationError) as caught, db.session(write=True, actor=ACTOR) as s:
        cases.record_outcome(
            s,
            cases.by_number(s, number),
            Outcome.SETTLED_FULL,
            TerminationReason.AGREEMENT_SIGNED,
            today=TODAY,
        )
    assert caught.value.key == "case.settled_needs_settlement"
    assert _snapshot(db, number) == before


def test_outcome_and_reason_must_agree(db: Database) -> None:
    number = _mediating(db)
    with pytest.raises(ValidationError) as caught, db.session(write=True, actor=ACTOR) as s:
        cases.record_outcome(
            s,
            cases.by_number(s, number),
            Outcome.NOT_SETTLED,
            TerminationReason.AGREEMENT_SIGNED,
            today=TODAY,
        )
    assert caught.value.key == "case.reason_contradicts_outcome"
    with pytest.raises(ValidationError) as other, db.session(write=True, actor=ACTOR) as s:
        cases.record_outcome(
            s, cases.by_number(s, number), Outcome.TERMINATED, TerminationReason.OTHER, "  ", today=TODAY
        )
    assert other.value.key == "case.termination_note_required"


def test_settled_case_with_pending_obligations_goes_to_follow_up(db: Database) -> None:
    number = _mediating(db)
    with db.session(write=True, actor=ACTOR) as s:
        case = cases.by_number(s, number)
        from app.models import Obligation

        agreement = SettlementAgreement(case_id=case.id, signed_on=date(2026, 10, 20), subject="Шекара")
        agreement.obligations.append(Obligation(description="Дуалды жөндеу", due_on=date(2026, 12, 1)))
        s.add(agreement)
        s.flush()
        ended = datetime(2026, 10, 20, 19, 30, tzinfo=UTC)  # 00:30 on the 21st in Kazakhstan
        cases.record_outcome(
            s, case, Outcome.SETTLED_FULL, TerminationReason.AGREEMENT_SIGNED, ended_at=ended, today=TODAY
        )
    after = _snapshot(db, number)
    assert after["status"] is CaseStatus.FOLLOW_UP
    assert after["ended_on"] == date(2026, 10, 21)
    assert after["closed_on"] is None
    with pytest.raises(ValidationError) as caught, db.session(write=True, actor=ACTOR) as s:
        cases.close_after_follow_up(s, cases.by_number(s, number), date(2026, 11, 10), today=TODAY)
    assert caught.value.key == "case.obligations_pending"


def test_terminated_at_intake_closes_the_case(db: Database) -> None:
    with db.session(write=True, actor=ACTOR) as s:
        case = new_case(s)
        cases.record_proposal(s, case, date(2026, 10, 6), today=TODAY)
        with pytest.raises(WorkflowError) as caught:
            cases.record_outcome(
                s, case, Outcome.SETTLED_FULL, TerminationReason.AGREEMENT_SIGNED, today=TODAY
            )
        assert caught.value.key == "case.outcome_needs_mediation"
        cases.record_outcome(
            s,
            case,
            Outcome.TERMINATED,
            TerminationReason.PARTY_REFUSED,
            ended_at=datetime(2026, 10, 20, 8, tzinfo=UTC),
            today=TODAY,
        )
        assert case.status is CaseStatus.CLOSED
        assert case.closed_on == date(2026, 10, 20)
        number = case.number
    with pytest.raises(WorkflowError) as closed, db.session(write=True, actor=ACTOR) as s:
        cases.update_details(s, cases.by_number(s, number), cases.CaseDetails(category=Category.FAMILY))
    assert closed.value.key == "case.closed_read_only"


def test_every_change_is_audited_with_old_and_new_values(db: Database) -> None:
    with db.session(write=True, actor=ACTOR) as s:
        number = new_case(s).number
    with db.session(write=True, actor=ACTOR) as s:
        cases.update_details(
            s,
            cases.by_number(s, number),
            cases.CaseDetails(category=Category.FAMILY, risk_level=RiskLevel.HIGH),
        )
    with db.session() as s:
        case = cases.by_number(s, number)
        entries = s.scalars(
            select(AuditEntry).where(AuditEntry.case_id == case.id).order_by(AuditEntry.seq)
        ).all()
    assert [e.action.value for e in entries] == ["create", "update"]
    assert entries[0].actor == "tester"
    assert entries[0].changes["number"] == [None, number]
    assert entries[1].changes == {"category": ["neighbour", "family"], "risk_level": ["low", "high"]}


def test_a_stale_save_is_refused_not_overwritten(db: Database) -> None:
    """Two people open the same case; the second save is refused instead of overwriting the first."""
    with db.session(write=True, actor=ACTOR) as s:
        number = new_case(s).number
    with db.session() as s:
        opened_version = cases.by_number(s, number).version  # both editors opened this version
    with db.session(write=True, actor=ACTOR) as s:
        cases.update_details(
            s,
            cases.by_number(s, number),
            cases.CaseDetails(description="Бірінші түзету"),
            expected_version=opened_version,
        )
    with pytest.raises(ConflictError) as caught, db.session(write=True, actor=ACTOR) as s:
        cases.update_details(
            s,
            cases.by_number(s, number),
            cases.CaseDetails(description="Second edit"),
            expected_version=opened_version,
        )
    assert caught.value.key == "record.changed_elsewhere"
    snap = _snapshot(db, number)
    assert snap["description"] == "Бірінші түзету"
    assert snap["version"] == opened_version + 1


def test_intake_channel_and_category_are_kept(db: Database) -> None:
    with db.session(write=True, actor=ACTOR) as s:
        case = cases.register_case(
            s,
            cases.CaseIntake(
                unit_code="kz-31-krd",
                intake_date=date(2026, 11, 2),
                channel=Channel.SCHOOL,
                category=Category.SCHOOL_YOUTH,
                minors_involved=True,
                inter_ethnic=True,
            ),
            today=TODAY,
        )
        number = case.number
    snap = _snapshot(db, number)
    assert snap["channel"] is Channel.SCHOOL and snap["minors_involved"] and snap["inter_ethnic"]
    assert snap["district_id"] is not None  # a district assembly's cases belong to its district
