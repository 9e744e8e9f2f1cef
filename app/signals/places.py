"""The places a unit's signals are about: the units below it (each with everything below it) and the
districts its cases name.

A centre sees itself and the districts of its own cases; a regional council its centre, House of
Friendship, district assemblies and the region's districts; the republic every unit and district. The
unit tree (about seventy units) and the districts (a few dozen) are read whole, in two small queries.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import NotFoundError
from app.models import District, Unit

DISTRICT, UNIT = "district", "unit"


@dataclass(frozen=True)
class Place:
    kind: str  # DISTRICT | UNIT
    code: str
    region_code: str | None
    names: dict[str, str]  # "kk" / "ru" / "en" -> name

    def name(self, lang: str) -> str:
        return self.names.get(lang) or self.names.get("en") or self.code


@dataclass(frozen=True)
class PlaceTree:
    """The scope of `root` (its code): its units, who is above whom, and every district by id."""

    root: str
    units: dict[uuid.UUID, Place]  # the scope: the root and every unit below it
    ancestors: dict[uuid.UUID, tuple[uuid.UUID, ...]]  # unit in scope -> itself and the scope units above
    districts: dict[uuid.UUID, Place]
    whole_tree: bool  # the scope holds every unit of the database (no filter by unit needed)

    def unit_id(self, code: str) -> uuid.UUID:
        for unit_id, place in self.units.items():
            if place.code == code:
                return unit_id
        raise NotFoundError("unit.not_found", f"There is no unit with the code {code!r}.", code=code)

    def district_id(self, code: str) -> uuid.UUID:
        for district_id, place in self.districts.items():
            if place.code == code:
                return district_id
        raise NotFoundError("district.not_found", f"There is no district {code!r}.", code=code)

    def subtree(self, code: str) -> list[uuid.UUID]:
        """The unit `code` (in the scope) and every unit below it."""
        top = self.unit_id(code)
        return [unit_id for unit_id, above in self.ancestors.items() if top in above]

    def names(self) -> dict[tuple[str, str], dict[str, str]]:
        return {(p.kind, p.code): p.names for p in (*self.units.values(), *self.districts.values())}


def load_tree(session: Session, unit_code: str) -> PlaceTree:
    """The places of `unit_code`; NotFoundError (unit.not_found) for an unknown code."""
    rows = session.execute(
        select(Unit.id, Unit.code, Unit.parent_id, Unit.region_code, Unit.name_kk, Unit.name_ru, Unit.name_en)
    ).all()
    code = unit_code.strip().upper()
    root = next((row for row in rows if row.code == code), None)
    if root is None:
        raise NotFoundError(
            "unit.not_found", f"There is no unit with the code {unit_code!r}.", code=unit_code
        )
    parent = {row.id: row.parent_id for row in rows}
    ancestors: dict[uuid.UUID, tuple[uuid.UUID, ...]] = {}
    for row in rows:
        chain, current, seen = [row.id], row.id, {row.id}
        while current != root.id:
            up = parent.get(current)
            if up is None or up in seen:  # not below the root (or a loop in the links)
                chain = []
                break
            chain.append(up)
            seen.add(up)
            current = up
        if chain:
            ancestors[row.id] = tuple(chain)
    units = {
        row.id: Place(
            UNIT, row.code, row.region_code, {"kk": row.name_kk, "ru": row.name_ru, "en": row.name_en}
        )
        for row in rows
        if row.id in ancestors
    }
    districts = {
        row.id: Place(
            DISTRICT, row.code, row.region_code, {"kk": row.name_kk, "ru": row.name_ru, "en": row.name_en}
        )
        for row in session.execute(
            select(
                District.id,
                District.code,
                District.region_code,
                District.name_kk,
                District.name_ru,
                District.name_en,
            )
        )
    }
    return PlaceTree(code, units, ancestors, districts, whole_tree=len(units) == len(rows))
