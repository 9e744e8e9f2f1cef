"""Mediators: the register (type, register number, languages, trainings) and who mediates which case.

A mediator must decline a case where anything prevents impartiality (Law on Mediation), so an
assignment rests on the mediator's latest conflict-of-interest declaration for that very case, and
the assignment keeps the declaration it rested on.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import TypeVar

from sqlalchemy import and_, distinct, func, select
from sqlalchemy.orm import Session

from app.errors import ConflictError, NotFoundError, ValidationError, WorkflowError
from app.models import Case, ConflictDeclaration, Mediator, MediatorAssignment, MediatorTraining
from app.models.enums import CaseStatus, Category, Language, MediatorKind
from app.services import clock, rules, units

# A case the mediator still works on: a follow-up of the settlement is the mediator's work too.
OPEN_STATUSES = (CaseStatus.INTAKE, CaseStatus.IN_MEDIATION, CaseStatus.FOLLOW_UP)
_FINAL_STATUSES = (CaseStatus.CLOSED, CaseStatus.REJECTED)

_E = TypeVar("_E", bound=StrEnum)


@dataclass
class MediatorInput:
    unit_code: str
    last_name: str
    first_name: str
    kind: MediatorKind
    middle_name: str | None = None
    register_number: str | None = None
    registered_on: date | None = None  # election date (public) or certificate date (professional)
    languages: Sequence[str] = ()  # Language values
    specialisations: Sequence[str] = ()  # Category values
    phone: str | None = None
    email: str | None = None
    notes: str | None = None


@dataclass(frozen=True)
class MediatorLoad:
    mediator_id: uuid.UUID
    name: str
    open_cases: int


def _enum_values(values: Sequence[str], enum_cls: type[_E], key: str, label: str) -> list[str]:
    result: list[str] = []
    for raw in values:
        try:
            value = enum_cls(str(raw).strip()).value
        except ValueError as error:
            raise ValidationError(
                key, f"{label} {raw!r} is not one the program knows.", value=str(raw)
            ) from error
        if value not in result:
            result.append(value)
    return result


def _contact(value: str | None, check: Callable[[str | None], str | None], key: str) -> str | None:
    # The shared checks speak of a party; a mediator's form needs its own key to point at the field.
    try:
        return check(value)
    except ValidationError as error:
        raise ValidationError(key, error.message) from error


def _validated(data: MediatorInput, today: date) -> dict[str, object]:
    values: dict[str, object] = {
        "last_name": rules.text_required(data.last_name, "mediator.last_name", "The last name"),
        "first_name": rules.text_required(data.first_name, "mediator.first_name", "The first name"),
        "middle_name": rules.optional_text(data.middle_name),
        "kind": data.kind,
    }
    register_number = rules.optional_text(data.register_number)
    if data.kind is MediatorKind.PROFESSIONAL:
        register_number = rules.text_required(
            register_number, "mediator.register_number", "A professional mediator's register number"
        )
    values["register_number"] = register_number
    if data.registered_on is not None:
        rules.not_in_future(
            data.registered_on, today, "mediator.registered_on", "The date of election or certificate"
        )
    values["registered_on"] = data.registered_on
    values["languages"] = _enum_values(data.languages, Language, "mediator.language_unknown", "The language")
    values["specialisations"] = _enum_values(
        data.specialisations, Category, "mediator.specialisation_unknown", "The specialisation"
    )
    values["phone"] = _contact(data.phone, rules.phone, "mediator.phone_format")
    values["email"] = _contact(data.email, rules.email, "mediator.email_format")
    values["notes"] = rules.optional_text(data.notes)
    return values


def create_mediator(session: Session, data: MediatorInput, *, today: date | None = None) -> Mediator:
    today = today or clock.today()
    unit = units.by_code(session, data.unit_code)
    units.ensure_open(unit, today)
    values = _validated(data, today)
    mediator = Mediator(id=uuid.uuid4(), unit_id=unit.id, active=True, **values)
    session.add(mediator)
    session.flush()
    return mediator


def update_mediator(
    session: Session,
    mediator: Mediator,
    data: MediatorInput,
    *,
    expected_version: int | None = None,
    today: date | None = None,
) -> Mediator:
    today = today or clock.today()
    if expected_version is not None and mediator.version != expected_version:
        raise ConflictError(
            "record.changed_elsewhere",
            "Somebody else saved this mediator after you opened it; reopen it and make your change again.",
        )
    unit = units.by_code(session, data.unit_code)
    if unit.id != mediator.unit_id:
        units.ensure_open(unit, today)
    values = _validated(data, today)
    mediator.unit_id = unit.id
    for name, value in values.items():
        setattr(mediator, name, value)
    session.flush()
    return mediator


def get(session: Session, mediator_id: uuid.UUID) -> Mediator:
    mediator = session.get(Mediator, mediator_id)
    if mediator is None:
        raise NotFoundError(
            "mediator.not_found",
            f"There is no mediator with the id {mediator_id}.",
            mediator=str(mediator_id),
        )
    return mediator


def _open_case_count(session: Session, mediator: Mediator) -> int:
    return int(
        session.scalar(
            select(func.count(distinct(MediatorAssignment.case_id)))
            .join(Case, Case.id == MediatorAssignment.case_id)
            .where(
                MediatorAssignment.mediator_id == mediator.id,
                MediatorAssignment.released_on.is_(None),
                Case.status.in_(OPEN_STATUSES),
            )
        )
        or 0
    )


def deactivate_mediator(session: Session, mediator: Mediator) -> Mediator:
    """Take a mediator off the active register; their open cases must be handed over first."""
    if not mediator.active:
        return mediator
    open_cases = _open_case_count(session, mediator)
    if open_cases:
        # An inactive mediator left on an open case would hold it with nobody working on it.
        raise WorkflowError(
            "mediator.has_open_cases",
            f"{mediator.full_name} still mediates {open_cases} open case(s); "
            "release them from those cases before deactivating.",
            open_cases=open_cases,
        )
    mediator.active = False
    session.flush()
    return mediator


def reactivate_mediator(session: Session, mediator: Mediator) -> Mediator:
    if not mediator.active:
        mediator.active = True
        session.flush()
    return mediator


def add_training(
    session: Session,
    mediator: Mediator,
    title: str,
    provider: str | None,
    completed_on: date,
    hours: int | None = None,
    *,
    today: date | None = None,
) -> MediatorTraining:
    today = today or clock.today()
    title = rules.text_required(title, "training.title", "The title of the training")
    rules.not_in_future(completed_on, today, "training.completed_on", "The date the training was completed")
    if hours is not None:
        rules.in_range(hours, 1, 2000, "training.hours", "The length of the training in hours")
    training = MediatorTraining(
        id=uuid.uuid4(),
        mediator_id=mediator.id,
        title=title,
        provider=rules.optional_text(provider),
        completed_on=completed_on,
        hours=hours,
    )
    session.add(training)
    session.flush()
    return training


def list_mediators(
    session: Session, unit_ids: Sequence[uuid.UUID] | None = None, active_only: bool = False
) -> list[Mediator]:
    # Local mediators only: placeholders another unit's monthly package brought are not to be picked.
    stmt = (
        select(Mediator)
        .where(Mediator.received_package_id.is_(None))
        .order_by(Mediator.last_name, Mediator.first_name, Mediator.middle_name)
    )
    if unit_ids is not None:
        stmt = stmt.where(Mediator.unit_id.in_(unit_ids))
    if active_only:
        stmt = stmt.where(Mediator.active.is_(True))
    return list(session.scalars(stmt))


def mediator_load(session: Session, unit_ids: Sequence[uuid.UUID] | None = None) -> list[MediatorLoad]:
    """Active mediators with the number of open cases they are assigned to (none is a load of 0)."""
    stmt = (
        select(
            Mediator.id,
            Mediator.last_name,
            Mediator.first_name,
            Mediator.middle_name,
            func.count(distinct(Case.id)),
        )
        .select_from(Mediator)
        .outerjoin(
            MediatorAssignment,
            and_(MediatorAssignment.mediator_id == Mediator.id, MediatorAssignment.released_on.is_(None)),
        )
        .outerjoin(Case, and_(Case.id == MediatorAssignment.case_id, Case.status.in_(OPEN_STATUSES)))
        .where(Mediator.active.is_(True), Mediator.received_package_id.is_(None))
        .group_by(Mediator.id, Mediator.last_name, Mediator.first_name, Mediator.middle_name)
        .order_by(Mediator.last_name, Mediator.first_name, Mediator.middle_name)
    )
    if unit_ids is not None:
        stmt = stmt.where(Mediator.unit_id.in_(unit_ids))
    return [
        MediatorLoad(mediator_id, " ".join(p for p in (last, first, middle) if p), int(count))
        for mediator_id, last, first, middle, count in session.execute(stmt)
    ]


def _ensure_case_open(case: Case, key: str) -> None:
    if case.status in _FINAL_STATUSES:
        raise WorkflowError(
            key,
            f"Case {case.number} is {case.status.value}; its mediators can no longer change.",
            status=case.status.value,
        )


def latest_declaration(session: Session, case: Case, mediator: Mediator) -> ConflictDeclaration | None:
    return session.scalar(
        select(ConflictDeclaration)
        .where(ConflictDeclaration.case_id == case.id, ConflictDeclaration.mediator_id == mediator.id)
        .order_by(ConflictDeclaration.declared_at.desc())
        .limit(1)
    )


def _active_assignment(session: Session, case: Case, mediator: Mediator) -> MediatorAssignment | None:
    return session.scalar(
        select(MediatorAssignment).where(
            MediatorAssignment.case_id == case.id,
            MediatorAssignment.mediator_id == mediator.id,
            MediatorAssignment.released_on.is_(None),
        )
    )


def declare_conflict(
    session: Session,
    case: Case,
    mediator: Mediator,
    has_conflict: bool,
    note: str | None = None,
    *,
    today: date | None = None,
) -> ConflictDeclaration:
    """Record the mediator's statement for this case. Declaring a conflict releases them from it.

    Earlier declarations are kept: the trail shows what the mediator said and when.
    """
    today = today or clock.today()
    _ensure_case_open(case, "case.closed_read_only")
    if has_conflict:
        note = rules.text_required(note, "conflict.note", "What prevents impartiality")
    else:
        note = rules.optional_text(note)
    declared_at = clock.now()
    latest = latest_declaration(session, case, mediator)
    if latest is not None and declared_at <= latest.declared_at:
        # A coarse system clock can give two declarations the same instant; "latest" must stay defined.
        declared_at = latest.declared_at + timedelta(microseconds=1)
    declaration = ConflictDeclaration(
        id=uuid.uuid4(),
        case_id=case.id,
        mediator_id=mediator.id,
        has_conflict=has_conflict,
        note=note,
        declared_at=declared_at,
    )
    session.add(declaration)
    if has_conflict:
        # The law says the mediator must decline: an assignment cannot outlive the declared conflict.
        assignment = _active_assignment(session, case, mediator)
        if assignment is not None:
            assignment.released_on = max(today, assignment.assigned_on)
    session.flush()
    return declaration


def assign_mediator(
    session: Session,
    case: Case,
    mediator: Mediator,
    *,
    lead: bool = True,
    assigned_on: date,
    today: date | None = None,
) -> MediatorAssignment:
    today = today or clock.today()
    _ensure_case_open(case, "assignment.case_closed")
    if not mediator.active:
        raise ValidationError(
            "assignment.mediator_inactive",
            f"{mediator.full_name} is not an active mediator and cannot take a case.",
            mediator=str(mediator.id),
        )
    rules.not_in_future(assigned_on, today, "assignment.date", "The date of the assignment")
    rules.not_before(
        assigned_on, case.intake_date, "assignment.date", "The date of the assignment", "the intake date"
    )
    if _active_assignment(session, case, mediator) is not None:
        raise ValidationError(
            "assignment.already_assigned",
            f"{mediator.full_name} is already assigned to case {case.number}.",
            mediator=str(mediator.id),
        )
    if lead:
        current_lead = session.scalar(
            select(MediatorAssignment).where(
                MediatorAssignment.case_id == case.id,
                MediatorAssignment.lead.is_(True),
                MediatorAssignment.released_on.is_(None),
            )
        )
        if current_lead is not None:
            raise ValidationError(
                "assignment.lead_taken",
                f"Case {case.number} already has a lead mediator ({current_lead.mediator.full_name}); "
                "release them first or assign this mediator as a co-mediator.",
            )
    declaration = latest_declaration(session, case, mediator)
    if declaration is None:
        raise ValidationError(
            "assignment.declaration_required",
            f"{mediator.full_name} must declare whether anything prevents impartiality in case "
            f"{case.number} before being assigned.",
            mediator=str(mediator.id),
        )
    if declaration.has_conflict:
        raise ValidationError(
            "assignment.conflict_declared",
            f"{mediator.full_name} declared a conflict of interest in case {case.number} "
            "and must decline it.",
            mediator=str(mediator.id),
        )
    assignment = MediatorAssignment(
        id=uuid.uuid4(),
        case_id=case.id,
        mediator_id=mediator.id,
        lead=lead,
        assigned_on=assigned_on,
        declaration_id=declaration.id,
    )
    session.add(assignment)
    session.flush()
    return assignment


def release_mediator(
    session: Session, case: Case, mediator: Mediator, released_on: date, *, today: date | None = None
) -> MediatorAssignment:
    today = today or clock.today()
    _ensure_case_open(case, "case.closed_read_only")
    assignment = _active_assignment(session, case, mediator)
    if assignment is None:
        raise NotFoundError(
            "assignment.not_found", f"{mediator.full_name} is not assigned to case {case.number}."
        )
    rules.not_in_future(released_on, today, "assignment.release_date", "The date of the release")
    rules.not_before(
        released_on,
        assignment.assigned_on,
        "assignment.release_date",
        "The date of the release",
        "the date of the assignment",
    )
    assignment.released_on = released_on
    session.flush()
    return assignment


def assignments(session: Session, case: Case, *, active_only: bool = False) -> list[MediatorAssignment]:
    stmt = (
        select(MediatorAssignment)
        .where(MediatorAssignment.case_id == case.id)
        .order_by(MediatorAssignment.assigned_on, MediatorAssignment.created_at)
    )
    if active_only:
        stmt = stmt.where(MediatorAssignment.released_on.is_(None))
    return list(session.scalars(stmt))
