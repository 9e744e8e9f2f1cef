"""The consultation log: an appeal answered in a minute, counted in the reports apart from mediations.

About 70% of the appeals the Assembly receives are resolved at this stage, before any mediation
agreement, so logging one must stay a single short record with no personal data: topic, result,
language, and the sex and age group the reports count.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import NotFoundError, ValidationError
from app.models import Case, Consultation, District, Mediator
from app.models.enums import AgeGroup, Category, ConsultationResult, Language, Sex
from app.services import clock, rules, units

MAX_AGE_YEARS = 5  # older appeals belong to closed reporting periods


@dataclass
class ConsultationInput:
    unit_code: str
    held_on: date
    topic: Category
    result: ConsultationResult
    mediator_id: uuid.UUID | None = None
    district_code: str | None = None
    language: Language | None = None
    inter_ethnic: bool = False
    sex: Sex | None = None
    age_group: AgeGroup | None = None
    note: str | None = None
    case_id: uuid.UUID | None = None  # only when the result is referred_to_mediation


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February in a year that has none
        return day.replace(year=day.year - years, day=28)


def _case_link(session: Session, consultation: Consultation, case_id: uuid.UUID) -> Case:
    """The case a referral led to, or a ValidationError when it cannot be that case."""
    if consultation.result is not ConsultationResult.REFERRED_TO_MEDIATION:
        raise ValidationError(
            "consultation.case_needs_referral",
            "Only a consultation referred to mediation can be linked to a case.",
        )
    case = session.get(Case, case_id)
    if case is None:
        raise NotFoundError("case.not_found", f"There is no case with the id {case_id}.", case=str(case_id))
    if case.unit_id != consultation.unit_id:
        raise ValidationError(
            "consultation.case_other_unit",
            f"Case {case.number} belongs to another unit than the consultation.",
            case=case.number,
        )
    if case.intake_date < consultation.held_on:
        raise ValidationError(
            "consultation.case_before_consultation",
            f"Case {case.number} was registered ({case.intake_date:%d.%m.%Y}) before the consultation "
            f"({consultation.held_on:%d.%m.%Y}) that referred it.",
            case=case.number,
        )
    return case


def log_consultation(session: Session, data: ConsultationInput, *, today: date | None = None) -> Consultation:
    today = today or clock.today()
    unit = units.by_code(session, data.unit_code)
    rules.not_in_future(data.held_on, today, "consultation.held_on", "The date of the consultation")
    earliest = _years_before(today, MAX_AGE_YEARS)
    if data.held_on < earliest:
        raise ValidationError(
            "consultation.held_on.too_old",
            f"The consultation ({data.held_on:%d.%m.%Y}) is more than {MAX_AGE_YEARS} years old; "
            f"the earliest date accepted is {earliest:%d.%m.%Y}.",
            value=data.held_on.isoformat(),
            earliest=earliest.isoformat(),
        )
    units.ensure_open(unit, data.held_on)
    if data.mediator_id is not None:
        mediator = session.get(Mediator, data.mediator_id)
        if mediator is None:
            raise NotFoundError(
                "mediator.not_found",
                f"There is no mediator with the id {data.mediator_id}.",
                mediator=str(data.mediator_id),
            )
        if not mediator.active:
            raise ValidationError(
                "consultation.mediator_inactive", f"{mediator.full_name} is not an active mediator."
            )
        if mediator.unit_id != unit.id:
            raise ValidationError(
                "consultation.mediator_other_unit",
                f"{mediator.full_name} is a mediator of another unit than {unit.code}.",
            )
    district_id = unit.district_id
    if data.district_code:
        district_id = session.scalar(
            select(District.id).where(District.code == data.district_code.strip().upper())
        )
        if district_id is None:
            raise NotFoundError(
                "district.not_found", f"There is no district {data.district_code!r}.", code=data.district_code
            )
    consultation = Consultation(
        id=uuid.uuid4(),
        unit_id=unit.id,
        mediator_id=data.mediator_id,
        district_id=district_id,
        held_on=data.held_on,
        topic=data.topic,
        language=data.language,
        result=data.result,
        inter_ethnic=data.inter_ethnic,
        sex=data.sex,
        age_group=data.age_group,
        note=rules.optional_text(data.note),
    )
    if data.case_id is not None:
        consultation.case_id = _case_link(session, consultation, data.case_id).id
    session.add(consultation)
    session.flush()
    return consultation


def link_case(session: Session, consultation: Consultation, case: Case) -> Consultation:
    """Link a referral to the case registered for it afterwards."""
    consultation.case_id = _case_link(session, consultation, case.id).id
    session.flush()
    return consultation


def get(session: Session, consultation_id: uuid.UUID) -> Consultation:
    consultation = session.get(Consultation, consultation_id)
    if consultation is None:
        raise NotFoundError(
            "consultation.not_found", f"There is no consultation with the id {consultation_id}."
        )
    return consultation


def list_consultations(
    session: Session, unit_ids: Sequence[uuid.UUID] | None, start: date, end: date
) -> list[Consultation]:
    """Consultations held from start to end (both included), newest first."""
    if end < start:
        raise ValidationError(
            "consultation.range_reversed",
            f"The end of the period ({end:%d.%m.%Y}) is earlier than its start ({start:%d.%m.%Y}).",
        )
    stmt = (
        select(Consultation)
        .where(Consultation.held_on >= start, Consultation.held_on <= end)
        .order_by(Consultation.held_on.desc(), Consultation.created_at.desc())
    )
    if unit_ids is not None:
        stmt = stmt.where(Consultation.unit_id.in_(unit_ids))
    return list(session.scalars(stmt))
