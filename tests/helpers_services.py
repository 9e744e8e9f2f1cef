"""Builders and checks shared by the tests of mediators, sessions, settlements, consultations,
deadlines and users: real rows made through the real services, in real SQLite files.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import TatulyqError
from app.models import AuditEntry, Case, CaseParticipant, Mediator
from app.models.base import Base
from app.models.enums import (
    Category,
    Channel,
    MediatorKind,
    ObligationStatus,
    Outcome,
    ParticipantRole,
    PartyKind,
    Sex,
    TerminationReason,
)
from app.services import cases, mediators, parties, settlements
from app.services.context import Actor
from app.storage.database import Database

TODAY = date(2026, 11, 20)
ACTOR = Actor("test")


@contextmanager
def write(db: Database) -> Iterator[Session]:
    with db.session(write=True, actor=ACTOR) as s:
        yield s


def dump(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (the audit trail included), to show that a refusal changed nothing."""
    with db.session() as s:
        return {
            table.name: sorted((tuple(row) for row in s.execute(select(table))), key=repr)
            for table in Base.metadata.sorted_tables
        }


def refused(
    db: Database, error_type: type[TatulyqError], key: str, action: Callable[[Session], object]
) -> TatulyqError:
    """Run action in its own unit of work; it must fail with that key and leave the database as it was."""
    before = dump(db)
    with pytest.raises(error_type) as caught, write(db) as s:
        action(s)
    assert caught.value.key == key, f"{caught.value.key}: {caught.value.message}"
    assert dump(db) == before
    return caught.value


def audit_rows(db: Database, entity: str, entity_id: object) -> list[AuditEntry]:
    with db.session() as s:
        return list(
            s.scalars(
                select(AuditEntry)
                .where(AuditEntry.entity == entity, AuditEntry.entity_id == str(entity_id))
                .order_by(AuditEntry.seq)
            )
        )


def new_case(
    s: Session, *, unit: str = "KZ-31-KRD", intake: date = date(2026, 10, 5), **extra: object
) -> Case:
    data = cases.CaseIntake(
        unit_code=unit, intake_date=intake, channel=Channel.AKIMAT, category=Category.NEIGHBOUR
    )
    for key, value in extra.items():
        setattr(data, key, value)
    return cases.register_case(s, data, today=TODAY)


def add_parties(s: Session, case: Case) -> tuple[CaseParticipant, CaseParticipant]:
    """An applicant and a respondent recorded without personal data (no consent asked)."""
    applicant = parties.add_party_to_case(
        s,
        case,
        parties.PartyInput(kind=PartyKind.PERSON, sex=Sex.MALE),
        ParticipantRole.APPLICANT,
        today=TODAY,
    )
    respondent = parties.add_party_to_case(
        s,
        case,
        parties.PartyInput(kind=PartyKind.PERSON, sex=Sex.FEMALE),
        ParticipantRole.RESPONDENT,
        today=TODAY,
    )
    return applicant, respondent


def mediator_input(**overrides: Any) -> mediators.MediatorInput:
    data = mediators.MediatorInput(
        unit_code="KZ-31-KRD",
        last_name="Сәрсенбаев",
        first_name="Нұрлан",
        kind=MediatorKind.PUBLIC,
        registered_on=date(2025, 3, 1),
        languages=["kk", "ru"],
        specialisations=["family", "neighbour"],
    )
    for key, value in overrides.items():
        setattr(data, key, value)
    return data


def new_mediator(s: Session, **overrides: Any) -> Mediator:
    return mediators.create_mediator(s, mediator_input(**overrides), today=TODAY)


def assign(
    s: Session, case: Case, mediator: Mediator | None = None, *, on: date | None = None, lead: bool = True
) -> Mediator:
    """Declare no conflict and assign (a new mediator of the case's unit unless one is given)."""
    if mediator is None:
        unit_code = case.unit.code
        mediator = new_mediator(s, unit_code=unit_code)
    mediators.declare_conflict(s, case, mediator, False, today=TODAY)
    mediators.assign_mediator(s, case, mediator, lead=lead, assigned_on=on or case.intake_date, today=TODAY)
    return mediator


def mediating_case(
    s: Session,
    *,
    unit: str = "KZ-31-KRD",
    intake: date = date(2026, 10, 5),
    signed: date = date(2026, 10, 10),
    mediator: Mediator | None = None,
) -> Case:
    """A case in mediation: two parties, a lead mediator, the mediation agreement signed."""
    case = new_case(s, unit=unit, intake=intake)
    add_parties(s, case)
    assign(s, case, mediator)
    cases.sign_agreement(s, case, signed, today=TODAY)
    return case


def participant(s: Session, case: Case, role: ParticipantRole) -> CaseParticipant:
    return next(p for p in parties.participants(s, case) if p.role is role)


def ended_at(day: date) -> datetime:
    """Noon in Kazakhstan on that day, as the aware UTC moment the services take."""
    return datetime(day.year, day.month, day.day, 7, 0, tzinfo=UTC)


def settled_case(
    s: Session,
    *,
    signed: date = date(2026, 10, 10),
    settled_on: date = date(2026, 10, 20),
    dues: tuple[date, ...] = (date(2026, 11, 10), date(2026, 12, 1)),
    ended_on: date | None = None,
    unit: str = "KZ-31-KRD",
) -> Case:
    """A case settled in full whose agreement has pending obligations: it is in follow-up."""
    case = mediating_case(s, unit=unit, signed=signed)
    respondent = participant(s, case, ParticipantRole.RESPONDENT)
    settlements.record_settlement(
        s,
        case,
        settled_on,
        "Шекара дауы",
        "Қоршау көшіріледі",
        [
            settlements.ObligationInput(respondent.id, f"Міндет {i}", due)
            for i, due in enumerate(dues, start=1)
        ],
        today=TODAY,
    )
    cases.record_outcome(
        s,
        case,
        Outcome.SETTLED_FULL,
        TerminationReason.AGREEMENT_SIGNED,
        ended_at=ended_at(ended_on or settled_on),
        today=TODAY,
    )
    return case


def keep_all(s: Session, case: Case, on: date) -> None:
    agreement = settlements.agreement_of(s, case)
    assert agreement is not None
    for obligation in agreement.obligations:
        settlements.check_obligation(s, obligation, ObligationStatus.KEPT, on, today=TODAY)
