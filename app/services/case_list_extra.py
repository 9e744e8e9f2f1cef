"""What the desktop case list needs beyond app.services.case_list: compact ids and filter choices.

A list of 250 000 ``uuid.UUID`` objects costs about 25 MB and, worse, a second of building them
one by one in Python; the matching ids are read here in their stored text form and packed into one
``bytes`` block of 16 bytes an id (4 MB for 250 000), and a UUID is made only for the row asked for.
The filters are case_list's own, so the list and ``count_cases`` never disagree; so is the order, but
for where cases without a deadline go (see display_order).
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, String, case, cast, select, type_coerce
from sqlalchemy.orm import Session

from app.models import Case, MediatorAssignment
from app.services import mediators
from app.services.case_list import CaseFilter, SortKey, apply_filter, order_clauses

_ID_BYTES = 16
_SLICE = 50_000  # ids read and packed at a time (about 4 MB of text)


@dataclass(frozen=True)
class IdBlock:
    """Case ids in display order, packed: ``len()``, ``block[i]`` and ``index_of(id)`` like a list."""

    data: bytes = b""

    def __len__(self) -> int:
        return len(self.data) // _ID_BYTES

    def __getitem__(self, index: int) -> uuid.UUID:
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        start = index * _ID_BYTES
        return uuid.UUID(bytes=self.data[start : start + _ID_BYTES])

    def __iter__(self) -> Iterator[uuid.UUID]:
        for start in range(0, len(self.data), _ID_BYTES):
            yield uuid.UUID(bytes=self.data[start : start + _ID_BYTES])

    def between(self, first: int, last: int) -> list[uuid.UUID]:
        """The ids of rows first..last-1 (clipped to the block)."""
        first = max(0, first)
        last = min(len(self), last)
        return [self[i] for i in range(first, last)]

    def index_of(self, case_id: uuid.UUID) -> int | None:
        """The row of ``case_id``, or None; a match must start on an id boundary to count."""
        needle = case_id.bytes
        at = self.data.find(needle)
        while at != -1:
            if at % _ID_BYTES == 0:
                return at // _ID_BYTES
            at = self.data.find(needle, at + 1)
        return None

    @classmethod
    def of(cls, ids: Sequence[uuid.UUID]) -> IdBlock:
        return cls(b"".join(i.bytes for i in ids))


def _cases_of_mediator(mediator_id: uuid.UUID) -> Select[uuid.UUID]:
    """The cases the mediator is assigned to now. case_list writes this as a correlated EXISTS, which
    SQLite (with no ANALYZE statistics) runs through the mediator index once per case: minutes at
    250 000 cases. As an IN list it is one index search, a few milliseconds; the rows are the same."""
    return select(MediatorAssignment.case_id).where(
        MediatorAssignment.mediator_id == mediator_id, MediatorAssignment.released_on.is_(None)
    )


def display_order(f: CaseFilter) -> list[Any]:
    """case_list's order, except that cases with no deadline come last both ways: SQLite would put
    them first when ascending, burying the few cases in mediation under the many without a term."""
    if f.sort is SortKey.DEADLINE:
        return [case((Case.deadline_on.is_(None), 1), else_=0), *order_clauses(f)]
    return order_clauses(f)


def list_id_block(session: Session, f: CaseFilter) -> IdBlock:
    """Every case matching ``f`` in display order (see display_order), packed."""
    # SQLite stores the UUID as 32 hex digits: read that text as it is, skipping the per-row UUID
    # objects that make list_ids slow at this size. PostgreSQL's uuid type is cast to text (dashed).
    stored: ColumnElement[str] = (
        type_coerce(Case.id, String) if session.get_bind().dialect.name == "sqlite" else cast(Case.id, String)
    )
    filtered = apply_filter(select(stored), session, dataclasses.replace(f, mediator_id=None))
    if filtered is None:
        return IdBlock()
    if f.mediator_id is not None:
        filtered = filtered.where(Case.id.in_(_cases_of_mediator(f.mediator_id)))
    # Read in slices through Core (the ORM would buffer every row first), so only one slice of id
    # texts exists at a time, never 250 000 of them.
    packed = bytearray()
    result = session.connection().execute(filtered.order_by(*display_order(f)))
    for texts in result.scalars().partitions(_SLICE):
        packed += bytes.fromhex("".join(texts).replace("-", ""))
    return IdBlock(bytes(packed))


@dataclass(frozen=True)
class MediatorChoice:
    id: uuid.UUID
    name: str
    active: bool


def mediator_choices(session: Session, unit_ids: Sequence[uuid.UUID] | None) -> list[MediatorChoice]:
    """The mediators of the given units, by name, for a filter's drop-down (inactive ones too:
    their past cases are still in the list)."""
    return [MediatorChoice(m.id, m.full_name, m.active) for m in mediators.list_mediators(session, unit_ids)]
