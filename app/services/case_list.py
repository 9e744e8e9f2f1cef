"""The case list: filters, sorting and pages, all in SQL (the desktop list holds ids, never all rows)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import astuple, dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import Select, and_, func, select
from sqlalchemy.orm import Session

from app.models import Case, MediatorAssignment, Unit
from app.models.enums import CaseStatus, Category, Outcome, RiskLevel
from app.services import search

AnySelect = Select[*tuple[Any, ...]]


class SortKey(StrEnum):
    INTAKE_DATE = "intake_date"
    NUMBER = "number"
    STATUS = "status"
    CATEGORY = "category"
    DEADLINE = "deadline_on"


_SORT_COLUMNS = {
    SortKey.INTAKE_DATE: Case.intake_date,
    SortKey.NUMBER: Case.number,
    SortKey.STATUS: Case.status,
    SortKey.CATEGORY: Case.category,
    SortKey.DEADLINE: Case.deadline_on,
}


@dataclass
class CaseFilter:
    statuses: Sequence[CaseStatus] = ()
    categories: Sequence[Category] = ()
    unit_ids: Sequence[uuid.UUID] | None = None
    mediator_id: uuid.UUID | None = None
    intake_from: date | None = None
    intake_to: date | None = None
    inter_ethnic: bool | None = None
    group_dispute: bool | None = None
    minors_involved: bool | None = None
    high_risk: bool | None = None
    overdue_on: date | None = None  # only cases in mediation whose deadline passed before this day
    text: str = ""
    sort: SortKey = SortKey.INTAKE_DATE
    descending: bool = True


@dataclass(frozen=True)
class CaseRow:
    id: uuid.UUID
    number: str
    unit_code: str
    intake_date: date
    status: CaseStatus
    category: Category
    outcome: Outcome | None
    deadline_on: date | None
    inter_ethnic: bool
    group_dispute: bool
    minors_involved: bool
    risk_level: RiskLevel


def _row_select() -> AnySelect:
    return select(
        Case.id,
        Case.number,
        Unit.code.label("unit_code"),
        Case.intake_date,
        Case.status,
        Case.category,
        Case.outcome,
        Case.deadline_on,
        Case.inter_ethnic,
        Case.group_dispute,
        Case.minors_involved,
        Case.risk_level,
    ).join(Unit, Unit.id == Case.unit_id)


def order_clauses(f: CaseFilter) -> list[Any]:
    column = _SORT_COLUMNS[f.sort]
    if f.descending:
        return [column.desc(), Case.number.desc()]
    return [column.asc(), Case.number.asc()]


def apply_filter(stmt: AnySelect, session: Session, f: CaseFilter) -> AnySelect | None:
    if f.statuses:
        stmt = stmt.where(Case.status.in_(list(f.statuses)))
    if f.categories:
        stmt = stmt.where(Case.category.in_(list(f.categories)))
    if f.unit_ids is not None:
        stmt = stmt.where(Case.unit_id.in_(list(f.unit_ids)))
    if f.intake_from is not None:
        stmt = stmt.where(Case.intake_date >= f.intake_from)
    if f.intake_to is not None:
        stmt = stmt.where(Case.intake_date <= f.intake_to)
    for name in ("inter_ethnic", "group_dispute", "minors_involved"):
        wanted = getattr(f, name)
        if wanted is not None:
            stmt = stmt.where(getattr(Case, name).is_(wanted))
    if f.high_risk is not None:
        high = Case.risk_level == RiskLevel.HIGH
        stmt = stmt.where(high if f.high_risk else Case.risk_level != RiskLevel.HIGH)
    if f.overdue_on is not None:
        stmt = stmt.where(and_(Case.status == CaseStatus.IN_MEDIATION, Case.deadline_on < f.overdue_on))
    if f.mediator_id is not None:
        # IN (not a correlated EXISTS): SQLite would run the EXISTS once per case, minutes at 250 000.
        assigned = select(MediatorAssignment.case_id).where(
            MediatorAssignment.mediator_id == f.mediator_id, MediatorAssignment.released_on.is_(None)
        )
        stmt = stmt.where(Case.id.in_(assigned))
    if f.text.strip():
        ids = search.matching_ids(session, f.text)
        if ids is None:
            return None
        stmt = stmt.where(Case.id.in_(ids.scalar_subquery()))
    return stmt


# Built statements for recent filters: a list asks for page after page of the same filter, and building
# a SELECT (and its cache key) costs more than SQLite takes to answer a page.
_PAGE_STATEMENTS: dict[tuple[object, ...], AnySelect | None] = {}
_PAGE_STATEMENTS_MAX = 64


def _page_statement(session: Session, f: CaseFilter, limit: int, offset: int) -> AnySelect | None:
    values = (tuple(v) if isinstance(v, list | tuple) else v for v in astuple(f))
    key: tuple[object, ...] = (session.get_bind().dialect.name, *values, limit, offset)
    try:
        return _PAGE_STATEMENTS[key]
    except KeyError:
        pass
    except TypeError:  # an unhashable filter value (a list): build it each time
        key = ()
    filtered = apply_filter(_row_select(), session, f)
    stmt = None if filtered is None else filtered.order_by(*order_clauses(f)).limit(limit).offset(offset)
    if key:
        if len(_PAGE_STATEMENTS) >= _PAGE_STATEMENTS_MAX:
            _PAGE_STATEMENTS.pop(next(iter(_PAGE_STATEMENTS)))
        _PAGE_STATEMENTS[key] = stmt
    return stmt


def list_cases(session: Session, f: CaseFilter, *, limit: int = 50, offset: int = 0) -> list[CaseRow]:
    stmt = _page_statement(session, f, limit, offset)
    if stmt is None:
        return []
    # Core execution on the session's connection: a page is read-only rows, the ORM adds nothing here.
    return [CaseRow(*row) for row in session.connection().execute(stmt)]


def list_ids(session: Session, f: CaseFilter) -> list[uuid.UUID]:
    """Every matching id in display order: what a lazily fetching list model keeps (16 bytes a row)."""
    filtered = apply_filter(select(Case.id), session, f)
    if filtered is None:
        return []
    return list(session.scalars(filtered.order_by(*order_clauses(f))))


def rows_by_ids(session: Session, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, CaseRow]:
    if not ids:
        return {}
    stmt = _row_select().where(Case.id.in_(list(ids)))
    return {row[0]: CaseRow(*row) for row in session.connection().execute(stmt)}


def count_cases(session: Session, f: CaseFilter) -> int:
    filtered = apply_filter(select(func.count()).select_from(Case), session, f)
    if filtered is None:
        return 0
    return int(session.scalar(filtered) or 0)
