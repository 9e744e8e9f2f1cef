"""Small builders for tests: real rows through the real services."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy.orm import Session

from app.models import Case, CaseParticipant, ConflictDeclaration, Mediator, MediatorAssignment
from app.models.enums import Category, Channel, MediatorKind, ParticipantRole, PartyKind, Sex
from app.services import cases, parties

TODAY = date(2026, 11, 20)


def new_case(
    s: Session,
    *,
    unit: str = "KZ-31-KRD",
    intake: date = date(2026, 10, 5),
    category: Category = Category.NEIGHBOUR,
    description: str = "Жер дауы",
    **extra: object,
) -> Case:
    intake_data = cases.CaseIntake(
        unit_code=unit, intake_date=intake, channel=Channel.AKIMAT, category=category, description=description
    )
    for key, value in extra.items():
        setattr(intake_data, key, value)
    return cases.register_case(s, intake_data, today=TODAY)


def person(
    last: str, first: str, *, consent_on: date = date(2026, 10, 5), **extra: object
) -> parties.PartyInput:
    data = parties.PartyInput(
        kind=PartyKind.PERSON, last_name=last, first_name=first, consent_given=True, consent_on=consent_on
    )
    for key, value in extra.items():
        setattr(data, key, value)
    return data


def add_two_parties(s: Session, case: Case) -> tuple[CaseParticipant, CaseParticipant]:
    applicant = parties.add_party_to_case(
        s, case, person("Өмірбеков", "Ғалымжан", sex=Sex.MALE), ParticipantRole.APPLICANT, today=TODAY
    )
    respondent = parties.add_party_to_case(
        s, case, person("Иванова", "Ольга", sex=Sex.FEMALE), ParticipantRole.RESPONDENT, today=TODAY
    )
    return applicant, respondent


def assign_mediator(s: Session, case: Case, *, on: date | None = None) -> Mediator:
    """A mediator of the case's unit who declared no conflict, assigned as lead."""
    mediator = Mediator(
        unit_id=case.unit_id,
        last_name="Сәрсенбаев",
        first_name="Нұрлан",
        kind=MediatorKind.PUBLIC,
        languages=["kk", "ru"],
        specialisations=["family"],
    )
    s.add(mediator)
    s.flush()
    declaration = ConflictDeclaration(
        case_id=case.id, mediator_id=mediator.id, has_conflict=False, declared_at=datetime.now(UTC)
    )
    s.add(declaration)
    s.flush()
    s.add(
        MediatorAssignment(
            case_id=case.id,
            mediator_id=mediator.id,
            lead=True,
            assigned_on=on or case.intake_date,
            declaration_id=declaration.id,
        )
    )
    s.flush()
    return mediator
