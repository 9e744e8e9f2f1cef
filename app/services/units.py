"""Units of the mediation network: lookup by code, and the subtree a council reports on."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import NotFoundError, ValidationError
from app.models import Unit


def by_code(session: Session, code: str) -> Unit:
    unit = session.scalar(select(Unit).where(Unit.code == code.strip().upper()))
    if unit is None:
        raise NotFoundError("unit.not_found", f"There is no unit with the code {code!r}.", code=code)
    return unit


def get(session: Session, unit_id: uuid.UUID) -> Unit:
    unit = session.get(Unit, unit_id)
    if unit is None:
        raise NotFoundError("unit.not_found", f"There is no unit with the id {unit_id}.", code=str(unit_id))
    return unit


def list_units(session: Session) -> list[Unit]:
    return list(session.scalars(select(Unit).order_by(Unit.code)))


def subtree_ids(session: Session, root_id: uuid.UUID) -> list[uuid.UUID]:
    """The unit and every unit below it (the reporting tree is small: walked in Python)."""
    children: dict[uuid.UUID | None, list[uuid.UUID]] = {}
    for unit_id, parent_id in session.execute(select(Unit.id, Unit.parent_id)):
        children.setdefault(parent_id, []).append(unit_id)
    result, stack = [], [root_id]
    while stack:
        current = stack.pop()
        result.append(current)
        stack.extend(children.get(current, []))
    return result


def ensure_open(unit: Unit, day: date) -> None:
    if not unit.is_open_on(day):
        raise ValidationError(
            "unit.closed_on_date",
            f"The unit {unit.code} is not open on {day:%d.%m.%Y}.",
            code=unit.code,
            day=day.isoformat(),
        )
