"""What the consultation screens read: a period's log with names, counts by result, quick-log defaults.

Logging itself is app.services.consultations; this module only reads. Rows are plain frozen
dataclasses selected column by column (no ORM objects), so a council's year of some ten thousand
consultations lists in a few milliseconds and the rows outlive the session that read them.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import ValidationError
from app.models import Consultation, Mediator, Unit, User
from app.models.enums import AgeGroup, Category, ConsultationResult, Language, Sex


@dataclass(frozen=True)
class ConsultationRow:
    consultation_id: uuid.UUID
    held_on: date
    unit_code: str
    topic: Category
    result: ConsultationResult
    language: Language | None
    inter_ethnic: bool
    sex: Sex | None
    age_group: AgeGroup | None
    mediator_name: str | None
    note: str | None


@dataclass(frozen=True)
class UnitChoice:
    unit_id: uuid.UUID
    code: str
    names: dict[str, str]  # by language: kk, ru, en

    def name(self, lang: str) -> str:
        return self.names.get(lang) or self.names["en"]


@dataclass(frozen=True)
class MediatorChoice:
    mediator_id: uuid.UUID
    name: str


def month_of(day: date) -> tuple[date, date]:
    """The first and the last day of the month that holds ``day``."""
    first = day.replace(day=1)
    next_first = (first + timedelta(days=32)).replace(day=1)
    return first, next_first - timedelta(days=1)


def _full_name(*parts: str | None) -> str | None:
    return " ".join(p for p in parts if p) or None


def period_rows(
    session: Session, unit_ids: Sequence[uuid.UUID] | None, start: date, end: date
) -> list[ConsultationRow]:
    """Consultations held from start to end (both included) in these units, newest first."""
    if end < start:
        raise ValidationError(
            "consultation.range_reversed",
            f"The end of the period ({end:%d.%m.%Y}) is earlier than its start ({start:%d.%m.%Y}).",
        )
    stmt = (
        select(
            Consultation.id,
            Consultation.held_on,
            Unit.code,
            Consultation.topic,
            Consultation.result,
            Consultation.language,
            Consultation.inter_ethnic,
            Consultation.sex,
            Consultation.age_group,
            Mediator.last_name,
            Mediator.first_name,
            Mediator.middle_name,
            Consultation.note,
        )
        .join(Unit, Unit.id == Consultation.unit_id)
        .outerjoin(Mediator, Mediator.id == Consultation.mediator_id)
        .where(Consultation.held_on >= start, Consultation.held_on <= end)
        .order_by(Consultation.held_on.desc(), Consultation.created_at.desc())
    )
    if unit_ids is not None:
        stmt = stmt.where(Consultation.unit_id.in_(unit_ids))
    return [
        ConsultationRow(
            consultation_id=cid,
            held_on=held_on,
            unit_code=unit_code,
            topic=topic,
            result=result,
            language=language,
            inter_ethnic=bool(inter_ethnic),
            sex=sex,
            age_group=age_group,
            mediator_name=_full_name(last, first, middle),
            note=note,
        )
        for (
            cid,
            held_on,
            unit_code,
            topic,
            result,
            language,
            inter_ethnic,
            sex,
            age_group,
            last,
            first,
            middle,
            note,
        ) in session.execute(stmt)
    ]


def counts_by_result(rows: Iterable[ConsultationRow]) -> dict[ConsultationResult, int]:
    """How many rows ended with each result; every result is present, with 0 when none did."""
    counted = Counter(row.result for row in rows)
    return {result: counted.get(result, 0) for result in ConsultationResult}


def unit_choices(
    session: Session, unit_ids: Sequence[uuid.UUID], own_unit_id: uuid.UUID, today: date
) -> list[UnitChoice]:
    """The units a user may log for that are open today: the user's own first, the rest by code."""
    wanted = set(unit_ids) | {own_unit_id}
    found = [
        unit
        for unit in session.scalars(select(Unit).where(Unit.id.in_(wanted)).order_by(Unit.code))
        if unit.is_open_on(today)
    ]
    found.sort(key=lambda unit: unit.id != own_unit_id)  # stable: the rest stay in code order
    return [
        UnitChoice(unit.id, unit.code, {lang: unit.name(lang) for lang in ("kk", "ru", "en")})
        for unit in found
    ]


def mediator_choices(session: Session, unit_id: uuid.UUID) -> list[MediatorChoice]:
    """The active mediators of exactly this unit (a consultation names a mediator of its own unit)."""
    stmt = (
        select(Mediator.id, Mediator.last_name, Mediator.first_name, Mediator.middle_name)
        .where(Mediator.unit_id == unit_id, Mediator.active.is_(True), Mediator.received_package_id.is_(None))
        .order_by(Mediator.last_name, Mediator.first_name, Mediator.middle_name)
    )
    return [
        MediatorChoice(mid, _full_name(last, first, middle) or "")
        for mid, last, first, middle in session.execute(stmt)
    ]


def user_mediator_id(session: Session, user_id: uuid.UUID | None) -> uuid.UUID | None:
    """The mediator record linked to this user account, if any."""
    if user_id is None:
        return None
    return session.scalar(select(User.mediator_id).where(User.id == user_id))


def last_mediator_id(session: Session, unit_id: uuid.UUID) -> uuid.UUID | None:
    """The mediator named on the unit's most recently logged consultation that named one."""
    return session.scalar(
        select(Consultation.mediator_id)
        .where(Consultation.unit_id == unit_id, Consultation.mediator_id.is_not(None))
        .order_by(Consultation.created_at.desc())
        .limit(1)
    )
