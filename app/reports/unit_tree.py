"""Which units a report covers: the unit, everything below it, and the rows of a council's table.

The reporting tree is small (about seventy units), so it is read whole and walked in Python; the
queries then filter by the set of unit ids and fold per-unit aggregates into the rows here.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Unit
from app.services import units


@dataclass(frozen=True)
class UnitInfo:
    id: uuid.UUID
    code: str
    kind: str  # UnitKind value
    names: dict[str, str]  # "kk" / "ru" / "en" -> name


@dataclass(frozen=True)
class UnitScope:
    """The unit reported on, every unit below it, and who each of those falls under."""

    unit: UnitInfo
    ids: tuple[uuid.UUID, ...]  # the unit itself and all below it
    children: tuple[UnitInfo, ...]  # units directly below, by code
    child_of: dict[uuid.UUID, uuid.UUID]  # every unit below -> the direct child whose subtree holds it

    def child_subtree(self, child_id: uuid.UUID) -> tuple[uuid.UUID, ...]:
        return tuple(unit_id for unit_id, child in self.child_of.items() if child == child_id)


def _info(unit: Unit) -> UnitInfo:
    return UnitInfo(
        id=unit.id,
        code=unit.code,
        kind=unit.kind.value,
        names={"kk": unit.name_kk, "ru": unit.name_ru, "en": unit.name_en},
    )


def resolve_scope(session: Session, unit_code: str) -> UnitScope:
    """The scope of a report on `unit_code`; NotFoundError (unit.not_found) for an unknown code."""
    root = units.by_code(session, unit_code)
    every = {unit.id: unit for unit in session.scalars(select(Unit))}
    below: dict[uuid.UUID | None, list[Unit]] = {}
    for unit in every.values():
        below.setdefault(unit.parent_id, []).append(unit)

    children = sorted(below.get(root.id, []), key=lambda unit: unit.code)
    child_of: dict[uuid.UUID, uuid.UUID] = {}
    for child in children:
        stack = [child]
        while stack:
            current = stack.pop()
            if current.id in child_of or current.id == root.id:
                continue  # a loop in the parent links must not hang the report
            child_of[current.id] = child.id
            stack.extend(below.get(current.id, []))
    return UnitScope(
        unit=_info(root),
        ids=(root.id, *child_of),
        children=tuple(_info(child) for child in children),
        child_of=child_of,
    )
